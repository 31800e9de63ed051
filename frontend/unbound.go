package frontend

import (
	"github.com/pyasync2go/pyasync2go/ir"
)

// Definite assignment: which reads of a variable may find it unbound.
//
// CPython raises UnboundLocalError or NameError when a read finds its
// variable unbound: before the first assignment, on a branch that did not
// assign it, after `del`, after an empty `for`, after the `except ... as`
// clause that bound it. The translated program stores variables in Go
// variables, so it must check for an "unbound" sentinel wherever that can
// happen. checkUnbound proves most reads bound, so they cost nothing, and
// marks the rest (ir.Name.Check, ir.Symbol.MayBeUnbound) for codegen.
//
// Within a scope the analysis follows control flow: a variable is
// definitely bound at a point when every path from the scope's start
// assigns it and no `del` or except-clause end unbinds it afterwards.
//
// A read from a nested function (a global read in a def, a closure's free
// variable) cannot be placed in the defining scope's flow: the function may
// run at any later time. Such a read is proven bound when the variable is
// never unbound once bound (no `del` or `except ... as` of it anywhere) and
// it is bound by the defining scope's "prefix": the leading statements that
// run no user code (defs, imports, class statements, assignments of
// literals, calls of library functions with constant arguments). No nested
// code can run before the prefix ends, so every later read finds the
// variable bound. This covers the usual module layout: constants and defs
// first, `asyncio.run(main())` last.

// checkUnbound runs the analysis over the whole module.
func checkUnbound(m *ir.Module) {
	a := &daModule{unbindable: map[*ir.Symbol]bool{}, prefix: map[*ir.Scope]map[*ir.Symbol]bool{}}
	ir.Inspect(m.Body, func(n any) bool {
		switch n := n.(type) {
		case *ir.Delete:
			for _, t := range n.Targets {
				for _, nm := range delNames(t) {
					a.unbindable[defSym(nm.Sym)] = true
				}
			}
		case *ir.ExceptHandler:
			if n.Name != "" && n.Sym != nil {
				a.unbindable[defSym(n.Sym)] = true
			}
		}
		return true
	})
	a.scope(m.Scope, nil, m.Body)
	for len(a.queue) > 0 {
		fd := a.queue[0]
		a.queue = a.queue[1:]
		a.scope(fd.Scope, fd.Params, fd.Body)
	}
}

func defSym(s *ir.Symbol) *ir.Symbol {
	if s != nil && s.Def != nil {
		return s.Def
	}
	return s
}

// delNames returns the names a del target unbinds.
func delNames(t ir.Expr) []*ir.Name {
	switch t := t.(type) {
	case *ir.Name:
		return []*ir.Name{t}
	case *ir.TupleLit:
		var out []*ir.Name
		for _, e := range t.Elts {
			out = append(out, delNames(e)...)
		}
		return out
	case *ir.ListLit:
		var out []*ir.Name
		for _, e := range t.Elts {
			out = append(out, delNames(e)...)
		}
		return out
	}
	return nil
}

type daModule struct {
	// unbindable: binding symbols that some del or except clause unbinds.
	unbindable map[*ir.Symbol]bool
	// prefix: per scope, the symbols its prefix binds.
	prefix map[*ir.Scope]map[*ir.Symbol]bool
	queue  []*ir.FuncDef
}

// daState is the set of symbols definitely bound at a point; dead marks a
// point no path reaches (after return, raise, break, continue).
type daState struct {
	dead  bool
	bound map[*ir.Symbol]bool
}

func (s daState) copy() daState {
	if s.dead {
		return s
	}
	m := make(map[*ir.Symbol]bool, len(s.bound))
	for k := range s.bound {
		m[k] = true
	}
	return daState{bound: m}
}

// meet is the state where two paths join: bound on both.
func meet(a, b daState) daState {
	if a.dead {
		return b.copy()
	}
	if b.dead {
		return a.copy()
	}
	m := map[*ir.Symbol]bool{}
	for k := range a.bound {
		if b.bound[k] {
			m[k] = true
		}
	}
	return daState{bound: m}
}

