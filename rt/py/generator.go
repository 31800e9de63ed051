package py

import (
	"fmt"
	"iter"
)

// Generators (DESIGN.md, "Generators"): a generator function or generator
// expression compiles to the same kind of step function as an async def
// (codegen/step.go), resumed by next/send/throw/close instead of by the
// event loop. It runs on the stack of whoever resumes it, so it needs no
// goroutine, and a traceback through it shows the consumer's frames below
// the generator's, as CPython's does.

type genState uint8

const (
	genCreated genState = iota
	genSuspended
	genRunning
	genDone
)

type genOp uint8

const (
	opNone genOp = iota
	opYield
	opYieldFrom
)

// GenSuspended is what a generator's step function returns at a yield.
var GenSuspended any = &genYielded{}

type genYielded struct{}

// Generator is a generator object.
type Generator struct {
	name, qualName string
	step           func(co *Generator) any
	// PC is the resume point (0: not started), as for rt.Coro.
	PC    int32
	state genState
	// The suspension in progress: op, whether it has handed its value out
	// (waiting: the next Suspend call is a resumption), what goes out and
	// what came in.
	op      genOp
	waiting bool
	out     any
	sent    any
	thrown  *Exception
	// sub is the iterator a yield from delegates to; result its return
	// value once it finished.
	sub    any
	result any
}

// NewGenerator is calling a generator function (or evaluating a generator
// expression): nothing of the body runs yet.
func NewGenerator(name, qualName string, step func(co *Generator) any) *Generator {
	return &Generator{name: name, qualName: qualName, step: step}
}

// StartYield begins `yield v`.
func (g *Generator) StartYield(v any) {
	g.op, g.waiting, g.out = opYield, false, v
}

// StartYieldFrom begins `yield from x`: iter(x) is taken now.
func (g *Generator) StartYieldFrom(x any) {
	var sub any
	switch v := x.(type) {
	case *Generator, AwaitDelegate:
		sub = v
	default:
		sub = GetIter(x)
	}
	g.op, g.waiting, g.sub, g.result = opYieldFrom, false, sub, nil
}

// Suspend drives the current yield: true when the step must store its
// resume point and return GenSuspended (a value is going out), false once
// the yield is over (AwaitResult then has its value). An exception thrown
// in is raised from here, at the yield.
func (g *Generator) Suspend() bool {
	switch g.op {
	case opYield:
		if !g.waiting {
			g.waiting = true
			return true
		}
		g.waiting = false
		if exc := g.takeThrown(); exc != nil {
			// gen.throw() chains the exception to what the generator
			// itself is handling at the yield (resume gives it a state
			// boundary when anything is handled around it).
			ThrowIn(exc)
		}
		return false
	case opYieldFrom:
		var v any
		var ok bool
		if !g.waiting {
			v, ok = g.delegate(nil, nil)
		} else {
			v, ok = g.delegate(g.sent, g.takeThrown())
		}
		if ok {
			g.out, g.waiting = v, true
			return true
		}
		g.waiting = false
		return false
	}
	panic(New(SystemError, "generator resumed outside a yield"))
}

func (g *Generator) takeThrown() *Exception {
	exc := g.thrown
	g.thrown = nil
	return exc
}

// delegate passes one resumption on to the subiterator of a yield from:
// (value, true) when it yielded, (_, false) when it finished (g.result
// holds its return value). What it raises propagates.
func (g *Generator) delegate(sent any, thrown *Exception) (any, bool) {
	if thrown != nil {
		if thrown.Is(GeneratorExit) {
			// PEP 380: close the subiterator, then raise GeneratorExit here.
			if sg, ok := g.sub.(*Generator); ok {
				sg.Close()
			}
			g.sub = nil
			Rethrow(thrown)
		}
		if _, ok := g.sub.(AwaitDelegate); ok {
			panic(New(NotImplementedError, "not implemented: throw() into a generator delegating to an awaitable's __await__()"))
		}
		sg, ok := g.sub.(*Generator)
		if !ok {
			g.sub = nil
			Rethrow(thrown)
		}
		v, done := sg.resume(nil, thrown)
		if done {
			g.sub, g.result = nil, v
			return nil, false
		}
		return v, true
	}
	switch s := g.sub.(type) {
	case *Generator:
		v, done := s.resume(sent, nil)
		if done {
			g.sub, g.result = nil, v
			return nil, false
		}
		return v, true
	case AwaitDelegate:
		v, done := s.ResumeAwait()
		if done {
			g.sub, g.result = nil, v
			return nil, false
		}
		return v, true
	case *Iterator:
		if sent != nil {
			panic(New(AttributeError, fmt.Sprintf("'%s' object has no attribute 'send'", s.Kind)))
		}
		v, ok := s.Step()
		if !ok {
			g.sub, g.result = nil, nil
			return nil, false
		}
		return v, true
	}
	panic(New(SystemError, "yield from without a subiterator"))
}

