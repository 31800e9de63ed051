package py

import (
	"math/big"
	"strings"
	"unicode/utf8"
)

// Range is range(start, stop, step). b is set instead when an argument does not fit an int
// (bigrange.go).
type Range struct {
	Start, Stop, Step int
	b                 *bigRange
}

// NewRange is range(...) with 1 to 3 int arguments.
func NewRange(args ...any) *Range {
	ints := make([]int, len(args))
	for i, a := range args {
		switch a.(type) {
		case float64:
			panic(New(TypeError, "'float' object cannot be interpreted as an integer"))
		case *big.Int:
			if len(args) <= 3 {
				return newBigRange(args)
			}
		}
		ints[i] = indexArg(a)
	}
	switch len(ints) {
	case 1:
		return &Range{Start: 0, Stop: ints[0], Step: 1}
	case 2:
		return &Range{Start: ints[0], Stop: ints[1], Step: 1}
	case 3:
		if ints[2] == 0 {
			panic(New(ValueError, "range() arg 3 must not be zero"))
		}
		return &Range{Start: ints[0], Stop: ints[1], Step: ints[2]}
	case 0:
		panic(New(TypeError, "range expected at least 1 argument, got 0"))
	}
	panic(New(TypeError, "range expected at most 3 arguments, got "+itoa(len(args))))
}

// Len is len(range).
// At is the i-th item, for 0 <= i < Len() (a for loop's index).
func (r *Range) At(i int) int {
	if r.b != nil {
		v, ok := r.b.at(big.NewInt(int64(i))).(int)
		if !ok {
			Unsupported("a range() item beyond 64 bits in a for loop")
		}
		return v
	}
	return r.Start + i*r.Step
}

func (r *Range) Len() int {
	if r.b != nil {
		return r.b.length()
	}
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return 0
}

func (r *Range) items() []any {
	if r.b != nil {
		out := make([]any, 0, r.Len())
		for v := range r.b.iter() {
			out = append(out, v)
		}
		return out
	}
	n := r.Len()
	out := make([]any, n)
	for i := range out {
		out[i] = r.Start + i*r.Step
	}
	return out
}

func (r *Range) PyRepr() string {
	if r.b != nil {
		return r.b.repr()
	}
	if r.Step == 1 {
		return "range(" + itoa(r.Start) + ", " + itoa(r.Stop) + ")"
	}
	return "range(" + itoa(r.Start) + ", " + itoa(r.Stop) + ", " + itoa(r.Step) + ")"
}

// SliceObj is slice(lo, hi, step).
type SliceObj struct{ Lo, Hi, Step any }

// Slice builds the slice object for x[lo:hi:step].
func Slice(lo, hi, step any) *SliceObj { return &SliceObj{lo, hi, step} }

func (s *SliceObj) PyRepr() string {
	return "slice(" + Repr(s.Lo) + ", " + Repr(s.Hi) + ", " + Repr(s.Step) + ")"
}

// Indices is slice.indices(n): CPython's PySlice_AdjustIndices.
func (s *SliceObj) Indices(n int) (start, stop, step, count int) {
	step = 1
	if s.Step != nil {
		step = sliceIndex(s.Step)
		if step == 0 {
			panic(New(ValueError, "slice step cannot be zero"))
		}
	}
	adjust := func(v any, def int) int {
		if v == nil {
			return def
		}
		i := sliceIndex(v)
		if i < 0 {
			i += n
			if i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return i
	}
	if step > 0 {
		start, stop = adjust(s.Lo, 0), adjust(s.Hi, n)
		if stop > start {
			count = (stop - start + step - 1) / step
		}
	} else {
		start, stop = adjust(s.Lo, n-1), adjust(s.Hi, -1)
		if stop < start {
			count = (start - stop - step - 1) / -step
		}
	}
	return
}

func sliceIndex(v any) int {
	if b, ok := v.(*big.Int); ok {
		if b.Sign() < 0 {
			return -1 << 62
		}
		return 1 << 62
	}
	switch v.(type) {
	case int, bool:
		return indexArg(v)
	}
	if _, ok := otherInt(v); ok {
		return indexArg(v)
	}
	panic(New(TypeError, "slice indices must be integers or None or have an __index__ method"))
}

func sliceItems(items []any, s *SliceObj) []any {
	start, _, step, n := s.Indices(len(items))
	out := make([]any, n)
	for i := range out {
		out[i] = items[start+i*step]
	}
	return out
}

// runes is a str as code points; ASCII strings skip the conversion.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StrLen is len(s) in code points.
func StrLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

func strIndex(s string, key any) string {
	if sl, ok := key.(*SliceObj); ok {
		if isASCII(s) {
			start, _, step, n := sl.Indices(len(s))
			if step == 1 {
				return s[start : start+n]
			}
			var b strings.Builder
			for i := 0; i < n; i++ {
				b.WriteByte(s[start+i*step])
			}
			return b.String()
		}
		rs := []rune(s)
		start, _, step, n := sl.Indices(len(rs))
		out := make([]rune, n)
		for i := range out {
			out[i] = rs[start+i*step]
		}
		return string(out)
	}
	i := indexArgFor(key, "string")
	if isASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			panic(New(IndexError, "string index out of range"))
		}
		return s[i : i+1]
	}
	rs := []rune(s)
	if i < 0 {
		i += len(rs)
	}
	if i < 0 || i >= len(rs) {
		panic(New(IndexError, "string index out of range"))
	}
	return string(rs[i])
}

func indexArgFor(key any, what string) int {
	switch key.(type) {
	case int, bool:
		return indexArg(key)
	case *big.Int:
		panic(New(IndexError, "cannot fit 'int' into an index-sized integer"))
	}
	if _, ok := otherInt(key); ok {
		return indexArg(key)
	}
	if o, ok := key.(*Instance); ok {
		if n, ok := o.base.(int); ok {
			return n
		}
	}
	if what == "string" {
		panic(New(TypeError, "string indices must be integers, not '"+TypeName(key)+"'"))
	}
	panic(New(TypeError, what+" indices must be integers or slices, not "+TypeName(key)))
}

func seqIndex(items []any, key any, what string) any {
	if sl, ok := key.(*SliceObj); ok {
		return sliceItems(items, sl)
	}
	i := indexArgFor(key, what)
	if i < 0 {
		i += len(items)
	}
	if i < 0 || i >= len(items) {
		panic(New(IndexError, what+" index out of range"))
	}
	return items[i]
}
