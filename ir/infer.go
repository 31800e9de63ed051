package ir

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pyasync2go/pyasync2go/surface"
)

// Type inference is flow-insensitive and whole-program. Every expression and
// symbol owns a type variable (a node of a union-find forest). Values move
// between slots through directional flows (assignment, argument passing,
// return, storing into a container): the destination becomes the join of all
// its sources, so `f(1); f("a")` makes f's parameter Any while both literals
// keep their own types. Constructor arguments (a list's element type, a
// future's result type) are invariant because the objects are mutable and
// aliased; they are unified, never joined.
//
// Any is the top of the lattice and only ever grows: an unbound variable is
// bottom ("no value ever arrives here"). Whenever a value reaches code that
// is typed Any, nothing more can be learnt about what that code does to it,
// so the value "escapes": the parts that dynamic code could change (a list's
// elements, a function's parameters, a future's result) become Any too.
// Constraints are re-run until nothing changes, which is what makes the
// result independent of the order in which facts were discovered.

type nodeKind int

const (
	kVar nodeKind = iota // unbound: bottom
	kAny
	kBasic
	kList  // args[0] = element
	kSet   // args[0] = element
	kDict  // args[0] = key, args[1] = value
	kTuple // args = elements
	kCoro  // args[0] = result
	kTask  // args[0] = result
	kFuture
	kObject    // name; args[0] = element when the object has one
	kFunc      // funcs: every def/lambda that may be this value
	kBound     // bound method: name, args[0] = receiver
	kBuiltinFn // a builtin function used as a value: name
	kClass     // an exception class used as a value: name
	kModule    // a module or an opaque library attribute: name
)

type node struct {
	parent  *node
	kind    nodeKind
	basic   Kind
	name    string
	args    []*node
	funcs   []*funcInfo
	escaped bool
}

type funcInfo struct {
	def     *FuncDef
	params  []*node // one per Param
	result  *node   // what the body returns (for async defs: what await yields)
	coro    *node   // Coro{result}, what calling an async def gives
	async   bool
	escaped bool
}

type argv struct {
	n     *node
	e     Expr
	name  string
	star  bool
	dstar bool
}

type constraint struct {
	run   func(c *ctx)
	cache map[string]*node
}

// ctx is handed to a constraint each time it runs.
type ctx struct {
	s       *solver
	con     *constraint
	force   bool
	waiting bool
}

// get returns the root of n. An unbound root makes the constraint wait for
// more information; once the solver has nothing left to learn it re-runs the
// waiting constraints with force set, and bottom inputs are then taken as Any.
func (c *ctx) get(n *node) *node {
	r := find(n)
	if r.kind == kVar {
		if c.force {
			c.s.poison(r)
			return find(n)
		}
		c.waiting = true
	}
	return r
}

// node returns a node created once per constraint: constraints run many times
// and must not mint fresh variables on every run, or they would never settle.
func (c *ctx) node(key string, mk func() *node) *node {
	if c.con.cache == nil {
		c.con.cache = map[string]*node{}
	}
	if n, ok := c.con.cache[key]; ok {
		return n
	}
	n := mk()
	c.con.cache[key] = n
	return n
}

type annCheck struct {
	ann    Expr
	target *node
	what   string // the sentence's subject
	ret    bool
	// stub: the def's body is only a docstring, `...` or `pass` (a
	// protocol or abstract method), whose None says nothing against the
	// annotation: typed, never checked.
	stub bool
}

type solver struct {
	m           *Module
	changes     int
	exprs       map[Expr]*node
	exprOrder   []Expr
	syms        map[*Symbol]*node
	symOrder    []*Symbol
	funcs       map[*FuncDef]*funcInfo
	constraints []*constraint
	cur         *funcInfo // function whose body is being walked
	anns        []annCheck
	compScopes  []*Scope
	exported    map[*node]Type
	exporting   map[*node]bool
}

// Infer types every symbol and expression of m and returns warnings for
// annotations that disagree with the inferred types. It never fails: where
// no single static type fits, the type is Any.
func Infer(m *Module) Diagnostics {
	s := &solver{
		m:     m,
		exprs: map[Expr]*node{},
		syms:  map[*Symbol]*node{},
		funcs: map[*FuncDef]*funcInfo{},
	}
	s.stmts(m.Body)
	for _, f := range m.Funcs {
		s.funcInfo(f) // defs the walk did not reach still get typed
	}
	s.solve()
	s.export()
	return s.checkAnnotations()
}

// ---------------------------------------------------------------- union-find

func find(n *node) *node {
	r := n
	for r.parent != nil {
		r = r.parent
	}
	for n.parent != nil {
		next := n.parent
		n.parent = r
		n = next
	}
	return r
}

func (s *solver) newVar() *node { return &node{} }

func (s *solver) newBasic(k Kind) *node {
	if k == KAny {
		return &node{kind: kAny}
	}
	return &node{kind: kBasic, basic: k}
}

func (s *solver) newCons(k nodeKind, args ...*node) *node { return &node{kind: k, args: args} }

func (s *solver) newObject(name string, elem *node) *node {
	n := &node{kind: kObject, name: name}
	if elem != nil {
		n.args = []*node{elem}
	}
	return n
}

func isExceptionObject(n *node) bool {
	return n.kind == kObject && strings.HasPrefix(n.name, "Exception:")
}

// compatible: same constructor, so the two can be merged argument-wise.
func compatible(a, b *node) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case kBasic:
		return a.basic == b.basic
	case kObject, kBound, kBuiltinFn, kClass, kModule:
		return a.name == b.name && len(a.args) == len(b.args)
	case kTuple:
		return len(a.args) == len(b.args)
	}
	return true
}

func (s *solver) poison(n *node) {
	r := find(n)
	if r.kind != kAny {
		s.collapse(r)
	}
}

func (s *solver) collapse(r *node) {
	old := *r
	r.kind, r.args, r.funcs, r.name = kAny, nil, nil, ""
	s.changes++
	s.escapeParts(&old)
}

func (s *solver) escape(n *node) {
	r := find(n)
	if r.kind == kAny || r.escaped {
		return
	}
	r.escaped = true
	s.changes++
	s.escapeParts(r)
}

// escapeParts applies what dynamic code could do to a value of shape r.
func (s *solver) escapeParts(r *node) {
	switch r.kind {
	case kList, kSet, kDict, kFuture:
		for _, a := range r.args {
			s.poison(a)
		}
	case kObject:
		switch r.name {
		case "Queue", "PriorityQueue", "LifoQueue":
			for _, a := range r.args {
				s.poison(a)
			}
		default:
			for _, a := range r.args {
				s.escape(a)
			}
		}
	case kTuple, kCoro, kTask, kBound:
		for _, a := range r.args {
			s.escape(a)
		}
	case kFunc:
		for _, f := range r.funcs {
			s.escapeFunc(f)
		}
	}
}

func (s *solver) escapeFunc(f *funcInfo) {
	if f.escaped {
		return
	}
	f.escaped = true
	s.changes++
	for _, p := range f.params {
		s.poison(p)
	}
	s.escape(f.result)
}

func (s *solver) link(from, to *node) {
	from.parent = to
	if from.escaped && !to.escaped {
		to.escaped = true
		s.escapeParts(to)
	}
}

func (s *solver) unify(a, b *node) {
	a, b = find(a), find(b)
	if a == b {
		return
	}
	s.changes++
	switch {
	case a.kind == kVar:
		s.link(a, b)
		return
	case b.kind == kVar:
		s.link(b, a)
		return
	case a.kind == kAny:
		s.collapse(b)
		s.link(b, a)
		return
	case b.kind == kAny:
		s.collapse(a)
		s.link(a, b)
		return
	}
	if !compatible(a, b) {
		if isExceptionObject(a) && isExceptionObject(b) {
			b.name = "Exception:BaseException"
			s.link(a, b)
			return
		}
		s.collapse(a)
		s.collapse(b)
		s.link(a, b)
		return
	}
	aArgs, aFuncs := a.args, a.funcs
	a.parent = b
	for i := range aArgs {
		s.unify(aArgs[i], b.args[i])
	}
	b.funcs = unionFuncs(b.funcs, aFuncs)
	if a.escaped || b.escaped {
		b.escaped = true
		s.escapeParts(b)
	}
}

func unionFuncs(into, from []*funcInfo) []*funcInfo {
	for _, f := range from {
		found := false
		for _, g := range into {
			if g == f {
				found = true
				break
			}
		}
		if !found {
			into = append(into, f)
		}
	}
	return into
}

// bind gives an unbound root the shape of model, sharing model's arguments
// (so they are unified, not copied).
func (s *solver) bind(r, model *node) {
	r.kind, r.basic, r.name = model.kind, model.basic, model.name
	r.args = model.args
	r.funcs = append([]*funcInfo(nil), model.funcs...)
	s.changes++
	if r.escaped {
		s.escapeParts(r)
	}
}

// flow makes dst at least as general as src: dst becomes the join of
// everything that flows into it.
func (s *solver) flow(src, dst *node) {
	sr := find(src)
	if sr.kind == kVar {
		return
	}
	dr := find(dst)
	if sr == dr {
		return
	}
	switch {
	case dr.kind == kAny:
		s.escape(sr)
	case sr.kind == kAny:
		s.poison(dr)
	case dr.kind == kVar:
		s.bind(dr, sr)
	case compatible(sr, dr):
		for i := range sr.args {
			s.unify(sr.args[i], dr.args[i])
		}
		if sr.kind == kFunc {
			n := len(dr.funcs)
			dr.funcs = unionFuncs(dr.funcs, sr.funcs)
			if len(dr.funcs) != n {
				s.changes++
				if dr.escaped {
					s.escapeParts(dr)
				}
			}
		}
	case isExceptionObject(sr) && isExceptionObject(dr):
		if dr.name != "Exception:BaseException" {
			dr.name = "Exception:BaseException"
			s.changes++
		}
	default:
		s.poison(dr)
		s.escape(sr)
	}
}

func (s *solver) flowBasic(dst *node, k Kind) {
	dr := find(dst)
	switch {
	case dr.kind == kAny:
	case dr.kind == kVar:
		dr.kind, dr.basic = kBasic, k
		s.changes++
	case dr.kind == kBasic && dr.basic == k:
	default:
		s.poison(dr)
	}
}

// flowObject flows an argument-less library object.
func (s *solver) flowObject(dst *node, name string) {
	dr := find(dst)
	switch {
	case dr.kind == kAny:
	case dr.kind == kVar:
		dr.kind, dr.name = kObject, name
		s.changes++
	case dr.kind == kObject && dr.name == name && len(dr.args) == 0:
	case dr.kind == kObject && isExceptionObject(dr) && strings.HasPrefix(name, "Exception:"):
		if dr.name != "Exception:BaseException" {
			dr.name = "Exception:BaseException"
			s.changes++
		}
	default:
		s.poison(dr)
	}
}

