package codegen

import (
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
