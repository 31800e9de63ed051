package main

import (
	"archive/zip"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/driver"
)

// cliName is the command scripts invoke; testscript installs the test
// binary under that name.
const cliName = "pyasync2go"

// TestMain lets the test binary act as the pyasync2go command inside the
// scripts (testscript re-executes it under that name).
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){cliName: main})
}

// TestScripts runs testdata/script/*.txtar. Expected program output in them
// was produced by python3 (CPython 3.11); where python3 is on PATH the
// scripts also re-run it to prove the pasted output is still CPython's.
func TestScripts(t *testing.T) {
	if testing.Short() {
		t.Skip("the scripts build and run programs")
	}
	goEnv := goEnvVars(t, "GOCACHE", "GOPATH", "GOMODCACHE", "GOROOT")
	// One workspace for all scripts, so the runtime is compiled once per run.
	cacheHome := t.TempDir()
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			// HOME is a file: nothing can be created under it, even as
			// root, so the CLI must work without a usable home directory.
			env.Setenv("HOME", os.DevNull)
			env.Setenv("XDG_CACHE_HOME", cacheHome)
			for k, v := range goEnv {
				env.Setenv(k, v)
			}
			// $CLI runs the command under test by its full path, for
			// scripts that empty PATH.
			cli, err := lookPathIn(cliName, env.Getenv("PATH"))
			if err != nil {
				return err
			}
			env.Setenv("CLI", cli)
			env.Setenv("RTMOD", driver.ModulePath)
			env.Setenv("RTVERSION", driver.RuntimeVersion)
			// $ORACLE is the project's CPython harness (the clock contract, notebooks).
			oracle, err := filepath.Abs("../../testdata/oracle.py")
			if err != nil {
				return err
			}
			env.Setenv("ORACLE", oracle)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":   cmdExits,
			"mkproxy": cmdMkproxy,
		},
	})
}

// cmdExits is `exits N cmd args...`: run cmd and require exit status N
// exactly. testscript's `! exec` only says "non-zero", and the CLI's
// contract distinguishes 1 (failure) from 2 (rejected input).
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("exits does not support negation")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits STATUS command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	if err != nil {
		var ee *exec.ExitError
		if !asExitError(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", strings.Join(args[1:], " "), got, want)
	}
}

func asExitError(err error, target **exec.ExitError) bool {
	for err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			*target = ee
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

// cmdMkproxy is `mkproxy DIR`: serve the runtime module of this checkout
// (../../rt) at version RTVERSION from a file-system module proxy in DIR, for
// GOPROXY=file://DIR. It proves the `go get` path without the network.
func cmdMkproxy(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: mkproxy DIR")
	}
	src := filepath.Join("..", "..", "rt")
	gomod, err := os.ReadFile(filepath.Join(src, "go.mod"))
	ts.Check(err)
	dir := filepath.Join(ts.MkAbs(args[0]), filepath.FromSlash(driver.ModulePath), "@v")
	ts.Check(os.MkdirAll(dir, 0o755))
	v := driver.RuntimeVersion
	ts.Check(os.WriteFile(filepath.Join(dir, "list"), []byte(v+"\n"), 0o644))
	ts.Check(os.WriteFile(filepath.Join(dir, v+".info"), []byte(`{"Version":"`+v+`","Time":"2026-01-01T00:00:00Z"}`), 0o644))
	ts.Check(os.WriteFile(filepath.Join(dir, v+".mod"), gomod, 0o644))
	f, err := os.Create(filepath.Join(dir, v+".zip"))
	ts.Check(err)
	zw := zip.NewWriter(f)
	prefix := driver.ModulePath + "@" + v + "/"
	ts.Check(filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		w, err := zw.Create(prefix + filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}))
	ts.Check(zw.Close())
	ts.Check(f.Close())
}

// lookPathIn is exec.LookPath over the scripts' PATH rather than ours.
func lookPathIn(name, path string) (string, error) {
	for _, dir := range filepath.SplitList(path) {
		p := filepath.Join(dir, name)
		if info, err := os.Stat(p); err == nil && !info.IsDir() && info.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s not found on the scripts' PATH %s", name, path)
}

// goEnvVars passes the real Go toolchain locations into the scripts, whose
// HOME is deliberately unusable.
func goEnvVars(t *testing.T, names ...string) map[string]string {
	out, err := exec.Command("go", append([]string{"env"}, names...)...).Output()
	require.NoError(t, err)
	values := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	require.Len(t, values, len(names), fmt.Sprint(names))
	env := map[string]string{}
	for i, name := range names {
		env[name] = values[i]
	}
	return env
}
