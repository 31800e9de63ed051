package py

import (
	"iter"
	"strings"
	"sync"
)

// collections.deque: a double-ended queue with an optional maxlen, as in
// CPython's Modules/_collectionsmodule.c (messages included).

// Deque is a collections.deque.
type Deque struct {
	items  []any
	maxlen int // -1: unbounded
	// state counts mutations, so an iterator can fail like CPython's when
	// the deque changes under it.
	state int
}

// CollectionsDeque is collections.deque(iterable=(), maxlen=None).
func CollectionsDeque(iterable, maxlen any) *Deque {
	d := &Deque{maxlen: -1}
	if maxlen != nil {
		n, ok := maxlen.(int)
		if !ok {
			if _, isBool := maxlen.(bool); !isBool {
				panic(New(TypeError, "an integer is required"))
			}
			n = indexArg(maxlen)
		}
		if n < 0 {
			panic(New(ValueError, "maxlen must be non-negative"))
		}
		d.maxlen = n
	}
	if iterable != nil {
		d.extend(iterable)
	}
	return d
}

func (d *Deque) PyType() string { return "deque" }

func (d *Deque) PyRepr() string {
	if reprEnter(d) {
		return "[...]"
	}
	defer reprLeave(d)
	parts := make([]string, len(d.items))
	for i, x := range d.items {
		parts[i] = Repr(x)
	}
	s := "deque([" + strings.Join(parts, ", ") + "]"
	if d.maxlen >= 0 {
		s += ", maxlen=" + itoa(d.maxlen)
	}
	return s + ")"
}

func (d *Deque) PyLen() int { return len(d.items) }

func (d *Deque) PyContains(x any) bool { return containsItem(d.items, x) }

func (d *Deque) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		state := d.state
		for i := 0; ; i++ {
			if d.state != state {
				panic(New(RuntimeError, "deque mutated during iteration"))
			}
			if i >= len(d.items) {
				return
			}
			if !yield(d.items[i]) {
				return
			}
		}
	}
}

func (d *Deque) PyEq(other any) bool {
	o, ok := other.(*Deque)
	return ok && itemsEq(d.items, o.items)
}

func (d *Deque) index(key any) int {
	i := indexArgFor(key, "sequence")
	if i < 0 {
		i += len(d.items)
	}
	if i < 0 || i >= len(d.items) {
		panic(New(IndexError, "deque index out of range"))
	}
	return i
}

func (d *Deque) PyGetItem(key any) any {
	if _, ok := key.(*SliceObj); ok {
		panic(New(TypeError, "sequence index must be integer, not 'slice'"))
	}
	return d.items[d.index(key)]
}

func (d *Deque) PySetItem(key, v any) {
	if _, ok := key.(*SliceObj); ok {
		panic(New(TypeError, "sequence index must be integer, not 'slice'"))
	}
	d.items[d.index(key)] = v
}

// PyDelItem is del d[i].
func (d *Deque) PyDelItem(key any) {
	i := d.index(key)
	d.items = append(d.items[:i:i], d.items[i+1:]...)
	d.state++
}

func (d *Deque) append(x any) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if len(d.items) == d.maxlen {
		d.items = d.items[1:]
	}
	d.items = append(d.items, x)
}

func (d *Deque) appendLeft(x any) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if len(d.items) == d.maxlen {
		d.items = d.items[:len(d.items)-1]
	}
	d.items = append([]any{x}, d.items...)
}

func (d *Deque) extend(it any) {
	if it == any(d) {
		it = NewList(d.items...)
	}
	for x := range Iter(it) {
		d.append(x)
	}
}

func (d *Deque) rotate(n int) {
	l := len(d.items)
	if l <= 1 {
		return
	}
	n %= l
	if n < 0 {
		n += l
	}
	if n == 0 {
		return
	}
	d.items = append(append([]any{}, d.items[l-n:]...), d.items[:l-n]...)
	d.state++
}

// dequeArgs checks a deque method's argument count with CPython's messages.
func dequeArgs(name string, args []any, kw []KW, min, max int) {
	if len(kw) > 0 {
		panic(New(TypeError, name+"() takes no keyword arguments"))
	}
	n := len(args)
	switch {
	case n >= min && n <= max:
		return
	case max == 0:
		panic(New(TypeError, name+"() takes no arguments ("+itoa(n)+" given)"))
	case min == 1 && max == 1:
		panic(New(TypeError, name+"() takes exactly one argument ("+itoa(n)+" given)"))
	case n < min:
		panic(New(TypeError, name+" expected "+itoa(min)+" argument"+plural(min)+", got "+itoa(n)))
	}
	panic(New(TypeError, name+" expected at most "+itoa(max)+" argument"+plural(max)+", got "+itoa(n)))
}

