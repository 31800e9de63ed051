package ir_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

func parse(t *testing.T, src string) *ir.Module {
	t.Helper()
	m, ds := frontend.Parse("m.py", []byte(src))
	for _, d := range ds {
		t.Log(frontend.Render(d, []byte(src)))
	}
	require.False(t, ds.HasErrors(), "frontend rejected the snippet")
	return m
}

func summaryLines(s string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		out[l] = true
	}
	return out
}

// Each snippet is a runnable Python program; want lists lines that must
// appear in ir.TypeSummary.
var snippetCases = []struct {
	name, src string
	want      []string
}{
	{"ints", "x = 1\ny = x + 2 * 3\nz = y // 2 % 5 << 1\n",
		[]string{"x: int", "y: int", "z: int"}},
	{"floats", "a = 1 / 2\nb = 2.5 * 2\nc = 7 // 2.0\nd = abs(-1.5)\n",
		[]string{"a: float", "b: float", "c: float", "d: float"}},
	{"strs", "s = 'a' + 'b'\nt = '%d' % 3\nu = f'{s}!'\nv = s.upper()\nw = ', '.join(['x'])\n",
		[]string{"s: str", "t: str", "u: str", "v: str", "w: str"}},
	{"list via append", "xs = []\nfor i in range(3):\n    xs.append(i * 2)\n",
		[]string{"xs: list[int]", "i: int"}},
	{"list via extend and insert", "ys = []\nys.extend(['b'])\nys.insert(0, 'c')\nfirst = ys[0]\n",
		[]string{"ys: list[str]", "first: str"}},
	{"dict with mixed keys is Any-keyed", "d = {}\nd[1] = 'a'\nd['k'] = 'b'\n",
		[]string{"d: dict[Any, str]"}},
	{"dict via setdefault", "groups = {}\ngroups.setdefault('a', []).append(1)\n",
		[]string{"groups: dict[str, list[int]]"}},
	{"set via add", "s = set()\ns.add(3)\n", []string{"s: set[int]"}},
	// An empty iterable sums to the start: the int 0 by default.
	{"sum", "a = sum([1.5, 2.5])\nb = sum([1.5], 0.0)\nc = sum([True, False])\nd = sum([1, 2], True)\ne = sum([1, 2], start=0.5)\n",
		[]string{"a: Any", "b: float", "c: int", "d: Any", "e: float"}},
	{"dict from pairs", "names = ['a', 'b']\nd = dict(zip(names, [1.5, 2.5]))\ne = dict(d, k=3.5)\n",
		[]string{"d: dict[str, float]", "e: dict[str, float]"}},
	{"mixed list", "m = [1, 'a']\n", []string{"m: list[Any]"}},
	{"variable with two types", "v = 1\nv = 'x'\n", []string{"v: Any"}},
	{"params from all call sites", "def f(a, b):\n    return a + b\nf(1, 2)\nf(3, 4)\n",
		[]string{"f: (int, int) -> int", "f.a: int", "f.b: int"}},
	{"disagreeing call sites", "def g(a):\n    return a\ng(1)\ng('s')\n",
		[]string{"g.a: Any", "g: (Any) -> Any"}},
	{"no return is None", "def h():\n    print('x')\nh()\n", []string{"h: () -> None"}},
	{"comprehensions", "sq = [i * i for i in range(4)]\ninv = {v: k for k, v in {'a': 1}.items()}\n",
		[]string{"sq: list[int]", "inv: dict[int, str]"}},
	{"tuple unpacking", "a, b = 1, 'x'\nfirst, *rest = [1, 2, 3]\n",
		[]string{"a: int", "b: str", "first: int", "rest: list[int]"}},
	{"enumerate and zip", "for i, w in enumerate(['a']):\n    pass\nfor n, f in zip([1], [2.0]):\n    pass\n",
		[]string{"i: int", "w: str", "n: int", "f: float"}},
	{"sorted key lambda", "ws = sorted(['b', 'a'], key=lambda w: len(w))\n",
		[]string{"ws: list[str]", "<lambda>.w: str"}},
	{"exception handler", "try:\n    int('x')\nexcept ValueError as e:\n    print(e)\n",
		[]string{"e: Exception:ValueError"}},
	{"async def and create_task", `import asyncio
async def work(n):
    await asyncio.sleep(0)
    return n * 2
async def main():
    t = asyncio.create_task(work(1))
    r = await t
    c = work(2)
    print(r, await c)
asyncio.run(main())
`, []string{"work: async (int) -> int", "main.t: Task[int]", "main.r: int", "main.c: Coroutine[int]", "main: async () -> None"}},
	{"gather", `import asyncio
async def work(n):
    return str(n)
async def main():
    res = await asyncio.gather(work(1), *[work(i) for i in range(3)])
    g = asyncio.gather(work(5))
    print(res, await g)
asyncio.run(main())
`, []string{"main.res: list[str]", "main.g: Future[list[str]]"}},
	{"add_done_callback", `import asyncio
async def work():
    return 7
def on_done(fut):
    print(fut.result())
async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    t.add_done_callback(lambda f: print(f.done()))
    await t
asyncio.run(main())
`, []string{"on_done.fut: Task[int]", "on_done: (Task[int]) -> None", "main.<locals>.<lambda>.f: Task[int]"}},
	{"loop callbacks", `import asyncio
def tick(n, label):
    print(n, label)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(tick, 1, 'a')
    h = loop.call_later(0.01, tick, 2, 'b')
    fut = loop.create_future()
    loop.call_at(loop.time() + 0.02, fut.set_result, 'done')
    print(await fut, h.cancelled())
asyncio.run(main())
`, []string{"tick.n: int", "tick.label: str", "main.loop: EventLoop", "main.h: TimerHandle", "main.fut: Future[str]"}},
	{"sleep result", `import asyncio
async def main():
    x = await asyncio.sleep(0, 'r')
    y = await asyncio.sleep(0)
    print(x, y)
asyncio.run(main())
`, []string{"main.x: str", "main.y: None"}},
	{"queues", `import asyncio
async def main():
    q = asyncio.Queue()
    await q.put(1)
    q.put_nowait(2)
    item = await q.get()
    now = q.get_nowait()
    print(item, now)
asyncio.run(main())
`, []string{"main.q: Queue[int]", "main.item: int", "main.now: int"}},
	{"to_thread and run_in_executor", `import asyncio
def blocking(n):
    return n + 1
def other(s):
    return s * 2
async def main():
    r = await asyncio.to_thread(blocking, 2)
    loop = asyncio.get_running_loop()
    o = await loop.run_in_executor(None, other, 'ab')
    print(r, o)
asyncio.run(main())
`, []string{"blocking.n: int", "main.r: int", "other.s: str", "main.o: str"}},
	{"sync primitives", `import asyncio
async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    async with lock:
        ev.set()
    ok = await ev.wait()
    print(ok)
asyncio.run(main())
`, []string{"main.lock: Lock", "main.ev: Event", "main.ok: bool"}},
	{"wait", `import asyncio
async def work():
    return 1
async def main():
    t = asyncio.create_task(work())
    done, pending = await asyncio.wait([t])
    print(len(done), len(pending))
asyncio.run(main())
`, []string{"main.done: set[Task[int]]", "main.pending: set[Task[int]]"}},
	{"user exception class", `class MyError(Exception):
    pass
def f():
    raise MyError('x')
try:
    f()
except MyError as e:
    err = e
    print(err)
`, []string{"MyError: Class:MyError", "e: Exception:MyError", "err: Exception:MyError"}},
	{"closures", `def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c())
`, []string{"make_counter.count: int", "make_counter.inc: () -> int", "c: () -> int"}},
}

