package codegen_test

import (
	"go/format"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

// gen translates a Python snippet and checks the invariants every output
// must meet: no diagnostics, gofmt-clean, parses as Go.
func gen(t *testing.T, src string, opts codegen.Options) string {
	t.Helper()
	m, diags := frontend.Parse("m.py", []byte(src))
	require.False(t, diags.HasErrors(), "frontend: %v", diags)
	out, diags := codegen.Generate(m, opts)
	require.False(t, diags.HasErrors(), "codegen: %v", diags)
	formatted, err := format.Source(out)
	require.NoError(t, err)
	require.Equal(t, string(formatted), string(out), "output is not gofmt-clean")
	_, err = parser.ParseFile(token.NewFileSet(), "m.go", out, parser.ParseComments)
	require.NoError(t, err)
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "//line") {
			assert.True(t, strings.HasPrefix(line, "//line m.py:") || line == "//line m_py.go:1", "line directive must start the line: %q", line)
		}
	}
	return string(out)
}

func genErr(t *testing.T, src string) ir.Diagnostics {
	t.Helper()
	m, diags := frontend.Parse("m.py", []byte(src))
	require.False(t, diags.HasErrors(), "frontend: %v", diags)
	out, diags := codegen.Generate(m, codegen.Options{})
	assert.Nil(t, out)
	require.True(t, diags.HasErrors())
	return diags
}

func TestSayAfterShape(t *testing.T) {
	out := gen(t, `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    await say_after(1, 'hello')

asyncio.run(main())
`, codegen.Options{})
	for _, frag := range []string{
		"package main",
		`var sayAfterInfo = &rt.CoroInfo{`,
		`QualName: "say_after"`,
		"func sayAfter(delay, what any) *rt.Coro {",
		"return rt.NewStepCoro(sayAfterInfo /*line m.py:3:1*/, func(co *rt.Coro) any {",
		"co.At(4)\n//line m.py:4\n\t\tco.StartSleep(delay, nil)\n\tresume1:\n//line m.py:4\n\t\tif co.Suspend() {",
		"py.Print(what)",
		"co.StartAwait(sayAfter(1, \"hello\"))",
		"func pyMain() *rt.Coro",
		"rt.Run(pyMain(), nil)",
		"func main() {\n\trt.Main(program)\n}",
		"//line m.py:3\nfunc sayAfter",
	} {
		assert.Contains(t, out, frag)
	}
	assert.NotContains(t, out, `"fmt"`)
}

func TestPackageModeExportsMain(t *testing.T) {
	out := gen(t, "print('hi')\n", codegen.Options{Package: "hello"})
	assert.Contains(t, out, "package hello")
	assert.Contains(t, out, "func Main() int {\n\treturn rt.RunProgram(program)\n}")
	assert.NotContains(t, out, "func main()")
}

func TestRenamerAvoidsGoNamesAndCollisions(t *testing.T) {
	out := gen(t, `
string = 1
nil = 2
say_after = 3
sayAfter = 4
len_ = 5
rt = 6
py = 7
program = 8
def init(): pass
init()
print(string, nil, say_after, sayAfter, len_, rt, py, program)
`, codegen.Options{})
	assert.Contains(t, out, "pyString ")
	assert.Contains(t, out, "pyNil ")
	assert.Contains(t, out, "sayAfter ")
	assert.Contains(t, out, "sayAfter2 ")
	assert.Contains(t, out, "pyRt ")
	assert.Contains(t, out, "pyPy ")
	assert.Contains(t, out, "pyProgram ")
	assert.Contains(t, out, "func pyInit() any")
}

func TestDefBoundTwiceIsAVariable(t *testing.T) {
	out := gen(t, `import asyncio
async def mycoro(n):
    return n
c = mycoro(3)
async def mycoro(n):
    return n + 1
c2 = mycoro(4)
`, codegen.Options{})
	assert.Contains(t, out, "mycoro = py.NewFunction(")
	assert.Contains(t, out, `c = py.Call(mycoro, []any{3}, nil)`)
	assert.NotContains(t, out, "func mycoro(")
}

func TestNeverAwaitedGoesThroughDiscard(t *testing.T) {
	out := gen(t, `import asyncio
async def f(): pass
async def main():
    f()
    asyncio.sleep(1)
    print("x")
asyncio.run(main())
`, codegen.Options{})
	assert.Contains(t, out, `rt.Discard(f(), "m.py", 4, "f()")`)
	assert.Contains(t, out, `rt.Discard(rt.Sleep(1, nil), "m.py", 5, "asyncio.sleep(1)")`)
	assert.Contains(t, out, "//line m.py:6\n\t\tpy.Print(\"x\")")
}

