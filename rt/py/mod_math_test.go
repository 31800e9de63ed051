package py

import (
	"bufio"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// mathFuncs calls the math module's functions the way generated code does.
var mathFuncs = map[string]func(a []any) any{
	"gamma":     func(a []any) any { return MathGamma(a[0]) },
	"lgamma":    func(a []any) any { return MathLgamma(a[0]) },
	"erf":       func(a []any) any { return MathErf(a[0]) },
	"cbrt":      func(a []any) any { return MathCbrt(a[0]) },
	"erfc":      func(a []any) any { return MathErfc(a[0]) },
	"hypot":     func(a []any) any { return MathHypot(a...) },
	"dist":      func(a []any) any { return MathDist(a[0], a[1]) },
	"fsum":      func(a []any) any { return MathFsum(NewList(a[0].(Tuple)...)) },
	"log":       func(a []any) any { return MathLog(a[0], a[1:]...) },
	"log2":      func(a []any) any { return MathLog2(a[0]) },
	"log10":     func(a []any) any { return MathLog10(a[0]) },
	"pow":       func(a []any) any { return MathPow(a[0], a[1]) },
	"exp":       func(a []any) any { return MathExp(a[0]) },
	"exp2":      func(a []any) any { return MathExp2(a[0]) },
	"sqrt":      func(a []any) any { return MathSqrt(a[0]) },
	"fmod":      func(a []any) any { return MathFmod(a[0], a[1]) },
	"remainder": func(a []any) any { return MathRemainder(a[0], a[1]) },
	"modf":      func(a []any) any { return MathModf(a[0]) },
	"frexp":     func(a []any) any { return MathFrexp(a[0]) },
	"ldexp":     func(a []any) any { return MathLdexp(a[0], a[1]) },
	"copysign":  func(a []any) any { return MathCopysign(a[0], a[1]) },
	"nextafter": func(a []any) any { return MathNextafter(a[0], a[1]) },
	"ulp":       func(a []any) any { return MathUlp(a[0]) },
	"degrees":   func(a []any) any { return MathDegrees(a[0]) },
	"radians":   func(a []any) any { return MathRadians(a[0]) },
	"isclose":   func(a []any) any { return MathIsclose(a[0], a[1], 1e-09, 0.0) },
	"floor":     func(a []any) any { return MathFloor(a[0]) },
	"ceil":      func(a []any) any { return MathCeil(a[0]) },
	"trunc":     func(a []any) any { return MathTrunc(a[0]) },
	"factorial": func(a []any) any { return MathFactorial(a[0]) },
	"comb":      func(a []any) any { return MathComb(a[0], a[1]) },
	"perm":      func(a []any) any { return MathPerm(a[0], a[1]) },
	"gcd":       func(a []any) any { return MathGcd(a...) },
	"lcm":       func(a []any) any { return MathLcm(a...) },
	"isqrt":     func(a []any) any { return MathIsqrt(a[0]) },
	"prod":      func(a []any) any { return MathProd(NewList(a[0].(Tuple)...), 1) },
	"sin":       func(a []any) any { return MathSin(a[0]) },
	"cos":       func(a []any) any { return MathCos(a[0]) },
	"tan":       func(a []any) any { return MathTan(a[0]) },
	"asin":      func(a []any) any { return MathAsin(a[0]) },
	"acos":      func(a []any) any { return MathAcos(a[0]) },
	"atan":      func(a []any) any { return MathAtan(a[0]) },
	"atan2":     func(a []any) any { return MathAtan2(a[0], a[1]) },
	"sinh":      func(a []any) any { return MathSinh(a[0]) },
	"cosh":      func(a []any) any { return MathCosh(a[0]) },
	"tanh":      func(a []any) any { return MathTanh(a[0]) },
	"asinh":     func(a []any) any { return MathAsinh(a[0]) },
	"acosh":     func(a []any) any { return MathAcosh(a[0]) },
	"atanh":     func(a []any) any { return MathAtanh(a[0]) },
	"log1p":     func(a []any) any { return MathLog1p(a[0]) },
	"expm1":     func(a []any) any { return MathExpm1(a[0]) },
}

// decodeArg reads gen_math.py's encoding of an argument.
func decodeArg(s string) any {
	switch s {
	case "inf":
		return MathInf
	case "-inf":
		return -MathInf
	case "nan":
		return MathNaN
	}
	switch {
	case strings.HasPrefix(s, "("):
		t := Tuple{}
		if inner := s[1 : len(s)-1]; inner != "" {
			for _, p := range splitTop(inner) {
				t = append(t, decodeArg(p))
			}
		}
		return t
	case strings.HasPrefix(s, "b"):
		return s == "b1"
	case strings.HasPrefix(s, "i"):
		b, _ := new(big.Int).SetString(s[1:], 10)
		return normBig(b)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// encodeResult is gen_math.py's enc for a result.
func encodeResult(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "b1"
		}
		return "b0"
	case int:
		return "i" + strconv.Itoa(x)
	case *big.Int:
		return "i" + x.String()
	case float64:
		return floatHex(x)
	case Tuple:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = encodeResult(e)
		}
		return "(" + strings.Join(parts, ",") + ")"
	}
	return "?" + TypeName(v)
}

// TestMathOracle compares the math module with CPython on the random
// arguments of testdata/math_cases.txt (MATH_CASES names another file, such
// as a long run of gen_math.py).
func TestMathOracle(t *testing.T) {
	path := os.Getenv("MATH_CASES")
	if path == "" {
		path = "testdata/math_cases.txt"
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	fails, n := 0, 0
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		name, want := parts[0], parts[2]
		var args []any
		if parts[1] != "" {
			for _, a := range strings.Split(parts[1], " ") {
				args = append(args, decodeArg(a))
			}
		}
		fn := mathFuncs[name]
		if fn == nil {
			t.Fatalf("no Go for math.%s", name)
		}
		got := mathOutcome(fn, args)
		n++
		if got != want {
			fails++
			if fails <= 20 {
				t.Errorf("math.%s(%s) = %s, CPython %s", name, parts[1], got, want)
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases differ", fails, n)
	}
	t.Logf("%d cases", n)
}

// mathOutcome is a call's encoded result, "!Exc: message" or "unsupported".
func mathOutcome(fn func([]any) any, args []any) (got string) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*UnsupportedFeature); !ok {
				panic(r)
			}
			got = "unsupported"
		}
	}()
	if exc := Try(func() { got = encodeResult(fn(args)) }); exc != nil {
		got = "!" + exc.Class.Name + ": " + ExcStr(exc)
	}
	return got
}
