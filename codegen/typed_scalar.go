package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Typed scalars (DESIGN.md, "Typed Go from inferred types"). ir.Infer
// records a type on every symbol and expression; where it proves a local of
// a plain def always holds an int, float, str or bool, the local is a Go
// variable of that type (goType) and the operations between such values are
// Go operations or typed rt/py helpers (py.Int's methods, py.FloatDiv, ...)
// instead of calls on `any`. A static def whose parameters or result are
// typed takes and returns them unboxed, and its callers call it directly.
//
// The typed form is chosen only where it is exact by construction:
//   - a typed local is bound only by `name = value`, `name op= value` (with
//     an operator the typed form has for its types), `for name in ...` (int
//     or str) or as a parameter; it is never captured by an inner scope (so no call
//     can change it while an expression reads it, and Go's late variable
//     reads are Python's order), never deleted and never possibly unbound;
//   - the def is not a generator or lambda; an async def's typed locals
//     are fields of its frame struct, bound by statements without an
//     await (`x = await e` stores the resumed value, which stays dynamic)
//     or by a for loop the step form flattens (stepFor unboxes the item);
//     its parameters and result stay dynamic. Typed parameters need a
//     static sync def called only directly (no *py.Function for it) with
//     plain positional parameters and no defaults;
//   - values cross to dynamic code boxed (box), and dynamic values that
//     inference typed enter typed code through py.AsInt and friends, which
//     panic rather than go on if inference was ever wrong.
//
// Options.Dynamic turns all of it off: every value is `any` again.

// typedSig is the Go signature of a def with typed parameters or result:
// per paramOrder slot the parameter's type (nil: any), and the result's.
type typedSig struct {
	params []ir.Type
	result ir.Type
}

// scalar returns t when typed code holds values of type t unboxed.
func (g *gen) scalar(t ir.Type) ir.Type {
	if g.opts.Dynamic {
		return nil
	}
	switch t {
	case ir.Int, ir.Float, ir.Str, ir.Bool:
		return t
	}
	return nil
}

// goType is the Go type typed code holds a value of type t in.
func goType(t ir.Type) jen.Code {
	switch t {
	case ir.Int:
		return jen.Qual(pyPath, "Int")
	case ir.Float:
		return jen.Float64()
	case ir.Str:
		return jen.String()
	case ir.Bool:
		return jen.Bool()
	}
	return jen.Any()
}

// typedScalars picks the typed locals and signatures. It runs after the
// prepass has counted bindings and classified defs.
func (g *gen) typedScalars() {
	g.typedVars = map[*ir.Symbol]ir.Type{}
	g.typedSigs = map[*ir.FuncDef]*typedSig{}
	g.leafMemo = map[ir.Expr]bool{}
	if g.opts.Dynamic {
		return
	}
	plain := map[*ir.Symbol]int{} // bindings of the forms typed code stores
	var defs []*ir.FuncDef
	walk(g.m.Body, func(n any) bool {
		switch n := n.(type) {
		case *ir.FuncDef:
			if !n.IsGenerator && !n.IsLambda && n.Scope != nil {
				defs = append(defs, n)
			}
		case *ir.Assign:
			// `x = await e` binds x from the step form's resume point
			// (step.go), outside typedStmt: x stays dynamic.
			if len(n.Targets) != 1 || n.Value == nil || suspends(n.Value) {
				break
			}
			if nm, ok := n.Targets[0].(*ir.Name); ok {
				plain[g.resolve(nm.Sym)]++
			}
		case *ir.AugAssign:
			if nm, ok := n.Target.(*ir.Name); ok && !suspends(n.Value) {
				s := g.resolve(nm.Sym)
				if s != nil && g.typedBinOp(n.Op, s.Type, n.Value.GetType()) == s.Type {
					plain[s]++
				}
			}
		case *ir.For:
			if nm, ok := n.Target.(*ir.Name); ok && !n.IsAsync {
				if s := g.resolve(nm.Sym); s != nil && (s.Type == ir.Int || s.Type == ir.Str) {
					plain[s]++
				}
			}
		}
		return true
	})
	for _, def := range defs {
		params := map[*ir.Symbol]bool{}
		for _, p := range def.Params {
			params[paramSym(def, p)] = true
		}
		for _, s := range scopeSymbols(def.Scope) {
			t := g.scalar(s.Type)
			if t == nil || s.Kind != ir.SymLocal && s.Kind != ir.SymParam || s.Captured || s.MayBeUnbound ||
				g.stores[s] != plain[s] || g.symFunc[s] != nil || g.importSyms[s] {
				continue
			}
			if params[s] && (def.IsAsync || g.typedParamsOK(def) == nil) {
				continue
			}
			g.typedVars[s] = t
		}
		if def.IsAsync {
			continue // a coroutine function's signature stays dynamic
		}
		fi := g.typedParamsOK(def)
		if fi == nil {
			continue
		}
		sig := &typedSig{}
		typed := false
		for _, p := range paramOrder(def) {
			t := g.typedVars[paramSym(def, p)]
			sig.params = append(sig.params, t)
			typed = typed || t != nil
		}
		if ft, ok := g.resolve(def.Sym).Type.(*ir.Func); ok && !ft.IsAsync {
			sig.result = g.scalar(ft.Result)
		}
		if typed || sig.result != nil {
			g.typedSigs[def] = sig
		}
	}
}

