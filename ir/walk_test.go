package ir

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func walkFixture() []Stmt {
	x := &Name{Id: "x"}
	lam := &Lambda{Func: &FuncDef{Name: "<lambda>", IsLambda: true,
		Body: []Stmt{&Return{Value: &BinOp{Op: Add, X: &Name{Id: "y"}, Y: &IntLit{Value: "1"}}}}}}
	return []Stmt{
		&Assign{Targets: []Expr{x}, Value: &Call{Func: &Name{Id: "f"}, Args: []Arg{{Value: lam}, {Name: "k", Value: &Name{Id: "z"}}}}},
		&If{Cond: &Name{Id: "c"}, Body: []Stmt{&ExprStmt{X: &FString{Parts: []FStringPart{{Lit: "a"}, {X: &Name{Id: "w"},
			Spec: &FString{Parts: []FStringPart{{X: &Name{Id: "width"}}}}}}}}}},
		&Try{Handlers: []*ExceptHandler{{Type: &Name{Id: "E"}, Body: []Stmt{&Pass{}}}}},
	}
}

func TestInspectVisitsInSourceOrder(t *testing.T) {
	var names []string
	Inspect(walkFixture(), func(n any) bool {
		if nm, ok := n.(*Name); ok {
			names = append(names, nm.Id)
		}
		return true
	})
	assert.Equal(t, []string{"x", "f", "y", "z", "c", "w", "width", "E"}, names)
}

func TestInspectSkipsChildrenOnFalse(t *testing.T) {
	var names []string
	Inspect(walkFixture(), func(n any) bool {
		if _, ok := n.(*Lambda); ok {
			return false
		}
		if nm, ok := n.(*Name); ok {
			names = append(names, nm.Id)
		}
		return true
	})
	assert.NotContains(t, names, "y")
}

func TestRewriteExprsReplacesEverywhere(t *testing.T) {
	stmts := walkFixture()
	RewriteExprs(stmts, func(e Expr) Expr {
		if nm, ok := e.(*Name); ok {
			return &StrLit{Value: nm.Id}
		}
		return e
	})
	var left []string
	Inspect(stmts, func(n any) bool {
		if nm, ok := n.(*Name); ok {
			left = append(left, nm.Id)
		}
		return true
	})
	assert.Empty(t, left)
	call := stmts[0].(*Assign).Value.(*Call)
	assert.Equal(t, &StrLit{Value: "f"}, call.Func)
	ret := call.Args[0].Value.(*Lambda).Func.Body[0].(*Return)
	assert.Equal(t, &StrLit{Value: "y"}, ret.Value.(*BinOp).X)
}
