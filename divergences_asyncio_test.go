package pyasync2go_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// divergencesAsyncioDir holds the minimal repros of issue 17: asyncio-API programs we once
// accepted and ran with an output or exit status different from CPython's, each NAME.py with
// CPython's stdout (NAME.want) and exit status (NAME.wantrc). Shared material outside the
// repository, like divergencesDir.
const divergencesAsyncioDir = "../shared/divergences-asyncio"

// divergencesAsyncioExpectedToFail are the repros that still differ, each with the reason. The
// test fails when one starts passing (remove it then) or when its file is gone.
var divergencesAsyncioExpectedToFail = map[string]string{
	// README, "The deterministic clock contract": unretrieved exceptions are reported at exit,
	// not when the last reference goes (CPython's reference counting).
	"del_task_unretrieved_handler": "documented divergence of the clock contract",
}

// TestDivergencesAsyncio translates every asyncio repro into one binary, runs each, and compares
// with CPython's recorded stdout and exit status.
func TestDivergencesAsyncio(t *testing.T) {
	if _, err := os.Stat(divergencesAsyncioDir); err != nil {
		t.Skipf("%s is absent: %v", divergencesAsyncioDir, err)
	}
	paths, err := filepath.Glob(filepath.Join(divergencesAsyncioDir, "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	sort.Strings(paths)
	var cases []corpusCase
	present := map[string]bool{}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		present[name] = true
		cases = append(cases, corpusCase{Name: name, PyPath: p, Key: packageKey(name)})
	}
	for name := range divergencesAsyncioExpectedToFail {
		require.True(t, present[name], "%s is listed in divergences_asyncio_test.go but %s/%s.py does not exist", name, divergencesAsyncioDir, name)
	}
	bin := buildPrograms(cases)
	if bin.Path != "" {
		t.Cleanup(func() { os.RemoveAll(filepath.Dir(bin.Path)) })
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			stem := strings.TrimSuffix(c.PyPath, ".py")
			stdout, err := os.ReadFile(stem + ".want")
			require.NoError(t, err)
			rc, err := os.ReadFile(stem + ".wantrc")
			require.NoError(t, err)
			status, err := strconv.Atoi(strings.TrimSpace(string(rc)))
			require.NoError(t, err)

			problem := divergenceAsyncioProblem(bin, c, outcome{Stdout: string(stdout), Status: status})
			why, expectFail := divergencesAsyncioExpectedToFail[c.Name]
			switch {
			case expectFail && problem == "":
				t.Errorf("%s now passes: remove it from divergencesAsyncioExpectedToFail (%s)", c.Name, why)
			case expectFail:
				t.Logf("expected failure (%s):\n%s", why, problem)
			case problem != "":
				t.Error(problem)
			}
		})
	}
}

// divergenceAsyncioProblem is "" when c runs as CPython ran it, else what differs.
func divergenceAsyncioProblem(bin *corpusBinary, c corpusCase, want outcome) string {
	if why, failed := bin.Failed[c.Name]; failed {
		return c.PyPath + " is not in the binary: " + why
	}
	if bin.BuildError != nil {
		return "building the binary: " + bin.BuildError.Error()
	}
	got, stderr, err := runCommand(bin.Path, []string{c.Key}, filepath.Dir(c.PyPath))
	if err != nil {
		return err.Error() + "\nstderr:\n" + stderr
	}
	got.StderrLast = "" // the .want files record stdout and status only
	if d := diffOutcome(want, got); d != "" {
		return d + "stderr:\n" + stderr
	}
	return ""
}
