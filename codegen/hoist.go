package codegen

import (
	"github.com/pyasync2go/pyasync2go/ir"
)

// The evaluation-order pass (like cmd/compile's walk/order.go): before a
// function that can suspend (async def, generator, async generator) is
// split into its step form, every suspension point (await, yield, a
// comprehension that awaits) is hoisted out of the expression it sits in
// into a statement of its own,
//
//	_t1 = await E
//
// and the operands Python evaluates before it are evaluated first into
// temporaries, in Python's order. What is left for the step emitter are the
// statement shapes it splits at (`await E`, `targets = await E`,
// `return await E`, `x op= await E`) and statements that do not suspend.
//
// Python's order, as CPython 3.11 compiles it:
//   - operands left to right (binary operators, comparisons, subscripts and
//     slices, literals, call arguments: positional and *args first, then
//     keywords and **kwargs; dict displays key before value);
//   - an assignment evaluates its value first, then each target's parts,
//     left to right;
//   - an augmented assignment evaluates its target's parts and loads the
//     current value before the operand;
//   - `and`/`or`, conditional expressions and chained comparisons
//     short-circuit: what follows a deciding operand only runs on its
//     branch, so they become if statements over a temporary; where Python
//     tests the whole for truth (an if, while or assert test, a
//     conditional's or comprehension's condition) each operand is tested
//     once, as CPython's jumps do (cond);
//   - a method call looks the method up before evaluating its arguments;
//   - an f-string formats each field as soon as it is evaluated.
//
// An operand evaluated before a later suspension is copied to a temporary
// unless nothing can change it meanwhile: literals, and plain locals no
// nested function rebinds (nonlocal), so other tasks cannot; a walrus in
// the same statement can, so then every name is copied (fnCtx.ownLocal). A method call
// whose arguments suspend looks the method up first, into a temporary.
//
// Every statement the pass makes keeps the position of the statement it
// came from, so //line directives, tracebacks and a task's "running at"
// line stay on the Python line (DESIGN.md, "Stackless coroutines").

// hoister rewrites one function body.
type hoister struct {
	c *fnCtx
	// out collects the statements that precede the one being rewritten.
	out []ir.Stmt
	// pos is the statement being rewritten (what new statements carry).
	pos ir.Pos
	// walrus: the statement contains an assignment expression, so even a
	// plain local may change between its read and a later suspension.
	walrus bool
	// why is the first suspension the pass cannot place exactly.
	why string
}

// hoistBody runs the pass over a body whose function can suspend. It
// returns the rewritten body, or why it cannot be rewritten exactly.
func (c *fnCtx) hoistBody(body []ir.Stmt) ([]ir.Stmt, string) {
	h := &hoister{c: c}
	out := h.stmts(body)
	return out, h.why
}

func (h *hoister) stmts(ss []ir.Stmt) []ir.Stmt {
	var out []ir.Stmt
	for _, s := range ss {
		out = append(out, h.stmt(s)...)
	}
	return out
}

// temp is a fresh frame variable as an IR name.
func (h *hoister) temp(base string, like ir.Expr) *ir.Name {
	v := h.c.local(base, nil)
	sym := &ir.Symbol{Name: v.name, Kind: ir.SymLocal}
	h.c.g.vars[sym] = v
	h.c.g.hoistTemps[sym] = true
	n := &ir.Name{ExprBase: ir.ExprBase{Pos: h.pos}, Id: v.name, Sym: sym}
	if like != nil {
		n.T = like.GetType()
	}
	return n
}

func (h *hoister) base() ir.StmtBase { return ir.StmtBase{Pos: h.pos} }

func (h *hoister) emit(s ir.Stmt) { h.out = append(h.out, s) }

func (h *hoister) assignTo(t ir.Expr, v ir.Expr) {
	h.emit(&ir.Assign{StmtBase: h.base(), Targets: []ir.Expr{t}, Value: v})
}

// spill evaluates e now into a temporary, unless it is stable.
func (h *hoister) spill(e ir.Expr) ir.Expr {
	if e == nil || h.stable(e) {
		return e
	}
	t := h.temp("_t", e)
	h.assignTo(t, e)
	return t
}

// stable reports an operand whose value a later suspension cannot change.
func (h *hoister) stable(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.IntLit, *ir.FloatLit, *ir.ImagLit, *ir.StrLit, *ir.BytesLit, *ir.BoolLit, *ir.NoneLit,
		*ir.EllipsisLit, *ir.LibAttr, *ir.ModuleRef:
		return true
	case *ir.BuiltinCall:
		// super() names the class and self, which nothing rebinds.
		return e.Name == "super" && len(e.Args) == 0
	case *ir.Name:
		if h.c.g.hoistTemps[e.Sym] {
			return true // only this pass assigns it
		}
		if e.Check != ir.NoCheck {
			// The read raises if unbound: it happens where Python does it.
			return false
		}
		sym := h.c.g.resolve(e.Sym)
		if sym == nil {
			return false
		}
		if fi := h.c.g.symFunc[sym]; fi != nil {
			return true // a def bound once
		}
		return !h.walrus && h.c.ownLocal(sym)
	}
	return false
}

