package py

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The caret lines themselves are pinned against CPython by the golden
// programs (traceback_*); these pin when the position is unknown, which the
// traceback module must refuse rather than guess.
func TestFrameCaretSpanAmbiguity(t *testing.T) {
	no := func(string) bool { return false }
	valueErr := New(ValueError, "invalid literal for int() with base 10: 'x'")
	for _, c := range []struct {
		line   string
		callee string
		exc    *Exception
		ok     bool
	}{
		{"    return int(a) + int(b)", "", valueErr, false},
		{"    return int(a) + float(b)", "", valueErr, true},
		{"    return parse(a) + parse(b)", "parse", nil, false},
		{"    return parse(a) + check(b)", "parse", nil, true},
		{"    total = d[a] + d[b]", "", New(KeyError, "a"), false},
		{"    total = d[a] + 1", "", New(KeyError, "a"), true},
		{"    return (lambda: f(x))()", "<lambda>", nil, true},
		{"    return g(a)(b) + fn(x)", "callback", nil, false},
		{"    raise ValueError(x)", "", valueErr, true},
	} {
		_, ok := frameCaretSpan(c.line, false, c.callee, false, c.exc, no)
		assert.Equal(t, c.ok, ok, c.line)
	}
}

func TestTracebackModuleRefusesUnknownCarets(t *testing.T) {
	defer func(s map[string][]string) { sources = s }(sources)
	sources = map[string][]string{"m.py": {"x = int(a) + int(b)"}}
	e := New(ValueError, "invalid literal for int() with base 10: 'x'")
	e.Traceback = []Frame{{File: "m.py", Line: 1, Func: "<module>"}}
	feature := func() (f string) {
		defer func() {
			if u, ok := recover().(*UnsupportedFeature); ok {
				f = u.Feature
			}
		}()
		FormatTracebackLines(e, -1, true)
		return ""
	}()
	assert.Equal(t, "the traceback caret position of m.py, line 1 (more than one expression could have raised)", feature)
	// The excepthook's text keeps its frames and leaves the caret out.
	assert.Equal(t, "Traceback (most recent call last):\n  File \"m.py\", line 1, in <module>\n    x = int(a) + int(b)\nValueError: invalid literal for int() with base 10: 'x'\n", FormatException(e))
}

// The caret lines CPython 3.11 prints for these frames (each case was run
// under python3: the callee is the next frame's function, none for the
// frame that raised).
func TestFrameCaretLine(t *testing.T) {
	isPy := func(name string) bool { return name == "load" || name == "fetch" }
	keyErr := New(KeyError, "config")
	for _, c := range []struct {
		line     string
		inLambda bool
		callee   string
		coro     bool
		exc      *Exception
		want     string
	}{
		// A class's special methods are run by the operation.
		{`def a(): print(c["k"])`, false, "C.__getitem__", false, nil, `                   ~^^^^^`},
		{`def b(): c["k"] = 1`, false, "C.__setitem__", false, nil, `             ~^^^^^`},
		{`def d(): x = 1 * (c + 2)`, false, "C.__add__", false, nil, `                      ~~^~~`},
		{`def h(): print(c == 1)`, false, "C.__eq__", false, nil, `                   ^^^^^^`},
		{`def a(): x = [C(1)]`, false, "C.__init__", false, nil, `                  ^^^^`},
		{`    dd += 1`, false, "D.__iadd__", false, nil, ``},
		{`    print(cache["nope"])`, false, "LRU.__getitem__", false, nil, `          ~~~~~^^^^^^^^`},
		// A library function called, not awaited.
		{`        self.rules[name] = re.compile(source)`, false, "compile", false, nil, `                       ^^^^^^^^^^^^^^^^^^`},
		// A lambda's frame is its body; the line's other expressions are
		// its caller's.
		{`    loop.call_soon(lambda: {}["config"])`, true, "", false, keyErr, `                           ~~^^^^^^^^^^`},
		{`    loop.call_soon(lambda: {}["config"])`, false, "call_soon", false, nil, ``},
		// A raise after a compound statement's colon.
		{`    if exc: raise exc(name)`, false, "", false, New(TypeError, "e"), `            ^^^^^^^^^^^^^^^`},
		{`    except asyncio.CancelledError: raise RuntimeError("from cancel")`, false, "", false, New(RuntimeError, "from cancel"),
			`                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`},
		// Name reads: not the assignment target; inside f-strings too.
		{`    count = count + 1`, false, "", false, New(UnboundLocalError, "cannot access local variable 'count' where it is not associated with a value"), `            ^^^^^`},
		{`    count += 1`, false, "", false, New(UnboundLocalError, "cannot access local variable 'count' where it is not associated with a value"), `    ^^^^^`},
		{`    return payload`, false, "", false, New(UnboundLocalError, "cannot access local variable 'payload' where it is not associated with a value"), `           ^^^^^^^`},
		{`    return f"{label}: {smallest}..{largest}"`, false, "", false, New(UnboundLocalError, "cannot access local variable 'smallest' where it is not associated with a value"), `                       ^^^^^^^^`},
		{`    for i in range(2): print(i + undefined_thing)`, false, "", false, New(NameError, "name 'undefined_thing' is not defined"), `                                 ^^^^^^^^^^^^^^^`},
		{`def l(): print(str(1) + f"{c['z']}")`, false, "C.__getitem__", false, nil, `                               ~^^^^^`},
		{`    return sum(line_total(sku, qty) for sku, qty in lines)`, true, "line_total", false, nil, `               ^^^^^^^^^^^^^^^^^^^^`},
		{`    return sum(line_total(sku, qty) for sku, qty in lines)`, false, "", false, New(TypeError, "x"), `           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`},
		// A function called through a parameter, or by a builtin.
		{`        result = fn(*args)`, false, "line_total", false, nil, `             ^^^^^^^^^`},
		{`    print(len(names), sorted(names, key=by_size))`, false, "by_size", false, nil, `                      ^^^^^^^^^^^^^^^^^^^^^^^^^^`},
		// A loop's `in` is no comparison.
		{`    print([x for x in items if x > 0] == other)`, false, "Item.__eq__", false, nil, `          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`},
	} {
		span, ok := frameCaretSpan(c.line, c.inLambda, c.callee, c.coro, c.exc, isPy)
		if !assert.True(t, ok, c.line) {
			continue
		}
		want := ""
		if c.want != "" {
			want = c.want + "\n"
		}
		assert.Equal(t, want, caretLine(c.line, span), c.line)
	}
}
