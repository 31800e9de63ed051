package codegen_test

import (
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
	assert.NotContains(t, out, "NewCoro")
}

func TestGenExpIsLazy(t *testing.T) {
	out := gen(t, "def f(xs):\n    return any(x > 1 for x in xs)\n", codegen.Options{})
	assert.Contains(t, out, "py.GetIter(xs)")
	assert.Contains(t, out, "py.NewGenerator(\"<genexpr>\", \"f.<locals>.<genexpr>\"")
	assert.NotContains(t, out, "py.NewList()")
}

// A yield where closing the generator would run code is rejected: CPython
// closes an abandoned generator at once (reference counting).
func TestGeneratorCleanupAtYieldIsRejected(t *testing.T) {
	for _, src := range []string{
		"def g():\n    try:\n        yield 1\n    finally:\n        print('x')\n",
		"def g():\n    try:\n        yield 1\n    except BaseException:\n        print('x')\n",
		"def g():\n    try:\n        yield 1\n    except:\n        pass\n",
		"def g():\n    try:\n        pass\n    finally:\n        yield 1\n",
	} {
		diags := genErr(t, src)
		assert.Contains(t, diags[0].Msg, "this generator function", src)
		assert.Equal(t, 1, diags[0].Pos.Line)
	}
	// Catching ordinary exceptions thrown in is exact.
	gen(t, "def g():\n    try:\n        yield 1\n    except ValueError:\n        print('x')\n", codegen.Options{})
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
	assert.NotContains(t, out, "rt.NewCoro(")
}
