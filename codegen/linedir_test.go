package codegen

import (
	"go/format"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

// posTok is a token with the position go/scanner gives it under the file's
// //line directives (the scanner applies them itself, so this does not
// trust linedir.go's own reading of them).
type posTok struct {
	tok      token.Token
	lit      string
	file     string
	line     int
	physLine int
}

func scanPositions(t *testing.T, src []byte) []posTok {
	t.Helper()
	fset := token.NewFileSet()
	f := fset.AddFile("gen.go", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(f, src, func(pos token.Position, msg string) { t.Fatalf("%s: %s", pos, msg) }, 0)
	var out []posTok
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return out
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		p, phys := fset.Position(pos), fset.PositionFor(pos, false)
		out = append(out, posTok{tok, lit, p.Filename, p.Line, phys.Line})
	}
}

// TestTrimmedDirectivesKeepPositions translates every golden program and
// checks that dropping directives changed nothing a traceback can see:
// the code is the same token for token, every token of Python code on a
// line that may hold a call has the position the full set of directives
// gave it, and every token keeps its file (the Python source, or the
// generated file for the code that is not Python's).
func TestTrimmedDirectivesKeepPositions(t *testing.T) {
	paths, err := filepath.Glob("../testdata/py/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var full, kept, dirsBefore, dirsAfter int
	for _, path := range paths {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		m, diags := frontend.Parse(filepath.Base(path), src)
		if diags.HasErrors() {
			continue
		}
		if ir.Infer(m).HasErrors() {
			continue
		}
		g := newGen(m, Options{})
		before, diags := g.render()
		if diags.HasErrors() {
			continue
		}
		pyFile := g.posName()
		after := dropDirectives(before, pyFile)
		formatted, err := format.Source(after)
		require.NoError(t, err, path)
		require.Equal(t, string(formatted), string(after), "%s: dropping directives left the file not gofmt-clean", path)
		lines, ok := scanLines(before)
		require.True(t, ok, "%s: directives not understood", path)
		a, b := scanPositions(t, before), scanPositions(t, after)
		require.Equal(t, len(a), len(b), "%s: trimming changed the code", path)
		for i := range a {
			x, y := a[i], b[i]
			require.Equal(t, x.tok, y.tok, "%s: trimming changed the code", path)
			require.Equal(t, x.lit, y.lit, "%s: trimming changed the code", path)
			if x.file != y.file || x.file == pyFile && lines[x.physLine-1].care && x.line != y.line {
				t.Fatalf("%s: %q on Go line %d was %s:%d, is %s:%d", path, x.lit, x.physLine, x.file, x.line, y.file, y.line)
			}
		}
		full += strings.Count(string(before), "\n")
		kept += strings.Count(string(after), "\n")
		dirsBefore += strings.Count(string(before), "\n//line ")
		dirsAfter += strings.Count(string(after), "\n//line ")
	}
	t.Logf("%d programs: %d lines with %d directives before, %d with %d after", len(paths), full, dirsBefore, kept, dirsAfter)
	// The pass must do its job: most directives restate the line count.
	assert.Less(t, dirsAfter*10, dirsBefore*7)
}

// TestCallLinesAreNeverSilent: a line with a call or a func literal always
// keeps its exact position. co.At(N) and the deferred LeaveFrame are the
// two calls nothing reports.
func TestCallLinesAreNeverSilent(t *testing.T) {
	for _, line := range []string{
		"f()", "x = f()", "x := a.b(c)", "return f()", "}()", "if py.Truth(x) {", "for x = range it {",
		"switch f() {", "x = func() any {", "defer f()", "go f()", "case f():", "var x = f()",
		"_t1, _t2 = a, f()", "}, func() any {", "co.At(n())", "a = x[i]", "a = x[f()]", "if f() == nil {", "if x == f() {", "if x == y == z {",
	} {
		ts := lineToks(t, line)
		assert.False(t, silentLine(ts), "%q", line)
	}
	for _, line := range []string{
		"}", "})", "} else {", "{", "resume1:", "case 1, 2:", "default:", "goto resume1", "break",
		"continue loop1", "return", "return rt.Suspended", "return -1", "switch co.PC {", "for {",
		"if !_ok2 {", "var x any", "var f func() any", "co.PC = 3", "_ = v", "a, b = b, 0",
		"co.At(7)", "defer py.LeaveFrame()", "a = _unpack1[0]", "py.EnterFrame()", "if _exc1 != nil {", "if _ctl == 2 {",
	} {
		ts := lineToks(t, line)
		assert.True(t, silentLine(ts), "%q", line)
	}
}

func lineToks(t *testing.T, line string) []lineTok {
	t.Helper()
	src := []byte(line)
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", fset.Base(), len(src)), src, nil, 0)
	var ts []lineTok
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return ts
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		ts = append(ts, lineTok{tok, lit})
	}
}
