package codegen

import (
	"math"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/surface"
)

// xr is a generated expression.
type xr struct {
	c *jen.Statement
	// t is the Python type ir.Infer's terms give c where codegen knows it
	// statically (nil: unknown). Unless typed is set, c is code of Go type
	// any or of a Go type that converts to the dynamic value implicitly:
	// bool for ir.Bool, string for ir.Str, float64 for ir.Float, a Go int
	// for ir.Int.
	t ir.Type
	// typed: c is in the unboxed form of t that typed code uses (goType).
	typed bool
	// sum: c is a Go `x + y` or `x - y` (typed code): it needs parentheses
	// as an operand of a tighter operator or as a right operand.
	sum  bool
	call bool // c is a Go call expression (valid as a statement)
	void bool // c returns nothing: only valid as a statement
	// rtType names the runtime type ("Loop", "Queue", "Task") when c is
	// statically one (then it is a *rt.<rtType>).
	rtType string
}

// expr generates e as a value.
func (c *fnCtx) expr(e ir.Expr) *jen.Statement { return c.val(e).c }

// val is ex for value contexts: a call returning nothing becomes a closure
// returning None.
func (c *fnCtx) val(e ir.Expr) xr {
	r := c.ex(e)
	if r.void {
		return xr{c: jen.Func().Params().Any().Block(c.lines(r.c, jen.Return(jen.Nil()))...).Call(), call: true}
	}
	return r
}

// tempInit is the right-hand side of `tmp := e`: untyped nil needs a type.
func tempInit(e ir.Expr, code jen.Code) jen.Code {
	if _, ok := e.(*ir.NoneLit); ok || e == nil {
		return jen.Any().Parens(code)
	}
	return code
}

// symVar is the Go variable a symbol is stored in (nil after reporting an
// error).
func (c *fnCtx) symVar(sym *ir.Symbol, pos ir.Pos) *jen.Statement {
	s := c.g.resolve(sym)
	if s == nil {
		c.g.errorf(pos, "internal error: unresolved name")
		return nil
	}
	if v := c.g.vars[s]; v != nil {
		return jen.Id(v.name)
	}
	if classScopeSym(s) {
		c.g.unsupported(pos, "this binding of a class attribute inside its class body")
		return nil
	}
	if fi := c.g.symFunc[s]; fi != nil {
		c.g.errorf(pos, "internal error: assignment to def %s", s.Name)
		return nil
	}
	if s.Kind == ir.SymBuiltin {
		c.g.unsupported(pos, "assigning to the builtin name "+s.Name)
		return nil
	}
	c.g.errorf(pos, "internal error: no storage for name %s", s.Name)
	return nil
}

// nameVar returns the variable behind a Name target when it is a plain
// variable.
func (c *fnCtx) nameVar(n *ir.Name) *jen.Statement {
	s := c.g.resolve(n.Sym)
	if v := c.g.vars[s]; v != nil && s != nil {
		return jen.Id(v.name)
	}
	return nil
}

func (c *fnCtx) load(n *ir.Name) *jen.Statement { return c.loadName(n).c }

func (c *fnCtx) loadName(n *ir.Name) xr {
	s := c.g.resolve(n.Sym)
	if s == nil || s.Kind == ir.SymBuiltin {
		return c.builtinValue(n.Id, n.Pos)
	}
	if classScopeSym(s) {
		return c.classLoad(n, s)
	}
	if v := c.g.vars[s]; v != nil {
		if n.Check != ir.NoCheck {
			return xr{c: c.checkedLoad(n, v.use()), call: true}
		}
		return xr{c: v.use(), rtType: c.g.rtTypes[s]}
	}
	if fi := c.g.symFunc[s]; fi != nil && fi.fnVar != nil {
		return xr{c: fi.fnVar.use()}
	}
	if c.g.importSyms[s] {
		return xr{c: c.g.unsupported(n.Pos, "using an imported module ("+n.Id+") as a value")}
	}
	c.g.errorf(n.Pos, "internal error: no storage for name %s", n.Id)
	return xr{c: jen.Nil()}
}