// pop is deque.pop(), or popleft() when left.
func (d *Deque) pop(left bool) any {
	if len(d.items) == 0 {
		panic(New(IndexError, "pop from an empty deque"))
	}
	d.state++
	if !left {
		x := d.items[len(d.items)-1]
		d.items = d.items[:len(d.items)-1]
		return x
	}
	x := d.items[0]
	d.items[0] = nil
	d.items = d.items[1:]
	return x
}

func (d *Deque) PyGetAttr(name string) (any, bool) {
	method := func(min, max int, fn func(args []any) any) (any, bool) {
		return NewMethod(name, d, func(args []any, kw []KW) any {
			dequeArgs(name, args, kw, min, max)
			return fn(args)
		}), true
	}
	switch name {
	case "maxlen":
		if d.maxlen < 0 {
			return nil, true
		}
		return d.maxlen, true
	case "append":
		return method(1, 1, func(a []any) any { d.append(a[0]); return nil })
	case "appendleft":
		return method(1, 1, func(a []any) any { d.appendLeft(a[0]); return nil })
	case "extend":
		return method(1, 1, func(a []any) any { d.extend(a[0]); return nil })
	case "extendleft":
		return method(1, 1, func(a []any) any {
			src := a[0]
			if src == any(d) {
				src = NewList(d.items...)
			}
			for x := range Iter(src) {
				d.appendLeft(x)
			}
			return nil
		})
	case "pop", "popleft":
		return method(0, 0, func([]any) any { return d.pop(name == "popleft") })
	case "rotate":
		return method(0, 1, func(a []any) any {
			n := 1
			if len(a) == 1 {
				n = indexArg(a[0])
			}
			d.rotate(n)
			return nil
		})
	case "clear":
		return method(0, 0, func([]any) any { d.items = nil; d.state++; return nil })
	case "copy":
		return method(0, 0, func([]any) any {
			return &Deque{items: append([]any(nil), d.items...), maxlen: d.maxlen}
		})
	case "count":
		return method(1, 1, func(a []any) any {
			n := 0
			for _, x := range d.items {
				if Eq(x, a[0]) {
					n++
				}
			}
			return n
		})
	case "index":
		return method(1, 3, func(a []any) any {
			start, stop := 0, len(d.items)
			if len(a) > 1 {
				start = clampIndex(indexArg(a[1]), len(d.items))
			}
			if len(a) > 2 {
				stop = clampIndex(indexArg(a[2]), len(d.items))
			}
			for i := start; i < stop; i++ {
				if Eq(d.items[i], a[0]) {
					return i
				}
			}
			panic(New(ValueError, Repr(a[0])+" is not in deque"))
		})
	case "insert":
		return method(2, 2, func(a []any) any {
			if d.maxlen >= 0 && len(d.items) >= d.maxlen {
				panic(New(IndexError, "deque already at its maximum size"))
			}
			i := clampIndex(indexArg(a[0]), len(d.items))
			d.items = append(d.items[:i:i], append([]any{a[1]}, d.items[i:]...)...)
			d.state++
			return nil
		})
	case "remove":
		return method(1, 1, func(a []any) any {
			for i, x := range d.items {
				if Eq(x, a[0]) {
					d.items = append(d.items[:i:i], d.items[i+1:]...)
					d.state++
					return nil
				}
			}
			panic(New(ValueError, Repr(a[0])+" is not in deque"))
		})
	case "reverse":
		return method(0, 0, func([]any) any {
			for i, j := 0, len(d.items)-1; i < j; i, j = i+1, j-1 {
				d.items[i], d.items[j] = d.items[j], d.items[i]
			}
			d.state++
			return nil
		})
	}
	return nil, false
}

// clampIndex is a slice-style index: negative counts from the end, then
// clamped to [0, n].
func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

// Runtime containers that print their items guard against printing
// themselves again (CPython's Py_ReprEnter), which shows as [...].
var (
	reprMu     sync.Mutex
	reprActive = map[any]int{}
)

func reprEnter(x any) bool {
	reprMu.Lock()
	defer reprMu.Unlock()
	if reprActive[x] > 0 {
		return true
	}
	reprActive[x]++
	return false
}

func reprLeave(x any) {
	reprMu.Lock()
	defer reprMu.Unlock()
	if reprActive[x]--; reprActive[x] == 0 {
		delete(reprActive, x)
	}
}
