package pyasync2go_test

import (
	"fmt"
	"math/rand"
	"strings"
)

// The generators below build the robustness inputs that are too big or too repetitive to keep
// as files. They are deterministic (fixed seeds), so CPython's answer for them never changes.

// robustGoNames are Go keywords, predeclared identifiers and names our generated code uses
// (package names, helpers), all valid Python identifiers. `import` is left out: it is a
// Python keyword too.
var robustGoNames = []string{
	"type", "func", "go", "chan", "string", "nil", "fmt", "rt", "py", "main", "init", "program",
	"len", "select", "defer", "map", "struct", "interface", "var", "const", "package", "range",
	"switch", "case", "default", "goto", "fallthrough", "error", "any", "iota", "true", "false",
	"append", "make", "new", "copy", "panic", "recover", "close", "cap",
}

// robustGoKeywordsProgram uses every name of robustGoNames as a module variable, a global
// rebound from a function, a function name, a parameter (positional and keyword), an async def
// and a closure variable (sync nonlocal and captured by an async closure).
func robustGoKeywordsProgram() []byte {
	var b strings.Builder
	names := robustGoNames
	b.WriteString("import asyncio\n\n")
	b.WriteString("# module variables\n")
	for i, n := range names {
		fmt.Fprintf(&b, "%s = %d\n", n, i+1)
	}
	for i := 0; i < len(names); i += 10 {
		fmt.Fprintf(&b, "print(%s)\n", strings.Join(names[i:min(i+10, len(names))], ", "))
	}

	b.WriteString("\n\ndef rebind_globals():\n")
	fmt.Fprintf(&b, "    global %s\n", strings.Join(names, ", "))
	for i, n := range names {
		fmt.Fprintf(&b, "    %s = %d\n", n, 100+i)
	}
	b.WriteString("\n\nrebind_globals()\n")
	fmt.Fprintf(&b, "print(%s)\n", strings.Join(names[:8], ", "))

	b.WriteString("\n\ndef params(" + strings.Join(names, ", ") + "):\n")
	b.WriteString("    return " + strings.Join(names, " + ") + "\n\n\n")
	var pos, kw []string
	for i, n := range names {
		pos = append(pos, fmt.Sprint(i))
		kw = append(kw, fmt.Sprintf("%s=%d", n, 2*i))
	}
	fmt.Fprintf(&b, "print(params(%s))\n", strings.Join(pos, ", "))
	fmt.Fprintf(&b, "print(params(%s))\n", strings.Join(kw, ", "))

	b.WriteString("\n\ndef closures():\n")
	for _, n := range names {
		fmt.Fprintf(&b, "    %s = 0\n", n)
	}
	b.WriteString("\n    def bump():\n")
	fmt.Fprintf(&b, "        nonlocal %s\n", strings.Join(names, ", "))
	for i, n := range names {
		fmt.Fprintf(&b, "        %s += %d\n", n, i)
	}
	b.WriteString("\n    bump()\n    bump()\n")
	fmt.Fprintf(&b, "    return [%s]\n\n\n", strings.Join(names, ", "))
	b.WriteString("print(closures())\n")
	b.WriteString(robustOtherBindings)

	// Function names: each sync def is rebound by an async def of the same name later.
	for i, n := range names {
		fmt.Fprintf(&b, "\n\ndef %s(%s):\n    return %s * %d\n", n, n, n, i+1)
	}
	b.WriteString("\n\nprint(" + joinCalls(names[:20], "(2)") + ")\n")
	b.WriteString("print(" + joinCalls(names[20:], "(3)") + ")\n")
	for i, n := range names {
		fmt.Fprintf(&b, "\n\nasync def %s(%s=%d):\n    await asyncio.sleep(0)\n    return %s + 1\n", n, n, i, n)
	}

	b.WriteString("\n\nasync def amain():\n    results = []\n")
	for _, n := range names {
		fmt.Fprintf(&b, "    results.append(await %s())\n", n)
	}
	b.WriteString("    print(results)\n    await closure_vars()\n")
	b.WriteString("\n\nasync def closure_vars():\n")
	b.WriteString("    " + strings.Join(names[:12], ", ") + " = " + strings.Repeat("'x', ", 11) + "'x'\n")
	b.WriteString("\n    async def captured():\n        await asyncio.sleep(0.01)\n")
	fmt.Fprintf(&b, "        return %s\n\n", strings.Join(names[:12], " + "))
	b.WriteString("    print(await asyncio.gather(captured(), captured()))\n\n\n")
	b.WriteString("asyncio.run(amain())\n")
	return []byte(b.String())
}

