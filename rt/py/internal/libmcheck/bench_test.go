package libmcheck

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The three routes to libm's results, per function: Go's math (not exact),
// rt/py's pure-Go port (exact), and a cgo call into the C library (exact,
// but needs cgo in every generated program). bench/RESULTS.md records a run.

var benchXs, benchYs = func() (xs, ys []float64) {
	r := rand.New(rand.NewPCG(9, 9))
	for range 1024 {
		xs = append(xs, math.Ldexp(1+r.Float64(), r.IntN(20)-10))
		ys = append(ys, (r.Float64()-0.5)*40)
	}
	return
}()

var sink float64

func bench1(b *testing.B, f func(float64) float64) {
	xs := benchXs
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += f(xs[i&1023])
	}
	sink = s
}

func bench2(b *testing.B, f func(float64, float64) float64) {
	xs, ys := benchXs, benchYs
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += f(xs[i&1023], ys[i&1023])
	}
	sink = s
}

func BenchmarkPow(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench2(b, math.Pow) })
	b.Run("port", func(b *testing.B) { bench2(b, py.LibmPow) })
	b.Run("cgo", func(b *testing.B) { bench2(b, Pow) })
}

func BenchmarkExp(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Exp) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Exp) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Exp) })
}

func BenchmarkLog(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Log) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Log) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Log) })
}

func BenchmarkLog2(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Log2) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Log2) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Log2) })
}

func BenchmarkLog10(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Log10) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Log10) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Log10) })
}

func BenchmarkExp2(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Exp2) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Exp2) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Exp2) })
}

func BenchmarkErf(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Erf) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Erf) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Erf) })
}

func BenchmarkErfc(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Erfc) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Erfc) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Erfc) })
}

func BenchmarkCbrt(b *testing.B) {
	b.Run("gomath", func(b *testing.B) { bench1(b, math.Cbrt) })
	b.Run("port", func(b *testing.B) { bench1(b, py.Cbrt) })
	b.Run("cgo", func(b *testing.B) { bench1(b, Cbrt) })
}
