package py

import (
	"math"
	"math/big"
	"reflect"
	"strings"
)

// cmpNums compares two numbers exactly (ints and floats mix without
// rounding, as in CPython). ok is false when either is NaN.
func cmpNums(x, y num) (c int, ok bool) {
	if x.kind == kInt && y.kind == kInt {
		switch {
		case x.i < y.i:
			return -1, true
		case x.i > y.i:
			return 1, true
		}
		return 0, true
	}
	if x.kind == kFloat && y.kind == kFloat {
		switch {
		case x.f < y.f:
			return -1, true
		case x.f > y.f:
			return 1, true
		case x.f == y.f:
			return 0, true
		}
		return 0, false
	}
	if x.kind != kFloat && y.kind != kFloat {
		return x.big().Cmp(y.big()), true
	}
	if (x.kind == kFloat && math.IsNaN(x.f)) || (y.kind == kFloat && math.IsNaN(y.f)) {
		return 0, false
	}
	return exactFloat(x).Cmp(exactFloat(y)), true
}

func exactFloat(n num) *big.Float {
	switch n.kind {
	case kInt:
		return new(big.Float).SetInt64(int64(n.i))
	case kBig:
		return new(big.Float).SetInt(n.b)
	}
	return big.NewFloat(n.f)
}

// Eq is a == b.
func Eq(a, b any) bool {
	switch x := a.(type) {
	case int:
		if y, ok := b.(int); ok {
			return x == y
		}
	case string:
		if y, ok := b.(string); ok {
			return x == y
		}
	}
	if r, ok := objEq(a, b); ok {
		return r
	}
	if r, ok := counterCompare("==", a, b); ok {
		return r
	}
	a, b = structTuple(a), structTuple(b)
	x, y := toNum(a), toNum(b)
	if x.kind == notNum && y.kind == notNum {
		a, b = classValue(a), classValue(b)
	}
	if x.kind != notNum || y.kind != notNum {
		if x.kind == notNum || y.kind == notNum {
			return false
		}
		c, ok := cmpNums(x, y)
		return ok && c == 0
	}
	if r, ok := viewCompare("==", a, b); ok {
		return r
	}
	switch av := a.(type) {
	case nil:
		return b == nil
	case string:
		bv, ok := b.(string)
		return ok && av == bv
	case *List:
		bv, ok := b.(*List)
		return ok && (av == bv || itemsEq(av.Items, bv.Items))
	case Tuple:
		bv, ok := b.(Tuple)
		return ok && itemsEq(av, bv)
	case *Dict:
		bv, ok := b.(*Dict)
		if !ok || av.Len() != bv.Len() {
			return false
		}
		for k, v := range av.All() {
			w, found := bv.Get(k)
			if !found || !(v == w || Eq(v, w)) {
				return false
			}
		}
		return true
	case *Set:
		bv, ok := b.(*Set)
		return ok && av.Len() == bv.Len() && av.IsSubset(bv)
	case *Range:
		bv, ok := b.(*Range)
		if !ok {
			return false
		}
		if av.b != nil || bv.b != nil {
			return av.asBig().eq(bv.asBig())
		}
		n := av.Len()
		if n != bv.Len() {
			return false
		}
		return n == 0 || av.Start == bv.Start && (n == 1 || av.Step == bv.Step)
	case *SliceObj:
		bv, ok := b.(*SliceObj)
		return ok && Eq(Tuple{av.Lo, av.Hi, av.Step}, Tuple{bv.Lo, bv.Hi, bv.Step})
	}
	if e, ok := a.(interface{ PyEq(any) bool }); ok {
		return e.PyEq(b)
	}
	return Is(a, b)
}

func itemsEq(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Is(a[i], b[i]) && !Eq(a[i], b[i]) {
			return false
		}
	}
	return true
}

// NotEq is a != b.
func NotEq(a, b any) bool {
	if r, ok := objNotEq(a, b); ok {
		return r
	}
	return !Eq(a, b)
}

