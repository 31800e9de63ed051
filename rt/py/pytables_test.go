package py

import (
	"go/format"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTablesMatchPython regenerates pytables.go with python3 and compares: the tables must be
// CPython 3.11's own.
func TestTablesMatchPython(t *testing.T) {
	out, err := exec.Command("python3", "-c", "import sys; print(*sys.version_info[:2])").Output()
	if err != nil || strings.TrimSpace(string(out)) != "3 11" {
		t.Skip("python3 is not CPython 3.11")
	}
	gen, err := exec.Command("python3", "testdata/gen_tables.py").Output()
	require.NoError(t, err)
	gen, err = format.Source(gen)
	require.NoError(t, err)
	have, err := os.ReadFile("pytables.go")
	require.NoError(t, err)
	require.True(t, string(gen) == string(have), "pytables.go is stale: run go generate ./rt/py")
}

func TestUnicodeCase(t *testing.T) {
	s := func(fn func() any) func() string { return func() string { return Str(fn()) } }
	m := func(recv any, name string, args ...any) func() string {
		return s(func() any { return CallMethod(recv, name, args, nil) })
	}
	checkCases(t, []oracleCase{
		c(`'ß'.upper() + ' ' + 'Straße'.casefold() + ' ' + 'ΑΣ'.lower()`, func() string {
			return Str(CallMethod("ß", "upper", nil, nil)) + " " + Str(CallMethod("Straße", "casefold", nil, nil)) + " " + Str(CallMethod("ΑΣ", "lower", nil, nil))
		}),
		c(`'ΣΑΣ ΣΑΣ. Σ'.lower()`, m("ΣΑΣ ΣΑΣ. Σ", "lower")),
		c(`'ΑΣ\u0301 ΑΣ\u0301Α'.lower()`, m("ΑΣ\u0301 ΑΣ\u0301Α", "lower")),
		c(`'ﬁnal ŉ ǰ İx'.upper()`, m("ﬁnal ŉ ǰ İx", "upper")),
		c(`'İx ﬁ'.lower()`, m("İx ﬁ", "lower")),
		c(`'ǅungla ǈ ﬂow ßx'.title()`, m("ǅungla ǈ ﬂow ßx", "title")),
		c(`'ǅ ǈ Ǆ ǆ ß ΑΣ'.swapcase()`, m("ǅ ǈ Ǆ ǆ ß ΑΣ", "swapcase")),
		c(`'ﬁx ΑΣ'.capitalize()`, m("ﬁx ΑΣ", "capitalize")),
		c(`str(('ǅ'.istitle(), 'ǅa'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower(), 'Ⅻ'.isupper(), 'ª'.islower()))`, s(func() any {
			return Tuple{CallMethod("ǅ", "istitle", nil, nil), CallMethod("ǅa", "istitle", nil, nil), CallMethod("ǅ", "isupper", nil, nil),
				CallMethod("ǅ", "islower", nil, nil), CallMethod("Ⅻ", "isupper", nil, nil), CallMethod("ª", "islower", nil, nil)}
		})),
		c(`'a'.upper(1)`, m("a", "upper", 1)),
		c(`'a'.isdigit(1)`, m("a", "isdigit", 1)),
		c(`'a'.find()`, m("a", "find")),
		c(`'a'.zfill()`, m("a", "zfill")),
		c(`str(('abc'.find('', 10), 'abc'.find('', 3), 'abc'.rfind('', 4), 'abc'.count('', 5), 'abc'.count('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', 3), 'abc'.startswith('', -10), 'abc'.find('c', -1, 10)))`, s(func() any {
			return Tuple{CallMethod("abc", "find", []any{"", 10}, nil), CallMethod("abc", "find", []any{"", 3}, nil), CallMethod("abc", "rfind", []any{"", 4}, nil),
				CallMethod("abc", "count", []any{"", 5}, nil), CallMethod("abc", "count", []any{"", 3}, nil), CallMethod("abc", "startswith", []any{"", 4}, nil),
				CallMethod("abc", "endswith", []any{"", 3}, nil), CallMethod("abc", "startswith", []any{"", -10}, nil), CallMethod("abc", "find", []any{"c", -1, 10}, nil)}
		})),
	})
}