// checkedLoad reads a variable the frontend could not prove bound: the
// read raises CPython's UnboundLocalError or NameError if it holds
// py.Unbound. A module variable shadowing a builtin means the builtin
// while it is unbound.
func (c *fnCtx) checkedLoad(n *ir.Name, v *jen.Statement) *jen.Statement {
	switch n.Check {
	case ir.CheckLocal:
		return jen.Qual(pyPath, "LoadLocal").Call(v, jen.Lit(n.Id))
	case ir.CheckFree:
		return jen.Qual(pyPath, "LoadFree").Call(v, jen.Lit(n.Id))
	}
	if n.Id == "__name__" || n.Id == "__file__" || surface.ExceptionClass(n.Id) != "" || surface.LookupBuiltin(n.Id) != nil {
		return jen.Qual(pyPath, "LoadGlobalOr").Call(v, jen.Func().Params().Any().Block(
			jen.Return(c.builtinValue(n.Id, n.Pos).c)))
	}
	return jen.Qual(pyPath, "LoadGlobal").Call(v, jen.Lit(n.Id))
}

// staticClass returns py.X for an expression naming a builtin or asyncio
// exception class.
func (c *fnCtx) staticClass(e ir.Expr) jen.Code {
	switch e := e.(type) {
	case *ir.Name:
		s := c.g.resolve(e.Sym)
		if s == nil || s.Kind == ir.SymBuiltin {
			if cls := surface.ExceptionClass(e.Id); cls != "" {
				return jen.Qual(pyPath, cls)
			}
		}
	case *ir.LibAttr:
		if entry := surface.Lookup(e.Module, e.Name); entry != nil && entry.Kind == surface.Class {
			return goQual(entry)
		}
	}
	return nil
}

func (c *fnCtx) builtinValue(name string, pos ir.Pos) xr {
	switch name {
	case "NotImplemented":
		return xr{c: jen.Qual(pyPath, "NotImplemented")}
	case "__name__":
		return xr{c: jen.Lit(c.g.moduleName()), t: ir.Str}
	case "__file__":
		return xr{c: jen.Lit(c.g.m.Path), t: ir.Str}
	}
	if cls := surface.ExceptionClass(name); cls != "" {
		return xr{c: jen.Qual(pyPath, cls)}
	}
	if surface.LookupBuiltin(name) != nil {
		return xr{c: jen.Qual(pyPath, "Builtin").Call(jen.Lit(name)), call: true}
	}
	if surface.PythonBuiltins[name] {
		// CPython has it: a NameError would be silently different.
		return xr{c: c.g.unsupported(pos, "the builtin "+name)}
	}
	// Python raises NameError only when the reference executes.
	return xr{c: jen.Func().Params().Any().Block(
		c.g.directive(c.line),
		jen.Panic(jen.Qual(pyPath, "New").Call(jen.Qual(pyPath, "NameError"), jen.Lit("name '"+name+"' is not defined"))),
	).Call(), call: true}
}

