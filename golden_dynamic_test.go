package pyasync2go_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/internal/progtest"
)

// TestGoldenDynamic is the differential check of the typed form: every golden
// program is translated again with codegen.Options{Dynamic: true} (every value
// an `any`), and the dynamic build must print exactly what the golden file
// records, as the typed build does in TestGolden. Programs whose Go source is
// byte-identical in both modes are skipped: they have no typed code, so
// running them again would prove nothing TestGolden does not. Only the
// programs that differ are built, which keeps the extra CI time to one
// build of those.
func TestGoldenDynamic(t *testing.T) {
	t.Parallel()
	if *update {
		t.Skip("-update records goldens from the oracle; TestGolden does that")
	}
	var differ []progtest.Case
	same := 0
	for _, c := range loadCorpus(t) {
		if frontend.IsNotebook(c.PyPath) {
			continue // notebooks hold the same kinds of code as the .py programs
		}
		src, err := os.ReadFile(c.PyPath)
		require.NoError(t, err)
		typed, _ := driver.Translate(c.PyPath, src, codegen.Options{Package: c.Key})
		dynamic, _ := driver.Translate(c.PyPath, src, codegen.Options{Package: c.Key, Dynamic: true})
		if typed == nil || bytes.Equal(typed, dynamic) {
			same++
			continue
		}
		differ = append(differ, c)
	}
	t.Logf("%d programs have typed code; %d translate identically in both modes", len(differ), same)
	if len(differ) == 0 {
		return
	}
	bin := progtest.Build(differ, codegen.Options{Dynamic: true})
	t.Cleanup(bin.Remove)
	for _, c := range differ {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			want, err := readGolden(c)
			require.NoError(t, err)
			if why, failed := bin.Failed[c.Name]; failed {
				t.Fatalf("%s is not in the dynamic binary: %s", c.PyPath, why)
			}
			require.NoError(t, bin.BuildError, "building the dynamic binary")
			got, stderr, err := progtest.Run(bin.Path, []string{c.Key}, filepath.Dir(c.PyPath))
			require.NoError(t, err, "stderr:\n%s", stderr)
			if d := progtest.Diff(want, got); d != "" {
				t.Errorf("all-dynamic build differs from CPython (%s):\n%s", goldenPath(c), d)
			}
		})
	}
}
