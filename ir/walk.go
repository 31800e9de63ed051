package ir

// Inspect visits n and everything below it depth-first in source order:
// statements, expressions, *ExceptHandler and *FuncDef bodies (lambdas
// included). n may be a Stmt, an Expr, a []Stmt or a *Module. When f returns
// false the children of that node are skipped. Nil nodes are never passed to f.
func Inspect(n any, f func(n any) bool) {
	switch n := n.(type) {
	case nil:
		return
	case *Module:
		if n != nil {
			inspectStmts(n.Body, f)
		}
	case []Stmt:
		inspectStmts(n, f)
	case Stmt:
		inspectStmt(n, f)
	case Expr:
		inspectExpr(n, f)
	}
}

func inspectStmts(ss []Stmt, f func(any) bool) {
	for _, s := range ss {
		inspectStmt(s, f)
	}
}

func inspectExprs(es []Expr, f func(any) bool) {
	for _, e := range es {
		inspectExpr(e, f)
	}
}

func inspectArgs(as []Arg, f func(any) bool) {
	for _, a := range as {
		inspectExpr(a.Value, f)
	}
}

func inspectStmt(s Stmt, f func(any) bool) {
	if s == nil || !f(s) {
		return
	}
	switch s := s.(type) {
	case *ExprStmt:
		inspectExpr(s.X, f)
	case *Assign:
		inspectExpr(s.Annotation, f)
		inspectExprs(s.Targets, f)
		inspectExpr(s.Value, f)
	case *AugAssign:
		inspectExpr(s.Target, f)
		inspectExpr(s.Value, f)
	case *If:
		inspectExpr(s.Cond, f)
		inspectStmts(s.Body, f)
		inspectStmts(s.Else, f)
	case *While:
		inspectExpr(s.Cond, f)
		inspectStmts(s.Body, f)
		inspectStmts(s.Else, f)
	case *For:
		inspectExpr(s.Target, f)
		inspectExpr(s.Iter, f)
		inspectStmts(s.Body, f)
		inspectStmts(s.Else, f)
	case *Return:
		inspectExpr(s.Value, f)
	case *Delete:
		inspectExprs(s.Targets, f)
	case *Assert:
		inspectExpr(s.Test, f)
		inspectExpr(s.Msg, f)
	case *Raise:
		inspectExpr(s.Exc, f)
		inspectExpr(s.Cause, f)
	case *Try:
		inspectStmts(s.Body, f)
		for _, h := range s.Handlers {
			if h == nil || !f(h) {
				continue
			}
			inspectExpr(h.Type, f)
			inspectStmts(h.Body, f)
		}
		inspectStmts(s.Else, f)
		inspectStmts(s.Finally, f)
	case *With:
		for _, it := range s.Items {
			inspectExpr(it.Ctx, f)
			inspectExpr(it.Var, f)
		}
		inspectStmts(s.Body, f)
	case *FuncDef:
		inspectFunc(s, f)
	case *ClassDef:
		inspectExprs(s.Decorators, f)
		inspectExprs(s.Bases, f)
		inspectStmts(s.Body, f)
	}
}

func inspectFunc(fd *FuncDef, f func(any) bool) {
	inspectExprs(fd.Decorators, f)
	for _, p := range fd.Params {
		inspectExpr(p.Annotation, f)
		inspectExpr(p.Default, f)
	}
	inspectExpr(fd.Returns, f)
	inspectStmts(fd.Body, f)
}

