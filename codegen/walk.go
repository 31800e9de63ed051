package codegen

import "github.com/pyasync2go/pyasync2go/ir"

// walk calls f on n and everything below it in source order, including the
// bodies of nested functions, lambdas and comprehensions. n is an ir.Stmt,
// ir.Expr or []ir.Stmt. f returning false skips the children.
func walk(n any, f func(n any) bool) {
	switch n := n.(type) {
	case nil:
	case []ir.Stmt:
		for _, s := range n {
			walk(s, f)
		}
	case ir.Stmt:
		if isNilNode(n) || !f(n) {
			return
		}
		walkStmtChildren(n, f)
	case ir.Expr:
		if isNilNode(n) || !f(n) {
			return
		}
		walkExprChildren(n, f)
	}
}

func isNilNode(n any) bool {
	switch n := n.(type) {
	case *ir.Name:
		return n == nil
	case *ir.FString:
		return n == nil
	}
	return false
}

func walkExprs(es []ir.Expr, f func(any) bool) {
	for _, e := range es {
		if e != nil {
			walk(e, f)
		}
	}
}

func walkArgs(as []ir.Arg, f func(any) bool) {
	for _, a := range as {
		if a.Value != nil {
			walk(a.Value, f)
		}
	}
}

func walkOpt(e ir.Expr, f func(any) bool) {
	if e != nil {
		walk(e, f)
	}
}

func walkStmtChildren(s ir.Stmt, f func(any) bool) {
	switch s := s.(type) {
	case *ir.ExprStmt:
		walkOpt(s.X, f)
	case *ir.Assign:
		walkExprs(s.Targets, f)
		walkOpt(s.Value, f)
	case *ir.AugAssign:
		walkOpt(s.Target, f)
		walkOpt(s.Value, f)
	case *ir.If:
		walkOpt(s.Cond, f)
		walk(s.Body, f)
		walk(s.Else, f)
	case *ir.While:
		walkOpt(s.Cond, f)
		walk(s.Body, f)
		walk(s.Else, f)
	case *ir.For:
		walkOpt(s.Target, f)
		walkOpt(s.Iter, f)
		walk(s.Body, f)
		walk(s.Else, f)
	case *ir.Return:
		walkOpt(s.Value, f)
	case *ir.Delete:
		walkExprs(s.Targets, f)
	case *ir.Assert:
		walkOpt(s.Test, f)
		walkOpt(s.Msg, f)
	case *ir.Raise:
		walkOpt(s.Exc, f)
		walkOpt(s.Cause, f)
	case *ir.Try:
		walk(s.Body, f)
		for _, h := range s.Handlers {
			walkOpt(h.Type, f)
			walk(h.Body, f)
		}
		walk(s.Else, f)
		walk(s.Finally, f)
	case *ir.With:
		for _, it := range s.Items {
			walkOpt(it.Ctx, f)
			walkOpt(it.Var, f)
		}
		walk(s.Body, f)
	case *ir.FuncDef:
		walkExprs(s.Decorators, f)
		for _, p := range s.Params {
			walkOpt(p.Default, f)
		}
		walk(s.Body, f)
	case *ir.ClassDef:
		walkExprs(s.Decorators, f)
		walkExprs(s.Bases, f)
		walk(s.Body, f)
	}
}

func walkExprChildren(e ir.Expr, f func(any) bool) {
	switch e := e.(type) {
	case *ir.FString:
		for _, p := range e.Parts {
			walkOpt(p.X, f)
			if p.Spec != nil {
				walk(p.Spec, f)
			}
		}
	case *ir.BinOp:
		walkOpt(e.X, f)
		walkOpt(e.Y, f)
	case *ir.UnaryOp:
		walkOpt(e.X, f)
	case *ir.BoolOp:
		walkExprs(e.Values, f)
	case *ir.Compare:
		walkOpt(e.Left, f)
		walkExprs(e.Comparators, f)
	case *ir.Call:
		walkOpt(e.Func, f)
		walkArgs(e.Args, f)
	case *ir.Attribute:
		walkOpt(e.X, f)
	case *ir.Subscript:
		walkOpt(e.X, f)
		walkOpt(e.Index, f)
	case *ir.Slice:
		walkOpt(e.Lo, f)
		walkOpt(e.Hi, f)
		walkOpt(e.Step, f)
	case *ir.ListLit:
		walkExprs(e.Elts, f)
	case *ir.TupleLit:
		walkExprs(e.Elts, f)
	case *ir.SetLit:
		walkExprs(e.Elts, f)
	case *ir.DictLit:
		walkExprs(e.Keys, f)
		walkExprs(e.Values, f)
	case *ir.Starred:
		walkOpt(e.X, f)
	case *ir.Comp:
		for _, g := range e.Generators {
			walkOpt(g.Iter, f)
			walkOpt(g.Target, f)
			walkExprs(g.Ifs, f)
		}
		walkOpt(e.Elt, f)
		walkOpt(e.Value, f)
	case *ir.Lambda:
		if e.Func != nil {
			walk(ir.Stmt(e.Func), f)
		}
	case *ir.IfExp:
		walkOpt(e.Cond, f)
		walkOpt(e.Then, f)
		walkOpt(e.Else, f)
	case *ir.Await:
		walkOpt(e.X, f)
	case *ir.Yield:
		walkOpt(e.X, f)
	case *ir.NamedExpr:
		if e.Target != nil {
			walk(e.Target, f)
		}
		walkOpt(e.Value, f)
	case *ir.AsyncCall:
		walkArgs(e.Args, f)
	case *ir.LibCall:
		walkArgs(e.Args, f)
	case *ir.BuiltinCall:
		walkArgs(e.Args, f)
	}
}

// targetNames lists the Names a binding target stores to.
func targetNames(t ir.Expr, out []*ir.Name) []*ir.Name {
	switch t := t.(type) {
	case *ir.Name:
		out = append(out, t)
	case *ir.TupleLit:
		for _, e := range t.Elts {
			out = targetNames(e, out)
		}
	case *ir.ListLit:
		for _, e := range t.Elts {
			out = targetNames(e, out)
		}
	case *ir.Starred:
		out = targetNames(t.X, out)
	}
	return out
}

// resolve follows global/nonlocal/free references to the binding symbol; a
// global with no recorded binding symbol is looked up in the module scope.
func (g *gen) resolve(s *ir.Symbol) *ir.Symbol {
	s = resolveSym(s)
	if s != nil && s.Kind == ir.SymGlobal && s.Def == nil && g.m.Scope != nil {
		if ms := g.m.Scope.Names[s.Name]; ms != nil && ms != s {
			return resolveSym(ms)
		}
	}
	return s
}

func resolveSym(s *ir.Symbol) *ir.Symbol {
	for i := 0; s != nil && (s.Kind == ir.SymGlobal || s.Kind == ir.SymFree) && s.Def != nil && s.Def != s && i < 100; i++ {
		s = s.Def
	}
	return s
}
