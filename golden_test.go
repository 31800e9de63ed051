package pyasync2go_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the CPython oracle (python3 testdata/oracle.py)")

const (
	corpusDir   = "testdata/py"
	goldenDir   = "testdata/golden"
	oraclePath  = "testdata/oracle.py"
	caseTimeout = 60 * time.Second
	// noFinalNewline marks, in the archive comment, a stdout that does not end in "\n":
	// txtar always terminates a file section with one.
	noFinalNewline = "stdout has no final newline"
)

// runEnv is the environment of both the oracle and the generated programs: the virtual clock
// makes time-dependent output reproducible, TZ pins strftime/localtime.
var runEnv = []string{"PYASYNC2GO_CLOCK=virtual", "TZ=UTC"}

// outputChangingVars would make a run differ from the golden files: another epoch, zone or
// clock mode, or CPython debug/warning/encoding/path settings. The golden and robustness
// suites share it, through testEnv.
var outputChangingVars = regexp.MustCompile(`^(PYASYNC2GO_\w*|TZ|PYTHON(ASYNCIODEBUG|DEVMODE|WARNINGS|TRACEMALLOC|IOENCODING|UTF8|OPTIMIZE|INSPECT|PATH|HOME|STARTUP|SAFEPATH))=`)

// testEnv is the process environment minus outputChangingVars, plus runEnv.
func testEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !outputChangingVars.MatchString(kv) {
			env = append(env, kv)
		}
	}
	return append(env, runEnv...)
}

// outcome is what a golden file records about one run.
type outcome struct {
	Stdout string
	Status int
	Stderr string // all of it, byte for byte
}

type corpusCase struct {
	Name   string // file base name without .py
	PyPath string // relative to the repository root
	Key    string // Go package name in the BuildMany binary
}

func (c corpusCase) goldenPath() string { return filepath.Join(goldenDir, c.Name+".txtar") }

func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "no programs in %s", corpusDir)
	notebooks, err := filepath.Glob(filepath.Join(corpusDir, "*.ipynb"))
	require.NoError(t, err)
	paths = append(paths, notebooks...)
	sort.Strings(paths)
	cases := make([]corpusCase, 0, len(paths))
	keys := map[string]string{}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		key := packageKey(name)
		require.NotContains(t, keys, key, "%s and %s map to the same Go package name", keys[key], name)
		keys[key] = name
		cases = append(cases, corpusCase{Name: name, PyPath: p, Key: key})
	}
	return cases
}

var nonIdent = regexp.MustCompile(`[^A-Za-z0-9_]`)

// packageKey turns a program name into a Go package name that BuildMany accepts. The "p_" prefix
// keeps names like "select" or "main" from colliding with Go keywords or the dispatcher.
func packageKey(name string) string {
	return "p_" + nonIdent.ReplaceAllString(strings.ToLower(name), "_")
}

// lastLine is the last line of s, ignoring the final newline.
func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func makeOutcome(stdout, stderr []byte, status int) outcome {
	return outcome{Stdout: string(stdout), Status: status, Stderr: string(stderr)}
}

// runCommand runs cmd with the test environment and returns its outcome; a run that cannot be
// started or exceeds caseTimeout is an error.
func runCommand(name string, args []string, dir string) (outcome, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), caseTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return outcome{}, stderr.String(), fmt.Errorf("%s %s: killed after %v", name, strings.Join(args, " "), caseTimeout)
	}
	status := 0
	if err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			return outcome{}, stderr.String(), err
		}
		status = exitErr.ExitCode()
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			status = 128 + int(ws.Signal()) // as a shell reports it
		}
	}
	return makeOutcome(stdout.Bytes(), stderr.Bytes(), status), stderr.String(), nil
}

// oracleBatch is one `oracle.py --batch` run over the whole corpus: a single interpreter start-up
// that forks a child per program instead of paying for one start-up each.
type oracleBatch struct {
	dir  string
	done chan struct{}
	err  error
}

func startOracleBatch(cases []corpusCase) (*oracleBatch, error) {
	root, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pyasync2go-oracle")
	if err != nil {
		return nil, err
	}
	b := &oracleBatch{dir: dir, done: make(chan struct{})}
	args := []string{filepath.Join(root, oraclePath), "--batch", dir, strconv.Itoa(runtime.GOMAXPROCS(0))}
	for _, c := range cases {
		args = append(args, filepath.Join(root, c.PyPath))
	}
	go func() {
		defer close(b.done)
		cmd := exec.Command("python3", args...)
		cmd.Env = testEnv()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.err = fmt.Errorf("python3 oracle.py --batch: %v\n%s", err, out)
		}
	}()
	return b, nil
}