// ---------------------------------------------------------------- solving

func (s *solver) constrain(run func(c *ctx)) {
	s.constraints = append(s.constraints, &constraint{run: run})
}

func (s *solver) addFlow(src, dst *node) {
	s.constrain(func(*ctx) { s.flow(src, dst) })
}

func (s *solver) solve() {
	for {
		var waiting []*constraint
		for {
			before := s.changes
			waiting = waiting[:0]
			for _, con := range s.constraints {
				c := &ctx{s: s, con: con}
				con.run(c)
				if c.waiting {
					waiting = append(waiting, con)
				}
			}
			if s.changes == before {
				break
			}
		}
		if len(waiting) == 0 {
			return
		}
		for _, con := range waiting {
			con.run(&ctx{s: s, con: con, force: true})
		}
	}
}

// ---------------------------------------------------------------- symbols and functions

func (s *solver) symNode(sym *Symbol) *node {
	if sym == nil {
		return s.newBasic(KAny)
	}
	if (sym.Kind == SymFree || sym.Kind == SymGlobal) && sym.Def != nil && sym.Def != sym {
		n := s.symNode(sym.Def)
		if _, ok := s.syms[sym]; !ok {
			s.syms[sym] = n
			s.symOrder = append(s.symOrder, sym)
		}
		return n
	}
	if n, ok := s.syms[sym]; ok {
		return n
	}
	var n *node
	if sym.Kind == SymBuiltin {
		n = builtinValue(sym.Name)
	} else {
		n = s.newVar()
	}
	s.syms[sym] = n
	s.symOrder = append(s.symOrder, sym)
	return n
}

func builtinValue(name string) *node {
	switch {
	case name == "__name__" || name == "__file__" || name == "__doc__":
		return &node{kind: kBasic, basic: KStr}
	case surface.ExceptionClass(name) != "":
		return &node{kind: kClass, name: name}
	case surface.LookupBuiltin(name) != nil:
		return &node{kind: kBuiltinFn, name: name}
	}
	return &node{kind: kAny}
}

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

func (s *solver) funcInfo(def *FuncDef) *funcInfo {
	if f, ok := s.funcs[def]; ok {
		return f
	}
	f := &funcInfo{def: def, result: s.newVar(), async: def.IsAsync && !def.IsGenerator}
	f.coro = s.newCons(kCoro, f.result)
	s.funcs[def] = f
	for _, p := range def.Params {
		pn := s.symNode(p.Sym)
		f.params = append(f.params, pn)
		switch p.Kind {
		case ParamVarArgs:
			s.poison(pn)
		case ParamVarKw:
			s.flow(s.newCons(kDict, s.newBasic(KStr), s.newVar()), pn)
		}
		if p.Annotation != nil {
			s.anns = append(s.anns, annCheck{ann: p.Annotation, target: pn,
				what: "parameter " + p.Name + " of " + def.Name})
		}
	}
	if def.Returns != nil {
		s.anns = append(s.anns, annCheck{ann: def.Returns, target: f.result, what: def.Name, ret: true, stub: isStubBody(def.Body)})
	}
	// Defaults and decorators are evaluated where the def is, the body later.
	for i, p := range def.Params {
		if p.Default != nil {
			s.addFlow(s.expr(p.Default), f.params[i])
		}
	}
	saved := s.cur
	s.cur = f
	s.stmts(def.Body)
	if def.IsGenerator {
		s.poison(f.result)
	} else if !def.IsLambda && fallsThrough(def.Body) {
		s.addFlow(s.newBasic(KNone), f.result)
	}
	s.cur = saved
	return f
}

func (s *solver) funcValue(f *funcInfo) *node {
	return &node{kind: kFunc, funcs: []*funcInfo{f}}
}

// fallsThrough reports whether control can reach the end of body, in which
// case the function returns None there.
func fallsThrough(body []Stmt) bool {
	if len(body) == 0 {
		return true
	}
	switch last := body[len(body)-1].(type) {
	case *Return, *Raise:
		return false
	case *If:
		return last.Else == nil || fallsThrough(last.Body) || fallsThrough(last.Else)
	case *While:
		return !isTrueConst(last.Cond) || hasBreak(last.Body)
	case *Try:
		if len(last.Finally) > 0 && !fallsThrough(last.Finally) {
			return false
		}
		through := fallsThrough(last.Body)
		if through && len(last.Else) > 0 {
			through = fallsThrough(last.Else)
		}
		for _, h := range last.Handlers {
			through = through || fallsThrough(h.Body)
		}
		return through
	case *With:
		return fallsThrough(last.Body)
	}
	return true
}

func isTrueConst(e Expr) bool {
	switch e := e.(type) {
	case *BoolLit:
		return e.Value
	case *IntLit:
		return strings.Trim(e.Value, "0_") != ""
	}
	return false
}

func hasBreak(body []Stmt) bool {
	for _, st := range body {
		switch st := st.(type) {
		case *Break:
			return true
		case *If:
			if hasBreak(st.Body) || hasBreak(st.Else) {
				return true
			}
		case *Try:
			if hasBreak(st.Body) || hasBreak(st.Else) || hasBreak(st.Finally) {
				return true
			}
			for _, h := range st.Handlers {
				if hasBreak(h.Body) {
					return true
				}
			}
		case *With:
			if hasBreak(st.Body) {
				return true
			}
		}
	}
	return false
}

// ---------------------------------------------------------------- statements

func (s *solver) stmts(body []Stmt) {
	for _, st := range body {
		s.stmt(st)
	}
}

func (s *solver) stmt(st Stmt) {
	switch st := st.(type) {
	case *ExprStmt:
		s.expr(st.X)
	case *Assign:
		v := s.expr(st.Value)
		if st.Annotation != nil {
			s.annotationExpr(st.Annotation)
			if len(st.Targets) == 1 {
				if name, ok := st.Targets[0].(*Name); ok {
					s.anns = append(s.anns, annCheck{ann: st.Annotation, target: s.symNode(name.Sym), what: name.Id})
				}
			}
		}
		for _, t := range st.Targets {
			s.assign(t, v)
		}
	case *AugAssign:
		cur := s.expr(st.Target)
		v := s.expr(st.Value)
		res := s.newVar()
		op, y, yExpr := st.Op, v, st.Value
		s.constrain(func(c *ctx) { s.binop(c, op, cur, y, yExpr, res) })
		s.store(st.Target, res)
	case *If:
		s.expr(st.Cond)
		s.stmts(st.Body)
		s.stmts(st.Else)
	case *While:
		s.expr(st.Cond)
		s.stmts(st.Body)
		s.stmts(st.Else)
	case *For:
		it := s.expr(st.Iter)
		elem := s.newVar()
		if st.IsAsync {
			s.poison(elem)
		} else {
			s.constrain(func(c *ctx) { s.iterElem(c, it, elem) })
		}
		s.assign(st.Target, elem)
		s.stmts(st.Body)
		s.stmts(st.Else)
	case *Return:
		if s.cur == nil {
			if st.Value != nil {
				s.expr(st.Value)
			}
			return
		}
		if st.Value != nil {
			s.addFlow(s.expr(st.Value), s.cur.result)
		} else {
			s.addFlow(s.newBasic(KNone), s.cur.result)
		}
	case *Delete:
		for _, t := range st.Targets {
			s.expr(t)
		}
	case *Assert:
		s.expr(st.Test)
		if st.Msg != nil {
			s.expr(st.Msg)
		}
	case *Raise:
		if st.Exc != nil {
			s.expr(st.Exc)
		}
		if st.Cause != nil {
			s.expr(st.Cause)
		}
	case *Try:
		s.stmts(st.Body)
		for _, h := range st.Handlers {
			exc := s.newVar()
			if h.Type != nil {
				cls := s.expr(h.Type)
				star := st.Star
				s.constrain(func(c *ctx) { s.caught(c, cls, exc, star) })
			} else {
				s.flowObject(exc, "Exception:BaseException")
			}
			if h.Sym != nil {
				s.addFlow(exc, s.symNode(h.Sym))
			}
			s.stmts(h.Body)
		}
		s.stmts(st.Else)
		s.stmts(st.Finally)
	case *With:
		for _, item := range st.Items {
			cm := s.expr(item.Ctx)
			if item.Var != nil {
				v := s.newVar()
				async := st.IsAsync
				s.constrain(func(c *ctx) { s.entered(c, cm, v, async) })
				s.assign(item.Var, v)
			}
		}
		s.stmts(st.Body)
	case *Import:
		for _, in := range st.Names {
			if in.Sym == nil {
				continue
			}
			name := in.Name
			if in.Alias == "" {
				name, _, _ = strings.Cut(name, ".") // `import os.path` binds os
			}
			s.addFlow(&node{kind: kModule, name: name}, s.symNode(in.Sym))
		}
	case *ImportFrom:
		for _, in := range st.Names {
			if in.Sym == nil {
				continue
			}
			var v *node
			if isLibClass(st.Module, in.Name) {
				v = &node{kind: kClass, name: in.Name}
			} else {
				v = &node{kind: kModule, name: st.Module + "." + in.Name}
			}
			s.addFlow(v, s.symNode(in.Sym))
		}
	case *FuncDef:
		for _, d := range st.Decorators {
			s.expr(d)
		}
		f := s.funcInfo(st)
		fv := s.funcValue(f)
		if st.Sym != nil {
			sym := s.symNode(st.Sym)
			if len(st.Decorators) > 0 {
				// A decorator may call the function with anything and binds
				// whatever it returns.
				s.escapeFunc(f)
				s.poison(sym)
			} else {
				s.addFlow(fv, sym)
			}
		}
	case *ClassDef:
		for _, d := range st.Decorators {
			s.expr(d)
		}
		for _, base := range st.Bases {
			s.expr(base)
		}
		s.stmts(st.Body)
		// The class namespace is dynamic: methods are called through
		// attributes with any arguments, and class attributes can be
		// rebound from anywhere.
		for _, b := range st.Body {
			if fd, ok := b.(*FuncDef); ok {
				s.escapeFunc(s.funcInfo(fd))
			}
		}
		if st.Scope != nil {
			for _, sym := range st.Scope.Order {
				s.poison(s.symNode(sym))
			}
		}
		if st.Sym != nil {
			if st.IsException && len(st.Decorators) == 0 {
				s.addFlow(&node{kind: kClass, name: st.Name}, s.symNode(st.Sym))
			} else {
				s.poison(s.symNode(st.Sym))
			}
		}
	case *Global, *Nonlocal, *Pass, *Break, *Continue:
	default:
		panic(fmt.Sprintf("ir.Infer: statement %T is not implemented", st))
	}
}

// isLibClass reports whether module.name is a library exception class
// (asyncio.CancelledError).
func isLibClass(module, name string) bool {
	e := surface.Lookup(module, name)
	return e != nil && e.Kind == surface.Class
}

