package codegen_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

// genInferred is gen with ir.Infer's types on the module, as the driver runs it.
func genInferred(t *testing.T, src string, opts codegen.Options) string {
	t.Helper()
	m, diags := frontend.Parse("m.py", []byte(src))
	require.False(t, diags.HasErrors(), "frontend: %v", diags)
	ir.Infer(m)
	out, diags := codegen.Generate(m, opts)
	require.False(t, diags.HasErrors(), "codegen: %v", diags)
	return string(out)
}

const typedSrc = `def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def mean(total: float, count: int) -> float:
    acc = 0.0
    for i in range(count):
        acc += total * i
    return acc / count

def shout(s: str) -> str:
    if s:
        return s + "!"
    return "?"

def vowels(s: str) -> int:
    n = 0
    for ch in s:
        if ch in "aeiou":
            n += 1
    return n

def keeps_any(x):
    def inner():
        return x + 1
    return inner()

print(fib(20), mean(1.5, 3), shout("hi"), vowels("typed"), keeps_any(1))
`

func TestTypedScalars(t *testing.T) {
	out := genInferred(t, typedSrc, codegen.Options{})
	assert.Contains(t, out, "func fib(n py.Int) py.Int {")
	assert.Contains(t, out, "if n.Lt(py.IntOf(2)) {")
	assert.Contains(t, out, "return fib(n.Sub(py.IntOf(1))).Add(fib(n.Sub(py.IntOf(2))))")
	assert.Contains(t, out, "func mean(total float64, count py.Int) float64 {")
	assert.Contains(t, out, "for i = range py.Ints(py.NewRange(count.Box())) {")
	// a product is rounded on its own (no FMA), division checks for zero
	assert.Contains(t, out, "acc = acc + float64(total*i.Float())")
	assert.Contains(t, out, "return py.FloatDiv(acc, count.Float())")
	assert.Contains(t, out, "func shout(s string) string {")
	assert.Contains(t, out, `if s != "" {`)
	assert.Contains(t, out, "for ch = range py.Strs(s) {")
	// boxed only where the value meets dynamic code
	assert.Contains(t, out, "fib(py.IntOf(20)).Box()")
	// a captured variable stays dynamic
	assert.Contains(t, out, "func keepsAny(x any) py.Int {")
	assert.Contains(t, out, "return py.AsInt(py.Add(x, 1))")
}

func TestDynamicOptionKeepsEverythingAny(t *testing.T) {
	out := genInferred(t, typedSrc, codegen.Options{Dynamic: true})
	assert.NotContains(t, out, "py.Int")
	assert.NotContains(t, out, "float64")
	assert.Contains(t, out, "func fib(n any) any {")
	assert.Contains(t, out, "func mean(total, count any) any {")
}

// An async def's typed locals are typed fields of its frame struct: bound
// by statements without an await and by the loops the step form flattens;
// a local bound from an await stays dynamic, and so do the parameters.
func TestTypedLocalsInAsyncDefs(t *testing.T) {
	src := `import asyncio

async def tally(name, sizes):
    total = 0
    label = "shard " + "x"
    for i in range(len(sizes)):
        total += sizes[i] * 2
        await asyncio.sleep(0)
    got = await asyncio.sleep(0, total)
    return f"{label}:{total}:{got}"

print(asyncio.run(tally("a", [1, 2])))
`
	out := genInferred(t, src, codegen.Options{})
	assert.Regexp(t, `var _f struct \{\n\t\ttotal +py\.Int\n\t\tlabel +string\n\t\ti +py\.Int\n\t\tgot +any\n`, out)
	assert.Contains(t, out, "func tally(name, sizes any) *rt.Coro {")
	assert.Contains(t, out, "_f.i = py.IntOf(_item1)")
	assert.Contains(t, out, "_f.total = _f.total.Add(py.AsInt(py.Mul(py.GetItem(sizes, _f.i.Box()), 2)))")
	assert.Contains(t, out, "_f.got = co.AwaitResult()")
	assert.Contains(t, out, `return _f.label + ":" + _f.total.String() + ":" + py.Str(_f.got)`)
	out = genInferred(t, src, codegen.Options{Dynamic: true})
	assert.NotContains(t, out, "py.Int")
}
