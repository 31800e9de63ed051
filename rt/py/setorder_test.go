package py

import "testing"

// Set iteration order is CPython's hash-table order; these mix sizes that
// trigger resizes, collisions, dummies and the merge fast paths.
func TestSetOrderOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
	ints := func(xs ...int) []any {
		out := make([]any, len(xs))
		for i, x := range xs {
			out[i] = x
		}
		return out
	}
	a := func() *Set { return SetFrom(L(ints(33, 1, 65, 9, 17, 1000, 4, 12)...)) }
	b := func() *Set { return SetFrom(L(ints(9, 65, 2, 64, 128, 4)...)) }
	checkCases(t, []oracleCase{
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]) | set([9, 65, 2, 64, 128, 4]))`, r(func() any { return BitOr(a(), b()) })),
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]) & set([9, 65, 2, 64, 128, 4]))`, r(func() any { return BitAnd(a(), b()) })),
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]) - set([9, 65, 2, 64, 128, 4]))`, r(func() any { return Sub(a(), b()) })),
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]) ^ set([9, 65, 2, 64, 128, 4]))`, r(func() any { return BitXor(a(), b()) })),
		c(`repr(set([9, 65, 2, 64, 128, 4]) - set([33, 1, 65, 9, 17, 1000, 4, 12]))`, r(func() any { return Sub(b(), a()) })),
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]).copy())`, r(func() any { return a().Copy() })),
		c(`repr(set(range(50, 0, -1)))`, r(func() any { return SetFrom(NewRange(50, 0, -1)) })),
		c(`repr(set(range(0, 400, 37)))`, r(func() any { return SetFrom(NewRange(0, 400, 37)) })),
		c(`repr(set({40: 1, 8: 2, 16: 3, 0: 4}))`, r(func() any { return SetFrom(DictOf(40, 1, 8, 2, 16, 3, 0, 4)) })),
		c(`repr({x * 8 for x in range(10)})`, r(func() any {
			s := NewSetAdded()
			for x := 0; x < 10; x++ {
				s.Add(x * 8)
			}
			return s
		})),
		c(`repr({-5, -1, 0, 3, 2**62, -(2**62)})`, r(func() any { return NewSet(-5, -1, 0, 3, Pow(2, 62), Neg(Pow(2, 62))) })),
		c(`repr({0.5, 1.25, -3.75, 2.0, 1e20})`, r(func() any { return NewSet(0.5, 1.25, -3.75, 2.0, 1e20) })),
		c(`repr({(1, 2), (3, 4), (5, 6), (7, 8)})`, r(func() any { return NewSet(T(1, 2), T(3, 4), T(5, 6), T(7, 8)) })),
		c(`exec:s = set(range(20)); [s.discard(i) for i in range(0, 20, 2)]; [s.add(i) for i in (100, 36, 64)]; out = repr(s)`, r(func() any {
			s := SetFrom(NewRange(20))
			for i := 0; i < 20; i += 2 {
				s.Discard(i)
			}
			for _, i := range []int{100, 36, 64} {
				s.Add(i)
			}
			return s
		})),
		c(`exec:s = {1, 2, 3, 4, 5, 6, 7}; out = repr([s.pop() for _ in range(3)]) + repr(s)`, func() string {
			s := NewSet(1, 2, 3, 4, 5, 6, 7)
			popped := L(s.Pop(), s.Pop(), s.Pop())
			return Repr(popped) + Repr(s)
		}),
		c(`exec:s = {8, 16}; s |= {24, 0}; s &= {0, 8, 24, 99}; s ^= {8, 7}; s -= {0}; out = repr(s)`, r(func() any {
			var s any = NewSet(8, 16)
			s = IBitOr(s, NewSet(24, 0))
			s = IBitAnd(s, NewSet(0, 8, 24, 99))
			s = IBitXor(s, NewSet(8, 7))
			s = ISub(s, NewSet(0))
			return s
		})),
		c(`repr(frozenset([5, 3, 1]) | {2})`, r(func() any { return BitOr(NewFrozenSet(5, 3, 1), NewSet(2)) })),
		c(`repr(sorted({'b', 'a'}) + list({3, 1, 2}))`, r(func() any { return Add(CallBuiltin("sorted", []any{NewSet("b", "a")}, nil), ListFrom(NewSet(3, 1, 2))) })),
	})
}

func TestSetMethodOrderOracle(t *testing.T) {
	a := func() *Set { return SetFrom(L(33, 1, 65, 9, 17, 1000, 4, 12)) }
	checkCases(t, []oracleCase{
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]).intersection([9, 65, 2, 64, 128, 4], {4, 9, 1000}))`, func() string {
			return Repr(cm(a(), "intersection", L(9, 65, 2, 64, 128, 4), NewSet(4, 9, 1000)))
		}),
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]).difference([1], {33, 4}))`, func() string {
			return Repr(cm(a(), "difference", L(1), NewSet(33, 4)))
		}),
		c(`repr(set([33, 1, 65, 9, 17, 1000, 4, 12]).union([7], {2}))`, func() string {
			return Repr(cm(a(), "union", L(7), NewSet(2)))
		}),
	})
}
