package py

import (
	"math"
	"math/big"
	"runtime"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The fast paths must be indistinguishable from the general ones: each
// test runs both on the same inputs (including the ones that raise) and
// compares results and error messages. The general paths are pinned to
// CPython by the oracle tables (containers_test.go, ops_test.go).

func reprOutcome(fn func() any) string { return outcome(func() string { return Repr(fn()) }) }

var fastStrs = []any{"", "a", "a=b", "key=val=x", "==", "=", "héllo=wörld", "x y  z", " \t lead ", "a\u2028b", "ab", "ABc", "u17", "İx"}

var fastArgs = []any{"=", " ", "", "ll", "é", "a", "u1", 5, nil, Tuple{"a", "u"}, 2.5, L("x", "y"), L("x", 1), T("p", "q"), L(), "xyz"}

func TestCallMethodFastMatchesGeneral(t *testing.T) {
	recvs := append(append([]any{}, fastStrs...), DictOf("a", 1, 2, "two"), L(1, 2), 7, T(1, 2))
	for _, x := range recvs {
		for _, name := range []string{"strip", "split", "lower", "upper", "keys", "items", "values", "copy", "count"} {
			want := reprOutcome(func() any { return CallMethod(x, name, nil, nil) })
			got := reprOutcome(func() any { return CallMethod0(x, name) })
			assert.Equal(t, want, got, "%s.%s()", Repr(x), name)
		}
		for _, name := range []string{"join", "split", "partition", "startswith", "endswith", "get", "append", "index", "count", "rpartition"} {
			for _, a := range fastArgs {
				xw, xg := x, x
				if l, ok := x.(*List); ok { // append mutates: each side gets its own list
					xw, xg = l.Copy(), l.Copy()
				}
				want := reprOutcome(func() any { return CallMethod(xw, name, []any{a}, nil) })
				got := reprOutcome(func() any { return CallMethod1(xg, name, a) })
				assert.Equal(t, want, got, "%s.%s(%s)", Repr(x), name, Repr(a))
				assert.Equal(t, Repr(xw), Repr(xg))
			}
		}
		for _, name := range []string{"replace", "get", "setdefault", "split", "pop"} {
			for _, a := range fastArgs {
				for _, b := range []any{"-", "", 0, nil, 1} {
					xw, xg := x, x
					if d, ok := x.(*Dict); ok { // setdefault and pop mutate
						xw, xg = d.Copy(), d.Copy()
					}
					want := reprOutcome(func() any { return CallMethod(xw, name, []any{a, b}, nil) })
					got := reprOutcome(func() any { return CallMethod2(xg, name, a, b) })
					assert.Equal(t, want, got, "%s.%s(%s, %s)", Repr(x), name, Repr(a), Repr(b))
					assert.Equal(t, Repr(xw), Repr(xg))
				}
			}
		}
	}
}

func TestTypedStrHelpers(t *testing.T) {
	for _, x := range fastStrs {
		s := x.(string)
		for _, a := range fastArgs {
			sep, ok := a.(string)
			if !ok {
				continue
			}
			assert.Equal(t, reprOutcome(func() any { return cm(s, "split", sep) }), reprOutcome(func() any { return StrSplit(s, sep) }))
			assert.Equal(t, reprOutcome(func() any { return cm(s, "partition", sep) }), reprOutcome(func() any { return StrPartition(s, sep) }))
			assert.Equal(t, cm(s, "startswith", sep), StrStartsWith(s, sep))
			assert.Equal(t, cm(s, "endswith", sep), StrEndsWith(s, sep))
			assert.Equal(t, cm(s, "replace", sep, "-"), StrReplace(s, sep, "-"))
			assert.Equal(t, cm(sep, "join", L(s, s, s)), StrJoin(sep, L(s, s, s)))
		}
		assert.Equal(t, cm(s, "strip"), StrStrip(s))
		assert.Equal(t, cm(s, "lower"), StrLower(s))
		assert.Equal(t, cm(s, "upper"), StrUpper(s))
		assert.Equal(t, Repr(cm(s, "split")), Repr(StrSplitWhitespace(s)))
	}
}

// The parts split and partition box in one object stay intact and behave
// as ordinary boxed strings across collections.
func TestSharedBoxesSurviveGC(t *testing.T) {
	var parts []any
	for i := range 1000 {
		line := "k" + strconv.Itoa(i) + "=v" + strconv.Itoa(i*7)
		tup := CallMethod1(line, "partition", "=").(Tuple)
		parts = append(parts, tup[0], tup[2])
		parts = append(parts, CallMethod1(line, "split", "=").(*List).Items...)
	}
	runtime.GC()
	runtime.GC()
	for i := range 1000 {
		k, v := "k"+strconv.Itoa(i), "v"+strconv.Itoa(i*7)
		got := parts[4*i : 4*i+4]
		assert.Equal(t, []any{k, v, k, v}, got)
		assert.True(t, got[0] == any(k) && Eq(got[1], v) && Hash(got[2]) == Hash(k))
		s, ok := got[3].(string)
		assert.True(t, ok && s == v)
	}
}

func TestIntFastMatchesGeneral(t *testing.T) {
	strs := []string{"0", "-0", "+0", "7", "-7", "+5", "007", "-007", "42", "123456789012345678", "-123456789012345678",
		"999999999999999999", "1234567890123456789", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
		"99999999999999999999", "1_000", " 12 ", "12 ", "\t-3\n", "１２", "٣", "", "-", "+", "--1", "+-1", "12a", "0x10", "0o7",
		"1e3", "1.5", "_1", "1_", "1__0", "0_0", " ", "00", "-00"}
	for _, s := range strs {
		want := reprOutcome(func() any { return parseIntGeneral(s, 10) })
		assert.Equal(t, want, reprOutcome(func() any { return IntCall(s) }), "int(%q)", s)
		assert.Equal(t, want, reprOutcome(func() any { return ParseInt(s, 10) }), "ParseInt(%q)", s)
		assert.Equal(t, want, reprOutcome(func() any { return CallBuiltin("int", []any{s}, nil) }), "CallBuiltin int(%q)", s)
	}
	for _, x := range []any{3, true, false, -2.7, 1e20, math.Inf(1), math.NaN(), new(big.Int).Lsh(big.NewInt(1), 80), nil, L(), 5 + 0i} {
		want := reprOutcome(func() any { return CallBuiltin("int", []any{x}, nil) })
		assert.Equal(t, want, reprOutcome(func() any { return IntCall(x) }), "int(%s)", Repr(x))
	}
}

func TestFormatSmallIntMatchesBig(t *testing.T) {
	vals := []int{0, 1, -1, 7, 255, -256, 1000, 1234567, -1234567, 1 << 31, math.MaxInt64, math.MinInt64}
	specs := []string{"", "d", "n", "x", "#x", "X", "#X", "o", "#o", "b", "#b", ",", "_", "_x", "_b", ",d", "+d", " d", "-d",
		"08d", "<8", ">8", "^9,", "=+10", "#010x", "+#x", "c", ".2", "z", "e", ".3f", "%", "s", "010,"}
	for _, v := range vals {
		for _, spec := range specs {
			want := outcome(func() string { return formatInt(num{kind: kBig, b: big.NewInt(int64(v))}, spec, "int") })
			got := outcome(func() string { return formatInt(num{kind: kInt, i: v}, spec, "int") })
			assert.Equal(t, want, got, "format(%d, %q)", v, spec)
		}
		assert.Equal(t, Repr(v), Str(v))
	}
}

func TestUnpackTupleShares(t *testing.T) {
	tup := T(1, "a", nil)
	assert.Equal(t, []any{1, "a", nil}, Unpack(tup, 3))
	assert.Equal(t, "!ValueError: too many values to unpack (expected 2)", reprOutcome(func() any { return Unpack(tup, 2) }))
	assert.Equal(t, "!ValueError: not enough values to unpack (expected 4, got 3)", reprOutcome(func() any { return Unpack(tup, 4) }))
}

func TestDequeFastMatchesGeneral(t *testing.T) {
	mk := func(maxlen any) (any, any) {
		return CollectionsDeque(L(1, 2, 3), maxlen), CollectionsDeque(L(1, 2, 3), maxlen)
	}
	for _, maxlen := range []any{nil, 3, 0} {
		for _, name := range []string{"pop", "popleft", "clear", "copy"} {
			w, g := mk(maxlen)
			for range 4 { // the fourth pop of three items raises
				assert.Equal(t, reprOutcome(func() any { return CallMethod(w, name, nil, nil) }), reprOutcome(func() any { return CallMethod0(g, name) }), name)
				assert.Equal(t, Repr(w), Repr(g))
			}
		}
		for _, name := range []string{"append", "appendleft", "extend", "count"} {
			w, g := mk(maxlen)
			for i := range 4 {
				assert.Equal(t, reprOutcome(func() any { return CallMethod(w, name, []any{L(i)}, nil) }), reprOutcome(func() any { return CallMethod1(g, name, L(i)) }), name)
				assert.Equal(t, Repr(w), Repr(g))
			}
		}
	}
}

// The machine-int fast paths of the operators against the general
// arithmetic on the same values as big ints (normBig brings a result that
// fits back to an int).
func TestIntOperatorFastPaths(t *testing.T) {
	vals := []int{0, 1, -1, 2, -2, 3, -3, 7, -7, 1 << 32, -(1 << 32), 3037000500, -3037000500, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	bigOf := func(x int) any { return new(big.Int).SetInt64(int64(x)) }
	for _, x := range vals {
		for _, y := range vals {
			for _, op := range []struct {
				name string
				fn   func(a, b any) any
			}{{"*", Mul}, {"%", Mod}, {"//", FloorDiv}, {"+=", IAdd}, {"<=", func(a, b any) any { return LtE(a, b) }},
				{">", func(a, b any) any { return Gt(a, b) }}, {">=", func(a, b any) any { return GtE(a, b) }}} {
				want := reprOutcome(func() any { return op.fn(bigOf(x), bigOf(y)) })
				got := reprOutcome(func() any { return op.fn(x, y) })
				assert.Equal(t, want, got, "%d %s %d", x, op.name, y)
			}
		}
	}
}
