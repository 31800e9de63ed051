package py

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRegexFlag pins re.RegexFlag's repr, str, format and operators; the
// expected strings are CPython 3.11's output for the same expressions.
func TestRegexFlag(t *testing.T) {
	i, m := ReFlagIgnoreCase(), ReFlagMultiline()
	cases := []struct{ got, want string }{
		{Repr(i), "re.IGNORECASE"},
		{Str(i), "re.IGNORECASE"},
		{Repr(BitOr(i, m)), "re.IGNORECASE|re.MULTILINE"},
		{Repr(BitOr(i, 1024)), "re.IGNORECASE|0x400"},
		{Repr(BitOr(i, 1)), "re.IGNORECASE|re.TEMPLATE"},
		{Repr(Invert(i)), "re.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG"},
		{Repr(BitXor(i, i)), "re.NOFLAG"},
		{Repr(Call(ReRegexFlag(), []any{1024}, nil)), "re.RegexFlag(1024)"},
		{Format(i, ""), "re.IGNORECASE"},
		{Format(i, ">4"), "   2"},
		{Repr(Add(i, m)), "10"},
		{TypeName(i), "RegexFlag"},
	}
	for _, c := range cases {
		require.Equal(t, c.want, c.got)
	}
	require.True(t, Eq(i, 2))
	require.Equal(t, 34, ReCompile("a", i).(*RePattern).flags)
	require.Equal(t, "re.compile('a', re.IGNORECASE)", Repr(ReCompile("a", i)))
}
