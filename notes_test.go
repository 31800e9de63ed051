package pyasync2go_test

import (
	"github.com/pyasync2go/pyasync2go/internal/progtest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const notesDir = "testdata/notes"

// seedNote is the output a seed's tutorial notes show for one corpus program
// (testdata/notes/<program>.txt): leading "# " lines are the header, the rest is stdout.
type seedNote struct {
	Program     string
	Header      []string
	Divergences []string // "# divergence:" header lines: where CPython 3.11 differs from the notes
	Lines       []string
}

func parseNote(program, text string) seedNote {
	n := seedNote{Program: program}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	i := 0
	for ; i < len(lines) && strings.HasPrefix(lines[i], "#"); i++ {
		n.Header = append(n.Header, lines[i])
		if rest, ok := strings.CutPrefix(lines[i], "# divergence:"); ok {
			n.Divergences = append(n.Divergences, strings.TrimSpace(rest))
		}
	}
	n.Lines = lines[i:]
	return n
}

var (
	// Wall-clock readings differ between the notes' run and ours: 23:56:59, 1612200605.1537979.
	clockTimeRe = regexp.MustCompile(`\b\d{2}:\d{2}:\d{2}\b`)
	timestampRe = regexp.MustCompile(`\b\d{9,}\.\d+\b`)
)

func maskTimes(line string) string {
	line = clockTimeRe.ReplaceAllString(line, "<HH:MM:SS>")
	return timestampRe.ReplaceAllString(line, "<timestamp>")
}

func maskLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = maskTimes(l)
	}
	return out
}

func stdoutLines(stdout string) []string {
	return strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
}

func loadNotes(t *testing.T) []seedNote {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(notesDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	sort.Strings(paths)
	var notes []seedNote
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		notes = append(notes, parseNote(strings.TrimSuffix(filepath.Base(p), ".txt"), string(data)))
	}
	return notes
}

// TestNotes checks that the programs print, in order, what the seeds' notes show (times masked,
// documented divergences applied): CPython through the committed golden stdout, and the generated
// Go program.
func TestNotes(t *testing.T) {
	cases := map[string]progtest.Case{}
	for _, c := range loadCorpus(t) {
		cases[c.Name] = c
	}
	for _, n := range loadNotes(t) {
		t.Run(n.Program, func(t *testing.T) {
			c, ok := cases[n.Program]
			require.True(t, ok, "%s/%s.txt names no program in %s", notesDir, n.Program, corpusDir)
			require.NotEmpty(t, n.Lines, "no expected output")
			for _, d := range n.Divergences {
				require.NotEmpty(t, d, "a divergence must give its reason")
			}
			want := maskLines(n.Lines)
			t.Run("cpython", func(t *testing.T) {
				golden, err := readGolden(c)
				require.NoError(t, err)
				require.Equal(t, 0, golden.Status)
				require.Equal(t, want, maskLines(stdoutLines(golden.Stdout)))
			})
			t.Run("generated", func(t *testing.T) {
				got := runGenerated(t, buildCorpus(t), c)
				require.Equal(t, 0, got.Status)
				require.Equal(t, want, maskLines(stdoutLines(got.Stdout)))
			})
		})
	}
}

func TestNoteParsingAndMasking(t *testing.T) {
	n := parseNote("p", "# notes: x\n# divergence: because\nstarted at 23:56:59\n1612200605.1537979 go\n")
	require.Equal(t, []string{"because"}, n.Divergences)
	require.Len(t, n.Header, 2)
	require.Equal(t, []string{"started at <HH:MM:SS>", "<timestamp> go"}, maskLines(n.Lines))
	require.Equal(t, "Total time elapsed: 0.00 seconds", maskTimes("Total time elapsed: 0.00 seconds"))
	require.Equal(t, "<timestamp> x", maskTimes("1612200605.0 x"))
}