func (s daState) without(syms map[*ir.Symbol]bool) daState {
	out := s.copy()
	for k := range syms {
		delete(out.bound, k)
	}
	return out
}

type daLoop struct{ breaks []daState }

// daScope analyses one module or function body.
type daScope struct {
	a     *daModule
	sc    *ir.Scope
	loops []*daLoop
}

func (a *daModule) scope(sc *ir.Scope, params []*ir.Param, body []ir.Stmt) {
	if sc == nil {
		return
	}
	d := &daScope{a: a, sc: sc}
	st := daState{bound: map[*ir.Symbol]bool{}}
	for _, p := range params {
		if s := p.Sym; s != nil {
			st.bound[s] = true
		} else if s := sc.Names[p.Name]; s != nil {
			st.bound[s] = true
		}
	}
	// The prefix: leading statements that run no user code.
	pre := st.copy()
	for _, s := range body {
		if !pureStmt(s) {
			break
		}
		pre = d.stmt(s, pre, true)
	}
	a.prefix[sc] = pre.bound
	d.stmts(body, st)
}

func (d *daScope) stmts(ss []ir.Stmt, st daState) daState {
	for _, s := range ss {
		st = d.stmt(s, st, false)
	}
	return st
}

// bind records a store of a name.
func bind(st daState, s *ir.Symbol) {
	if !st.dead && s != nil {
		st.bound[s] = true
	}
}

// stmt returns the state after s. quiet: only compute the state (the
// prefix scan), do not mark reads or queue nested functions.
func (d *daScope) stmt(s ir.Stmt, st daState, quiet bool) daState {
	if quiet {
		// The prefix holds only pure statements: straight-line bindings.
		for _, sym := range pureBindings(s) {
			bind(st, sym)
		}
		return st
	}
	switch s := s.(type) {
	case *ir.ExprStmt:
		d.expr(s.X, st)
	case *ir.Assign:
		d.expr(s.Value, st)
		for _, t := range s.Targets {
			d.target(t, st)
		}
	case *ir.AugAssign:
		if nm, ok := s.Target.(*ir.Name); ok {
			d.read(nm, st)
		} else {
			d.target(s.Target, st)
		}
		d.expr(s.Value, st)
		if nm, ok := s.Target.(*ir.Name); ok {
			bind(st, nm.Sym)
		}
	case *ir.If:
		d.expr(s.Cond, st)
		return meet(d.stmts(s.Body, st.copy()), d.stmts(s.Else, st.copy()))
	case *ir.While:
		return d.loop(st, ir.IsConstTrue(s.Cond), func(h daState) daState {
			d.expr(s.Cond, h)
			return h
		}, nil, s.Body, s.Else)
	case *ir.For:
		d.expr(s.Iter, st)
		return d.loop(st, false, nil, s.Target, s.Body, s.Else)
	case *ir.Break:
		if n := len(d.loops); n > 0 {
			d.loops[n-1].breaks = append(d.loops[n-1].breaks, st.copy())
		}
		return daState{dead: true}
	case *ir.Continue:
		return daState{dead: true}
	case *ir.Return:
		d.expr(s.Value, st)
		return daState{dead: true}
	case *ir.Raise:
		d.expr(s.Exc, st)
		d.expr(s.Cause, st)
		return daState{dead: true}
	case *ir.Delete:
		for _, t := range s.Targets {
			d.del(t, st)
		}
	case *ir.Assert:
		d.expr(s.Test, st)
		d.expr(s.Msg, st.copy())
	case *ir.Try:
		return d.try(s, st)
	case *ir.With:
		for _, it := range s.Items {
			d.expr(it.Ctx, st)
			if it.Var != nil {
				d.target(it.Var, st)
			}
		}
		// The exit may swallow an exception raised anywhere in the body.
		out := d.stmts(s.Body, st.copy())
		return meet(out, st.without(unbound(s.Body)))
	case *ir.FuncDef:
		d.funcDef(s, st)
		bind(st, s.Sym)
	case *ir.ClassDef:
		for _, b := range s.Bases {
			d.expr(b, st)
		}
		bind(st, s.Sym)
	case *ir.Import:
		for _, in := range s.Names {
			bind(st, in.Sym)
		}
	case *ir.ImportFrom:
		for _, in := range s.Names {
			bind(st, in.Sym)
		}
	}
	return st
}