// assign binds the value v to a target expression.
func (s *solver) assign(target Expr, v *node) {
	switch t := target.(type) {
	case *Name:
		n := s.symNode(t.Sym)
		s.setExpr(t, n)
		s.addFlow(v, n)
	case *TupleLit:
		s.setExpr(t, v)
		s.unpack(t.Elts, v)
	case *ListLit:
		s.setExpr(t, v)
		s.unpack(t.Elts, v)
	case *Subscript:
		x := s.expr(t.X)
		idx := s.expr(t.Index)
		s.setExpr(t, v)
		_, isSlice := t.Index.(*Slice)
		s.constrain(func(c *ctx) { s.storeItem(c, x, idx, v, isSlice) })
	case *Starred:
		s.setExpr(t, v)
		s.assign(t.X, v)
	default:
		// attribute assignment and anything else: the value leaves our sight
		s.expr(target)
		s.constrain(func(*ctx) { s.escape(v) })
	}
}

// store writes v back into the place an augmented assignment read.
func (s *solver) store(target Expr, v *node) {
	switch t := target.(type) {
	case *Name:
		s.addFlow(v, s.symNode(t.Sym))
	case *Subscript:
		x, idx := s.expr(t.X), s.expr(t.Index)
		_, isSlice := t.Index.(*Slice)
		s.constrain(func(c *ctx) { s.storeItem(c, x, idx, v, isSlice) })
	default:
		s.constrain(func(*ctx) { s.escape(v) })
	}
}

func (s *solver) unpack(elts []Expr, v *node) {
	star := -1
	targets := make([]*node, len(elts))
	for i, e := range elts {
		if st, ok := e.(*Starred); ok && star < 0 {
			star = i
			targets[i] = s.newCons(kList, s.newVar())
			s.setExpr(st, targets[i])
			s.assign(st.X, targets[i])
			continue
		}
		targets[i] = s.newVar()
		s.assign(e, targets[i])
	}
	s.constrain(func(c *ctx) {
		r := c.get(v)
		if r.kind == kVar {
			return
		}
		if r.kind == kTuple {
			n := len(r.args)
			if star < 0 {
				if n != len(targets) {
					for _, t := range targets {
						s.poison(t)
					}
					return
				}
				for i, t := range targets {
					s.flow(r.args[i], t)
				}
				return
			}
			after := len(targets) - star - 1
			if n < star+after {
				for _, t := range targets {
					s.poison(t)
				}
				return
			}
			for i := 0; i < star; i++ {
				s.flow(r.args[i], targets[i])
			}
			for i := star; i < n-after; i++ {
				s.flow(r.args[i], targets[star].args[0])
			}
			for i := 0; i < after; i++ {
				s.flow(r.args[n-after+i], targets[star+1+i])
			}
			return
		}
		for i, t := range targets {
			if i == star {
				s.iterElem(c, v, t.args[0])
			} else {
				s.iterElem(c, v, t)
			}
		}
	})
}

// caught types the exception an `except CLS as e` handler binds.
func (s *solver) caught(c *ctx, cls, exc *node, star bool) {
	r := c.get(cls)
	if r.kind == kVar {
		return
	}
	if star {
		// a BaseExceptionGroup when it holds a CancelledError or another
		// BaseException, an ExceptionGroup otherwise
		s.flowObject(exc, "Exception:BaseExceptionGroup")
		return
	}
	switch r.kind {
	case kClass:
		s.flowObject(exc, "Exception:"+r.name)
	case kTuple:
		for _, a := range r.args {
			if ar := c.get(a); ar.kind == kClass {
				s.flowObject(exc, "Exception:"+ar.name)
			} else if ar.kind != kVar {
				s.poison(exc)
			}
		}
	default:
		s.poison(exc)
	}
}

// entered types the `as` target of a with statement.
func (s *solver) entered(c *ctx, cm, v *node, async bool) {
	r := c.get(cm)
	if r.kind == kVar {
		return
	}
	if async && r.kind == kObject {
		switch r.name {
		case "Lock", "Semaphore", "BoundedSemaphore", "Condition":
			s.flowBasic(v, KNone)
			return
		case "TaskGroup", "Timeout":
			s.flow(r, v)
			return
		}
	}
	s.poison(v)
	s.escape(r)
}

// ---------------------------------------------------------------- expressions

func (s *solver) setExpr(e Expr, n *node) {
	if _, ok := s.exprs[e]; !ok {
		s.exprOrder = append(s.exprOrder, e)
	}
	s.exprs[e] = n
}

// annotationExpr types an annotation expression itself: it is never a value
// the program computes with.
func (s *solver) annotationExpr(e Expr) {
	// Every part of an annotation gets a type, not just its root
	// (`self.items: list[str] = []` in a method).
	inspectExpr(e, func(n any) bool {
		if x, ok := n.(Expr); ok {
			if _, seen := s.exprs[x]; !seen {
				s.setExpr(x, s.newBasic(KAny))
			}
		}
		return true
	})
}

func (s *solver) args(args []Arg) []argv {
	out := make([]argv, len(args))
	for i, a := range args {
		out[i] = argv{n: s.expr(a.Value), e: a.Value, name: a.Name, star: a.Star, dstar: a.DoubleStar}
	}
	return out
}

func (s *solver) expr(e Expr) *node {
	if e == nil {
		return s.newBasic(KAny) // only in a module the frontend rejected
	}
	if n, ok := s.exprs[e]; ok {
		return n
	}
	n := s.exprNode(e)
	s.setExpr(e, n)
	return n
}

func (s *solver) exprNode(e Expr) *node {
	switch e := e.(type) {
	case *Name:
		return s.symNode(e.Sym)
	case *IntLit:
		return s.newBasic(KInt)
	case *FloatLit:
		return s.newBasic(KFloat)
	case *ImagLit:
		return s.newObject("complex", nil)
	case *StrLit:
		return s.newBasic(KStr)
	case *BytesLit:
		return s.newObject("bytes", nil)
	case *BoolLit:
		return s.newBasic(KBool)
	case *NoneLit:
		return s.newBasic(KNone)
	case *EllipsisLit:
		return s.newObject("ellipsis", nil)
	case *FString:
		s.fstring(e)
		return s.newBasic(KStr)
	case *BinOp:
		x, y, res := s.expr(e.X), s.expr(e.Y), s.newVar()
		op, yExpr := e.Op, e.Y
		s.constrain(func(c *ctx) { s.binop(c, op, x, y, yExpr, res) })
		return res
	case *UnaryOp:
		x, res := s.expr(e.X), s.newVar()
		op := e.Op
		if op == Not {
			return s.newBasic(KBool)
		}
		s.constrain(func(c *ctx) { s.unop(c, op, x, res) })
		return res
	case *BoolOp:
		res := s.newVar()
		for _, v := range e.Values {
			s.addFlow(s.expr(v), res)
		}
		return res
	case *Compare:
		s.expr(e.Left)
		for _, x := range e.Comparators {
			s.expr(x)
		}
		return s.newBasic(KBool)
	case *Call:
		return s.call(e)
	case *Attribute:
		x, res := s.expr(e.X), s.newVar()
		bound := &node{kind: kBound, name: e.Name, args: []*node{x}}
		name := e.Name
		s.constrain(func(c *ctx) { s.attr(c, x, name, bound, res) })
		return res
	case *Subscript:
		x, res := s.expr(e.X), s.newVar()
		s.expr(e.Index)
		ie := e.Index
		s.constrain(func(c *ctx) { s.loadItem(c, x, ie, res) })
		return res
	case *Slice:
		for _, p := range []Expr{e.Lo, e.Hi, e.Step} {
			if p != nil {
				s.expr(p)
			}
		}
		return s.newObject("slice", nil)
	case *ListLit:
		elem := s.newVar()
		s.elements(e.Elts, elem)
		return s.newCons(kList, elem)
	case *SetLit:
		elem := s.newVar()
		s.elements(e.Elts, elem)
		return s.newCons(kSet, elem)
	case *TupleLit:
		parts := make([]*node, len(e.Elts))
		for i, x := range e.Elts {
			if _, ok := x.(*Starred); ok {
				// unknown length: no tuple type fits
				elem := s.newVar()
				s.elements(e.Elts, elem)
				s.escape(elem)
				return s.newBasic(KAny)
			}
			parts[i] = s.newVar()
			s.addFlow(s.expr(x), parts[i])
		}
		return s.newCons(kTuple, parts...)
	case *DictLit:
		k, v := s.newVar(), s.newVar()
		for i, key := range e.Keys {
			val := s.expr(e.Values[i])
			if key == nil {
				s.constrain(func(c *ctx) {
					r := c.get(val)
					switch r.kind {
					case kVar:
					case kDict:
						s.flow(r.args[0], k)
						s.flow(r.args[1], v)
					default:
						s.poison(k)
						s.poison(v)
						s.escape(r)
					}
				})
				continue
			}
			s.addFlow(s.expr(key), k)
			s.addFlow(val, v)
		}
		return s.newCons(kDict, k, v)
	case *Starred:
		x := s.expr(e.X)
		s.constrain(func(*ctx) { s.escape(x) })
		return s.newBasic(KAny)
	case *Comp:
		return s.comp(e)
	case *Lambda:
		return s.funcValue(s.funcInfo(e.Func))
	case *IfExp:
		s.expr(e.Cond)
		res := s.newVar()
		s.addFlow(s.expr(e.Then), res)
		s.addFlow(s.expr(e.Else), res)
		return res
	case *Await:
		x, res := s.expr(e.X), s.newVar()
		s.constrain(func(c *ctx) { s.awaited(c, x, res) })
		return res
	case *Yield:
		// What send passes in, or a subgenerator's return value.
		if e.X != nil {
			s.escape(s.expr(e.X))
		}
		res := s.newVar()
		s.poison(res)
		return res
	case *NamedExpr:
		v := s.expr(e.Value)
		s.assign(e.Target, v)
		res := s.newVar()
		s.addFlow(v, res)
		return res
	case *ModuleRef:
		return &node{kind: kModule, name: e.Module}
	case *LibAttr:
		return s.libAttr(e.Module, e.Name)
	case *AsyncCall:
		args, res := s.args(e.Args), s.newVar()
		op := e.Op
		s.constrain(func(c *ctx) { s.asyncCall(c, op, args, res) })
		return res
	case *LibCall:
		args, res := s.args(e.Args), s.newVar()
		entry := surface.Lookup(e.Module, e.Name)
		s.constrain(func(c *ctx) { s.libCall(c, entry, args, res) })
		return res
	case *BuiltinCall:
		args, res := s.args(e.Args), s.newVar()
		name := e.Name
		s.constrain(func(c *ctx) { s.builtin(c, name, args, res) })
		return res
	}
	panic(fmt.Sprintf("ir.Infer: expression %T is not implemented", e))
}

func (s *solver) fstring(f *FString) {
	for _, p := range f.Parts {
		if p.X != nil {
			s.expr(p.X)
		}
		if p.Spec != nil {
			s.setExpr(p.Spec, s.newBasic(KStr))
			s.fstring(p.Spec)
		}
	}
}

