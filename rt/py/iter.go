package py

import (
	"iter"
	"math/big"
	"slices"
	"unicode/utf8"
)

// Iterable is implemented by runtime objects that support iteration.
type Iterable interface{ PyIter() iter.Seq[any] }

// Iterator is a Python iterator object (iter(), enumerate, zip, map, ...).
type Iterator struct {
	Kind string // type name: "list_iterator", "enumerate", "zip", ...
	Next func() (any, bool)
	done bool
}

// NewIterator wraps a next function.
func NewIterator(kind string, next func() (any, bool)) *Iterator {
	return &Iterator{Kind: kind, Next: next}
}

func iteratorOf(kind string, seq iter.Seq[any]) *Iterator {
	next, stop := iter.Pull(seq)
	it := &Iterator{Kind: kind}
	it.Next = func() (any, bool) {
		v, ok := next()
		if !ok {
			stop()
		}
		return v, ok
	}
	return it
}

// Step advances the iterator.
func (it *Iterator) Step() (any, bool) {
	if it.done {
		return nil, false
	}
	v, ok := it.Next()
	if !ok {
		it.done = true
	}
	return v, ok
}

func (it *Iterator) PyRepr() string { return "<" + it.Kind + " object at " + addrHex(it) + ">" }
func (it *Iterator) PyType() string { return it.Kind }