func (c *fnCtx) ex(e ir.Expr) xr {
	g := c.g
	if k := c.keepCall(e); k != nil {
		return xr{c: k, call: true}
	}
	if r, ok := c.dropAfter(e); ok {
		return r
	}
	if r, ok := c.typedEx(e); ok {
		return r
	}
	switch e := e.(type) {
	case nil:
		return xr{c: jen.Nil()}
	case *ir.Name:
		return c.loadName(e)
	case *ir.IntLit:
		return intLit(e.Value, false)
	case *ir.FloatLit:
		return floatLit(e.Value)
	case *ir.StrLit:
		return xr{c: jen.Lit(e.Value), t: ir.Str}
	case *ir.BoolLit:
		return xr{c: jen.Lit(e.Value), t: ir.Bool}
	case *ir.NoneLit:
		return xr{c: jen.Nil()}
	case *ir.FString:
		return xr{c: c.fstring(e), t: ir.Str}
	case *ir.BinOp:
		if e.Op == ir.Pow && complexPower(e) {
			g.errorf(e.Pos, "a negative number raised to a fractional power is a complex number: complex numbers are not supported yet")
			return xr{c: jen.Nil()}
		}
		return xr{c: jen.Qual(pyPath, binOps[e.Op]).Call(c.orderedExprs([]ir.Expr{e.X, e.Y})...), call: true}
	case *ir.UnaryOp:
		return c.unary(e)
	case *ir.BoolOp:
		return c.boolOp(e)
	case *ir.Compare:
		return c.compare(e)
	case *ir.Call:
		return c.call(e)
	case *ir.BuiltinCall:
		return c.builtinCall(e.Name, e.Args, e.Pos)
	case *ir.AsyncCall:
		return c.asyncCall(e)
	case *ir.LibCall:
		return c.libCall(e)
	case *ir.Attribute:
		return xr{c: jen.Qual(pyPath, "GetAttr").Call(c.expr(e.X), jen.Lit(e.Name)), call: true}
	case *ir.Subscript:
		return xr{c: jen.Qual(pyPath, "GetItem").Call(c.operand(e.X, hasEffects(e.Index)), c.index(e.Index)), call: true}
	case *ir.Slice:
		return xr{c: c.slice(e), call: true}
	case *ir.ListLit:
		if hasStar(e.Elts) {
			return xr{c: jen.Qual(pyPath, "NewList").Call(c.starSlice(e.Elts).Op("...")), call: true}
		}
		return xr{c: jen.Qual(pyPath, "NewList").Call(c.exprList(e.Elts)...), call: true}
	case *ir.TupleLit:
		if hasStar(e.Elts) {
			return xr{c: jen.Qual(pyPath, "Tuple").Call(c.starSlice(e.Elts))}
		}
		return xr{c: jen.Qual(pyPath, "Tuple").Values(c.exprList(e.Elts)...)}
	case *ir.SetLit:
		if hasStar(e.Elts) {
			return xr{c: jen.Qual(pyPath, "NewSet").Call(c.starSlice(e.Elts).Op("...")), call: true}
		}
		if !foldable(e.Elts) {
			// BUILD_SET: each item added in turn. Only a display CPython's
			// compiler folds to a frozenset constant may take NewSet's
			// constant path, however constant-like the run-time values are.
			return xr{c: jen.Qual(pyPath, "NewSetAdded").Call(c.exprList(e.Elts)...), call: true}
		}
		return xr{c: jen.Qual(pyPath, "NewSet").Call(c.exprList(e.Elts)...), call: true}
	case *ir.DictLit:
		return c.dictLit(e)
	case *ir.Starred:
		return xr{c: g.unsupported(e.Pos, "a starred expression here")}
	case *ir.Comp:
		return c.comp(e)
	case *ir.Lambda:
		return xr{c: c.lambda(e.Func), call: true}
	case *ir.IfExp:
		// a if p else b if q else c: one closure, an if per test.
		var body []jen.Code
		x := ir.Expr(e)
		for ie, ok := x.(*ir.IfExp); ok; ie, ok = x.(*ir.IfExp) {
			body = append(body, jen.If(c.cond(ie.Cond)).Block(jen.Return(c.expr(ie.Then))))
			x = ie.Else
		}
		body = append(body, jen.Return(c.expr(x)))
		return xr{c: jen.Func().Params().Any().Block(c.lines(body...)...).Call(), call: true}
	case *ir.Await:
		if !c.isAsync {
			return xr{c: g.unsupported(e.Pos, "await outside an async function")}
		}
		// The step emitter splits at every await (stepAwait); one that
		// reaches an expression slipped past the evaluation-order pass.
		g.errorf(e.Pos, "internal error: an await the step form cannot split")
		return xr{c: jen.Nil()}
	case *ir.NamedExpr:
		v := c.symVar(e.Target.Sym, e.Target.Pos)
		if v == nil {
			return xr{c: jen.Nil()}
		}
		val := c.expr(e.Value)
		return xr{c: jen.Func().Params().Any().Block(c.lines(
			jen.Add(v).Op("=").Add(val),
			jen.Return(c.load(e.Target)),
		)...).Call(), call: true}
	case *ir.ModuleRef:
		return xr{c: g.unsupported(e.Pos, "using the module "+e.Module+" as a value")}
	case *ir.LibAttr:
		return c.libAttr(e)
	case *ir.ImagLit:
		return xr{c: g.unsupported(e.GetPos(), "complex numbers")}
	case *ir.BytesLit:
		// py.Bytes is a string type: a Go string literal holds any bytes.
		return xr{c: jen.Qual(pyPath, "Bytes").Call(jen.Lit(string(e.Value)))}
	case *ir.EllipsisLit:
		return xr{c: g.unsupported(e.GetPos(), "the Ellipsis literal")}
	}
	return xr{c: g.unsupported(e.GetPos(), "this expression")}
}

