package py

import (
	"iter"
)

// Dict is an insertion-ordered dict. Keys are found by Hash and Eq, so
// 1, 1.0 and True are one key as in Python.
type Dict struct {
	entries []dictEntry
	// index maps a hash to the position of its first entry; the rare
	// further entries with the same hash go to overflow.
	index    map[int]int
	overflow map[int][]int
	deleted  int
}

type dictEntry struct {
	key, val any
	hash     int
	gone     bool
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{index: map[int]int{}} }

// DictOf builds a dict from alternating keys and values.
func DictOf(kv ...any) *Dict {
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return d
}

func (d *Dict) lookup(key any, h int) int {
	i, ok := d.index[h]
	if !ok {
		return -1
	}
	if keyEq(d.entries[i].key, key) {
		return i
	}
	for _, j := range d.overflow[h] {
		if keyEq(d.entries[j].key, key) {
			return j
		}
	}
	return -1
}

func (d *Dict) addIndex(h, pos int) {
	if _, ok := d.index[h]; !ok {
		d.index[h] = pos
		return
	}
	if d.overflow == nil {
		d.overflow = map[int][]int{}
	}
	d.overflow[h] = append(d.overflow[h], pos)
}

func (d *Dict) removeIndex(h, pos int) {
	extra := d.overflow[h]
	if d.index[h] == pos {
		if len(extra) == 0 {
			delete(d.index, h)
			return
		}
		d.index[h] = extra[0]
		extra = extra[1:]
	} else {
		for j, p := range extra {
			if p == pos {
				extra = append(extra[:j:j], extra[j+1:]...)
				break
			}
		}
	}
	if len(extra) == 0 {
		delete(d.overflow, h)
	} else {
		d.overflow[h] = extra
	}
}

func (d *Dict) ensure() {
	if d.index == nil {
		d.index = map[int]int{}
	}
}

// Len is len(d).
func (d *Dict) Len() int { return len(d.entries) - d.deleted }

// Get returns d[key] and whether it exists.
func (d *Dict) Get(key any) (any, bool) {
	d.ensure()
	if i := d.lookup(key, Hash(key)); i >= 0 {
		return d.entries[i].val, true
	}
	return nil, false
}

// Contains is `key in d`.
func (d *Dict) Contains(key any) bool {
	_, ok := d.Get(key)
	return ok
}

// Set is d[key] = val; an existing key keeps its position (and its
// original key object, as in CPython).
func (d *Dict) Set(key, val any) {
	d.ensure()
	h := Hash(key)
	if i := d.lookup(key, h); i >= 0 {
		d.entries[i].val = val
		return
	}
	d.addIndex(h, len(d.entries))
	d.entries = append(d.entries, dictEntry{key: key, val: val, hash: h})
}

// Delete removes key and reports whether it was present.
func (d *Dict) Delete(key any) (any, bool) {
	d.ensure()
	h := Hash(key)
	i := d.lookup(key, h)
	if i < 0 {
		return nil, false
	}
	e := &d.entries[i]
	v := e.val
	e.gone, e.key, e.val = true, nil, nil
	d.removeIndex(h, i)
	d.deleted++
	if d.deleted > 16 && d.deleted > len(d.entries)/2 {
		d.compact()
	}
	return v, true
}

func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, len(old)-d.deleted)
	d.index, d.overflow = make(map[int]int, len(d.entries)), nil
	d.deleted = 0
	for _, e := range old {
		if !e.gone {
			d.addIndex(e.hash, len(d.entries))
			d.entries = append(d.entries, e)
		}
	}
}

// All iterates key, value pairs in insertion order. Mutating the dict's
// size during iteration raises RuntimeError like CPython.
func (d *Dict) All() iter.Seq2[any, any] {
	return func(yield func(any, any) bool) {
		n := d.Len()
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.gone {
				continue
			}
			if !yield(e.key, e.val) {
				return
			}
			if d.Len() != n {
				panic(New(RuntimeError, "dictionary changed size during iteration"))
			}
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []any {
	out := make([]any, 0, d.Len())
	for k := range d.All() {
		out = append(out, k)
	}
	return out
}

// Values returns the values in order.
func (d *Dict) Values() []any {
	out := make([]any, 0, d.Len())
	for _, v := range d.All() {
		out = append(out, v)
	}
	return out
}

// Items returns (key, value) tuples in order.
func (d *Dict) Items() []any {
	out := make([]any, 0, d.Len())
	for k, v := range d.All() {
		out = append(out, Tuple{k, v})
	}
	return out
}

// Copy is d.copy().
func (d *Dict) Copy() *Dict {
	c := NewDict()
	for k, v := range d.All() {
		c.Set(k, v)
	}
	return c
}

// Clear is d.clear().
func (d *Dict) Clear() {
	d.entries, d.index, d.overflow, d.deleted = nil, map[int]int{}, nil, 0
}

// GetItem is d[key], raising KeyError.
func (d *Dict) GetItem(key any) any {
	if v, ok := d.Get(key); ok {
		return v
	}
	panic(New(KeyError, key))
}

// Update is d.update(other) for a dict, an iterable of pairs, or keywords.
func (d *Dict) Update(other any, kw []KW) {
	if o, ok := other.(*Instance); ok {
		if b, isDict := o.base.(*Dict); isDict {
			other = b // a dict subclass's items
		}
	}
	switch o := other.(type) {
	case nil:
	case *Dict:
		for k, v := range o.All() {
			d.Set(k, v)
		}
	case interface{ Dict() *Dict }: // Counter, defaultdict, OrderedDict
		for k, v := range o.Dict().All() {
			d.Set(k, v)
		}
	default:
		i := 0
		for item := range Iter(other) {
			pair := toSlice(item)
			if pair == nil {
				panic(New(TypeError, "cannot convert dictionary update sequence element #"+itoa(i)+" to a sequence"))
			}
			if len(pair) != 2 {
				panic(New(ValueError, "dictionary update sequence element #"+itoa(i)+" has length "+itoa(len(pair))+"; 2 is required"))
			}
			d.Set(pair[0], pair[1])
			i++
		}
	}
	for _, k := range kw {
		d.Set(k.Name, k.Value)
	}
}

type dictView struct {
	d    *Dict
	kind string // "keys", "values", "items"
}

func (v *dictView) items() []any {
	switch v.kind {
	case "keys":
		return v.d.Keys()
	case "values":
		return v.d.Values()
	}
	return v.d.Items()
}

func (v *dictView) PyRepr() string {
	return "dict_" + v.kind + "(" + Repr(NewList(v.items()...)) + ")"
}

func (v *dictView) PyType() string { return "dict_" + v.kind }

// keyEq is the key comparison of dicts and sets, with fast paths for the
// common key types (Go's == would panic on tuples).
func keyEq(a, b any) bool {
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case int:
		if y, ok := b.(int); ok {
			return x == y
		}
	}
	return Eq(a, b)
}