// elements flows the items of a list/set display into elem.
func (s *solver) elements(elts []Expr, elem *node) {
	for _, x := range elts {
		if st, ok := x.(*Starred); ok {
			inner := s.expr(st.X)
			s.setExpr(st, inner)
			s.constrain(func(c *ctx) { s.iterElem(c, inner, elem) })
			continue
		}
		s.addFlow(s.expr(x), elem)
	}
}

func (s *solver) comp(e *Comp) *node {
	if e.Scope != nil {
		s.compScopes = append(s.compScopes, e.Scope)
	}
	for _, g := range e.Generators {
		it := s.expr(g.Iter)
		elem := s.newVar()
		if g.IsAsync {
			s.poison(elem)
		} else {
			s.constrain(func(c *ctx) { s.iterElem(c, it, elem) })
		}
		s.assign(g.Target, elem)
		for _, cond := range g.Ifs {
			s.expr(cond)
		}
	}
	elem := s.newVar()
	s.addFlow(s.expr(e.Elt), elem)
	switch e.Kind {
	case ListComp:
		return s.newCons(kList, elem)
	case SetComp:
		return s.newCons(kSet, elem)
	case DictComp:
		v := s.newVar()
		s.addFlow(s.expr(e.Value), v)
		return s.newCons(kDict, elem, v)
	}
	return s.newObject("generator", elem)
}

func (s *solver) call(e *Call) *node {
	res := s.newVar()
	if at, ok := e.Func.(*Attribute); ok {
		recv := s.expr(at.X)
		s.setExpr(at, &node{kind: kBound, name: at.Name, args: []*node{recv}})
		args := s.args(e.Args)
		name := at.Name
		s.constrain(func(c *ctx) { s.method(c, recv, name, args, res) })
		return res
	}
	fn := s.expr(e.Func)
	args := s.args(e.Args)
	s.constrain(func(c *ctx) { s.callValue(c, fn, args, res) })
	return res
}

func (s *solver) libAttr(module, name string) *node {
	if isLibClass(module, name) {
		return &node{kind: kClass, name: name}
	}
	if e := surface.Lookup(module, name); e != nil && e.Kind == surface.Value {
		switch e.Result {
		case surface.StrList:
			return s.newCons(kList, s.newBasic(KStr))
		case surface.TextIO:
			return s.newObject("TextIO", nil)
		case surface.Int:
			return s.newBasic(KInt)
		case surface.Float:
			return s.newBasic(KFloat)
		case surface.Str:
			return s.newBasic(KStr)
		}
	}
	return &node{kind: kModule, name: module + "." + name}
}

// ---------------------------------------------------------------- constraint bodies

func (s *solver) escapeArgs(args []argv) {
	for _, a := range args {
		s.escape(a.n)
	}
}

// unknown is the fallback for operations we know nothing about: the result
// is Any and everything handed to the operation escapes.
func (s *solver) unknown(args []argv, res *node, also ...*node) {
	s.escapeArgs(args)
	for _, n := range also {
		s.escape(n)
	}
	s.poison(res)
}

func positional(args []argv) []argv {
	var out []argv
	for _, a := range args {
		if a.name == "" && !a.star && !a.dstar {
			out = append(out, a)
		}
	}
	return out
}

func keyword(args []argv, name string) *argv {
	for i := range args {
		if args[i].name == name {
			return &args[i]
		}
	}
	return nil
}

func hasStar(args []argv) bool {
	for _, a := range args {
		if a.star || a.dstar {
			return true
		}
	}
	return false
}

// iterElem flows what iterating over x yields into dst.
func (s *solver) iterElem(c *ctx, x, dst *node) {
	r := c.get(x)
	switch r.kind {
	case kVar:
	case kList, kSet, kDict:
		s.flow(r.args[0], dst)
	case kTuple:
		for _, a := range r.args {
			s.flow(a, dst)
		}
	case kBasic:
		switch r.basic {
		case KStr:
			s.flowBasic(dst, KStr)
		case KRange:
			s.flowBasic(dst, KInt)
		default:
			s.poison(dst)
		}
	case kObject:
		if len(r.args) == 1 && r.name != "Queue" && r.name != "PriorityQueue" && r.name != "LifoQueue" {
			s.flow(r.args[0], dst)
		} else {
			s.poison(dst)
			s.escape(r)
		}
	default:
		s.poison(dst)
		s.escape(r)
	}
}

// awaited flows the result of awaiting x into dst.
func (s *solver) awaited(c *ctx, x, dst *node) {
	r := c.get(x)
	switch r.kind {
	case kVar:
	case kCoro, kTask, kFuture:
		s.flow(r.args[0], dst)
	default:
		s.poison(dst)
		s.escape(r)
	}
}

func (s *solver) callValue(c *ctx, fn *node, args []argv, res *node) {
	r := c.get(fn)
	switch r.kind {
	case kVar:
	case kFunc:
		for _, f := range r.funcs {
			s.applyFunc(f, args, res)
		}
	case kBuiltinFn:
		s.builtin(c, r.name, args, res)
	case kClass:
		s.escapeArgs(args)
		s.flowObject(res, "Exception:"+r.name)
	case kBound:
		s.method(c, r.args[0], r.name, args, res)
	case kModule:
		// `time.sleep` or `random.randint` handed around as a value
		if mod, name, ok := strings.Cut(r.name, "."); ok {
			if e := surface.Lookup(mod, name); e != nil && e.Kind == surface.Func && !e.AsyncOp {
				s.libCall(c, e, args, res)
				return
			}
		}
		s.unknown(args, res, r)
	default:
		s.unknown(args, res, r)
	}
}