// robustOtherBindings binds Go names in the remaining ways: loop targets, except-as, lambda
// parameters and *args/**kwargs, comprehension variables, keyword-only parameters.
const robustOtherBindings = `

def other_bindings():
    out = []
    for range in [1, 2]:
        out.append(range)
    try:
        raise ValueError("v")
    except ValueError as error:
        out.append(str(error))
    chan = lambda go, *select, **map: (go, select, sorted(map))
    out.append(chan(1, 2, 3, interface=4, struct=5))
    out.append([iota * 2 for iota in [1, 2, 3]])
    out.append({nil: cap for nil, cap in [(1, 2)]})

    def kwonly(*, defer, goto=7):
        return defer + goto

    out.append(kwonly(defer=1))
    return out


print(other_bindings())
`

func joinCalls(names []string, args string) string {
	calls := make([]string, len(names))
	for i, n := range names {
		calls[i] = n + args
	}
	return strings.Join(calls, ", ")
}

// robustDeepProgram nests 60 blocks inside an async def. With allLoops every level is a
// for/while/try, which CPython rejects ("too many statically nested blocks", its limit is 20);
// otherwise every fourth level is one (15 in all) and the rest are ifs, which CPython runs.
func robustDeepProgram(allLoops bool) []byte {
	const depth = 60
	var b strings.Builder
	b.WriteString("import asyncio\n\n\nasync def deep(n):\n    count = 0\n")
	var closers []string // code emitted when a level is left, innermost last
	kinds := []string{"for", "while", "try"}
	block := 0
	for level := 0; level < depth; level++ {
		ind := strings.Repeat("    ", level+1)
		inner := ind + "    "
		kind := "if"
		if allLoops || level%4 == 0 {
			kind = kinds[block%len(kinds)]
			block++
		}
		switch kind {
		case "if":
			if level%2 == 1 {
				fmt.Fprintf(&b, "%sif n > %d:\n%s    pass\n%selse:\n", ind, 1000+level, ind, ind)
			} else {
				fmt.Fprintf(&b, "%sif count >= 0:\n", ind)
			}
			closers = append(closers, "")
		case "for":
			fmt.Fprintf(&b, "%sfor i%d in range(n - 2):\n", ind, level)
			closers = append(closers, "")
		case "while":
			fmt.Fprintf(&b, "%sw%d = 0\n%swhile w%d < 1:\n%s    w%d += 1\n", ind, level, ind, level, ind, level)
			closers = append(closers, "")
		case "try":
			fmt.Fprintf(&b, "%stry:\n", ind)
			closers = append(closers, fmt.Sprintf("%sexcept ValueError:\n%s    count -= 1000\n", ind, ind))
		}
		fmt.Fprintf(&b, "%scount += 1\n", inner)
	}
	ind := strings.Repeat("    ", depth+1)
	fmt.Fprintf(&b, "%sawait asyncio.sleep(0.01)\n%sprint('bottom', count)\n", ind, ind)
	for i := len(closers) - 1; i >= 0; i-- {
		b.WriteString(closers[i])
	}
	b.WriteString("    return count\n\n\nasync def main():\n    print(await deep(3))\n\n\nasyncio.run(main())\n")
	return []byte(b.String())
}

