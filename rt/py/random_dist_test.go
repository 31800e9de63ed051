package py

import "testing"

// Many draws per distribution, so a last-bit difference in any of the
// arithmetic (or in the libm ports they use) shows.
func TestRandomDistributionsOracle(t *testing.T) {
	rep := func(n int, fn func() any) func() string {
		return func() string {
			out := L()
			for i := 0; i < n; i++ {
				out.Append(fn())
			}
			return Repr(out)
		}
	}
	checkCases(t, []oracleCase{
		c(`repr([random.normalvariate() for _ in range(500)])`, rep(500, func() any { return RandomNormalvariate(0.0, 1.0) })),
		c(`repr([random.normalvariate(3, 0.5) for _ in range(200)])`, rep(200, func() any { return RandomNormalvariate(3, 0.5) })),
		c(`repr([random.lognormvariate(1, 2) for _ in range(200)])`, rep(200, func() any { return RandomLognormvariate(1, 2) })),
		c(`repr([random.expovariate(1.5) for _ in range(500)])`, rep(500, func() any { return RandomExpovariate(1.5) })),
		c(`repr([random.expovariate(3) for _ in range(100)])`, rep(100, func() any { return RandomExpovariate(3) })),
		c(`repr([random.triangular(2, 9, 3) for _ in range(300)])`, rep(300, func() any { return RandomTriangular(2, 9, 3) })),
		c(`repr([random.triangular() for _ in range(100)])`, rep(100, func() any { return RandomTriangular(0.0, 1.0, nil) })),
		c(`repr([random.gammavariate(0.4, 2) for _ in range(500)])`, rep(500, func() any { return RandomGammavariate(0.4, 2) })),
		c(`repr([random.gammavariate(1.0, 3.0) for _ in range(100)])`, rep(100, func() any { return RandomGammavariate(1.0, 3.0) })),
		c(`repr([random.gammavariate(7.5, 0.5) for _ in range(500)])`, rep(500, func() any { return RandomGammavariate(7.5, 0.5) })),
		c(`repr([random.betavariate(2, 3) for _ in range(300)])`, rep(300, func() any { return RandomBetavariate(2, 3) })),
		c(`repr([random.betavariate(0.3, 0.7) for _ in range(300)])`, rep(300, func() any { return RandomBetavariate(0.3, 0.7) })),
		c(`repr([random.paretovariate(2.5) for _ in range(200)])`, rep(200, func() any { return RandomParetovariate(2.5) })),
		c(`repr([random.weibullvariate(2, 0.7) for _ in range(200)])`, rep(200, func() any { return RandomWeibullvariate(2, 0.7) })),
		c(`repr(random.choices(range(7), k=50))`, func() string { return Repr(RandomChoices(NewRange(7), nil, nil, 50)) }),
		c(`repr(random.choices('abcd', [5, 1, 0.5, 3], k=60))`, func() string { return Repr(RandomChoices("abcd", L(5, 1, 0.5, 3), nil, 60)) }),
		c(`repr(random.choices('xyz', cum_weights=[2, 2, 7], k=30))`, func() string { return Repr(RandomChoices("xyz", nil, L(2, 2, 7), 30)) }),
		c(`repr(random.gammavariate(0, 1))`, func() string { return Repr(RandomGammavariate(0, 1)) }),
		c(`repr(random.expovariate(0))`, func() string { return Repr(RandomExpovariate(0)) }),
		c(`repr(random.choices('ab', [0, 0]))`, func() string { return Repr(RandomChoices("ab", L(0, 0), nil, 1)) }),
		c(`repr(random.choices('ab', 2))`, func() string { return Repr(RandomChoices("ab", 2, nil, 1)) }),
	})
}
