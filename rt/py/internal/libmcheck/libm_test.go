package libmcheck

import (
	"flag"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// -n sets the random inputs per generator; -long keeps drawing for that long
// per function (go test ./rt/py/internal/libmcheck -args -long 10m).
var (
	nFlag    = flag.Int("n", 200_000, "random inputs per generator")
	longFlag = flag.Duration("long", 0, "draw random inputs for this long per function")
)

func requireGlibc(t *testing.T) {
	t.Helper()
	if v := GlibcVersion(); v != "2.36" {
		t.Skipf("rt/py reproduces glibc 2.36's libm; this is glibc %s", v)
	}
	if !FMAVariant() {
		t.Skip("this CPU lacks FMA/AVX2, so glibc runs its non-FMA variants, which rt/py does not reproduce")
	}
}

// same is bit equality, with every NaN equal to every NaN (the payload of a
// NaN made by 0/0 is the CPU's, and Python cannot print it).
func same(a, b float64) bool {
	if a != a || b != b {
		return a != a && b != b
	}
	return math.Float64bits(a) == math.Float64bits(b)
}

// edges are inputs where the algorithms branch: zeros, subnormals, the
// limits of the table ranges, near 1, integers, overflow thresholds.
var edges = func() []float64 {
	xs := []float64{0, 1, 2, 0.5, 3, 10, 1e-300, 1e300, 0.1, 1.1, 1.0000001, 0.9999999,
		math.SmallestNonzeroFloat64, 2 * math.SmallestNonzeroFloat64, 0x1p-1022, 0x1p-1023,
		0x1.fffffffffffffp-1023, math.MaxFloat64, math.Inf(1), math.NaN(),
		1 - 0x1p-4, 1 + 0x1.09p-4, 1 - 0x1.5b51p-5, 1 + 0x1.6ab2p-5, 0x1p-54, 0x1p-65, 0x1p63,
		512, 709.782712893384, 709.7827128933841, 708.39641853226408, 745.13321910194110,
		744.44007192138122, 1024, 1022, 1075, 1074, 928, 0x1p-126, 0.75, 1.5, 4.5, 1023.5}
	var out []float64
	for _, x := range xs {
		out = append(out, x, -x, math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1)), -math.Nextafter(x, 0))
	}
	for i := -40; i <= 40; i++ {
		out = append(out, float64(i), float64(i)+0.5, float64(i)/3)
	}
	return out
}()

// gen is a source of random inputs of one shape.
type gen struct {
	name string
	f    func(r *rand.Rand) float64
}

func anyBits(r *rand.Rand) float64 { return math.Float64frombits(r.Uint64()) }

// logUniform draws |x| in [2^lo, 2^hi) with a uniform exponent.
func logUniform(lo, hi int) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 {
		return math.Ldexp(1+r.Float64(), lo+r.IntN(hi-lo))
	}
}

func uniform(lo, hi float64) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return lo + (hi-lo)*r.Float64() }
}

func nearOne(r *rand.Rand) float64 {
	return 1 + math.Ldexp(r.Float64()-0.5, -r.IntN(60))
}

var (
	logGens = []gen{
		{"bits", anyBits},
		{"positive", func(r *rand.Rand) float64 { return math.Abs(anyBits(r)) }},
		{"subnormal", func(r *rand.Rand) float64 { return math.Float64frombits(r.Uint64() >> 12) }},
		{"near1", nearOne},
		{"moderate", logUniform(-40, 40)},
	}
	expGens = []gen{
		{"bits", anyBits},
		{"range", uniform(-760, 720)},
		{"small", uniform(-2, 2)},
		{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(70)) }},
		{"subnormal-results", uniform(-746, -700)},
		{"overflow-edge", uniform(700, 712)},
	}
	// erf's branches: 0.84375, 1.25, 1/0.35, 6 (erf) and 28 (erfc), and tiny arguments.
	erfGens = []gen{
		{"bits", anyBits},
		{"range", uniform(-7, 30)},
		{"near-branches", uniform(0.8, 3)},
		{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(1070)) }},
	}
	exp2Gens = []gen{
		{"bits", anyBits},
		{"range", uniform(-1100, 1030)},
		{"small", uniform(-2, 2)},
		{"subnormal-results", uniform(-1076, -1000)},
		{"large", uniform(900, 1025)},
	}
)

func checkUnary(t *testing.T, name string, got, want func(float64) float64, gens []gen) {
	t.Helper()
	requireGlibc(t)
	n, bad := 0, 0
	try := func(x float64) {
		n++
		if g, w := got(x), want(x); !same(g, w) && bad < 10 {
			bad++
			t.Errorf("%s(%v [%#x]) = %v [%#x], C gives %v [%#x]", name, x, math.Float64bits(x),
				g, math.Float64bits(g), w, math.Float64bits(w))
		}
	}
	for _, x := range edges {
		try(x)
	}
	r := rand.New(rand.NewPCG(1, uint64(len(name))))
	deadline := time.Now().Add(*longFlag)
	for {
		for _, g := range gens {
			for i := 0; i < *nFlag; i++ {
				try(g.f(r))
			}
		}
		if !time.Now().Before(deadline) {
			break
		}
	}
	t.Logf("%s: %d inputs", name, n)
}