func (it *Iterator) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for {
			v, ok := it.Step()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

func isIterable(x any) bool {
	if c, ok := x.(*Class); ok && c.enum != nil {
		return true
	}
	switch x.(type) {
	case string, *List, Tuple, *Dict, *Set, *Range, *dictView, Iterable:
		return true
	}
	_, ok := LookupAttr(x, "__iter__")
	return ok
}

// dunderIter iterates a value that is none of rt/py's own iterables
// through its __iter__ and __next__ methods (DESIGN.md, "Protocols and
// user classes").
func dunderIter(x any) (iter.Seq[any], bool) {
	m, ok := LookupAttr(x, "__iter__")
	if !ok {
		return nil, false
	}
	it := Call(m, nil, nil)
	switch it.(type) {
	case *Iterator, *Generator:
		return Iter(it), true
	}
	return func(yield func(any) bool) {
		for {
			v, ok := dunderNext(it)
			if !ok || !yield(v) {
				return
			}
		}
	}, true
}

// dunderNext calls it.__next__(): (value, true), or (nil, false) when it
// raised StopIteration.
func dunderNext(it any) (any, bool) {
	var v any
	exc := Try(func() { v = CallMethod(it, "__next__", nil, nil) })
	if exc != nil {
		if exc.Is(StopIteration) {
			return nil, false
		}
		Rethrow(exc)
	}
	return v, true
}

// Iter iterates any iterable: `for v := range py.Iter(xs)`.
func Iter(x any) iter.Seq[any] {
	switch v := x.(type) {
	case *List:
		return func(yield func(any) bool) {
			// By index, re-reading the length, so appends during the loop
			// are seen as in CPython.
			for i := 0; i < len(v.Items); i++ {
				if !yield(v.Items[i]) {
					return
				}
			}
		}
	case Tuple:
		return func(yield func(any) bool) {
			for _, it := range v {
				if !yield(it) {
					return
				}
			}
		}
	case string:
		return func(yield func(any) bool) {
			for i := 0; i < len(v); {
				_, n := utf8.DecodeRuneInString(v[i:])
				if !yield(v[i : i+n]) {
					return
				}
				i += n
			}
		}
	case *Dict:
		return func(yield func(any) bool) {
			for k := range v.All() {
				if !yield(k) {
					return
				}
			}
		}
	case *dictView:
		return func(yield func(any) bool) {
			for k, val := range v.d.All() {
				var item any
				switch v.kind {
				case "keys":
					item = k
				case "values":
					item = val
				default:
					item = Tuple{k, val}
				}
				if !yield(item) {
					return
				}
			}
		}
	case *Set:
		return func(yield func(any) bool) {
			n := v.Len()
			for _, it := range v.ordered() {
				if !yield(it) {
					return
				}
				if v.Len() != n {
					panic(New(RuntimeError, "Set changed size during iteration"))
				}
			}
		}
	case *Range:
		if v.b != nil {
			return v.b.iter()
		}
		return func(yield func(any) bool) {
			n := v.Len()
			for i := 0; i < n; i++ {
				if !yield(v.Start + i*v.Step) {
					return
				}
			}
		}
	case Iterable:
		return v.PyIter()
	case *Class:
		if v.enum != nil {
			return Iter(Tuple(enumMembers(v)))
		}
	}
	if seq, ok := dunderIter(x); ok {
		return seq
	}
	panic(New(TypeError, "'"+TypeName(x)+"' object is not iterable"))
}

// toSlice returns the items of a list or tuple without copying, nil for
// other types.
func toSlice(x any) []any {
	switch v := x.(type) {
	case *List:
		return v.Items
	case Tuple:
		return v
	case *Instance:
		if t, ok := v.base.(Tuple); ok && v.special("__iter__") == nil {
			return t
		}
	}
	return nil
}

func py2slice(x any) []any { return toSlice(x) }

// toSliceIter collects any iterable.
func toSliceIter(x any) []any {
	switch v := x.(type) {
	case *List:
		return v.Items
	case Tuple:
		return v
	case *Set:
		return v.ordered()
	case *Range:
		return v.items()
	}
	var out []any
	for it := range Iter(x) {
		out = append(out, it)
	}
	return out
}

// Unpack is `a, b = x`.
func Unpack(x any, n int) []any {
	if t, ok := x.(Tuple); ok && len(t) == n {
		// A tuple cannot change under the assignments that follow, and
		// callers only read the result: no copy.
		return t
	}
	var items []any
	if s := toSlice(x); s != nil || isSeqType(x) {
		items = s
	} else {
		if !isIterable(x) {
			panic(New(TypeError, "cannot unpack non-iterable "+TypeName(x)+" object"))
		}
		// Stop one past n so an infinite iterator still reports "too many".
		for v := range Iter(x) {
			items = append(items, v)
			if len(items) > n {
				break
			}
		}
	}
	if len(items) > n {
		panic(New(ValueError, "too many values to unpack (expected "+itoa(n)+")"))
	}
	if len(items) < n {
		panic(New(ValueError, "not enough values to unpack (expected "+itoa(n)+", got "+itoa(len(items))+")"))
	}
	return slices.Clone(items)
}

func isSeqType(x any) bool {
	switch x.(type) {
	case *List, Tuple:
		return true
	}
	return false
}

// UnpackStar is `a, *b, c = x`: before + 1 + after values, the middle one a
// *List.
func UnpackStar(x any, before, after int) []any {
	if !isIterable(x) {
		panic(New(TypeError, "cannot unpack non-iterable "+TypeName(x)+" object"))
	}
	items := slices.Clone(toSliceIter(x))
	if len(items) < before+after {
		panic(New(ValueError, "not enough values to unpack (expected at least "+itoa(before+after)+", got "+itoa(len(items))+")"))
	}
	out := make([]any, 0, before+after+1)
	out = append(out, items[:before]...)
	out = append(out, &List{Items: slices.Clone(items[before : len(items)-after])})
	out = append(out, items[len(items)-after:]...)
	return out
}

// Len is len(x).
func Len(x any) int {
	switch v := x.(type) {
	case string:
		return StrLen(v)
	case *List:
		return len(v.Items)
	case Tuple:
		return len(v)
	case *Dict:
		return v.Len()
	case *Set:
		return v.Len()
	case *Range:
		if v.b != nil && !v.b.n.IsInt64() {
			panic(New(OverflowError, "Python int too large to convert to C ssize_t"))
		}
		return v.Len()
	case *dictView:
		return v.d.Len()
	case Sized:
		return v.PyLen()
	case *Class:
		if v.enum != nil {
			return len(v.enum.members)
		}
	}
	panic(New(TypeError, "object of type '"+TypeName(x)+"' has no len()"))
}

// ItemGetter is implemented by objects supporting x[key].
type ItemGetter interface{ PyGetItem(key any) any }

// GetItem is x[key].
func GetItem(x, key any) any {
	switch v := x.(type) {
	case *List:
		r := seqIndex(v.Items, key, "list")
		if items, ok := r.([]any); ok {
			if _, isSlice := key.(*SliceObj); isSlice {
				return &List{Items: items}
			}
		}
		return r
	case Tuple:
		r := seqIndex(v, key, "tuple")
		if items, ok := r.([]any); ok {
			if _, isSlice := key.(*SliceObj); isSlice {
				return Tuple(items)
			}
		}
		return r
	case string:
		return strIndex(v, key)
	case *Dict:
		return v.GetItem(key)
	case *Range:
		if sl, ok := key.(*SliceObj); ok {
			// CPython's compute_slice: the bounds map through the range, so the stop is
			// the mapped slice stop, not first + count*step.
			if v.b != nil {
				return v.b.getItem(key)
			}
			start, stop, step, _ := sl.Indices(v.Len())
			return &Range{Start: v.Start + start*v.Step, Stop: v.Start + stop*v.Step, Step: step * v.Step}
		}
		if v.b != nil {
			return v.b.getItem(key)
		}
		if _, huge := key.(*big.Int); huge {
			panic(New(IndexError, "range object index out of range"))
		}
		i := indexArgFor(key, "range")
		n := v.Len()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			panic(New(IndexError, "range object index out of range"))
		}
		return v.Start + i*v.Step
	case *Class:
		if v.enum != nil {
			return enumItem(v, key)
		}
		return v // list[int] and friends in annotations
	case ItemGetter:
		return v.PyGetItem(key)
	}
	panic(New(TypeError, "'"+TypeName(x)+"' object is not subscriptable"))
}

