package py

import (
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strings"
)

// numKind classifies numeric operands; bool counts as int.
type numKind int

const (
	notNum numKind = iota
	kInt
	kBig
	kFloat
)

type num struct {
	kind numKind
	i    int
	b    *big.Int
	f    float64
}

func toNum(x any) num {
	switch v := x.(type) {
	case int:
		return num{kind: kInt, i: v}
	case bool:
		if v {
			return num{kind: kInt, i: 1}
		}
		return num{kind: kInt}
	case float64:
		return num{kind: kFloat, f: v}
	case *big.Int:
		return num{kind: kBig, b: v}
	case float32:
		return num{kind: kFloat, f: float64(v)}
	}
	if n, ok := otherInt(x); ok {
		return num{kind: kInt, i: int(n)}
	}
	if o, ok := x.(*Instance); ok && o.base != nil {
		if _, isStr := o.base.(string); !isStr {
			return toNum(o.base)
		}
	}
	return num{}
}

func (n num) big() *big.Int {
	if n.kind == kBig {
		return n.b
	}
	return big.NewInt(int64(n.i))
}

func (n num) float() float64 {
	switch n.kind {
	case kInt:
		return float64(n.i)
	case kBig:
		f, _ := new(big.Float).SetInt(n.b).Float64()
		if math.IsInf(f, 0) {
			panic(New(OverflowError, "int too large to convert to float"))
		}
		return f
	}
	return n.f
}

// normBig returns an int when b fits, keeping small results small.
func normBig(b *big.Int) any {
	if b.IsInt64() {
		return int(b.Int64())
	}
	return b
}

// BigInt parses a big int literal.
func BigInt(s string) any {
	b, ok := new(big.Int).SetString(strings.ReplaceAll(s, "_", ""), 0)
	if !ok {
		panic("py.BigInt: bad literal " + s)
	}
	return normBig(b)
}

func unsupported(op string, a, b any) *Exception {
	unsupportedOperator(op, a, b)
	return New(TypeError, "unsupported operand type(s) for "+op+": '"+TypeName(a)+"' and '"+TypeName(b)+"'")
}

// Add is a + b.
func Add(a, b any) any {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			if s := x + y; (s > x) == (y > 0) {
				return s
			}
		}
	}
	if r, ok := objBinary("+", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind != notNum && y.kind != notNum {
		switch {
		case x.kind == kFloat || y.kind == kFloat:
			return x.float() + y.float()
		case x.kind == kInt && y.kind == kInt:
			s := x.i + y.i
			if (s > x.i) == (y.i > 0) {
				return s
			}
		}
		return normBig(new(big.Int).Add(x.big(), y.big()))
	}
	switch av := a.(type) {
	case string:
		if bv, ok := b.(string); ok {
			return av + bv
		}
		panic(New(TypeError, `can only concatenate str (not "`+TypeName(b)+`") to str`))
	case *List:
		if bv, ok := b.(*List); ok {
			out := make([]any, 0, len(av.Items)+len(bv.Items))
			return &List{Items: append(append(out, av.Items...), bv.Items...)}
		}
		panic(New(TypeError, `can only concatenate list (not "`+TypeName(b)+`") to list`))
	case Tuple:
		if bv, ok := b.(Tuple); ok {
			out := make(Tuple, 0, len(av)+len(bv))
			return append(append(out, av...), bv...)
		}
		panic(New(TypeError, `can only concatenate tuple (not "`+TypeName(b)+`") to tuple`))
	}
	panic(unsupported("+", a, b))
}

// Sub is a - b.
func Sub(a, b any) any {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			if d := x - y; (d < x) == (y > 0) {
				return d
			}
		}
	}
	if r, ok := objBinary("-", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind != notNum && y.kind != notNum {
		switch {
		case x.kind == kFloat || y.kind == kFloat:
			return x.float() - y.float()
		case x.kind == kInt && y.kind == kInt:
			s := x.i - y.i
			if (s < x.i) == (y.i > 0) {
				return s
			}
		}
		return normBig(new(big.Int).Sub(x.big(), y.big()))
	}
	if r, ok := viewSetOp("-", a, b); ok {
		return r
	}
	if as, ok := a.(*Set); ok {
		if _, ok := b.(*Set); ok {
			return as.Difference(b)
		}
	}
	panic(unsupported("-", a, b))
}