// fail records a suspension the pass cannot place exactly.
func (h *hoister) fail(what string) {
	if h.why == "" {
		h.why = what
	}
}

// hasWalrus reports an assignment expression in n (outside nested scopes).
func hasWalrus(n any) bool {
	found := false
	walk(n, func(x any) bool {
		switch x.(type) {
		case *ir.NamedExpr:
			found = true
		case *ir.Lambda, *ir.FuncDef:
			return false
		}
		return !found
	})
	return found
}

// stmt rewrites one statement into the statements that replace it.
func (h *hoister) stmt(s ir.Stmt) []ir.Stmt {
	if !suspends(s) {
		return []ir.Stmt{s}
	}
	savedOut, savedPos, savedWalrus := h.out, h.pos, h.walrus
	h.out, h.pos = nil, s.GetPos()
	switch s.(type) {
	case *ir.If, *ir.While, *ir.For, *ir.Try, *ir.With:
		// Their headers only; their bodies are statements of their own.
		h.walrus = false
	default:
		h.walrus = hasWalrus(s)
	}
	h.rewrite(s)
	out := h.out
	h.out, h.pos, h.walrus = savedOut, savedPos, savedWalrus
	return out
}

func (h *hoister) rewrite(s ir.Stmt) {
	switch s := s.(type) {
	case *ir.ExprStmt:
		h.emit(&ir.ExprStmt{StmtBase: s.StmtBase, X: h.top(s.X)})
	case *ir.Assign:
		h.assign(s)
	case *ir.AugAssign:
		h.augAssign(s)
	case *ir.Return:
		h.emit(&ir.Return{StmtBase: s.StmtBase, Value: h.top(s.Value)})
	case *ir.If:
		cond := h.cond(s.Cond)
		h.emit(&ir.If{StmtBase: s.StmtBase, Cond: cond, Body: h.stmts(s.Body), Else: h.stmts(s.Else)})
	case *ir.While:
		h.while(s)
	case *ir.For:
		iter := h.expr(s.Iter)
		target, body := s.Target, s.Body
		if suspends(target) {
			// Each item goes to a temporary, stored into the target (its
			// parts evaluated then, as STORE does) before the body.
			t := h.temp("_item", nil)
			store := &ir.Assign{StmtBase: s.StmtBase, Targets: []ir.Expr{target}, Value: t}
			target, body = t, append([]ir.Stmt{store}, body...)
		}
		h.emit(&ir.For{StmtBase: s.StmtBase, Target: target, Iter: iter, Body: h.stmts(body), Else: h.stmts(s.Else), IsAsync: s.IsAsync})
	case *ir.Try:
		t := *s
		t.Body = h.stmts(s.Body)
		t.Else = h.stmts(s.Else)
		t.Finally = h.stmts(s.Finally)
		t.Handlers = nil
		for _, hd := range s.Handlers {
			if hd.Type != nil && suspends(hd.Type) {
				h.fail("an await or yield in an except clause's exception type")
			}
			nh := *hd
			nh.Body = h.stmts(hd.Body)
			t.Handlers = append(t.Handlers, &nh)
		}
		h.emit(&t)
	case *ir.With:
		h.with(s)
	case *ir.Raise:
		ops := h.exprs([]ir.Expr{s.Exc, s.Cause})
		h.emit(&ir.Raise{StmtBase: s.StmtBase, Exc: ops[0], Cause: ops[1]})
	case *ir.Assert:
		h.assert(s)
	case *ir.Delete:
		var targets []ir.Expr
		for _, t := range s.Targets {
			targets = append(targets, h.target(t))
		}
		d := *s
		d.Targets = targets
		h.emit(&d)
	default:
		// A def or class statement whose defaults, decorators or bases
		// await, and whatever else Python allows there.
		h.fail("an await or yield in a def or class statement's defaults, decorators or bases")
	}
}

// top rewrites an expression that is a whole statement's value: a
// suspension point there stays in place (the step emitter splits at it)
// with its operand rewritten.
func (h *hoister) top(e ir.Expr) ir.Expr {
	if e == nil {
		return nil
	}
	switch x := e.(type) {
	case *ir.Await:
		return &ir.Await{ExprBase: x.ExprBase, X: h.expr(x.X)}
	case *ir.Yield:
		return &ir.Yield{ExprBase: x.ExprBase, X: h.expr(x.X), From: x.From}
	}
	return h.expr(e)
}

