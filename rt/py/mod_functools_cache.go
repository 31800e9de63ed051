package py

import (
	"iter"
	"math/big"
	"strconv"
)

// functools.lru_cache and cache, after CPython 3.11's C implementation
// (Modules/_functoolsmodule.c): the key is the positional arguments, then
// a marker and the keyword items (plus the argument types when typed); a
// bounded cache moves a hit to the most recent end and evicts the least
// recent entry on a miss when full.

// lruMark separates positional arguments from keyword items in a key (the
// C code's kwd_mark object).
type lruMark struct{}

func (lruMark) PyRepr() string { return "<object object>" }

var kwdMark = &lruMark{}

// FunctoolsLruCache is functools.lru_cache(maxsize=128, typed=False), and
// lru_cache(user_function) when maxsize is callable.
func FunctoolsLruCache(maxsize, typed any) any {
	if maxsize != nil {
		if _, isInt := maxsize.(int); !isInt && !isBool(maxsize) && IsCallable(maxsize) {
			return newLruWrapper(maxsize, 128, true, Truth(typed))
		}
	}
	bounded, size := false, 0
	switch m := maxsize.(type) {
	case nil:
	case int:
		bounded, size = true, max(m, 0)
	case bool:
		bounded = true
		if m {
			size = 1
		}
	case *big.Int:
		bounded, size = true, 0
		if m.Sign() > 0 {
			size = int(^uint(0) >> 1)
		}
	default:
		panic(New(TypeError, "Expected first argument to be an integer, a callable, or None"))
	}
	t := Truth(typed)
	return NewBuiltin("decorating_function", func(args []any, kw []KW) any {
		noKw("decorating_function", kw)
		arity("decorating_function", args, 1, 1)
		return newLruWrapper(args[0], size, bounded, t)
	})
}

func isBool(x any) bool { _, ok := x.(bool); return ok }

// FunctoolsCache is functools.cache(user_function).
func FunctoolsCache(fn any) any { return newLruWrapper(fn, 0, false, false) }

type lruCache struct {
	fn           any
	maxsize      int
	bounded      bool
	typed        bool
	hits, misses int
	d            *Dict
}

func newLruWrapper(fn any, maxsize int, bounded, typed bool) *Function {
	if !IsCallable(fn) {
		panic(New(TypeError, "the first argument must be callable"))
	}
	c := &lruCache{fn: fn, maxsize: maxsize, bounded: bounded, typed: typed, d: NewDict()}
	w := &Function{Fn: c.call}
	copyWrapperAttrs(w, fn)
	w.ReprText = "<functools._lru_cache_wrapper object at " + addrHex(w) + ">"
	w.Attrs["cache_info"] = NewBuiltin("cache_info", func(a []any, kw []KW) any {
		noKw("cache_info", kw)
		arity("cache_info", a, 0, 0)
		return c.info()
	})
	w.Attrs["cache_clear"] = NewBuiltin("cache_clear", func(a []any, kw []KW) any {
		noKw("cache_clear", kw)
		arity("cache_clear", a, 0, 0)
		c.hits, c.misses = 0, 0
		c.d = NewDict()
		return nil
	})
	w.Attrs["cache_parameters"] = NewBuiltin("cache_parameters", func(a []any, kw []KW) any {
		var m any
		if c.bounded {
			m = c.maxsize
		}
		return DictOf("maxsize", m, "typed", c.typed)
	})
	return w
}

// copyWrapperAttrs is functools.update_wrapper(w, fn) for a runtime
// wrapper: __name__, __qualname__ and __doc__ (w's own fields), fn's
// attributes, and __wrapped__.
func copyWrapperAttrs(w *Function, fn any) {
	w.Attrs = map[string]any{}
	if f, ok := fn.(*Function); ok {
		w.Name, w.QualName, w.File, w.Line, w.Doc = f.Name, f.QualName, f.File, f.Line, f.Doc
		for k, v := range f.Attrs {
			w.Attrs[k] = v
		}
	} else {
		if v, ok := LookupAttr(fn, "__name__"); ok {
			w.Name, _ = v.(string)
		}
		if v, ok := LookupAttr(fn, "__qualname__"); ok {
			w.QualName, _ = v.(string)
		}
	}
	w.Attrs["__wrapped__"] = fn
}

func (c *lruCache) key(args []any, kw []KW) any {
	if !c.typed && len(kw) == 0 && len(args) == 1 {
		switch args[0].(type) {
		case int, string:
			return args[0]
		}
	}
	k := Tuple(append([]any(nil), args...))
	if len(kw) > 0 {
		k = append(k, kwdMark)
		for _, x := range kw {
			k = append(k, x.Name, x.Value)
		}
	}
	if c.typed {
		for _, a := range args {
			k = append(k, TypeOf(a))
		}
		for _, x := range kw {
			k = append(k, TypeOf(x.Value))
		}
	}
	return k
}

func (c *lruCache) call(args []any, kw []KW) any {
	if c.bounded && c.maxsize == 0 {
		c.misses++
		return Call(c.fn, args, kw)
	}
	key := c.key(args, kw)
	if v, ok := c.d.Get(key); ok {
		c.hits++
		if c.bounded {
			c.d.Delete(key)
			c.d.Set(key, v)
		}
		return v
	}
	c.misses++
	v := Call(c.fn, args, kw)
	if !c.bounded {
		c.d.Set(key, v)
		return v
	}
	if c.d.Contains(key) {
		// The call itself cached this key (recursion): keep that entry.
		return v
	}
	if c.d.Len() >= c.maxsize {
		for k := range c.d.All() {
			c.d.Delete(k)
			break
		}
	}
	c.d.Set(key, v)
	return v
}

func (c *lruCache) info() *CacheInfo {
	var m any
	if c.bounded {
		m = c.maxsize
	}
	return &CacheInfo{c.hits, c.misses, m, c.d.Len()}
}

// CacheInfo is the named tuple cache_info() returns.
type CacheInfo struct {
	Hits, Misses int
	Maxsize      any
	Currsize     int
}

func (ci *CacheInfo) items() []any { return []any{ci.Hits, ci.Misses, ci.Maxsize, ci.Currsize} }

func (ci *CacheInfo) PyType() string       { return "CacheInfo" }
func (ci *CacheInfo) PyTypeModule() string { return "functools" }
func (ci *CacheInfo) PyRepr() string {
	return "CacheInfo(hits=" + strconv.Itoa(ci.Hits) + ", misses=" + strconv.Itoa(ci.Misses) +
		", maxsize=" + Repr(ci.Maxsize) + ", currsize=" + strconv.Itoa(ci.Currsize) + ")"
}
func (ci *CacheInfo) PyLen() int            { return 4 }
func (ci *CacheInfo) PyIter() iter.Seq[any] { return Iter(Tuple(ci.items())) }
func (ci *CacheInfo) PyGetItem(key any) any { return GetItem(Tuple(ci.items()), key) }
func (ci *CacheInfo) PyEq(other any) bool {
	switch o := other.(type) {
	case *CacheInfo:
		return Eq(Tuple(ci.items()), Tuple(o.items()))
	case Tuple:
		return Eq(Tuple(ci.items()), o)
	}
	return false
}
func (ci *CacheInfo) PyGetAttr(name string) (any, bool) {
	switch name {
	case "hits":
		return ci.Hits, true
	case "misses":
		return ci.Misses, true
	case "maxsize":
		return ci.Maxsize, true
	case "currsize":
		return ci.Currsize, true
	}
	return nil, false
}
