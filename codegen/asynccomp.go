package codegen

import (
	"github.com/pyasync2go/pyasync2go/ir"
)

// A list, set or dict comprehension that suspends (async for, or await
// inside) is lowered by the evaluation-order pass (hoist.go), wherever it
// stands, to the loop nest CPython's comprehension function runs, building
// the result in a frame variable:
//
//	_comp = []
//	[async] for <target> in <iter>: [if <cond>:] ... _elt = <elt>; _comp.append(_elt)
//
// Its variables become locals of the step function's frame.

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