var binOps = map[ir.BinOpKind]string{
	ir.Add: "Add", ir.Sub: "Sub", ir.Mul: "Mul", ir.MatMul: "MatMul", ir.Div: "TrueDiv",
	ir.FloorDiv: "FloorDiv", ir.Mod: "Mod", ir.Pow: "Pow", ir.LShift: "LShift", ir.RShift: "RShift",
	ir.BitOr: "BitOr", ir.BitXor: "BitXor", ir.BitAnd: "BitAnd",
}

func intLit(text string, neg bool) xr {
	if neg {
		text = "-" + text
	}
	if v, err := strconv.ParseInt(text, 10, 64); err == nil {
		return xr{c: jen.Lit(int(v)), t: ir.Int}
	}
	return xr{c: jen.Qual(pyPath, "BigInt").Call(jen.Lit(text)), call: true}
}

func floatLit(v float64) xr {
	switch {
	case math.IsInf(v, 1):
		return xr{c: jen.Qual("math", "Inf").Call(jen.Lit(1)), t: ir.Float, call: true}
	case math.IsInf(v, -1):
		return xr{c: jen.Qual("math", "Inf").Call(jen.Lit(-1)), t: ir.Float, call: true}
	case math.IsNaN(v):
		return xr{c: jen.Qual("math", "NaN").Call(), t: ir.Float, call: true}
	case v == 0 && math.Signbit(v):
		// Go constants have no negative zero.
		return xr{c: jen.Qual("math", "Copysign").Call(jen.Lit(0), jen.Lit(-1)), t: ir.Float, call: true}
	}
	return xr{c: jen.Lit(v), t: ir.Float}
}

func (c *fnCtx) unary(e *ir.UnaryOp) xr {
	switch e.Op {
	case ir.Not:
		// UNARY_NOT tests the operand's value: `not (a and b)` tests a
		// falsy a twice, once in the `and` and once here.
		r := c.val(e.X)
		if r.t == ir.Bool {
			return xr{c: jen.Op("!").Add(r.c), t: ir.Bool}
		}
		return xr{c: jen.Op("!").Qual(pyPath, "Truth").Call(r.c), t: ir.Bool}
	case ir.Neg:
		switch x := e.X.(type) {
		case *ir.IntLit:
			return intLit(x.Value, true)
		case *ir.FloatLit:
			return floatLit(-x.Value)
		}
		return xr{c: jen.Qual(pyPath, "Neg").Call(c.expr(e.X)), call: true}
	case ir.UPlus:
		return xr{c: jen.Qual(pyPath, "Pos").Call(c.expr(e.X)), call: true}
	case ir.Invert:
		return xr{c: jen.Qual(pyPath, "Invert").Call(c.expr(e.X)), call: true}
	}
	return xr{c: c.g.unsupported(e.Pos, "this unary operator")}
}

