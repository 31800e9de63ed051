package py

import (
	"hash/maphash"
	"math"
	"math/big"
)

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

var strSeed = maphash.MakeSeed()

// Hash is hash(x). Ints, floats, bools and tuples of them hash exactly as in
// CPython (so sets of them iterate in CPython's order); strings use a
// per-process seed, as CPython does by default.
func Hash(x any) int {
	x = structTuple(x)
	switch v := x.(type) {
	case nil:
		return int(Addr(noneKey) >> 4)
	case *SliceObj:
		panic(New(TypeError, "unhashable type: 'slice'")) // slices are unhashable in 3.11
	case bool:
		if v {
			return 1
		}
		return 0
	case int:
		return hashInt(v)
	case *big.Int:
		return hashBig(v)
	case float64:
		return hashFloat(v, x)
	case string:
		return hashString(v)
	case Tuple:
		return hashTuple(v)
	case Bytes:
		return hashString(string(v))
	case *List, *Dict, *ByteArray:
		panic(New(TypeError, "unhashable type: '"+TypeName(x)+"'"))
	case *Set:
		if !v.Frozen {
			panic(New(TypeError, "unhashable type: 'set'"))
		}
		return v.frozenHash()
	case *Range:
		if v.b != nil {
			return hashTuple(Tuple{normBig(v.b.n), normBig(v.b.start), normBig(v.b.step)})
		}
		return hashTuple(Tuple{len(v.items()), v.Start, v.Step})
	case *Instance:
		return v.hash()
	case *Function:
		if h, ok := v.boundHash(); ok {
			return h
		}
	}
	if n, ok := otherInt(x); ok {
		return hashInt(int(n))
	}
	return int(Addr(x) >> 4)
}

// noneKey stands in for None in the address table (nil cannot be a key).
var noneKey = new(byte)

func hashInt(v int) int {
	if v >= 0 {
		return v % hashModulus
	}
	if v == math.MinInt {
		return hashBig(new(big.Int).SetInt64(int64(v)))
	}
	h := -((-v) % hashModulus)
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

func hashBig(v *big.Int) int {
	m := new(big.Int).Abs(v)
	m.Mod(m, bigModulus)
	h := int(m.Int64())
	if v.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is _Py_HashDouble: integral floats hash like the int they equal.
func hashFloat(v float64, self any) int {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return int(Addr(self) >> 4)
	}
	m, e := math.Frexp(v)
	sign := 1
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func hashTuple(t Tuple) int {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, it := range t {
		lane := uint64(Hash(it))
		acc += lane * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int(acc)
}

// stableHash reports whether hash(x) is the same in every CPython process,
// i.e. whether CPython's set iteration order for x is reproducible.
func stableHash(x any) bool {
	switch v := x.(type) {
	case bool, int, *big.Int:
		return true
	case float64:
		return !math.IsNaN(v)
	case Tuple:
		for _, it := range v {
			if !stableHash(it) {
				return false
			}
		}
		return true
	case *Set:
		for _, it := range v.dict().Keys() {
			if !stableHash(it) {
				return false
			}
		}
		return true
	}
	_, ok := otherInt(x)
	return ok
}

// hashString hashes a str's (or bytes') content with the process seed.
func hashString(s string) int {
	h := int(maphash.String(strSeed, s))
	if h == -1 {
		h = -2
	}
	return h
}