func TestStaticCallBindsDefaultsAndKeywords(t *testing.T) {
	out := gen(t, `
def f(a, b=len("xy"), *rest, c=3, **kw):
    return a
f(1)
f(1, 2, 3, c=4, d=5)
f(*[1])
`, codegen.Options{})
	assert.Contains(t, out, "fDefaultB = py.Len(\"xy\")")
	assert.Contains(t, out, "f(1, fDefaultB, py.Tuple{}, fDefaultC, py.NewDict())")
	assert.Contains(t, out, "f(1, 2, py.Tuple{3}, 4, py.DictOf(\"d\", 5))")
	assert.Contains(t, out, "py.Call(fFn, slices.Collect(py.Iter(py.NewList(1))), nil)")
}

func TestLiteralsKeepEveryByte(t *testing.T) {
	out := gen(t, "print(\"a\\x00b\\\"c\\\\d\\U0001F600\", 123456789012345678901234567890, 1e400, -5)\n", codegen.Options{})
	assert.Contains(t, out, `"a\x00b\"c\\d😀"`)
	assert.Contains(t, out, `py.BigInt("123456789012345678901234567890")`)
	assert.Contains(t, out, `math.Inf(1)`)
	assert.Contains(t, out, `, -5)`)
}

func TestChainedComparisonEvaluatesMiddleOnce(t *testing.T) {
	out := gen(t, "def m(): return 2\nprint(1 < m() < 3)\n", codegen.Options{})
	assert.Contains(t, out, "_cmp2 := m()")
	assert.Equal(t, 1, strings.Count(out, "m()\n")+strings.Count(out, "m())"), out)
}

func TestTopLevelAwaitRunsModuleAsCoroutine(t *testing.T) {
	out := gen(t, "import asyncio\nawait asyncio.sleep(1)\nprint('x')\n", codegen.Options{})
	assert.Contains(t, out, `Name:     "<module>"`)
	assert.Contains(t, out, "rt.Run(rt.NewStepCoro(moduleInfo, func(co *rt.Coro) any {")
	assert.Contains(t, out, "co.StartSleep(1, nil)")
}

func TestAsyncWithAndExceptStar(t *testing.T) {
	out := gen(t, `import asyncio
async def main():
    lock = asyncio.Lock()
    try:
        async with lock, asyncio.TaskGroup() as tg:
            tg.create_task(main())
    except* ValueError as eg:
        print(eg)
`, codegen.Options{})
	// Both items are handler regions of the step form: __aexit__ is
	// awaited on the normal path and on the exceptional one of each.
	assert.Equal(t, 2, strings.Count(out, "co.StartAEnter(_f._cm"))
	assert.Equal(t, 4, strings.Count(out, "co.StartAExit(_f._cm"))
	assert.Contains(t, out, ".Split(py.ValueError)")
}

func TestBreakOutOfTryInsideLoop(t *testing.T) {
	out := gen(t, `
for i in range(3):
    try:
        if i:
            break
        continue
    finally:
        print(i)
`, codegen.Options{})
	assert.Contains(t, out, "if py.Truth(i) {\n\t\t\t\t_ctl = 2\n\t\t\t\treturn")
	assert.Contains(t, out, "if _ctl == 2 {\n\t\t\t_ctl = 0\n\t\t\tbreak\n\t\t}")
	assert.Contains(t, out, "if _ctl == 3 {\n\t\t\t_ctl = 0\n\t\t\tcontinue\n\t\t}")
}

func TestUnreachableCodeIsDropped(t *testing.T) {
	out := gen(t, "def f():\n    return 1\n    print('dead')\nf()\n", codegen.Options{})
	assert.NotContains(t, out, "py.Print")
}

func TestUnsupportedIsADiagnosticNotCode(t *testing.T) {
	diags := genErr(t, "x = 1j\n")
	assert.Contains(t, diags[0].Msg, "complex numbers is not supported yet")
	assert.Equal(t, 1, diags[0].Pos.Line)
}

func TestInternalPanicBecomesDiagnostic(t *testing.T) {
	m := &ir.Module{File: "m.py", Path: "m.py", Body: []ir.Stmt{(*ir.ExprStmt)(nil)}}
	out, diags := codegen.Generate(m, codegen.Options{})
	assert.Nil(t, out)
	require.True(t, diags.HasErrors())
	assert.Contains(t, diags[0].Msg, "internal error")
}

func TestHandWrittenIR(t *testing.T) {
	// print(1 + 2) without the frontend.
	m := &ir.Module{File: "m.py", Path: "m.py", Scope: &ir.Scope{Kind: ir.ModuleScope, Names: map[string]*ir.Symbol{}}}
	m.Body = []ir.Stmt{&ir.ExprStmt{StmtBase: ir.StmtBase{Pos: ir.Pos{Line: 1, Col: 1}}, X: &ir.BuiltinCall{
		Name: "print",
		Args: []ir.Arg{{Value: &ir.BinOp{Op: ir.Add, X: &ir.IntLit{Value: "1"}, Y: &ir.IntLit{Value: "2"}}}},
	}}}
	out, diags := codegen.Generate(m, codegen.Options{})
	require.False(t, diags.HasErrors(), "%v", diags)
	assert.Contains(t, string(out), "//line m.py:1\n\tpy.Print(py.Add(1, 2))")
}

