package surface

// registerDecimal is the decimal module: Decimal, a builtin class of the
// runtime, its contexts and signals (rt/py/mod_decimal*.go).
func registerDecimal() {
	signal := func(name, goName string) *Entry {
		return &Entry{Name: name, Kind: Class, Go: "py." + goName}
	}
	rounding := func(name string) *Entry { return &Entry{Name: name, Kind: Value, Const: name} }
	addModule(&Module{Name: "decimal", Coverage: "`Decimal` as CPython's C `_decimal`: from str, int, float, tuples and Decimals; str/repr, `__format__` (not `n`), arithmetic and comparisons with ints (floats compare only), hashing equal to int's, `int`/`float`/`round`/`math.floor`/`ceil`, `quantize`, `normalize`, `sqrt`, `to_integral_value`, `compare`, `max`/`min`, `as_tuple`, `as_integer_ratio` and the predicates; `**` to integral powers only; contexts (`getcontext`, `setcontext`, `localcontext`, `Context`, prec, rounding, flags, traps) per task as a ContextVar; the signals raise as the C module does; not `exp`/`ln`/`log10` and the logical and next-value methods"}, []*Entry{
		{Name: "Decimal", Kind: Value, Go: "py.DecimalType"},
		{Name: "getcontext", Go: "py.DecimalGetcontext"},
		{Name: "setcontext", Go: "py.DecimalSetcontext", Params: []Param{req("context")}, Void: true, Result: None},
		{Name: "localcontext", Go: "py.DecimalLocalcontext", VarArgs: true, VarKw: true},
		{Name: "Context", Go: "py.DecimalContext", VarArgs: true, VarKw: true},
		rounding("ROUND_DOWN"), rounding("ROUND_HALF_UP"), rounding("ROUND_HALF_EVEN"), rounding("ROUND_CEILING"),
		rounding("ROUND_FLOOR"), rounding("ROUND_UP"), rounding("ROUND_HALF_DOWN"), rounding("ROUND_05UP"),
		signal("DecimalException", "DecimalException"), signal("Clamped", "DecClamped"),
		signal("InvalidOperation", "DecInvalidOp"), signal("ConversionSyntax", "DecConversionSyn"),
		signal("DivisionByZero", "DecDivisionByZero"), signal("DivisionImpossible", "DecDivisionImposs"),
		signal("DivisionUndefined", "DecDivisionUndef"), signal("Inexact", "DecInexact"),
		signal("InvalidContext", "DecInvalidContext"), signal("Rounded", "DecRounded"),
		signal("Subnormal", "DecSubnormal"), signal("Overflow", "DecOverflow"), signal("Underflow", "DecUnderflow"),
		signal("FloatOperation", "DecFloatOperation"),
	})
}