func TestSnippetTypes(t *testing.T) {
	for _, tc := range snippetCases {
		t.Run(tc.name, func(t *testing.T) {
			m := parse(t, tc.src)
			ds := ir.Infer(m)
			assert.Empty(t, ds)
			sum := ir.TypeSummary(m)
			got := summaryLines(sum)
			for _, w := range tc.want {
				assert.True(t, got[w], "missing %q in\n%s", w, sum)
			}
		})
	}
}

// The seed-000 notebook annotates `-> str` on a function returning inp*10.
func TestSeed000AnnotationWarning(t *testing.T) {
	for _, src := range []string{
		`def action_single(inp : int) -> str:
    print('input {}'.format(inp))
    return inp*10

print(action_single(1))
`,
		`import asyncio
async def action_single(inp : int) -> str:
    await asyncio.sleep(0)
    return inp*10

print(asyncio.run(action_single(1)))
`,
	} {
		m := parse(t, src)
		ds := ir.Infer(m)
		require.Len(t, ds, 1)
		d := ds[0]
		assert.Equal(t, ir.Warning, d.Severity)
		assert.Equal(t, "return annotation says 'str' but action_single returns 'int'", d.Msg)
		assert.Equal(t, "the annotation is ignored; the inferred type is used", d.Hint)
		line := strings.Split(src, "\n")[d.Pos.Line-1]
		assert.Equal(t, "str:", line[d.Pos.Col-1:])
		assert.Contains(t, ir.TypeSummary(m), "action_single.inp: int\n")
	}
}