// cond generates a Go bool for Python truthiness where CPython compiles
// the test as jumps (compiler_jump_if): `and`, `or`, `not` and conditional
// expressions there test each operand they evaluate once and build no
// value to test again.
func (c *fnCtx) cond(e ir.Expr) *jen.Statement {
	switch e := e.(type) {
	case *ir.UnaryOp:
		if e.Op == ir.Not {
			return jen.Op("!").Parens(c.cond(e.X))
		}
	case *ir.IfExp:
		var body []jen.Code
		x := ir.Expr(e)
		for ie, ok := x.(*ir.IfExp); ok; ie, ok = x.(*ir.IfExp) {
			body = append(body, jen.If(c.cond(ie.Cond)).Block(jen.Return(c.cond(ie.Then))))
			x = ie.Else
		}
		body = append(body, jen.Return(c.cond(x)))
		return jen.Func().Params().Bool().Block(c.lines(body...)...).Call()
	case *ir.BoolOp:
		op := "&&"
		if e.Op == ir.Or {
			op = "||"
		}
		st := jen.Parens(c.cond(e.Values[0]))
		for _, v := range e.Values[1:] {
			st = st.Op(op).Parens(c.cond(v))
		}
		// Whole, so a `!` before it negates all of it.
		return jen.Parens(st)
	case *ir.BoolLit:
		return jen.Lit(e.Value)
	}
	if code, ok := c.typedCond(e); ok {
		return code
	}
	r := c.val(e)
	if r.t == ir.Bool {
		return r.c
	}
	return jen.Qual(pyPath, "Truth").Call(r.c)
}

// boolOp returns the deciding operand, as Python does. An operand that is
// itself an `and`/`or` on the same line is not tested twice: CPython's
// jump threading sends its short-circuit jump straight to the outer
// operator's target (flattenBool).
func (c *fnCtx) boolOp(e *ir.BoolOp) xr {
	t := c.temp("v")
	var body []jen.Code
	vals := flattenBool(e)
	for i, v := range vals {
		if i == len(vals)-1 {
			body = append(body, jen.Return(c.expr(v)))
			break
		}
		var guard *jen.Statement
		if w, ok := v.(*ir.BoolOp); ok && w.Op != e.Op && threads(e, w) {
			// `(a and b) or c`: a false a goes on to c untested again;
			// only b's value is the outer operand.
			guard = c.cond(&ir.BoolOp{ExprBase: w.ExprBase, Op: w.Op, Values: w.Values[:len(w.Values)-1]})
			if w.Op == ir.Or {
				guard = jen.Op("!").Add(guard)
			}
			v = w.Values[len(w.Values)-1]
		}
		test := jen.Qual(pyPath, "Truth").Call(jen.Id(t))
		if e.Op == ir.And {
			test = jen.Op("!").Add(test)
		}
		init := tempInit(v, c.expr(v))
		switch v.(type) {
		case *ir.TupleLit, *ir.ListLit, *ir.DictLit, *ir.SetLit:
			// A composite literal in an if header must be parenthesized
			// (`if _v := (py.Tuple{}); ...`), or Go reads its brace as the block.
			init = jen.Parens(init)
		}
		st := jen.If(jen.Id(t).Op(":=").Add(init), test).Block(jen.Return(jen.Id(t)))
		if guard != nil {
			st = jen.If(guard).Block(st)
		}
		body = append(body, st)
	}
	return xr{c: jen.Func().Params().Any().Block(c.lines(body...)...).Call(), call: true}
}

// flattenBool splices into e's operands each non-last operand that is the
// same operator on the same line: `(a and b) and c` runs as `a and b and c`.
func flattenBool(e *ir.BoolOp) []ir.Expr {
	var out []ir.Expr
	for i, v := range e.Values {
		if w, ok := v.(*ir.BoolOp); ok && i < len(e.Values)-1 && w.Op == e.Op && threads(e, w) {
			out = append(out, flattenBool(w)...)
			continue
		}
		out = append(out, v)
	}
	return out
}

