package py

// bisect over sequences, as Modules/_bisectmodule.c: `<` comparisons
// only, the key applied to the list's items (not to x).

func bisectBounds(a, lo, hi any) (int, int) {
	l := indexArg(lo)
	if l < 0 {
		panic(New(ValueError, "lo must be non-negative"))
	}
	h := 0
	if hi == nil {
		h = Len(a)
	} else {
		h = indexArg(hi)
	}
	return l, h
}

func bisectItem(a any, i int, key any) any {
	v := GetItem(a, i)
	if key != nil {
		v = Call(key, []any{v}, nil)
	}
	return v
}

// BisectBisectRight is bisect.bisect_right(a, x, lo=0, hi=None, *, key=None).
func BisectBisectRight(a, x, lo, hi, key any) any { return bisectRight(a, x, lo, hi, key) }

func bisectRight(a, x, lo, hi, key any) int {
	l, h := bisectBounds(a, lo, hi)
	for l < h {
		mid := int(uint(l+h) >> 1)
		if Lt(x, bisectItem(a, mid, key)) {
			h = mid
		} else {
			l = mid + 1
		}
	}
	return l
}

// BisectBisectLeft is bisect.bisect_left(a, x, lo=0, hi=None, *, key=None).
func BisectBisectLeft(a, x, lo, hi, key any) any { return bisectLeft(a, x, lo, hi, key) }

func bisectLeft(a, x, lo, hi, key any) int {
	l, h := bisectBounds(a, lo, hi)
	for l < h {
		mid := int(uint(l+h) >> 1)
		if Lt(bisectItem(a, mid, key), x) {
			l = mid + 1
		} else {
			h = mid
		}
	}
	return l
}

// BisectInsortRight is bisect.insort_right(a, x, lo=0, hi=None, *, key=None).
func BisectInsortRight(a, x, lo, hi, key any) {
	kx := x
	if key != nil {
		kx = Call(key, []any{x}, nil)
	}
	CallMethod(a, "insert", []any{bisectRight(a, kx, lo, hi, key), x}, nil)
}

// BisectInsortLeft is bisect.insort_left(a, x, lo=0, hi=None, *, key=None).
func BisectInsortLeft(a, x, lo, hi, key any) {
	kx := x
	if key != nil {
		kx = Call(key, []any{x}, nil)
	}
	CallMethod(a, "insert", []any{bisectLeft(a, kx, lo, hi, key), x}, nil)
}
