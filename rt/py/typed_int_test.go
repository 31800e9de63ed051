package py

import (
	"math"
	"math/big"
	"os/exec"
	"strings"
	"testing"
)

// The typed int operations must agree with the dynamic operators on every
// value, at the overflow boundaries above all.
func TestIntMatchesDynamicOps(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	vals := []any{0, 1, -1, 2, -2, 7, -7, 3, 1 << 31, -(1 << 31), 1 << 32, math.MaxInt, math.MinInt,
		math.MaxInt - 1, math.MinInt + 1, 1<<53 + 1, huge, new(big.Int).Neg(huge),
		// Mul's inlined path takes operands within 32 bits; its slow path
		// the rest of the small products (3037000499² fits, 3037000500²
		// does not).
		1<<31 - 1, -(1 << 31) - 1, 1 << 40, -(1 << 40), 3037000499, -3037000500}
	type op struct {
		name  string
		typed func(a, b Int) Int
		dyn   func(a, b any) any
	}
	ops := []op{
		{"+", Int.Add, Add}, {"-", Int.Sub, Sub}, {"*", Int.Mul, Mul},
		{"//", Int.FloorDiv, FloorDiv}, {"%", Int.Mod, Mod},
	}
	catch := func(f func() any) (v any, exc *Exception) {
		defer func() {
			if r := recover(); r != nil {
				exc = r.(*Exception)
			}
		}()
		return f(), nil
	}
	for _, a := range vals {
		for _, b := range vals {
			for _, o := range ops {
				want, wantExc := catch(func() any { return o.dyn(a, b) })
				got, gotExc := catch(func() any { return o.typed(AsInt(a), AsInt(b)).Box() })
				if (wantExc == nil) != (gotExc == nil) || wantExc == nil && !(Eq(want, got) && TypeName(want) == TypeName(got)) {
					t.Errorf("%v %s %v: typed %v (%v), dynamic %v (%v)", a, o.name, b, got, gotExc, want, wantExc)
				}
				if _, isBig := got.(*big.Int); isBig && got.(*big.Int).IsInt64() {
					t.Errorf("%v %s %v: a big result that fits an int is not normalized", a, o.name, b)
				}
			}
			x, y := AsInt(a), AsInt(b)
			if x.Lt(y) != Lt(a, b) || x.LtE(y) != LtE(a, b) || x.Gt(y) != Gt(a, b) || x.GtE(y) != GtE(a, b) || x.Eq(y) != Eq(a, b) {
				t.Errorf("comparisons of %v and %v disagree", a, b)
			}
			if b != 0 {
				if got, want := x.TrueDiv(y), TrueDiv(a, b).(float64); got != want {
					t.Errorf("%v / %v: typed %v, dynamic %v", a, b, got, want)
				}
			}
		}
		if got, want := AsInt(a).Neg().Box(), Neg(a); !Eq(got, want) {
			t.Errorf("-%v: typed %v, dynamic %v", a, got, want)
		}
		if got, want := AsInt(a).String(), Str(a); got != want {
			t.Errorf("str(%v): typed %q, dynamic %q", a, got, want)
		}
		if AsInt(a).Truth() != Truth(a) {
			t.Errorf("bool(%v) disagrees", a)
		}
	}
}

func TestIntsIteratesLikeIter(t *testing.T) {
	for _, r := range []*Range{NewRange(5), NewRange(2, 11, 3), NewRange(10, -3, -4), NewRange(3, 3),
		NewRange(math.MaxInt-2, math.MaxInt), NewRange(BigInt("100000000000000000000"), BigInt("100000000000000000003"))} {
		var got, want []any
		for v := range Ints(r) {
			got = append(got, v.Box())
		}
		for v := range Iter(r) {
			want = append(want, v)
		}
		if !Eq(NewList(got...), NewList(want...)) {
			t.Errorf("%s: Ints gives %v, Iter %v", Repr(r), got, want)
		}
	}
}

func TestAsIntRejectsOtherTypes(t *testing.T) {
	for _, v := range []any{true, 1.5, "1", nil} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("AsInt(%#v) did not panic", v)
				}
			}()
			AsInt(v)
		}()
	}
}

// Generated code does its int arithmetic through these methods: their fast
// paths must inline into it (typed_int.go says how), which only the
// compiler can tell.
func TestIntFastPathsInline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the package with the compiler's inlining report")
	}
	out, err := exec.Command("go", "build", "-gcflags=-m", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, m := range []string{"Add", "Sub", "Mul", "FloorDiv", "Mod", "Neg", "Eq", "Lt", "LtE", "Gt", "GtE", "Truth", "Box"} {
		if !strings.Contains(string(out)+"\n", "can inline Int."+m+"\n") {
			t.Errorf("Int.%s no longer inlines", m)
		}
	}
}