// robustBigProgram is a 12,000+ line program: many sync and async functions with branches,
// loops, containers and string formatting, all called from main.
func robustBigProgram() []byte {
	const funcs = 800
	var b strings.Builder
	b.WriteString("import asyncio\n\n")
	for k := 0; k < funcs; k++ {
		if k%2 == 0 {
			fmt.Fprintf(&b, "\nasync def task_%d(x):\n", k)
		} else {
			fmt.Fprintf(&b, "\ndef task_%d(x):\n", k)
		}
		fmt.Fprintf(&b, "    a = x + %d\n", k)
		fmt.Fprintf(&b, "    b = a * 2 - %d %% 7\n", k)
		b.WriteString("    if b % 3 == 0:\n        b += 1\n    else:\n        b -= 1\n")
		b.WriteString("    for i in range(3):\n        a += i\n")
		b.WriteString("    items = [a, b, x]\n")
		if k%2 == 0 {
			b.WriteString("    await asyncio.sleep(0)\n")
		} else {
			b.WriteString("    items.append(len(items))\n")
		}
	}
	// The loop above writes 11 lines per function; main adds one per function.
	b.WriteString("\n\nasync def main():\n    total = 0\n")
	for k := 0; k < funcs; k++ {
		await := ""
		if k%2 == 0 {
			await = "await "
		}
		fmt.Fprintf(&b, "    total += %stask_%d(%d)\n", await, k, k%13)
		if k%100 == 99 {
			fmt.Fprintf(&b, "    print(f'after {%d}: {total}')\n", k)
		}
	}
	b.WriteString("    print('total', total)\n\n\nasyncio.run(main())\n")
	src := b.String()
	// Every function returns a + b computed from its items.
	src = strings.ReplaceAll(src, "    items = [a, b, x]\n", "    items = [a, b, x]\n    a = sum(items) - x\n")
	src = strings.ReplaceAll(src, "    await asyncio.sleep(0)\n", "    await asyncio.sleep(0)\n    return a + b\n")
	src = strings.ReplaceAll(src, "    items.append(len(items))\n", "    items.append(len(items))\n    return a + b + items[-1]\n")
	return []byte(src)
}

// robustGarbage is random bytes with at least one NUL and one byte that is never valid UTF-8.
func robustGarbage(rng *rand.Rand) []byte {
	buf := make([]byte, 1+rng.Intn(3000))
	rng.Read(buf)
	buf[rng.Intn(len(buf))] = 0
	buf[rng.Intn(len(buf))] = 0xff
	return buf
}

// robustInvalidUTF8 is printable Python-looking text with invalid UTF-8 sequences but no NUL.
func robustInvalidUTF8(rng *rand.Rand) []byte {
	var b []byte
	for line := 0; line < 20; line++ {
		b = append(b, fmt.Sprintf("x%d = %d\n", line, rng.Intn(100))...)
		if line == 7 {
			b = append(b, "s = '\xc3\x28\xa0\xa1'\n"...)
		}
	}
	return b
}

// robustTokenSoup strings together Python tokens at random. Most results are syntax errors,
// some are valid programs; either way CPython decides what the right answer is.
func robustTokenSoup(rng *rand.Rand) []byte {
	tokens := []string{
		"x", "y", "f", "asyncio", "print", "(", ")", "[", "]", "{", "}", ":", ",", "=", "+", "-",
		"*", "/", "%", "==", "<", ".", "1", "2", "0.5", "'s'", "f'{x}'", "not", "and", "or", "if",
		"else", "elif", "def", "async", "await", "return", "lambda", "try", "except", "finally",
		"raise", "None", "True", "pass", "for", "in", "global", "nonlocal", "del", "\n", "\n    ",
		"\n        ", "\\\n", "#c\n", "'''", "\"", "\t", "@", "->", "**", ";",
	}
	var b strings.Builder
	b.WriteString("x = 1\ny = 2\n")
	n := 5 + rng.Intn(60)
	for i := 0; i < n; i++ {
		b.WriteString(tokens[rng.Intn(len(tokens))])
		b.WriteByte(' ')
	}
	b.WriteString("\nprint(x, y)\n")
	return []byte(b.String())
}

// robustNestedParens wraps an expression in depth parentheses. CPython's tokenizer allows 200
// levels ("too many nested parentheses" beyond).
func robustNestedParens(depth int) []byte {
	return []byte("x = " + strings.Repeat("(", depth) + "1" + strings.Repeat(" + 1)", depth) + "\nprint(x)\n")
}

// robustDeepIfs nests depth ifs at module level. CPython's tokenizer allows 100 levels of
// indentation ("too many levels of indentation" beyond).
func robustDeepIfs(depth int) []byte {
	var b strings.Builder
	b.WriteString("n = 0\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "%sif n == 0:\n", strings.Repeat(" ", i))
	}
	fmt.Fprintf(&b, "%sprint('deep')\n", strings.Repeat(" ", depth))
	return []byte(b.String())
}