func (d *daScope) funcDef(fd *ir.FuncDef, st daState) {
	for _, e := range fd.Decorators {
		d.expr(e, st)
	}
	for _, p := range fd.Params {
		d.expr(p.Default, st)
	}
	d.a.queue = append(d.a.queue, fd)
}

// loop analyses a while (cond != nil) or for (target != nil) loop entered
// in state st. Paths only bind names, except where the body unbinds them,
// so the state at the loop head (on entry and on every path back to it) is
// the entry state minus what the body may unbind: no fixed point to find.
func (d *daScope) loop(st daState, forever bool, cond func(daState) daState, target ir.Expr, body, orelse []ir.Stmt) daState {
	head := st.without(unbound(body))
	if cond != nil {
		head = cond(head)
	}
	lp := &daLoop{}
	d.loops = append(d.loops, lp)
	in := head.copy()
	if target != nil {
		d.target(target, in)
	}
	d.stmts(body, in)
	d.loops = d.loops[:len(d.loops)-1]
	exit := daState{dead: true}
	if !forever {
		exit = d.stmts(orelse, head.copy())
	}
	for _, b := range lp.breaks {
		exit = meet(exit, b)
	}
	return exit
}

func (d *daScope) try(s *ir.Try, st daState) daState {
	entry := st.copy()
	body := d.stmts(s.Body, st)
	// An exception may leave the body at any point: only what was bound on
	// entry and nothing in the body unbinds is bound in a handler.
	hin := entry.without(unbound(s.Body))
	normal := d.stmts(s.Else, body)
	for _, h := range s.Handlers {
		hs := hin.copy()
		d.expr(h.Type, hs)
		bind(hs, h.Sym)
		out := d.stmts(h.Body, hs)
		if !out.dead && h.Sym != nil {
			delete(out.bound, h.Sym)
		}
		normal = meet(normal, out)
	}
	if len(s.Finally) == 0 {
		return normal
	}
	// The finally clause also runs for an exception (or a return, break or
	// continue) from anywhere in the statement.
	all := unbound(s.Body)
	for _, h := range s.Handlers {
		for k := range unbound(h.Body) {
			all[k] = true
		}
		if h.Sym != nil {
			all[h.Sym] = true
		}
	}
	for k := range unbound(s.Else) {
		all[k] = true
	}
	d.stmts(s.Finally, meet(normal, entry.without(all)))
	if fin := unbound(s.Finally); len(fin) > 0 {
		// A break in the try leaves through the finally clause.
		for _, lp := range d.loops {
			for i := range lp.breaks {
				lp.breaks[i] = lp.breaks[i].without(fin)
			}
		}
	}
	// The state after the statement: the finally clause run after the
	// normal path (its reads were marked by the run above, which started
	// from fewer bound names).
	saved := d.loops
	d.loops = nil
	out := d.stmts(s.Finally, normal.copy())
	d.loops = saved
	return out
}

// unbound returns the symbols that ss may unbind: del targets and the names
// of except clauses, nested statements included.
func unbound(ss []ir.Stmt) map[*ir.Symbol]bool {
	out := map[*ir.Symbol]bool{}
	ir.Inspect(ss, func(n any) bool {
		switch n := n.(type) {
		case *ir.Delete:
			for _, t := range n.Targets {
				for _, nm := range delNames(t) {
					if nm.Sym != nil {
						out[nm.Sym] = true
					}
				}
			}
		case *ir.ExceptHandler:
			if n.Name != "" && n.Sym != nil {
				out[n.Sym] = true
			}
		case *ir.FuncDef, *ir.Lambda:
			return false
		}
		return true
	})
	return out
}

