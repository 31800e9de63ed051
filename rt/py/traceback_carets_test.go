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
		{"    return (lambda: f(x))()", "f", nil, false},
		{"    raise ValueError(x)", "", valueErr, true},
	} {
		_, ok := frameCaretSpan(c.line, c.callee, false, c.exc, no)
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