// expr rewrites e so that evaluating the result does not suspend, emitting
// what must run before it.
func (h *hoister) expr(e ir.Expr) ir.Expr {
	if e == nil || !suspends(e) {
		return e
	}
	switch x := e.(type) {
	case *ir.Await:
		a := &ir.Await{ExprBase: x.ExprBase, X: h.expr(x.X)}
		t := h.temp("_aw", e)
		h.assignTo(t, a)
		return t
	case *ir.Yield:
		y := &ir.Yield{ExprBase: x.ExprBase, X: h.expr(x.X), From: x.From}
		t := h.temp("_sent", e)
		h.assignTo(t, y)
		return t
	case *ir.BinOp:
		ops := h.exprs([]ir.Expr{x.X, x.Y})
		return &ir.BinOp{ExprBase: x.ExprBase, Op: x.Op, X: ops[0], Y: ops[1]}
	case *ir.UnaryOp:
		return &ir.UnaryOp{ExprBase: x.ExprBase, Op: x.Op, X: h.expr(x.X)}
	case *ir.BoolOp:
		return h.boolOp(x)
	case *ir.Compare:
		return h.compare(x)
	case *ir.IfExp:
		return h.ifExp(x)
	case *ir.Attribute:
		return &ir.Attribute{ExprBase: x.ExprBase, X: h.expr(x.X), Name: x.Name}
	case *ir.Subscript:
		xs, idx := h.subscript(x.X, x.Index)
		return &ir.Subscript{ExprBase: x.ExprBase, X: xs, Index: idx}
	case *ir.Call:
		return h.call(x)
	case *ir.BuiltinCall:
		y := *x
		y.Args = h.args(x.Args)
		return &y
	case *ir.LibCall:
		y := *x
		y.Args = h.args(x.Args)
		return &y
	case *ir.AsyncCall:
		y := *x
		y.Args = h.args(x.Args)
		return &y
	case *ir.ListLit:
		return &ir.ListLit{ExprBase: x.ExprBase, Elts: h.elts(x.Elts)}
	case *ir.TupleLit:
		return &ir.TupleLit{ExprBase: x.ExprBase, Elts: h.elts(x.Elts)}
	case *ir.SetLit:
		return &ir.SetLit{ExprBase: x.ExprBase, Elts: h.elts(x.Elts)}
	case *ir.DictLit:
		return h.dict(x)
	case *ir.FString:
		return h.fstring(x)
	case *ir.NamedExpr:
		return &ir.NamedExpr{ExprBase: x.ExprBase, Target: x.Target, Value: h.expr(x.Value)}
	case *ir.Comp:
		return h.comp(x)
	case *ir.Starred:
		return &ir.Starred{ExprBase: x.ExprBase, X: h.expr(x.X)}
	}
	h.fail("an await or yield in this expression")
	return e
}

// exprs rewrites operands Python evaluates left to right: those before the
// last one that suspends are evaluated first (into temporaries unless
// stable); those after it need no change. Nil operands stay nil.
func (h *hoister) exprs(es []ir.Expr) []ir.Expr {
	last := -1
	for i, e := range es {
		if e != nil && suspends(e) {
			last = i
		}
	}
	out := append([]ir.Expr(nil), es...)
	for i := 0; i < last; i++ {
		out[i] = h.spill(h.expr(es[i]))
	}
	if last >= 0 {
		out[last] = h.expr(es[last])
	}
	return out
}

// elts rewrites display elements; a starred one before a suspension is
// unpacked where Python unpacks it (into a tuple).
func (h *hoister) elts(es []ir.Expr) []ir.Expr {
	last := -1
	for i, e := range es {
		if suspends(e) {
			last = i
		}
	}
	out := append([]ir.Expr(nil), es...)
	for i := 0; i < last; i++ {
		out[i] = h.spillElt(es[i])
	}
	if last >= 0 {
		out[last] = h.expr(es[last])
	}
	return out
}

func (h *hoister) spillElt(e ir.Expr) ir.Expr {
	if st, ok := e.(*ir.Starred); ok {
		return &ir.Starred{ExprBase: st.ExprBase, X: h.spill(h.unpacked("tuple", h.expr(st.X), false))}
	}
	return h.spill(h.expr(e))
}

// unpacked is tuple(x) (or dict(**x)): the unpacking Python does at that
// operand, made before a later suspension.
func (h *hoister) unpacked(fn string, x ir.Expr, double bool) ir.Expr {
	return &ir.BuiltinCall{ExprBase: ir.ExprBase{Pos: x.GetPos()}, Name: fn, Args: []ir.Arg{{Value: x, DoubleStar: double}}}
}

// args rewrites call arguments: CPython evaluates the positional ones
// (with *args) first, then the keyword ones (with **kwargs), each group in
// source order.
func (h *hoister) args(as []ir.Arg) []ir.Arg {
	var order []int
	for i, a := range as {
		if a.Name == "" && !a.DoubleStar {
			order = append(order, i)
		}
	}
	for i, a := range as {
		if a.Name != "" || a.DoubleStar {
			order = append(order, i)
		}
	}
	last := -1
	for k, i := range order {
		if suspends(as[i].Value) {
			last = k
		}
	}
	out := append([]ir.Arg(nil), as...)
	for k := 0; k < last; k++ {
		a := &out[order[k]]
		v := h.expr(a.Value)
		switch {
		case a.Star:
			v = h.unpacked("tuple", v, false)
		case a.DoubleStar:
			v = h.unpacked("dict", v, true)
		}
		a.Value = h.spill(v)
	}
	if last >= 0 {
		a := &out[order[last]]
		a.Value = h.expr(a.Value)
	}
	return out
}