// robustLongLine is a program with one 100,000-character line.
func robustLongLine() []byte {
	var b strings.Builder
	b.WriteString("xs = [")
	for i := 0; b.Len() < 100000; i++ {
		fmt.Fprintf(&b, "%d, ", i%1000)
	}
	b.WriteString("]\nprint(len(xs), sum(xs))\n")
	return []byte(b.String())
}

// robustMutate makes one random line-level edit to a valid program: delete, duplicate, swap with
// the next line, indent or dedent. The result is often still valid Python with odd semantics
// (names used before assignment, statements moved across scopes), which exercises inference
// and code generation beyond what hand-written programs reach.
func robustMutate(rng *rand.Rand, src []byte) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	if len(lines) < 3 {
		return src
	}
	i := rng.Intn(len(lines) - 1)
	switch rng.Intn(5) {
	case 0:
		lines = append(lines[:i], lines[i+1:]...)
	case 1:
		lines = append(lines[:i+1], lines[i:]...)
	case 2:
		lines[i], lines[i+1] = lines[i+1], lines[i]
	case 3:
		lines[i] = "    " + lines[i]
	default:
		lines[i] = strings.TrimPrefix(lines[i], "    ")
	}
	return []byte(strings.Join(lines, ""))
}

// robustClassMutate makes one class-shaped edit to a program with classes: a method gains a
// decorator (staticmethod, classmethod, property) or loses its self parameter, a def becomes
// async or sync, a class header gets another base (an exception, a builtin value type,
// object), a method calls super().__init__(), or the class body gains a special attribute
// (an __eq__ without __hash__, a lambda __repr__, __iter__ = None, an annotation). Such edits
// reach the class lowering and the runtime's special-method paths in combinations the corpus
// does not have. A program without a class gets a plain line mutation.
func robustClassMutate(rng *rand.Rand, src []byte) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	var defs, classes []int
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		indent := len(l) - len(t)
		switch {
		case indent > 0 && (strings.HasPrefix(t, "def ") || strings.HasPrefix(t, "async def ")):
			defs = append(defs, i)
		case strings.HasPrefix(t, "class ") && strings.HasSuffix(strings.TrimSpace(t), ":"):
			classes = append(classes, i)
		}
	}
	if len(classes) == 0 || len(defs) == 0 {
		return robustMutate(rng, src)
	}
	indentOf := func(l string) string { return l[:len(l)-len(strings.TrimLeft(l, " "))] }
	d := defs[rng.Intn(len(defs))]
	c := classes[rng.Intn(len(classes))]
	insert := func(at int, line string) {
		lines = append(lines[:at], append([]string{line}, lines[at:]...)...)
	}
	switch rng.Intn(6) {
	case 0:
		deco := []string{"@staticmethod", "@classmethod", "@property"}[rng.Intn(3)]
		insert(d, indentOf(lines[d])+deco+"\n")
	case 1:
		l := strings.Replace(lines[d], "(self, ", "(", 1)
		lines[d] = strings.Replace(l, "(self)", "()", 1)
	case 2:
		if strings.Contains(lines[d], "async def ") {
			lines[d] = strings.Replace(lines[d], "async def ", "def ", 1)
		} else {
			lines[d] = strings.Replace(lines[d], "def ", "async def ", 1)
		}
	case 3:
		base := []string{"Exception", "dict", "int", "str", "list", "tuple", "object", "ValueError"}[rng.Intn(8)]
		h := strings.TrimRight(lines[c], " \n")
		h = strings.TrimSuffix(h, ":")
		if strings.HasSuffix(h, ")") {
			h = strings.TrimSuffix(h, ")") + ", " + base + ")"
		} else {
			h += "(" + base + ")"
		}
		lines[c] = h + ":\n"
	case 4:
		insert(d+1, indentOf(lines[d])+"    super().__init__()\n")
	default:
		member := []string{
			"def __eq__(self, other):\n    return self is other",
			"__repr__ = lambda self: 'R'",
			"__iter__ = None",
			"count: int = 0",
			"def __bool__(self):\n    return False",
			"def __len__(self):\n    return -1",
		}[rng.Intn(6)]
		ind := indentOf(lines[c]) + "    "
		insert(c+1, ind+strings.ReplaceAll(member, "\n", "\n"+ind)+"\n")
	}
	return []byte(strings.Join(lines, ""))
}

