package py

import "math/big"

// The statistics module, as Lib/statistics.py of CPython 3.11 for data of
// ints, bools and floats. mean and the variances sum the data as exact
// fractions (_sum, _ss) and convert once at the end, as CPython does, so
// big.Rat gives the same results; stdev and pstdev take the correctly
// rounded square root of that fraction (_float_sqrt_of_frac). median and
// quantiles interpolate with Python's operators on the data's own values.

// StatisticsError is statistics.StatisticsError.
var StatisticsError = &Class{Name: "StatisticsError", Module: "statistics", Base: ValueError}

func statsError(msg string) *Exception { return New(StatisticsError, msg) }

// exactSum is what _sum and _ss compute: the count, whether any item was a
// float (which makes the result type float, _coerce), the exact sums of
// the finite items and of their squares, and the plain float sum of the
// non-finite ones (the None partial) when there are any.
type exactSum struct {
	n          int
	float      bool
	sum, sumSq *big.Rat
	nonFinite  any // nil, or the float sum of the infinities and nans
}

// exactRatio is _exact_ratio: the item as a fraction, or ok=false for a
// non-finite float.
func exactRatio(x any) (r *big.Rat, isFloat, ok bool) {
	switch n := toNum(x); n.kind {
	case kInt:
		return new(big.Rat).SetInt64(int64(n.i)), false, true
	case kBig:
		return new(big.Rat).SetInt(n.b), false, true
	case kFloat:
		if !isFinite(n.f) {
			return nil, true, false
		}
		return new(big.Rat).SetFloat64(n.f), true, true
	}
	if _, ok := asDec(x); ok {
		Unsupported("statistics on decimal.Decimal data")
	}
	if _, ok := asFrac(x); ok {
		Unsupported("statistics on fractions.Fraction data")
	}
	panic(New(TypeError, "can't convert type '"+TypeName(x)+"' to numerator/denominator"))
}

func sumExact(data any, squares bool) *exactSum {
	s := &exactSum{sum: new(big.Rat), sumSq: new(big.Rat)}
	for x := range Iter(data) {
		r, isFloat, ok := exactRatio(x)
		s.n++
		s.float = s.float || isFloat
		if !ok {
			if s.nonFinite == nil {
				s.nonFinite = 0
			}
			s.nonFinite = Add(s.nonFinite, x)
			continue
		}
		s.sum.Add(s.sum, r)
		if squares {
			s.sumSq.Add(s.sumSq, new(big.Rat).Mul(r, r))
		}
	}
	return s
}

// convertRat is _convert(Fraction, T): an int when T is int and the value
// is whole, else float(Fraction), the int true division num / den.
func convertRat(r *big.Rat, toFloat bool) any {
	if !toFloat && r.IsInt() {
		return normBig(new(big.Int).Set(r.Num()))
	}
	return TrueDiv(normBig(new(big.Int).Set(r.Num())), normBig(new(big.Int).Set(r.Denom())))
}

// StatisticsMean is statistics.mean(data).
func StatisticsMean(data any) any {
	s := sumExact(data, false)
	if s.n < 1 {
		panic(statsError("mean requires at least one data point"))
	}
	if s.nonFinite != nil {
		return TrueDiv(s.nonFinite, s.n)
	}
	return convertRat(new(big.Rat).Quo(s.sum, new(big.Rat).SetInt64(int64(s.n))), s.float)
}

// StatisticsFmean is statistics.fmean(data, weights=None).
func StatisticsFmean(data, weights any) any {
	items := ListFrom(data).Items
	if weights == nil {
		total := MathFsum(NewList(items...))
		if len(items) == 0 {
			panic(statsError("fmean requires at least one data point"))
		}
		return total / float64(len(items))
	}
	ws := ListFrom(weights).Items
	var prods []any
	for i := 0; i < len(items) && i < len(ws); i++ {
		prods = append(prods, Mul(items[i], ws[i]))
	}
	num := MathFsum(NewList(prods...))
	if len(items) != len(ws) {
		panic(statsError("data and weights must be the same length"))
	}
	den := MathFsum(NewList(ws...))
	if den == 0 {
		panic(statsError("sum of weights must be non-zero"))
	}
	return num / den
}

