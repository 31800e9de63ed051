package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Go evaluates the calls in an operand list left to right, but the order of
// plain variable reads relative to those calls is unspecified (gc reads
// them late). Python reads left to right, so a variable read that precedes
// a call is made a call itself when that call could rebind the variable:
// a global, a variable a nested function captures, or any variable of a
// function with an assignment expression. A local only its own frame's
// statements assign needs nothing (an await in a later operand is hoisted
// into a statement of its own first, hoist.go).

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
// that the effects could rebind is wrapped in a call so it happens first.
func (c *fnCtx) operand(e ir.Expr, effectsAfter bool) *jen.Statement {
	code := c.expr(e)
	if !effectsAfter {
		return code
	}
	// A checked read (py.LoadLocal...) is a call already, ordered as calls are.
	if nm, ok := e.(*ir.Name); ok && c.nameVar(nm) != nil && nm.Check == ir.NoCheck && !c.stableRead(nm) {
		return jen.Func().Params().Any().Block(c.lines(jen.Return(code))...).Call()
	}
	return code
}

// stableRead reports an expression whose evaluation neither runs code nor
// raises, and whose value no call in the statement can change: a literal,
// or an unchecked read of a variable no call can rebind (and no walrus in
// the function).
func (c *fnCtx) stableRead(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.IntLit, *ir.FloatLit, *ir.StrLit, *ir.BoolLit, *ir.NoneLit:
		return true
	case *ir.Name:
		return e.Check == ir.NoCheck && c.nameVar(e) != nil && !c.hasWalrus() &&
			(c.ownLocal(e.Sym) || c.moduleOwned(e.Sym))
	}
	return false
}

// ownLocal reports a local or parameter of the function being generated,
// or a comprehension's variable, that no nested function rebinds
// (nonlocal): only the code of its own frame assigns it, so a call or an
// await elsewhere cannot change it.
func (c *fnCtx) ownLocal(sym *ir.Symbol) bool {
	if c.g.hoistTemps[sym] {
		return true // only the evaluation-order pass assigns it
	}
	sym = c.g.resolve(sym)
	if sym == nil || c.g.outsideStores[sym] || sym.Scope == nil || sym.Kind != ir.SymLocal && sym.Kind != ir.SymParam {
		return false
	}
	return sym.Scope.Kind == ir.ComprehensionScope || c.def != nil && sym.Scope == c.def.Scope
}

// moduleOwned reports a module variable that only the module's own code
// assigns (no function declares it global and assigns it; globals() is not
// supported): no call can change it, since the module's code cannot run
// again until the call returns. (An await can let it run: the
// evaluation-order pass does not use this.)
func (c *fnCtx) moduleOwned(sym *ir.Symbol) bool {
	sym = c.g.resolve(sym)
	return sym != nil && sym.Kind == ir.SymLocal && sym.Scope != nil && sym.Scope.Kind == ir.ModuleScope && !c.g.outsideStores[sym]
}

// hasWalrus reports an assignment expression anywhere in the function
// being generated (comprehensions included: theirs bind the function's
// variables), or in the module's code for the module body.
func (c *fnCtx) hasWalrus() bool {
	w, ok := c.g.walrus[c.def]
	if !ok {
		if c.def == nil {
			w = hasWalrus(c.g.m.Body)
		} else {
			w = hasWalrus(c.def.Body)
		}
		c.g.walrus[c.def] = w
	}
	return w
}
