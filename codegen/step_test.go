package codegen_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
)

// forms maps each async def's Go function name to "step" when it is a step
// function (the only form codegen emits).
func forms(t *testing.T, out string) map[string]string {
	t.Helper()
	got := map[string]string{}
	head := regexp.MustCompile(`(?m)^func (\w+)\([^)]*\) \*rt\.Coro \{\n`)
	for _, m := range head.FindAllStringSubmatchIndex(out, -1) {
		name := out[m[2]:m[3]]
		body := out[m[1]:]
		body = body[:strings.Index(body, "\n}\n")]
		if strings.Contains(body, "\treturn rt.NewStepCoro(") {
			got[name] = "step"
		}
	}
	return got
}

func TestStepFormEligibility(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"no await", "async def f():\n    return 1\n", "step"},
		{"await in a comprehension", "async def f(xs):\n    return [await x for x in xs]\n", "step"},
		{"expression statement", "async def f(x):\n    await x\n", "step"},
		{"plain-name assignment", "async def f(x):\n    y = await x\n    return y\n", "step"},
		{"global assignment", "g = 0\nasync def f(x):\n    global g\n    g = await x\n", "step"},
		{"augmented assignment", "async def f(x):\n    y = 1\n    y += await x\n    return y\n", "step"},
		{"return await", "async def f(x):\n    return await x\n", "step"},
		{"tuple, attribute and chained targets", "async def f(x):\n    a, b = await x\n    x.y = await x\n    a = x[0] = await x\n", "step"},
		{"awaits among call arguments", "import asyncio\ndef g(a, b=1, *c, k=0): pass\nasync def f(x):\n    print(x, await x, x.y)\n    y = g(await x, k=await x)\n    return asyncio.create_task(await x)\n", "step"},
		{"if/elif/else", "async def f(x):\n    if x:\n        await x\n    elif x > 1:\n        return await x\n    else:\n        y = await x\n", "step"},
		{"while with else", "async def f(x):\n    while x:\n        await x\n        if x: break\n    else:\n        await x\n", "step"},
		{"for with continue", "async def f(xs):\n    for x in xs:\n        if x: continue\n        await x\n", "step"},
		{"try without awaits", "async def f(x):\n    try:\n        print(x)\n    except ValueError:\n        return 1\n    await x\n", "step"},
		{"break out of try in a loop that does not await", "async def f(x):\n    for i in x:\n        try:\n            break\n        finally:\n            pass\n    await x\n", "step"},
		{"async with", "import asyncio\nasync def f(x):\n    async with asyncio.Lock() as l, x:\n        await x\n        for i in x:\n            if i:\n                break\n", "step"},
		{"return inside async with", "import asyncio\nasync def f(x):\n    async with asyncio.Lock():\n        if x:\n            return await x\n        while x:\n            return 2\n", "step"},
		{"await in try", "async def f(x):\n    while x:\n        try:\n            y = await x\n            if y:\n                break\n            return y\n        except ValueError as e:\n            print(e)\n        except KeyError:\n            return 2\n        else:\n            await x\n", "step"},
		{"return inside try/finally", "async def f(x):\n    try:\n        if x:\n            return await x\n        return 2\n    finally:\n        print(1)\n", "step"},
		{"await in try/finally", "async def f(x):\n    try:\n        try:\n            await x\n        except ValueError:\n            raise\n    finally:\n        print(1)\n", "step"},
		{"await in a nested def's body only", "async def f(x):\n    async def g():\n        await x\n    await g()\n", "step"},
		{"await in a method call argument", "async def f(x):\n    x.append(await x)\n", "step"},
		{"await nested in a call argument", "async def f(x):\n    print(len(await x))\n", "step"},
		{"await nested in another argument", "async def f(x):\n    print(await x, len(await x))\n", "step"},
		{"await in a call argument of a variable", "async def f(x, g):\n    g(await x)\n", "step"},
		{"await inside the awaited expression", "async def f(x):\n    await g(await x)\nasync def g(y): pass\n", "step"},
		{"await in a target", "async def f(x):\n    x[await x] = 1\n", "step"},
		{"await in an if condition", "async def f(x):\n    if await x:\n        pass\n", "step"},
		{"await in a while condition", "async def f(x):\n    while await x:\n        pass\n", "step"},
		{"await in a for iterable", "async def f(x):\n    for i in await x:\n        pass\n", "step"},
		{"await in an async with header", "import asyncio\nasync def f(x):\n    async with await x:\n        pass\n", "step"},
		{"await in a comprehension inside an expression", "async def f(xs):\n    return 1 + len([await x for x in xs])\n", "step"},
		{"await in a boolean operator", "async def f(x):\n    y = x and await x\n", "step"},

		{"await in an except clause", "async def f(x):\n    try:\n        pass\n    except ValueError:\n        await x\n", "step"},
		{"await in a finally clause", "async def f(x):\n    try:\n        await x\n    finally:\n        await x\n", "step"},
		{"await inside try/except*", "async def f(x):\n    try:\n        await x\n    except* ValueError:\n        pass\n", "step"},
		{"await in an except* clause", "async def f(x):\n    try:\n        pass\n    except* ValueError:\n        await x\n", "step"},
		{"return inside an except clause of try/finally", "async def f(x):\n    try:\n        await x\n    except ValueError:\n        return 1\n    finally:\n        print(1)\n", "step"},
		{"break out of try/finally that awaits", "async def f(x):\n    while x:\n        try:\n            await x\n            break\n        finally:\n            print(1)\n", "step"},
		{"jump in the finally clause", "async def f(x):\n    while x:\n        try:\n            await x\n        finally:\n            continue\n", "step"},
		{"return inside a try inside async with", "import asyncio\nasync def f(x):\n    async with asyncio.Lock():\n        try:\n            return 1\n        finally:\n            pass\n", "step"},
		{"break out of async with", "import asyncio\nasync def f(x):\n    for i in x:\n        async with asyncio.Lock():\n            if i:\n                break\n", "step"},
		{"break out of try in a loop that awaits", "async def f(x):\n    for i in x:\n        await i\n        try:\n            break\n        finally:\n            pass\n", "step"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := gen(t, tc.src, codegen.Options{})
			assert.Equal(t, tc.want, forms(t, out)["f"], out)
		})
	}
}