func paramSym(def *ir.FuncDef, p *ir.Param) *ir.Symbol {
	if p.Sym != nil {
		return p.Sym
	}
	return def.Scope.Names[p.Name]
}

// typedParamsOK returns the funcInfo of a def that may have a typed
// signature: a static def every use of which is a direct call, with plain
// positional parameters.
func (g *gen) typedParamsOK(def *ir.FuncDef) *funcInfo {
	if def.Sym == nil || def.Class != nil {
		return nil
	}
	s := g.resolve(def.Sym)
	fi := g.symFunc[s]
	if fi == nil || !fi.static || g.valueUse[s] {
		return nil
	}
	for _, p := range def.Params {
		if p.Default != nil || p.Kind != ir.ParamPositional && p.Kind != ir.ParamPosOnly {
			return nil
		}
	}
	return fi
}

// staticFuncType is the Go type of a static def's function.
func (g *gen) staticFuncType(def *ir.FuncDef) jen.Code {
	sig := g.typedSigs[def]
	if sig == nil {
		return goFuncType(def)
	}
	params := make([]jen.Code, len(sig.params))
	for i, t := range sig.params {
		params[i] = goType(t)
	}
	return jen.Func().Params(params...).Add(goType(sig.result))
}

// typedVar returns the typed variable behind a name, and its type.
func (c *fnCtx) typedVar(n *ir.Name) (*varRef, ir.Type) {
	s := c.g.resolve(n.Sym)
	t := c.g.typedVars[s]
	if t == nil {
		return nil, nil
	}
	return c.g.vars[s], t
}

// typedVarOf is the typed variable behind a name, or nil.
func (c *fnCtx) typedVarOf(n *ir.Name) *varRef {
	v, _ := c.typedVar(n)
	return v
}

// box turns typed code of type t into the dynamic value.
func box(code *jen.Statement, t ir.Type) *jen.Statement {
	if t == ir.Int {
		return code.Dot("Box").Call()
	}
	return code
}

// unbox turns dynamic code that inference typed t into typed code.
func unbox(code jen.Code, t ir.Type) *jen.Statement {
	name := map[ir.Type]string{ir.Int: "AsInt", ir.Float: "AsFloat", ir.Str: "AsStr", ir.Bool: "AsBool"}[t]
	return jen.Qual(pyPath, name).Call(code)
}

// typedEx is ex for the expressions the typed form computes (those reading
// a typed variable or calling a typed def): their value, boxed.
func (c *fnCtx) typedEx(e ir.Expr) (xr, bool) {
	r, ok := c.typedForm(e)
	if !ok {
		return xr{}, false
	}
	if !r.typed {
		return r, true
	}
	if r.t == ir.Int {
		return xr{c: box(r.c, r.t), call: true}, true
	}
	// float64, string and bool are the dynamic values themselves.
	if r.sum {
		return xr{c: jen.Parens(r.c), t: r.t}, true
	}
	return xr{c: r.c, t: r.t, call: r.call}, true
}

