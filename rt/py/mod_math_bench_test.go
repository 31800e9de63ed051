package py

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The math module's exact functions that CPython computes itself, against
// Go's math versions (which differ from CPython in the last bits).
// bench/RESULTS.md records a run:
//
//	go test ./rt/py -run XXX -bench 'Math' -cpu 1

var mathBenchXs = func() []float64 {
	r := rand.New(rand.NewPCG(5, 5))
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = 0.5 + r.Float64()*100
	}
	return xs
}()

var mathSink float64

func benchMath1(b *testing.B, f func(float64) float64) {
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += f(mathBenchXs[i&1023])
	}
	mathSink = s
}

func BenchmarkMathGammaExact(b *testing.B) {
	benchMath1(b, func(x float64) float64 { r, _ := mTgamma(x); return r })
}
func BenchmarkMathGammaGo(b *testing.B) { benchMath1(b, math.Gamma) }
func BenchmarkMathLgammaExact(b *testing.B) {
	benchMath1(b, func(x float64) float64 { r, _ := mLgamma(x); return r })
}
func BenchmarkMathLgammaGo(b *testing.B) {
	benchMath1(b, func(x float64) float64 { r, _ := math.Lgamma(x); return r })
}
func BenchmarkMathHypotExact(b *testing.B) {
	v := make([]float64, 2)
	benchMath1(b, func(x float64) float64 { v[0], v[1] = x, x*0.75; return normOf(v) })
}
func BenchmarkMathHypotGo(b *testing.B) {
	benchMath1(b, func(x float64) float64 { return math.Hypot(x, x*0.75) })
}

// fsum of 100 floats against a plain loop of additions (not correctly
// rounded, which is what sum() does).
func BenchmarkMathFsumExact(b *testing.B) {
	l := NewList()
	for _, x := range mathBenchXs[:100] {
		l.Items = append(l.Items, x)
	}
	for i := 0; i < b.N; i++ {
		mathSink += MathFsum(l)
	}
}
func BenchmarkMathFsumPlainLoop(b *testing.B) {
	xs := mathBenchXs[:100]
	for i := 0; i < b.N; i++ {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		mathSink += s
	}
}
