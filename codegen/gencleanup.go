package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Generators with cleanup (DESIGN.md, "Generators with cleanup"). CPython
// closes a generator — throws GeneratorExit in at its yield, running the
// finally clauses, the with blocks' __exit__ and the `except
// GeneratorExit` clauses around it — the moment its last reference goes
// away. A generator function whose close runs code is a cleanup generator:
// a yield inside try/finally, with, an except clause that can catch
// GeneratorExit, a loop over another cleanup generator's call (closing the
// outer one drops the inner one), or a yield from such a call.
//
// Where the translation knows the moment the last reference goes away, it
// closes the generator there (py.DropIters):
//   - `for x in gen(...)` (also through enumerate, zip, map and filter):
//     the loop's iterator is on the value stack, dropped when the loop
//     ends, breaks, returns (after the value is computed) or an exception
//     leaves it (during unwinding, before any handler or finally clause of
//     the enclosing function); the loop is lowered to try/finally;
//   - a call passed straight to a builtin that consumes it (list, sum,
//     any, next, "sep".join, ...): the argument dies when the builtin
//     returns or raises (py.DropAfter);
//   - `yield from gen(...)`: the delegating generator closes it when it is
//     closed itself (PEP 380).
//
// Every other use of a cleanup generator function — the generator stored
// in a variable, returned, iterated by a comprehension (whose frame a
// traceback keeps alive), passed to other code, the function used as a
// value — is rejected at that use, naming why.

// consumerBuiltins are the builtins that take an iterable argument, drive
// it without keeping a reference past their return, and are implemented in
// C (no frame of theirs can keep the argument alive in a traceback).
var consumerBuiltins = map[string]bool{
	"list": true, "tuple": true, "set": true, "frozenset": true, "dict": true,
	"sorted": true, "sum": true, "min": true, "max": true, "any": true, "all": true,
	"next": true,
}

// loopWrappers are the builtins whose iterator a for loop can hold in
// place of the generator: dropping the wrapper drops the generator.
var loopWrappers = map[string]bool{"enumerate": true, "zip": true, "map": true, "filter": true}

// analyzeGenCleanup finds the cleanup generator functions and checks every
// use of them (before any code is emitted, so each diagnostic is reported
// once, at the use).
func (g *gen) analyzeGenCleanup() {
	g.cleanupGens = map[*ir.Symbol]*ir.FuncDef{}
	g.cleanupDefReason = map[*ir.FuncDef]string{}
	var defs []*ir.FuncDef
	walk(g.m.Body, func(n any) bool {
		if d, ok := n.(*ir.FuncDef); ok && d.IsGenerator && !d.IsAsync && !drivenToEnd(d) {
			defs = append(defs, d)
		}
		return true
	})
	// A generator looping over (or delegating to) a cleanup generator is
	// one itself: iterate to the fixpoint.
	cleanup := map[*ir.FuncDef]bool{}
	for changed := true; changed; {
		changed = false
		for _, d := range defs {
			if !cleanup[d] && g.closeRunsCode(d.Body) {
				cleanup[d] = true
				changed = true
				if d.Sym != nil {
					g.cleanupGens[d.Sym] = d
				}
			}
		}
	}
	for _, d := range defs {
		if !cleanup[d] {
			continue
		}
		switch {
		case d.Class != nil:
			g.cleanupDefReason[d] = "a method: the translation cannot follow its generators from the calls of it"
		case len(d.Decorators) > 0:
			g.cleanupDefReason[d] = "decorated: the decorator may keep its generators"
		case d.Sym == nil || d.Sym.Bindings > 1:
			g.cleanupDefReason[d] = "its name is bound more than once"
		}
	}
	g.checkCleanupUses()
}