func inspectExpr(e Expr, f func(any) bool) {
	if e == nil || !f(e) {
		return
	}
	switch e := e.(type) {
	case *FString:
		for _, p := range e.Parts {
			inspectExpr(p.X, f)
			if p.Spec != nil {
				inspectExpr(p.Spec, f)
			}
		}
	case *BinOp:
		inspectExpr(e.X, f)
		inspectExpr(e.Y, f)
	case *UnaryOp:
		inspectExpr(e.X, f)
	case *BoolOp:
		inspectExprs(e.Values, f)
	case *Compare:
		inspectExpr(e.Left, f)
		inspectExprs(e.Comparators, f)
	case *Call:
		inspectExpr(e.Func, f)
		inspectArgs(e.Args, f)
	case *Attribute:
		inspectExpr(e.X, f)
	case *Subscript:
		inspectExpr(e.X, f)
		inspectExpr(e.Index, f)
	case *Slice:
		inspectExpr(e.Lo, f)
		inspectExpr(e.Hi, f)
		inspectExpr(e.Step, f)
	case *ListLit:
		inspectExprs(e.Elts, f)
	case *TupleLit:
		inspectExprs(e.Elts, f)
	case *SetLit:
		inspectExprs(e.Elts, f)
	case *DictLit:
		for i := range e.Values {
			inspectExpr(e.Keys[i], f)
			inspectExpr(e.Values[i], f)
		}
	case *Starred:
		inspectExpr(e.X, f)
	case *Comp:
		for i, g := range e.Generators {
			if i == 0 {
				inspectExpr(g.Iter, f)
				inspectExpr(g.Target, f)
			} else {
				inspectExpr(g.Target, f)
				inspectExpr(g.Iter, f)
			}
			inspectExprs(g.Ifs, f)
		}
		inspectExpr(e.Elt, f)
		inspectExpr(e.Value, f)
	case *Lambda:
		if e.Func != nil && f(e.Func) {
			inspectFunc(e.Func, f)
		}
	case *IfExp:
		inspectExpr(e.Cond, f)
		inspectExpr(e.Then, f)
		inspectExpr(e.Else, f)
	case *Await:
		inspectExpr(e.X, f)
	case *Yield:
		if e.X != nil {
			inspectExpr(e.X, f)
		}
	case *NamedExpr:
		inspectExpr(e.Target, f)
		inspectExpr(e.Value, f)
	case *AsyncCall:
		inspectArgs(e.Args, f)
	case *LibCall:
		inspectArgs(e.Args, f)
	case *BuiltinCall:
		inspectArgs(e.Args, f)
	}
}

// RewriteExprs replaces every expression reachable from stmts (nested
// function and lambda bodies included) by f(expr), bottom-up: f sees a node
// whose children were already rewritten. f must return a non-nil Expr.
func RewriteExprs(stmts []Stmt, f func(Expr) Expr) {
	for _, s := range stmts {
		rewriteStmt(s, f)
	}
}

// RewriteExpr is RewriteExprs for a single expression tree.
func RewriteExpr(e Expr, f func(Expr) Expr) Expr { return rw(e, f) }

func rw(e Expr, f func(Expr) Expr) Expr {
	if e == nil {
		return nil
	}
	switch e := e.(type) {
	case *FString:
		rwFString(e, f)
	case *BinOp:
		e.X, e.Y = rw(e.X, f), rw(e.Y, f)
	case *UnaryOp:
		e.X = rw(e.X, f)
	case *BoolOp:
		rwList(e.Values, f)
	case *Compare:
		e.Left = rw(e.Left, f)
		rwList(e.Comparators, f)
	case *Call:
		e.Func = rw(e.Func, f)
		rwArgs(e.Args, f)
	case *Attribute:
		e.X = rw(e.X, f)
	case *Subscript:
		e.X, e.Index = rw(e.X, f), rw(e.Index, f)
	case *Slice:
		e.Lo, e.Hi, e.Step = rw(e.Lo, f), rw(e.Hi, f), rw(e.Step, f)
	case *ListLit:
		rwList(e.Elts, f)
	case *TupleLit:
		rwList(e.Elts, f)
	case *SetLit:
		rwList(e.Elts, f)
	case *DictLit:
		rwList(e.Keys, f)
		rwList(e.Values, f)
	case *Starred:
		e.X = rw(e.X, f)
	case *Comp:
		for i := range e.Generators {
			g := &e.Generators[i]
			g.Iter, g.Target = rw(g.Iter, f), rw(g.Target, f)
			rwList(g.Ifs, f)
		}
		e.Elt, e.Value = rw(e.Elt, f), rw(e.Value, f)
	case *Lambda:
		if e.Func != nil {
			rewriteFunc(e.Func, f)
		}
	case *IfExp:
		e.Cond, e.Then, e.Else = rw(e.Cond, f), rw(e.Then, f), rw(e.Else, f)
	case *Await:
		e.X = rw(e.X, f)
	case *Yield:
		e.X = rw(e.X, f)
	case *NamedExpr:
		if n, ok := rw(e.Target, f).(*Name); ok {
			e.Target = n
		}
		e.Value = rw(e.Value, f)
	case *AsyncCall:
		rwArgs(e.Args, f)
	case *LibCall:
		rwArgs(e.Args, f)
	case *BuiltinCall:
		rwArgs(e.Args, f)
	}
	return f(e)
}

