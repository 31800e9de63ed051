package py

import "testing"

// The caret lines CPython 3.11's traceback module prints under these
// lines (checked against python3), and the lines whose failing
// instruction the text does not tell, which must be refused.
func TestCaretSource(t *testing.T) {
	cases := []struct{ line, want string }{
		{`raise ValueError(f"bad {x}")`, `raise ValueError(f"bad {x}")`},
		{`parse("x")`, `parse("x")`},
		{`await fetch(2)`, `await fetch(2)`},
		{`await t`, `await t`},
		{`return int(s)`, "return int(s)\n           ^^^^^^"},
		{`result = await mid(3)`, "result = await mid(3)\n             ^^^^^^^^^^^^"},
		{`x, y = await self.pair(a, key="k")`, "x, y = await self.pair(a, key=\"k\")\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
		{`value = await t`, "value = await t\n            ^^^^^^^"},
	}
	for _, c := range cases {
		got, ok := caretSource(c.line)
		if !ok || got != c.want {
			t.Errorf("caretSource(%q) = %q, %v; want %q", c.line, got, ok, c.want)
		}
	}
	for _, line := range []string{`{}["k"]`, `x = a / b`, `print(parse(x))`, `f(x) + g(y)`, `x = d[k]`, `async with lock:`} {
		if got, ok := caretSource(line); ok {
			t.Errorf("caretSource(%q) = %q; want it refused", line, got)
		}
	}
}
