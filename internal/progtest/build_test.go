package progtest

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The build-error parsing is what lets one binary leave out only the programs that fail to compile.
func TestBuildErrorParsing(t *testing.T) {
	out := "# example.com/prog/p1/p_a\na.py:1: undefined: x\n# example.com/prog/p1/p_ab\nab.py:2: undefined: y\n"
	require.Equal(t, []string{"p_a", "p_ab"}, buildErrorKeys(out, map[string][]byte{"p_a": nil, "p_ab": nil, "p_c": nil}))
	require.Equal(t, "# example.com/prog/p1/p_ab\nab.py:2: undefined: y\n", buildErrorSection(out, "p_ab"))
	require.Equal(t, "p_seed000_x", PackageKey("seed000_x"))
	require.Equal(t, "p_a_b_c", PackageKey("A-b.c"))
}