// typedAs generates e as typed code of type t (e's inferred type), for a
// context where any Go expression fits (an assignment, an argument).
func (c *fnCtx) typedAs(e ir.Expr, t ir.Type) *jen.Statement { return c.typedAsX(e, t).c }

// typedAsX is typedAs, saying whether the code is a sum.
func (c *fnCtx) typedAsX(e ir.Expr, t ir.Type) xr {
	if r, ok := c.typedForm(e); ok {
		switch {
		case r.typed && r.t == t:
			return r
		case r.typed:
			return xr{c: unbox(box(r.c, r.t), t)}
		}
		return xr{c: unbox(r.c, t)}
	}
	switch e := e.(type) {
	case *ir.IntLit:
		if t == ir.Int {
			if r := intLit(e.Value, false); r.t == ir.Int {
				return xr{c: jen.Qual(pyPath, "IntOf").Call(r.c)}
			}
			return xr{c: jen.Qual(pyPath, "IntLit").Call(jen.Lit(e.Value))}
		}
	case *ir.FloatLit:
		if t == ir.Float {
			return xr{c: floatLit(e.Value).c}
		}
	case *ir.StrLit:
		if t == ir.Str {
			return xr{c: jen.Lit(e.Value)}
		}
	case *ir.BoolLit:
		if t == ir.Bool {
			return xr{c: jen.Lit(e.Value)}
		}
	}
	r := c.val(e)
	switch {
	case r.t == ir.Int && t == ir.Int:
		return xr{c: jen.Qual(pyPath, "IntOf").Call(r.c)} // a Go int
	case r.t == t:
		return xr{c: r.c} // already a Go float64, string or bool
	}
	return xr{c: unbox(r.c, t)}
}

// typedForm generates e in typed form when e reads a typed variable or
// calls a typed def and the operations on the way have a typed form. The
// result is typed (r.typed) unless it is a typed def's untyped result.
func (c *fnCtx) typedForm(e ir.Expr) (xr, bool) {
	if c.g.opts.Dynamic || !c.g.typedLeaf(e) {
		return xr{}, false
	}
	switch e := e.(type) {
	case *ir.Name:
		v, t := c.typedVar(e)
		if v == nil {
			return xr{}, false
		}
		return xr{c: v.use(), t: t, typed: true}, true
	case *ir.Call:
		return c.typedCall(e)
	case *ir.BinOp:
		return c.typedBinary(e)
	case *ir.UnaryOp:
		return c.typedUnary(e)
	case *ir.Compare:
		return c.typedCompare(e)
	case *ir.BuiltinCall:
		return c.typedBuiltin(e)
	}
	return xr{}, false
}

// typedLeaf reports whether e is, or directly combines, a typed variable
// or a call of a typed def: only such expressions take the typed form, so
// code without typed values is generated exactly as in the dynamic mode.
func (g *gen) typedLeaf(e ir.Expr) bool {
	if len(g.typedVars) == 0 && len(g.typedSigs) == 0 {
		return false
	}
	// Memoized: ex asks at every level of a nested expression.
	leaf, seen := g.leafMemo[e]
	if !seen {
		leaf = g.typedLeafOf(e)
		g.leafMemo[e] = leaf
	}
	return leaf
}

func (g *gen) typedLeafOf(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Name:
		return g.typedVars[g.resolve(e.Sym)] != nil
	case *ir.Call:
		return g.typedCallee(e) != nil
	case *ir.BinOp:
		return g.typedLeaf(e.X) || g.typedLeaf(e.Y)
	case *ir.UnaryOp:
		return g.typedLeaf(e.X)
	case *ir.Compare:
		return len(e.Ops) == 1 && (g.typedLeaf(e.Left) || g.typedLeaf(e.Comparators[0]))
	case *ir.BuiltinCall:
		return len(e.Args) == 1 && g.typedLeaf(e.Args[0].Value)
	}
	return false
}

