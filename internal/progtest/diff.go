package progtest

import (
	"fmt"
	"strings"

	"github.com/google/go-cmp/cmp"
)

// Diff is "" when got matches want, else a readable report with a line diff of stdout and
// stderr, both compared whole (3.11's location marks included).
func Diff(want, got Outcome) string {
	var b strings.Builder
	if want.Stdout != got.Stdout {
		fmt.Fprintf(&b, "stdout differs (-want +got):\n%s", cmp.Diff(strings.SplitAfter(want.Stdout, "\n"), strings.SplitAfter(got.Stdout, "\n")))
	}
	if want.Status != got.Status {
		fmt.Fprintf(&b, "exit status: want %d, got %d\n", want.Status, got.Status)
	}
	if want.Stderr != got.Stderr {
		fmt.Fprintf(&b, "stderr differs (-want +got):\n%s", cmp.Diff(strings.SplitAfter(want.Stderr, "\n"), strings.SplitAfter(got.Stderr, "\n")))
	}
	return b.String()
}