// robustOddSuspends are small programs with yield and await in unusual places: call
// arguments, conditions, literals, f-strings, subscripts, augmented targets, except and
// finally clauses, comprehensions, lambdas and nested generators. Each must either match
// CPython or be rejected with a diagnostic; none may produce Go that fails to compile.
var robustOddSuspends = []string{
	"def g(xs):\n    for x in xs:\n        print('got', (yield x), x)\n\nc = g([1, 2])\nprint(next(c), c.send('a'))\n",
	"def g():\n    d = {'k': (yield 1), (yield 2): 3}\n    print(d)\n\nc = g()\nprint(next(c), c.send('v'), next(c, 'end'))\n",
	"def g():\n    while (yield 'ask'):\n        print('again')\n    return 'stop'\n\nc = g()\nprint(next(c), c.send(1), next(c, 'x'))\n",
	"def g():\n    x = 1\n    x += yield x\n    print(f'{x} {(yield x)!r}')\n\nc = g()\nprint(next(c), c.send(5), next(c, None))\n",
	"def g(l):\n    l[(yield 0)] = yield 1\n    print(l)\n\nc = g([0, 0])\nnext(c)\nc.send(1)\nprint(next(c, 'done'))\n",
	"def g():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        yield 'in except'\n    print('after')\n\nprint(list(g()))\n",
	"def g():\n    try:\n        yield 1\n    finally:\n        print('finally')\n\nfor v in g():\n    print(v)\n    break\nprint('end')\n",
	"def g():\n    yield [(yield i) for i in range(2)]\n\nprint(list(g()))\n",
	"def g():\n    f = lambda: (yield)\n    yield f\n\nprint(len(list(g())))\n",
	"def g():\n    yield from (yield from range(2)) or range(3)\n\nprint(list(g()))\n",
	"def g(n):\n    if n:\n        return (yield from g(n - 1)) + 1\n    return (yield 'bottom') or 0\n\nc = g(3)\nprint(next(c))\ntry:\n    c.send(10)\nexcept StopIteration as e:\n    print(e.value)\n",
	"def g():\n    print((yield 1) if (yield 2) else (yield 3))\n\nc = g()\nprint(next(c), c.send(0), c.send('x'), next(c, 'end'))\n",
	"def g():\n    print((yield 1) and (yield 2), (yield 3) or (yield 4))\n\nprint(list(g()))\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    print([await f(i) for i in range(3)], {await f(1): await f(2)})\n    print(f'{await f(3)}', (await f(4)) if await f(5) else 0)\n\nasyncio.run(main())\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    n = 0\n    while await f(n < 2):\n        n += await f(1)\n    try:\n        raise ValueError\n    except ValueError:\n        print('h', await f(n))\n    finally:\n        print('f', await f(n + 1))\n\nasyncio.run(main())\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    d = {}\n    d[await f('k')] = await f('v')\n    d[await f('k')] += await f('w')\n    print(d, [x async for x in aiter_()] if False else 'no')\n\nasync def aiter_():\n    yield 1\n\nasyncio.run(main())\n",
	"def outer():\n    def inner():\n        yield 1\n    yield inner\n    yield from inner()\n\nprint([type(v).__name__ for v in outer()])\n",
	"def g():\n    with open('x') as fh:\n        yield fh\n\nprint(g().__name__)\n",
	"x = (i for i in range(3))\nprint(next(x), sum(x), list(x), sum(j for j in (i * 2 for i in range(4)) if j))\n",
	"def g():\n    yield\n    return\n    yield 5\n\nprint(list(g()), list(x for x in ()))\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    xs = list(range(9))\n    print(await f(1) < await f(2) < await f(0), xs[await f(1):await f(7):await f(2)])\n    print(*await f([1, 2]), sep=await f('-'), **await f({'end': '!\\n'}))\n\nasyncio.run(main())\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nclass C:\n    n = 0\n\nasync def main():\n    c = C()\n    c.n += await f(2)\n    d = {'a': [1]}\n    d[await f('a')][await f(0)] -= await f(5)\n    del d[await f('a')]\n    if (y := await f(3)) and not await f(0):\n        print(c.n, d, y)\n    try:\n        assert await f(0), await f('msg')\n    except AssertionError as e:\n        raise KeyError(await f('k')) from await f(ValueError('v'))\n\nasyncio.run(main())\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    def g(y=await f(1)):\n        return y\n    print(g())\n\nasyncio.run(main())\n",
	"import asyncio\n\nclass Res:\n    closed = False\n\n    def __enter__(self):\n        return self\n\n    def __exit__(self, *a):\n        print('exit', a[0])\n\nasync def f(x):\n    return x\n\nasync def main():\n    for i in range(4):\n        async with asyncio.Lock():\n            with Res() as fh:\n                try:\n                    if await f(i) == 1:\n                        continue\n                    if i == 2:\n                        break\n                finally:\n                    print('cleanup', i, await f(fh.closed))\n    try:\n        return await f(1)\n    finally:\n        return 2\n\nprint(asyncio.run(main()))\n",
	"import asyncio\n\nasync def f(x):\n    await asyncio.sleep(0)\n    return x\n\nasync def main():\n    try:\n        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])\n    except* ValueError as eg:\n        print('v', await f(len(eg.exceptions)))\n    except* KeyError:\n        print('k', await f(0))\n\nasyncio.run(main())\n",
	"def g():\n    n = 0\n    while (yield n) is not None:\n        n += 1\n    else:\n        try:\n            raise ValueError(n)\n        except ValueError as e:\n            yield e\n            print('still handling', e)\n\nc = g()\nprint(next(c), c.send(1), c.send(2), c.send(None))\nprint(next(c, 'end'))\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    print(f\"{await f(1):{await f(3)}}\")\n\nasyncio.run(main())\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    d = {}\n    for d[await f('k')], d[await f(1)] in [(1, 2), (3, 4)]:\n        print(d)\n    async for d[await f('a')] in agen():\n        print(d)\n\nasync def agen():\n    yield await f(7)\n\nasyncio.run(main())\n",
	"import asyncio\n\nclass CM:\n    async def __aenter__(self):\n        return 1\n\n    async def __aexit__(self, *a):\n        return True\n\nasync def f(x):\n    return x\n\nasync def main():\n    d = {}\n    async with CM() as d[await f(0)], CM() as (d[await f(1)], y):\n        print('unreachable', y)\n    with open(await f('/nonexistent')) as d[await f(2)]:\n        pass\n\nasyncio.run(main())\n",
	"def g(xs):\n    for xs[(yield 'i')] in [1, 2]:\n        yield xs\n\nprint(list(g([0, 0, 0])))\n",
	"import asyncio\n\nclass M:\n    def __getitem__(self, k):\n        return k\n\nasync def f(x):\n    return x\n\nasync def main():\n    m = M()\n    print(m[await f(1):, ::await f(2), await f(3)], m[:(await f(4)), None])\n\nasyncio.run(main())\n",
	"def g(m):\n    print(m[(yield 1):(yield 2), 0])\n\nc = g({})\nnext(c)\nc.send(0)\ntry:\n    c.send(1)\nexcept (StopIteration, TypeError) as e:\n    print(type(e).__name__)\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    a, b = 1, 0\n    print((a or await f(b)) and (b and await f(a)) or (await f(a) and a or b))\n    print([((a and await f(b)) or a) for _ in range(2)], not ((b or await f(a)) and a))\n\nasyncio.run(main())\n",
	"def g():\n    print(((yield 1) or (yield 2)) and (yield 3), ((yield 4) and 0) or (yield 5))\n\nprint(list(g()))\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    print(f\"{1:{await f(2)}}{'x'!r:>{await f(5)}.{await f(2)}}{await f(3)=}\")\n\nasyncio.run(main())\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    try:\n        raise KeyError\n    except (await f(KeyError)):\n        print('caught')\n\nasyncio.run(main())\n",
	"import asyncio\n\nasync def f(x):\n    return x\n\nasync def main():\n    class C(await f(object)):\n        pass\n\n    @(await f(staticmethod))\n    def h():\n        pass\n\nasyncio.run(main())\n",
}