// closeRunsCode reports whether closing a generator suspended in body runs
// code: a yield inside try/finally (or its finally clause), with, an except
// clause that can catch GeneratorExit, a loop over a cleanup generator's
// call, or a yield from such a call.
func (g *gen) closeRunsCode(body []ir.Stmt) bool {
	found := false
	var visit func(ss []ir.Stmt, guarded bool)
	visit = func(ss []ir.Stmt, guarded bool) {
		for _, s := range ss {
			if found {
				return
			}
			switch s := s.(type) {
			case *ir.Try:
				inner := guarded || len(s.Finally) > 0
				for _, h := range s.Handlers {
					inner = inner || catchesGeneratorExit(h.Type)
				}
				visit(s.Body, inner)
				visit(s.Else, guarded || len(s.Finally) > 0)
				for _, h := range s.Handlers {
					visit(h.Body, guarded || len(s.Finally) > 0)
				}
				// A generator suspended in a finally clause would be
				// closed there too.
				visit(s.Finally, true)
				continue
			case *ir.If:
				visit(s.Body, guarded)
				visit(s.Else, guarded)
				continue
			case *ir.While:
				visit(s.Body, guarded)
				visit(s.Else, guarded)
				continue
			case *ir.For:
				visit(s.Body, guarded || !s.IsAsync && len(g.loopDropCalls(s.Iter)) > 0)
				visit(s.Else, guarded)
				continue
			case *ir.With:
				visit(s.Body, true)
				continue
			}
			if guarded && suspends(s) || g.delegatesToCleanup(s) {
				found = true
			}
		}
	}
	visit(body, false)
	return found
}

// delegatesToCleanup reports a `yield from` of a cleanup generator's call
// in the statement (outside nested functions).
func (g *gen) delegatesToCleanup(s ir.Stmt) bool {
	found := false
	walk(s, func(n any) bool {
		switch n := n.(type) {
		case *ir.Yield:
			found = found || n.From && g.cleanupCall(n.X) != nil
		case *ir.FuncDef, *ir.Lambda, *ir.ClassDef:
			return false
		}
		return !found
	})
	return found
}

// cleanupDef is the cleanup generator function a call expression's callee
// names, or nil.
func (g *gen) cleanupDef(f ir.Expr) *ir.FuncDef {
	nm, ok := f.(*ir.Name)
	if !ok || nm.Sym == nil {
		return nil
	}
	return g.cleanupGens[g.resolve(nm.Sym)]
}

// cleanupCall is e when it calls a cleanup generator function, else nil.
func (g *gen) cleanupCall(e ir.Expr) *ir.Call {
	if c, ok := e.(*ir.Call); ok && g.cleanupDef(c.Func) != nil {
		return c
	}
	return nil
}

// builtinOf is the name and arguments of a call of an unshadowed builtin.
func (g *gen) builtinOf(e ir.Expr) (string, []ir.Arg, bool) {
	switch e := e.(type) {
	case *ir.BuiltinCall:
		return e.Name, e.Args, true
	case *ir.Call:
		if nm, ok := e.Func.(*ir.Name); ok {
			if s := g.resolve(nm.Sym); s == nil || s.Kind == ir.SymBuiltin {
				return nm.Id, e.Args, true
			}
		}
	}
	return "", nil, false
}

// loopDropCalls are the cleanup generator calls a for loop's iterable
// makes that only the loop's iterator holds: the iterable itself, or the
// generators an enumerate, zip, map or filter around them holds.
func (g *gen) loopDropCalls(iter ir.Expr) []*ir.Call {
	return g.heldCalls(iter)
}

// heldCalls are the cleanup generator calls that e is, or that the
// enumerate, zip, map or filter iterator that e is holds (through further
// such wrappers), in source order.
func (g *gen) heldCalls(e ir.Expr) []*ir.Call {
	if c := g.cleanupCall(e); c != nil {
		return []*ir.Call{c}
	}
	name, args, ok := g.builtinOf(e)
	if !ok || !loopWrappers[name] {
		return nil
	}
	var out []*ir.Call
	for _, a := range args {
		if a.Name == "" && !a.Star && !a.DoubleStar {
			out = append(out, g.heldCalls(a.Value)...)
		}
	}
	return out
}