// call rewrites a call of a Python value: the callee is evaluated before
// the arguments. For `obj.method(...)` that includes the method lookup
// (LOAD_METHOD runs before the arguments), so a __getattr__ or property
// runs first and a method replaced during an await is not the one called.
// A receiver codegen binds statically (an event loop, a queue, a str...)
// has no lookup that Python code could observe; it keeps the call shape.
func (h *hoister) call(x *ir.Call) ir.Expr {
	y := *x
	if argsSuspend(x.Args) {
		switch f := x.Func.(type) {
		case *ir.Attribute:
			recv := h.spill(h.expr(f.X))
			attr := &ir.Attribute{ExprBase: f.ExprBase, X: recv, Name: f.Name}
			if h.dynamicReceiver(f.X) {
				y.Func = h.spill(attr)
			} else {
				y.Func = attr
			}
		default:
			y.Func = h.spill(h.expr(x.Func))
		}
	} else {
		y.Func = h.expr(x.Func)
	}
	y.Args = h.args(x.Args)
	return &y
}

// dynamicReceiver reports a receiver whose methods are looked up on the
// Python value at run time (a user object, or one inference left dynamic),
// except super(), whose lookup runs no user code.
func (h *hoister) dynamicReceiver(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.BuiltinCall, *ir.LibAttr, *ir.ModuleRef:
		return false
	case *ir.Name:
		if h.c.g.rtTypes[h.c.g.resolve(x.Sym)] != "" {
			return false
		}
	}
	switch t := x.GetType().(type) {
	case nil:
		return true
	case *ir.Basic:
		return t.K == ir.KAny
	}
	return false
}

func argsSuspend(as []ir.Arg) bool {
	for _, a := range as {
		if suspends(a.Value) {
			return true
		}
	}
	return false
}

// subscript rewrites x[index], a slice's bounds being operands of their own.
func (h *hoister) subscript(x, index ir.Expr) (ir.Expr, ir.Expr) {
	if sl, ok := index.(*ir.Slice); ok {
		ops := h.exprs([]ir.Expr{x, sl.Lo, sl.Hi, sl.Step})
		return ops[0], &ir.Slice{ExprBase: sl.ExprBase, Lo: ops[1], Hi: ops[2], Step: ops[3]}
	}
	if tl, ok := index.(*ir.TupleLit); ok && suspends(tl) && hasSlice(tl.Elts) {
		// x[a:b, c]: the object, then each element's operands (a slice's
		// bounds in order) left to right.
		flat := []ir.Expr{x}
		for _, e := range tl.Elts {
			if sl, ok := e.(*ir.Slice); ok {
				flat = append(flat, sl.Lo, sl.Hi, sl.Step)
			} else {
				flat = append(flat, e)
			}
		}
		ops := h.exprs(flat)
		elts := make([]ir.Expr, len(tl.Elts))
		k := 1
		for i, e := range tl.Elts {
			if sl, ok := e.(*ir.Slice); ok {
				elts[i] = &ir.Slice{ExprBase: sl.ExprBase, Lo: ops[k], Hi: ops[k+1], Step: ops[k+2]}
				k += 3
			} else {
				elts[i] = ops[k]
				k++
			}
		}
		return ops[0], &ir.TupleLit{ExprBase: tl.ExprBase, Elts: elts}
	}
	ops := h.exprs([]ir.Expr{x, index})
	return ops[0], ops[1]
}

// dict rewrites a dict display: key, value, next key, ...; `**m` merges
// where it stands.
func (h *hoister) dict(x *ir.DictLit) ir.Expr {
	var flat []ir.Expr
	for i := range x.Keys {
		flat = append(flat, x.Keys[i], x.Values[i])
	}
	last := -1
	for i, e := range flat {
		if e != nil && suspends(e) {
			last = i
		}
	}
	out := append([]ir.Expr(nil), flat...)
	for i := 0; i < last; i++ {
		if flat[i] == nil {
			continue
		}
		if i%2 == 1 && flat[i-1] == nil {
			out[i] = h.spill(h.unpacked("dict", h.expr(flat[i]), true))
			continue
		}
		out[i] = h.spill(h.expr(flat[i]))
	}
	out[last] = h.expr(flat[last])
	y := &ir.DictLit{ExprBase: x.ExprBase}
	for i := 0; i < len(out); i += 2 {
		y.Keys = append(y.Keys, out[i])
		y.Values = append(y.Values, out[i+1])
	}
	return y
}

// fieldOperands rewrites an f-string field's value and format spec: the
// value is evaluated before its spec and formatted (converted too) after
// it.
func (h *hoister) fieldOperands(p *ir.FStringPart) {
	if p.Spec != nil && suspends(p.Spec) {
		p.X = h.spill(h.expr(p.X))
		p.Spec = h.fstring(p.Spec).(*ir.FString)
		return
	}
	p.X = h.expr(p.X)
}

