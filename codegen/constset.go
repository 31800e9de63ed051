package codegen

import (
	"math"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// iterable is the Go for the iterable of a `for` statement or a comprehension. CPython's AST
// optimizer turns a set display of constants there into a frozenset constant, which the
// compiler's constant merging rebuilds: its table, hence its iteration order, differs from a
// set display's (py.NewFrozenSetConst).
func (c *fnCtx) iterable(e ir.Expr) *jen.Statement {
	if s, ok := e.(*ir.SetLit); ok && allConstant(s.Elts) {
		return jen.Qual(pyPath, "NewFrozenSetConst").Call(c.exprList(s.Elts)...)
	}
	return c.expr(e)
}

// allConstant reports whether every element is one CPython folds to a constant: a literal, a
// sign or inversion of a number literal, or a tuple of those.
func allConstant(elts []ir.Expr) bool {
	for _, e := range elts {
		switch x := e.(type) {
		case *ir.IntLit, *ir.FloatLit, *ir.StrLit, *ir.BoolLit, *ir.NoneLit:
		case *ir.UnaryOp:
			switch x.X.(type) {
			case *ir.IntLit, *ir.FloatLit:
			default:
				return false
			}
			if x.Op == ir.Not {
				return false
			}
		case *ir.TupleLit:
			if !allConstant(x.Elts) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// foldable reports whether every element may be folded to a constant by
// CPython's AST optimizer: literals, and signs, inversions, arithmetic and
// tuples of them. Whether a display of such elements really became a
// constant is settled at run time by py.NewSet from the values.
func foldable(elts []ir.Expr) bool {
	for _, e := range elts {
		switch x := e.(type) {
		case *ir.IntLit, *ir.FloatLit, *ir.StrLit, *ir.BoolLit, *ir.NoneLit:
		case *ir.UnaryOp:
			if x.Op == ir.Not || !foldable([]ir.Expr{x.X}) {
				return false
			}
		case *ir.BinOp:
			if !foldable([]ir.Expr{x.X, x.Y}) {
				return false
			}
		case *ir.TupleLit:
			if !foldable(x.Elts) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// complexPower reports whether x ** y is certainly complex in CPython: both
// operands are constant, x is negative and y a finite float that is not a
// whole number ((-8) ** (1/3)). Other negative ** fractional powers are
// found at run time, where the runtime stops as unsupported.
func complexPower(e *ir.BinOp) bool {
	x, _, okx := constNumber(e.X)
	y, yFloat, oky := constNumber(e.Y)
	return okx && oky && yFloat && x < 0 && !math.IsInf(y, 0) && !math.IsNaN(y) && y != math.Trunc(y)
}

// constNumber evaluates a constant arithmetic expression of number
// literals as a float64, and whether Python's value is a float.
func constNumber(e ir.Expr) (v float64, isFloat, ok bool) {
	switch x := e.(type) {
	case *ir.IntLit:
		f, err := strconv.ParseFloat(x.Value, 64)
		return f, false, err == nil
	case *ir.FloatLit:
		return x.Value, true, true
	case *ir.UnaryOp:
		v, isFloat, ok = constNumber(x.X)
		switch x.Op {
		case ir.Neg:
			return -v, isFloat, ok
		case ir.UPlus:
			return v, isFloat, ok
		}
	case *ir.BinOp:
		a, af, aok := constNumber(x.X)
		b, bf, bok := constNumber(x.Y)
		if !aok || !bok {
			return 0, false, false
		}
		switch x.Op {
		case ir.Add:
			return a + b, af || bf, true
		case ir.Sub:
			return a - b, af || bf, true
		case ir.Mul:
			return a * b, af || bf, true
		case ir.Div:
			return a / b, true, b != 0
		}
	}
	return 0, false, false
}