// Is is `a is b`. Go scalars have no identity, so equal scalars of one type
// are the same object (CPython agrees for small ints, interned strs, bools).
func Is(a, b any) bool {
	a, b = classValue(a), classValue(b)
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if t, ok := a.(Tuple); ok {
		u := b.(Tuple)
		return len(t) == len(u) && (len(t) == 0 || &t[0] == &u[0])
	}
	if ta.Comparable() {
		return a == b
	}
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

// IsNot is `a is not b`.
func IsNot(a, b any) bool { return !Is(a, b) }

func orderError(op string, a, b any) *Exception {
	return New(TypeError, "'"+op+"' not supported between instances of '"+TypeName(a)+"' and '"+TypeName(b)+"'")
}

// compare evaluates an ordering operator; op is one of < <= > >=.
func compare(op string, a, b any) bool {
	if r, ok := objCompare(op, a, b); ok {
		return r
	}
	if r, ok := counterCompare(op, a, b); ok {
		return r
	}
	a, b = structTuple(a), structTuple(b)
	x, y := toNum(a), toNum(b)
	if x.kind != notNum && y.kind != notNum {
		c, ok := cmpNums(x, y)
		if !ok {
			return false
		}
		return applyCmp(op, c)
	}
	if r, ok := viewCompare(op, a, b); ok {
		return r
	}
	switch av := a.(type) {
	case string:
		if bv, ok := b.(string); ok {
			return applyCmp(op, strings.Compare(av, bv))
		}
	case *List:
		if bv, ok := b.(*List); ok {
			return seqCompare(op, av.Items, bv.Items)
		}
	case Tuple:
		if bv, ok := b.(Tuple); ok {
			return seqCompare(op, av, bv)
		}
	case *Set:
		if bv, ok := b.(*Set); ok {
			switch op {
			case "<":
				return av.Len() < bv.Len() && av.IsSubset(bv)
			case "<=":
				return av.IsSubset(bv)
			case ">":
				return bv.Len() < av.Len() && bv.IsSubset(av)
			default:
				return bv.IsSubset(av)
			}
		}
	}
	if r, ok := bytesCompare(op, a, b); ok {
		return r
	}
	if o, ok := a.(interface{ PyLt(any) (bool, bool) }); ok && op == "<" {
		if r, ok := o.PyLt(b); ok {
			return r
		}
	}
	panic(orderError(op, a, b))
}

func applyCmp(op string, c int) bool {
	switch op {
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case ">":
		return c > 0
	}
	return c >= 0
}

func seqCompare(op string, a, b []any) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if !Is(a[i], b[i]) && !Eq(a[i], b[i]) {
			return compare(op, a[i], b[i])
		}
	}
	return applyCmp(op, cmpInt(len(a), len(b)))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Lt is a < b.
func Lt(a, b any) bool {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			return x < y
		}
	}
	return compare("<", a, b)
}

// LtE is a <= b.
func LtE(a, b any) bool {
	if c, ok := cmpInts(a, b); ok {
		return c <= 0
	}
	return compare("<=", a, b)
}

// Gt is a > b.
func Gt(a, b any) bool {
	if c, ok := cmpInts(a, b); ok {
		return c > 0
	}
	return compare(">", a, b)
}

// GtE is a >= b.
func GtE(a, b any) bool {
	if c, ok := cmpInts(a, b); ok {
		return c >= 0
	}
	return compare(">=", a, b)
}

// Container is implemented by objects supporting `in`.
type Container interface{ PyContains(item any) bool }

// Contains is `item in container`.
func Contains(container, item any) bool {
	switch c := container.(type) {
	case string:
		s, ok := item.(string)
		if !ok {
			panic(New(TypeError, "'in <string>' requires string as left operand, not "+TypeName(item)))
		}
		return strings.Contains(c, s)
	case *List:
		return containsItem(c.Items, item)
	case Tuple:
		return containsItem(c, item)
	case *Dict:
		return c.Contains(item)
	case *Set:
		return c.Contains(item)
	case *dictView:
		return c.contains(item)
	case *Class:
		if c.enum != nil {
			return enumContains(c, item)
		}
	case *Range:
		if c.b != nil {
			return c.b.contains(item)
		}
		n := toNum(item)
		if n.kind == kFloat {
			if n.f != math.Trunc(n.f) {
				return false
			}
			n = num{kind: kInt, i: int(n.f)}
		}
		if n.kind != kInt {
			return containsItem(c.items(), item)
		}
		v := n.i
		if c.Step > 0 && (v < c.Start || v >= c.Stop) || c.Step < 0 && (v > c.Start || v <= c.Stop) {
			return false
		}
		return (v-c.Start)%c.Step == 0
	case Container:
		return c.PyContains(item)
	}
	if isIterable(container) {
		for v := range Iter(container) {
			if Is(v, item) || Eq(v, item) {
				return true
			}
		}
		return false
	}
	panic(New(TypeError, "argument of type '"+TypeName(container)+"' is not iterable"))
}

// In is `item in container` with its operands in source order, so that
// generated code evaluates them left to right as CPython does.
func In(item, container any) bool { return Contains(container, item) }

// NotIn is `item not in container`, operands in source order.
func NotIn(item, container any) bool { return !Contains(container, item) }

func containsItem(items []any, item any) bool {
	for _, v := range items {
		if Is(v, item) || Eq(v, item) {
			return true
		}
	}
	return false
}

// classValue maps a builtin class used as a value (Builtin("int")) to its
// *Class so `type(x) is int` holds.
func classValue(x any) any {
	if f, ok := x.(*Function); ok && f.class != nil {
		return f.class
	}
	return x
}
