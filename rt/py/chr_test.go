package py

import "testing"

// chr() converts its argument to a C int before the range check, as CPython 3.11 does:
//
//	>>> chr(-2**31)      ValueError: chr() arg not in range(0x110000)
//	>>> chr(-2**31 - 1)  OverflowError: Python int too large to convert to C int
//	>>> chr(2**31)       OverflowError: Python int too large to convert to C int
//	>>> chr(2**31 - 1)   ValueError: chr() arg not in range(0x110000)
func TestChrRangeErrors(t *testing.T) {
	cases := []struct {
		arg  any
		want *Class
	}{
		{-1 << 31, ValueError},
		{-1<<31 - 1, OverflowError},
		{1 << 31, OverflowError},
		{1<<31 - 1, ValueError},
		{BigInt("-9223372036854775808"), OverflowError},
		{BigInt("100000000000000000000"), OverflowError},
		{0x110000, ValueError},
	}
	for _, c := range cases {
		exc := Try(func() { CallBuiltin("chr", []any{c.arg}, nil) })
		if exc == nil || !exc.Is(c.want) {
			t.Errorf("chr(%v): got %v, want %s", c.arg, exc, c.want.Name)
		}
	}
}
