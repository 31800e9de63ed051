package py

import (
	"iter"
	"strings"
)

// collections.ChainMap, after CPython 3.11's Lib/collections: lookups
// search the maps in order, writes and deletions go to the first map, and
// iteration yields each key once, in the order of the last map first.

// ChainMap is a collections.ChainMap.
type ChainMap struct{ maps *List }

// CollectionsChainMap is collections.ChainMap(*maps).
func CollectionsChainMap(maps ...any) *ChainMap {
	if len(maps) == 0 {
		maps = []any{NewDict()}
	}
	return &ChainMap{maps: NewList(maps...)}
}

func (c *ChainMap) PyType() string { return "ChainMap" }
func (c *ChainMap) PyTypeModule() string {
	return "collections"
}

func (c *ChainMap) PyRepr() string {
	if reprEnter(c) {
		return "..."
	}
	defer reprLeave(c)
	parts := make([]string, len(c.maps.Items))
	for i, m := range c.maps.Items {
		parts[i] = Repr(m)
	}
	return "ChainMap(" + strings.Join(parts, ", ") + ")"
}

// PyGetItem tries each map's own __getitem__ (a defaultdict's fills in
// the key), as CPython's does.
func (c *ChainMap) PyGetItem(key any) any {
	for _, m := range c.maps.Items {
		var v any
		exc := Try(func() { v = GetItem(m, key) })
		if exc == nil {
			return v
		}
		if !exc.Is(KeyError) {
			panic(exc)
		}
	}
	panic(New(KeyError, key))
}

func (c *ChainMap) PyContains(key any) bool {
	for _, m := range c.maps.Items {
		if Contains(m, key) {
			return true
		}
	}
	return false
}

// keys is the iteration order: dict.fromkeys of each map, last map first.
func (c *ChainMap) keys() []any {
	d := NewDict()
	for i := len(c.maps.Items) - 1; i >= 0; i-- {
		for k := range Iter(c.maps.Items[i]) {
			d.Set(k, nil)
		}
	}
	return d.Keys()
}

func (c *ChainMap) PyLen() int { return len(c.keys()) }

func (c *ChainMap) PyIter() iter.Seq[any] {
	ks := c.keys()
	return func(yield func(any) bool) {
		for _, k := range ks {
			if !yield(k) {
				return
			}
		}
	}
}

func (c *ChainMap) PySetItem(key, v any) { SetItem(c.maps.Items[0], key, v) }

func (c *ChainMap) PyDelItem(key any) {
	if exc := Try(func() { DelItem(c.maps.Items[0], key) }); exc != nil {
		if exc.Is(KeyError) {
			Handling(exc, func() { Throw(New(KeyError, "Key not found in the first mapping: "+Repr(key))) })
		}
		panic(exc)
	}
}

// Dict is dict(chainmap): the merged mapping, in iteration order.
func (c *ChainMap) Dict() *Dict {
	d := NewDict()
	for _, k := range c.keys() {
		d.Set(k, c.PyGetItem(k))
	}
	return d
}

func (c *ChainMap) PyEq(other any) bool {
	switch o := other.(type) {
	case *ChainMap:
		return Eq(c.Dict(), o.Dict())
	case *Dict:
		return Eq(c.Dict(), o)
	case interface{ Dict() *Dict }:
		return Eq(c.Dict(), o.Dict())
	}
	return false
}

func (c *ChainMap) first() any { return c.maps.Items[0] }

