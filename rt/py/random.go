package py

import (
	"crypto/sha512"
	"math"
	"math/big"
	"sync"
	"time"
)

// mt19937 is CPython's _random.Random generator.
type mt19937 struct {
	state [624]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < 624; i++ {
		m.state[i] = 1812433253*(m.state[i-1]^(m.state[i-1]>>30)) + uint32(i)
	}
	m.index = 624
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := 624
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			m.state[0] = m.state[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			m.state[0] = m.state[623]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

func (m *mt19937) genrand() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	mag01 := [2]uint32{0, 0x9908b0df}
	if m.index >= 624 {
		var kk int
		for kk = 0; kk < 624-397; kk++ {
			y := (m.state[kk] & upper) | (m.state[kk+1] & lower)
			m.state[kk] = m.state[kk+397] ^ (y >> 1) ^ mag01[y&1]
		}
		for ; kk < 623; kk++ {
			y := (m.state[kk] & upper) | (m.state[kk+1] & lower)
			m.state[kk] = m.state[kk+(397-624)] ^ (y >> 1) ^ mag01[y&1]
		}
		y := (m.state[623] & upper) | (m.state[0] & lower)
		m.state[623] = m.state[396] ^ (y >> 1) ^ mag01[y&1]
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

var (
	rngMu sync.Mutex
	rng   = func() *mt19937 {
		m := &mt19937{}
		m.seedInt(big.NewInt(0))
		return m
	}()
)

func (m *mt19937) seedInt(n *big.Int) {
	a := new(big.Int).Abs(n)
	var key []uint32
	for _, w := range a.Bits() {
		key = append(key, uint32(w))
		if bitsPerWord := 32 << (^uint(0) >> 63); bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

// RandomSeed is random.seed(x).
func RandomSeed(x any) {
	rngMu.Lock()
	defer rngMu.Unlock()
	gaussHave = false
	switch v := x.(type) {
	case nil:
		rng.seedInt(big.NewInt(time.Now().UnixNano()))
	case string:
		b := []byte(v)
		sum := sha512.Sum512(b)
		rng.seedInt(new(big.Int).SetBytes(append(b, sum[:]...)))
	case bool, int, *big.Int:
		rng.seedInt(toNum(v).big())
	case float64:
		rng.seedInt(big.NewInt(int64(Hash(v))))
	default:
		panic(New(TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."))
	}
}

func randomLocked() float64 {
	a := rng.genrand() >> 5
	b := rng.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// RandomRandom is random.random().
func RandomRandom() float64 {
	rngMu.Lock()
	defer rngMu.Unlock()
	return randomLocked()
}

func getrandbitsLocked(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(rng.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	out := new(big.Int)
	for i := 0; i < words; i++ {
		r := rng.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(r)), uint(32*i)))
		k -= 32
	}
	return out
}

// RandomGetrandbits is random.getrandbits(k).
func RandomGetrandbits(k any) any {
	n := indexArg(k)
	if n < 0 {
		panic(New(ValueError, "number of bits must be non-negative"))
	}
	rngMu.Lock()
	defer rngMu.Unlock()
	if n == 0 {
		return 0
	}
	return normBig(getrandbitsLocked(n))
}

func randbelowLocked(n *big.Int) *big.Int {
	k := n.BitLen()
	r := getrandbitsLocked(k)
	for r.Cmp(n) >= 0 {
		r = getrandbitsLocked(k)
	}
	return r
}

func randbelow(n int) int {
	rngMu.Lock()
	defer rngMu.Unlock()
	if n <= 0 {
		return 0
	}
	return int(randbelowLocked(big.NewInt(int64(n))).Int64())
}

// RandomRandrange is random.randrange(start[, stop[, step]]).
func RandomRandrange(args ...any) any {
	if len(args) < 1 || len(args) > 3 {
		panic(New(TypeError, "randrange expected at most 3 arguments, got "+itoa(len(args))))
	}
	start := randIndex(args[0])
	if len(args) == 1 || args[1] == nil {
		if len(args) == 3 {
			panic(New(TypeError, "Missing a non-None stop argument"))
		}
		if start.Sign() > 0 {
			return normBig(lockedBelow(start))
		}
		panic(New(ValueError, "empty range for randrange()"))
	}
	stop := randIndex(args[1])
	width := new(big.Int).Sub(stop, start)
	step := big.NewInt(1)
	if len(args) == 3 {
		step = randIndex(args[2])
	}
	if step.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return normBig(new(big.Int).Add(start, lockedBelow(width)))
		}
		panic(New(ValueError, "empty range for randrange() ("+start.String()+", "+stop.String()+", "+width.String()+")"))
	}
	var n *big.Int
	switch step.Sign() {
	case 1:
		n = floorDivBig(new(big.Int).Sub(new(big.Int).Add(width, step), big.NewInt(1)), step)
	case -1:
		n = floorDivBig(new(big.Int).Add(new(big.Int).Add(width, step), big.NewInt(1)), step)
	default:
		panic(New(ValueError, "zero step for randrange()"))
	}
	if n.Sign() <= 0 {
		panic(New(ValueError, "empty range for randrange()"))
	}
	r := lockedBelow(n)
	return normBig(new(big.Int).Add(start, r.Mul(r, step)))
}

func floorDivBig(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func lockedBelow(n *big.Int) *big.Int {
	rngMu.Lock()
	defer rngMu.Unlock()
	return randbelowLocked(n)
}

func randIndex(x any) *big.Int {
	n := toNum(x)
	switch n.kind {
	case kInt, kBig:
		return n.big()
	case kFloat:
		if n.f == math.Trunc(n.f) {
			return big.NewInt(int64(n.f))
		}
		panic(New(ValueError, "non-integer arg 1 for randrange()"))
	}
	panic(New(TypeError, "'"+TypeName(x)+"' object cannot be interpreted as an integer"))
}

// RandomRandint is random.randint(a, b).
func RandomRandint(a, b any) any {
	return RandomRandrange(a, Add(b, 1))
}

// RandomUniform is random.uniform(a, b).
func RandomUniform(a, b any) any {
	x, y := toNum(a).float(), toNum(b).float()
	return x + (y-x)*RandomRandom()
}

// RandomChoice is random.choice(seq).
func RandomChoice(seq any) any {
	n := Len(seq)
	if n == 0 {
		panic(New(IndexError, "Cannot choose from an empty sequence"))
	}
	return GetItem(seq, randbelow(n))
}

// RandomShuffle is random.shuffle(x).
func RandomShuffle(x any) {
	l, ok := x.(*List)
	if !ok {
		panic(New(TypeError, "'"+TypeName(x)+"' object does not support item assignment"))
	}
	for i := len(l.Items) - 1; i > 0; i-- {
		j := randbelow(i + 1)
		l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	}
}

// RandomSample is random.sample(population, k).
func RandomSample(seq, k any) *List {
	switch seq.(type) {
	case *Set, *Dict:
		panic(New(TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d)."))
	}
	n := Len(seq)
	kk := indexArg(k)
	if kk < 0 || kk > n {
		panic(New(ValueError, "Sample larger than population or is negative"))
	}
	result := make([]any, kk)
	setsize := 21
	if kk > 5 {
		setsize += int(math.Pow(4, math.Ceil(Log(float64(kk*3))/Log(4))))
	}
	if n <= setsize {
		pool := append([]any{}, toSliceIter(seq)...)
		for i := 0; i < kk; i++ {
			j := randbelow(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < kk; i++ {
			j := randbelow(n)
			for selected[j] {
				j = randbelow(n)
			}
			selected[j] = true
			result[i] = GetItem(seq, j)
		}
	}
	return &List{Items: result}
}

// The distributions of random.py, in its arithmetic order. Every product
// is rounded on its own (float64(a*b)): Go may otherwise fuse a*b+c, which
// CPython never does. log, exp and ** are the glibc ports (libm*.go), so
// the results are CPython's bit for bit. gauss and vonmisesvariate are in
// random_gauss.go.

var (
	nvMagicConst = float64(4*Exp(-0.5)) / math.Sqrt(2.0)
	log4         = Log(4.0)
	sgMagicConst = 1.0 + Log(4.5)
)

func randFloat(x any, what string) float64 {
	n := toNum(x)
	if n.kind == notNum {
		panic(New(TypeError, "unsupported operand type(s) for "+what+": '"+TypeName(x)+"'"))
	}
	return n.float()
}

// RandomNormalvariate is random.normalvariate(mu=0.0, sigma=1.0).
func RandomNormalvariate(mu, sigma any) any {
	m, s := randFloat(mu, "+"), randFloat(sigma, "*")
	var z float64
	rngMu.Lock()
	for {
		u1 := randomLocked()
		u2 := 1.0 - randomLocked()
		z = float64(nvMagicConst*(u1-0.5)) / u2
		zz := float64(z*z) / 4.0
		if zz <= -Log(u2) {
			break
		}
	}
	rngMu.Unlock()
	return m + float64(z*s)
}

// RandomLognormvariate is random.lognormvariate(mu, sigma).
func RandomLognormvariate(mu, sigma any) any {
	return Exp(RandomNormalvariate(mu, sigma).(float64))
}

// RandomExpovariate is random.expovariate(lambd).
func RandomExpovariate(lambd any) any {
	l := randFloat(lambd, "/")
	r := -Log(1.0 - RandomRandom())
	if l == 0 {
		panic(New(ZeroDivisionError, "float division by zero"))
	}
	return r / l
}

// RandomTriangular is random.triangular(low=0.0, high=1.0, mode=None).
func RandomTriangular(low, high, mode any) any {
	u := RandomRandom()
	var c any = 0.5
	if mode != nil {
		d := Sub(high, low)
		if !Truth(d) {
			return low
		}
		c = TrueDiv(Sub(mode, low), d)
	}
	cf := randFloat(c, ">")
	if u > cf {
		u = 1.0 - u
		cf = 1.0 - cf
		low, high = high, low
	}
	return Add(low, Mul(Sub(high, low), math.Sqrt(float64(u*cf))))
}

func checkGamma(alpha, beta float64) {
	if alpha <= 0.0 || beta <= 0.0 {
		panic(New(ValueError, "gammavariate: alpha and beta must be > 0.0"))
	}
}

func gammaLocked(alpha, beta float64) float64 {
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(float64(2.0*alpha) - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := randomLocked()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - randomLocked()
			v := Log(u1/(1.0-u1)) / ainv
			x := float64(alpha * Exp(v))
			z := float64(float64(u1*u1) * u2)
			r := bbb + float64(ccc*v) - x
			if r+sgMagicConst-float64(4.5*z) >= 0.0 || r >= Log(z) {
				return float64(x * beta)
			}
		}
	case alpha == 1.0:
		return float64(-Log(1.0-randomLocked()) * beta)
	}
	var x float64
	for {
		u := randomLocked()
		b := (math.E + alpha) / math.E
		p := float64(b * u)
		if p <= 1.0 {
			x = floatPowExact(p, 1.0/alpha)
		} else {
			x = -Log((b - p) / alpha)
		}
		u1 := randomLocked()
		if p > 1.0 {
			if u1 <= floatPowExact(x, alpha-1.0) {
				break
			}
		} else if u1 <= Exp(-x) {
			break
		}
	}
	return float64(x * beta)
}

// floatPowExact is x ** y for floats where neither is special.
func floatPowExact(x, y float64) float64 { return Pow(x, y).(float64) }

// RandomGammavariate is random.gammavariate(alpha, beta).
func RandomGammavariate(alpha, beta any) any {
	a, b := randFloat(alpha, "<="), randFloat(beta, "<=")
	checkGamma(a, b)
	rngMu.Lock()
	defer rngMu.Unlock()
	return gammaLocked(a, b)
}

// RandomBetavariate is random.betavariate(alpha, beta).
func RandomBetavariate(alpha, beta any) any {
	a, b := randFloat(alpha, "<="), randFloat(beta, "<=")
	checkGamma(a, 1.0)
	rngMu.Lock()
	defer rngMu.Unlock()
	y := gammaLocked(a, 1.0)
	if y != 0 {
		checkGamma(b, 1.0)
		return y / (y + gammaLocked(b, 1.0))
	}
	return 0.0
}

// RandomParetovariate is random.paretovariate(alpha).
func RandomParetovariate(alpha any) any {
	u := 1.0 - RandomRandom()
	return Pow(u, TrueDiv(-1.0, alpha))
}

// RandomWeibullvariate is random.weibullvariate(alpha, beta).
func RandomWeibullvariate(alpha, beta any) any {
	u := 1.0 - RandomRandom()
	return Mul(alpha, Pow(-Log(u), TrueDiv(1.0, beta)))
}

// RandomChoices is random.choices(population, weights=None, *,
// cum_weights=None, k=1).
func RandomChoices(population, weights, cumWeights, k any) *List {
	n := Len(population)
	kk := indexArg(k)
	out := make([]any, 0, max(kk, 0))
	if cumWeights == nil {
		if weights == nil {
			nf := float64(n)
			for i := 0; i < kk; i++ {
				out = append(out, GetItem(population, int(math.Floor(float64(RandomRandom()*nf)))))
			}
			return &List{Items: out}
		}
		if w, ok := weights.(int); ok {
			panic(New(TypeError, "The number of choices must be a keyword argument: k="+itoa(w)))
		}
		var acc []any
		var total any
		for w := range Iter(weights) {
			if total == nil {
				total = w
			} else {
				total = Add(total, w)
			}
			acc = append(acc, total)
		}
		cumWeights = NewList(acc...)
	} else if weights != nil {
		panic(New(TypeError, "Cannot specify both weights and cumulative weights"))
	}
	cum := toSliceIter(cumWeights)
	if len(cum) != n {
		panic(New(ValueError, "The number of weights does not match the population"))
	}
	totalV := Add(cum[len(cum)-1], 0.0)
	total := totalV.(float64)
	if total <= 0.0 {
		panic(New(ValueError, "Total of weights must be greater than zero"))
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		panic(New(ValueError, "Total of weights must be finite"))
	}
	hi := n - 1
	for i := 0; i < kk; i++ {
		x := float64(RandomRandom() * total)
		lo, h := 0, hi
		for lo < h {
			mid := (lo + h) / 2
			if Lt(x, cum[mid]) {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		out = append(out, GetItem(population, lo))
	}
	return &List{Items: out}
}