// consumerDropCalls are the cleanup generator calls passed to a consuming
// builtin (or "sep".join) that e is, straight or through wrappers
// (heldCalls), which die with its return. CPython drops a call's
// arguments first to last but a zip's iterators last to first (a tuple's
// dealloc); DropIters does the latter, so only one argument may hold them.
func (g *gen) consumerDropCalls(e ir.Expr) []*ir.Call {
	var args []ir.Arg
	if name, bargs, ok := g.builtinOf(e); ok && consumerBuiltins[name] {
		args = bargs
	} else if c, ok := e.(*ir.Call); ok {
		at, ok := c.Func.(*ir.Attribute)
		if !ok || at.Name != "join" {
			return nil
		}
		if _, lit := at.X.(*ir.StrLit); !lit {
			return nil
		}
		args = c.Args
	}
	var out []*ir.Call
	holders := 0
	for _, a := range args {
		if a.Name == "" && !a.Star && !a.DoubleStar {
			if held := g.heldCalls(a.Value); len(held) > 0 {
				holders++
				out = append(out, held...)
			}
		}
	}
	if holders > 1 {
		return nil
	}
	return out
}

// checkCleanupUses reports every use of a cleanup generator function whose
// generator's last reference the translation cannot place.
func (g *gen) checkCleanupUses() {
	if len(g.cleanupGens) == 0 {
		return
	}
	// why: the reason a call at a known place is rejected.
	why := map[*ir.Call]string{}
	allowed := map[*ir.Call]bool{}
	allow := func(calls []*ir.Call) {
		for _, c := range calls {
			allowed[c] = true
		}
	}
	walk(g.m.Body, func(n any) bool {
		switch n := n.(type) {
		case *ir.For:
			if !n.IsAsync {
				allow(g.loopDropCalls(n.Iter))
			}
		case *ir.Yield:
			if c := g.cleanupCall(n.X); c != nil && n.From {
				allowed[c] = true
			}
		case *ir.Comp:
			for _, gn := range n.Generators {
				if c := g.cleanupCall(gn.Iter); c != nil {
					why[c] = "iterated by a comprehension or generator expression, whose frame an exception's traceback keeps alive (with the generator) until the traceback is freed"
				}
			}
		case *ir.Assign:
			if c := g.cleanupCall(n.Value); c != nil {
				why[c] = "stored without a `try: ... finally: NAME.close()` right after: CPython closes the generator when the last reference to it goes away (an exception's traceback keeps a function's variables alive), which the translation cannot follow"
			}
		case *ir.With:
			for _, it := range n.Items {
				if c := g.closingCall(it.Ctx); c != nil {
					allowed[c] = true
				}
			}
		case *ir.Return:
			if c := g.cleanupCall(n.Value); c != nil {
				why[c] = "returned: CPython closes the generator when the caller drops it, which the translation cannot follow"
			}
		case ir.Expr:
			if calls := g.consumerDropCalls(n); len(calls) > 0 {
				if suspends(n) {
					for _, c := range calls {
						why[c] = "passed to a builtin whose other arguments await or yield"
					}
				} else {
					allow(calls)
				}
			}
		}
		return true
	})
	// `gen = g(...)` right before `try: ... finally: gen.close()`: the
	// finally clause closes it, whatever keeps it alive afterwards.
	walk(g.m.Body, func(n any) bool {
		for _, ss := range stmtLists(n) {
			for i := 0; i+1 < len(ss); i++ {
				if c := g.closedAfter(ss[i], ss[i+1]); c != nil {
					allowed[c] = true
				}
			}
		}
		return true
	})
	for i := 0; i+1 < len(g.m.Body); i++ {
		if c := g.closedAfter(g.m.Body[i], g.m.Body[i+1]); c != nil {
			allowed[c] = true
		}
	}
	var visit func(n any) bool
	visit = func(n any) bool {
		switch n := n.(type) {
		case *ir.Call:
			d := g.cleanupDef(n.Func)
			if d == nil {
				return true
			}
			// A def the translation rejects is reported at the def
			// (generatorBlocker).
			if g.cleanupDefReason[d] == "" && !allowed[n] {
				r := why[n]
				if r == "" {
					r = "passed to code the translation cannot follow; CPython closes the generator when the last reference to it goes away"
				}
				g.errorf(n.Pos, "the generator of %s() runs cleanup code when it is closed, and here it is %s: iterate the call with a for loop, pass it straight to list(), sum(), any(), next() or similar, delegate to it with yield from, use it in `with contextlib.closing(...)`, or store it right before a try whose finally clause starts by closing it", d.Name, r)
			}
			walkArgs(n.Args, visit)
			return false
		case *ir.Name:
			if d := g.cleanupDef(n); d != nil && g.cleanupDefReason[d] == "" {
				g.errorf(n.Pos, "%s is a generator function whose generators run cleanup code when closed; used as a value, the translation cannot follow when CPython closes them: call it where the generator is consumed", d.Name)
			}
		}
		return true
	}
	walk(g.m.Body, visit)
}

