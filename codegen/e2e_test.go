package codegen_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/frontend"
)

// TestEndToEnd translates the programs in testdata/e2e (one per group of
// constructs) and the shared tricky programs, builds them all into one
// binary, runs each under the virtual clock, and compares stdout, stderr and
// the exit status with CPython running the same file through the project's
// oracle (testdata/oracle.py). Expected output is never stored: python3 is
// the oracle, run at test time.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go programs")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 (the oracle) is not installed")
	}
	oracle, err := filepath.Abs("../testdata/oracle.py")
	require.NoError(t, err)
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("testdata/oracle.py not present")
	}
	files, _ := filepath.Glob("testdata/e2e/*.py")
	tricky, _ := filepath.Glob("../testdata/py/tricky*.py")
	files = append(files, tricky...)
	require.NotEmpty(t, files)

	progs := map[string][]byte{}
	mains := map[string][]byte{}
	keys := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		key := "p" + strings.NewReplacer("-", "_", ".", "_").Replace(strings.TrimSuffix(filepath.Base(f), ".py"))
		m, diags := frontend.Parse(filepath.Base(f), src)
		require.False(t, diags.HasErrors(), "%s: frontend: %v", f, diags)
		out, diags := codegen.Generate(m, codegen.Options{Package: key})
		require.False(t, diags.HasErrors(), "%s: codegen: %v", f, diags)
		progs[key] = out
		keys[f] = key
		mains[f], _ = codegen.Generate(m, codegen.Options{})
	}
	ws, err := driver.NewWorkspace(filepath.Join(os.TempDir(), "pyasync2go-codegen-e2e"))
	require.NoError(t, err)
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "progs")
	// One build for all; if it fails, build each alone so one bad program
	// does not hide the others.
	manyErr := ws.BuildMany(progs, bin)
	command := func(f string) (string, []string, error) {
		if manyErr == nil {
			return bin, []string{keys[f]}, nil
		}
		one := filepath.Join(tmp, keys[f])
		return one, nil, ws.BuildProgram(mains[f], one)
	}

	env := append(os.Environ(), "PYASYNC2GO_CLOCK=virtual", "TZ=UTC")
	run := func(dir string, name string, args ...string) (string, string, int) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("running %s: %v", name, err)
		}
		return stdout.String(), stderr.String(), status
	}
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			dir, base := filepath.Dir(f), filepath.Base(f)
			wantOut, wantErr, wantStatus := run(dir, python, oracle, base)
			name, args, err := command(f)
			require.NoError(t, err)
			gotOut, gotErr, gotStatus := run(dir, name, args...)
			assert.Equal(t, wantOut, gotOut, "stdout")
			assert.Equal(t, wantStatus, gotStatus, "exit status; stderr:\n%s", gotErr)
			assert.Equal(t, wantErr, gotErr, "stderr")
		})
	}
}