func (s *solver) applyFunc(f *funcInfo, args []argv, res *node) {
	if f.async {
		s.flow(f.coro, res)
	} else {
		s.flow(f.result, res)
	}
	params := f.def.Params
	if hasStar(args) {
		for _, p := range f.params {
			s.poison(p)
		}
		s.escapeArgs(args)
		return
	}
	pos := 0
	for _, a := range args {
		if a.name == "" {
			for pos < len(params) && params[pos].Kind != ParamPositional && params[pos].Kind != ParamPosOnly {
				if params[pos].Kind == ParamVarArgs {
					break
				}
				pos++
			}
			if pos < len(params) && (params[pos].Kind == ParamPositional || params[pos].Kind == ParamPosOnly) {
				s.flow(a.n, f.params[pos])
				pos++
			} else {
				s.escape(a.n) // into *args, or a TypeError at run time
			}
			continue
		}
		matched := false
		for i, p := range params {
			if p.Name == a.name && (p.Kind == ParamPositional || p.Kind == ParamKwOnly) {
				s.flow(a.n, f.params[i])
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		for i, p := range params {
			if p.Kind == ParamVarKw {
				if d := find(f.params[i]); d.kind == kDict {
					s.flow(a.n, d.args[1])
					matched = true
				}
			}
		}
		if !matched {
			s.escape(a.n)
		}
	}
}

func isNumeric(r *node) bool {
	return r.kind == kBasic && (r.basic == KInt || r.basic == KBool || r.basic == KFloat)
}

func isIntLike(r *node) bool {
	return r.kind == kBasic && (r.basic == KInt || r.basic == KBool)
}

func isBasic(r *node, k Kind) bool { return r.kind == kBasic && r.basic == k }

// numeric is the result kind of arithmetic on two numbers (bool counts as int).
func numeric(x, y *node) Kind {
	if isBasic(x, KFloat) || isBasic(y, KFloat) {
		return KFloat
	}
	return KInt
}

func (s *solver) binop(c *ctx, op BinOpKind, x, y *node, yExpr Expr, res *node) {
	xr, yr := c.get(x), c.get(y)
	if xr.kind == kVar || yr.kind == kVar {
		return
	}
	bothNum := isNumeric(xr) && isNumeric(yr)
	fail := func() {
		s.poison(res)
		s.escape(xr)
		s.escape(yr)
	}
	switch op {
	case Add:
		switch {
		case bothNum:
			s.flowBasic(res, numeric(xr, yr))
		case isBasic(xr, KStr) && isBasic(yr, KStr):
			s.flowBasic(res, KStr)
		case xr.kind == kList && yr.kind == kList:
			s.unify(xr.args[0], yr.args[0])
			s.flow(xr, res)
		case xr.kind == kTuple && yr.kind == kTuple:
			n := len(xr.args) + len(yr.args)
			t := c.node(fmt.Sprint("tuple", n), func() *node {
				parts := make([]*node, n)
				for i := range parts {
					parts[i] = s.newVar()
				}
				return s.newCons(kTuple, parts...)
			})
			for i, a := range append(append([]*node(nil), xr.args...), yr.args...) {
				s.flow(a, t.args[i])
			}
			s.flow(t, res)
		default:
			fail()
		}
	case Sub:
		switch {
		case bothNum:
			s.flowBasic(res, numeric(xr, yr))
		case xr.kind == kSet && yr.kind == kSet:
			s.flow(xr, res)
		default:
			fail()
		}
	case Mul:
		switch {
		case bothNum:
			s.flowBasic(res, numeric(xr, yr))
		case isBasic(xr, KStr) && isIntLike(yr), isIntLike(xr) && isBasic(yr, KStr):
			s.flowBasic(res, KStr)
		case xr.kind == kList && isIntLike(yr):
			s.flow(xr, res)
		case isIntLike(xr) && yr.kind == kList:
			s.flow(yr, res)
		default:
			fail()
		}
	case Div:
		if bothNum {
			s.flowBasic(res, KFloat)
		} else {
			fail()
		}
	case FloorDiv:
		if bothNum {
			s.flowBasic(res, numeric(xr, yr))
		} else {
			fail()
		}
	case Mod:
		switch {
		case bothNum:
			s.flowBasic(res, numeric(xr, yr))
		case isBasic(xr, KStr):
			s.flowBasic(res, KStr)
		default:
			fail()
		}
	case Pow:
		// int ** negative int is a float and a negative float to a
		// fractional power is complex: only the provably safe cases.
		_, litExp := yExpr.(*IntLit)
		switch {
		case isIntLike(xr) && isIntLike(yr) && litExp:
			s.flowBasic(res, KInt)
		case isBasic(xr, KFloat) && isIntLike(yr):
			s.flowBasic(res, KFloat)
		default:
			fail()
		}
	case LShift, RShift:
		if isIntLike(xr) && isIntLike(yr) {
			s.flowBasic(res, KInt)
		} else {
			fail()
		}
	case BitAnd, BitOr, BitXor:
		switch {
		case isBasic(xr, KBool) && isBasic(yr, KBool):
			s.flowBasic(res, KBool)
		case isIntLike(xr) && isIntLike(yr):
			s.flowBasic(res, KInt)
		case xr.kind == kSet && yr.kind == kSet, xr.kind == kDict && yr.kind == kDict && op == BitOr:
			for i := range xr.args {
				s.unify(xr.args[i], yr.args[i])
			}
			s.flow(xr, res)
		default:
			fail()
		}
	default:
		fail()
	}
}

func (s *solver) unop(c *ctx, op UnaryOpKind, x, res *node) {
	r := c.get(x)
	switch {
	case r.kind == kVar:
	case isIntLike(r) && op != Not:
		s.flowBasic(res, KInt)
	case isBasic(r, KFloat) && (op == Neg || op == UPlus):
		s.flowBasic(res, KFloat)
	default:
		s.poison(res)
		s.escape(r)
	}
}

func intIndex(e Expr) (int, bool) {
	neg := false
	if u, ok := e.(*UnaryOp); ok && u.Op == Neg {
		neg, e = true, u.X
	}
	lit, ok := e.(*IntLit)
	if !ok {
		return 0, false
	}
	var v int
	if _, err := fmt.Sscan(lit.Value, &v); err != nil {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

func (s *solver) loadItem(c *ctx, x *node, idx Expr, res *node) {
	r := c.get(x)
	_, isSlice := idx.(*Slice)
	switch r.kind {
	case kVar:
	case kList:
		if isSlice {
			s.flow(r, res)
		} else {
			s.flow(r.args[0], res)
		}
	case kTuple:
		if isSlice {
			s.poison(res)
			s.escape(r)
			return
		}
		if i, ok := intIndex(idx); ok {
			if i < 0 {
				i += len(r.args)
			}
			if i >= 0 && i < len(r.args) {
				s.flow(r.args[i], res)
			}
			return
		}
		for _, a := range r.args {
			s.flow(a, res)
		}
	case kDict:
		s.flow(r.args[1], res)
	case kBasic:
		switch r.basic {
		case KStr:
			s.flowBasic(res, KStr)
		case KRange:
			if isSlice {
				s.flowBasic(res, KRange)
			} else {
				s.flowBasic(res, KInt)
			}
		default:
			s.poison(res)
		}
	default:
		s.poison(res)
		s.escape(r)
	}
}

func (s *solver) storeItem(c *ctx, x, idx, v *node, isSlice bool) {
	r := c.get(x)
	switch r.kind {
	case kVar:
	case kList:
		if isSlice {
			s.iterElem(c, v, r.args[0])
		} else {
			s.flow(v, r.args[0])
		}
	case kDict:
		s.flow(idx, r.args[0])
		s.flow(v, r.args[1])
	default:
		s.escape(v)
		s.escape(idx)
	}
}

// methods lists the methods each kind of receiver has, for bound-method
// values (`loop.call_soon(fut.set_result, 1)`).
var methods = map[string]map[string]bool{
	"list":   setOf("append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "clear", "copy"),
	"dict":   setOf("get", "setdefault", "keys", "values", "items", "pop", "popitem", "update", "clear", "copy"),
	"set":    setOf("add", "discard", "remove", "pop", "update", "union", "intersection", "difference", "issubset", "issuperset", "isdisjoint", "clear", "copy"),
	"str":    setOf("format", "join", "split", "rsplit", "splitlines", "upper", "lower", "strip", "lstrip", "rstrip", "replace", "startswith", "endswith", "find", "rfind", "index", "count"),
	"future": setOf("result", "exception", "done", "cancelled", "cancel", "add_done_callback", "remove_done_callback", "set_result", "set_exception", "get_loop", "get_name", "set_name", "get_coro", "cancelling", "uncancel"),
	"EventLoop": setOf("call_soon", "call_soon_threadsafe", "call_later", "call_at", "run_until_complete",
		"run_forever", "stop", "close", "is_running", "is_closed", "time", "create_task", "create_future", "run_in_executor"),
	"Queue":            setOf("put", "get", "put_nowait", "get_nowait", "task_done", "join", "qsize", "empty", "full"),
	"Lock":             setOf("acquire", "release", "locked"),
	"Semaphore":        setOf("acquire", "release", "locked"),
	"BoundedSemaphore": setOf("acquire", "release", "locked"),
	"Event":            setOf("wait", "set", "clear", "is_set"),
	"Condition":        setOf("wait", "wait_for", "notify", "notify_all", "acquire", "release", "locked"),
	"TaskGroup":        setOf("create_task"),
	"Handle":           setOf("cancel", "cancelled"),
	"TimerHandle":      setOf("cancel", "cancelled", "when"),
	"TextIO":           setOf("write", "flush"),
}

func methodTable(r *node) string {
	switch r.kind {
	case kList:
		return "list"
	case kDict:
		return "dict"
	case kSet:
		return "set"
	case kTask, kFuture:
		return "future"
	case kBasic:
		if r.basic == KStr {
			return "str"
		}
	case kObject:
		switch r.name {
		case "PriorityQueue", "LifoQueue":
			return "Queue"
		}
		return r.name
	}
	return ""
}

func (s *solver) attr(c *ctx, x *node, name string, bound, res *node) {
	r := c.get(x)
	if r.kind == kVar {
		return
	}
	if methods[methodTable(r)][name] {
		s.flow(bound, res)
		return
	}
	switch {
	case r.kind == kObject && methodTable(r) == "Queue" && name == "maxsize":
		s.flowBasic(res, KInt)
		return
	case name == "__name__" || name == "__qualname__" || name == "__module__":
		s.flowBasic(res, KStr)
		return
	case name == "__doc__" || name == "__class__":
		// introspection that can neither call nor change the value
		s.poison(res)
		return
	}
	s.poison(res)
	s.escape(r)
}

func (s *solver) coroOf(c *ctx, key string) *node {
	return c.node(key, func() *node { return s.newCons(kCoro, s.newVar()) })
}

// builtinKeywords and methodKeywords are the keyword arguments the modelled
// builtins and methods accept that never carry a value into a container or a
// callable we do not model; a call with any other keyword, or with *args or
// **kwargs, is treated as opaque.
var builtinKeywords = setOf("key", "reverse", "default", "start", "end", "sep", "file",
	"flush", "base", "strict")

var methodKeywords = setOf("key", "reverse", "context", "name", "msg", "n", "sep",
	"maxsplit", "timeout", "start", "end", "encoding", "errors", "keepends")

func (s *solver) method(c *ctx, recv *node, name string, args []argv, res *node) {
	r := c.get(recv)
	if r.kind == kVar {
		return
	}
	// str methods never keep their arguments; dict.update models its keywords
	if table := methodTable(r); table != "str" {
		for _, a := range args {
			if a.star || a.dstar || (a.name != "" && !methodKeywords[a.name] && !(table == "dict" && name == "update")) {
				s.unknown(args, res, r)
				return
			}
		}
	}
	pos := positional(args)
	arg := func(i int) *node {
		if i < len(pos) {
			return pos[i].n
		}
		return nil
	}
	done := true
	switch methodTable(r) {
	case "list":
		elem := r.args[0]
		switch name {
		case "append":
			if a := arg(0); a != nil {
				s.flow(a, elem)
			}
			s.flowBasic(res, KNone)
		case "insert":
			if a := arg(1); a != nil {
				s.flow(a, elem)
			}
			s.flowBasic(res, KNone)
		case "extend":
			if a := arg(0); a != nil {
				s.iterElem(c, a, elem)
			}
			s.flowBasic(res, KNone)
		case "pop":
			s.flow(elem, res)
		case "index", "count":
			s.flowBasic(res, KInt)
		case "sort":
			if k := keyword(args, "key"); k != nil {
				s.callValue(c, k.n, []argv{{n: elem}}, c.node("key", s.newVar))
			}
			s.flowBasic(res, KNone)
		case "remove", "reverse", "clear":
			s.flowBasic(res, KNone)
		case "copy":
			s.flow(r, res)
		default:
			done = false
		}
	case "dict":
		k, v := r.args[0], r.args[1]
		switch name {
		case "get", "pop":
			s.flow(v, res)
			if d := arg(1); d != nil {
				s.flow(d, res)
			} else if name == "get" {
				s.flowBasic(res, KNone)
			}
		case "setdefault":
			if a := arg(0); a != nil {
				s.flow(a, k)
			}
			if a := arg(1); a != nil {
				s.flow(a, v)
			} else {
				s.flowBasic(v, KNone)
			}
			s.flow(v, res)
		case "keys", "values":
			view := c.node(name, func() *node { return s.newObject("dict_"+name, s.newVar()) })
			if name == "keys" {
				s.flow(k, view.args[0])
			} else {
				s.flow(v, view.args[0])
			}
			s.flow(view, res)
		case "items":
			ik, iv := c.node("items.key", s.newVar), c.node("items.value", s.newVar)
			view := c.node(name, func() *node { return s.newObject("dict_items", s.newCons(kTuple, ik, iv)) })
			s.flow(k, ik)
			s.flow(v, iv)
			s.flow(view, res)
		case "popitem":
			t := c.node(name, func() *node { return s.newCons(kTuple, s.newVar(), s.newVar()) })
			s.flow(k, t.args[0])
			s.flow(v, t.args[1])
			s.flow(t, res)
		case "update":
			if a := arg(0); a != nil {
				if ar := c.get(a); ar.kind == kDict {
					s.flow(ar.args[0], k)
					s.flow(ar.args[1], v)
				} else if ar.kind != kVar {
					s.poison(k)
					s.poison(v)
					s.escape(ar)
				}
			}
			for _, a := range args {
				if a.name != "" {
					s.flowBasic(k, KStr)
					s.flow(a.n, v)
				}
			}
			s.flowBasic(res, KNone)
		case "clear":
			s.flowBasic(res, KNone)
		case "copy":
			s.flow(r, res)
		default:
			done = false
		}
	case "set":
		elem := r.args[0]
		switch name {
		case "add":
			if a := arg(0); a != nil {
				s.flow(a, elem)
			}
			s.flowBasic(res, KNone)
		case "update":
			for _, a := range pos {
				s.iterElem(c, a.n, elem)
			}
			s.flowBasic(res, KNone)
		case "union", "intersection", "difference":
			for _, a := range pos {
				s.iterElem(c, a.n, elem)
			}
			s.flow(r, res)
		case "pop":
			s.flow(elem, res)
		case "issubset", "issuperset", "isdisjoint":
			s.flowBasic(res, KBool)
		case "discard", "remove", "clear":
			s.flowBasic(res, KNone)
		case "copy":
			s.flow(r, res)
		default:
			done = false
		}
	case "str":
		done = s.strMethod(c, name, res)
	case "future":
		result := r.args[0]
		switch name {
		case "result":
			s.flow(result, res)
		case "exception":
			s.poison(res)
		case "done", "cancelled", "cancel":
			s.flowBasic(res, KBool)
		case "add_done_callback":
			if a := arg(0); a != nil {
				s.callValue(c, a, []argv{{n: r}}, c.node("cb", s.newVar))
			}
			s.flowBasic(res, KNone)
		case "remove_done_callback", "cancelling", "uncancel":
			s.flowBasic(res, KInt)
		case "set_result":
			if a := arg(0); a != nil {
				s.flow(a, result)
			}
			s.flowBasic(res, KNone)
		case "set_exception", "set_name":
			s.flowBasic(res, KNone)
		case "get_name":
			s.flowBasic(res, KStr)
		case "get_loop":
			s.flowObject(res, "EventLoop")
		case "get_coro":
			co := s.coroOf(c, name)
			s.flow(result, co.args[0])
			s.flow(co, res)
		default:
			done = false
		}
	case "EventLoop":
		done = s.loopMethod(c, name, args, res)
	case "Queue":
		elem := r.args[0]
		switch name {
		case "put":
			if a := arg(0); a != nil {
				s.flow(a, elem)
			}
			co := s.coroOf(c, name)
			s.flowBasic(co.args[0], KNone)
			s.flow(co, res)
		case "put_nowait":
			if a := arg(0); a != nil {
				s.flow(a, elem)
			}
			s.flowBasic(res, KNone)
		case "get":
			co := s.coroOf(c, name)
			s.flow(elem, co.args[0])
			s.flow(co, res)
		case "get_nowait":
			s.flow(elem, res)
		case "join":
			co := s.coroOf(c, name)
			s.flowBasic(co.args[0], KNone)
			s.flow(co, res)
		case "task_done":
			s.flowBasic(res, KNone)
		case "qsize":
			s.flowBasic(res, KInt)
		case "empty", "full":
			s.flowBasic(res, KBool)
		default:
			done = false
		}
	case "Lock", "Semaphore", "BoundedSemaphore", "Event", "Condition":
		switch name {
		case "acquire", "wait":
			co := s.coroOf(c, name)
			s.flowBasic(co.args[0], KBool)
			s.flow(co, res)
		case "wait_for":
			co := s.coroOf(c, name)
			if a := arg(0); a != nil {
				s.callValue(c, a, nil, co.args[0])
			}
			s.flow(co, res)
		case "release", "set", "clear", "notify", "notify_all":
			s.flowBasic(res, KNone)
		case "locked", "is_set":
			s.flowBasic(res, KBool)
		default:
			done = false
		}
	case "TaskGroup":
		if name == "create_task" {
			s.createTask(c, arg(0), res)
		} else {
			done = false
		}
	case "Handle", "TimerHandle":
		switch name {
		case "cancel":
			s.flowBasic(res, KNone)
		case "cancelled":
			s.flowBasic(res, KBool)
		case "when":
			s.flowBasic(res, KFloat)
		default:
			done = false
		}
	case "TextIO":
		switch name {
		case "write":
			s.flowBasic(res, KInt)
		case "flush":
			s.flowBasic(res, KNone)
		default:
			done = false
		}
	case "Timeout":
		switch name {
		case "reschedule":
			s.flowBasic(res, KNone)
		case "expired":
			s.flowBasic(res, KBool)
		default:
			done = false
		}
	default:
		done = false
	}
	if !done {
		s.unknown(args, res, r)
	}
}

func (s *solver) strMethod(c *ctx, name string, res *node) bool {
	switch name {
	case "format", "format_map", "join", "upper", "lower", "strip", "lstrip", "rstrip",
		"replace", "title", "capitalize", "center", "ljust", "rjust", "zfill", "casefold",
		"swapcase", "expandtabs", "removeprefix", "removesuffix":
		s.flowBasic(res, KStr)
	case "startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
		"islower", "isnumeric", "isidentifier", "isdecimal", "istitle", "isprintable", "isascii":
		s.flowBasic(res, KBool)
	case "find", "rfind", "index", "rindex", "count":
		s.flowBasic(res, KInt)
	case "split", "rsplit", "splitlines":
		l := c.node(name, func() *node { return s.newCons(kList, s.newBasic(KStr)) })
		s.flow(l, res)
	case "partition", "rpartition":
		t := c.node(name, func() *node {
			return s.newCons(kTuple, s.newBasic(KStr), s.newBasic(KStr), s.newBasic(KStr))
		})
		s.flow(t, res)
	case "encode":
		s.flowObject(res, "bytes")
	default:
		return false
	}
	return true
}

func (s *solver) loopMethod(c *ctx, name string, args []argv, res *node) bool {
	pos := positional(args)
	scheduled := func(first int, handle string) {
		if first < len(pos) {
			s.callValue(c, pos[first].n, pos[first+1:], c.node("cb", s.newVar))
		}
		s.flowObject(res, handle)
	}
	switch name {
	case "call_soon", "call_soon_threadsafe":
		scheduled(0, "Handle")
	case "call_later", "call_at":
		scheduled(1, "TimerHandle")
	case "run_until_complete":
		if len(pos) > 0 {
			s.awaited(c, pos[0].n, res)
		}
	case "run_forever", "stop", "close", "set_debug", "set_default_executor":
		s.flowBasic(res, KNone)
	case "is_running", "is_closed", "get_debug":
		s.flowBasic(res, KBool)
	case "time":
		s.flowBasic(res, KFloat)
	case "create_task":
		var coro *node
		if len(pos) > 0 {
			coro = pos[0].n
		}
		s.createTask(c, coro, res)
	case "create_future":
		f := c.node(name, func() *node { return s.newCons(kFuture, s.newVar()) })
		s.flow(f, res)
	case "run_in_executor":
		f := c.node(name, func() *node { return s.newCons(kFuture, s.newVar()) })
		if len(pos) > 1 {
			s.callValue(c, pos[1].n, pos[2:], f.args[0])
		}
		s.flow(f, res)
	case "shutdown_asyncgens", "shutdown_default_executor":
		co := s.coroOf(c, name)
		s.flowBasic(co.args[0], KNone)
		s.flow(co, res)
	default:
		return false
	}
	return true
}

// createTask types create_task(coro): Task of the coroutine's result.
func (s *solver) createTask(c *ctx, coro *node, res *node) {
	if coro == nil {
		s.poison(res)
		return
	}
	r := c.get(coro)
	switch r.kind {
	case kVar:
	case kCoro:
		t := c.node("task", func() *node { return s.newCons(kTask, s.newVar()) })
		s.flow(r.args[0], t.args[0])
		s.flow(t, res)
	default:
		s.poison(res)
		s.escape(r)
	}
}

// asyncKeywords are the keyword arguments of asyncio functions that never
// carry an awaitable or a callable; a call passing anything else by keyword
// (`create_task(coro=...)`) or by `*args` is treated as opaque.
var asyncKeywords = setOf("name", "return_exceptions", "result", "timeout", "loop",
	"context", "maxsize", "value", "lock", "debug", "return_when", "delay", "when")

func (s *solver) asyncCall(c *ctx, op AsyncOp, args []argv, res *node) {
	for _, a := range args {
		if a.dstar || (a.star && op != OpGather) || (a.name != "" && !asyncKeywords[a.name]) {
			s.unknown(args, res)
			return
		}
	}
	pos := positional(args)
	arg := func(i int) *node {
		if i < len(pos) {
			return pos[i].n
		}
		return nil
	}
	obj := func(name string) { s.flowObject(res, name) }
	switch op {
	case OpSleep:
		co := s.coroOf(c, "sleep")
		if a := arg(1); a != nil {
			s.flow(a, co.args[0])
		} else if k := keyword(args, "result"); k != nil {
			s.flow(k.n, co.args[0])
		} else {
			s.flowBasic(co.args[0], KNone)
		}
		s.flow(co, res)
	case OpGather:
		// Inner variables are kept by the constraint itself: the structure
		// around them may collapse to Any later, which poisons them.
		elem := c.node("gather.elem", s.newVar)
		f := c.node("gather", func() *node { return s.newCons(kFuture, s.newCons(kList, elem)) })
		if k := keyword(args, "return_exceptions"); k != nil {
			if b, ok := k.e.(*BoolLit); !ok || b.Value {
				s.poison(elem) // exceptions land among the results
			}
		}
		for i, a := range args {
			switch {
			case a.name != "":
			case a.star:
				aw := c.node(fmt.Sprint("star", i), s.newVar)
				s.iterElem(c, a.n, aw)
				s.awaited(c, aw, elem)
			default:
				s.awaited(c, a.n, elem)
			}
		}
		s.flow(f, res)
	case OpCreateTask:
		s.createTask(c, arg(0), res)
	case OpEnsureFuture:
		if a := arg(0); a != nil {
			r := c.get(a)
			switch r.kind {
			case kVar:
			case kTask, kFuture:
				s.flow(r, res)
			default:
				s.createTask(c, a, res)
			}
		} else {
			s.poison(res)
		}
	case OpRun:
		if a := arg(0); a != nil {
			s.awaited(c, a, res)
		} else {
			s.poison(res)
		}
	case OpWait:
		d := c.node("wait.elem", s.newVar)
		co := c.node("wait", func() *node {
			return s.newCons(kCoro, s.newCons(kTuple, s.newCons(kSet, d), s.newCons(kSet, d)))
		})
		if a := arg(0); a != nil {
			each := c.node("each", s.newVar)
			s.iterElem(c, a, each)
			if r := c.get(each); r.kind == kCoro {
				s.createTask(c, each, d)
			} else if r.kind != kVar {
				s.flow(r, d)
			}
		}
		s.flow(co, res)
	case OpWaitFor, OpShield:
		var out *node
		if op == OpWaitFor {
			out = s.coroOf(c, "wait_for")
		} else {
			out = c.node("shield", func() *node { return s.newCons(kFuture, s.newVar()) })
		}
		if a := arg(0); a != nil {
			s.awaited(c, a, out.args[0])
		}
		s.flow(out, res)
	case OpAsCompleted:
		r := c.node("as_completed.result", s.newVar)
		l := c.node("as_completed", func() *node { return s.newCons(kList, s.newCons(kCoro, r)) })
		if a := arg(0); a != nil {
			each := c.node("each", s.newVar)
			s.iterElem(c, a, each)
			s.awaited(c, each, r)
		}
		s.flow(l, res)
	case OpTimeout, OpTimeoutAt:
		obj("Timeout")
	case OpGetEventLoop, OpGetRunningLoop, OpNewEventLoop:
		obj("EventLoop")
	case OpSetEventLoop:
		s.flowBasic(res, KNone)
	case OpCurrentTask:
		s.poison(res) // None outside a task
	case OpAllTasks:
		set := c.node("all_tasks", func() *node {
			return s.newCons(kSet, s.newCons(kTask, s.newBasic(KAny)))
		})
		s.flow(set, res)
	case OpToThread:
		co := s.coroOf(c, "to_thread")
		if len(args) > 0 && !args[0].star && args[0].name == "" {
			s.callValue(c, args[0].n, args[1:], co.args[0])
		} else {
			s.unknown(args, co.args[0])
		}
		s.flow(co, res)
	case OpIsCoroutine:
		s.flowBasic(res, KBool)
	case OpNewQueue, OpNewPriorityQueue, OpNewLifoQueue:
		name := map[AsyncOp]string{OpNewQueue: "Queue", OpNewPriorityQueue: "PriorityQueue", OpNewLifoQueue: "LifoQueue"}[op]
		q := c.node("queue", func() *node { return s.newObject(name, s.newVar()) })
		s.flow(q, res)
	case OpNewLock:
		obj("Lock")
	case OpNewEvent:
		obj("Event")
	case OpNewCondition:
		obj("Condition")
	case OpNewSemaphore:
		obj("Semaphore")
	case OpNewBoundedSemaphore:
		obj("BoundedSemaphore")
	case OpNewTaskGroup:
		obj("TaskGroup")
	case OpNewFuture:
		f := c.node("future", func() *node { return s.newCons(kFuture, s.newVar()) })
		s.flow(f, res)
	default:
		s.unknown(args, res)
	}
}

func (s *solver) libCall(c *ctx, e *surface.Entry, args []argv, res *node) {
	if e == nil || len(positional(args)) != len(args) {
		s.unknown(args, res) // keywords or *args: not modelled
		return
	}
	pos := positional(args)
	switch e.Result {
	case surface.Float:
		s.flowBasic(res, KFloat)
	case surface.Int:
		s.flowBasic(res, KInt)
	case surface.None:
		s.flowBasic(res, KNone)
	case surface.Str:
		s.flowBasic(res, KStr)
	case surface.ElemOf0:
		if len(pos) > 0 {
			s.iterElem(c, pos[0].n, res)
		} else {
			s.poison(res)
		}
	case surface.ListOf0:
		l := c.node("sample", func() *node { return s.newCons(kList, s.newVar()) })
		if len(pos) > 0 {
			s.iterElem(c, pos[0].n, l.args[0])
		}
		s.flow(l, res)
	default:
		s.unknown(args, res)
	}
}

func (s *solver) builtin(c *ctx, name string, args []argv, res *node) {
	pos := positional(args)
	arg := func(i int) *node {
		if i < len(pos) {
			return pos[i].n
		}
		return nil
	}
	if surface.ExceptionClass(name) != "" {
		s.escapeArgs(args) // reachable again through e.args
		s.flowObject(res, "Exception:"+name)
		return
	}
	if hasStar(args) && name != "print" {
		s.unknown(args, res)
		return
	}
	if name != "dict" && name != "round" {
		for _, a := range args {
			if a.name != "" && !builtinKeywords[a.name] {
				s.unknown(args, res)
				return
			}
		}
	}
	listOf := func(kind nodeKind) {
		l := c.node(name, func() *node { return s.newCons(kind, s.newVar()) })
		if a := arg(0); a != nil {
			s.iterElem(c, a, l.args[0])
		}
		s.flow(l, res)
	}
	iterObj := func(objName string, elem func(e *node)) {
		o := c.node(name, func() *node { return s.newObject(objName, s.newVar()) })
		elem(o.args[0])
		s.flow(o, res)
	}
	switch name {
	case "print":
		s.flowBasic(res, KNone)
	case "len", "id", "hash", "ord", "int":
		s.flowBasic(res, KInt)
	case "str", "repr", "chr", "hex", "oct", "bin", "format", "ascii", "input":
		s.flowBasic(res, KStr)
	case "float":
		s.flowBasic(res, KFloat)
	case "bool", "isinstance", "issubclass", "callable", "hasattr", "any", "all":
		s.flowBasic(res, KBool)
	case "range":
		s.flowBasic(res, KRange)
	case "list", "sorted":
		listOf(kList)
		if k := keyword(args, "key"); k != nil && name == "sorted" {
			l := c.node(name, nil)
			s.callValue(c, k.n, []argv{{n: l.args[0]}}, c.node("key", s.newVar))
		}
	case "set":
		listOf(kSet)
	case "frozenset":
		iterObj("frozenset", func(e *node) {
			if a := arg(0); a != nil {
				s.iterElem(c, a, e)
			}
		})
	case "tuple":
		a := arg(0)
		if a == nil {
			s.flow(c.node("empty", func() *node { return s.newCons(kTuple) }), res)
			return
		}
		r := c.get(a)
		switch r.kind {
		case kVar:
		case kTuple:
			s.flow(r, res)
		default:
			each := c.node("each", s.newVar)
			s.iterElem(c, a, each)
			s.escape(each)
			s.poison(res)
		}
	case "dict":
		d := c.node(name, func() *node { return s.newCons(kDict, s.newVar(), s.newVar()) })
		if a := arg(0); a != nil {
			r := c.get(a)
			switch r.kind {
			case kVar:
			case kDict:
				s.flow(r.args[0], d.args[0])
				s.flow(r.args[1], d.args[1])
			default:
				// an iterable of key/value pairs
				pair := c.node("pair", s.newVar)
				s.iterElem(c, a, pair)
				switch p := c.get(pair); {
				case p.kind == kVar:
				case p.kind == kTuple && len(p.args) == 2:
					s.flow(p.args[0], d.args[0])
					s.flow(p.args[1], d.args[1])
				default:
					s.escape(p)
					s.poison(d.args[0])
					s.poison(d.args[1])
				}
			}
		}
		for _, a := range args {
			if a.name != "" {
				s.flowBasic(d.args[0], KStr)
				s.flow(a.n, d.args[1])
			}
		}
		s.flow(d, res)
	case "enumerate", "zip":
		n := len(pos)
		if name == "enumerate" {
			n = 2
		}
		parts := make([]*node, n)
		for i := range parts {
			parts[i] = c.node(fmt.Sprint(name, i), s.newVar)
		}
		o := c.node(name, func() *node { return s.newObject(name, s.newCons(kTuple, parts...)) })
		if name == "enumerate" {
			s.flowBasic(parts[0], KInt)
			if a := arg(0); a != nil {
				s.iterElem(c, a, parts[1])
			}
		} else {
			for i, a := range pos {
				s.iterElem(c, a.n, parts[i])
			}
		}
		s.flow(o, res)
	case "reversed", "iter":
		objName := map[string]string{"reversed": "reversed", "iter": "iterator"}[name]
		iterObj(objName, func(e *node) {
			if a := arg(0); a != nil {
				s.iterElem(c, a, e)
			}
		})
	case "next":
		if a := arg(0); a != nil {
			s.iterElem(c, a, res)
		}
		if d := arg(1); d != nil {
			s.flow(d, res)
		}
	case "map":
		iterObj("map", func(e *node) {
			if len(pos) < 2 {
				s.poison(e)
				return
			}
			var elems []argv
			for i, a := range pos[1:] {
				each := c.node(fmt.Sprint("each", i), s.newVar)
				s.iterElem(c, a.n, each)
				elems = append(elems, argv{n: each})
			}
			s.callValue(c, pos[0].n, elems, e)
		})
	case "filter":
		iterObj("filter", func(e *node) {
			if len(pos) < 2 {
				s.poison(e)
				return
			}
			s.iterElem(c, pos[1].n, e)
			if _, isNone := pos[0].e.(*NoneLit); !isNone {
				s.callValue(c, pos[0].n, []argv{{n: e}}, c.node("pred", s.newVar))
			}
		})
	case "sum":
		each := c.node("each", s.newVar)
		if a := arg(0); a != nil {
			s.iterElem(c, a, each)
		}
		// An empty iterable sums to the start itself (the int 0 by
		// default): sum(floats) may be the int 0, sum(bools, True) the bool
		// True, so only a float start makes a float sum.
		start := KInt
		var st *node
		if n := arg(1); n != nil {
			st = c.get(n)
		} else if kw := keyword(args, "start"); kw != nil {
			st = c.get(kw.n)
		}
		el := c.get(each)
		for _, r := range []*node{el, st} {
			switch {
			case r == nil:
			case r.kind == kVar:
				return
			case !isNumeric(r):
				s.poison(res)
				s.escape(r)
				return
			}
		}
		if st != nil {
			start = st.basic
		}
		switch {
		case start == KFloat:
			s.flowBasic(res, KFloat)
		case start == KInt && isIntLike(el):
			s.flowBasic(res, KInt)
		default:
			s.poison(res)
		}
	case "min", "max":
		if len(pos) == 1 {
			s.iterElem(c, pos[0].n, res)
		} else {
			for _, a := range pos {
				s.flow(a.n, res)
			}
		}
		if d := keyword(args, "default"); d != nil {
			s.flow(d.n, res)
		}
		if k := keyword(args, "key"); k != nil {
			s.callValue(c, k.n, []argv{{n: res}}, c.node("key", s.newVar))
		}
	case "abs":
		if a := arg(0); a != nil {
			s.unop(c, UPlus, a, res)
		}
	case "round":
		a := arg(0)
		if a == nil {
			s.poison(res)
			return
		}
		ndigits := arg(1)
		if k := keyword(args, "ndigits"); k != nil {
			ndigits = k.n
		}
		r := c.get(a)
		// round(float) and round(float, None) are ints, round(float, n) a float
		digits := &node{kind: kBasic, basic: KNone}
		if ndigits != nil {
			digits = c.get(ndigits)
		}
		switch {
		case r.kind == kVar || digits.kind == kVar:
		case isIntLike(r):
			s.flowBasic(res, KInt)
		case isBasic(r, KFloat) && isBasic(digits, KNone):
			s.flowBasic(res, KInt)
		case isBasic(r, KFloat) && isIntLike(digits):
			s.flowBasic(res, KFloat)
		default:
			s.poison(res)
		}
	case "divmod":
		if len(pos) != 2 {
			s.poison(res)
			return
		}
		x, y := c.get(pos[0].n), c.get(pos[1].n)
		if x.kind == kVar || y.kind == kVar {
			return
		}
		if isNumeric(x) && isNumeric(y) {
			k := numeric(x, y)
			t := c.node(fmt.Sprint("divmod", k), func() *node { return s.newCons(kTuple, s.newBasic(k), s.newBasic(k)) })
			s.flow(t, res)
		} else {
			s.poison(res)
		}
	case "pow":
		if len(pos) == 2 {
			s.binop(c, Pow, pos[0].n, pos[1].n, pos[1].e, res)
		} else if len(pos) == 3 {
			s.flowBasic(res, KInt)
		} else {
			s.poison(res)
		}
	case "type":
		s.poison(res) // a class: calling it builds a new value, the argument is untouched
	default:
		// getattr, setattr, open, object, ...: dynamic
		s.unknown(args, res)
	}
}

// ---------------------------------------------------------------- export

func (s *solver) export() {
	s.exported = map[*node]Type{}
	s.exporting = map[*node]bool{}
	for _, e := range s.exprOrder {
		e.SetType(s.typeOf(s.exprs[e]))
	}
	for _, sym := range s.symOrder {
		sym.Type = s.typeOf(s.syms[sym])
	}
	for _, sc := range s.allScopes() {
		for _, sym := range sc.Order {
			if sym.Type == nil {
				sym.Type = s.typeOf(s.symNode(sym))
			}
		}
	}
}

func (s *solver) allScopes() []*Scope {
	var out []*Scope
	if s.m.Scope != nil {
		out = append(out, s.m.Scope)
	}
	for _, f := range s.m.Funcs {
		if f.Scope != nil {
			out = append(out, f.Scope)
		}
	}
	return append(out, s.compScopes...)
}

func (s *solver) typeOf(n *node) Type {
	r := find(n)
	if t, ok := s.exported[r]; ok {
		return t
	}
	if s.exporting[r] {
		return Any // a recursive type: the back edge is dynamic
	}
	s.exporting[r] = true
	t := s.build(r)
	delete(s.exporting, r)
	s.exported[r] = t
	return t
}

func (s *solver) build(r *node) Type {
	switch r.kind {
	case kBasic:
		return map[Kind]Type{KNone: None, KBool: Bool, KInt: Int, KFloat: Float, KStr: Str, KRange: Range}[r.basic]
	case kList:
		return &List{Elem: s.typeOf(r.args[0])}
	case kSet:
		return &Set{Elem: s.typeOf(r.args[0])}
	case kDict:
		return &Dict{Key: s.typeOf(r.args[0]), Value: s.typeOf(r.args[1])}
	case kTuple:
		elems := make([]Type, len(r.args))
		for i, a := range r.args {
			elems[i] = s.typeOf(a)
		}
		return &Tuple{Elems: elems}
	case kCoro:
		return &Coro{Result: s.typeOf(r.args[0])}
	case kTask:
		return &Task{Result: s.typeOf(r.args[0])}
	case kFuture:
		return &Future{Result: s.typeOf(r.args[0])}
	case kObject:
		o := &Object{Name: r.name}
		if len(r.args) == 1 {
			o.Elem = s.typeOf(r.args[0])
		}
		return o
	case kFunc:
		var first Type
		for _, f := range r.funcs {
			params := make([]Type, len(f.params))
			for i, p := range f.params {
				params[i] = s.typeOf(p)
			}
			t := &Func{Params: params, Result: s.typeOf(f.result), IsAsync: f.async}
			if first == nil {
				first = t
			} else if first.String() != t.String() {
				return Any
			}
		}
		if first == nil {
			return Any
		}
		return first
	case kBound:
		return &Object{Name: "BoundMethod:" + r.name}
	case kBuiltinFn:
		return &Object{Name: "Builtin:" + r.name}
	case kClass:
		return &Object{Name: "Class:" + r.name}
	case kModule:
		return &Object{Name: "Module:" + r.name}
	}
	return Any
}

// ---------------------------------------------------------------- annotations

func (s *solver) checkAnnotations() Diagnostics {
	var ds Diagnostics
	file := s.m.Path
	if file == "" {
		file = s.m.File
	}
	for _, a := range s.anns {
		Inspect(a.ann, func(n any) bool {
			if e, ok := n.(Expr); ok {
				e.SetType(Any)
			}
			return true
		})
		r := find(a.target)
		if a.stub || r.kind == kVar || r.kind == kAny {
			continue // never given a value, or no single type: nothing to contradict
		}
		t := s.typeOf(r)
		ok, known := annotationAccepts(a.ann, t)
		if !known || ok {
			continue
		}
		var msg string
		if a.ret {
			msg = fmt.Sprintf("return annotation says '%s' but %s returns '%s'", annotationText(a.ann), a.what, t)
		} else {
			msg = fmt.Sprintf("annotation says '%s' but %s is '%s'", annotationText(a.ann), a.what, t)
		}
		ds = append(ds, Diagnostic{
			File: file, Pos: a.ann.GetPos(), Severity: Warning, Msg: msg,
			Hint: "the annotation is ignored; the inferred type is used",
		})
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Pos.Line != ds[j].Pos.Line {
			return ds[i].Pos.Line < ds[j].Pos.Line
		}
		return ds[i].Pos.Col < ds[j].Pos.Col
	})
	return ds
}

func annotationText(e Expr) string {
	switch e := e.(type) {
	case *Name:
		return e.Id
	case *NoneLit:
		return "None"
	case *StrLit:
		return e.Value
	case *EllipsisLit:
		return "..."
	case *Attribute:
		return annotationText(e.X) + "." + e.Name
	case *LibAttr:
		return e.Module + "." + e.Name
	case *ModuleRef:
		return e.Module
	case *Subscript:
		return annotationText(e.X) + "[" + annotationText(e.Index) + "]"
	case *TupleLit:
		parts := make([]string, len(e.Elts))
		for i, x := range e.Elts {
			parts[i] = annotationText(x)
		}
		return strings.Join(parts, ", ")
	case *BinOp:
		return annotationText(e.X) + " " + BinOpText[e.Op] + " " + annotationText(e.Y)
	}
	return "?"
}

// annotationAccepts says whether a value of type t satisfies the annotation;
// known is false for annotations we do not understand (those never warn).
func annotationAccepts(ann Expr, t Type) (ok, known bool) {
	if IsAny(t) {
		return true, true
	}
	switch a := ann.(type) {
	case *NoneLit:
		return t == None, true
	case *Name:
		switch a.Id {
		case "int":
			return t == Int || t == Bool, true
		case "float":
			return t == Float || t == Int || t == Bool, true
		case "complex":
			return t == Float || t == Int || t == Bool, true
		case "str":
			return t == Str, true
		case "bool":
			return t == Bool, true
		case "range":
			return t == Range, true
		case "list", "List":
			_, ok := t.(*List)
			return ok, true
		case "dict", "Dict":
			_, ok := t.(*Dict)
			return ok, true
		case "set", "Set":
			_, ok := t.(*Set)
			return ok, true
		case "tuple", "Tuple":
			_, ok := t.(*Tuple)
			return ok, true
		case "object", "Any":
			return true, true
		}
	case *LibAttr:
		if a.Module == "asyncio" {
			switch a.Name {
			case "Task":
				_, ok := t.(*Task)
				return ok, true
			case "Future":
				switch t.(type) {
				case *Task, *Future:
					return true, true
				}
				return false, true
			case "Queue", "PriorityQueue", "LifoQueue", "Lock", "Event", "Condition",
				"Semaphore", "BoundedSemaphore", "TaskGroup", "Timeout":
				o, ok := t.(*Object)
				if !ok {
					return false, true
				}
				switch {
				case o.Name == a.Name,
					a.Name == "Queue" && (o.Name == "PriorityQueue" || o.Name == "LifoQueue"),
					a.Name == "Semaphore" && o.Name == "BoundedSemaphore":
					return true, true
				}
				return false, true
			case "AbstractEventLoop":
				o, ok := t.(*Object)
				return ok && o.Name == "EventLoop", true
			}
		}
	case *BinOp:
		if a.Op == BitOr {
			ok1, k1 := annotationAccepts(a.X, t)
			ok2, k2 := annotationAccepts(a.Y, t)
			if !k1 || !k2 {
				return false, false
			}
			return ok1 || ok2, true
		}
	case *Subscript:
		base, ok := a.X.(*Name)
		if !ok {
			return false, false
		}
		args := []Expr{a.Index}
		if tl, ok := a.Index.(*TupleLit); ok {
			args = tl.Elts
		}
		switch base.Id {
		case "Optional":
			if t == None {
				return true, true
			}
			return annotationAccepts(a.Index, t)
		case "Union":
			for _, x := range args {
				ok, known := annotationAccepts(x, t)
				if !known {
					return false, false
				}
				if ok {
					return true, true
				}
			}
			return false, true
		case "list", "List", "set", "Set":
			var elem Type
			switch tt := t.(type) {
			case *List:
				if base.Id != "list" && base.Id != "List" {
					return false, true
				}
				elem = tt.Elem
			case *Set:
				if base.Id != "set" && base.Id != "Set" {
					return false, true
				}
				elem = tt.Elem
			default:
				return false, true
			}
			return annotationAccepts(args[0], elem)
		case "dict", "Dict":
			d, ok := t.(*Dict)
			if !ok {
				return false, true
			}
			if len(args) != 2 {
				return false, false
			}
			ok1, k1 := annotationAccepts(args[0], d.Key)
			ok2, k2 := annotationAccepts(args[1], d.Value)
			return ok1 && ok2, k1 && k2
		case "tuple", "Tuple":
			tt, ok := t.(*Tuple)
			if !ok {
				return false, true
			}
			if len(args) == 2 {
				if _, ok := args[1].(*EllipsisLit); ok {
					for _, e := range tt.Elems {
						if ok, known := annotationAccepts(args[0], e); !known || !ok {
							return ok, known
						}
					}
					return true, true
				}
			}
			if len(args) != len(tt.Elems) {
				return false, true
			}
			for i, e := range tt.Elems {
				if ok, known := annotationAccepts(args[i], e); !known || !ok {
					return ok, known
				}
			}
			return true, true
		}
	}
	return false, false
}

// ---------------------------------------------------------------- summary

// TypeSummary lists every symbol a module or function binds with its
// inferred type, one `scope.name: type` line each, sorted. Module symbols
// have no prefix; comprehension variables are prefixed with "<comp>".
func TypeSummary(m *Module) string {
	type line struct{ name, typ string }
	var lines []line
	add := func(prefix string, sc *Scope) {
		if sc == nil {
			return
		}
		for _, sym := range sc.Order {
			if sym.Kind != SymLocal && sym.Kind != SymParam {
				continue
			}
			lines = append(lines, line{prefix + sym.Name, str(sym.Type)})
		}
	}
	add("", m.Scope)
	for _, f := range m.Funcs {
		add(f.QualName+".", f.Scope)
	}
	seen := map[*Scope]bool{}
	for _, sc := range collectCompScopes(m) {
		if seen[sc] {
			continue
		}
		seen[sc] = true
		prefix := "<comp>."
		for p := sc.Parent; p != nil; p = p.Parent {
			if p.Func != nil {
				prefix = p.Func.QualName + ".<comp>."
				break
			}
		}
		add(prefix, sc)
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].name != lines[j].name {
			return lines[i].name < lines[j].name
		}
		return lines[i].typ < lines[j].typ
	})
	var sb strings.Builder
	for _, l := range lines {
		sb.WriteString(l.name + ": " + l.typ + "\n")
	}
	return sb.String()
}

func collectCompScopes(m *Module) []*Scope {
	var out []*Scope
	Inspect(m, func(n any) bool {
		if c, ok := n.(*Comp); ok && c.Scope != nil {
			out = append(out, c.Scope)
		}
		return true
	})
	return out
}

// isStubBody reports whether a def's body is only a docstring, `...` or
// `pass`: a protocol or abstract method's stub, whose None result says
// nothing against its return annotation.
func isStubBody(body []Stmt) bool {
	for _, st := range body {
		switch st := st.(type) {
		case *Pass:
		case *ExprStmt:
			switch st.X.(type) {
			case *EllipsisLit, *StrLit:
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}