func mulInt(a, b int) (int, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(uint64(absInt(a)), uint64(absInt(b)))
	if hi != 0 || lo > math.MaxInt64 || a == math.MinInt || b == math.MinInt {
		return 0, false
	}
	r := int(lo)
	if (a < 0) != (b < 0) {
		r = -r
	}
	return r, true
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// Mul is a * b.
func Mul(a, b any) any {
	if p, ok := mulInts(a, b); ok {
		return p
	}
	if r, ok := objBinary("*", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind != notNum && y.kind != notNum {
		switch {
		case x.kind == kFloat || y.kind == kFloat:
			return x.float() * y.float()
		case x.kind == kInt && y.kind == kInt:
			if r, ok := mulInt(x.i, y.i); ok {
				return r
			}
		}
		return normBig(new(big.Int).Mul(x.big(), y.big()))
	}
	origA, origB := a, b // the error names the operands in source order
	if x.kind != notNum {
		a, b, x, y = b, a, y, x
	}
	isSeq := false
	switch a.(type) {
	case string, *List, Tuple:
		isSeq = true
	}
	if isSeq && (y.kind == kInt || y.kind == kBig) {
		n := 0
		if y.kind == kInt {
			n = y.i
		} else if y.b.Sign() > 0 {
			panic(New(OverflowError, "cannot fit 'int' into an index-sized integer"))
		}
		if n < 0 {
			n = 0
		}
		switch av := a.(type) {
		case string:
			return strings.Repeat(av, n)
		case *List:
			return &List{Items: repeatItems(av.Items, n)}
		case Tuple:
			return Tuple(repeatItems(av, n))
		}
	}
	switch a.(type) {
	case string, *List, Tuple:
		panic(New(TypeError, "can't multiply sequence by non-int of type '"+TypeName(b)+"'"))
	}
	panic(unsupported("*", origA, origB))
}

func repeatItems(items []any, n int) []any {
	out := make([]any, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

// TrueDiv is a / b.
func TrueDiv(a, b any) any {
	if r, ok := objBinary("/", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind == notNum || y.kind == notNum {
		panic(unsupported("/", a, b))
	}
	if x.kind == kFloat || y.kind == kFloat {
		d := y.float()
		if d == 0 {
			panic(New(ZeroDivisionError, "float division by zero"))
		}
		return x.float() / d
	}
	if (y.kind == kInt && y.i == 0) || (y.kind == kBig && y.b.Sign() == 0) {
		panic(New(ZeroDivisionError, "division by zero"))
	}
	if x.kind == kInt && y.kind == kInt && absInt(x.i) < 1<<53 && absInt(y.i) < 1<<53 {
		return float64(x.i) / float64(y.i)
	}
	f, _ := new(big.Rat).SetFrac(x.big(), y.big()).Float64()
	if math.IsInf(f, 0) {
		panic(New(OverflowError, "integer division result too large for a float"))
	}
	if f == 0 && (x.big().Sign() < 0) != (y.big().Sign() < 0) {
		// long_true_divide signs a zero (or underflowed) quotient by the
		// operands' signs, as the float division would: 0 / -2**64 is -0.0.
		return math.Copysign(0, -1)
	}
	return f
}

func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

func isZero(n num) bool {
	return (n.kind == kInt && n.i == 0) || (n.kind == kBig && n.b.Sign() == 0)
}

// FloorDiv is a // b.
func FloorDiv(a, b any) any {
	if q, ok := floorDivInts(a, b); ok {
		return q
	}
	if r, ok := objBinary("//", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind == notNum || y.kind == notNum {
		panic(unsupported("//", a, b))
	}
	if x.kind == kFloat || y.kind == kFloat {
		d := y.float()
		if d == 0 {
			panic(New(ZeroDivisionError, "float floor division by zero"))
		}
		q, _ := floatDivmod(x.float(), d)
		return q
	}
	if isZero(y) {
		panic(New(ZeroDivisionError, "integer division or modulo by zero"))
	}
	if x.kind == kInt && y.kind == kInt && !(x.i == math.MinInt && y.i == -1) {
		q := x.i / y.i
		if (x.i%y.i != 0) && ((x.i < 0) != (y.i < 0)) {
			q--
		}
		return q
	}
	q, m := new(big.Int).QuoRem(x.big(), y.big(), new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.big().Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return normBig(q)
}

// Mod is a % b; on a str it is %-formatting.
func Mod(a, b any) any {
	if r, ok := modInts(a, b); ok {
		return r
	}
	if s, ok := a.(string); ok {
		return PercentFormat(s, b)
	}
	if r, ok := objBinary("%", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind == notNum || y.kind == notNum {
		panic(unsupported("%", a, b))
	}
	if x.kind == kFloat || y.kind == kFloat {
		d := y.float()
		if d == 0 {
			panic(New(ZeroDivisionError, "float modulo"))
		}
		_, m := floatDivmod(x.float(), d)
		return m
	}
	if isZero(y) {
		panic(New(ZeroDivisionError, "integer modulo by zero"))
	}
	if x.kind == kInt && y.kind == kInt && !(x.i == math.MinInt && y.i == -1) {
		m := x.i % y.i
		if m != 0 && ((m < 0) != (y.i < 0)) {
			m += y.i
		}
		return m
	}
	m := new(big.Int).Rem(x.big(), y.big())
	if m.Sign() != 0 && (m.Sign() < 0) != (y.big().Sign() < 0) {
		m.Add(m, y.big())
	}
	return normBig(m)
}

// Divmod is divmod(a, b).
func Divmod(a, b any) any {
	if r, ok := objBinary("divmod()", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind == notNum || y.kind == notNum {
		panic(unsupported("divmod()", a, b))
	}
	if x.kind == kFloat || y.kind == kFloat {
		if y.float() == 0 {
			panic(New(ZeroDivisionError, "float divmod()"))
		}
		q, m := floatDivmod(x.float(), y.float())
		return Tuple{q, m}
	}
	if isZero(y) {
		panic(New(ZeroDivisionError, "integer division or modulo by zero"))
	}
	return Tuple{FloorDiv(a, b), Mod(a, b)}
}

// Pow is a ** b.
func Pow(a, b any) any {
	if r, ok := objBinary("** or pow()", a, b); ok {
		return r
	}
	x, y := toNum(a), toNum(b)
	if x.kind == notNum || y.kind == notNum {
		panic(unsupported("** or pow()", a, b))
	}
	if x.kind != kFloat && y.kind != kFloat {
		if y.kind == kBig && y.b.Sign() < 0 || y.kind == kInt && y.i < 0 {
			return floatPow(x.float(), y.float())
		}
		if x.kind == kInt && y.kind == kInt {
			if r, ok := powInt(x.i, y.i); ok {
				return r
			}
		}
		if y.kind == kBig {
			if x.kind == kInt && (x.i == 0 || x.i == 1) {
				return x.i
			}
			if x.kind == kInt && x.i == -1 {
				if y.b.Bit(0) == 0 {
					return 1
				}
				return -1
			}
			panic(New(MemoryError))
		}
		return normBig(new(big.Int).Exp(x.big(), y.big(), nil))
	}
	return floatPow(x.float(), y.float())
}

func powInt(base, exp int) (int, bool) {
	result := 1
	for exp > 0 {
		if exp&1 == 1 {
			r, ok := mulInt(result, base)
			if !ok {
				return 0, false
			}
			result = r
		}
		exp >>= 1
		if exp > 0 {
			b, ok := mulInt(base, base)
			if !ok {
				return 0, false
			}
			base = b
		}
	}
	return result, true
}

// PowMod is pow(a, b, m).
func PowMod(a, b, m any) any {
	x, y, z := toNum(a), toNum(b), toNum(m)
	if x.kind == kFloat || y.kind == kFloat || z.kind == kFloat {
		panic(New(TypeError, "pow() 3rd argument not allowed unless all arguments are integers"))
	}
	if x.kind == notNum || y.kind == notNum || z.kind == notNum {
		for _, v := range []any{a, b, m} {
			if _, ok := asDec(v); ok { // Decimal.__pow__'s modulo is not ported
				Unsupported("pow() of a decimal.Decimal with a modulus")
			}
		}
		panic(New(TypeError, "unsupported operand type(s) for ** or pow(): '"+TypeName(a)+"', '"+TypeName(b)+"', '"+TypeName(m)+"'"))
	}
	if isZero(z) {
		panic(New(ValueError, "pow() 3rd argument cannot be 0"))
	}
	mod := z.big()
	base := x.big()
	exp := y.big()
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, new(big.Int).Abs(mod)), new(big.Int).Abs(mod))
		if inv == nil {
			panic(New(ValueError, "base is not invertible for the given modulus"))
		}
		base, exp = inv, new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, new(big.Int).Abs(mod))
	if r.Sign() != 0 && mod.Sign() < 0 {
		r.Add(r, mod)
	}
	return normBig(r)
}

func intOperands(op string, a, b any) (num, num) {
	x, y := toNum(a), toNum(b)
	if x.kind != kInt && x.kind != kBig || y.kind != kInt && y.kind != kBig {
		panic(unsupported(op, a, b))
	}
	return x, y
}

// LShift is a << b.
func LShift(a, b any) any {
	if r, ok := objBinary("<<", a, b); ok {
		return r
	}
	x, y := intOperands("<<", a, b)
	if y.kind == kBig || y.i < 0 {
		if y.big().Sign() < 0 {
			panic(New(ValueError, "negative shift count"))
		}
		panic(New(OverflowError, "too many digits in integer"))
	}
	if x.kind == kInt && y.i < 63 {
		r := x.i << uint(y.i)
		if r>>uint(y.i) == x.i {
			return r
		}
	}
	return normBig(new(big.Int).Lsh(x.big(), uint(y.i)))
}

// RShift is a >> b.
func RShift(a, b any) any {
	if r, ok := objBinary(">>", a, b); ok {
		return r
	}
	x, y := intOperands(">>", a, b)
	if y.big().Sign() < 0 {
		panic(New(ValueError, "negative shift count"))
	}
	if y.kind == kBig {
		if x.big().Sign() < 0 {
			return -1
		}
		return 0
	}
	if x.kind == kInt {
		if y.i >= 63 {
			if x.i < 0 {
				return -1
			}
			return 0
		}
		return x.i >> uint(y.i)
	}
	return normBig(new(big.Int).Rsh(x.b, uint(y.i)))
}

func bitOp(op string, a, b any, small func(x, y int) int, large func(z, x, y *big.Int) *big.Int) any {
	if r, ok := objBinary(op, a, b); ok {
		return r
	}
	if ab, ok := a.(bool); ok {
		if bb, ok := b.(bool); ok {
			return small(b2i(ab), b2i(bb)) != 0
		}
	}
	if as, ok := a.(*Set); ok {
		if bs, ok := b.(*Set); ok {
			switch op {
			case "&":
				return as.Intersection(bs)
			case "|":
				return as.Union(bs)
			case "^":
				return as.SymmetricDifference(bs)
			}
		}
	}
	if ad, ok := a.(*Dict); ok && op == "|" {
		if bd, ok := b.(*Dict); ok {
			r := ad.Copy()
			r.Update(bd, nil)
			return r
		}
	}
	if r, ok := viewSetOp(op, a, b); ok {
		return r
	}
	x, y := intOperands(op, a, b)
	if x.kind == kInt && y.kind == kInt {
		return small(x.i, y.i)
	}
	return normBig(large(new(big.Int), x.big(), y.big()))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// BitAnd is a & b.
func BitAnd(a, b any) any {
	return bitOp("&", a, b, func(x, y int) int { return x & y }, (*big.Int).And)
}

// BitOr is a | b.
func BitOr(a, b any) any {
	return bitOp("|", a, b, func(x, y int) int { return x | y }, (*big.Int).Or)
}

// BitXor is a ^ b.
func BitXor(a, b any) any {
	return bitOp("^", a, b, func(x, y int) int { return x ^ y }, (*big.Int).Xor)
}

// MatMul is a @ b; no builtin type supports it.
func MatMul(a, b any) any {
	if r, ok := objBinary("@", a, b); ok {
		return r
	}
	panic(unsupported("@", a, b))
}

// Neg is -a.
func Neg(a any) any {
	if r, ok := objUnary("__neg__", a); ok {
		return r
	}
	x := toNum(a)
	switch x.kind {
	case kInt:
		if x.i != math.MinInt {
			return -x.i
		}
		return normBig(new(big.Int).Neg(x.big()))
	case kBig:
		return normBig(new(big.Int).Neg(x.b))
	case kFloat:
		return -x.f
	}
	panic(New(TypeError, "bad operand type for unary -: '"+TypeName(a)+"'"))
}

// Pos is +a.
func Pos(a any) any {
	if r, ok := objUnary("__pos__", a); ok {
		return r
	}
	x := toNum(a)
	switch x.kind {
	case kInt:
		return x.i
	case kBig:
		return x.b
	case kFloat:
		return x.f
	}
	panic(New(TypeError, "bad operand type for unary +: '"+TypeName(a)+"'"))
}

// Invert is ~a.
func Invert(a any) any {
	if r, ok := objUnary("__invert__", a); ok {
		return r
	}
	x := toNum(a)
	switch x.kind {
	case kInt:
		return ^x.i
	case kBig:
		return normBig(new(big.Int).Not(x.b))
	}
	panic(New(TypeError, "bad operand type for unary ~: '"+TypeName(a)+"'"))
}

// Not is `not a`.
func Not(a any) bool { return !Truth(a) }

// Sized is implemented by objects with a len().
type Sized interface{ PyLen() int }

// Truth is bool(a).
func Truth(a any) bool {
	switch v := a.(type) {
	case nil:
		return false
	case bool:
		return v
	case int:
		return v != 0
	case float64:
		return v != 0
	case string:
		return v != ""
	case *big.Int:
		return v.Sign() != 0
	case *List:
		return len(v.Items) > 0
	case Tuple:
		return len(v) > 0
	case *Dict:
		return v.Len() > 0
	case *Set:
		return v.Len() > 0
	case *Range:
		return v.nonEmpty()
	case *Instance:
		return v.truth()
	case Sized:
		return v.PyLen() > 0
	}
	if n, ok := otherInt(a); ok {
		return n != 0
	}
	return true
}

// In-place operators: lists, sets and dicts mutate, everything else
// rebinds to the plain result.

// inplaceError, deferred by the in-place operators, renames the operator in the binary
// operator's "unsupported operand type(s) for +" to CPython's "+=".
func inplaceError(op string) {
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(*Exception); ok && e.Class == TypeError && len(e.Args) == 1 {
		prefix := "unsupported operand type(s) for " + op + ":"
		if s, ok := e.Args[0].(string); ok && strings.HasPrefix(s, prefix) {
			name := op + "="
			if op == "** or pow()" {
				name = "**="
			}
			e.Args[0] = "unsupported operand type(s) for " + name + ":" + s[len(prefix):]
		}
	}
	panic(r)
}

// IAdd is a += b.
func IAdd(a, b any) any {
	if _, ok := a.(int); ok {
		if _, ok := b.(int); ok {
			return Add(a, b) // an int has no __iadd__
		}
	}
	if r, ok := objInplace("+", a, b); ok {
		return r
	}
	if l, ok := a.(*List); ok {
		l.Extend(b)
		return l
	}
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			return Add(x, y)
		}
	}
	defer inplaceError("+")
	return Add(a, b)
}

// ISub is a -= b.
func ISub(a, b any) any {
	if r, ok := objInplace("-", a, b); ok {
		return r
	}
	if s, ok := a.(*Set); ok && !s.Frozen {
		if o, ok := b.(*Set); ok {
			s.differenceUpdate(o)
			return s
		}
	}
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			return Sub(x, y)
		}
	}
	defer inplaceError("-")
	return Sub(a, b)
}

// IMul is a *= b.
func IMul(a, b any) any {
	if r, ok := objInplace("*", a, b); ok {
		return r
	}
	if l, ok := a.(*List); ok {
		if _, isInt := b.(int); isInt {
			l.Items = repeatItems(l.Items, max(b.(int), 0))
			return l
		}
	}
	defer inplaceError("*")
	return Mul(a, b)
}

// IOr is a |= b.
func IBitOr(a, b any) any {
	if r, ok := objInplace("|", a, b); ok {
		return r
	}
	switch s := a.(type) {
	case *Set:
		if o, ok := b.(*Set); ok && !s.Frozen {
			s.update(o)
			return s
		}
	case *Dict:
		if _, ok := b.(*Dict); ok {
			s.Update(b, nil)
			return s
		}
	}
	defer inplaceError("|")
	return BitOr(a, b)
}

// IBitAnd is a &= b.
func IBitAnd(a, b any) any {
	if r, ok := objInplace("&", a, b); ok {
		return r
	}
	if s, ok := a.(*Set); ok && !s.Frozen {
		if _, ok := b.(*Set); ok {
			r := s.Intersection(b)
			s.swapBodies(r)
			return s
		}
	}
	defer inplaceError("&")
	return BitAnd(a, b)
}

// IBitXor is a ^= b.
func IBitXor(a, b any) any {
	if r, ok := objInplace("^", a, b); ok {
		return r
	}
	if s, ok := a.(*Set); ok && !s.Frozen {
		if o, ok := b.(*Set); ok {
			for _, k := range o.ordered() {
				if !s.Discard(k) {
					s.Add(k)
				}
			}
			return s
		}
	}
	defer inplaceError("^")
	return BitXor(a, b)
}

func ITrueDiv(a, b any) any  { return inplace("/", a, b, TrueDiv) }
func IFloorDiv(a, b any) any { return inplace("//", a, b, FloorDiv) }
func IMod(a, b any) any      { return inplace("%", a, b, Mod) }
func IPow(a, b any) any      { return inplace("** or pow()", a, b, Pow) }
func ILShift(a, b any) any   { return inplace("<<", a, b, LShift) }
func IRShift(a, b any) any   { return inplace(">>", a, b, RShift) }
func IMatMul(a, b any) any   { return inplace("@", a, b, MatMul) }

var _ = slices.Clone[[]any]

// inplace is a op= b for types without an in-place form: __iop__ on an
// instance, else the plain operator.
func inplace(op string, a, b any, plain func(a, b any) any) any {
	if r, ok := objInplace(op, a, b); ok {
		return r
	}
	defer inplaceError(op)
	return plain(a, b)
}
