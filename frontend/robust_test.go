package frontend

import (
	"fmt"
	"math/rand"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/ir"
)

func TestEmptyFile(t *testing.T) {
	for _, src := range []string{"", "\n", "\xEF\xBB\xBF", "# only a comment\n", "\r\n\r\n"} {
		m, diags := Parse("m.py", []byte(src))
		assert.Empty(t, diags, "%q", src)
		assert.Empty(t, m.Body, "%q", src)
		assert.NotNil(t, m.Scope, "%q", src)
	}
}

func TestBinaryGarbage(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 50; i++ {
		buf := make([]byte, 1+rng.Intn(400))
		rng.Read(buf)
		buf[rng.Intn(len(buf))] = 0
		m, diags := Parse("bin.py", buf)
		require.NotNil(t, m)
		require.Len(t, diags, 1)
		assert.Equal(t, ir.Pos{Line: 1, Col: 1}, diags[0].Pos)
		assert.Equal(t, "source code cannot contain null bytes", diags[0].Msg)
		assert.NotContains(t, Render(diags[0], buf), "\x00")
	}
	_, diags := Parse("latin1.py", []byte("x = 'caf\xe9'\n"))
	require.Len(t, diags, 1)
	assert.Equal(t, ir.Pos{Line: 1, Col: 1}, diags[0].Pos)
	assert.Contains(t, diags[0].Msg, "not valid UTF-8")
}

func TestBOMCRLFAndTabs(t *testing.T) {
	src := "\xEF\xBB\xBFimport asyncio\r\nasync def main():\r\n\tif True:\r\n\t\tprint('tab')\r\n\tawait asyncio.sleep(0)\r\nasyncio.run(main())\r\n"
	m, diags := Parse("m.py", []byte(src))
	assert.Empty(t, msgs(diags))
	assert.Equal(t, "import asyncio\nasync def main() qual=main line=2 scope[asyncio:global#0]\n"+
		"  if True\n    builtin print(\"tab\")\n  await asyncio.sleep#0(0)\nasyncio.run#4(call main())\n", Dump(m))

	_, diags = Parse("m.py", []byte("def f():\r\n\tx = 1\r\n\treturn await x\r\n"))
	require.Len(t, diags, 1)
	assert.Equal(t, ir.Pos{Line: 3, Col: 9}, diags[0].Pos)
	assert.Equal(t, "m.py:3:9: error: 'await' outside async function\n"+
		"    3 |         return await x\n"+
		"      |                ^\n"+
		"hint: make the enclosing function `async def`\n", Render(diags[0], []byte("def f():\r\n\tx = 1\r\n\treturn await x\r\n")))
}

func TestUnicodeIdentifiers(t *testing.T) {
	src := "import asyncio\nasync def café(naïve, 名前):\n    π = 3.14\n    return f'{naïve} {名前} {π}'\nprint(asyncio.run(café('a', 'b')))\n"
	m, diags := Parse("m.py", []byte(src))
	assert.Empty(t, msgs(diags))
	fn := m.Funcs[0]
	assert.Equal(t, "café", fn.Name)
	assert.Equal(t, ir.SymParam, fn.Scope.Names["名前"].Kind)
	assert.Equal(t, ir.Pos{Line: 3, Col: 5}, fn.Scope.Names["π"].Pos)
}

func TestGoKeywordsAsNames(t *testing.T) {
	src := "type = 1; func = 2; go = 3; chan = 4; string = \"s\"; nil = None; rt = 5; main = 6; init = 7; fmt = 8\n" +
		"def select(range, map, interface, struct, defer, package, var, const):\n" +
		"    return range + map\n" +
		"print(type, func, go, chan, string, nil, rt, main, init, fmt, select(1, 2, 3, 4, 5, 6, 7, 8))\n"
	m, diags := Parse("m.py", []byte(src))
	assert.Empty(t, msgs(diags))
	for _, name := range []string{"type", "func", "go", "chan", "string", "nil", "rt", "main", "init", "fmt", "select"} {
		if assert.Contains(t, m.Scope.Names, name) {
			assert.Equal(t, ir.SymLocal, m.Scope.Names[name].Kind, name)
		}
	}
	last := m.Body[len(m.Body)-1].(*ir.ExprStmt).X.(*ir.BuiltinCall)
	assert.Equal(t, "print", last.Name)
	// `type` is shadowed by the module binding: a plain name, not a builtin.
	assert.Equal(t, ir.SymLocal, last.Args[0].Value.(*ir.Name).Sym.Kind)
}

func TestDeeplyNestedBlocks(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("def f(x):\n")
	depth := 60
	for i := 1; i <= depth; i++ {
		fmt.Fprintf(&sb, "%sif x > %d:\n", strings.Repeat(" ", 4*i), i)
	}
	fmt.Fprintf(&sb, "%sreturn x\n", strings.Repeat(" ", 4*(depth+1)))
	sb.WriteString("print(f(100))\n")
	m, diags := Parse("deep.py", []byte(sb.String()))
	assert.Empty(t, msgs(diags))
	levels := 0
	body := m.Funcs[0].Body
	for len(body) == 1 {
		ifs, ok := body[0].(*ir.If)
		if !ok {
			break
		}
		levels++
		body = ifs.Body
	}
	assert.Equal(t, depth, levels)
}

