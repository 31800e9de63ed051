package pyasync2go_test

import (
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/internal/progtest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// divergenceSuite is a folder of minimal repros: programs we once accepted and ran with an output
// or exit status different from CPython's. Each NAME.py comes with CPython's stdout (NAME.want)
// and exit status (NAME.wantrc). The folders are shared material outside the repository.
type divergenceSuite struct {
	dir string
	// expectedToFail are the repros still open, each with the reason. The test fails when one of
	// them starts passing (remove it from the list then) or when its file is gone.
	expectedToFail map[string]string
	// rejected are the repros resolved by a translation-time diagnostic instead of an exact run:
	// name -> a substring the diagnostic must contain (it names the construct).
	rejected map[string]string
}

var divergenceSuites = map[string]divergenceSuite{
	// Issue 16: the value layer and the language.
	"values": {
		dir: "../shared/divergences",
		rejected: map[string]string{
			// CPython returns a complex number; pyasync2go has no complex type. With constant
			// operands the translator knows the power is complex and rejects it; otherwise the
			// runtime stops with py.Unsupported naming it (DESIGN.md, "Floating point").
			"complex_pow_result": "complex numbers are not supported",
		},
	},
	// Issue 17: the asyncio API.
	"asyncio": {
		dir: "../shared/divergences-asyncio",
		expectedToFail: map[string]string{
			// README, "The deterministic clock contract": unretrieved exceptions are reported at
			// exit, not when the last reference goes (CPython's reference counting).
			"del_task_unretrieved_handler": "documented divergence of the clock contract",
		},
	},
}

// TestDivergences translates every repro of a suite into one binary, runs each, and compares with
// CPython's recorded stdout and exit status.
func TestDivergences(t *testing.T) {
	for name, suite := range divergenceSuites {
		t.Run(name, func(t *testing.T) { suite.run(t) })
	}
}

func (s divergenceSuite) run(t *testing.T) {
	if _, err := os.Stat(s.dir); err != nil {
		t.Skipf("%s is absent: %v", s.dir, err)
	}
	paths, err := filepath.Glob(filepath.Join(s.dir, "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	sort.Strings(paths)
	var cases []progtest.Case
	present := map[string]bool{}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		present[name] = true
		cases = append(cases, progtest.Case{Name: name, PyPath: p, Key: progtest.PackageKey(name)})
	}
	for _, list := range []map[string]string{s.expectedToFail, s.rejected} {
		for name := range list {
			require.True(t, present[name], "%s is listed in divergences_test.go but %s/%s.py does not exist", name, s.dir, name)
		}
	}
	bin := progtest.Build(cases, codegen.Options{})
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
			want := progtest.Outcome{Stdout: string(stdout), Status: status}

			problem := s.problem(bin, c, want)
			why, expectFail := s.expectedToFail[c.Name]
			switch {
			case expectFail && problem == "":
				t.Errorf("%s now passes: remove it from the expected failures in divergences_test.go (%s)", c.Name, why)
			case expectFail:
				t.Logf("expected failure (%s):\n%s", why, problem)
			case problem != "":
				t.Error(problem)
			}
		})
	}
}

// problem is "" when c runs as CPython ran it (or is rejected as s.rejected expects), else what
// differs.
func (s divergenceSuite) problem(bin *progtest.Binary, c progtest.Case, want progtest.Outcome) string {
	why, failed := bin.Failed[c.Name]
	if diag, ok := s.rejected[c.Name]; ok {
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
	got, stderr, err := progtest.Run(bin.Path, []string{c.Key}, filepath.Dir(c.PyPath))
	if err != nil {
		return err.Error() + "\nstderr:\n" + stderr
	}
	got.Stderr = "" // the .want files record stdout and status only
	if d := progtest.Diff(want, got); d != "" {
		return d + "stderr:\n" + stderr
	}
	return ""
}