// ItemSetter is implemented by objects supporting x[key] = v.
type ItemSetter interface{ PySetItem(key, v any) }

// SetItem is x[key] = v.
func SetItem(x, key, v any) {
	switch c := x.(type) {
	case *List:
		if sl, ok := key.(*SliceObj); ok {
			setSlice(c, sl, v)
			return
		}
		i := indexArgFor(key, "list")
		if i < 0 {
			i += len(c.Items)
		}
		if i < 0 || i >= len(c.Items) {
			panic(New(IndexError, "list assignment index out of range"))
		}
		c.Items[i] = v
		return
	case *Dict:
		c.Set(key, v)
		return
	case ItemSetter:
		c.PySetItem(key, v)
		return
	}
	panic(New(TypeError, "'"+TypeName(x)+"' object does not support item assignment"))
}

func setSlice(l *List, sl *SliceObj, v any) {
	newItems := slices.Clone(toSliceIter(v))
	start, stop, step, n := sl.Indices(len(l.Items))
	if step == 1 {
		if stop < start {
			stop = start
		}
		l.Items = slices.Concat(l.Items[:start], newItems, l.Items[stop:])
		return
	}
	if len(newItems) != n {
		panic(New(ValueError, "attempt to assign sequence of size "+itoa(len(newItems))+" to extended slice of size "+itoa(n)))
	}
	for i := 0; i < n; i++ {
		l.Items[start+i*step] = newItems[i]
	}
}

// DelItem is del x[key].
func DelItem(x, key any) {
	switch c := x.(type) {
	case *List:
		if sl, ok := key.(*SliceObj); ok {
			start, _, step, n := sl.Indices(len(c.Items))
			drop := map[int]bool{}
			for i := 0; i < n; i++ {
				drop[start+i*step] = true
			}
			kept := c.Items[:0:0]
			for i, it := range c.Items {
				if !drop[i] {
					kept = append(kept, it)
				}
			}
			c.Items = kept
			return
		}
		i := indexArgFor(key, "list")
		if i < 0 {
			i += len(c.Items)
		}
		if i < 0 || i >= len(c.Items) {
			panic(New(IndexError, "list assignment index out of range"))
		}
		c.Items = slices.Delete(c.Items, i, i+1)
		return
	case *Dict:
		if _, ok := c.Delete(key); !ok {
			panic(New(KeyError, key))
		}
		return
	case interface{ PyDelItem(key any) }:
		c.PyDelItem(key)
		return
	}
	panic(New(TypeError, "'"+TypeName(x)+"' object doesn't support item deletion"))
}