// AwaitResult is the value of the finished yield: what send passed in, or
// the subgenerator's return value for yield from.
func (g *Generator) AwaitResult() any {
	op := g.op
	g.op = opNone
	if op == opYieldFrom {
		r := g.result
		g.result = nil
		return r
	}
	v := g.sent
	g.sent = nil
	return v
}

// resume runs the body until its next yield (value, false) or its end
// (return value, true); an exception it raises propagates.
func (g *Generator) resume(sent any, thrown *Exception) (v any, done bool) {
	if thrown != nil {
		// Not a fresh raise: its __context__ is only what the generator
		// itself handles at the yield (Suspend).
		thrown.fresh = false
	}
	switch g.state {
	case genRunning:
		panic(New(ValueError, "generator already executing"))
	case genDone:
		if thrown != nil {
			Rethrow(thrown)
		}
		return nil, true
	case genCreated:
		if sent != nil {
			panic(New(TypeError, "can't send non-None value to a just-started generator"))
		}
		if thrown != nil {
			g.state = genDone
			Rethrow(thrown)
		}
	}
	g.sent, g.thrown = sent, thrown
	g.state = genRunning
	finished := false
	// What the generator handles is its own (CPython's gi_exc_state): an
	// exception thrown in chains only to that. A boundary separates it
	// from what the caller handles, when the caller handles anything.
	boundary := -1
	if thrown != nil && HandlingAny() {
		boundary = EnterCoroutine()
	}
	defer func() {
		if boundary >= 0 {
			s := excState()
			s.handling = s.handling[:boundary]
		}
		if finished {
			return
		}
		g.state = genDone
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok && e.Is(StopIteration) {
				// PEP 479.
				AddTraceback(e)
				re := New(RuntimeError, "generator raised StopIteration")
				re.Cause, re.Context = e, e
				panic(withTraceback(re))
			}
			panic(r)
		}
	}()
	r := g.step(g)
	finished = true
	if r == GenSuspended {
		g.state = genSuspended
		out := g.out
		g.out = nil
		return out, false
	}
	g.state = genDone
	return r, true
}

// Resume runs the generator until its next yield (value, false) or its
// end (return value, true), sending sent or throwing thrown in: rt drives
// a generator an __await__ method returns with it.
func (g *Generator) Resume(sent any, thrown *Exception) (any, bool) {
	return g.resume(sent, thrown)
}

// AwaitDelegate is an iterator rt's awaitables return from __await__ (a
// coroutine's coroutine_wrapper, a future's FutureIter) when a generator
// delegates to it with yield from (`def __await__(self): return (yield
// from self.fut.__await__())`). ResumeAwait drives the awaitable on the
// running task: (AwaitSuspended, false) when the task must suspend (the
// task already knows what it waits for), (result, true) once it finished.
// An exception it raises propagates through the generator's frame.
type AwaitDelegate interface {
	ResumeAwait() (any, bool)
}

// AwaitSuspended is what an AwaitDelegate yields: only rt's await of the
// generator reads it (CPython's value, a future or None, stays inside rt).
var AwaitSuspended any = &awaitSuspended{}

type awaitSuspended struct{}

// stop raises StopIteration carrying a generator's return value.
func stop(v any) {
	if v == nil {
		panic(New(StopIteration))
	}
	panic(New(StopIteration, v))
}

// PyNext is next(g) without a default: (value, true), or (nil, false) at
// the end (the return value is dropped, as a for loop drops it).
func (g *Generator) PyNext() (any, bool) {
	v, done := g.resume(nil, nil)
	if done {
		return nil, false
	}
	return v, true
}

