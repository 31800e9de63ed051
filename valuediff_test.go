package pyasync2go_test

import (
	"flag"
	"fmt"
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/internal/progtest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var (
	valueFuzzN    = flag.Int("valuefuzz.n", 0, "TestValueDiff: run this many generated cases (long mode) instead of the fixed seed set")
	valueFuzzSeed = flag.Int64("valuefuzz.seed", 1, "TestValueDiff: first seed")
)

const (
	valueDiffCasesPerProgram = 2000
	valueDiffDefaultPrograms = 1 // the fixed seed set of `go test`: seed 1
)

// TestValueDiff is the differential test of the value layer (valuediff_gen_test.go): thousands
// of generated expressions and statements run by CPython and by the translated Go, compared
// line by line. `-valuefuzz.n=100000` runs that many cases, in programs of
// valueDiffCasesPerProgram, built into one binary.
func TestValueDiff(t *testing.T) {
	if !progtest.Python311() {
		t.Skip("python3 (CPython 3.11) not on PATH: it is the oracle of this test")
	}
	programs := valueDiffDefaultPrograms
	if *valueFuzzN > 0 {
		programs = (*valueFuzzN + valueDiffCasesPerProgram - 1) / valueDiffCasesPerProgram
	}
	dir := t.TempDir()
	var cases []progtest.Case
	sources := map[string][]string{}
	for i := 0; i < programs; i++ {
		seed := *valueFuzzSeed + int64(i)
		name := fmt.Sprintf("valuediff_seed%d", seed)
		src, exprs := valueProgram(seed, valueDiffCasesPerProgram)
		path := filepath.Join(dir, name+".py")
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
		cases = append(cases, progtest.Case{Name: name, PyPath: path, Key: progtest.PackageKey(name)})
		sources[name] = exprs
	}
	start := time.Now()
	bin := progtest.Build(cases, codegen.Options{})
	if bin.Path != "" {
		defer os.RemoveAll(filepath.Dir(bin.Path))
	}
	t.Logf("translated and built %d programs of %d cases in %v", len(cases), valueDiffCasesPerProgram, time.Since(start).Round(time.Millisecond))
	require.NoError(t, bin.BuildError)
	start = time.Now()
	mismatches := 0
	for _, c := range cases {
		if why, failed := bin.Failed[c.Name]; failed {
			t.Fatalf("%s: %s", c.Name, why)
		}
		want, stderr, err := progtest.Run("python3", []string{c.PyPath}, dir)
		require.NoError(t, err, "python3 %s: %s", c.PyPath, stderr)
		require.Equal(t, 0, want.Status, "python3 %s: %s", c.PyPath, stderr)
		got, stderr, err := progtest.Run(bin.Path, []string{c.Key}, dir)
		require.NoError(t, err)
		wantLines := strings.Split(want.Stdout, "\n")
		gotLines := strings.Split(got.Stdout, "\n")
		for i, w := range wantLines {
			g := ""
			if i < len(gotLines) {
				g = gotLines[i]
			}
			if w == g {
				continue
			}
			mismatches++
			if mismatches <= 40 {
				t.Errorf("%s case %s:\n  python: %s\n  go:     %s", c.Name, caseSource(w, sources[c.Name]), w, g)
			}
			if i >= len(gotLines)-1 && got.Status != 0 {
				t.Errorf("%s: the Go program stopped with status %d: %s", c.Name, got.Status, progtest.LastLine(stderr))
				break
			}
		}
		if got.Status != 0 && mismatches == 0 {
			t.Errorf("%s: the Go program exited with status %d: %s", c.Name, got.Status, progtest.LastLine(stderr))
		}
	}
	t.Logf("ran %d cases in %v: %d lines differ", len(cases)*valueDiffCasesPerProgram, time.Since(start).Round(time.Millisecond), mismatches)
}

// caseSource is the generated source of the case a CPython output line belongs to.
func caseSource(line string, sources []string) string {
	idx, _, _ := strings.Cut(line, " ")
	i, err := strconv.Atoi(idx)
	if err != nil || i < 0 || i >= len(sources) {
		return "?"
	}
	return idx + ": " + sources[i]
}