// typedCallee returns the typed def a call binds to statically.
func (g *gen) typedCallee(e *ir.Call) *funcInfo {
	nm, ok := e.Func.(*ir.Name)
	if !ok {
		return nil
	}
	s := g.resolve(nm.Sym)
	if s == nil || s.Kind == ir.SymBuiltin {
		return nil
	}
	fi := g.symFunc[s]
	if fi == nil || g.typedSigs[fi.def] == nil {
		return nil
	}
	if _, ok := bindStatic(fi.def, e.Args); !ok {
		return nil
	}
	return fi
}

// typedCall calls a typed def directly with its typed arguments.
func (c *fnCtx) typedCall(e *ir.Call) (xr, bool) {
	fi := c.g.typedCallee(e)
	if fi == nil {
		return xr{}, false
	}
	sig := c.g.typedSigs[fi.def]
	slots, _ := bindStatic(fi.def, e.Args)
	arg := func(i int, a ir.Expr) *jen.Statement {
		if t := sig.params[i]; t != nil {
			return c.typedAs(a, t)
		}
		return c.expr(a)
	}
	callee := fi.goFunc.use()
	var r xr
	if inOrder(e.Args, slots) {
		// Typed arguments are values (typed variables cannot change under
		// a call) or calls, which Go makes left to right: only untyped
		// variable reads need ordering.
		after := effectsAfter(e.Args)
		codes := make([]jen.Code, len(slots))
		for i, s := range slots {
			if sig.params[i] == nil {
				codes[i] = c.operand(s.arg, after[i])
			} else {
				codes[i] = arg(i, s.arg)
			}
		}
		r = xr{c: callee.Call(codes...), call: true}
	} else {
		// Keyword arguments out of order: evaluate in source order into
		// temporaries, then call.
		slotOf := map[ir.Expr]int{}
		for i, s := range slots {
			slotOf[s.arg] = i
		}
		var body []jen.Code
		temps := make([]jen.Code, len(slots))
		for _, a := range e.Args {
			i := slotOf[a.Value]
			t := c.temp("arg")
			body = append(body, jen.Id(t).Op(":=").Add(tempInit(a.Value, arg(i, a.Value))))
			temps[i] = jen.Id(t)
		}
		body = append(body, jen.Return(jen.Add(callee).Call(temps...)))
		r = xr{c: jen.Func().Params().Add(goType(sig.result)).Block(c.lines(body...)...).Call(), call: true}
	}
	if sig.result != nil {
		r.t, r.typed = sig.result, true
	}
	return r, true
}

// typedBinOp is the type of `x op y` in the typed form for operands of
// types x and y, or nil when the typed form has no such operation.
func (g *gen) typedBinOp(op ir.BinOpKind, x, y ir.Type) ir.Type {
	x, y = g.scalar(x), g.scalar(y)
	num := func(t ir.Type) bool { return t == ir.Int || t == ir.Float }
	switch {
	case x == ir.Str && y == ir.Str && op == ir.Add:
		return ir.Str
	case !num(x) || !num(y):
		return nil
	}
	switch op {
	case ir.Add, ir.Sub, ir.Mul, ir.FloorDiv, ir.Mod:
		if x == ir.Int && y == ir.Int {
			return ir.Int
		}
		return ir.Float
	case ir.Div:
		return ir.Float
	}
	return nil
}

