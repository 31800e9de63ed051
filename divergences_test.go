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

// divergencesDir holds the minimal repros of issue 16: programs we once accepted and ran with an
// output different from CPython's. Each NAME.py comes with CPython's stdout (NAME.want) and exit
// status (NAME.wantrc). It is shared material outside the repository.
const divergencesDir = "../shared/divergences"

// divergencesExpectedToFail are the repros still open, each owned by the engineer named. The test
// fails when one of them starts passing (remove it from this list then) or when its file is gone.
var divergencesExpectedToFail = map[string]string{
	"complex_pow_result": "float",
}

// divergencesRejected are the repros resolved by a translation-time diagnostic instead of an exact
// run: name -> a substring the diagnostic must contain (it names the construct).
var divergencesRejected = map[string]string{}

// TestDivergences translates every repro into one binary, runs each, and compares with CPython's
// recorded stdout and exit status.
func TestDivergences(t *testing.T) {
	if _, err := os.Stat(divergencesDir); err != nil {
		t.Skipf("%s is absent: %v", divergencesDir, err)
	}
	paths, err := filepath.Glob(filepath.Join(divergencesDir, "*.py"))
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
	for _, list := range []map[string]string{divergencesExpectedToFail, divergencesRejected} {
		for name := range list {
			require.True(t, present[name], "%s is listed in divergences_test.go but %s/%s.py does not exist", name, divergencesDir, name)
		}
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
			want := outcome{Stdout: string(stdout), Status: status}

			problem := divergenceProblem(t, bin, c, want)
			owner, expectFail := divergencesExpectedToFail[c.Name]
			switch {
			case expectFail && problem == "":
				t.Errorf("%s now passes: remove it from divergencesExpectedToFail (owner %s)", c.Name, owner)
			case expectFail:
				t.Logf("expected failure (owner %s):\n%s", owner, problem)
			case problem != "":
				t.Error(problem)
			}
		})
	}
}

// divergenceProblem is "" when c runs as CPython ran it (or is rejected as divergencesRejected
// expects), else what differs.
func divergenceProblem(t *testing.T, bin *corpusBinary, c corpusCase, want outcome) string {
	why, failed := bin.Failed[c.Name]
	if diag, ok := divergencesRejected[c.Name]; ok {
		if failed && strings.Contains(why, diag) {
			return ""
		}
		return "want a diagnostic containing " + strconv.Quote(diag) + ", got: " + why
	}
	if failed {
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