// closingCall is the cleanup generator call that e passes to
// contextlib.closing, or nil: as a with item, closing's __exit__ closes
// the generator when the block ends.
func (g *gen) closingCall(e ir.Expr) *ir.Call {
	var args []ir.Arg
	switch e := e.(type) {
	case *ir.LibCall:
		if e.Module != "contextlib" || e.Name != "closing" {
			return nil
		}
		args = e.Args
	case *ir.Call:
		f, ok := e.Func.(*ir.LibAttr)
		if !ok || f.Module != "contextlib" || f.Name != "closing" {
			return nil
		}
		args = e.Args
	default:
		return nil
	}
	if len(args) != 1 || args[0].Name != "" || args[0].Star || args[0].DoubleStar {
		return nil
	}
	return g.cleanupCall(args[0].Value)
}

// closedAfter is the cleanup generator call of `name = gen(...)` (first)
// when next is a try statement whose finally clause starts with
// `name.close()`, name bound only there; else nil.
func (g *gen) closedAfter(first, next ir.Stmt) *ir.Call {
	as, ok := first.(*ir.Assign)
	if !ok || len(as.Targets) != 1 {
		return nil
	}
	call := g.cleanupCall(as.Value)
	target, ok := as.Targets[0].(*ir.Name)
	if call == nil || !ok {
		return nil
	}
	sym := g.resolve(target.Sym)
	try, ok := next.(*ir.Try)
	if !ok || sym == nil || sym.Bindings != 1 || len(try.Finally) == 0 {
		return nil
	}
	es, ok := try.Finally[0].(*ir.ExprStmt)
	if !ok {
		return nil
	}
	c, ok := es.X.(*ir.Call)
	if !ok || len(c.Args) != 0 {
		return nil
	}
	at, ok := c.Func.(*ir.Attribute)
	if !ok || at.Name != "close" {
		return nil
	}
	nm, ok := at.X.(*ir.Name)
	if !ok || g.resolve(nm.Sym) != sym {
		return nil
	}
	return call
}

// stmtLists are the statement lists directly inside a node.
func stmtLists(n any) [][]ir.Stmt {
	switch n := n.(type) {
	case *ir.FuncDef:
		return [][]ir.Stmt{n.Body}
	case *ir.ClassDef:
		return [][]ir.Stmt{n.Body}
	case *ir.If:
		return [][]ir.Stmt{n.Body, n.Else}
	case *ir.While:
		return [][]ir.Stmt{n.Body, n.Else}
	case *ir.For:
		return [][]ir.Stmt{n.Body, n.Else}
	case *ir.With:
		return [][]ir.Stmt{n.Body}
	case *ir.Try:
		out := [][]ir.Stmt{n.Body, n.Else, n.Finally}
		for _, h := range n.Handlers {
			out = append(out, h.Body)
		}
		return out
	}
	return nil
}