// target binds an assignment target, evaluating the expressions inside it.
func (d *daScope) target(t ir.Expr, st daState) {
	switch t := t.(type) {
	case *ir.Name:
		bind(st, t.Sym)
	case *ir.TupleLit:
		for _, e := range t.Elts {
			d.target(e, st)
		}
	case *ir.ListLit:
		for _, e := range t.Elts {
			d.target(e, st)
		}
	case *ir.Starred:
		d.target(t.X, st)
	default:
		d.expr(t, st)
	}
}

func (d *daScope) del(t ir.Expr, st daState) {
	switch t := t.(type) {
	case *ir.Name:
		d.read(t, st)
		if !st.dead {
			delete(st.bound, t.Sym)
		}
	case *ir.TupleLit:
		for _, e := range t.Elts {
			d.del(e, st)
		}
	case *ir.ListLit:
		for _, e := range t.Elts {
			d.del(e, st)
		}
	default:
		d.expr(t, st)
	}
}

// expr evaluates e's reads in state st; an assignment expression binds.
func (d *daScope) expr(e ir.Expr, st daState) {
	switch e := e.(type) {
	case nil:
	case *ir.Name:
		d.read(e, st)
	case *ir.NamedExpr:
		d.expr(e.Value, st)
		bind(st, e.Target.Sym)
	case *ir.BoolOp:
		// Only the first operand always runs.
		for i, v := range e.Values {
			if i == 0 {
				d.expr(v, st)
			} else {
				d.expr(v, st.copy())
			}
		}
	case *ir.IfExp:
		d.expr(e.Cond, st)
		d.expr(e.Then, st.copy())
		d.expr(e.Else, st.copy())
	case *ir.Comp:
		// The first iterable runs here; the rest runs inline (possibly
		// zero times) with the comprehension's own variables.
		for i, g := range e.Generators {
			if i == 0 {
				d.expr(g.Iter, st)
				st = st.copy()
			} else {
				d.expr(g.Iter, st)
			}
			d.target(g.Target, st)
			for _, c := range g.Ifs {
				d.expr(c, st)
			}
		}
		d.expr(e.Elt, st)
		d.expr(e.Value, st)
	case *ir.Lambda:
		if e.Func != nil {
			d.funcDef(e.Func, st)
		}
	default:
		ir.Inspect(e, func(n any) bool {
			if n == e {
				return true
			}
			if c, ok := n.(ir.Expr); ok {
				d.expr(c, st)
			}
			return false
		})
	}
}

// read marks a read of nm that st does not prove bound.
func (d *daScope) read(nm *ir.Name, st daState) {
	s := nm.Sym
	if s == nil || st.dead || s.Kind == ir.SymBuiltin {
		return
	}
	def := defSym(s)
	if def == nil {
		return
	}
	switch s.Kind {
	case ir.SymLocal, ir.SymParam:
		if st.bound[s] {
			return
		}
		nm.Check = ir.CheckLocal
		if s.Scope != nil && s.Scope.Kind == ir.ModuleScope {
			nm.Check = ir.CheckGlobal
		}
	case ir.SymGlobal, ir.SymFree:
		if !d.a.unbindable[def] && (st.bound[s] || st.bound[def] || d.a.prefix[def.Scope][def]) {
			return
		}
		nm.Check = ir.CheckFree
		if s.Kind == ir.SymGlobal {
			nm.Check = ir.CheckGlobal
		}
	default:
		return
	}
	def.MayBeUnbound = true
}