// threads reports whether CPython threads inner's short-circuit jumps
// through outer's test: only when the two jumps are on the same line, and
// (for the condition a different operator's operand becomes) when every
// `and`/`or` among inner's operands is too.
func threads(outer, inner *ir.BoolOp) bool {
	if inner.Pos.Line != outer.Pos.Line {
		return false
	}
	for _, v := range inner.Values[:len(inner.Values)-1] {
		if w, ok := v.(*ir.BoolOp); ok && !threads(outer, w) {
			return false
		}
	}
	return true
}

var cmpFuncs = map[ir.CmpOpKind]string{
	ir.Eq: "Eq", ir.NotEq: "NotEq", ir.Lt: "Lt", ir.LtE: "LtE", ir.Gt: "Gt", ir.GtE: "GtE",
}

func cmpCode(op ir.CmpOpKind, a, b jen.Code) *jen.Statement {
	switch op {
	case ir.Is:
		return jen.Qual(pyPath, "Is").Call(a, b)
	case ir.IsNot:
		return jen.Op("!").Qual(pyPath, "Is").Call(a, b)
	case ir.In:
		return jen.Qual(pyPath, "In").Call(a, b)
	case ir.NotIn:
		return jen.Qual(pyPath, "NotIn").Call(a, b)
	}
	return jen.Qual(pyPath, cmpFuncs[op]).Call(a, b)
}

// compare evaluates each middle operand of a chain once, left to right,
// stopping at the first false link.
func (c *fnCtx) compare(e *ir.Compare) xr {
	if len(e.Ops) == 1 {
		ops := c.orderedExprs([]ir.Expr{e.Left, e.Comparators[0]})
		return xr{c: cmpCode(e.Ops[0], ops[0], ops[1]), t: ir.Bool}
	}
	var body []jen.Code
	left := c.temp("cmp")
	body = append(body, jen.Id(left).Op(":=").Add(tempInit(e.Left, c.expr(e.Left))))
	for i, op := range e.Ops {
		if i == len(e.Ops)-1 {
			body = append(body, jen.Return(cmpCode(op, jen.Id(left), c.expr(e.Comparators[i]))))
			break
		}
		right := c.temp("cmp")
		body = append(body,
			jen.Id(right).Op(":=").Add(tempInit(e.Comparators[i], c.expr(e.Comparators[i]))),
			jen.If(jen.Op("!").Parens(cmpCode(op, jen.Id(left), jen.Id(right)))).Block(jen.Return(jen.False())),
		)
		left = right
	}
	return xr{c: jen.Func().Params().Bool().Block(c.lines(body...)...).Call(), t: ir.Bool, call: true}
}

func (c *fnCtx) exprList(es []ir.Expr) []jen.Code { return c.orderedExprs(es) }

func hasStar(es []ir.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ir.Starred); ok {
			return true
		}
	}
	return false
}

// starSlice builds a []any from elements some of which are *iterables.
func (c *fnCtx) starSlice(es []ir.Expr) *jen.Statement {
	var parts []jen.Code
	var run []jen.Code
	flush := func() {
		if len(run) > 0 {
			parts = append(parts, jen.Index().Any().Values(run...))
			run = nil
		}
	}
	for _, e := range es {
		if st, ok := e.(*ir.Starred); ok {
			flush()
			parts = append(parts, jen.Qual("slices", "Collect").Call(jen.Qual(pyPath, "Iter").Call(c.expr(st.X))))
			continue
		}
		run = append(run, c.expr(e))
	}
	flush()
	if len(parts) == 1 {
		return jen.Add(parts[0])
	}
	return jen.Qual("slices", "Concat").Call(parts...)
}

func (c *fnCtx) index(e ir.Expr) jen.Code {
	switch e := e.(type) {
	case *ir.Slice:
		return c.slice(e)
	case *ir.TupleLit:
		if !hasStar(e.Elts) {
			var elts []jen.Code
			for _, x := range e.Elts {
				elts = append(elts, c.index(x))
			}
			return jen.Qual(pyPath, "Tuple").Values(elts...)
		}
	}
	return c.expr(e)
}