func (c *fnCtx) typedBinary(e *ir.BinOp) (xr, bool) {
	tx, ty := c.g.scalar(e.X.GetType()), c.g.scalar(e.Y.GetType())
	t := c.g.typedBinOp(e.Op, tx, ty)
	if t == nil || t != c.g.scalar(e.GetType()) {
		return xr{}, false
	}
	if tx == ir.Int && ty == ir.Float && hasEffects(e.Y) {
		// Python converts x to float after evaluating y: an
		// OverflowError must not come before y's effects.
		return xr{}, false
	}
	if tx == ir.Float && ty == ir.Float && isLiteral(e.X) && isLiteral(e.Y) {
		// Go would fold two constants with exact arithmetic.
		return xr{}, false
	}
	xx, yx := c.typedAsX(e.X, tx), c.typedAsX(e.Y, ty)
	x, y := xx.c, yx.c
	if yx.sum {
		y = jen.Parens(y) // x - (a + b)
	}
	out := func(code *jen.Statement) (xr, bool) { return xr{c: code, t: t, typed: true, call: true}, true }
	sum := func(op string) (xr, bool) {
		return xr{c: jen.Add(x).Op(op).Add(y), t: t, typed: true, sum: true}, true
	}
	if t == ir.Str {
		return sum("+")
	}
	if tx == ir.Int && ty == ir.Int {
		if e.Op == ir.Div {
			return out(x.Dot("TrueDiv").Call(y))
		}
		return out(x.Dot(intMethods[e.Op]).Call(y))
	}
	if tx == ir.Int {
		x = x.Dot("Float").Call()
	}
	if ty == ir.Int {
		y = y.Dot("Float").Call()
	}
	switch e.Op {
	case ir.Add:
		return sum("+")
	case ir.Sub:
		return sum("-")
	case ir.Mul:
		if xx.sum {
			x = jen.Parens(x)
		}
		// The conversion rounds the product on its own: Go may otherwise
		// fuse it with an addition into one differently rounded FMA.
		return out(jen.Float64().Parens(jen.Add(x).Op("*").Add(y)))
	case ir.Div:
		return out(jen.Qual(pyPath, "FloatDiv").Call(x, y))
	case ir.FloorDiv:
		return out(jen.Qual(pyPath, "FloatFloorDiv").Call(x, y))
	}
	return out(jen.Qual(pyPath, "FloatMod").Call(x, y))
}

var intMethods = map[ir.BinOpKind]string{
	ir.Add: "Add", ir.Sub: "Sub", ir.Mul: "Mul", ir.FloorDiv: "FloorDiv", ir.Mod: "Mod",
}

func isLiteral(e ir.Expr) bool {
	switch e.(type) {
	case *ir.IntLit, *ir.FloatLit:
		return true
	}
	return false
}

func (c *fnCtx) typedUnary(e *ir.UnaryOp) (xr, bool) {
	tx := c.g.scalar(e.X.GetType())
	switch {
	case e.Op == ir.Neg && tx == ir.Int && c.g.scalar(e.GetType()) == ir.Int:
		return xr{c: c.typedAs(e.X, ir.Int).Dot("Neg").Call(), t: ir.Int, typed: true, call: true}, true
	case e.Op == ir.Neg && tx == ir.Float && c.g.scalar(e.GetType()) == ir.Float:
		return xr{c: jen.Op("-").Parens(c.typedAs(e.X, ir.Float)), t: ir.Float, typed: true}, true
	case e.Op == ir.Not && tx != nil:
		return xr{c: jen.Op("!").Add(c.typedTruth(e.X, tx)), t: ir.Bool, typed: true}, true
	}
	return xr{}, false
}

// typedTruth is bool(e) for e of scalar type t.
func (c *fnCtx) typedTruth(e ir.Expr, t ir.Type) *jen.Statement {
	return truthOf(c.typedAs(e, t), t)
}

// truthOf is bool(x) for typed code x of type t.
func truthOf(x *jen.Statement, t ir.Type) *jen.Statement {
	switch t {
	case ir.Int:
		return x.Dot("Truth").Call()
	case ir.Float:
		return jen.Parens(jen.Add(x).Op("!=").Lit(0))
	case ir.Str:
		return jen.Parens(jen.Add(x).Op("!=").Lit(""))
	}
	return x
}

var goCmpOps = map[ir.CmpOpKind]string{
	ir.Eq: "==", ir.NotEq: "!=", ir.Lt: "<", ir.LtE: "<=", ir.Gt: ">", ir.GtE: ">=",
}

var intCmpMethods = map[ir.CmpOpKind]string{
	ir.Eq: "Eq", ir.Lt: "Lt", ir.LtE: "LtE", ir.Gt: "Gt", ir.GtE: "GtE",
}