// fstring formats each field before a later suspension into a temporary
// (a one-field f-string), as CPython formats a field right after
// evaluating it.
func (h *hoister) fstring(x *ir.FString) ir.Expr {
	last := -1
	for i, p := range x.Parts {
		if p.X != nil && suspends(p.X) || p.Spec != nil && suspends(p.Spec) {
			last = i
		}
	}
	parts := append([]ir.FStringPart(nil), x.Parts...)
	for i := 0; i < last; i++ {
		p := parts[i]
		if p.X == nil {
			continue
		}
		one := &ir.FString{ExprBase: ir.ExprBase{Pos: p.X.GetPos()}, Parts: []ir.FStringPart{p}}
		h.fieldOperands(&one.Parts[0])
		t := h.temp("_field", nil)
		h.assignTo(t, one)
		parts[i] = ir.FStringPart{X: t}
	}
	h.fieldOperands(&parts[last])
	return &ir.FString{ExprBase: x.ExprBase, Parts: parts}
}

// boolOp: `a and b` is a temporary holding a, replaced by b when a is
// true (or false for `or`); b's suspensions run only on that branch. Each
// operand's truth is tested once, as CPython's jump threading has it (the
// sync emitter does the same, see flattenBool): an operand that is the
// same operator on the same line is spliced in, and one that is the other
// operator goes straight on to the next operand when it short-circuits.
func (h *hoister) boolOp(x *ir.BoolOp) ir.Expr {
	vals := flattenBool(x)
	if !anySuspend(vals[1:]) && !h.threaded(x, vals[0]) {
		vals = append([]ir.Expr{h.expr(vals[0])}, vals[1:]...)
		return &ir.BoolOp{ExprBase: x.ExprBase, Op: x.Op, Values: vals}
	}
	t := h.temp("_bool", x)
	h.chainBool(x, t, vals)
	return t
}

// threaded reports an operand of x that is the other operator, on the
// same line, whose short-circuit CPython threads through x's test.
func (h *hoister) threaded(x *ir.BoolOp, v ir.Expr) bool {
	w, ok := v.(*ir.BoolOp)
	return ok && w.Op != x.Op && threads(x, w)
}

// chainBool emits `t = v0; if t: (t = v1; if t: ...)` (negated for or),
// each value's suspensions inside its branch. A threaded operand of the
// other operator, `(a or b) and c`, is `k = True; if not a: (t = b; if not
// t: k = False)`, then `if k: (t = c ...)`: a short-circuiting a is not
// tested again.
func (h *hoister) chainBool(x *ir.BoolOp, t *ir.Name, vals []ir.Expr) {
	v := vals[0]
	if len(vals) == 1 {
		h.assignTo(t, h.expr(v))
		return
	}
	not := func(e ir.Expr) ir.Expr { return &ir.UnaryOp{ExprBase: ir.ExprBase{Pos: h.pos}, Op: ir.Not, X: e} }
	// goOn/stop: the condition on t under which x goes on to the next
	// operand, and the one under which t is x's value.
	goOn, stop := func(t ir.Expr) ir.Expr { return t }, not
	if x.Op == ir.Or {
		goOn, stop = stop, goOn
	}
	var cond ir.Expr
	if h.threaded(x, v) {
		w := v.(*ir.BoolOp)
		var head ir.Expr = w.Values[0]
		if len(w.Values) > 2 {
			head = &ir.BoolOp{ExprBase: w.ExprBase, Op: w.Op, Values: w.Values[:len(w.Values)-1]}
		}
		guard := h.cond(head)
		if w.Op == ir.Or {
			guard = not(guard)
		}
		k := h.flag(true)
		saved := h.out
		h.out = nil
		h.assignTo(t, h.expr(w.Values[len(w.Values)-1]))
		h.setIf(stop(t), k, false)
		body := h.out
		h.out = saved
		h.emit(&ir.If{StmtBase: h.base(), Cond: guard, Body: body})
		cond = k
	} else {
		h.assignTo(t, h.expr(v))
		cond = goOn(t)
	}
	saved := h.out
	h.out = nil
	h.chainBool(x, t, vals[1:])
	body := h.out
	h.out = saved
	h.emit(&ir.If{StmtBase: h.base(), Cond: cond, Body: body})
}

func hasSlice(es []ir.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ir.Slice); ok {
			return true
		}
	}
	return false
}

func anySuspend(es []ir.Expr) bool {
	for _, e := range es {
		if e != nil && suspends(e) {
			return true
		}
	}
	return false
}