// StatisticsGeometricMean is statistics.geometric_mean(data).
func StatisticsGeometricMean(data any) any {
	var logs []any
	var m float64
	if exc := Try(func() {
		for x := range Iter(data) {
			logs = append(logs, MathLog(x))
		}
		m = StatisticsFmean(NewList(logs...), nil).(float64)
	}); exc != nil {
		if !exc.Class.IsSubclass(ValueError) {
			panic(exc) // re-raised as it was
		}
		// raise StatisticsError(...) from None
		ThrowFrom(statsError("geometric mean requires a non-empty dataset containing positive numbers"), nil)
	}
	return MathExp(m)
}

// StatisticsHarmonicMean is statistics.harmonic_mean(data, weights=None).
func StatisticsHarmonicMean(data, weights any) any {
	const errmsg = "harmonic mean does not support negative values"
	items := ListFrom(data).Items
	n := len(items)
	if n < 1 {
		panic(statsError("harmonic_mean requires at least one data point"))
	}
	if n == 1 && weights == nil {
		x := items[0]
		if k := toNum(x).kind; k == notNum {
			panic(New(TypeError, "unsupported type"))
		}
		if Lt(x, 0) {
			panic(statsError(errmsg))
		}
		return x
	}
	var ws []any
	var sumWeights any
	if weights == nil {
		ws = make([]any, n)
		for i := range ws {
			ws[i] = 1
		}
		sumWeights = new(big.Rat).SetInt64(int64(n))
	} else {
		ws = ListFrom(weights).Items
		if len(ws) != n {
			panic(statsError("Number of weights does not match data size"))
		}
		for _, w := range ws {
			if Lt(w, 0) {
				panic(statsError(errmsg))
			}
		}
		s := sumExact(NewList(ws...), false)
		if s.nonFinite != nil {
			sumWeights = s.nonFinite
		} else {
			sumWeights = s.sum
		}
	}
	var terms []any
	for i, x := range items {
		w := ws[i]
		if Lt(x, 0) {
			panic(statsError(errmsg))
		}
		if !Truth(w) {
			terms = append(terms, 0)
			continue
		}
		var t any
		if exc := Try(func() { t = TrueDiv(w, x) }); exc != nil {
			if exc.Class.IsSubclass(ZeroDivisionError) {
				return 0
			}
			panic(exc)
		}
		terms = append(terms, t)
	}
	s := sumExact(NewList(terms...), false)
	if s.nonFinite != nil {
		if s.nonFinite.(float64) <= 0 {
			panic(statsError("Weighted sum must be positive"))
		}
		return TrueDiv(ratToPy(sumWeights), s.nonFinite)
	}
	if s.sum.Sign() <= 0 {
		panic(statsError("Weighted sum must be positive"))
	}
	if sw, ok := sumWeights.(*big.Rat); ok {
		return convertRat(new(big.Rat).Quo(sw, s.sum), s.float)
	}
	return TrueDiv(sumWeights, ratToPy(s.sum))
}

// ratToPy is a fraction as the float Fraction.__float__ gives, for the
// rare mixes of a fraction with a non-finite float.
func ratToPy(x any) any {
	if r, ok := x.(*big.Rat); ok {
		return convertRat(r, true)
	}
	return x
}

// sortedData is sorted(data).
func sortedData(data any) []any {
	return CallBuiltin("sorted", []any{data}, nil).(*List).Items
}

func noMedian() *Exception { return statsError("no median for empty data") }

// StatisticsMedian is statistics.median(data).
func StatisticsMedian(data any) any {
	d := sortedData(data)
	n := len(d)
	if n == 0 {
		panic(noMedian())
	}
	if n%2 == 1 {
		return d[n/2]
	}
	return TrueDiv(Add(d[n/2-1], d[n/2]), 2)
}

// StatisticsMedianLow is statistics.median_low(data).
func StatisticsMedianLow(data any) any {
	d := sortedData(data)
	n := len(d)
	if n == 0 {
		panic(noMedian())
	}
	if n%2 == 1 {
		return d[n/2]
	}
	return d[n/2-1]
}

