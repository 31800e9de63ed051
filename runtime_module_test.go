package pyasync2go_test

import (
	"os"
	"os/exec"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt"
)

// TestRuntimeModuleTests runs the runtime module's own tests. `go test ./...`
// at the repository root matches only this module's packages, even in
// workspace mode, so without this test it would skip rt and rt/py.
func TestRuntimeModuleTests(t *testing.T) {
	if testing.Short() {
		t.Skip("go test -short ./rt/... runs them directly")
	}
	cmd := exec.Command("go", "test", "./rt/...")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go test ./rt/...:\n%s", out)
	assert.Regexp(t, `(?m)^ok\s+github.com/pyasync2go/pyasync2go/rt\s`, string(out))
	assert.Regexp(t, `(?m)^ok\s+github.com/pyasync2go/pyasync2go/rt/py\s`, string(out))
}

// TestRuntimeModuleVersionInStep: the CLI module requires exactly rt.Version
// (what generated files and `pyasync2go version` name), go.work maps that
// version to ./rt, and the runtime module stays dependency-free.
func TestRuntimeModuleVersionInStep(t *testing.T) {
	gomod, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	assert.Regexp(t, `(?m)^\s*github\.com/pyasync2go/pyasync2go/rt `+regexp.QuoteMeta(rt.Version)+`$`, string(gomod))
	assert.NotContains(t, string(gomod), "replace", "a replace directive would break go install ...@latest")
	gowork, err := os.ReadFile("go.work")
	require.NoError(t, err)
	assert.Regexp(t, `(?m)^replace github\.com/pyasync2go/pyasync2go/rt `+regexp.QuoteMeta(rt.Version)+` => \./rt$`, string(gowork))
	rtmod, err := os.ReadFile("rt/go.mod")
	require.NoError(t, err)
	assert.Regexp(t, `^module github\.com/pyasync2go/pyasync2go/rt\n\ngo 1\.\d+\n$`, string(rtmod), "rt/go.mod must require nothing")
}
