package greeter

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/rt/py"
)

func TestMainPrintsWhatCPythonPrints(t *testing.T) {
	// The virtual clock makes the sleeps instantaneous without changing the output.
	t.Setenv("PYASYNC2GO_CLOCK", "virtual")
	want, err := os.ReadFile("greeter.out")
	require.NoError(t, err)

	var out bytes.Buffer
	py.Stdout.Reset(&out)
	defer py.Stdout.Reset(os.Stdout)
	status := Main()
	py.Stdout.Flush()

	assert.Equal(t, 0, status)
	assert.Equal(t, string(want), out.String())
}

func TestExpectedOutputIsCPythons(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH; greeter.out was recorded from it")
	}
	got, err := exec.Command(python, "greeter.py").Output()
	require.NoError(t, err)
	want, err := os.ReadFile("greeter.out")
	require.NoError(t, err)
	assert.Equal(t, string(got), string(want), "greeter.out is stale: python3 greeter.py > greeter.out")
}

func TestGeneratedCodeIsUpToDate(t *testing.T) {
	src, err := os.ReadFile("greeter.py")
	require.NoError(t, err)
	goSrc, diags := driver.Translate("greeter.py", src, codegen.Options{Package: "greeter"})
	require.False(t, diags.HasErrors(), "%v", diags)
	committed, err := os.ReadFile("greeter_gen.go")
	require.NoError(t, err)
	if !bytes.Equal(goSrc, committed) {
		// codegen changed since the file was generated; the diff says how.
		diff := cmp.Diff(strings.Split(string(committed), "\n"), strings.Split(string(goSrc), "\n"))
		t.Fatalf("greeter_gen.go is stale: run go generate ./examples/...\n(-committed +regenerated):\n%s", diff)
	}
}
