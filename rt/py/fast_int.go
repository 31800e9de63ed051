package py

import (
	"cmp"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// IntCall is int(x) with one positional argument, the call codegen emits for
// int(...) without keywords: no argument slice, no signature binding, and
// a decimal string of up to 18 digits parses without math/big. Other
// argument types go through the builtin, unchanged.
func IntCall(x any) any {
	switch v := x.(type) {
	case string:
		if n, ok := parseSmallDecimal(v); ok {
			return n
		}
		return parseIntGeneral(v, 10)
	case int, *big.Int:
		return v
	case bool:
		return b2i(v)
	case float64:
		return floatToInt(math.Trunc(v))
	}
	return CallBuiltin("int", []any{x}, nil)
}

// parseSmallDecimal parses the plainest int() literal, an optional sign
// and 1 to 18 ASCII digits (which cannot overflow an int64, and are far
// under the digit limit), and reports false for anything else: whitespace,
// underscores, other scripts' digits and longer numbers take ParseInt's
// general path.
func parseSmallDecimal(s string) (int, bool) {
	i, neg := 0, false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg, i = s[0] == '-', 1
	}
	if len(s) == i || len(s)-i > 18 {
		return 0, false
	}
	n := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// formatSmallInt is formatInt for a machine int, with the digits from
// strconv instead of math/big (types 'd', 'b', 'o', 'x' and 'X').
func formatSmallInt(i int, fs formatSpec) string {
	neg := i < 0
	mag := uint64(i)
	if neg {
		mag = -mag // two's complement: also right for math.MinInt
	}
	groupSize, prefix := 3, ""
	var digits string
	switch fs.typ {
	case 'd':
		digits = strconv.FormatUint(mag, 10)
	case 'b':
		digits, prefix, groupSize = strconv.FormatUint(mag, 2), "0b", 4
	case 'o':
		digits, prefix, groupSize = strconv.FormatUint(mag, 8), "0o", 4
	case 'x':
		digits, prefix, groupSize = strconv.FormatUint(mag, 16), "0x", 4
	case 'X':
		digits, prefix, groupSize = strings.ToUpper(strconv.FormatUint(mag, 16)), "0X", 4
	}
	if !fs.alt {
		prefix = ""
	}
	return finishNumber(neg, prefix, digits, "", fs, groupSize)
}

// Machine-int fast paths of the dynamic operators: ok is false when an
// operand is not a plain int or the result needs the general path (an
// overflow that promotes to a big int, a division by zero that raises).

func mulInts(a, b any) (int, bool) {
	x, ok1 := a.(int)
	y, ok2 := b.(int)
	if !ok1 || !ok2 {
		return 0, false
	}
	if x == 0 || y == 0 {
		return 0, true
	}
	p := x * y
	if p/y != x || x == -1 && y == math.MinInt || y == -1 && x == math.MinInt {
		return 0, false
	}
	return p, true
}

// modInts is Python's %: the result takes the divisor's sign.
func modInts(a, b any) (int, bool) {
	x, ok1 := a.(int)
	y, ok2 := b.(int)
	if !ok1 || !ok2 || y == 0 {
		return 0, false
	}
	r := x % y
	if r != 0 && (r < 0) != (y < 0) {
		r += y
	}
	return r, true
}

// floorDivInts is Python's //: the quotient rounds toward minus infinity.
func floorDivInts(a, b any) (int, bool) {
	x, ok1 := a.(int)
	y, ok2 := b.(int)
	if !ok1 || !ok2 || y == 0 || x == math.MinInt && y == -1 {
		return 0, false
	}
	q := x / y
	if x%y != 0 && (x < 0) != (y < 0) {
		q--
	}
	return q, true
}

// cmpInts is the comparison of two plain ints.
func cmpInts(a, b any) (c int, ok bool) {
	x, ok1 := a.(int)
	y, ok2 := b.(int)
	if !ok1 || !ok2 {
		return 0, false
	}
	return cmp.Compare(x, y), true
}