func rwFString(fs *FString, f func(Expr) Expr) {
	for i := range fs.Parts {
		p := &fs.Parts[i]
		p.X = rw(p.X, f)
		if p.Spec != nil {
			rwFString(p.Spec, f)
		}
	}
}

func rwList(es []Expr, f func(Expr) Expr) {
	for i := range es {
		es[i] = rw(es[i], f)
	}
}

func rwArgs(as []Arg, f func(Expr) Expr) {
	for i := range as {
		as[i].Value = rw(as[i].Value, f)
	}
}

func rewriteFunc(fd *FuncDef, f func(Expr) Expr) {
	rwList(fd.Decorators, f)
	for _, p := range fd.Params {
		p.Annotation, p.Default = rw(p.Annotation, f), rw(p.Default, f)
	}
	fd.Returns = rw(fd.Returns, f)
	RewriteExprs(fd.Body, f)
}

func rewriteStmt(s Stmt, f func(Expr) Expr) {
	switch s := s.(type) {
	case *ExprStmt:
		s.X = rw(s.X, f)
	case *Assign:
		s.Annotation = rw(s.Annotation, f)
		rwList(s.Targets, f)
		s.Value = rw(s.Value, f)
	case *AugAssign:
		s.Target, s.Value = rw(s.Target, f), rw(s.Value, f)
	case *If:
		s.Cond = rw(s.Cond, f)
		RewriteExprs(s.Body, f)
		RewriteExprs(s.Else, f)
	case *While:
		s.Cond = rw(s.Cond, f)
		RewriteExprs(s.Body, f)
		RewriteExprs(s.Else, f)
	case *For:
		s.Target, s.Iter = rw(s.Target, f), rw(s.Iter, f)
		RewriteExprs(s.Body, f)
		RewriteExprs(s.Else, f)
	case *Return:
		s.Value = rw(s.Value, f)
	case *Delete:
		rwList(s.Targets, f)
	case *Assert:
		s.Test, s.Msg = rw(s.Test, f), rw(s.Msg, f)
	case *Raise:
		s.Exc, s.Cause = rw(s.Exc, f), rw(s.Cause, f)
	case *Try:
		RewriteExprs(s.Body, f)
		for _, h := range s.Handlers {
			h.Type = rw(h.Type, f)
			RewriteExprs(h.Body, f)
		}
		RewriteExprs(s.Else, f)
		RewriteExprs(s.Finally, f)
	case *With:
		for i := range s.Items {
			s.Items[i].Ctx, s.Items[i].Var = rw(s.Items[i].Ctx, f), rw(s.Items[i].Var, f)
		}
		RewriteExprs(s.Body, f)
	case *FuncDef:
		rewriteFunc(s, f)
	case *ClassDef:
		rwList(s.Decorators, f)
		rwList(s.Bases, f)
		RewriteExprs(s.Body, f)
	}
}

// IsConstTrue reports a `while True:` / `while 1:` condition, whose loop
// ends only by break. The frontend's definite-assignment analysis and
// codegen's termination check must agree on it.
func IsConstTrue(e Expr) bool {
	switch e := e.(type) {
	case *BoolLit:
		return e.Value
	case *IntLit:
		return e.Value != "0"
	}
	return false
}