func TestRuntimeTypedVariablesBindMethods(t *testing.T) {
	out := gen(t, `import asyncio
async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    q.put_nowait(1)
    loop.call_soon(print, "x")
    print(loop.time(), q.qsize(), q.get_nowait())
    loop.call_soon(print, sep="")
    other = asyncio.get_running_loop()
    other = None
asyncio.run(main())
`, codegen.Options{})
	// The coroutine's locals are the fields of its frame struct _f.
	assert.Regexp(t, `\n\t\tloop +\*rt\.Loop\n`, out)
	assert.Regexp(t, `\n\t\tq +\*rt\.Queue\n`, out)
	assert.Regexp(t, `\n\t\tother +any\n`, out)
	assert.Contains(t, out, "\t\t_f.q.PutNowait(1)\n")
	assert.Contains(t, out, `_f.loop.CallSoon(py.Builtin("print"), "x")`)
	assert.Contains(t, out, "py.Print(_f.loop.Time(), _f.q.Qsize(), _f.q.GetNowait())")
	assert.Contains(t, out, `py.CallMethod(_f.loop, "call_soon", []any{py.Builtin("print")}, []py.KW{{Name: "sep", Value: ""}})`)
}

// A real method of a builtin type that the runtime does not implement is
// a diagnostic naming it when Infer knows the receiver's type, and stays a
// run-time call (the runtime's unsupported stop) when it does not.
func TestUnimplementedBuiltinMethodIsADiagnostic(t *testing.T) {
	generate := func(src string) ([]byte, ir.Diagnostics) {
		m, diags := frontend.Parse("m.py", []byte(src))
		require.False(t, diags.HasErrors(), "frontend: %v", diags)
		require.False(t, ir.Infer(m).HasErrors())
		return codegen.Generate(m, codegen.Options{})
	}
	out, diags := generate("def f():\n    name = 'x'\n    n = name.__len__()\n    xs = [1]\n    print(xs.__reversed__(), n)\nf()\n")
	assert.Nil(t, out)
	require.Len(t, diags, 2)
	assert.Equal(t, "'str.__len__' is not supported by pyasync2go", diags[0].Msg)
	assert.Equal(t, 3, diags[0].Pos.Line)
	assert.Equal(t, "'list.__reversed__' is not supported by pyasync2go", diags[1].Msg)
	out, diags = generate("def f(x):\n    return x.__len__()\nprint(f('a'), f([1]), 'ab'.upper())\n")
	require.False(t, diags.HasErrors(), "%v", diags)
	assert.Contains(t, string(out), `py.CallMethod0(x, "__len__")`)
}

// Method calls of up to two positional arguments take py.CallMethod0/1/2
// (no argument slice), int(x) takes py.Int; other shapes keep the general
// calls.
func TestFastCallShapes(t *testing.T) {
	out := gen(t, "def f(s, d):\n    k, _, v = s.partition('=')\n    d[k] = d.get(k, 0) + int(v)\n    return s.strip(), s.split(',', 1), s.split(sep=','), int(v, 16), s.replace('a', 'b', 1)\nprint(f('a=1', {}))\n", codegen.Options{})
	for _, frag := range []string{
		`py.CallMethod1(s, "partition", "=")`,
		`py.CallMethod2(d, "get", k, 0)`,
		`py.IntCall(v2)`,
		`py.CallMethod0(s, "strip")`,
		`py.CallMethod2(s, "split", ",", 1)`,
		`py.CallMethod(s, "split", nil, []py.KW{{Name: "sep", Value: ","}})`,
		`py.CallBuiltin("int", []any{v2, 16}, nil)`,
		`py.CallMethod(s, "replace", []any{"a", "b", 1}, nil)`,
	} {
		assert.Contains(t, out, frag)
	}
}

// A power of constants CPython makes complex is rejected; the real ones are not.
func TestComplexPowerOfConstantsIsADiagnostic(t *testing.T) {
	for _, src := range []string{"print((-8) ** (1 / 3))\n", "x = (-2.5) ** 0.5\n", "x = -(3) ** -0.25 if False else (-3) ** -0.25\n"} {
		diags := genErr(t, src)
		assert.Contains(t, diags[0].Msg, "complex numbers are not supported", src)
	}
	gen(t, "print((-8) ** 2, (-8.0) ** 2.0, 8 ** (1 / 3), -8 ** 0.5, (-8) ** float('inf'))\n", codegen.Options{})
}
