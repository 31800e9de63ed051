package surface

// registerMath is the math module, all of 3.11's. What CPython takes from
// libm comes from rt/py's bit-exact ports of glibc 2.36 (libm*.go).
func registerMath() {
	// mathmodule.c's functions take their arguments by position only
	// (isclose's a and b aside).
	po := func(names ...string) []Param {
		ps := make([]Param, len(names))
		for i, n := range names {
			ps[i] = posonly(req(n))
		}
		return ps
	}
	f1 := func(name, goName string) *Entry {
		return &Entry{Name: name, Go: "py.Math" + goName, Params: po("x"), Result: Float, GoResult: "float64", AsValue: true}
	}
	f2 := func(name, goName, a, b string) *Entry {
		return &Entry{Name: name, Go: "py.Math" + goName, Params: po(a, b), Result: Float, GoResult: "float64", AsValue: true}
	}
	pred := func(name, goName string) *Entry {
		return &Entry{Name: name, Go: "py.Math" + goName, Params: po("x"), Result: Bool, AsValue: true}
	}
	ints := func(name, goName string) *Entry {
		return &Entry{Name: name, Go: "py.Math" + goName, VarArgs: true, Result: Int}
	}
	konst := func(name, goName string) *Entry {
		return &Entry{Name: name, Kind: Value, Go: "py.Math" + goName, Result: Float, GoResult: "float64"}
	}
	addModule(&Module{Name: "math", Coverage: "all of 3.11's math, bit-exact with CPython on glibc 2.36 (x86_64 with FMA)"}, []*Entry{
		konst("pi", "Pi"), konst("e", "E"), konst("tau", "Tau"), konst("inf", "Inf"), konst("nan", "NaN"),
		{Name: "floor", Go: "py.MathFloor", Params: po("x"), AsValue: true},
		{Name: "ceil", Go: "py.MathCeil", Params: po("x"), AsValue: true},
		{Name: "trunc", Go: "py.MathTrunc", Params: po("x"), AsValue: true},
		f1("sqrt", "Sqrt"), f1("exp", "Exp"), f1("exp2", "Exp2"), f1("fabs", "Fabs"),
		f1("log2", "Log2"), f1("log10", "Log10"), f1("gamma", "Gamma"), f1("lgamma", "Lgamma"),
		f1("erf", "Erf"), f1("erfc", "Erfc"), f1("cbrt", "Cbrt"),
		f1("sin", "Sin"), f1("cos", "Cos"), f1("tan", "Tan"),
		f1("asin", "Asin"), f1("acos", "Acos"), f1("atan", "Atan"), f2("atan2", "Atan2", "y", "x"),
		f1("sinh", "Sinh"), f1("cosh", "Cosh"), f1("tanh", "Tanh"),
		f1("asinh", "Asinh"), f1("acosh", "Acosh"), f1("atanh", "Atanh"),
		f1("log1p", "Log1p"), f1("expm1", "Expm1"),
		f1("degrees", "Degrees"), f1("radians", "Radians"), f1("ulp", "Ulp"),
		{Name: "log", Go: "py.MathLog", Params: po("x"), VarArgs: true, MaxArgs: 2, Result: Float, GoResult: "float64"},
		f2("pow", "Pow", "x", "y"), f2("fmod", "Fmod", "x", "y"), f2("copysign", "Copysign", "x", "y"),
		f2("remainder", "Remainder", "x", "y"), f2("nextafter", "Nextafter", "x", "y"),
		f2("ldexp", "Ldexp", "x", "i"), f2("dist", "Dist", "p", "q"),
		{Name: "hypot", Go: "py.MathHypot", VarArgs: true, Result: Float, GoResult: "float64"},
		{Name: "fsum", Go: "py.MathFsum", Params: po("seq"), Result: Float, GoResult: "float64", AsValue: true},
		{Name: "prod", Go: "py.MathProd", Params: append(po("iterable"), kwonly("start", 1))},
		{Name: "modf", Go: "py.MathModf", Params: po("x"), AsValue: true},
		{Name: "frexp", Go: "py.MathFrexp", Params: po("x"), AsValue: true},
		pred("isfinite", "Isfinite"), pred("isinf", "Isinf"), pred("isnan", "Isnan"),
		{Name: "isclose", Go: "py.MathIsclose", Params: []Param{req("a"), req("b"), kwonly("rel_tol", 1e-09), kwonly("abs_tol", 0.0)}, Result: Bool},
		ints("gcd", "Gcd"), ints("lcm", "Lcm"),
		{Name: "factorial", Go: "py.MathFactorial", Params: po("n"), Result: Int, AsValue: true},
		{Name: "isqrt", Go: "py.MathIsqrt", Params: po("n"), Result: Int, AsValue: true},
		{Name: "comb", Go: "py.MathComb", Params: po("n", "k"), Result: Int},
		{Name: "perm", Go: "py.MathPerm", Params: append(po("n"), posonly(opt("k", nil))), Result: Int},
	})
}