func TestAnnotationsThatAgreeDoNotWarn(t *testing.T) {
	m := parse(t, `def f(a: int, b: float, c: list, d: int | None = None) -> dict:
    return {c[0]: a}
x: float = 1
f(1, 2, ['a'])
f(1, 2.5, ['b'], 3)
`)
	assert.Empty(t, ir.Infer(m))
}

func TestParameterAndVariableAnnotationWarnings(t *testing.T) {
	src := "def f(a: str):\n    return a\nf(1)\ny: int = 'x'\n"
	m := parse(t, src)
	ds := ir.Infer(m)
	require.Len(t, ds, 2)
	assert.Equal(t, "annotation says 'str' but parameter a of f is 'int'", ds[0].Msg)
	assert.Equal(t, ir.Pos{Line: 1, Col: 10}, ds[0].Pos)
	assert.Equal(t, "annotation says 'int' but y is 'str'", ds[1].Msg)
}

// Every corpus program gets types without a panic, and twice the same.
func TestCorpusIsDeterministic(t *testing.T) {
	files, err := filepath.Glob("../testdata/py/*.py")
	require.NoError(t, err)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		run := func() (string, ir.Diagnostics, bool) {
			m, ds := frontend.Parse(f, src)
			if ds.HasErrors() {
				return "", nil, false
			}
			wd := ir.Infer(m)
			return ir.TypeSummary(m), wd, true
		}
		s1, d1, ok := run()
		if !ok {
			continue
		}
		s2, d2, _ := run()
		assert.Equal(t, s1, s2, f)
		assert.Equal(t, d1, d2, f)
	}
}

// Infer types every expression and every symbol.
func TestCorpusEverythingTyped(t *testing.T) {
	files, err := filepath.Glob("../testdata/py/*.py")
	require.NoError(t, err)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		m, ds := frontend.Parse(f, src)
		if ds.HasErrors() {
			continue
		}
		ir.Infer(m)
		ir.Inspect(m, func(n any) bool {
			switch n := n.(type) {
			case ir.Expr:
				if n.GetType() == nil {
					t.Errorf("%s:%d:%d: %T has no type", f, n.GetPos().Line, n.GetPos().Col, n)
				}
			case *ir.FuncDef:
				for _, p := range n.Params {
					assert.NotNil(t, p.Sym.Type, "%s: parameter %s", f, p.Name)
				}
			}
			return true
		})
		scopes := []*ir.Scope{m.Scope}
		for _, fn := range m.Funcs {
			scopes = append(scopes, fn.Scope)
		}
		for _, sc := range scopes {
			for _, sym := range sc.Order {
				assert.NotNil(t, sym.Type, "%s: symbol %s", f, sym.Name)
			}
		}
	}
}

// TestInferredTypesHoldAtRuntime runs every corpus program under CPython with
// a tracer that checks each local variable's value against its inferred type
// at every line: a precise type that CPython contradicts is a bug (Any is
// always safe, a wrong precise type would miscompile).
func TestInferredTypesHoldAtRuntime(t *testing.T) {
	if testing.Short() || (os.Getenv("CI") != "true" && os.Getenv("INFER_RUNTIME_CHECK") == "") {
		t.Skip("runs python3 on the whole corpus (about a minute): set INFER_RUNTIME_CHECK=1")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	checker, _ := filepath.Abs("testdata/typecheck.py")
	oracle, _ := filepath.Abs("../testdata/oracle.py")
	files, err := filepath.Glob("testdata/soundness/*.py")
	require.NoError(t, err)
	if os.Getenv("INFER_RUNTIME_CHECK") != "soundness" {
		corpus, err := filepath.Glob("../testdata/py/*.py")
		require.NoError(t, err)
		files = append(files, corpus...)
	}
	dir := t.TempDir()
	for _, f := range files {
		f, _ = filepath.Abs(f)
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		m, ds := frontend.Parse(f, src)
		if ds.HasErrors() {
			assert.Contains(t, f, "/testdata/py/", "%s: frontend rejected it", f)
			continue
		}
		ir.Infer(m)
		summary := filepath.Join(dir, "summary.txt")
		violations := filepath.Join(dir, "violations.txt")
		require.NoError(t, os.WriteFile(summary, []byte(ir.TypeSummary(m)), 0o644))
		os.Remove(violations)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		cmd := exec.CommandContext(ctx, python, checker, summary, violations, oracle, f)
		cmd.Env = append(os.Environ(), "PYASYNC2GO_CLOCK=virtual")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		_ = cmd.Run() // programs may exit non-zero on purpose
		cancel()
		got, err := os.ReadFile(violations)
		if !assert.NoError(t, err, "%s: checker did not finish:\n%s", f, stderr.String()) {
			continue
		}
		assert.Empty(t, strings.TrimSpace(string(got)), "%s: inferred types contradicted at run time", filepath.Base(f))
	}
}
