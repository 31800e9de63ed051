package progtest

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/google/go-cmp/cmp"
)

// caretLine matches the location marks CPython 3.11 prints under a traceback's source line
// (`    ^^^^^^` or `    ~~~~^^^^`), also inside an exception group's `|` margin.
var caretLine = regexp.MustCompile(`(?m)^[ |]*[~^]+\n`)

// WithoutCarets drops the location-mark lines from a stderr text. Generated programs do not print
// them yet for the program's own frames (their tracebacks know lines, not columns): this is the one
// part of stderr the suites do not compare, and README's "Known limitations" says so.
func WithoutCarets(stderr string) string { return caretLine.ReplaceAllString(stderr, "") }

// Diff is "" when got matches want, else a readable report with a line diff of stdout and
// stderr (without location marks, see WithoutCarets).
func Diff(want, got Outcome) string {
	var b strings.Builder
	if want.Stdout != got.Stdout {
		fmt.Fprintf(&b, "stdout differs (-want +got):\n%s", cmp.Diff(strings.SplitAfter(want.Stdout, "\n"), strings.SplitAfter(got.Stdout, "\n")))
	}
	if want.Status != got.Status {
		fmt.Fprintf(&b, "exit status: want %d, got %d\n", want.Status, got.Status)
	}
	if w, g := WithoutCarets(want.Stderr), WithoutCarets(got.Stderr); w != g {
		fmt.Fprintf(&b, "stderr differs, location marks aside (-want +got):\n%s", cmp.Diff(strings.SplitAfter(w, "\n"), strings.SplitAfter(g, "\n")))
	}
	return b.String()
}
