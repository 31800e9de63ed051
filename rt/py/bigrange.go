package py

import (
	"iter"
	"math/big"
)

// bigRange is a range with a bound or step beyond int (range(10**20)): CPython's
// longrangeobject. It supports what such a range is used for in practice (repr, indexing,
// `in`, truth, iteration while the items fit an int, start/stop/step); anything else stops
// the program as unsupported rather than computing with wrapped ints.
type bigRange struct{ start, stop, step, n *big.Int }

func newBigRange(args []any) *Range {
	vals := make([]*big.Int, len(args))
	for i, a := range args {
		vals[i] = toNum(a).big()
	}
	b := &bigRange{start: new(big.Int), step: big.NewInt(1)}
	switch len(vals) {
	case 1:
		b.stop = vals[0]
	case 2:
		b.start, b.stop = vals[0], vals[1]
	default:
		b.start, b.stop, b.step = vals[0], vals[1], vals[2]
		if b.step.Sign() == 0 {
			panic(New(ValueError, "range() arg 3 must not be zero"))
		}
	}
	// n = max(0, ceil((stop - start) / step)), as compute_range_length.
	lo, hi, step := b.start, b.stop, b.step
	if step.Sign() < 0 {
		lo, hi, step = b.stop, b.start, new(big.Int).Neg(step)
	}
	b.n = new(big.Int)
	if lo.Cmp(hi) < 0 {
		diff := new(big.Int).Sub(hi, lo)
		diff.Sub(diff, big.NewInt(1))
		b.n.Quo(diff, step)
		b.n.Add(b.n, big.NewInt(1))
	}
	return &Range{b: b}
}

func (b *bigRange) repr() string {
	s := "range(" + bigDecimal(b.start) + ", " + bigDecimal(b.stop)
	if b.step.Cmp(big.NewInt(1)) != 0 {
		s += ", " + bigDecimal(b.step)
	}
	return s + ")"
}

func (b *bigRange) at(i *big.Int) any {
	v := new(big.Int).Mul(i, b.step)
	return normBig(v.Add(v, b.start))
}

// length is Len() of a big range: iteration needs it to fit an int.
func (b *bigRange) length() int {
	if !b.n.IsInt64() {
		Unsupported("a range() of more than sys.maxsize items")
	}
	return int(b.n.Int64())
}

func (b *bigRange) getItem(key any) any {
	if _, ok := key.(*SliceObj); ok {
		Unsupported("slicing a range() with a bound beyond 64 bits")
	}
	switch key.(type) {
	case int, bool, *big.Int:
	default:
		if _, ok := otherInt(key); !ok {
			panic(New(TypeError, "range indices must be integers or slices, not "+TypeName(key)))
		}
	}
	i := toNum(key).big()
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, b.n)
	}
	if i.Sign() < 0 || i.Cmp(b.n) >= 0 {
		panic(New(IndexError, "range object index out of range"))
	}
	return b.at(i)
}

func (b *bigRange) contains(item any) bool {
	switch item.(type) {
	case int, bool, *big.Int:
	default:
		Unsupported("`in` on a range() with a bound beyond 64 bits for a value that is not an int")
	}
	v := toNum(item).big()
	if b.step.Sign() > 0 && (v.Cmp(b.start) < 0 || v.Cmp(b.stop) >= 0) ||
		b.step.Sign() < 0 && (v.Cmp(b.start) > 0 || v.Cmp(b.stop) <= 0) {
		return false
	}
	d := new(big.Int).Sub(v, b.start)
	return d.Rem(d, b.step).Sign() == 0
}

func (b *bigRange) iter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for i := new(big.Int); i.Cmp(b.n) < 0; i.Add(i, big.NewInt(1)) {
			if !yield(b.at(i)) {
				return
			}
		}
	}
}

// eq is range equality: same length, and same start and step where they matter.
func (b *bigRange) eq(o *bigRange) bool {
	if b.n.Cmp(o.n) != 0 {
		return false
	}
	one := big.NewInt(1)
	return b.n.Sign() == 0 || b.start.Cmp(o.start) == 0 && (b.n.Cmp(one) == 0 || b.step.Cmp(o.step) == 0)
}

// asBig is r as a bigRange, for comparing a big range with an int one.
func (r *Range) asBig() *bigRange {
	if r.b != nil {
		return r.b
	}
	return newBigRange([]any{r.Start, r.Stop, r.Step}).b
}

func (r *Range) nonEmpty() bool {
	if r.b != nil {
		return r.b.n.Sign() > 0
	}
	return r.Len() > 0
}
