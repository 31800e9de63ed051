package py

import (
	"iter"
	"sort"
	"strings"
)

// collections.Counter, defaultdict and OrderedDict: dict subclasses in
// CPython, here runtime objects over a *Dict that behave as dicts for item
// access, iteration, `in`, len() and the dict methods, and add their own.

type mapBase struct{ d *Dict }

func (m *mapBase) PyLen() int                       { return m.d.Len() }
func (m *mapBase) PyContains(key any) bool          { return m.d.Contains(key) }
func (m *mapBase) PyIter() iter.Seq[any]            { return Iter(m.d) }
func (m *mapBase) PySetItem(key, v any)             { m.d.Set(key, v) }
func (m *mapBase) PyDelItem(key any)                { DelItem(m.d, key) }
func (m *mapBase) dictAttr(name string) (any, bool) { return LookupAttr(m.d, name) }

// Dict is the underlying dict (dict(x), json).
func (m *mapBase) Dict() *Dict { return m.d }

func (m *mapBase) itemsRepr() string { return Repr(m.d) }

// Counter is a collections.Counter.
type Counter struct{ mapBase }

// CollectionsCounter is collections.Counter(iterable=None).
func CollectionsCounter(iterable any) *Counter {
	c := &Counter{mapBase{NewDict()}}
	c.update(iterable, 1)
	return c
}

func (c *Counter) PyType() string { return "Counter" }

func (c *Counter) PyRepr() string {
	if c.d.Len() == 0 {
		return "Counter()"
	}
	if reprEnter(c) {
		return "..."
	}
	defer reprLeave(c)
	parts := []string{}
	for _, kv := range c.mostCommon(-1) {
		parts = append(parts, Repr(kv[0])+": "+Repr(kv[1]))
	}
	return "Counter({" + strings.Join(parts, ", ") + "})"
}

func (c *Counter) PyGetItem(key any) any {
	if v, ok := c.d.Get(key); ok {
		return v
	}
	Hash(key) // an unhashable key fails as in dict
	return 0
}

func (c *Counter) PyEq(other any) bool {
	o, ok := other.(*Counter)
	if !ok {
		return false
	}
	for k, v := range c.d.All() {
		if !Eq(v, o.PyGetItem(k)) {
			return false
		}
	}
	for k, v := range o.d.All() {
		if !Eq(v, c.PyGetItem(k)) {
			return false
		}
	}
	return true
}

// update adds (sign 1) or subtracts (sign -1) counts from a mapping or the
// elements of an iterable.
func (c *Counter) update(src any, sign int) {
	add := func(k, n any) {
		if sign < 0 {
			n = Neg(n)
		}
		c.d.Set(k, Add(c.PyGetItem(k), n))
	}
	switch s := src.(type) {
	case nil:
	case *Counter:
		for k, v := range s.d.All() {
			add(k, v)
		}
	case *Dict:
		for k, v := range s.All() {
			add(k, v)
		}
	default:
		for x := range Iter(src) {
			add(x, 1)
		}
	}
}

// mostCommon lists (key, count) pairs by count, highest first, ties in
// insertion order; n < 0 lists all.
func (c *Counter) mostCommon(n int) [][2]any {
	var kvs [][2]any
	for k, v := range c.d.All() {
		kvs = append(kvs, [2]any{k, v})
	}
	sort.SliceStable(kvs, func(i, j int) bool { return Lt(kvs[j][1], kvs[i][1]) })
	if n >= 0 && n < len(kvs) {
		kvs = kvs[:n]
	}
	return kvs
}

func (c *Counter) PyGetAttr(name string) (any, bool) {
	method := func(min, max int, fn func(args []any) any) (any, bool) {
		return NewMethod(name, c, func(args []any, kw []KW) any {
			dequeArgs(name, args, kw, min, max)
			return fn(args)
		}), true
	}
	switch name {
	case "most_common":
		return method(0, 1, func(a []any) any {
			n := -1
			if len(a) == 1 && a[0] != nil {
				n = max(indexArg(a[0]), 0)
			}
			out := NewList()
			for _, kv := range c.mostCommon(n) {
				out.Items = append(out.Items, Tuple{kv[0], kv[1]})
			}
			return out
		})
	case "update", "subtract":
		return method(0, 1, func(a []any) any {
			sign := 1
			if name == "subtract" {
				sign = -1
			}
			if len(a) == 1 {
				c.update(a[0], sign)
			}
			return nil
		})
	case "total":
		return method(0, 0, func([]any) any {
			var t any = 0
			for _, v := range c.d.All() {
				t = Add(t, v)
			}
			return t
		})
	case "elements":
		return method(0, 0, func([]any) any {
			var items []any
			for k, v := range c.d.All() {
				n, _ := v.(int)
				for range n {
					items = append(items, k)
				}
			}
			return iteratorOf("itertools.chain", func(yield func(any) bool) {
				for _, x := range items {
					if !yield(x) {
						return
					}
				}
			})
		})
	case "copy":
		return method(0, 0, func([]any) any { return &Counter{mapBase{c.d.Copy()}} })
	}
	return c.dictAttr(name)
}

