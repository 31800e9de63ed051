package py

import (
	"encoding/json"
	"go/format"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The re engine against CPython: testdata/re_cases.json is what
// testdata/gen_re_cases.py recorded from CPython 3.11 for a table of
// patterns, strings, templates and malformed patterns.

type reCase struct {
	Kind       string `json:"kind"`
	Pattern    string `json:"pattern"`
	Flags      int    `json:"flags"`
	String     string `json:"string"`
	Repl       string `json:"repl"`
	Count      int    `json:"count"`
	Result     string `json:"result"`
	Traceback  string `json:"traceback"`
	Repr       string `json:"repr"`
	GroupIndex string `json:"groupindex"`
	Search     string `json:"search"`
	Match      string `json:"match"`
	Fullmatch  string `json:"fullmatch"`
	Search1    string `json:"search1"`
	Findall    string `json:"findall"`
	Finditer   string `json:"finditer"`
	Split      string `json:"split"`
}

func reSummary(m any) string {
	if m == nil {
		return "None"
	}
	mo := m.(*ReMatchObj)
	groups := CallMethod(mo, "groups", nil, nil)
	spans := Tuple{}
	for g := 1; g <= mo.re.prog.groups; g++ {
		spans = append(spans, CallMethod(mo, "span", []any{g}, nil))
	}
	return Repr(Tuple{CallMethod(mo, "span", nil, nil), groups, GetAttr(mo, "lastindex"), GetAttr(mo, "lastgroup"), spans})
}

// reOutcome runs fn and renders a raised exception as the generator does,
// with its traceback's frames in CPython's library.
func reOutcome(fn func() string) (out, tb string) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			if e.Class == ReError {
				out = "re.error: " + ExcStr(e)
			} else {
				out = e.Class.Name + ": " + ExcStr(e)
			}
			var lib []Frame
			for _, f := range e.Traceback {
				if strings.HasPrefix(f.File, "/usr/lib/python3.11/") {
					lib = append(lib, f)
				}
			}
			tb = formatStack(lib)
		}
	}()
	return fn(), ""
}

func TestRECases(t *testing.T) {
	data, err := os.ReadFile("testdata/re_cases.json")
	require.NoError(t, err)
	var cases []reCase
	require.NoError(t, json.Unmarshal(data, &cases))
	fails := 0
	check := func(what, pattern, s, want, got string) {
		if want != got {
			fails++
			t.Errorf("%s %q on %q:\n want %s\n  got %s", what, pattern, s, want, got)
		}
	}
	for _, c := range cases {
		switch c.Kind {
		case "match":
			p := reCompilePattern(c.Pattern, c.Flags)
			check("repr", c.Pattern, c.String, c.Repr, Repr(p))
			check("groupindex", c.Pattern, c.String, c.GroupIndex, Repr(GetAttr(p, "groupindex").(*reGroupIndex).d))
			check("search", c.Pattern, c.String, c.Search, reSummary(ReSearch(p, c.String, 0)))
			check("match", c.Pattern, c.String, c.Match, reSummary(ReMatch(p, c.String, 0)))
			check("fullmatch", c.Pattern, c.String, c.Fullmatch, reSummary(ReFullmatch(p, c.String, 0)))
			check("search(pos=1)", c.Pattern, c.String, c.Search1, reSummary(CallMethod(p, "search", []any{c.String, 1}, nil)))
			check("findall", c.Pattern, c.String, c.Findall, Repr(ReFindall(p, c.String, 0)))
			var its []any
			for m := range Iter(ReFinditer(p, c.String, 0)) {
				its = append(its, reSummary(m))
			}
			check("finditer", c.Pattern, c.String, c.Finditer, Repr(NewList(its...)))
			check("split", c.Pattern, c.String, c.Split, Repr(ReSplit(p, c.String, 0, 0)))
		case "sub":
			got, tb := reOutcome(func() string { return Repr(ReSubn(c.Pattern, c.Repl, c.String, c.Count, c.Flags)) })
			check("subn "+c.Repl, c.Pattern, c.String, c.Result, got)
			check("subn traceback "+c.Repl, c.Pattern, c.String, c.Traceback, tb)
		case "expand":
			got, tb := reOutcome(func() string { return Str(CallMethod(ReMatch(c.Pattern, c.String, 0), "expand", []any{c.Repl}, nil)) })
			check("expand "+c.Repl, c.Pattern, c.String, c.Result, got)
			check("expand traceback "+c.Repl, c.Pattern, c.String, c.Traceback, tb)
		case "error":
			got, tb := reOutcome(func() string { return Repr(ReCompile(c.Pattern, c.Flags)) })
			check("compile", c.Pattern, "", c.Result, got)
			check("compile traceback", c.Pattern, "", c.Traceback, tb)
		}
		if fails > 40 {
			t.Fatal("too many failures")
		}
	}
}

func cpython311(t *testing.T) {
	out, err := exec.Command("python3", "-c", "import sys; print(*sys.version_info[:2])").Output()
	if err != nil || strings.TrimSpace(string(out)) != "3 11" {
		t.Skip("python3 is not CPython 3.11")
	}
}

func TestRECasesMatchPython(t *testing.T) {
	cpython311(t)
	gen, err := exec.Command("python3", "testdata/gen_re_cases.py").Output()
	require.NoError(t, err)
	have, err := os.ReadFile("testdata/re_cases.json")
	require.NoError(t, err)
	require.True(t, string(gen) == string(have), "testdata/re_cases.json is stale: run python3 testdata/gen_re_cases.py > testdata/re_cases.json")
}

func TestRETablesMatchPython(t *testing.T) {
	cpython311(t)
	gen, err := exec.Command("python3", "testdata/gen_re_tables.py").Output()
	require.NoError(t, err)
	gen, err = format.Source(gen)
	require.NoError(t, err)
	have, err := os.ReadFile("re_tables.go")
	require.NoError(t, err)
	require.True(t, string(gen) == string(have), "re_tables.go is stale: run go generate ./rt/py")
}