func TestExp(t *testing.T)   { checkUnary(t, "exp", py.Exp, Exp, expGens) }
func TestExp2(t *testing.T)  { checkUnary(t, "exp2", py.Exp2, Exp2, exp2Gens) }
func TestLog(t *testing.T)   { checkUnary(t, "log", py.Log, Log, logGens) }
func TestLog2(t *testing.T)  { checkUnary(t, "log2", py.Log2, Log2, logGens) }
func TestLog10(t *testing.T) { checkUnary(t, "log10", py.Log10, Log10, logGens) }
func TestErf(t *testing.T)   { checkUnary(t, "erf", py.Erf, Erf, erfGens) }
func TestErfc(t *testing.T)  { checkUnary(t, "erfc", py.Erfc, Erfc, erfGens) }
func TestCbrt(t *testing.T)  { checkUnary(t, "cbrt", py.Cbrt, Cbrt, logGens) }

// The branch points of expm1 (0.5ln2, 1.5ln2, 56ln2, the overflow
// threshold), log1p (-0.2929, 0.41422, 2^-29, 2^54) and the hyperbolic
// functions built on them (2^-28, 1, 2, 22, 2^28, 709.78, 710.47).
var (
	expm1Gens = append(expGens[:len(expGens):len(expGens)],
		gen{"branches", uniform(-1.2, 1.2)},
		gen{"reduction", uniform(-40, 40)},
	)
	log1pGens = []gen{
		{"bits", anyBits},
		{"above-1", func(r *rand.Rand) float64 { return -1 + math.Ldexp(1+r.Float64(), r.IntN(1100)-1075) }},
		{"branches", uniform(-0.35, 0.45)},
		{"range", uniform(-1, 10)},
		{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(70)) }},
		{"moderate", logUniform(-40, 60)},
	}
	hyperGens = []gen{
		{"bits", anyBits},
		{"small", uniform(-2, 2)},
		{"range", uniform(-30, 30)},
		{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(70)) }},
		{"overflow-edge", uniform(-712, 712)},
		{"wide", logUniform(-40, 40)},
	}
	acoshGens = []gen{
		{"bits", anyBits},
		{"near1", func(r *rand.Rand) float64 { return 1 + math.Ldexp(r.Float64(), -r.IntN(60)) }},
		{"range", uniform(1, 30)},
		{"wide", logUniform(0, 60)},
	}
	atanhGens = []gen{
		{"bits", anyBits},
		{"range", uniform(-1, 1)},
		{"near1", func(r *rand.Rand) float64 { return 1 - math.Ldexp(r.Float64(), -r.IntN(60)) }},
		{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(70)) }},
	}
)

// sin and cos branch at 2^-27, 0.126, 0.855469, 2.426265, 105414350
// (where __branred takes over) and for huge arguments.
var trigGens = []gen{
	{"bits", anyBits},
	{"small", uniform(-1, 1)},
	{"middle", uniform(-3, 3)},
	{"range", uniform(-100, 100)},
	{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(70)) }},
	{"wide", logUniform(-30, 40)},
	{"huge", logUniform(26, 1023)},
}

func TestSin(t *testing.T) { checkUnary(t, "sin", py.Sin, Sin, trigGens) }
func TestCos(t *testing.T) { checkUnary(t, "cos", py.Cos, Cos, trigGens) }
func TestTan(t *testing.T) {
	checkUnary(t, "tan", py.Tan, Tan, append(trigGens, gen{"reduction-i", uniform(-25, 25)}, gen{"reduction-ii", uniform(-1e8, 1e8)}))
}

func TestExpm1(t *testing.T) { checkUnary(t, "expm1", py.Expm1, Expm1, expm1Gens) }
func TestLog1p(t *testing.T) { checkUnary(t, "log1p", py.Log1p, Log1p, log1pGens) }
func TestSinh(t *testing.T)  { checkUnary(t, "sinh", py.Sinh, Sinh, hyperGens) }
func TestCosh(t *testing.T)  { checkUnary(t, "cosh", py.Cosh, Cosh, hyperGens) }
func TestTanh(t *testing.T)  { checkUnary(t, "tanh", py.Tanh, Tanh, hyperGens) }
func TestAsinh(t *testing.T) { checkUnary(t, "asinh", py.Asinh, Asinh, hyperGens) }
func TestAcosh(t *testing.T) { checkUnary(t, "acosh", py.Acosh, Acosh, acoshGens) }
func TestAtanh(t *testing.T) { checkUnary(t, "atanh", py.Atanh, Atanh, atanhGens) }