// compare: a comparison of two operands orders them; a chain whose later
// links suspend becomes `t = a < b; if t: t = b < c ...`, each middle
// operand evaluated once.
func (h *hoister) compare(x *ir.Compare) ir.Expr {
	if len(x.Ops) == 1 || !anySuspend(x.Comparators[1:]) {
		ops := h.exprs(append([]ir.Expr{x.Left}, x.Comparators...))
		return &ir.Compare{ExprBase: x.ExprBase, Left: ops[0], Ops: x.Ops, Comparators: ops[1:]}
	}
	t := h.temp("_cmp", x)
	left := h.spill(h.expr(x.Left))
	h.compareLinks(x, t, left, 0)
	return t
}

func (h *hoister) compareLinks(x *ir.Compare, t *ir.Name, left ir.Expr, i int) {
	right := h.expr(x.Comparators[i])
	if i+1 < len(x.Ops) {
		right = h.spill(right)
	}
	h.assignTo(t, &ir.Compare{ExprBase: x.ExprBase, Left: left, Ops: x.Ops[i : i+1], Comparators: []ir.Expr{right}})
	if i+1 == len(x.Ops) {
		return
	}
	saved := h.out
	h.out = nil
	h.compareLinks(x, t, right, i+1)
	body := h.out
	h.out = saved
	h.emit(&ir.If{StmtBase: h.base(), Cond: t, Body: body})
}

// ifExp: `a if c else b` whose branches suspend is an if statement
// assigning a temporary.
func (h *hoister) ifExp(x *ir.IfExp) ir.Expr {
	if !suspends(x.Then) && !suspends(x.Else) {
		return &ir.IfExp{ExprBase: x.ExprBase, Cond: h.cond(x.Cond), Then: x.Then, Else: x.Else}
	}
	cond := h.cond(x.Cond)
	t := h.temp("_cond", x)
	branch := func(e ir.Expr) []ir.Stmt {
		saved := h.out
		h.out = nil
		h.assignTo(t, h.expr(e))
		body := h.out
		h.out = saved
		return body
	}
	then := branch(x.Then)
	els := branch(x.Else)
	h.emit(&ir.If{StmtBase: h.base(), Cond: cond, Body: then, Else: els})
	return t
}

// comp: a generator expression evaluates only its first iterable where it
// stands; a list, set or dict comprehension that suspends becomes the loop
// nest CPython's comprehension runs (compStmts), itself rewritten.
func (h *hoister) comp(x *ir.Comp) ir.Expr {
	if x.Kind == ir.GenExp {
		y := *x
		y.Generators = append([]ir.Comprehension(nil), x.Generators...)
		y.Generators[0].Iter = h.expr(x.Generators[0].Iter)
		y.Generators[0].Iter = h.spill(y.Generators[0].Iter)
		if !suspends(&y) {
			return &y
		}
		h.fail("an await inside a generator expression (an asynchronous generator expression)")
		return x
	}
	h.c.declareScope(x.Scope)
	res := h.temp("_comp", x)
	var init ir.Expr
	at := ir.ExprBase{Pos: x.Pos}
	switch x.Kind {
	case ir.ListComp:
		init = &ir.ListLit{ExprBase: at}
	case ir.SetComp:
		init = &ir.BuiltinCall{ExprBase: at, Name: "set"}
	default:
		init = &ir.DictLit{ExprBase: at}
	}
	h.assignTo(res, init)
	loops := compStmts(x, res, func(base string) *ir.Name { return h.temp(base, nil) })
	for _, s := range loops {
		h.out = append(h.out, h.stmt(s)...)
	}
	return res
}

// assign: the value first, then each target's parts left to right.
func (h *hoister) assign(s *ir.Assign) {
	targetsSuspend := anySuspend(s.Targets)
	if !targetsSuspend {
		h.emit(&ir.Assign{StmtBase: s.StmtBase, Targets: s.Targets, Value: h.top(s.Value)})
		return
	}
	v := h.spill(h.expr(s.Value))
	for _, t := range s.Targets {
		h.store(t, v)
	}
}

// store assigns v to target t, evaluating t's parts now.
func (h *hoister) store(t ir.Expr, v ir.Expr) {
	if !suspends(t) {
		h.assignTo(t, v)
		return
	}
	switch x := t.(type) {
	case *ir.TupleLit, *ir.ListLit:
		var elts []ir.Expr
		if tl, ok := x.(*ir.TupleLit); ok {
			elts = tl.Elts
		} else {
			elts = x.(*ir.ListLit).Elts
		}
		// Unpack into temporaries first, as UNPACK_SEQUENCE does, then
		// store each element.
		temps := make([]ir.Expr, len(elts))
		for i, e := range elts {
			tmp := h.temp("_unpack", nil)
			if _, ok := e.(*ir.Starred); ok {
				temps[i] = &ir.Starred{ExprBase: ir.ExprBase{Pos: h.pos}, X: tmp}
			} else {
				temps[i] = tmp
			}
		}
		h.assignTo(&ir.TupleLit{ExprBase: ir.ExprBase{Pos: h.pos}, Elts: temps}, v)
		for i, e := range elts {
			var val ir.Expr = temps[i]
			if st, ok := e.(*ir.Starred); ok {
				e = st.X
				val = temps[i].(*ir.Starred).X
			}
			h.store(e, val)
		}
	default:
		h.assignTo(h.target(t), v)
	}
}

