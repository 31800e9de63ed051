package pyasync2go_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/pyasync2go/pyasync2go/internal/progtest"
	"go/format"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

// TestRobustness feeds the whole tool hostile and unusual inputs and holds it to the promise:
// every input gets CPython's output or a clean exit-2 diagnostic, never a crash, and generated
// Go is gofmt-clean, carries //line directives and compiles. Small inputs live in
// testdata/robust/, big and random ones are generated (robust_gen_test.go).
//
// What CPython does is learned at test time: `compile()` of every input (did CPython reject
// it, and on which line) and one `oracle.py --batch` run of all of them (stdout and status).

const (
	robustDir = "testdata/robust"
	// robustErrorMarker on a source line means: pyasync2go must report an error on this line.
	// Several markers in one file check that every error is reported, not just the first; in a
	// file with markers, an error on an unmarked line is a spurious (cascade) error.
	robustErrorMarker = "# ERROR"
	// robustTranslateLimit bounds the CPU time of translating the 12,000-line program (about
	// 1 s when measured). CPU time, not wall time, because the test machine is shared.
	robustTranslateLimit = 5 * time.Second
)

// robustKnownBroken lists inputs the tool currently gets wrong, with the reason. They still run:
// the test fails if one of them starts passing, so the list stays true. Remove an entry once the
// bug is fixed.
var robustKnownBroken = map[string]string{}

// robustExpect is what an input must get, on top of the rules every input follows.
type robustExpect int

const (
	// expectEither: a clean rejection or CPython's output (unsupported constructs, token soup).
	expectEither robustExpect = iota
	// expectTranslate: the input is supported Python; rejecting it is a bug.
	expectTranslate
	// expectReject: CPython refuses to compile it, so must we.
	expectReject
)

type robustCase struct {
	Name       string
	Src        []byte
	Expect     robustExpect
	ErrorLines []int // lines carrying robustErrorMarker
	Key        string
	// BuildOnly inputs are translated and built but not run: random mutants of the corpus may
	// loop forever.
	BuildOnly bool
}

func robustExpectFor(name string) robustExpect {
	switch {
	case strings.HasPrefix(name, "syntax_"), strings.HasPrefix(name, "garbage_"),
		name == "deep60_blocks", name == "deep_parens_250", name == "deep_ifs_110":
		return expectReject
	case strings.HasPrefix(name, "unsupported_"), strings.HasPrefix(name, "soup_"), strings.HasPrefix(name, "mutant_"),
		strings.HasPrefix(name, "oddsuspend_"):
		return expectEither
	}
	return expectTranslate
}

