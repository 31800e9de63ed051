package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Go evaluates the calls in an operand list left to right, but the order of
// plain variable reads relative to those calls is unspecified (gc reads
// them late). Python reads left to right, and an await in a later operand
// lets other tasks change the variable, so a variable read that precedes a
// call is made a call itself.

// hasEffects reports whether evaluating e may run code: a call, an await,
// or an assignment expression.
func hasEffects(e ir.Expr) bool {
	found := false
	walk(e, func(n any) bool {
		switch n.(type) {
		case *ir.Call, *ir.AsyncCall, *ir.LibCall, *ir.BuiltinCall, *ir.Await, *ir.NamedExpr,
			*ir.BinOp, *ir.Compare, *ir.Subscript, *ir.Attribute, *ir.UnaryOp, *ir.FString:
			// Operators and attribute access call back into py, which
			// cannot change Python variables; only user code can.
			switch n.(type) {
			case *ir.Call, *ir.AsyncCall, *ir.LibCall, *ir.BuiltinCall, *ir.Await, *ir.NamedExpr:
				found = true
			}
		case *ir.Lambda:
			return false
		}
		return !found
	})
	return found
}

// orderedExprs generates es as operands evaluated left to right.
func (c *fnCtx) orderedExprs(es []ir.Expr) []jen.Code {
	out := make([]jen.Code, len(es))
	later := false
	for i := len(es) - 1; i >= 0; i-- {
		out[i] = c.operand(es[i], later)
		if es[i] != nil && hasEffects(es[i]) {
			later = true
		}
	}
	return out
}

// operand generates e; when a later operand has effects, a variable read
// is wrapped in a call so it happens first.
func (c *fnCtx) operand(e ir.Expr, effectsAfter bool) *jen.Statement {
	code := c.expr(e)
	if !effectsAfter {
		return code
	}
	if nm, ok := e.(*ir.Name); ok && c.nameVar(nm) != nil {
		return jen.Func().Params().Any().Block(c.lines(jen.Return(code))...).Call()
	}
	return code
}