// target rewrites a store or del target's parts (a subscript's object and
// index, an attribute's object) so the store itself does not suspend.
func (h *hoister) target(t ir.Expr) ir.Expr {
	if !suspends(t) {
		return t
	}
	switch x := t.(type) {
	case *ir.Subscript:
		xs, idx := h.subscript(x.X, x.Index)
		return &ir.Subscript{ExprBase: x.ExprBase, X: xs, Index: idx}
	case *ir.Attribute:
		return &ir.Attribute{ExprBase: x.ExprBase, X: h.expr(x.X), Name: x.Name}
	}
	h.fail("an await or yield in this assignment target")
	return t
}

// augAssign: `x op= await E` stays for the step emitter, which loads x
// first. Otherwise the target's parts are evaluated and its value loaded
// before the operand, the in-place operator applied to a temporary, and the
// result stored back.
func (h *hoister) augAssign(s *ir.AugAssign) {
	if nm, ok := s.Target.(*ir.Name); ok {
		aw, isAwait := s.Value.(*ir.Await)
		if h.stable(nm) || isAwait && !suspends(aw.X) {
			h.emit(&ir.AugAssign{StmtBase: s.StmtBase, Target: nm, Op: s.Op, Value: h.top(s.Value)})
			return
		}
	}
	var place ir.Expr
	switch x := s.Target.(type) {
	case *ir.Name:
		place = x
	case *ir.Subscript:
		xs, idx := h.subscript(x.X, x.Index)
		place = &ir.Subscript{ExprBase: x.ExprBase, X: h.spill(xs), Index: h.spill(idx)}
	case *ir.Attribute:
		place = &ir.Attribute{ExprBase: x.ExprBase, X: h.spill(h.expr(x.X)), Name: x.Name}
	default:
		h.fail("an await or yield in this augmented assignment")
		return
	}
	cur := h.temp("_cur", s.Target)
	h.assignTo(cur, place)
	val := h.top(s.Value)
	h.emit(&ir.AugAssign{StmtBase: s.StmtBase, Target: cur, Op: s.Op, Value: val})
	h.assignTo(place, cur)
}

// while: a condition that suspends is evaluated at the top of an endless
// loop; a flag records that it ended the loop, for the else clause.
func (h *hoister) while(s *ir.While) {
	if !suspends(s.Cond) {
		h.emit(&ir.While{StmtBase: s.StmtBase, Cond: s.Cond, Body: h.stmts(s.Body), Else: h.stmts(s.Else)})
		return
	}
	at := ir.ExprBase{Pos: s.Pos}
	var flag *ir.Name
	if len(s.Else) > 0 {
		flag = h.temp("_exhausted", nil)
		h.assignTo(flag, &ir.BoolLit{ExprBase: at, Value: false})
	}
	saved := h.out
	h.out = nil
	cond := h.cond(s.Cond)
	var exit []ir.Stmt
	if flag != nil {
		exit = append(exit, &ir.Assign{StmtBase: s.StmtBase, Targets: []ir.Expr{flag}, Value: &ir.BoolLit{ExprBase: at, Value: true}})
	}
	exit = append(exit, &ir.Break{StmtBase: s.StmtBase})
	h.emit(&ir.If{StmtBase: s.StmtBase, Cond: &ir.UnaryOp{ExprBase: at, Op: ir.Not, X: cond}, Body: exit})
	body := append(h.out, h.stmts(s.Body)...)
	h.out = saved
	h.emit(&ir.While{StmtBase: s.StmtBase, Cond: &ir.BoolLit{ExprBase: at, Value: true}, Body: body})
	if flag != nil {
		h.emit(&ir.If{StmtBase: s.StmtBase, Cond: flag, Body: h.stmts(s.Else)})
	}
}

// with: the first item's context expression is evaluated before the
// statement; a later item that suspends starts a nested with (the same
// statement to Python: each item is entered after the previous one).
func (h *hoister) with(s *ir.With) {
	for i, it := range s.Items {
		if it.Var != nil && suspends(it.Var) {
			// The entered value goes to a temporary, stored into the
			// target first thing inside the item (still covered by its
			// __exit__), before the next item is entered.
			t := h.temp("_entered", nil)
			body := []ir.Stmt{&ir.Assign{StmtBase: s.StmtBase, Targets: []ir.Expr{it.Var}, Value: t}}
			if i+1 < len(s.Items) {
				body = append(body, &ir.With{StmtBase: s.StmtBase, Items: s.Items[i+1:], Body: s.Body, IsAsync: s.IsAsync})
			} else {
				body = append(body, s.Body...)
			}
			items := append([]ir.WithItem(nil), s.Items[:i+1]...)
			items[i].Var = t
			h.with(&ir.With{StmtBase: s.StmtBase, Items: items, Body: body, IsAsync: s.IsAsync})
			return
		}
	}
	for i := 1; i < len(s.Items); i++ {
		if suspends(s.Items[i].Ctx) {
			inner := &ir.With{StmtBase: s.StmtBase, Items: s.Items[i:], Body: s.Body, IsAsync: s.IsAsync}
			outer := &ir.With{StmtBase: s.StmtBase, Items: s.Items[:i], Body: []ir.Stmt{inner}, IsAsync: s.IsAsync}
			h.with(outer)
			return
		}
	}
	items := append([]ir.WithItem(nil), s.Items...)
	if suspends(items[0].Ctx) {
		items[0].Ctx = h.spill(h.expr(items[0].Ctx))
	}
	w := *s
	w.Items = items
	w.Body = h.stmts(s.Body)
	h.emit(&w)
}

