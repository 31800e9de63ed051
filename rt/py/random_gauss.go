package py

import "math"

// random.gauss and random.vonmisesvariate, in random.py's arithmetic order
// over the glibc ports of sin, cos and acos (libm_sincos.go, libm_asin.go),
// so their sequences are CPython's bit for bit. gauss keeps the second
// value of each pair for the next call, as random.py's gauss_next does;
// seed() forgets it.

const randTwoPi = 2.0 * math.Pi

// gaussNext is Random.gauss_next (valid when gaussHave), guarded by rngMu.
var (
	gaussNext float64
	gaussHave bool
)

// RandomGauss is random.gauss(mu=0.0, sigma=1.0).
func RandomGauss(mu, sigma any) any {
	rngMu.Lock()
	z, have := gaussNext, gaussHave
	gaussHave = false
	if !have {
		x2pi := randomLocked() * randTwoPi
		g2rad := math.Sqrt(-2.0 * Log(1.0-randomLocked()))
		z = Cos(x2pi) * g2rad
		gaussNext, gaussHave = Sin(x2pi)*g2rad, true
	}
	rngMu.Unlock()
	return Add(mu, Mul(z, sigma))
}

// RandomVonmisesvariate is random.vonmisesvariate(mu, kappa).
func RandomVonmisesvariate(mu, kappa any) any {
	if LtE(kappa, 1e-6) {
		return randTwoPi * RandomRandom()
	}
	s := TrueDiv(0.5, kappa).(float64)
	r := s + math.Sqrt(1.0+float64(s*s))
	var z float64
	rngMu.Lock()
	for {
		u1 := randomLocked()
		z = Cos(math.Pi * u1)
		d := z / (r + z)
		u2 := randomLocked()
		if u2 < 1.0-float64(d*d) || u2 <= (1.0-d)*Exp(d) {
			break
		}
	}
	q := 1.0 / r
	f := (q + z) / (1.0 + float64(q*z))
	u3 := randomLocked()
	rngMu.Unlock()
	if u3 > 0.5 {
		return Mod(Add(mu, MathAcos(f)), randTwoPi)
	}
	return Mod(Sub(mu, MathAcos(f)), randTwoPi)
}