func (c *ChainMap) PyGetAttr(name string) (any, bool) {
	method := func(min, max int, fn func(args []any) any) (any, bool) {
		return NewMethod(name, c, func(args []any, kw []KW) any {
			dequeArgs(name, args, kw, min, max)
			return fn(args)
		}), true
	}
	switch name {
	case "maps":
		return c.maps, true
	case "parents":
		rest := c.maps.Items[1:]
		return CollectionsChainMap(append([]any(nil), rest...)...), true
	case "new_child":
		return NewMethod(name, c, func(args []any, kw []KW) any {
			if len(args) > 1 {
				panic(New(TypeError, "ChainMap.new_child() takes from 1 to 2 positional arguments but "+itoa(len(args)+1)+" were given"))
			}
			var m any
			if len(args) == 1 {
				m = args[0]
			}
			if m == nil {
				d := NewDict()
				for _, k := range kw {
					d.Set(k.Name, k.Value)
				}
				m = d
			} else if len(kw) > 0 {
				CallMethod(m, "update", nil, kw)
			}
			return CollectionsChainMap(append([]any{m}, c.maps.Items...)...)
		}), true
	case "get":
		return method(1, 2, func(a []any) any {
			if c.PyContains(a[0]) {
				return c.PyGetItem(a[0])
			}
			if len(a) == 2 {
				return a[1]
			}
			return nil
		})
	case "copy", "__copy__":
		return method(0, 0, func([]any) any {
			return CollectionsChainMap(append([]any{CallMethod(c.first(), "copy", nil, nil)}, c.maps.Items[1:]...)...)
		})
	case "pop":
		return method(1, 2, func(a []any) any {
			var v any
			if exc := Try(func() { v = CallMethod(c.first(), "pop", a, nil) }); exc != nil {
				if exc.Is(KeyError) {
					Handling(exc, func() { Throw(New(KeyError, "Key not found in the first mapping: "+Repr(a[0]))) })
				}
				panic(exc)
			}
			return v
		})
	case "popitem":
		return method(0, 0, func([]any) any {
			var v any
			if exc := Try(func() { v = CallMethod(c.first(), "popitem", nil, nil) }); exc != nil {
				if exc.Is(KeyError) {
					Handling(exc, func() { Throw(New(KeyError, "No keys found in the first mapping.")) })
				}
				panic(exc)
			}
			return v
		})
	case "clear":
		return method(0, 0, func([]any) any { return CallMethod(c.first(), "clear", nil, nil) })
	case "update":
		return NewMethod(name, c, func(args []any, kw []KW) any {
			return CallMethod(c.first(), "update", args, kw)
		}), true
	case "setdefault":
		return method(1, 2, func(a []any) any {
			if c.PyContains(a[0]) {
				return c.PyGetItem(a[0])
			}
			var def any
			if len(a) == 2 {
				def = a[1]
			}
			c.PySetItem(a[0], def)
			return def
		})
	case "keys", "values", "items":
		return method(0, 0, func([]any) any { return &chainView{c: c, kind: name} })
	}
	return nil, false
}

// chainView is ChainMap's keys(), values() and items(): the Mapping
// mixin's KeysView, ValuesView and ItemsView over the ChainMap.
type chainView struct {
	c    *ChainMap
	kind string
}

func (v *chainView) PyType() string {
	return map[string]string{"keys": "KeysView", "values": "ValuesView", "items": "ItemsView"}[v.kind]
}
func (v *chainView) PyTypeModule() string { return "collections.abc" }
func (v *chainView) PyRepr() string       { return v.PyType() + "(" + Repr(v.c) + ")" }
func (v *chainView) PyLen() int           { return v.c.PyLen() }
func (v *chainView) PyIter() iter.Seq[any] {
	ks := v.c.keys()
	return func(yield func(any) bool) {
		for _, k := range ks {
			var x any
			switch v.kind {
			case "keys":
				x = k
			case "values":
				x = v.c.PyGetItem(k)
			default:
				x = Tuple{k, v.c.PyGetItem(k)}
			}
			if !yield(x) {
				return
			}
		}
	}
}
func (v *chainView) PyContains(x any) bool {
	switch v.kind {
	case "keys":
		return v.c.PyContains(x)
	case "items":
		if t, ok := x.(Tuple); ok && len(t) == 2 && v.c.PyContains(t[0]) {
			return Eq(v.c.PyGetItem(t[0]), t[1])
		}
		return false
	}
	for y := range v.PyIter() {
		if Eq(x, y) {
			return true
		}
	}
	return false
}