// typedCompare: one comparison of two ints, two floats or two strs (Go
// orders strings by bytes, which for UTF-8 is code point order, as
// py.Lt does). Mixed int/float comparisons stay dynamic: CPython compares
// those exactly, not through a float conversion.
func (c *fnCtx) typedCompare(e *ir.Compare) (xr, bool) {
	op := e.Ops[0]
	tx, ty := c.g.scalar(e.Left.GetType()), c.g.scalar(e.Comparators[0].GetType())
	if tx != ty || tx == nil || tx == ir.Bool || goCmpOps[op] == "" {
		return xr{}, false
	}
	x, y := c.typedAs(e.Left, tx), c.typedAs(e.Comparators[0], ty)
	if tx == ir.Int {
		if op == ir.NotEq {
			return xr{c: jen.Op("!").Add(x).Dot("Eq").Call(y), t: ir.Bool, typed: true}, true
		}
		return xr{c: x.Dot(intCmpMethods[op]).Call(y), t: ir.Bool, typed: true, call: true}, true
	}
	return xr{c: jen.Parens(jen.Add(x).Op(goCmpOps[op]).Add(y)), t: ir.Bool, typed: true}, true
}

// typedBuiltin: len() of a typed str, str() of a typed int.
func (c *fnCtx) typedBuiltin(e *ir.BuiltinCall) (xr, bool) {
	a := e.Args[0]
	if a.Name != "" || a.Star || a.DoubleStar {
		return xr{}, false
	}
	t := c.g.scalar(a.Value.GetType())
	switch {
	case e.Name == "len" && t == ir.Str:
		return xr{c: jen.Qual(pyPath, "IntOf").Call(jen.Qual(pyPath, "StrLen").Call(c.typedAs(a.Value, ir.Str))), t: ir.Int, typed: true, call: true}, true
	case e.Name == "str" && t == ir.Int:
		return xr{c: c.typedAs(a.Value, ir.Int).Dot("String").Call(), t: ir.Str, typed: true, call: true}, true
	}
	return xr{}, false
}

// typedStmt generates the bindings of typed variables.
func (c *fnCtx) typedStmt(s ir.Stmt) ([]jen.Code, bool) {
	switch s := s.(type) {
	case *ir.Assign:
		if len(s.Targets) != 1 || s.Value == nil {
			return nil, false
		}
		nm, ok := s.Targets[0].(*ir.Name)
		if !ok {
			return nil, false
		}
		if v, t := c.typedVar(nm); v != nil {
			return []jen.Code{jen.Id(v.name).Op("=").Add(c.typedAs(s.Value, t))}, true
		}
	case *ir.AugAssign:
		nm, ok := s.Target.(*ir.Name)
		if !ok {
			return nil, false
		}
		if v, t := c.typedVar(nm); v != nil {
			// x op= y is x = x op y for ints, floats and strs (typedScalars
			// types x only when the operation has a typed form).
			load := &ir.Name{ExprBase: ir.ExprBase{Pos: nm.Pos, T: t}, Id: nm.Id, Sym: nm.Sym}
			bin := &ir.BinOp{ExprBase: ir.ExprBase{Pos: s.Pos, T: t}, Op: s.Op, X: load, Y: s.Value}
			r, ok := c.typedBinary(bin)
			if !ok {
				c.g.errorf(s.Pos, "internal error: a typed augmented assignment has no typed form")
				return nil, true
			}
			return []jen.Code{jen.Id(v.name).Op("=").Add(r.c)}, true
		}
	}
	return nil, false
}

// forIter is the Go range expression of a for loop: the dynamic iteration,
// or py.Ints / py.Strs when the target is a typed int or str.
func (c *fnCtx) forIter(s *ir.For) *jen.Statement {
	if nm, ok := s.Target.(*ir.Name); ok {
		switch _, t := c.typedVar(nm); t {
		case ir.Int:
			return jen.Qual(pyPath, "Ints").Call(c.iterable(s.Iter))
		case ir.Str:
			return jen.Qual(pyPath, "Strs").Call(c.iterable(s.Iter))
		}
	}
	return jen.Qual(pyPath, "Iter").Call(c.iterable(s.Iter))
}

// typedCond is the truth test of an expression the typed form computes:
// `if n:` on a typed int is n.Truth(), not py.Truth of the boxed value.
func (c *fnCtx) typedCond(e ir.Expr) (*jen.Statement, bool) {
	t := c.g.scalar(e.GetType())
	if t == nil || !c.g.typedLeaf(e) {
		return nil, false
	}
	r, ok := c.typedForm(e)
	if !ok || !r.typed || r.t != t {
		return nil, false
	}
	return truthOf(r.c, t), true
}
