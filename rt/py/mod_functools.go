package py

import "strings"

// functools.partial and reduce.

// Partial is a functools.partial object.
type Partial struct {
	fn   any
	args []any
	kw   []KW
}

// FunctoolsPartial is functools.partial(func, /, *args, **keywords).
// Partials of partials flatten, as in CPython.
func FunctoolsPartial(fn any, args []any, kw []KW) *Partial {
	if !IsCallable(fn) {
		panic(New(TypeError, "the first argument must be callable"))
	}
	if inner, ok := fn.(*Partial); ok {
		return &Partial{fn: inner.fn, args: append(append([]any(nil), inner.args...), args...), kw: mergeKW(inner.kw, kw)}
	}
	return &Partial{fn: fn, args: append([]any(nil), args...), kw: mergeKW(nil, kw)}
}

// mergeKW is dict(base, **over) as a keyword list.
func mergeKW(base, over []KW) []KW {
	out := append([]KW(nil), base...)
	for _, k := range over {
		replaced := false
		for i := range out {
			if out[i].Name == k.Name {
				out[i].Value, replaced = k.Value, true
			}
		}
		if !replaced {
			out = append(out, k)
		}
	}
	return out
}

func (p *Partial) Call(args []any, kw []KW) any {
	return Call(p.fn, append(append([]any(nil), p.args...), args...), mergeKW(p.kw, kw))
}

func (p *Partial) PyType() string { return "partial" }

func (p *Partial) PyRepr() string {
	if reprEnter(p) {
		return "..."
	}
	defer reprLeave(p)
	parts := []string{Repr(p.fn)}
	for _, a := range p.args {
		parts = append(parts, Repr(a))
	}
	for _, k := range p.kw {
		parts = append(parts, k.Name+"="+Repr(k.Value))
	}
	return "functools.partial(" + strings.Join(parts, ", ") + ")"
}

func (p *Partial) PyGetAttr(name string) (any, bool) {
	switch name {
	case "func":
		return p.fn, true
	case "args":
		return Tuple(append([]any(nil), p.args...)), true
	case "keywords":
		d := NewDict()
		for _, k := range p.kw {
			d.Set(k.Name, k.Value)
		}
		return d, true
	}
	return nil, false
}

// FunctoolsReduce is functools.reduce(function, iterable[, initial]).
func FunctoolsReduce(fn, iterable any, initial ...any) any {
	var acc any
	have := len(initial) > 0
	if have {
		acc = initial[0]
	}
	for x := range Iter(iterable) {
		if !have {
			acc, have = x, true
			continue
		}
		acc = Call(fn, []any{acc, x}, nil)
	}
	if !have {
		panic(New(TypeError, "reduce() of empty iterable with no initial value"))
	}
	return acc
}

// PartialMethod is a functools.partialmethod: a class attribute that reads
// as partial(bound method, *args, **keywords) through an instance
// (partialmethod.__get__ over a function).
type PartialMethod struct {
	fn   any
	args []any
	kw   []KW
}

// FunctoolsPartialmethod is functools.partialmethod(func, /, *args, **keywords).
func FunctoolsPartialmethod(fn any, args []any, kw []KW) *PartialMethod {
	if !IsCallable(fn) {
		panic(New(TypeError, Repr(fn)+" is not callable or a descriptor"))
	}
	return &PartialMethod{fn: fn, args: append([]any(nil), args...), kw: mergeKW(nil, kw)}
}

func (p *PartialMethod) PyType() string       { return "partialmethod" }
func (p *PartialMethod) PyTypeModule() string { return "functools" }

func (p *PartialMethod) PyRepr() string {
	parts := []string{Repr(p.fn)}
	for _, a := range p.args {
		parts = append(parts, Repr(a))
	}
	for _, k := range p.kw {
		parts = append(parts, k.Name+"="+Repr(k.Value))
	}
	return "functools.partialmethod(" + strings.Join(parts, ", ") + ")"
}

// get is partialmethod.__get__: through an instance, a partial of the
// bound method; through the class, a function taking the instance first.
func (p *PartialMethod) get(obj any, c *Class) any {
	if obj != nil {
		return FunctoolsPartial(bindAttr(p.fn, obj, c), p.args, p.kw)
	}
	return &Function{Name: "_method", Fn: func(args []any, kw []KW) any {
		if len(args) == 0 {
			panic(New(TypeError, "_method() missing 1 required positional argument: 'cls_or_self'"))
		}
		return Call(p.fn, append(append([]any{args[0]}, p.args...), args[1:]...), mergeKW(p.kw, kw))
	}}
}