// StatisticsMedianHigh is statistics.median_high(data).
func StatisticsMedianHigh(data any) any {
	d := sortedData(data)
	if len(d) == 0 {
		panic(noMedian())
	}
	return d[len(d)/2]
}

// StatisticsMedianGrouped is statistics.median_grouped(data, interval=1.0).
func StatisticsMedianGrouped(data, interval any) any {
	d := sortedData(data)
	n := len(d)
	if n == 0 {
		panic(noMedian())
	}
	x := d[n/2]
	list := NewList(d...)
	i := bisectLeft(list, x, 0, nil, nil)
	j := bisectRight(list, x, i, nil, nil)
	var iv, xf float64
	if exc := Try(func() {
		iv = CallBuiltin("float", []any{interval}, nil).(float64)
		xf = CallBuiltin("float", []any{x}, nil).(float64)
	}); exc != nil {
		if !exc.Class.IsSubclass(ValueError) {
			panic(exc)
		}
		Throw(New(TypeError, "Value cannot be converted to a float"))
	}
	l := xf - iv/2.0
	cf := float64(i)
	f := float64(j - i)
	return l + iv*(float64(n)/2-cf)/f
}

// counts is Counter(iter(data)): the distinct items in first-seen order
// with their counts.
func counts(data any) ([]any, []int) {
	idx := NewDict()
	var keys []any
	var ns []int
	for x := range Iter(data) {
		if i, ok := idx.Get(x); ok {
			ns[i.(int)]++
			continue
		}
		idx.Set(x, len(keys))
		keys = append(keys, x)
		ns = append(ns, 1)
	}
	return keys, ns
}

// StatisticsMode is statistics.mode(data): the first of the most common.
func StatisticsMode(data any) any {
	keys, ns := counts(data)
	if len(keys) == 0 {
		ThrowFrom(statsError("no mode for empty data"), nil)
	}
	best := 0
	for i, n := range ns {
		if n > ns[best] {
			best = i
		}
	}
	return keys[best]
}

// StatisticsMultimode is statistics.multimode(data).
func StatisticsMultimode(data any) any {
	keys, ns := counts(data)
	top := 0
	for _, n := range ns {
		top = max(top, n)
	}
	out := NewList()
	for i, k := range keys {
		if ns[i] == top {
			out.Items = append(out.Items, k)
		}
	}
	return out
}

// StatisticsQuantiles is statistics.quantiles(data, *, n=4,
// method='exclusive').
func StatisticsQuantiles(data, nArg, method any) any {
	if Lt(nArg, 1) {
		panic(statsError("n must be at least 1"))
	}
	d := sortedData(data)
	ld := len(d)
	if ld < 2 {
		panic(statsError("must have at least two data points"))
	}
	n := indexArg(nArg)
	out := NewList()
	switch method {
	case "inclusive":
		m := ld - 1
		for i := 1; i < n; i++ {
			j, delta := i*m/n, i*m%n
			out.Items = append(out.Items, TrueDiv(Add(Mul(d[j], n-delta), Mul(d[j+1], delta)), n))
		}
		return out
	case "exclusive":
		m := ld + 1
		for i := 1; i < n; i++ {
			j := min(max(i*m/n, 1), ld-1)
			delta := i*m - j*n
			out.Items = append(out.Items, TrueDiv(Add(Mul(d[j-1], n-delta), Mul(d[j], delta)), n))
		}
		return out
	}
	panic(New(ValueError, "Unknown method: "+Repr(method)))
}