// PyIter iterates the generator itself.
func (g *Generator) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for {
			v, ok := g.PyNext()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// Send is g.send(v).
func (g *Generator) Send(v any) any {
	r, done := g.resume(v, nil)
	if done {
		stop(r)
	}
	return r
}

// Throw is g.throw(exc).
func (g *Generator) Throw(exc any) any {
	e := toException(exc)
	r, done := g.resume(nil, e)
	if done {
		stop(r)
	}
	return r
}

// Close is g.close().
func (g *Generator) Close() {
	switch g.state {
	case genCreated, genDone:
		g.state = genDone
		return
	}
	exc := Try(func() {
		if _, done := g.resume(nil, New(GeneratorExit)); !done {
			panic(New(RuntimeError, "generator ignored GeneratorExit"))
		}
	})
	if exc != nil && !exc.Is(GeneratorExit) && !exc.Is(StopIteration) {
		Rethrow(exc)
	}
}

func (g *Generator) PyRepr() string {
	return "<generator object " + g.qualName + " at " + addrHex(g) + ">"
}

func (g *Generator) PyType() string { return "generator" }

func (g *Generator) PyGetAttr(name string) (any, bool) {
	switch name {
	case "__name__":
		return g.name, true
	case "__qualname__":
		return g.qualName, true
	case "gi_running":
		return g.state == genRunning, true
	case "gi_suspended":
		return g.state == genSuspended, true
	case "send":
		return NewMethod("send", g, func(a []any, kw []KW) any {
			noKw("send", kw)
			arity("send", a, 1, 1)
			return g.Send(a[0])
		}), true
	case "throw":
		return NewMethod("throw", g, func(a []any, kw []KW) any {
			noKw("throw", kw)
			arity("throw", a, 1, 3)
			exc := a[0]
			if cls, ok := exc.(*Class); ok && len(a) > 1 && a[1] != nil {
				exc = cls.Call([]any{a[1]}, nil)
			}
			return g.Throw(exc)
		}), true
	case "close":
		return NewMethod("close", g, func(a []any, kw []KW) any {
			noKw("close", kw)
			arity("close", a, 0, 0)
			g.Close()
			return nil
		}), true
	case "__next__":
		return NewMethod("__next__", g, func(a []any, kw []KW) any {
			noKw("__next__", kw)
			arity("__next__", a, 0, 0)
			return g.Send(nil)
		}), true
	case "__iter__":
		return NewMethod("__iter__", g, func(a []any, kw []KW) any {
			noKw("__iter__", kw)
			arity("__iter__", a, 0, 0)
			return g
		}), true
	}
	return nil, false
}

// Keep is a cleanup generator's call at a site where the translation
// knows when CPython drops the generator (codegen/gencleanup.go): it
// records the generator in *dst for DropIters or DropAfter.
func Keep(dst *any, v any) any {
	*dst = v
	return v
}

// DropIters is where the last references to the iterators its arguments
// hold go away (a for loop over a generator's call left the loop): each
// generator is finalized as CPython's reference counting does it, last
// first, as a tuple drops its items (zip's iterators). A generator that
// never started or already finished runs nothing.
func DropIters(its ...any) {
	for i := len(its) - 1; i >= 0; i-- {
		if g, ok := its[i].(*Generator); ok {
			g.finalize()
		}
	}
}

// DropAfter is a call whose generator arguments (recorded by Keep in
// gens) die when it returns or raises: passed straight to list(), sum(),
// any(), next(), ... They are finalized then, before the result is used or
// the exception goes on.
func DropAfter(call func() any, gens ...*any) any {
	var r any
	exc := Try(func() { r = call() })
	its := make([]any, len(gens))
	for i, g := range gens {
		its[i] = *g
	}
	DropIters(its...)
	if exc != nil {
		panic(exc)
	}
	return r
}

// finalize is _PyGen_Finalize: close() at the generator's last reference.
// What close raises there, CPython reports as "Exception ignored in"
// (with the object's address) and goes on; that is not translated.
func (g *Generator) finalize() {
	if g.state == genCreated || g.state == genDone {
		g.state = genDone
		return
	}
	if exc := Try(g.Close); exc != nil {
		Unsupported("an exception raised by a generator's cleanup when the generator is dropped (CPython reports it as \"Exception ignored in\" and goes on): " + exc.String())
	}
}