func (c *fnCtx) slice(e *ir.Slice) *jen.Statement {
	opt := func(x ir.Expr) jen.Code {
		if x == nil {
			return jen.Nil()
		}
		return c.expr(x)
	}
	return jen.Qual(pyPath, "Slice").Call(opt(e.Lo), opt(e.Hi), opt(e.Step))
}

func (c *fnCtx) dictLit(e *ir.DictLit) xr {
	spread := false
	for _, k := range e.Keys {
		if k == nil {
			spread = true
		}
	}
	if !spread {
		var args []jen.Code
		for i := range e.Keys {
			args = append(args, c.expr(e.Keys[i]), c.expr(e.Values[i]))
		}
		if len(args) == 0 {
			return xr{c: jen.Qual(pyPath, "NewDict").Call(), call: true}
		}
		return xr{c: jen.Qual(pyPath, "DictOf").Call(args...), call: true}
	}
	d := c.temp("dict")
	body := []jen.Code{jen.Id(d).Op(":=").Qual(pyPath, "NewDict").Call()}
	for i, k := range e.Keys {
		if k == nil {
			m := c.temp("map")
			body = append(body,
				jen.Id(m).Op(":=").Add(tempInit(e.Values[i], c.expr(e.Values[i]))),
				jen.For(jen.Id("_k").Op(":=").Range().Qual(pyPath, "Iter").Call(jen.Id(m))).Block(
					jen.Id(d).Dot("Set").Call(jen.Id("_k"), jen.Qual(pyPath, "GetItem").Call(jen.Id(m), jen.Id("_k")))))
			continue
		}
		body = append(body, jen.Id(d).Dot("Set").Call(c.expr(k), c.expr(e.Values[i])))
	}
	body = append(body, jen.Return(jen.Id(d)))
	return xr{c: jen.Func().Params().Any().Block(c.lines(body...)...).Call(), call: true}
}

// fstring concatenates the literal parts with formatted fields.
func (c *fnCtx) fstring(f *ir.FString) *jen.Statement {
	var parts []jen.Code
	for _, p := range f.Parts {
		if p.X == nil {
			if p.Lit != "" {
				parts = append(parts, jen.Lit(p.Lit))
			}
			continue
		}
		if p.SelfDoc != "" {
			parts = append(parts, jen.Lit(p.SelfDoc))
		}
		conv := p.Conversion
		if p.SelfDoc != "" && conv == 0 && p.Spec == nil {
			conv = 'r'
		}
		if conv == 0 && p.Spec == nil {
			// str() of a typed int or str, without boxing it.
			if r, ok := c.typedForm(p.X); ok && r.typed && (r.t == ir.Int || r.t == ir.Str) {
				switch {
				case r.t == ir.Int:
					parts = append(parts, r.c.Dot("String").Call())
				case r.sum:
					parts = append(parts, jen.Parens(r.c))
				default:
					parts = append(parts, r.c)
				}
				continue
			}
		}
		v := c.expr(p.X)
		if p.Spec != nil {
			if conv != 0 {
				v = jen.Qual(pyPath, "FormatConv").Call(v, jen.LitByte(conv))
			}
			parts = append(parts, jen.Qual(pyPath, "Format").Call(v, c.fstring(p.Spec)))
			continue
		}
		switch conv {
		case 'r':
			parts = append(parts, jen.Qual(pyPath, "Repr").Call(v))
		case 'a':
			parts = append(parts, jen.Qual(pyPath, "Str").Call(jen.Qual(pyPath, "FormatConv").Call(v, jen.LitByte('a'))))
		default:
			parts = append(parts, jen.Qual(pyPath, "Str").Call(v))
		}
	}
	if len(parts) == 0 {
		return jen.Lit("")
	}
	st := jen.Add(parts[0])
	for _, p := range parts[1:] {
		st = st.Op("+").Add(p)
	}
	return st
}