// result waits for the batch and returns the oracle's outcome for c and its full stderr.
func (b *oracleBatch) result(c corpusCase) (outcome, string, error) {
	<-b.done
	if b.err != nil {
		return outcome{}, "", b.err
	}
	stem := filepath.Join(b.dir, c.Name)
	stdout, err := os.ReadFile(stem + ".stdout")
	if err != nil {
		return outcome{}, "", err
	}
	stderr, err := os.ReadFile(stem + ".stderr")
	if err != nil {
		return outcome{}, "", err
	}
	statusText, err := os.ReadFile(stem + ".status")
	if err != nil {
		return outcome{}, "", err
	}
	status, err := strconv.Atoi(strings.TrimSpace(string(statusText)))
	if err != nil {
		return outcome{}, "", err
	}
	return makeOutcome(stdout, stderr, status), string(stderr), nil
}

func (b *oracleBatch) cleanup() {
	<-b.done
	os.RemoveAll(b.dir)
}

// python311 reports whether python3 on PATH is CPython 3.11, the only valid oracle.
var python311 = sync.OnceValue(func() bool {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])").Output()
	return err == nil && strings.TrimSpace(string(out)) == "cpython 3 11"
})

func formatGolden(c corpusCase, o outcome) ([]byte, error) {
	var comment strings.Builder
	fmt.Fprintf(&comment, "Generated by `go test -run TestGolden -update`; do not edit.\n")
	fmt.Fprintf(&comment, "CPython oracle: %s python3 %s %s\n", strings.Join(runEnv, " "), oraclePath, c.PyPath)
	if o.Stdout != "" && !strings.HasSuffix(o.Stdout, "\n") {
		comment.WriteString(noFinalNewline + "\n")
	}
	for _, line := range strings.Split(o.Stdout, "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") {
			return nil, fmt.Errorf("%s: stdout line %q looks like a txtar file marker", c.Name, line)
		}
	}
	if o.Stderr != "" && !strings.HasSuffix(o.Stderr, "\n") {
		return nil, fmt.Errorf("%s: stderr does not end in a newline, which txtar cannot keep", c.Name)
	}
	sections := []section{
		{Name: "stdout", Data: o.Stdout},
		{Name: "status", Data: strconv.Itoa(o.Status) + "\n"},
	}
	if o.Stderr != "" {
		sections = append(sections, section{Name: "stderr", Data: o.Stderr})
	}
	return formatTxtar(comment.String(), sections), nil
}

// section is one file of a txtar archive. The format is golang.org/x/tools/txtar's; it is
// written here because importing x/tools needs a newer go directive than go.mod declares.
type section struct{ Name, Data string }