func TestLargeFileIsFast(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("import asyncio\n")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&sb, "async def f%d(x, y=%d):\n    z = [x * %d for _ in range(y)]\n    await asyncio.sleep(0)\n    return f'{z!r} {x=}'\n", i, i, i)
	}
	src := []byte(sb.String())
	require.GreaterOrEqual(t, strings.Count(sb.String(), "\n"), 12000)
	// CPU time, not wall time: the test machine is shared and often loaded.
	startCPU, start := cpuTime(), time.Now()
	m, diags := Parse("big.py", src)
	elapsedCPU, elapsed := cpuTime()-startCPU, time.Since(start)
	assert.Empty(t, msgs(diags))
	assert.Len(t, m.Funcs, 3000)
	t.Logf("parsed %d lines: %v CPU, %v wall", strings.Count(sb.String(), "\n"), elapsedCPU, elapsed)
	limit := 900 * time.Millisecond
	if testing.CoverMode() != "" || raceEnabled {
		limit *= 5
	}
	assert.Less(t, elapsedCPU, limit, "parsing 12,000 lines took %v of CPU", elapsedCPU)
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestUnclosedBracketsAtEOF(t *testing.T) {
	for _, src := range []string{"print(", "x = [1, 2", "d = {'a': (1,", "f(a, [b, {c", "x = (\n\n\n", "async def f():\n    await g(\n"} {
		_, diags := Parse("m.py", []byte(src))
		if assert.NotEmpty(t, diags, "%q", src) {
			assert.Contains(t, diags[0].Msg, "was never closed", "%q", src)
		}
	}
}

func TestLineContinuationBeforeBracketOrString(t *testing.T) {
	m, diags := Parse("m.py", []byte("x = 1 + \\\n(2)\ny = \"a\" \\\r\n\"b\"\n"))
	assert.Empty(t, msgs(diags))
	assert.Equal(t, "x = (1 + 2)\ny = \"ab\"\n", Dump(m))
}

func TestValidPythonParsesCleanly(t *testing.T) {
	src := "x = [1]\ny = *x, *x\nfor v in *x, *x:\n    pass\n" +
		"print(f\"{x!r:>{2}} {'{'} {'}'}\")\n" +
		"async def g(a, b):\n    async with (a as l1, b as l2):\n        pass\n" +
		"z = 1_0j + 0_0 + 0.0_1\ns = Rb'\\x' + BR\"\\x\"\n"
	_, diags := Parse("m.py", []byte(src))
	assert.Empty(t, msgs(diags))
}

func TestSyntaxErrorsAreAllReported(t *testing.T) {
	src := "print 'a'\nz = 0b12\nif z\n    pass\ny = 1\ndef f():\n    return await y\n"
	_, diags := Parse("m.py", []byte(src))
	var lines []int
	for _, d := range diags {
		lines = append(lines, d.Pos.Line)
	}
	assert.Equal(t, []int{1, 2, 3, 7}, lines, "%v", msgs(diags))
}

func TestNeverPanics(t *testing.T) {
	inputs := []string{
		"def", "async", "await", "lambda", "class", "(", ")", "[", "{", "\"", "'''", "f'{", "f'{x!", "f'{x:{'",
		"@", "@x\n", "try:\n", "except", "x = yield", "del", "global", "nonlocal", "import", "from", "from x import",
		"with", "async with", "async for", "for in", "if:", "else:", "match x:\n case", "x: int", "*a = 1",
		"a = *b", "print(*)", "f(**)", "x[::", "x.", "1.e", "0x", "0b", "1__2", "'\\N{'", "b'\\x'", "u'", "rb'",
		"\\", "\t\tx", " x", "\f", "x = 1;;", "lambda: (yield)", "async def f(): yield from x",
		"def f(*, **k): pass", "def f(a, a): pass", "def f(/, a): pass", "class A(*b): pass",
		"f'{x=!r:>10}'", "nonlocal x", "return", "x := 1", "(x := 1)", "[x for x in y if (z := x)]",
	}
	for _, src := range inputs {
		assert.NotPanics(t, func() { Parse("m.py", []byte(src)) }, "%q", src)
	}
}

// FuzzParse: Parse and Render must never panic and every diagnostic must
// have a position inside the file.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n",
		"x = f'{a!r:>{w}}' b'\\x00'", "def f(a, /, b=1, *c, d, **e): return lambda: (yield)", "\x00\xff", "if x:\npass"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("Parse hangs on %q", src)) })
		defer watchdog.Stop()
		m, diags := Parse("fuzz.py", src)
		if m == nil {
			t.Fatal("nil module")
		}
		// Python's tokenizer ends a line at "\r\n", "\n" or a lone "\r".
		lines := strings.Count(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n") + strings.Count(strings.ReplaceAll(string(src), "\r\n", "\n"), "\r") + 1
		for _, d := range diags {
			if d.Pos.Line < 1 || d.Pos.Line > lines || d.Pos.Col < 1 {
				t.Fatalf("diagnostic outside the file: %+v", d)
			}
			if strings.HasPrefix(d.Msg, "internal error") {
				t.Fatalf("internal error: %s", d.Msg)
			}
			_ = Render(d, src)
		}
	})
}
