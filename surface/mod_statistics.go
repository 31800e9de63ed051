package surface

// registerStatistics is the statistics module's averages and measures of
// spread over ints, bools and floats (no Fraction or Decimal data, which
// pyasync2go has no types for), and StatisticsError.
func registerStatistics() {
	// As values (positional calls, a missing argument None) only where the
	// optional parameters default to None.
	data := func(name, goName string, extra ...Param) *Entry {
		asValue := true
		for _, p := range extra {
			asValue = asValue && p.Default == nil
		}
		return &Entry{Name: name, Go: "py.Statistics" + goName, Params: append([]Param{req("data")}, extra...), AsValue: asValue}
	}
	float := func(e *Entry) *Entry { e.Result = Float; return e }
	addModule(&Module{Name: "statistics", Coverage: "averages and spread (`mean` … `pstdev`, `quantiles`) on int and float data, exact as CPython's fractions; not `NormalDist`, `covariance`, `correlation`, `linear_regression`"}, []*Entry{
		data("mean", "Mean"),
		float(data("fmean", "Fmean", opt("weights", nil))),
		float(data("geometric_mean", "GeometricMean")),
		data("harmonic_mean", "HarmonicMean", opt("weights", nil)),
		data("median", "Median"),
		data("median_low", "MedianLow"),
		data("median_high", "MedianHigh"),
		float(data("median_grouped", "MedianGrouped", opt("interval", 1.0))),
		data("mode", "Mode"),
		data("multimode", "Multimode"),
		{Name: "quantiles", Go: "py.StatisticsQuantiles", Params: []Param{req("data"), kwonly("n", 4), kwonly("method", "exclusive")}},
		data("variance", "Variance", opt("xbar", nil)),
		data("pvariance", "Pvariance", opt("mu", nil)),
		float(data("stdev", "Stdev", opt("xbar", nil))),
		float(data("pstdev", "Pstdev", opt("mu", nil))),
		{Name: "StatisticsError", Kind: Class, Go: "py.StatisticsError"},
	})
}