// comp evaluates a comprehension eagerly in an immediately-invoked closure;
// its variables are locals of that closure.
func (c *fnCtx) comp(e *ir.Comp) xr {
	if e.Kind == ir.GenExp {
		return c.genExp(e)
	}
	outerNames := c.names
	c.names = newNamer(outerNames)
	defer func() { c.names = outerNames }()
	savedLocals, savedFrame := c.locals, c.frameVar
	c.locals, c.frameVar = nil, "" // the closure's own variables
	c.declareScope(e.Scope)
	res := c.temp("result")
	var add jen.Code
	var init, ret jen.Code
	switch e.Kind {
	case ir.ListComp:
		init = jen.Id(res).Op(":=").Qual(pyPath, "NewList").Call()
		add = jen.Id(res).Dot("Items").Op("=").Append(jen.Id(res).Dot("Items"), c.expr(e.Elt))
		ret = jen.Return(jen.Id(res))
	case ir.SetComp:
		init = jen.Id(res).Op(":=").Index().Any().Values()
		add = jen.Id(res).Op("=").Append(jen.Id(res), c.expr(e.Elt))
		ret = jen.Return(jen.Qual(pyPath, "NewSetAdded").Call(jen.Id(res).Op("...")))
	case ir.DictComp:
		init = jen.Id(res).Op(":=").Qual(pyPath, "NewDict").Call()
		add = jen.Id(res).Dot("Set").Call(c.expr(e.Elt), c.expr(e.Value))
		ret = jen.Return(jen.Id(res))
	}
	// Build the loop nest inside out.
	inner := []jen.Code{add}
	for i := len(e.Generators) - 1; i >= 0; i-- {
		gn := e.Generators[i]
		if gn.IsAsync {
			// The evaluation-order pass lowers every async comprehension
			// of an async def to loops.
			c.g.unsupported(e.Pos, "an async comprehension here")
		}
		var body []jen.Code
		for _, cond := range gn.Ifs {
			body = append(body, jen.If(jen.Op("!").Parens(c.cond(cond))).Block(jen.Continue()))
		}
		body = c.lines(append(body, inner...)...)
		iter := jen.Qual(pyPath, "Iter").Call(c.iterable(gn.Iter))
		var head *jen.Statement
		if nm, ok := gn.Target.(*ir.Name); ok && c.nameVar(nm) != nil {
			head = jen.Add(c.nameVar(nm)).Op("=").Range().Add(iter)
		} else {
			t := c.temp("item")
			head = jen.Id(t).Op(":=").Range().Add(iter)
			body = append(c.assign(gn.Target, jen.Id(t)), body...)
		}
		inner = []jen.Code{jen.For(head).Block(body...)}
	}
	// A comprehension is a function of its own in CPython 3.11: one level
	// of the recursion depth.
	body := append(frameEntry(), c.localDecls()...)
	body = append(body, init)
	body = append(body, inner...)
	body = append(body, ret)
	c.locals, c.frameVar = savedLocals, savedFrame
	// Its frame is named <listcomp> (<setcomp>, <dictcomp>): the closure
	// starts at a line past the source's end that init registers so, as
	// genExp does.
	g := c.g
	g.genexpLines++
	start := len(strings.Split(string(g.m.Source), "\n")) + g.genexpLines
	name := map[ir.CompKind]string{ir.ListComp: "<listcomp>", ir.SetComp: "<setcomp>", ir.DictComp: "<dictcomp>"}[e.Kind]
	g.genexpFrames = append(g.genexpFrames, jen.Qual(pyPath, "RegisterFrameName").Call(jen.Lit(g.posName()), jen.Lit(start), jen.Lit(name)))
	startCode := jen.Comment("/*line " + g.posName() + ":" + strconv.Itoa(start) + ":1*/")
	return xr{c: startCode.Func().Params().Any().Block(c.lines(body...)...).Call(), call: true}
}