// pureStmt reports whether s runs no user code, so no nested function can
// run while it executes.
func pureStmt(s ir.Stmt) bool {
	switch s := s.(type) {
	case *ir.Pass, *ir.Import, *ir.ImportFrom, *ir.Global, *ir.Nonlocal:
		return true
	case *ir.ExprStmt:
		return pureExpr(s.X)
	case *ir.Assign:
		if !pureExpr(s.Value) {
			return false
		}
		for _, t := range s.Targets {
			if !pureTarget(t) {
				return false
			}
		}
		return true
	case *ir.FuncDef:
		if len(s.Decorators) > 0 {
			return false
		}
		for _, p := range s.Params {
			if p.Default != nil && !pureExpr(p.Default) {
				return false
			}
		}
		return true
	case *ir.ClassDef:
		for _, b := range s.Bases {
			if !pureExpr(b) {
				return false
			}
		}
		return true
	}
	return false
}

func pureTarget(t ir.Expr) bool {
	switch t := t.(type) {
	case *ir.Name:
		return true
	case *ir.TupleLit:
		for _, e := range t.Elts {
			if !pureTarget(e) {
				return false
			}
		}
		return true
	case *ir.ListLit:
		for _, e := range t.Elts {
			if !pureTarget(e) {
				return false
			}
		}
		return true
	}
	return false
}

// pureBindings returns the symbols a pure statement binds.
func pureBindings(s ir.Stmt) []*ir.Symbol {
	var out []*ir.Symbol
	var targets func(t ir.Expr)
	targets = func(t ir.Expr) {
		switch t := t.(type) {
		case *ir.Name:
			out = append(out, t.Sym)
		case *ir.TupleLit:
			for _, e := range t.Elts {
				targets(e)
			}
		case *ir.ListLit:
			for _, e := range t.Elts {
				targets(e)
			}
		}
	}
	switch s := s.(type) {
	case *ir.Import:
		for _, in := range s.Names {
			out = append(out, in.Sym)
		}
	case *ir.ImportFrom:
		for _, in := range s.Names {
			out = append(out, in.Sym)
		}
	case *ir.Assign:
		for _, t := range s.Targets {
			targets(t)
		}
	case *ir.FuncDef:
		out = append(out, s.Sym)
	case *ir.ClassDef:
		out = append(out, s.Sym)
	}
	return out
}

// pureExpr reports whether evaluating e cannot run user code. Before the
// first impure statement no user object exists (making one takes a call),
// so operators and attribute access only meet literals, library objects,
// functions and classes, none of which run Python code of the program.
// Calls of builtins and library functions are pure when their arguments
// are constants: a name could hand them a user function to call.
func pureExpr(e ir.Expr) bool {
	pure := true
	ir.Inspect(e, func(n any) bool {
		switch n := n.(type) {
		case *ir.Call, *ir.Await, *ir.Yield, *ir.NamedExpr, *ir.Comp:
			// A yield or an await suspends: other code runs meanwhile.
			pure = false
		case *ir.Lambda:
			for _, p := range n.Func.Params {
				if p.Default != nil && !pureExpr(p.Default) {
					pure = false
				}
			}
			return false
		case *ir.AsyncCall:
			pure = pure && constArgs(n.Args)
			return false
		case *ir.LibCall:
			pure = pure && constArgs(n.Args)
			return false
		case *ir.BuiltinCall:
			pure = pure && constArgs(n.Args)
			return false
		}
		return pure
	})
	return pure
}

// constArgs reports whether call arguments hold no names, calls or
// functions.
func constArgs(args []ir.Arg) bool {
	ok := true
	for _, a := range args {
		ir.Inspect(a.Value, func(n any) bool {
			switch n.(type) {
			case *ir.Name, *ir.Call, *ir.Await, *ir.Yield, *ir.NamedExpr, *ir.Comp, *ir.Lambda, *ir.FuncDef,
				*ir.AsyncCall, *ir.LibCall, *ir.BuiltinCall:
				ok = false
			}
			return ok
		})
	}
	return ok
}
