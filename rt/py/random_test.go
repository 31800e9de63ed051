package py

import (
	"testing"
)

// Every oracle case starts from random.seed(0) (see outcome and
// gen_cases.run).
func TestRandomOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
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
		c(`repr([random.random() for _ in range(5)])`, rep(5, func() any { return RandomRandom() })),
		c(`repr([random.randint(1, 6) for _ in range(20)])`, rep(20, func() any { return RandomRandint(1, 6) })),
		c(`repr([random.randint(-1000, 10**6) for _ in range(10)])`, rep(10, func() any { return RandomRandint(-1000, 1000000) })),
		c(`repr([random.randint(0, 2**70) for _ in range(3)])`, rep(3, func() any { return RandomRandint(0, Pow(2, 70)) })),
		c(`repr([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])`, func() string {
			out := L()
			for _, k := range []int{1, 8, 31, 32, 33, 64, 100} {
				out.Append(RandomGetrandbits(k))
			}
			return Repr(out)
		}),
		c(`repr([random.randrange(10) for _ in range(10)])`, rep(10, func() any { return RandomRandrange(10) })),
		c(`repr([random.randrange(5, 50, 5) for _ in range(10)])`, rep(10, func() any { return RandomRandrange(5, 50, 5) })),
		c(`repr([random.randrange(10, 0, -3) for _ in range(10)])`, rep(10, func() any { return RandomRandrange(10, 0, -3) })),
		c(`repr(random.randrange(0))`, r(func() any { return RandomRandrange(0) })),
		c(`repr(random.randrange(5, 5))`, r(func() any { return RandomRandrange(5, 5) })),
		c(`repr(random.randrange(0, 10, 0))`, r(func() any { return RandomRandrange(0, 10, 0) })),
		c(`repr([random.uniform(1, 2) for _ in range(3)])`, rep(3, func() any { return RandomUniform(1, 2) })),
		c(`repr([random.uniform(5, -5) for _ in range(3)])`, rep(3, func() any { return RandomUniform(5, -5) })),
		c(`repr([random.choice('abcdef') for _ in range(10)])`, rep(10, func() any { return RandomChoice("abcdef") })),
		c(`repr([random.choice([1, 2.5, None]) for _ in range(6)])`, rep(6, func() any { return RandomChoice(L(1, 2.5, nil)) })),
		c(`repr(random.choice(range(100, 200)))`, r(func() any { return RandomChoice(NewRange(100, 200)) })),
		c(`repr(random.choice([]))`, r(func() any { return RandomChoice(L()) })),
		c(`exec:import random; random.seed(0); xs = list(range(10)); random.shuffle(xs); out = repr(xs)`, func() string {
			xs := ListFrom(NewRange(10))
			RandomShuffle(xs)
			return Repr(xs)
		}),
		c(`exec:import random; random.seed(0); xs = list('abcdefghij' * 3); random.shuffle(xs); random.shuffle(xs); out = repr(xs)`, func() string {
			xs := ListFrom(Mul("abcdefghij", 3))
			RandomShuffle(xs)
			RandomShuffle(xs)
			return Repr(xs)
		}),
		c(`repr(random.sample(range(100), 5))`, r(func() any { return RandomSample(NewRange(100), 5) })),
		c(`repr(random.sample('abcdefg', 7))`, r(func() any { return RandomSample("abcdefg", 7) })),
		c(`repr(random.sample(range(10**6), 10))`, r(func() any { return RandomSample(NewRange(1000000), 10) })),
		c(`repr(random.sample([1, 2], 3))`, r(func() any { return RandomSample(L(1, 2), 3) })),
		c(`repr(random.sample({1, 2}, 1))`, r(func() any { return RandomSample(NewSet(1, 2), 1) })),
		c(`exec:import random; random.seed(42); out = repr([random.random(), random.randint(1, 100)])`, func() string {
			RandomSeed(42)
			return Repr(L(RandomRandom(), RandomRandint(1, 100)))
		}),
		c(`exec:import random; random.seed(2**100 + 7); out = repr([random.random(), random.random()])`, func() string {
			RandomSeed(Add(Pow(2, 100), 7))
			return Repr(L(RandomRandom(), RandomRandom()))
		}),
		c(`exec:import random; random.seed(-5); out = repr(random.random())`, func() string {
			RandomSeed(-5)
			return Repr(RandomRandom())
		}),
		c(`exec:import random; random.seed('hello'); out = repr([random.random(), random.randint(1, 10)])`, func() string {
			RandomSeed("hello")
			return Repr(L(RandomRandom(), RandomRandint(1, 10)))
		}),
		c(`exec:import random; random.seed(1.5); out = repr(random.random())`, func() string {
			RandomSeed(1.5)
			return Repr(RandomRandom())
		}),
		c(`exec:import random; random.seed(0); [random.random() for _ in range(700)]; out = repr(random.random())`, func() string {
			for i := 0; i < 700; i++ {
				RandomRandom()
			}
			return Repr(RandomRandom())
		}),
	})
}