// What the evaluation-order pass cannot place exactly is rejected with a
// diagnostic naming the construct (there is no other form to fall back to).
func TestStepFormRejections(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"async def f(x):\n    def g(y=await x):\n        return y\n    return g()\n", "this async def (an await or yield in a def or class statement's defaults, decorators or bases) is not supported yet"},
		{"async def f(x):\n    try:\n        pass\n    except (await x):\n        pass\n", "this async def (an await or yield in an except clause's exception type) is not supported yet"},
		{"async def f(x):\n    class C(await x):\n        pass\n", "this async def (an await or yield in a def or class statement's defaults, decorators or bases) is not supported yet"},
	} {
		diags := genErr(t, tc.src)
		require.NotEmpty(t, diags, tc.src)
		assert.Equal(t, tc.want, diags[0].Msg, tc.src)
		assert.Equal(t, 1, diags[0].Pos.Line, tc.src)
	}
}

func TestStepFormShapes(t *testing.T) {
	out := gen(t, `import asyncio
counter = 0
async def f(q, xs):
    global counter
    for x in xs:
        if x == 1:
            continue
        counter += await asyncio.sleep(0, x)
        await q.put(x)
    else:
        print("done")
    while True:
        item = await q.get()
        if item is None:
            break
    return await asyncio.sleep(1)
async def main():
    q = asyncio.Queue()
    await f(q, [1, 2])
asyncio.run(main())
`, codegen.Options{})
	assert.Equal(t, map[string]string{"f": "step", "pyMain": "step"}, forms(t, out))
	for _, frag := range []string{
		// Persistent state lives outside the step function, in one
		// frame struct (one allocation per call).
		"func f(q, xs any) *rt.Coro {\n\tvar _f struct {\n\t\tx    any\n\t\titem any\n\t\t_it  *py.Iterator\n\t\t_aug any\n\t}\n\treturn rt.NewStepCoro(fInfo",
		"switch co.PC {\n\t\tcase 1:\n\t\t\tgoto resume1\n\t\tcase 2:\n\t\t\tgoto resume2\n\t\tcase 3:\n\t\t\tgoto resume3\n\t\tcase 4:\n\t\t\tgoto resume4\n\t\t}",
		"_f._it = py.GetIter(xs)",
		"goto loop1",
		"goto loop1Else",
		// x += await E loads x before the await.
		"_f._aug = counter\n//line m.py:8\n\t\tco.StartSleep(0, _f.x)\n\tresume1:",
		"counter = py.IAdd(_f._aug, co.AwaitResult())",
		// q is untyped inside f: put goes through the dynamic path.
		`co.StartAwait(py.CallMethod1(q, "put", _f.x))`,
		"if co.Suspend() {\n\t\t\tco.PC = 2\n\t\t\treturn rt.Suspended\n\t\t}",
		"goto loop2End",
		"return co.AwaitResult()",
	} {
		assert.Contains(t, out, frag)
	}
	// A typed queue takes the fast path.
	main := out[strings.Index(out, "func pyMain()"):]
	assert.NotContains(t, main, "StartQueue")
	out = gen(t, `import asyncio
async def main():
    q = asyncio.Queue()
    await q.put(1)
    x = await q.get()
asyncio.run(main())
`, codegen.Options{})
	assert.Contains(t, out, "co.StartQueuePut(_f.q, 1)")
	assert.Contains(t, out, "co.StartQueueGet(_f.q)")
	// An untyped q whose item cannot be generated twice: put is looked up
	// first, then the item is evaluated, then a queue takes the fast path.
	out = gen(t, `import asyncio
async def f(q, n):
    await q.put(str(n) + "!")
async def main():
    await f(asyncio.Queue(), 1)
asyncio.run(main())
`, codegen.Options{})
	assert.Contains(t, out, `co.StartPut(rt.PutMethod(q), py.Add(py.Str(n), "!"))`)
}