func loadRobustCases(t *testing.T) []robustCase {
	t.Helper()
	var cases []robustCase
	add := func(name string, src []byte) {
		// The index keeps keys unique when names differ only in characters Go does not allow.
		key := fmt.Sprintf("r%03d_%s", len(cases), strings.TrimPrefix(progtest.PackageKey(name), "p_"))
		c := robustCase{Name: name, Src: src, Expect: robustExpectFor(name), Key: key}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.Contains(line, robustErrorMarker) {
				c.ErrorLines = append(c.ErrorLines, i+1)
			}
		}
		cases = append(cases, c)
	}
	paths, err := filepath.Glob(filepath.Join(robustDir, "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	sort.Strings(paths)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		add(strings.TrimSuffix(filepath.Base(p), ".py"), src)
	}

	// File names reach generated Go as comments, string literals and //line directives.
	for _, name := range []string{"filename_we\"ird", "filename_a b", "filename_back\\slash",
		"filename_café", "filename_my-prog", "filename_x`y", "filename_tab\tname", "filename_new\nline",
		"filename_star*", "main", "rt", "py", "fmt", "init", "program"} {
		add(name, []byte(robustFileNameProgram))
	}
	add("gokeywords", robustGoKeywordsProgram())
	add("deep60_mixed", robustDeepProgram(false))
	add("deep60_blocks", robustDeepProgram(true))
	add("deep_parens_150", robustNestedParens(150))
	add("deep_parens_250", robustNestedParens(250))
	add("deep_ifs_90", robustDeepIfs(90))
	add("deep_ifs_110", robustDeepIfs(110))
	add("long_line", robustLongLine())
	big := robustBigProgram()
	require.GreaterOrEqual(t, bytes.Count(big, []byte("\n")), 12000, "the big program must have 12,000 lines")
	add("big12k", big)
	rng := rand.New(rand.NewSource(20261122))
	for i := 0; i < 5; i++ {
		add(fmt.Sprintf("garbage_%d", i), robustGarbage(rng))
	}
	add("garbage_invalid_utf8", robustInvalidUTF8(rng))
	add("garbage_trailing_nul", []byte("print('hi')\n\x00"))
	for i := 0; i < 12; i++ {
		add(fmt.Sprintf("soup_%02d", i), robustTokenSoup(rng))
	}
	for i, src := range robustOddSuspends {
		add(fmt.Sprintf("oddsuspend_%02d", i), []byte(src))
	}
	// Mutants follow the corpus, so they change when it does. A failing mutant is a new bug:
	// reduce it to a small file here with a robustKnownBroken entry rather than listing the mutant.
	corpus, err := filepath.Glob("testdata/py/*.py")
	require.NoError(t, err)
	sort.Strings(corpus)
	if len(corpus) > 0 {
		for i := 0; i < 48; i++ {
			p := corpus[rng.Intn(len(corpus))]
			src, err := os.ReadFile(p)
			require.NoError(t, err)
			add(fmt.Sprintf("mutant_%02d_%s", i, strings.TrimSuffix(filepath.Base(p), ".py")), robustMutate(rng, src))
			cases[len(cases)-1].BuildOnly = true
		}
	}
	// Class-shaped mutants of the class programs, from a generator of their own so the
	// mutants above stay as they were.
	classCorpus, err := filepath.Glob("testdata/py/class_*.py")
	require.NoError(t, err)
	sort.Strings(classCorpus)
	crng := rand.New(rand.NewSource(20261203))
	for i := 0; i < 24 && len(classCorpus) > 0; i++ {
		p := classCorpus[crng.Intn(len(classCorpus))]
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		add(fmt.Sprintf("mutant_class_%02d_%s", i, strings.TrimSuffix(filepath.Base(p), ".py")), robustClassMutate(crng, src))
		cases[len(cases)-1].BuildOnly = true
	}
	return cases
}

// robustFileNameProgram shows its file name in stdout, a coroutine repr and a traceback.
const robustFileNameProgram = `import asyncio

print(__file__)


async def main():
    await asyncio.sleep(0)
    print(main.__name__)
    raise ValueError("boom")

asyncio.run(main())
`

// robustFailures collects assertion failures of one case instead of failing at once, so that a
// known-broken case can be checked for still being broken.
type robustFailures struct{ msgs []string }

func (f *robustFailures) Errorf(format string, args ...any) {
	f.msgs = append(f.msgs, fmt.Sprintf(format, args...))
}

// robustTranslation is what driver.Translate did with one input.
type robustTranslation struct {
	GoSrc    []byte
	Diags    ir.Diagnostics
	Panic    string        // recovered panic value and stack, "" when none
	Duration time.Duration // wall time
	CPU      time.Duration // user+system time of this process meanwhile
	NotBuilt string        // why GoSrc is not in the test binary ("" when it is, or when there is no GoSrc)
}

// robustCPUTime is the user+system time of this process. Translation runs in process while
// the builds and CPython are child processes, so a difference measures the translation.
func robustCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func robustTranslate(c robustCase) (res robustTranslation) {
	start, startCPU := time.Now(), robustCPUTime()
	defer func() {
		res.Duration, res.CPU = time.Since(start), robustCPUTime()-startCPU
		if r := recover(); r != nil {
			buf := make([]byte, 64<<10)
			res.Panic = fmt.Sprintf("%v\n%s", r, buf[:runtime.Stack(buf, false)])
		}
	}()
	res.GoSrc, res.Diags = driver.Translate(c.Name+".py", c.Src, codegen.Options{Package: c.Key})
	return res
}

// cpythonCompile is CPython's verdict on compiling one input.
type cpythonCompile struct {
	OK   bool   `json:"ok"`
	Kind string `json:"kind"` // exception class when not OK
	Line int    `json:"line"`
	Msg  string `json:"msg"`
}

