package codegen_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/internal/progtest"
)

// knownStderrBroken lists programs whose stderr differs from CPython for a
// reason outside codegen; their stdout and status are still checked. An entry
// that names no program, or a program whose stderr now matches, fails the test.
var knownStderrBroken = map[string]string{}

// TestEndToEnd translates the programs in testdata/e2e (one per group of
// constructs) and the tricky programs, builds them all into one binary (the
// project's one harness, internal/progtest), runs each under the virtual clock,
// and compares stdout, stderr and the exit status with CPython running the same
// file through the oracle. Expected output is never stored here: python3 is the
// oracle, run at test time. The generated Go must also be vet-clean.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go programs")
	}
	require.True(t, progtest.Python311(), "python3 (CPython 3.11) is the oracle of this test")
	files, _ := filepath.Glob("testdata/e2e/*.py")
	tricky, _ := filepath.Glob("../testdata/py/tricky*.py")
	files = append(files, tricky...)
	if glob := os.Getenv("CODEGEN_E2E_GLOB"); glob != "" {
		files, _ = filepath.Glob(glob)
	}
	require.NotEmpty(t, files)
	var cases []progtest.Case
	names := map[string]bool{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		names[name+".py"] = true
		cases = append(cases, progtest.Case{Name: name, PyPath: f, Key: progtest.PackageKey(name)})
	}
	for base := range knownStderrBroken {
		assert.True(t, names[base], "knownStderrBroken names %s, which is not a program here", base)
	}
	oracle, err := progtest.StartOracle(cases)
	require.NoError(t, err)
	t.Cleanup(oracle.Cleanup)
	bin := progtest.Build(cases, codegen.Options{})
	t.Cleanup(bin.Remove)
	require.NoError(t, bin.BuildError)
	vetGenerated(t, bin.Sources)

	for _, c := range cases {
		t.Run(c.Name+".py", func(t *testing.T) {
			t.Parallel()
			want, stderr, err := oracle.Result(c)
			require.NoError(t, err, "oracle stderr:\n%s", stderr)
			why, failed := bin.Failed[c.Name]
			require.False(t, failed, "%s", why)
			got, _, err := progtest.Run(bin.Path, []string{c.Key}, filepath.Dir(c.PyPath))
			require.NoError(t, err)
			assert.Equal(t, want.Stdout, got.Stdout, "stdout")
			assert.Equal(t, want.Status, got.Status, "exit status; stderr:\n%s", got.Stderr)
			wantErr, gotErr := want.Stderr, got.Stderr // byte for byte: these programs print no location marks
			if why, broken := knownStderrBroken[c.Name+".py"]; broken {
				if wantErr == gotErr {
					t.Errorf("stderr now matches CPython: remove %s from knownStderrBroken", c.Name+".py")
				} else {
					t.Logf("stderr differs, known (%s):\nwant:\n%s\ngot:\n%s", why, wantErr, gotErr)
				}
				return
			}
			assert.Equal(t, wantErr, gotErr, "stderr")
		})
	}
}

// vetGenerated runs go vet over the generated programs in the build workspace.
func vetGenerated(t *testing.T, sources map[string][]byte) {
	ws, err := driver.NewWorkspace("")
	require.NoError(t, err)
	vetDir := filepath.Join(ws.Dir, "codegen-vet")
	require.NoError(t, os.RemoveAll(vetDir))
	defer os.RemoveAll(vetDir)
	for key, src := range sources {
		require.NoError(t, os.MkdirAll(filepath.Join(vetDir, key), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(vetDir, key, "prog.go"), src, 0o644))
	}
	vet := exec.Command("go", "vet", "./codegen-vet/...")
	vet.Dir = ws.Dir
	out, err := vet.CombinedOutput()
	assert.NoError(t, err, "go vet of the generated code:\n%s", out)
}