// DefaultDict is a collections.defaultdict.
type DefaultDict struct {
	mapBase
	factory any
}

// CollectionsDefaultdict is collections.defaultdict(default_factory=None,
// iterable=None).
func CollectionsDefaultdict(factory, iterable any) *DefaultDict {
	if factory != nil && !IsCallable(factory) {
		panic(New(TypeError, "first argument must be callable or None"))
	}
	d := &DefaultDict{mapBase{NewDict()}, factory}
	if iterable != nil {
		d.d.Update(iterable, nil)
	}
	return d
}

func (d *DefaultDict) PyType() string { return "defaultdict" }

func (d *DefaultDict) PyRepr() string {
	if reprEnter(d) {
		return "..."
	}
	defer reprLeave(d)
	f := "None"
	if d.factory != nil {
		f = Repr(d.factory)
	}
	return "defaultdict(" + f + ", " + d.itemsRepr() + ")"
}

func (d *DefaultDict) PyGetItem(key any) any {
	if v, ok := d.d.Get(key); ok {
		return v
	}
	if d.factory == nil {
		panic(New(KeyError, key))
	}
	v := Call(d.factory, nil, nil)
	d.d.Set(key, v)
	return v
}

func (d *DefaultDict) PyEq(other any) bool {
	switch o := other.(type) {
	case *DefaultDict:
		return Eq(d.d, o.d)
	case *Dict:
		return Eq(d.d, o)
	}
	return false
}

func (d *DefaultDict) PyGetAttr(name string) (any, bool) {
	switch name {
	case "default_factory":
		return d.factory, true
	case "copy":
		return NewMethod(name, d, func(args []any, kw []KW) any {
			dequeArgs(name, args, kw, 0, 0)
			return &DefaultDict{mapBase{d.d.Copy()}, d.factory}
		}), true
	}
	return d.dictAttr(name)
}

// OrderedDict is a collections.OrderedDict.
type OrderedDict struct{ mapBase }

// CollectionsOrderedDict is collections.OrderedDict(iterable=None).
func CollectionsOrderedDict(iterable any) *OrderedDict {
	o := &OrderedDict{mapBase{NewDict()}}
	switch s := iterable.(type) {
	case nil:
	case *OrderedDict:
		o.d.Update(s.d, nil)
	default:
		o.d.Update(iterable, nil)
	}
	return o
}

func (o *OrderedDict) PyType() string { return "OrderedDict" }

func (o *OrderedDict) PyRepr() string {
	if o.d.Len() == 0 {
		return "OrderedDict()"
	}
	if reprEnter(o) {
		return "..."
	}
	defer reprLeave(o)
	return "OrderedDict(" + Repr(NewList(o.d.Items()...)) + ")"
}

func (o *OrderedDict) PyGetItem(key any) any { return o.d.GetItem(key) }

func (o *OrderedDict) PyEq(other any) bool {
	switch x := other.(type) {
	case *OrderedDict:
		return Eq(NewList(o.d.Items()...), NewList(x.d.Items()...))
	case *Dict:
		return Eq(o.d, x)
	}
	return false
}

func (o *OrderedDict) PyGetAttr(name string) (any, bool) {
	sig := map[string]*Signature{
		"move_to_end": {Name: "move_to_end", QualName: "OrderedDict.move_to_end", Params: []string{"key", "last"}, Defaults: []any{true}},
		"popitem":     {Name: "popitem", QualName: "OrderedDict.popitem", Params: []string{"last"}, Defaults: []any{true}},
	}[name]
	switch name {
	case "move_to_end":
		return NewMethod(name, o, func(args []any, kw []KW) any {
			b := sig.Bind(args, kw)
			v, ok := o.d.Delete(b[0])
			if !ok {
				panic(New(KeyError, b[0]))
			}
			if Truth(b[1]) {
				o.d.Set(b[0], v)
				return nil
			}
			rest := o.d.Items()
			o.d.Clear()
			o.d.Set(b[0], v)
			for _, kv := range rest {
				t := kv.(Tuple)
				o.d.Set(t[0], t[1])
			}
			return nil
		}), true
	case "popitem":
		return NewMethod(name, o, func(args []any, kw []KW) any {
			b := sig.Bind(args, kw)
			items := o.d.Items()
			if len(items) == 0 {
				panic(New(KeyError, "dictionary is empty"))
			}
			kv := items[len(items)-1].(Tuple)
			if !Truth(b[0]) {
				kv = items[0].(Tuple)
			}
			o.d.Delete(kv[0])
			return kv
		}), true
	case "copy":
		return NewMethod(name, o, func(args []any, kw []KW) any {
			dequeArgs(name, args, kw, 0, 0)
			return &OrderedDict{mapBase{o.d.Copy()}}
		}), true
	}
	return o.dictAttr(name)
}