// robustCompileScript compiles each argument as the oracle does (top-level await allowed) and
// prints one JSON verdict per line.
const robustCompileScript = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
for f in sys.argv[1:]:
    try:
        compile(open(f, "rb").read(), f, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        r = {"ok": True}
    except SyntaxError as e:
        r = {"ok": False, "kind": "SyntaxError", "line": e.lineno or 0, "msg": e.msg}
    except Exception as e:
        r = {"ok": False, "kind": type(e).__name__, "line": 0, "msg": str(e)}
    print(json.dumps(r), flush=True)
`

func robustCPythonCompile(paths []string) ([]cpythonCompile, error) {
	out, err := exec.Command("python3", append([]string{"-c", robustCompileScript}, paths...)...).Output()
	if err != nil {
		return nil, fmt.Errorf("python3 compile check: %w", err)
	}
	var verdicts []cpythonCompile
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var v cpythonCompile
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("python3 compile check: %w in %q", err, sc.Text())
		}
		verdicts = append(verdicts, v)
	}
	if len(verdicts) != len(paths) {
		return nil, fmt.Errorf("python3 compile check: %d verdicts for %d files", len(verdicts), len(paths))
	}
	return verdicts, nil
}

// robustOracle runs the oracle over every input from one interpreter start-up.
func robustOracle(paths []string) (map[string]progtest.Outcome, error) {
	cases := make([]progtest.Case, len(paths))
	for i, p := range paths {
		cases[i] = progtest.Case{Name: strings.TrimSuffix(filepath.Base(p), ".py"), PyPath: p}
	}
	oracle, err := progtest.StartOracle(cases)
	if err != nil {
		return nil, err
	}
	defer oracle.Cleanup()
	res := map[string]progtest.Outcome{}
	for i, c := range cases {
		o, _, err := oracle.Result(c)
		if err != nil {
			return nil, err
		}
		res[filepath.Base(paths[i])] = o
	}
	return res, nil
}

var robustHeader = regexp.MustCompile(`^(.+):(\d+):(\d+): error: (.+)$`)

func TestRobustness(t *testing.T) {
	cases := loadRobustCases(t)
	dir := t.TempDir()
	var paths, runnable []string
	for _, c := range cases {
		p := filepath.Join(dir, c.Name+".py")
		require.NoError(t, os.WriteFile(p, c.Src, 0o644))
		paths = append(paths, p)
		if !c.BuildOnly {
			runnable = append(runnable, p)
		}
	}

	// CPython's verdicts and the CLI build run while we translate and build.
	havePython := progtest.Python311()
	if !havePython {
		t.Log("python3 (CPython 3.11) not on PATH: skipping the comparisons with CPython")
	}
	var (
		wg          sync.WaitGroup
		verdicts    []cpythonCompile
		verdictErr  error
		oracle      map[string]progtest.Outcome
		oracleErr   error
		cliPath     = filepath.Join(dir, "pyasync2go-cli")
		cliBuildErr error
	)
	if havePython {
		wg.Add(2)
		go func() { defer wg.Done(); verdicts, verdictErr = robustCPythonCompile(paths) }()
		go func() { defer wg.Done(); oracle, oracleErr = robustOracle(runnable) }()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		out, err := exec.Command("go", "build", "-o", cliPath, "./cmd/pyasync2go").CombinedOutput()
		if err != nil {
			cliBuildErr = fmt.Errorf("go build ./cmd/pyasync2go: %v\n%s", err, out)
		}
	}()

	start := time.Now()
	translations := make([]robustTranslation, len(cases))
	progs := map[string][]byte{}
	for i, c := range cases {
		translations[i] = robustTranslate(c)
		if tr := translations[i]; tr.Duration > time.Second {
			t.Logf("translating %s took %v (%v CPU)", c.Name, tr.Duration.Round(time.Millisecond), tr.CPU.Round(time.Millisecond))
		}
		if tr := translations[i]; tr.Panic == "" && !tr.Diags.HasErrors() && tr.GoSrc != nil {
			progs[c.Key] = tr.GoSrc
		}
	}
	t.Logf("translated %d inputs in %v: %d produced Go, the rest were rejected", len(cases), time.Since(start).Round(time.Millisecond), len(progs))
	binPath := filepath.Join(dir, "robust-programs")
	var notBuilt map[string]string
	var buildErr error
	if len(progs) > 0 {
		notBuilt, buildErr = progtest.BuildGo(progs, binPath)
	}
	t.Logf("built %d programs at %v", len(progs), time.Since(start).Round(time.Millisecond))
	wg.Wait()
	t.Logf("CPython and the CLI build done at %v", time.Since(start).Round(time.Millisecond))
	require.NoError(t, cliBuildErr)
	if havePython {
		require.NoError(t, verdictErr)
		require.NoError(t, oracleErr)
	}

	for i, c := range cases {
		tr := translations[i]
		if why, ok := notBuilt[c.Key]; ok {
			tr.NotBuilt = why
		}
		var verdict *cpythonCompile
		var want *progtest.Outcome
		if havePython {
			verdict = &verdicts[i]
			if o, ok := oracle[c.Name+".py"]; ok {
				want = &o
			}
		}
		t.Run(c.Name, func(t *testing.T) {
			f := &robustFailures{}
			checkRobustCase(f, c, tr, verdict, want, robustEnvFor{dir: dir, cli: cliPath, bin: binPath, buildErr: buildErr})
			reason, known := robustKnownBroken[c.Name]
			switch {
			case known && len(f.msgs) == 0 && !havePython:
				// Most known bugs are differences from CPython, invisible without it.
				t.Logf("known broken (%s); not confirmed without CPython", reason)
			case known && len(f.msgs) == 0:
				t.Errorf("%s is in robustKnownBroken (%s) but now passes: remove it from the map", c.Name, reason)
			case known:
				t.Logf("known broken (%s):\n%s", reason, strings.Join(f.msgs, "\n"))
			case len(f.msgs) > 0:
				t.Errorf("%s", strings.Join(f.msgs, "\n"))
			}
		})
	}
	for name := range robustKnownBroken {
		found := false
		for _, c := range cases {
			found = found || c.Name == name
		}
		assert.True(t, found, "robustKnownBroken names %q, which is not an input", name)
	}
}

type robustEnvFor struct {
	dir, cli, bin string
	buildErr      error
}

func checkRobustCase(f *robustFailures, c robustCase, tr robustTranslation, verdict *cpythonCompile, want *progtest.Outcome, env robustEnvFor) {
	if tr.Panic != "" {
		f.Errorf("driver.Translate panicked: %s", tr.Panic)
		return
	}
	for _, d := range tr.Diags {
		if strings.Contains(strings.ToLower(d.Msg), "internal error") {
			f.Errorf("internal error diagnostic (a crash, not a clean rejection):\n%s", robustTruncate(frontend.Render(d, c.Src), 2000))
		}
	}
	if c.Name == "big12k" {
		assert.Less(f, tr.CPU, robustTranslateLimit, "CPU time translating %d lines", bytes.Count(c.Src, []byte("\n")))
	}
	if verdict != nil && c.Expect == expectReject {
		assert.False(f, verdict.OK, "test input %s should be rejected by CPython, but CPython compiles it", c.Name)
	}
	rejectedByCPython := verdict != nil && !verdict.OK

	if tr.Diags.HasErrors() {
		checkRobustRejection(f, c, tr, verdict, env)
		return
	}
	switch {
	case c.Expect == expectReject:
		f.Errorf("accepted an input CPython rejects")
		return
	case rejectedByCPython:
		f.Errorf("accepted an input CPython rejects: %s line %d: %s", verdict.Kind, verdict.Line, verdict.Msg)
		return
	}
	checkRobustTranslation(f, c, tr, want, env)
}

func checkRobustRejection(f *robustFailures, c robustCase, tr robustTranslation, verdict *cpythonCompile, env robustEnvFor) {
	if c.Expect == expectTranslate {
		f.Errorf("rejected supported Python:\n%s", robustTruncate(robustRenderErrors(tr.Diags, c.Src), 4000))
	}
	assert.Nil(f, tr.GoSrc, "Go source produced despite error diagnostics")
	var errs []ir.Diagnostic
	for _, d := range tr.Diags {
		if d.Severity == ir.Error {
			errs = append(errs, d)
		}
	}
	lines := map[int]bool{}
	for _, d := range errs {
		lines[d.Pos.Line] = true
		checkRobustRender(f, c, d)
	}
	marked := map[int]bool{}
	for _, l := range c.ErrorLines {
		marked[l] = true
		assert.True(f, lines[l], "no error reported on line %d (marked %q); got:\n%s", l, robustErrorMarker, robustRenderErrors(tr.Diags, c.Src))
	}
	if len(marked) > 0 {
		for _, d := range errs {
			assert.True(f, marked[d.Pos.Line], "spurious error on unmarked line %d (a cascade of an earlier error?):\n%s", d.Pos.Line, frontend.Render(d, c.Src))
		}
	}
	if verdict != nil && !verdict.OK && verdict.Kind == "SyntaxError" && verdict.Line > 0 && strings.HasPrefix(c.Name, "syntax_") {
		assert.Equal(f, verdict.Line, errs[0].Pos.Line, "line of the first error; CPython: SyntaxError: %s", verdict.Msg)
	}
	// The CLI must reject it too, with status 2 and the same diagnostics.
	got, stderr, err := progtest.Run(env.cli, []string{"check", c.Name + ".py"}, env.dir)
	if assert.NoError(f, err, "pyasync2go check") {
		assert.Equal(f, 2, got.Status, "exit status of `pyasync2go check %s.py`; stderr:\n%s", c.Name, robustTruncate(stderr, 2000))
		assert.Equal(f, robustRenderAll(tr.Diags, c.Src), stderr, "`pyasync2go check` stderr")
	}
	got, stderr, err = progtest.Run(env.cli, []string{c.Name + ".py"}, env.dir)
	if assert.NoError(f, err, "pyasync2go FILE") {
		assert.Equal(f, 2, got.Status, "exit status of `pyasync2go %s.py`; stderr:\n%s", c.Name, robustTruncate(stderr, 2000))
		assert.Empty(f, got.Stdout, "`pyasync2go %s.py` wrote Go source for a rejected input", c.Name)
	}
}

// checkRobustRender checks the rustc-style rendering: header, then the source line and a caret
// when the line is printable text.
func checkRobustRender(f *robustFailures, c robustCase, d ir.Diagnostic) {
	text := frontend.Render(d, c.Src)
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	m := robustHeader.FindStringSubmatch(lines[0])
	if !assert.NotNil(f, m, "diagnostic header %q is not FILE:LINE:COL: error: MSG", lines[0]) {
		return
	}
	assert.Equal(f, c.Name+".py", m[1])
	assert.GreaterOrEqual(f, d.Pos.Line, 1, "line of %q", lines[0])
	assert.GreaterOrEqual(f, d.Pos.Col, 1, "column of %q", lines[0])
	assert.True(f, utf8.ValidString(text) && !strings.ContainsRune(text, 0), "rendered diagnostic is not clean text: %q", text)
	if src, ok := robustSourceLine(c.Src, d.Pos.Line); ok && strings.TrimSpace(src) != "" {
		if assert.GreaterOrEqual(f, len(lines), 3, "no source line and caret under %q", lines[0]) {
			assert.Regexp(f, `^ *\d+ \| `, lines[1], "source line of %q", lines[0])
			assert.Regexp(f, `^ +\| *\^$`, lines[2], "caret line of %q", lines[0])
		}
	}
}

// robustSourceLine is line n (1-based) without its ending, if it is printable UTF-8 text.
func robustSourceLine(src []byte, n int) (string, bool) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	all := strings.Split(string(src), "\n")
	if n < 1 || n > len(all) {
		return "", false
	}
	line := strings.TrimRight(all[n-1], "\r")
	if !utf8.ValidString(line) || strings.ContainsRune(line, 0) {
		return "", false
	}
	return line, true
}

func checkRobustTranslation(f *robustFailures, c robustCase, tr robustTranslation, want *progtest.Outcome, env robustEnvFor) {
	if !assert.NotEmpty(f, tr.GoSrc, "no Go source and no error") {
		return
	}
	formatted, err := format.Source(tr.GoSrc)
	if assert.NoError(f, err, "generated Go does not parse") {
		assert.True(f, bytes.Equal(formatted, tr.GoSrc), "generated Go is not gofmt-clean")
	}
	assert.Contains(f, string(tr.GoSrc), "\n//line ", "generated Go has no //line directives")
	checkRobustLineDirectives(f, c, tr.GoSrc)
	got, stderr, err := progtest.Run(env.cli, []string{"check", c.Name + ".py"}, env.dir)
	if assert.NoError(f, err, "pyasync2go check") {
		assert.Equal(f, 0, got.Status, "exit status of `pyasync2go check %s.py`; stderr:\n%s", c.Name, robustTruncate(stderr, 2000))
		assert.NotContains(f, stderr, ": error: ", "`pyasync2go check` reports an error Translate did not")
	}
	if tr.NotBuilt != "" {
		f.Errorf("generated Go does not compile:\n%s", robustTruncate(tr.NotBuilt, 4000))
		return
	}
	if env.buildErr != nil {
		f.Errorf("building the programs: %v", env.buildErr)
		return
	}
	if c.BuildOnly {
		return
	}
	got, stderr, err = progtest.Run(env.bin, []string{c.Key}, env.dir)
	if !assert.NoError(f, err, "running the generated program") || want == nil {
		return
	}
	if want.Stdout != got.Stdout {
		f.Errorf("stdout differs from CPython's:\n--- CPython\n%s\n--- pyasync2go\n%s", robustTruncate(want.Stdout, 3000), robustTruncate(got.Stdout, 3000))
	}
	assert.Equal(f, want.Status, got.Status, "exit status; stderr:\n%s", robustTruncate(stderr, 2000))
	if want.Status != 0 {
		assert.Equal(f, progtest.LastLine(want.Stderr), progtest.LastLine(got.Stderr), "last line of stderr")
	}
}

var robustLineDirective = regexp.MustCompile(`(?m)^//line ([^:\n]+):(\d+)$`)

// checkRobustLineDirectives: a program with statements maps Go lines back to its own .py file,
// and only to lines that exist.
func checkRobustLineDirectives(f *robustFailures, c robustCase, goSrc []byte) {
	// Lines end as CPython's tokenizer ends them: \r\n, \n, or a lone \r.
	text := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(string(bytes.TrimPrefix(c.Src, []byte("\xef\xbb\xbf"))))
	lines := strings.Split(text, "\n")
	hasStatements := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		hasStatements = hasStatements || (l != "" && !strings.HasPrefix(l, "#"))
	}
	pyLines := 0
	for _, m := range robustLineDirective.FindAllStringSubmatch(string(goSrc), -1) {
		// Directives carry the name with newline, CR and "*/" replaced by
		// "?" (they would end the comment); codegen.posName.
		if m[1] != strings.NewReplacer("\n", "?", "\r", "?", "*/", "*?").Replace(c.Name+".py") {
			continue
		}
		pyLines++
		n, _ := strconv.Atoi(m[2])
		if n < 1 || n > len(lines) {
			f.Errorf("//line %s:%s points outside the %d-line source", m[1], m[2], len(lines))
			return
		}
	}
	if hasStatements {
		assert.Positive(f, pyLines, "no //line directive points into %s.py", c.Name)
	}
}

func robustRenderErrors(ds ir.Diagnostics, src []byte) string {
	var b strings.Builder
	for _, d := range ds {
		if d.Severity == ir.Error {
			b.WriteString(frontend.Render(d, src))
		}
	}
	return b.String()
}

// robustRenderAll is what the CLI prints: every diagnostic, each ending in a newline.
func robustRenderAll(ds ir.Diagnostics, src []byte) string {
	var b strings.Builder
	for _, d := range ds {
		text := frontend.Render(d, src)
		b.WriteString(text)
		if !strings.HasSuffix(text, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func robustTruncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + fmt.Sprintf("\n... (%d more bytes)", len(s)-n)
}