// sumSquares is _ss: the exact sum of squared deviations, its result type
// and the count. With a given centre c the deviations are computed by
// Python's operators first, as (x - c) * (x - c).
func sumSquares(data, c any) (ss any, toFloat bool, n int) {
	if c != nil {
		var devs []any
		for x := range Iter(data) {
			d := Sub(x, c)
			devs = append(devs, Mul(d, d))
		}
		s := sumExact(NewList(devs...), false)
		if s.nonFinite != nil {
			return s.nonFinite, s.float, s.n
		}
		return s.sum, s.float, s.n
	}
	s := sumExact(data, true)
	switch {
	case s.n == 0:
		return new(big.Rat), s.float, 0
	case s.nonFinite != nil:
		return s.nonFinite, s.float, s.n
	}
	cnt := new(big.Rat).SetInt64(int64(s.n))
	ssd := new(big.Rat).Mul(cnt, s.sumSq)
	ssd.Sub(ssd, new(big.Rat).Mul(s.sum, s.sum))
	return ssd.Quo(ssd, cnt), s.float, s.n
}

// divConvert is _convert(ss / k, T).
func divConvert(ss any, k int, toFloat bool) any {
	if r, ok := ss.(*big.Rat); ok {
		return convertRat(new(big.Rat).Quo(r, new(big.Rat).SetInt64(int64(k))), toFloat)
	}
	return TrueDiv(ss, k)
}

// StatisticsVariance is statistics.variance(data, xbar=None).
func StatisticsVariance(data, xbar any) any {
	ss, f, n := sumSquares(data, xbar)
	if n < 2 {
		panic(statsError("variance requires at least two data points"))
	}
	return divConvert(ss, n-1, f)
}

// StatisticsPvariance is statistics.pvariance(data, mu=None).
func StatisticsPvariance(data, mu any) any {
	ss, f, n := sumSquares(data, mu)
	if n < 1 {
		panic(statsError("pvariance requires at least one data point"))
	}
	return divConvert(ss, n, f)
}

// StatisticsStdev is statistics.stdev(data, xbar=None).
func StatisticsStdev(data, xbar any) any {
	ss, _, n := sumSquares(data, xbar)
	if n < 2 {
		panic(statsError("stdev requires at least two data points"))
	}
	return sqrtOfFrac(ss, n-1)
}

// StatisticsPstdev is statistics.pstdev(data, mu=None).
func StatisticsPstdev(data, mu any) any {
	ss, _, n := sumSquares(data, mu)
	if n < 1 {
		panic(statsError("pstdev requires at least one data point"))
	}
	return sqrtOfFrac(ss, n)
}

// sqrtOfFrac is _float_sqrt_of_frac(mss.numerator, mss.denominator) for
// mss = ss / k: the correctly rounded square root, from an integer square
// root rounded to odd with 2*53+3 bits. A non-finite ss is a float, which
// has no numerator in CPython either.
func sqrtOfFrac(ss any, k int) any {
	r, ok := ss.(*big.Rat)
	if !ok {
		panic(New(AttributeError, "'float' object has no attribute 'numerator'"))
	}
	mss := new(big.Rat).Quo(r, new(big.Rat).SetInt64(int64(k)))
	n, m := mss.Num(), mss.Denom()
	const width = 2*53 + 3
	q := (n.BitLen() - m.BitLen() - width)
	q = floorDiv2(q)
	var num, den *big.Int
	if q >= 0 {
		num = new(big.Int).Lsh(isqrtFracRTO(n, new(big.Int).Lsh(m, uint(2*q))), uint(q))
		den = big.NewInt(1)
	} else {
		num = isqrtFracRTO(new(big.Int).Lsh(n, uint(-2*q)), m)
		den = new(big.Int).Lsh(big.NewInt(1), uint(-q))
	}
	return TrueDiv(normBig(num), normBig(den))
}

// floorDiv2 is Python's q // 2.
func floorDiv2(q int) int {
	if q < 0 {
		return -((-q + 1) / 2)
	}
	return q / 2
}

// isqrtFracRTO is _integer_sqrt_of_frac_rto: isqrt(n // m), its low bit
// set when inexact (round to odd).
func isqrtFracRTO(n, m *big.Int) *big.Int {
	if n.Sign() < 0 {
		panic(New(ValueError, "isqrt() argument must be nonnegative"))
	}
	a := new(big.Int).Sqrt(new(big.Int).Quo(n, m))
	sq := new(big.Int).Mul(a, a)
	if sq.Mul(sq, m).Cmp(n) != 0 {
		a.SetBit(a, 0, 1)
	}
	return a
}
