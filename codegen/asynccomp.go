package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// A list, set or dict comprehension that suspends (async for, or await
// inside) is a suspension point of the step form where an await may stand
// (the value of an assignment or return, an argument of a call to a
// builtin or known function): it is lowered to the loop nest CPython's
// comprehension function runs, building the result in a frame variable:
//
//	_comp = []
//	[async] for <target> in <iter>: [if <cond>:] ... _elt = <elt>; _comp.append(_elt)
//
// Its variables become locals of the step function's frame.

// suspendingComp reports a comprehension the step form lowers that way.
func suspendingComp(e ir.Expr) bool {
	c, ok := e.(*ir.Comp)
	return ok && c.Kind != ir.GenExp && suspends(c)
}

// compStmts is the loop nest of comprehension e adding to res; tmp makes
// the names of the element temporaries.
func compStmts(e *ir.Comp, res *ir.Name, tmp func(base string) *ir.Name) []ir.Stmt {
	pos := ir.StmtBase{Pos: e.Pos}
	at := ir.ExprBase{Pos: e.Pos}
	assign := func(t *ir.Name, v ir.Expr) ir.Stmt {
		return &ir.Assign{StmtBase: pos, Targets: []ir.Expr{t}, Value: v}
	}
	var inner []ir.Stmt
	switch e.Kind {
	case ir.DictComp:
		k, v := tmp("_key"), tmp("_val")
		inner = []ir.Stmt{assign(k, e.Elt), assign(v, e.Value),
			&ir.Assign{StmtBase: pos, Targets: []ir.Expr{&ir.Subscript{ExprBase: at, X: res, Index: k}}, Value: v}}
	default:
		method := "append"
		if e.Kind == ir.SetComp {
			method = "add"
		}
		elt := tmp("_elt")
		inner = []ir.Stmt{assign(elt, e.Elt), &ir.ExprStmt{StmtBase: pos, X: &ir.Call{ExprBase: at,
			Func: &ir.Attribute{ExprBase: at, X: res, Name: method}, Args: []ir.Arg{{Value: elt}}}}}
	}
	for i := len(e.Generators) - 1; i >= 0; i-- {
		gn := e.Generators[i]
		for j := len(gn.Ifs) - 1; j >= 0; j-- {
			inner = []ir.Stmt{&ir.If{StmtBase: pos, Cond: gn.Ifs[j], Body: inner}}
		}
		inner = []ir.Stmt{&ir.For{StmtBase: pos, Target: gn.Target, Iter: gn.Iter, Body: inner, IsAsync: gn.IsAsync}}
	}
	return inner
}

// checkComp checks the lowered loop nest of a suspending comprehension.
func (k *stepCheck) checkComp(e *ir.Comp) {
	tmp := func(base string) *ir.Name { return &ir.Name{Id: base, Sym: &ir.Symbol{Name: base, Kind: ir.SymLocal}} }
	k.stmts(compStmts(e, tmp("_comp"), tmp), &stepWalk{})
}

// stepComp emits a suspending comprehension, then finish with its value.
func (c *fnCtx) stepComp(line int, e *ir.Comp, finish func(res jen.Code) []jen.Code) {
	c.declareScope(e.Scope)
	tmp := func(base string) *ir.Name {
		v := c.local(base, nil)
		sym := &ir.Symbol{Name: v.name, Kind: ir.SymLocal}
		c.g.vars[sym] = v
		return &ir.Name{ExprBase: ir.ExprBase{Pos: e.Pos}, Id: v.name, Sym: sym}
	}
	res := tmp("_comp")
	var init jen.Code
	switch e.Kind {
	case ir.ListComp:
		init = jen.Qual(pyPath, "NewList").Call()
	case ir.SetComp:
		init = jen.Qual(pyPath, "NewSet").Call()
	default:
		init = jen.Qual(pyPath, "NewDict").Call()
	}
	c.emit(line, jen.Id(res.Id).Op("=").Add(init))
	c.stepStmts(compStmts(e, res, tmp))
	c.emit(line, finish(c.expr(res))...)
}
