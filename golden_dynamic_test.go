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
)

// TestGoldenDynamic is the differential check of the typed form: every golden
// program is translated again with codegen.Options{Dynamic: true} (every value
// an `any`), and the dynamic build must print exactly what the golden file
// records, as the typed build does in TestGolden. Programs whose Go source is
// byte-identical in both modes are skipped: they have no typed code, so
// running them again would prove nothing TestGolden does not. Only the
// programs that differ are built, which keeps the extra CI time to one
// BuildMany of those.
func TestGoldenDynamic(t *testing.T) {
	t.Parallel()
	if *update {
		t.Skip("-update records goldens from the oracle; TestGolden does that")
	}
	var differ []corpusCase
	same := 0
	for _, c := range loadCorpus(t) {
		if frontend.IsNotebook(c.PyPath) {
			continue // TestGolden covers notebooks; their code has no typed form of its own
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
	bin := buildProgramsMode(differ, true)
	t.Cleanup(func() {
		if bin.Path != "" {
			os.RemoveAll(filepath.Dir(bin.Path))
		}
	})
	for _, c := range differ {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			want, err := readGolden(c)
			require.NoError(t, err)
			got := runGenerated(t, bin, c)
			if d := diffOutcome(want, got); d != "" {
				t.Errorf("all-dynamic build differs from CPython (%s):\n%s", c.goldenPath(), d)
			}
		})
	}
}
