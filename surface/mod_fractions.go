package surface

// registerFractions is the fractions module: Fraction, a builtin class of
// the runtime (rt/py/mod_fractions.go).
func registerFractions() {
	addModule(&Module{Name: "fractions", Coverage: "`Fraction` as 3.11's fractions.py: from ints, Fractions, floats and strings; mixed arithmetic with ints and floats, comparisons, hashing equal to int's and float's, `limit_denominator`, `as_integer_ratio`, `from_float`, `round`, `math.floor`/`ceil`/`trunc`; not from Decimal"}, []*Entry{
		{Name: "Fraction", Kind: Value, Go: "py.FractionType"},
	})
}
