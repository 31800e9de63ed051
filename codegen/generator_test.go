package codegen_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pyasync2go/pyasync2go/codegen"
)

func TestGeneratorIsAStepFunction(t *testing.T) {
	out := gen(t, "def g(n):\n    x = yield n\n    yield from range(x)\n    return 3\nprint(list(g(1)))\n", codegen.Options{})
	assert.Contains(t, out, "py.NewGenerator(\"g\", \"g\"")
	assert.Contains(t, out, "co.StartYield(n)")
	assert.Contains(t, out, "co.StartYieldFrom(py.NewRange(")
	assert.Contains(t, out, "return py.GenSuspended")
}

func TestGenExpIsLazy(t *testing.T) {
	out := gen(t, "def f(xs):\n    return any(x > 1 for x in xs)\n", codegen.Options{})
	assert.Contains(t, out, "py.GetIter(xs)")
	assert.Contains(t, out, "py.NewGenerator(\"<genexpr>\", \"f.<locals>.<genexpr>\"")
	assert.NotContains(t, out, "py.NewList()")
}

// A generator whose close runs code (a yield under finally, with, or an
// except clause that can catch GeneratorExit) is closed where CPython's
// reference counting drops it: after a for loop over the call, after a
// consuming builtin returns. Every other use is rejected at the use.
func TestGeneratorCleanupIsTimedAtTheUse(t *testing.T) {
	for _, def := range []string{
		"def g():\n    try:\n        yield 1\n    finally:\n        print('x')\n",
		"def g():\n    try:\n        yield 1\n    except BaseException:\n        print('x')\n",
		"def g():\n    try:\n        yield 1\n    except:\n        pass\n",
		"def g():\n    try:\n        pass\n    finally:\n        yield 1\n",
		"def h():\n    try:\n        yield 1\n    finally:\n        print('x')\ndef g():\n    for x in h():\n        yield x\n",
	} {
		out := gen(t, def+"for x in g():\n    break\n", codegen.Options{})
		assert.Contains(t, out, "py.DropIters(", def)
		out = gen(t, def+"print(sum(g()), next(g(), None))\n", codegen.Options{})
		assert.Contains(t, out, "py.DropAfter(", def)
		lines := strings.Count(def, "\n")
		for use, why := range map[string]string{
			"it = g()\n":                   "stored",
			"print([x for x in g()])\n":    "comprehension",
			"print(max(x for x in g()))\n": "comprehension",
			"def f():\n    return g()\n":   "returned",
			"print(g())\n":                 "passed to code",
			"print(max(g(), g()))\n":       "passed to code",
			"f = g\n":                      "used as a value",
		} {
			diags := genErr(t, def+use)
			if assert.NotEmpty(t, diags, use) {
				assert.Contains(t, diags[0].Msg, why, def+use)
				assert.Equal(t, lines+strings.Count(use, "\n"), diags[0].Pos.Line, def+use)
			}
		}
	}
	// Stored, it is exact when a finally clause right after closes it,
	// or when contextlib.closing closes it at the end of a with block.
	def := "def g():\n    try:\n        yield 1\n    finally:\n        print('x')\n"
	gen(t, def+"def f():\n    it = g()\n    try:\n        next(it)\n    finally:\n        it.close()\n", codegen.Options{})
	gen(t, def+"import contextlib\nwith contextlib.closing(g()) as it:\n    next(it)\n", codegen.Options{})
	for _, use := range []string{
		"def f():\n    it = g()\n    try:\n        next(it)\n    finally:\n        print(1)\n        it.close()\n",
		"def f():\n    it = g()\n    it = g()\n    try:\n        next(it)\n    finally:\n        it.close()\n",
		"def f():\n    it = g()\n    next(it)\n    try:\n        next(it)\n    finally:\n        it.close()\n",
	} {
		diags := genErr(t, def+use)
		if assert.NotEmpty(t, diags, use) {
			assert.Contains(t, diags[0].Msg, "stored", use)
		}
	}
	// A method's calls cannot be followed: rejected at the def.
	diags := genErr(t, "class C:\n    def g(self):\n        try:\n            yield 1\n        finally:\n            print('x')\n")
	assert.Contains(t, diags[0].Msg, "a method")
	assert.Equal(t, 2, diags[0].Pos.Line)
	// Catching ordinary exceptions thrown in is no cleanup.
	gen(t, "def g():\n    try:\n        yield 1\n    except ValueError:\n        print('x')\nit = g()\n", codegen.Options{})
}

func TestPlainWithUsesTheProtocolEntryPoints(t *testing.T) {
	out := gen(t, "def f(a, b):\n    with a as x, b:\n        return x\n", codegen.Options{})
	assert.Contains(t, out, "py.Enter(")
	assert.Contains(t, out, "py.Exit(")
	assert.NotContains(t, out, "rt.AEnter")
}

func TestAsyncGeneratorAndAsyncFor(t *testing.T) {
	out := gen(t, "async def g():\n    yield 1\n\nasync def main():\n    async for v in g():\n        print(v)\n    print([x async for x in g()])\n", codegen.Options{})
	assert.Contains(t, out, "rt.NewAsyncGen(")
	assert.Contains(t, out, "rt.AIter(")
	assert.Contains(t, out, "co.StartANext(")
}

// A generator that contextlib's contextmanager (or asynccontextmanager)
// decorates directly is only driven by the context manager, which always
// resumes it to the end or throws into it and closes it: cleanup around
// its yield is exact. Any other decorator keeps the rejection.
func TestContextManagerGeneratorMayYieldUnderCleanup(t *testing.T) {
	body := "    try:\n        yield 1\n    finally:\n        print('x')\n"
	out := gen(t, "from contextlib import contextmanager\n@contextmanager\ndef g():\n"+body, codegen.Options{})
	assert.Contains(t, out, "rt.ContextlibContextmanager")
	gen(t, "import contextlib\n@contextlib.asynccontextmanager\nasync def g():\n"+body, codegen.Options{})
	for _, src := range []string{
		"from contextlib import contextmanager\n@contextmanager\n@print\ndef g():\n" + body,
		"from contextlib import asynccontextmanager\n@asynccontextmanager\ndef g():\n" + body,
		"def deco(f):\n    return f\n@deco\ndef g():\n" + body,
	} {
		diags := genErr(t, src)
		assert.Contains(t, diags[0].Msg, "this generator function", src)
	}
}

// singledispatch's register reads the first annotation of the function it
// is given, so that annotation is evaluated for a def decorated with
// `.register`; an annotation that is not a class name is a diagnostic.
func TestRegisterAnnotationIsEvaluated(t *testing.T) {
	src := "from functools import singledispatch\n@singledispatch\ndef f(x):\n    pass\n"
	out := gen(t, src+"@f.register\ndef _(x: int, y):\n    pass\n", codegen.Options{})
	assert.Contains(t, out, `py.WithAnnotation(`)
	diags := genErr(t, src+"@f.register\ndef _(x: int | str):\n    pass\n")
	assert.Contains(t, diags[0].Msg, "an annotation other than a class name on a function passed to register()")
	assert.Equal(t, 6, diags[0].Pos.Line)
}