func formatTxtar(comment string, sections []section) []byte {
	var b bytes.Buffer
	b.WriteString(comment)
	for _, s := range sections {
		fmt.Fprintf(&b, "-- %s --\n%s", s.Name, s.Data)
		if s.Data != "" && !strings.HasSuffix(s.Data, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

func parseTxtar(data string) (comment string, sections []section) {
	lines := strings.SplitAfter(data, "\n")
	current := -1
	var body strings.Builder
	flush := func() {
		if current < 0 {
			comment = body.String()
		} else {
			sections[current].Data = body.String()
		}
		body.Reset()
	}
	for _, line := range lines {
		trimmed := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) >= 7 {
			flush()
			sections = append(sections, section{Name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			current = len(sections) - 1
			continue
		}
		body.WriteString(line)
	}
	flush()
	return comment, sections
}

func parseGolden(data []byte) (outcome, error) {
	comment, files := parseTxtar(string(data))
	sections := map[string]string{}
	for _, f := range files {
		sections[f.Name] = f.Data
	}
	stdout, ok := sections["stdout"]
	if !ok {
		return outcome{}, errors.New("no -- stdout -- section")
	}
	if strings.Contains(comment, noFinalNewline) {
		stdout = strings.TrimSuffix(stdout, "\n")
	}
	status, err := strconv.Atoi(strings.TrimSpace(sections["status"]))
	if err != nil {
		return outcome{}, fmt.Errorf("bad -- status -- section: %v", err)
	}
	if _, old := sections["stderr-last"]; old {
		return outcome{}, errors.New("an old golden file (-- stderr-last --): rerun -update")
	}
	return outcome{Stdout: stdout, Status: status, Stderr: sections["stderr"]}, nil
}

func readGolden(c corpusCase) (outcome, error) {
	data, err := os.ReadFile(c.goldenPath())
	if err != nil {
		return outcome{}, err
	}
	o, err := parseGolden(data)
	if err != nil {
		return outcome{}, fmt.Errorf("%s: %w", c.goldenPath(), err)
	}
	return o, nil
}

// caretLine matches the location marks CPython 3.11 prints under a traceback's source line
// (`    ^^^^^^` or `    ~~~~^^^^`), also inside an exception group's `|` margin.
var caretLine = regexp.MustCompile(`(?m)^[ |]*[~^]+\n`)

// withoutCarets drops the location-mark lines from a stderr text. Generated programs do not print
// them yet for the program's own frames (their tracebacks know lines, not columns): this is the one
// part of stderr the golden suite does not compare, and README's "Known limitations" says so.
func withoutCarets(stderr string) string { return caretLine.ReplaceAllString(stderr, "") }

// diffOutcome is "" when got matches want, else a readable report with a line diff of stdout and
// stderr (without location marks, see withoutCarets).
func diffOutcome(want, got outcome) string {
	var b strings.Builder
	if want.Stdout != got.Stdout {
		fmt.Fprintf(&b, "stdout differs (-want +got):\n%s", cmp.Diff(strings.SplitAfter(want.Stdout, "\n"), strings.SplitAfter(got.Stdout, "\n")))
	}
	if want.Status != got.Status {
		fmt.Fprintf(&b, "exit status: want %d, got %d\n", want.Status, got.Status)
	}
	if w, g := withoutCarets(want.Stderr), withoutCarets(got.Stderr); w != g {
		fmt.Fprintf(&b, "stderr differs, location marks aside (-want +got):\n%s", cmp.Diff(strings.SplitAfter(w, "\n"), strings.SplitAfter(g, "\n")))
	}
	return b.String()
}

func renderDiagnostics(ds ir.Diagnostics, src []byte) string {
	var b strings.Builder
	for _, d := range ds {
		if d.Severity == ir.Error {
			b.WriteString(frontend.Render(d, src))
		}
	}
	return b.String()
}

// corpusBinary is the one BuildMany binary holding every program that translated and compiled.
type corpusBinary struct {
	Path       string
	Failed     map[string]string // case name -> why it is not in the binary
	BuildError error             // set when not even the remaining programs build
}

var (
	corpusOnce  sync.Once
	corpusBuilt *corpusBinary
	corpusTemp  string
)

// buildErrorKeys extracts the programs that `go build` complained about from its output.
func buildErrorKeys(output string, progs map[string][]byte) []string {
	var keys []string
	for key := range progs {
		if strings.Contains(output, "/"+key+"\n") || strings.Contains(output, key+"/prog.go:") {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	return keys
}

// buildErrorSection is the part of the `go build` output about one program: from its
// "# import/path/KEY" line to the next package header.
func buildErrorSection(output, key string) string {
	var b strings.Builder
	in := false
	for _, line := range strings.SplitAfter(output, "\n") {
		if strings.HasPrefix(line, "# ") {
			in = strings.HasSuffix(strings.TrimSpace(line), "/"+key)
		}
		if in || strings.Contains(line, key+"/prog.go:") {
			b.WriteString(line)
		}
	}
	if b.Len() == 0 {
		return output
	}
	return b.String()
}

func buildCorpus(t testing.TB) *corpusBinary {
	t.Helper()
	corpusOnce.Do(func() {
		corpusBuilt = buildPrograms(loadCorpus(t))
		if corpusBuilt.Path != "" {
			corpusTemp = filepath.Dir(corpusBuilt.Path)
		}
	})
	return corpusBuilt
}

// buildPrograms translates every case and builds those that translate into one BuildMany binary
// in a new temporary directory (the caller removes filepath.Dir(Path)). divergences_test.go
// shares it.
func buildPrograms(cases []corpusCase) *corpusBinary {
	res := &corpusBinary{Failed: map[string]string{}}
	progs := map[string][]byte{}
	for _, c := range cases {
		src, err := os.ReadFile(c.PyPath)
		if err != nil {
			res.Failed[c.Name] = err.Error()
			continue
		}
		if frontend.IsNotebook(c.PyPath) {
			nb, diags := frontend.ReadNotebook(c.PyPath, src)
			if diags.HasErrors() {
				res.Failed[c.Name] = "not a runnable notebook:\n" + renderDiagnostics(diags, nb.Source)
				continue
			}
			src = nb.Code
		}
		goSrc, diags := driver.Translate(c.PyPath, src, codegen.Options{Package: c.Key})
		if diags.HasErrors() || goSrc == nil {
			res.Failed[c.Name] = "translation failed:\n" + renderDiagnostics(diags, src)
			continue
		}
		progs[c.Key] = goSrc
	}
	if len(progs) == 0 {
		res.BuildError = errors.New("no program translated")
		return res
	}
	ws, err := driver.NewWorkspace("")
	if err != nil {
		res.BuildError = err
		return res
	}
	dir, err := os.MkdirTemp("", "pyasync2go-golden")
	if err != nil {
		res.BuildError = err
		return res
	}
	res.Path = filepath.Join(dir, "corpus")
	byKey := map[string]string{}
	for _, c := range cases {
		byKey[c.Key] = c.Name
	}
	// A codegen bug in one program must not hide the results of all others: drop the
	// programs the compiler names and build again.
	for attempt := 0; attempt < 4; attempt++ {
		err = ws.BuildMany(progs, res.Path)
		var be *driver.BuildError
		if err == nil || !errors.As(err, &be) {
			break
		}
		bad := buildErrorKeys(be.Output, progs)
		if len(bad) == 0 {
			break
		}
		for _, key := range bad {
			res.Failed[byKey[key]] = "generated Go does not compile:\n" + buildErrorSection(be.Output, key)
			delete(progs, key)
		}
		if len(progs) == 0 {
			break
		}
	}
	res.BuildError = err
	return res
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if corpusTemp != "" {
		os.RemoveAll(corpusTemp)
	}
	os.Exit(code)
}

// runGenerated runs one program of the corpus binary.
func runGenerated(t *testing.T, bin *corpusBinary, c corpusCase) outcome {
	t.Helper()
	if why, failed := bin.Failed[c.Name]; failed {
		t.Fatalf("%s is not in the corpus binary: %s", c.PyPath, why)
	}
	require.NoError(t, bin.BuildError, "building the corpus binary")
	got, stderr, err := runCommand(bin.Path, []string{c.Key}, filepath.Dir(c.PyPath))
	require.NoError(t, err, "stderr:\n%s", stderr)
	if got.Status != 0 && testing.Verbose() {
		t.Logf("stderr of the generated program:\n%s", stderr)
	}
	return got
}

func TestGolden(t *testing.T) {
	t.Parallel() // with TestOracleSelftest: both mostly wait for subprocesses
	cases := loadCorpus(t)
	if *update {
		updateGoldens(t, cases)
		return
	}
	var oracle *oracleBatch
	switch {
	case !python311():
		t.Log("python3 (CPython 3.11) not found: the committed golden files are the oracle")
	case testing.Short():
		t.Log("-short: not re-running the oracle")
	default:
		// The oracle runs while the corpus builds.
		var err error
		oracle, err = startOracleBatch(cases)
		require.NoError(t, err)
		t.Cleanup(oracle.cleanup)
	}
	bin := buildCorpus(t)
	var ran, matching atomic.Int32
	t.Cleanup(func() { // runs after the parallel subtests
		t.Logf("%d of %d programs run print what CPython prints", matching.Load(), ran.Load())
	})
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			ran.Add(1)
			want, err := readGolden(c)
			require.NoError(t, err, "run `go test -run TestGolden -update` to create it")
			if oracle != nil {
				fresh, stderr, err := oracle.result(c)
				require.NoError(t, err, "oracle stderr:\n%s", stderr)
				if d := diffOutcome(want, fresh); d != "" {
					t.Errorf("%s drifted from a fresh CPython run (rerun -update if the change is intended):\n%s", c.goldenPath(), d)
				}
			}
			got := runGenerated(t, bin, c)
			if d := diffOutcome(want, got); d != "" {
				t.Errorf("generated program differs from CPython (%s):\n%s", c.goldenPath(), d)
			} else {
				matching.Add(1)
			}
		})
	}
}

func updateGoldens(t *testing.T, cases []corpusCase) {
	require.True(t, python311(), "-update needs python3 = CPython 3.11 on PATH")
	require.NoError(t, os.MkdirAll(goldenDir, 0o755))
	oracle, err := startOracleBatch(cases)
	require.NoError(t, err)
	defer oracle.cleanup()
	keep := map[string]bool{}
	for _, c := range cases {
		keep[c.goldenPath()] = true
		o, stderr, err := oracle.result(c)
		require.NoError(t, err, "%s: %s", c.Name, stderr)
		data, err := formatGolden(c, o)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(c.goldenPath(), data, 0o644))
	}
	stale, err := filepath.Glob(filepath.Join(goldenDir, "*.txtar"))
	require.NoError(t, err)
	for _, p := range stale {
		if !keep[p] {
			require.NoError(t, os.Remove(p))
			t.Logf("removed %s: its program is gone", p)
		}
	}
}

func TestGoldenFormatRoundTrip(t *testing.T) {
	c := corpusCase{Name: "x", PyPath: "testdata/py/x.py"}
	for _, o := range []outcome{
		{Stdout: "a\nb\n", Status: 0},
		{Stdout: "no newline", Status: 0},
		{Stdout: "", Status: 3, Stderr: "deadlock: event loop has nothing to wait for\n"},
		{Stdout: "x\n\n", Status: 1, Stderr: "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nKeyError: 'k'\n"},
		{Stdout: "warned\n", Status: 0, Stderr: "x.py:1: UserWarning: w\n"},
	} {
		data, err := formatGolden(c, o)
		require.NoError(t, err)
		back, err := parseGolden(data)
		require.NoError(t, err)
		require.Equal(t, o, back, "%s", data)
	}
	tb := "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    print(d[k] + 1)\n          ~^^^\n" +
		"    | ValueError: v\n    |     ^^^^^\nKeyError: 'k'\n  ^ not a mark\n"
	require.Equal(t, "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    print(d[k] + 1)\n"+
		"    | ValueError: v\nKeyError: 'k'\n  ^ not a mark\n", withoutCarets(tb))
	require.Contains(t, diffOutcome(outcome{Stderr: "a\n"}, outcome{Stderr: "b\n"}), "stderr differs")
	_, err := formatGolden(c, outcome{Stdout: "-- stdout --\n"})
	require.Error(t, err)
	require.Equal(t, "last", lastLine("first\nlast\n"))
	require.Equal(t, "p_seed000_x", packageKey("seed000_x"))
	t.Setenv("PYASYNC2GO_EPOCH", "1")
	t.Setenv("PYTHONWARNINGS", "error")
	env := strings.Join(testEnv(), "\n")
	require.NotContains(t, env, "PYASYNC2GO_EPOCH")
	require.NotContains(t, env, "PYTHONWARNINGS")
	require.Contains(t, env, "PYASYNC2GO_CLOCK=virtual")
	out := "# example.com/prog/p1/p_a\na.py:1: undefined: x\n# example.com/prog/p1/p_ab\nab.py:2: undefined: y\n"
	require.Equal(t, []string{"p_a", "p_ab"}, buildErrorKeys(out, map[string][]byte{"p_a": nil, "p_ab": nil, "p_c": nil}))
	require.Equal(t, "# example.com/prog/p1/p_ab\nab.py:2: undefined: y\n", buildErrorSection(out, "p_ab"))
}

// TestOracleSelftest proves the oracle honours the clock contract: the tricky programs print the
// reference CPython outputs, and each contract clause is checked (testdata/oracle_selftest.py;
// its slower SemanticsExamples class is left to a manual run).
func TestOracleSelftest(t *testing.T) {
	if !python311() {
		t.Skip("python3 (CPython 3.11) not on PATH")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	t.Parallel()
	out, err := exec.Command("python3", "testdata/oracle_selftest.py", "TrickyPrograms", "Contract").CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// TestCorpusLayout keeps the corpus and its golden files in step and the seed programs traceable.
func TestCorpusLayout(t *testing.T) {
	cases := loadCorpus(t)
	want := map[string]bool{}
	seeds := 0
	for _, c := range cases {
		want[c.goldenPath()] = true
		if strings.HasPrefix(c.Name, "seed") {
			seeds++
			src, err := os.ReadFile(c.PyPath)
			require.NoError(t, err)
			require.True(t, strings.HasPrefix(string(src), "# Seed: ../shared/seeds/"),
				"%s must start with a header comment naming its seed file and snippet", c.PyPath)
		}
	}
	require.Equal(t, 15, seeds, "runnable seed snippets")
	goldens, err := filepath.Glob(filepath.Join(goldenDir, "*.txtar"))
	require.NoError(t, err)
	for _, g := range goldens {
		require.True(t, want[g], "%s has no program in %s (run -update to remove it)", g, corpusDir)
	}
}