func TestPow(t *testing.T) {
	requireGlibc(t)
	n, bad := 0, 0
	try := func(x, y float64) {
		n++
		if g, w := py.LibmPow(x, y), Pow(x, y); !same(g, w) && bad < 10 {
			bad++
			t.Errorf("pow(%v, %v) [%#x, %#x] = %v [%#x], C gives %v [%#x]", x, y, math.Float64bits(x),
				math.Float64bits(y), g, math.Float64bits(g), w, math.Float64bits(w))
		}
	}
	for _, x := range edges {
		for _, y := range edges {
			try(x, y)
		}
	}
	r := rand.New(rand.NewPCG(2, 3))
	pairs := []struct {
		name string
		f    func() (float64, float64)
	}{
		{"bits", func() (float64, float64) { return anyBits(r), anyBits(r) }},
		{"moderate", func() (float64, float64) { return logUniform(-60, 60)(r), uniform(-20, 20)(r) }},
		{"near1", func() (float64, float64) { return nearOne(r), uniform(-1e6, 1e6)(r) }},
		{"growth", func() (float64, float64) { return 1 + uniform(-0.5, 0.5)(r), float64(r.IntN(400)) }},
		{"ints", func() (float64, float64) { return float64(r.IntN(200) - 100), float64(r.IntN(80) - 40) }},
		{"roots", func() (float64, float64) { return logUniform(-20, 20)(r), 1 / float64(1+r.IntN(12)) }},
		{"subnormal-x", func() (float64, float64) {
			return math.Float64frombits(r.Uint64() >> 12), uniform(-1.5, 1.5)(r)
		}},
		{"edge-results", func() (float64, float64) {
			x := logUniform(-8, 8)(r)
			return x, uniform(-1080, 1030)(r) / math.Log2(x)
		}},
		{"neg-int-y", func() (float64, float64) { return -logUniform(-30, 30)(r), float64(r.IntN(201) - 100) }},
	}
	deadline := time.Now().Add(*longFlag)
	for {
		for _, p := range pairs {
			for i := 0; i < *nFlag; i++ {
				try(p.f())
			}
		}
		if !time.Now().Before(deadline) {
			break
		}
	}
	t.Logf("pow: %d inputs", n)
}

var atanGens = []gen{
	{"bits", anyBits},
	{"small", uniform(-1, 1)},
	{"range", uniform(-20, 20)},
	{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(70)) }},
	{"wide", logUniform(-30, 60)},
}

func TestAtan(t *testing.T) { checkUnary(t, "atan", py.Atan, Atan, atanGens) }

// TestAtan2 covers the special values (every pair of edges), the four
// quadrants with each ratio range (1/16, 1, the 2^57 exponent gap) and the
// rescaling of very small and very large pairs.
func TestAtan2(t *testing.T) {
	requireGlibc(t)
	n, bad := 0, 0
	try := func(y, x float64) {
		n++
		if g, w := py.Atan2(y, x), Atan2(y, x); !same(g, w) && bad < 10 {
			bad++
			t.Errorf("atan2(%v, %v) [%#x, %#x] = %v [%#x], C gives %v [%#x]", y, x, math.Float64bits(y),
				math.Float64bits(x), g, math.Float64bits(g), w, math.Float64bits(w))
		}
	}
	for _, y := range edges {
		for _, x := range edges {
			try(y, x)
		}
	}
	r := rand.New(rand.NewPCG(4, 5))
	sign := func(v float64) float64 {
		if r.IntN(2) == 0 {
			return -v
		}
		return v
	}
	pairs := []func() (float64, float64){
		func() (float64, float64) { return anyBits(r), anyBits(r) },
		func() (float64, float64) { return uniform(-10, 10)(r), uniform(-10, 10)(r) },
		func() (float64, float64) {
			x := sign(logUniform(-30, 30)(r))
			return sign(math.Abs(x) * math.Ldexp(1+r.Float64(), -r.IntN(8))), x
		},
		func() (float64, float64) { return sign(logUniform(-1074, 1023)(r)), sign(logUniform(-1074, 1023)(r)) },
		func() (float64, float64) { return sign(logUniform(-520, -480)(r)), sign(logUniform(-520, -480)(r)) },
		func() (float64, float64) { return sign(logUniform(480, 520)(r)), sign(logUniform(480, 520)(r)) },
	}
	deadline := time.Now().Add(*longFlag)
	for {
		for _, p := range pairs {
			for i := 0; i < *nFlag; i++ {
				try(p())
			}
		}
		if !time.Now().Before(deadline) {
			break
		}
	}
	t.Logf("atan2: %d inputs", n)
}

// asin and acos branch at 2^-26 (acos: 2^-56), 0.125, 0.25, 0.5, 0.75,
// 0.921875, 0.953125, 0.96875 and 1.
var asinGens = []gen{
	{"bits", anyBits},
	{"range", uniform(-1, 1)},
	{"near1", func(r *rand.Rand) float64 { return 1 - math.Ldexp(r.Float64(), -r.IntN(60)) }},
	{"near-1", func(r *rand.Rand) float64 { return -1 + math.Ldexp(r.Float64(), -r.IntN(60)) }},
	{"tiny", func(r *rand.Rand) float64 { return math.Ldexp(r.Float64()-0.5, -r.IntN(70)) }},
	{"outside", uniform(-3, 3)},
}

func TestAsin(t *testing.T) { checkUnary(t, "asin", py.Asin, Asin, asinGens) }
func TestAcos(t *testing.T) { checkUnary(t, "acos", py.Acos, Acos, asinGens) }