// Go rejects gotos that jump over declarations, so chunks that declare
// temps are blocks, and labels no goto targets are left out.
func TestStepFormBlocksAndLabels(t *testing.T) {
	out := gen(t, `import asyncio
async def f(xs):
    a, b = xs
    if a:
        await asyncio.sleep(0)
        return 1
    else:
        return 2
`, codegen.Options{})
	require.Equal(t, "step", forms(t, out)["f"])
	assert.Contains(t, out, "\t\t{\n//line m.py:3\n\t\t\t_unpack")
	assert.NotContains(t, out, "if1End:")
	assert.Contains(t, out, "if1Else:")
}

// Handler regions run under a generated wrapper that re-enters the step at
// the region's handler (see regionWrapper).
func TestStepFormRegions(t *testing.T) {
	out := gen(t, `import asyncio
async def f(lock, x):
    async with lock:
        try:
            return await x
        except ValueError as e:
            print(e)
        finally:
            print("done")
`, codegen.Options{})
	require.Equal(t, "step", forms(t, out)["f"], out)
	for _, frag := range []string{
		"_step := /*line m.py:2:1*/ func(co *rt.Coro) any {",
		"return rt.NewStepCoro(fInfo, func(co *rt.Coro) any {\n//line m_py.go:1\n",
		"return _step(co), nil",
		"switch _f._handler {",
		"co.StartAEnter(_f._cm)",
		"co.StartAExit(_f._cm, _f._exc2)",
		"if !co.AwaitResult().(bool) {",
		// return: the value, then the finally clause, then __aexit__.
		"_retVal = co.AwaitResult()\n",
		"_returning = true\n",
		"py.Handling(_f._fexc, func() {",
	} {
		assert.Contains(t, out, frag)
	}
}
