package py

import (
	"math"
	"testing"
)

func TestOperatorsOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
	b := func(fn func() bool) func() string { return func() string { return Repr(fn()) } }
	big := Pow(2, 64)
	checkCases(t, []oracleCase{
		c(`repr(7 // 2)`, r(func() any { return FloorDiv(7, 2) })),
		c(`repr(-7 // 2)`, r(func() any { return FloorDiv(-7, 2) })),
		c(`repr(7 // -2)`, r(func() any { return FloorDiv(7, -2) })),
		c(`repr(-7 // -2)`, r(func() any { return FloorDiv(-7, -2) })),
		c(`repr(-7 % 3)`, r(func() any { return Mod(-7, 3) })),
		c(`repr(7 % -3)`, r(func() any { return Mod(7, -3) })),
		c(`repr(-7.5 % 2)`, r(func() any { return Mod(-7.5, 2) })),
		c(`repr(7.5 // -2)`, r(func() any { return FloorDiv(7.5, -2) })),
		c(`repr(-0.0 % 5)`, r(func() any { return Mod(math.Copysign(0, -1), 5) })),
		c(`repr(5 % -0.5)`, r(func() any { return Mod(5, -0.5) })),
		c(`repr(divmod(-7, 2))`, r(func() any { return Divmod(-7, 2) })),
		c(`repr(divmod(7.5, -2))`, r(func() any { return Divmod(7.5, -2) })),
		c(`repr(7 / 2)`, r(func() any { return TrueDiv(7, 2) })),
		c(`repr(6 / 3)`, r(func() any { return TrueDiv(6, 3) })),
		c(`repr(2**64 / 3)`, r(func() any { return TrueDiv(big, 3) })),
		c(`repr(1 / 0)`, r(func() any { return TrueDiv(1, 0) })),
		c(`repr(1.0 / 0)`, r(func() any { return TrueDiv(1.0, 0) })),
		c(`repr(1 // 0)`, r(func() any { return FloorDiv(1, 0) })),
		c(`repr(1 % 0)`, r(func() any { return Mod(1, 0) })),
		c(`repr(1.0 // 0.0)`, r(func() any { return FloorDiv(1.0, 0.0) })),
		c(`repr(1.0 % 0)`, r(func() any { return Mod(1.0, 0) })),
		c(`repr(divmod(1, 0))`, r(func() any { return Divmod(1, 0) })),
		c(`repr(2 ** 10)`, r(func() any { return Pow(2, 10) })),
		c(`repr(2 ** -1)`, r(func() any { return Pow(2, -1) })),
		c(`repr(2 ** 100)`, r(func() any { return Pow(2, 100) })),
		c(`repr((-3) ** 3)`, r(func() any { return Pow(-3, 3) })),
		c(`repr(2.0 ** 0.5)`, r(func() any { return Pow(2.0, 0.5) })),
		c(`repr(0 ** 0)`, r(func() any { return Pow(0, 0) })),
		c(`repr(0 ** -1)`, r(func() any { return Pow(0, -1) })),
		c(`repr(10.0 ** 400)`, r(func() any { return Pow(10.0, 400) })),
		c(`repr(pow(3, 4, 5))`, r(func() any { return PowMod(3, 4, 5) })),
		c(`repr(pow(3, -1, 7))`, r(func() any { return PowMod(3, -1, 7) })),
		c(`repr(9223372036854775807 + 1)`, r(func() any { return Add(math.MaxInt64, 1) })),
		c(`repr(-9223372036854775808 - 1)`, r(func() any { return Sub(math.MinInt64, 1) })),
		c(`repr(3037000500 * 3037000500)`, r(func() any { return Mul(3037000500, 3037000500) })),
		c(`repr(-(-9223372036854775808))`, r(func() any { return Neg(math.MinInt64) })),
		c(`repr(2**64 - 2**64)`, r(func() any { return Sub(big, big) })),
		c(`repr(2**64 // 7)`, r(func() any { return FloorDiv(big, 7) })),
		c(`repr(-(2**64) % 7)`, r(func() any { return Mod(Neg(big), 7) })),
		c(`repr(2**64 * 1.5)`, r(func() any { return Mul(big, 1.5) })),
		c(`repr(1 << 70)`, r(func() any { return LShift(1, 70) })),
		c(`repr(-1 >> 3)`, r(func() any { return RShift(-1, 3) })),
		c(`repr(2**70 >> 60)`, r(func() any { return RShift(Pow(2, 70), 60) })),
		c(`repr(1 << -1)`, r(func() any { return LShift(1, -1) })),
		c(`repr(6 & 3) + repr(6 | 3) + repr(6 ^ 3)`, func() string {
			return Repr(BitAnd(6, 3)) + Repr(BitOr(6, 3)) + Repr(BitXor(6, 3))
		}),
		c(`repr(True & False) + repr(True | 2)`, func() string { return Repr(BitAnd(true, false)) + Repr(BitOr(true, 2)) }),
		c(`repr(~5) + repr(~True) + repr(-True) + repr(+False)`, func() string {
			return Repr(Invert(5)) + Repr(Invert(true)) + Repr(Neg(true)) + Repr(Pos(false))
		}),
		c(`repr(True + True)`, r(func() any { return Add(true, true) })),
		c(`repr(1 + 2.5)`, r(func() any { return Add(1, 2.5) })),
		c(`repr(0.1 * 3)`, r(func() any { return Mul(0.1, 3) })),
		c(`repr('ab' + 'cd')`, r(func() any { return Add("ab", "cd") })),
		c(`repr('ab' * 3)`, r(func() any { return Mul("ab", 3) })),
		c(`repr(3 * 'ab')`, r(func() any { return Mul(3, "ab") })),
		c(`repr('ab' * -1)`, r(func() any { return Mul("ab", -1) })),
		c(`repr([1] * 3)`, r(func() any { return Mul(L(1), 3) })),
		c(`repr((1, 2) * 2)`, r(func() any { return Mul(T(1, 2), 2) })),
		c(`repr([1, 2] + [3])`, r(func() any { return Add(L(1, 2), L(3)) })),
		c(`repr((1,) + (2,))`, r(func() any { return Add(T(1), T(2)) })),
		c(`repr(1 + 'a')`, r(func() any { return Add(1, "a") })),
		c(`repr('a' + 1)`, r(func() any { return Add("a", 1) })),
		c(`repr([1] + (1,))`, r(func() any { return Add(L(1), T(1)) })),
		c(`repr('a' * 1.5)`, r(func() any { return Mul("a", 1.5) })),
		c(`repr(None + 1)`, r(func() any { return Add(nil, 1) })),
		c(`repr([1] - [1])`, r(func() any { return Sub(L(1), L(1)) })),
		c(`repr('a' / 2)`, r(func() any { return TrueDiv("a", 2) })),
		c(`repr(-'a')`, r(func() any { return Neg("a") })),
		c(`repr({1, 2} | {3})`, r(func() any { return BitOr(NewSet(1, 2), NewSet(3)) })),
		c(`repr({1, 2, 3} & {2, 3, 4})`, r(func() any { return BitAnd(NewSet(1, 2, 3), NewSet(2, 3, 4)) })),
		c(`repr({1, 2, 3} - {2})`, r(func() any { return Sub(NewSet(1, 2, 3), NewSet(2)) })),
		c(`repr({1, 2, 3} ^ {3, 4})`, r(func() any { return BitXor(NewSet(1, 2, 3), NewSet(3, 4)) })),
		c(`repr({'a': 1} | {'b': 2})`, r(func() any { return BitOr(DictOf("a", 1), DictOf("b", 2)) })),
		c(`repr(1 == 1.0) + repr(1 == True) + repr(0.1 + 0.2 == 0.3)`, func() string {
			return Repr(Eq(1, 1.0)) + Repr(Eq(1, true)) + Repr(Eq(Add(0.1, 0.2), 0.3))
		}),
		c(`repr(2**53 + 1 == float(2**53))`, b(func() bool { return Eq(Add(Pow(2, 53), 1), float64(1<<53)) })),
		c(`repr(float('nan') == float('nan'))`, b(func() bool { return Eq(math.NaN(), math.NaN()) })),
		c(`repr(1 < 2.5) + repr(2**64 > 1e19) + repr(2**64 < 1e20)`, func() string {
			return Repr(Lt(1, 2.5)) + Repr(Gt(big, 1e19)) + Repr(Lt(big, 1e20))
		}),
		c(`repr('a' < 'b') + repr('B' < 'a') + repr('é' > 'z')`, func() string {
			return Repr(Lt("a", "b")) + Repr(Lt("B", "a")) + Repr(Gt("é", "z"))
		}),
		c(`repr([1, 2] < [1, 3]) + repr([1, 2] < [1, 2, 0]) + repr((2,) > (1, 9))`, func() string {
			return Repr(Lt(L(1, 2), L(1, 3))) + Repr(Lt(L(1, 2), L(1, 2, 0))) + Repr(Gt(T(2), T(1, 9)))
		}),
		c(`repr([1, 2] == [1, 2]) + repr((1, [2]) == (1, [2])) + repr([1] == (1,))`, func() string {
			return Repr(Eq(L(1, 2), L(1, 2))) + Repr(Eq(T(1, L(2)), T(1, L(2)))) + Repr(Eq(L(1), T(1)))
		}),
		c(`repr({1: 2} == {1: 2.0}) + repr({1, 2} == {2, 1}) + repr({1} < {1, 2})`, func() string {
			return Repr(Eq(DictOf(1, 2), DictOf(1, 2.0))) + Repr(Eq(NewSet(1, 2), NewSet(2, 1))) + Repr(Lt(NewSet(1), NewSet(1, 2)))
		}),
		c(`repr(1 < 'a')`, b(func() bool { return Lt(1, "a") })),
		c(`repr([1] < ['a'])`, b(func() bool { return Lt(L(1), L("a")) })),
		c(`repr(None < None)`, b(func() bool { return Lt(nil, nil) })),
		c(`repr({} < {})`, b(func() bool { return Lt(NewDict(), NewDict()) })),
		c(`repr(None == 0) + repr(None is None) + repr('' == None)`, func() string {
			return Repr(Eq(nil, 0)) + Repr(Is(nil, nil)) + Repr(Eq("", nil))
		}),
		c(`repr(2 in [1, 2]) + repr('b' in 'abc') + repr('x' in {'x': 1}) + repr(3 in range(0, 10, 3)) + repr(4 in range(0, 10, 3))`, func() string {
			return Repr(Contains(L(1, 2), 2)) + Repr(Contains("abc", "b")) + Repr(Contains(DictOf("x", 1), "x")) +
				Repr(Contains(NewRange(0, 10, 3), 3)) + Repr(Contains(NewRange(0, 10, 3), 4))
		}),
		c(`repr(1.0 in {1}) + repr(True in [1]) + repr((1, 2) in {(1, 2): 0})`, func() string {
			return Repr(Contains(NewSet(1), 1.0)) + Repr(Contains(L(1), true)) + Repr(Contains(DictOf(T(1, 2), 0), T(1, 2)))
		}),
		c(`repr(1 in 'abc')`, b(func() bool { return Contains("abc", 1) })),
		c(`repr(1 in 5)`, b(func() bool { return Contains(5, 1) })),
		c(`repr([bool(x) for x in [0, 0.0, '', [], (), {}, set(), None, 1, 'a', [0], -1, range(0)]])`, func() string {
			var out []any
			for _, x := range []any{0, 0.0, "", L(), T(), NewDict(), NewSet(), nil, 1, "a", L(0), -1, NewRange(0)} {
				out = append(out, Truth(x))
			}
			return Repr(L(out...))
		}),
		c(`repr(abs(-5)) + repr(abs(-2.5)) + repr(abs(-(2**70)))`, func() string {
			return Repr(Abs(-5)) + Repr(Abs(-2.5)) + Repr(Abs(Neg(Pow(2, 70))))
		}),
		c(`repr([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675]])`, func() string {
			var out []any
			for _, x := range []any{0.5, 1.5, 2.5, -0.5, -1.5, 2.675} {
				out = append(out, Round(x, nil))
			}
			return Repr(L(out...))
		}),
		c(`repr([round(2.675, 2), round(1.005, 2), round(0.125, 2), round(1234.5678, -2), round(-1.5, 0), round(5, -1), round(15, -1), round(25, -1)])`, func() string {
			return Repr(L(Round(2.675, 2), Round(1.005, 2), Round(0.125, 2), Round(1234.5678, -2), Round(-1.5, 0), Round(5, -1), Round(15, -1), Round(25, -1)))
		}),
		c(`repr(round(1e300 * 10))`, r(func() any { return Round(Mul(1e300, 10.0), nil) })),
		c(`repr(round(1e20))`, r(func() any { return Round(1e20, nil) })),
		c(`repr([int('12'), int(' 7 '), int(3.9), int(-3.9), int('-0012'), int('1_000'), int(True), int('ff', 16), int('0x1f', 0), int('z', 36)])`, func() string {
			return Repr(L(CallBuiltin("int", []any{"12"}, nil), CallBuiltin("int", []any{" 7 "}, nil), CallBuiltin("int", []any{3.9}, nil),
				CallBuiltin("int", []any{-3.9}, nil), CallBuiltin("int", []any{"-0012"}, nil), CallBuiltin("int", []any{"1_000"}, nil),
				CallBuiltin("int", []any{true}, nil), CallBuiltin("int", []any{"ff", 16}, nil), CallBuiltin("int", []any{"0x1f", 0}, nil),
				CallBuiltin("int", []any{"z", 36}, nil)))
		}),
		c(`repr(int('3.5'))`, r(func() any { return CallBuiltin("int", []any{"3.5"}, nil) })),
		c(`repr(int(''))`, r(func() any { return CallBuiltin("int", []any{""}, nil) })),
		c(`repr(int(float('inf')))`, r(func() any { return CallBuiltin("int", []any{math.Inf(1)}, nil) })),
		c(`repr(int(None))`, r(func() any { return CallBuiltin("int", []any{nil}, nil) })),
		c(`repr(int(1e20))`, r(func() any { return CallBuiltin("int", []any{1e20}, nil) })),
		c(`repr([float('inf'), float(' -Infinity '), float('1e3'), float('1_0.5'), float(3), float('  .5 '), float(2**70)])`, func() string {
			f := func(a any) any { return CallBuiltin("float", []any{a}, nil) }
			return Repr(L(f("inf"), f(" -Infinity "), f("1e3"), f("1_0.5"), f(3), f("  .5 "), f(Pow(2, 70))))
		}),
		c(`repr(float('abc'))`, r(func() any { return CallBuiltin("float", []any{"abc"}, nil) })),
		c(`repr(float(2**1024))`, r(func() any { return CallBuiltin("float", []any{Pow(2, 1024)}, nil) })),
		c(`repr([str(1.0), str(10**20), str(True), bool('x'), bool(''), str(-0.0)])`, func() string {
			return Repr(L(Str(1.0), Str(Pow(10, 20)), Str(true), CallBuiltin("bool", []any{"x"}, nil), CallBuiltin("bool", []any{""}, nil), Str(math.Copysign(0, -1))))
		}),
		c(`repr([hex(255), oct(-8), bin(5), hex(2**70), chr(65), ord('é'), chr(0x1f600)])`, func() string {
			cb := func(n string, a any) any { return CallBuiltin(n, []any{a}, nil) }
			return Repr(L(cb("hex", 255), cb("oct", -8), cb("bin", 5), cb("hex", Pow(2, 70)), cb("chr", 65), cb("ord", "é"), cb("chr", 0x1f600)))
		}),
		c(`repr(ord('ab'))`, r(func() any { return CallBuiltin("ord", []any{"ab"}, nil) })),
		c(`repr(chr(-1))`, r(func() any { return CallBuiltin("chr", []any{-1}, nil) })),
		c(`repr([hash(1), hash(-1), hash(1.0), hash(1.5), hash(True), hash(2**61), hash(2**64), hash(-2**63), hash(float('inf')), hash((1, 2)), hash(()), hash(-0.25)])`, func() string {
			return Repr(L(Hash(1), Hash(-1), Hash(1.0), Hash(1.5), Hash(true), Hash(Pow(2, 61)), Hash(Pow(2, 64)), Hash(math.MinInt64),
				Hash(math.Inf(1)), Hash(T(1, 2)), Hash(T()), Hash(-0.25)))
		}),
		c(`str(10**5000)`, func() string { return Str(Pow(10, 5000)) }),
		c(`str(-(10**4299))`, func() string { return Str(Neg(Pow(10, 4299))) }),
		c(`repr(int('1' * 5000))`, r(func() any { return CallBuiltin("int", []any{Mul("1", 5000)}, nil) })),
		c(`repr(hash([1]))`, r(func() any { return Hash(L(1)) })),
		c(`repr(hash({}))`, r(func() any { return Hash(NewDict()) })),
		c(`repr(hash((1, [2])))`, r(func() any { return Hash(T(1, L(2))) })),
	})
}