// keepCall is the code of a cleanup generator call whose generator the
// current drop site records (py.Keep), or nil when it records none.
func (c *fnCtx) keepCall(e ir.Expr) *jen.Statement {
	call, ok := e.(*ir.Call)
	if !ok {
		return nil
	}
	v := c.keepVars[call]
	if v == nil {
		return nil
	}
	delete(c.keepVars, call)
	code := c.val(call).c
	c.keepVars[call] = v
	return jen.Qual(pyPath, "Keep").Call(jen.Op("&").Id(v.name), code)
}

// dropLoop lowers `for x in gen(...)` (gen a cleanup generator function)
// to
//
//	try:
//	    for x in gen(...): ...   # each such call recorded in _gen
//	finally:
//	    <drop _gen>             # py.DropIters
//
// so that every way out of the loop closes the generator first, as
// CPython's value stack drops the loop's iterator; nil when s is not such
// a loop.
func (c *fnCtx) dropLoop(s *ir.For) []ir.Stmt {
	if s.IsAsync {
		return nil
	}
	calls := c.g.loopDropCalls(s.Iter)
	if len(calls) == 0 || c.keepVars[calls[0]] != nil {
		return nil
	}
	if c.keepVars == nil {
		c.keepVars = map[*ir.Call]*varRef{}
	}
	pos := ir.StmtBase{Pos: s.Pos}
	var gens []ir.Arg
	for _, call := range calls {
		v := c.local("_gen", jen.Any())
		c.keepVars[call] = v
		sym := &ir.Symbol{Name: v.name, Kind: ir.SymLocal}
		c.g.vars[sym] = v
		gens = append(gens, ir.Arg{Value: &ir.Name{ExprBase: ir.ExprBase{Pos: s.Pos}, Id: v.name, Sym: sym}})
	}
	loop := *s
	drop := &ir.ExprStmt{StmtBase: pos, X: &ir.BuiltinCall{ExprBase: ir.ExprBase{Pos: s.Pos}, Name: dropItersBuiltin, Args: gens}}
	return []ir.Stmt{&ir.Try{StmtBase: pos, Body: []ir.Stmt{&loop}, Finally: []ir.Stmt{drop}}}
}

// dropsLoop reports a for loop dropLoop lowers (its Go code declares the
// try's result).
func (g *gen) dropsLoop(s ir.Stmt) bool {
	f, ok := s.(*ir.For)
	return ok && !f.IsAsync && len(g.loopDropCalls(f.Iter)) > 0
}

// dropItersBuiltin names the statement dropLoop's finally clause runs; no
// Python name has a space.
const dropItersBuiltin = "drop iters"

// dropIters is the code of dropLoop's finally clause.
func (c *fnCtx) dropIters(args []ir.Arg) xr {
	var vals []jen.Code
	for _, a := range args {
		vals = append(vals, c.expr(a.Value))
	}
	return xr{c: jen.Qual(pyPath, "DropIters").Call(vals...), void: true}
}

// dropAfter is the code of a consuming builtin's call with cleanup
// generator arguments (consumerDropCalls): py.DropAfter closes them once
// the call returned or raised. ok is false when e is no such call.
func (c *fnCtx) dropAfter(e ir.Expr) (xr, bool) {
	calls := c.g.consumerDropCalls(e)
	if len(calls) == 0 || c.keepVars[calls[0]] != nil {
		return xr{}, false
	}
	if c.keepVars == nil {
		c.keepVars = map[*ir.Call]*varRef{}
	}
	var ptrs []jen.Code
	for _, call := range calls {
		v := c.local("_gen", jen.Any())
		c.keepVars[call] = v
		ptrs = append(ptrs, jen.Op("&").Id(v.name))
	}
	r := c.val(e)
	code := r.c
	if r.typed {
		code = box(code, r.t)
	}
	for _, call := range calls {
		delete(c.keepVars, call)
	}
	args := append([]jen.Code{jen.Func().Params().Any().Block(jen.Return(code))}, ptrs...)
	return xr{c: jen.Qual(pyPath, "DropAfter").Call(args...), call: true}, true
}