// assert: a message that suspends is evaluated only when the test fails.
func (h *hoister) assert(s *ir.Assert) {
	test := h.cond(s.Test)
	if s.Msg == nil || !suspends(s.Msg) {
		h.emit(&ir.Assert{StmtBase: s.StmtBase, Test: test, Msg: s.Msg})
		return
	}
	saved := h.out
	h.out = nil
	msg := h.expr(s.Msg)
	h.emit(&ir.Assert{StmtBase: s.StmtBase, Test: &ir.BoolLit{ExprBase: ir.ExprBase{Pos: s.Pos}, Value: false}, Msg: msg})
	body := h.out
	h.out = saved
	h.emit(&ir.If{StmtBase: s.StmtBase, Cond: &ir.UnaryOp{ExprBase: ir.ExprBase{Pos: s.Pos}, Op: ir.Not, X: test}, Body: body})
}

// cond rewrites an expression Python tests for truth where it stands (an
// if, while or assert test, a conditional expression's or comprehension
// condition's test). CPython compiles these as jumps (compiler_jump_if):
// `and`, `or`, `not` and a conditional expression there test each operand
// they evaluate exactly once and never build a value to test again. So a
// suspending one becomes if statements that set a bool temporary, each
// operand tested where it decides; what it returns is tested once more by
// the caller, which for the temporary runs no Python code.
func (h *hoister) cond(e ir.Expr) ir.Expr {
	if e == nil || !suspends(e) {
		return e
	}
	switch x := e.(type) {
	case *ir.UnaryOp:
		if x.Op == ir.Not {
			return &ir.UnaryOp{ExprBase: x.ExprBase, Op: ir.Not, X: h.cond(x.X)}
		}
	case *ir.BoolOp:
		return h.condBool(x)
	case *ir.IfExp:
		t := h.flag(false)
		branch := func(e ir.Expr) []ir.Stmt {
			saved := h.out
			h.out = nil
			h.setIf(h.cond(e), t, true)
			body := h.out
			h.out = saved
			return body
		}
		c := h.cond(x.Cond)
		then := branch(x.Then)
		els := branch(x.Else)
		h.emit(&ir.If{StmtBase: h.base(), Cond: c, Body: then, Else: els})
		return t
	}
	return h.expr(e)
}

// flag is a new bool temporary holding v.
func (h *hoister) flag(v bool) *ir.Name {
	t := h.temp("_test", nil)
	h.assignTo(t, &ir.BoolLit{ExprBase: ir.ExprBase{Pos: h.pos}, Value: v})
	return t
}

// setIf emits `if c: t = v`.
func (h *hoister) setIf(c ir.Expr, t *ir.Name, v bool) {
	set := &ir.Assign{StmtBase: h.base(), Targets: []ir.Expr{t}, Value: &ir.BoolLit{ExprBase: ir.ExprBase{Pos: h.pos}, Value: v}}
	h.emit(&ir.If{StmtBase: h.base(), Cond: c, Body: []ir.Stmt{set}})
}

// condBool: `a and b and c` tested for truth is `t = False; if a: if b:
// if c: t = True` (for `or`, `t = True` and each test negated), a leading
// run of operands that do not suspend tested as one condition.
func (h *hoister) condBool(x *ir.BoolOp) ir.Expr {
	vals := x.Values
	first := 0
	for first < len(vals) && !suspends(vals[first]) {
		first++
	}
	if first > 1 {
		head := &ir.BoolOp{ExprBase: x.ExprBase, Op: x.Op, Values: vals[:first]}
		vals = append([]ir.Expr{head}, vals[first:]...)
	}
	and := x.Op == ir.And
	t := h.flag(!and)
	var nest func(i int)
	nest = func(i int) {
		c := h.cond(vals[i])
		if !and {
			c = &ir.UnaryOp{ExprBase: ir.ExprBase{Pos: h.pos}, Op: ir.Not, X: c}
		}
		if i == len(vals)-1 {
			h.setIf(c, t, and)
			return
		}
		saved := h.out
		h.out = nil
		nest(i + 1)
		body := h.out
		h.out = saved
		h.emit(&ir.If{StmtBase: h.base(), Cond: c, Body: body})
	}
	nest(0)
	return t
}
