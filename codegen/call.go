package codegen

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/surface"
)

// boundSlot is the compile-time binding of one parameter.
type boundSlot struct {
	arg     ir.Expr   // the argument, or nil
	varargs []ir.Expr // *args
	kw      []ir.Arg  // **kwargs
	useDef  bool      // fill from the def's default
}

// bindStatic binds a call's arguments to a def's parameters the way
// CPython would, or reports that it cannot (then the call goes through
// py.Call, which raises CPython's TypeError).
func bindStatic(def *ir.FuncDef, args []ir.Arg) ([]boundSlot, bool) {
	order := paramOrder(def)
	slots := make([]boundSlot, len(order))
	filled := make([]bool, len(order))
	var pos []int
	varargs, varkw := -1, -1
	for i, p := range order {
		switch p.Kind {
		case ir.ParamPositional, ir.ParamPosOnly:
			pos = append(pos, i)
		case ir.ParamVarArgs:
			varargs = i
		case ir.ParamVarKw:
			varkw = i
		}
	}
	npos := 0
	for _, a := range args {
		if a.Star || a.DoubleStar {
			return nil, false
		}
		if a.Name != "" {
			found := false
			for i, p := range order {
				if p.Name == a.Name && (p.Kind == ir.ParamPositional || p.Kind == ir.ParamKwOnly) {
					if filled[i] {
						return nil, false
					}
					slots[i].arg, filled[i], found = a.Value, true, true
					break
				}
			}
			if !found {
				if varkw < 0 {
					return nil, false
				}
				slots[varkw].kw = append(slots[varkw].kw, a)
			}
			continue
		}
		if npos < len(pos) {
			slots[pos[npos]].arg, filled[pos[npos]] = a.Value, true
			npos++
			continue
		}
		if varargs < 0 {
			return nil, false
		}
		slots[varargs].varargs = append(slots[varargs].varargs, a.Value)
	}
	for i, p := range order {
		if filled[i] || p.Kind == ir.ParamVarArgs || p.Kind == ir.ParamVarKw {
			continue
		}
		if p.Default == nil {
			return nil, false
		}
		slots[i].useDef = true
	}
	return slots, true
}

// inOrder reports whether binding keeps the source evaluation order, or
// every argument is free of side effects.
func inOrder(args []ir.Arg, slots []boundSlot) bool {
	pure := true
	for _, a := range args {
		switch a.Value.(type) {
		case *ir.Name, *ir.IntLit, *ir.StrLit, *ir.FloatLit, *ir.BoolLit, *ir.NoneLit:
		default:
			pure = false
		}
	}
	if pure {
		return true
	}
	var seq []ir.Expr
	for _, s := range slots {
		if s.arg != nil {
			seq = append(seq, s.arg)
		}
		seq = append(seq, s.varargs...)
		for _, k := range s.kw {
			seq = append(seq, k.Value)
		}
	}
	if len(seq) != len(args) {
		return false
	}
	for i := range seq {
		if seq[i] != args[i].Value {
			return false
		}
	}
	return true
}

func (c *fnCtx) call(e *ir.Call) xr {
	switch f := e.Func.(type) {
	case *ir.Name:
		s := c.g.resolve(f.Sym)
		if s == nil || s.Kind == ir.SymBuiltin {
			return c.builtinCall(f.Id, e.Args, e.Pos)
		}
		if fi := c.g.symFunc[s]; fi != nil {
			if slots, ok := bindStatic(fi.def, e.Args); ok {
				return c.staticCall(fi, e.Args, slots)
			}
		}
	case *ir.LibAttr:
		if cls := c.staticClass(f); cls != nil {
			return c.newException(cls, e.Args, e.Pos)
		}
		if entry := surface.Lookup(f.Module, f.Name); entry != nil && entry.Kind == surface.Value && entry.Const == nil && (!entry.GoCall || entry.Result == surface.Unknown) {
			// A class the runtime offers as a value (enum.Enum,
			// typing.NamedTuple, re.RegexFlag read through a function
			// since it is built on first use): called like any other
			// callable.
			break
		}
		return xr{c: c.g.unsupported(e.Pos, "calling "+f.Module+"."+f.Name+" this way")}
	case *ir.Attribute:
		if tn := builtinTypeName(f.X.GetType()); tn != "" && surface.UnsupportedMethod(tn, f.Name) {
			c.g.errorf(e.Pos, "'%s.%s' is not supported by pyasync2go", tn, f.Name)
			return xr{c: jen.Nil()}
		}
		recv := c.val(f.X)
		if r, ok := c.boundMethod(recv, f.Name, e.Args); ok {
			return r
		}
		if recv.rtType == "" && builtinTypeName(f.X.GetType()) == "" && argsHaveEffects(e.Args) && !isSuperCall(f.X) {
			// LOAD_METHOD runs before the arguments: a __getattr__ or
			// property runs first, and an argument that replaces the
			// method does not change which one is called. Go calls the
			// operands left to right, so GetAttr runs first.
			args, kw := c.dynArgs(e.Args)
			return xr{c: jen.Qual(pyPath, "Call").Call(jen.Qual(pyPath, "GetAttr").Call(recv.c, jen.Lit(f.Name)), args, kw), call: true}
		}
		if n := len(e.Args); n <= 2 && simplePositional(e.Args) {
			// The common shape: py.CallMethod0/1/2 serve the usual str,
			// dict and list methods without an argument slice.
			return xr{c: jen.Qual(pyPath, "CallMethod"+strconv.Itoa(n)).Call(append([]jen.Code{recv.c, jen.Lit(f.Name)}, c.argExprs(e.Args)...)...), call: true}
		}
		args, kw := c.dynArgs(e.Args)
		return xr{c: jen.Qual(pyPath, "CallMethod").Call(recv.c, jen.Lit(f.Name), args, kw), call: true}
	}
	fn := c.expr(e.Func)
	args, kw := c.dynArgs(e.Args)
	return xr{c: jen.Qual(pyPath, "Call").Call(fn, args, kw), call: true}
}

func (c *fnCtx) staticCall(fi *funcInfo, args []ir.Arg, slots []boundSlot) xr {
	order := paramOrder(fi.def)
	idx := map[*ir.Param]int{}
	for i, p := range fi.def.Params {
		idx[p] = i
	}
	reorder := !inOrder(args, slots)
	var pre []jen.Code
	val := func(e ir.Expr) jen.Code {
		code := c.expr(e)
		if !reorder {
			return code
		}
		t := c.temp("arg")
		pre = append(pre, jen.Id(t).Op(":=").Add(tempInit(e, code)))
		return jen.Id(t)
	}
	// Evaluate in source order when reordering.
	vals := map[ir.Expr]jen.Code{}
	after := effectsAfter(args)
	for i, a := range args {
		if reorder {
			vals[a.Value] = val(a.Value)
		} else {
			vals[a.Value] = c.operand(a.Value, after[i])
		}
	}
	var goArgs []jen.Code
	for i, p := range order {
		s := slots[i]
		switch {
		case p.Kind == ir.ParamVarArgs:
			var elts []jen.Code
			for _, v := range s.varargs {
				elts = append(elts, vals[v])
			}
			goArgs = append(goArgs, jen.Qual(pyPath, "Tuple").Values(elts...))
		case p.Kind == ir.ParamVarKw:
			if len(s.kw) == 0 {
				goArgs = append(goArgs, jen.Qual(pyPath, "NewDict").Call())
				continue
			}
			var kv []jen.Code
			for _, k := range s.kw {
				kv = append(kv, jen.Lit(k.Name), vals[k.Value])
			}
			goArgs = append(goArgs, jen.Qual(pyPath, "DictOf").Call(kv...))
		case s.useDef:
			goArgs = append(goArgs, fi.defaults[idx[p]].use())
		default:
			goArgs = append(goArgs, vals[s.arg])
		}
	}
	callee := fi.goFunc.use()
	if !reorder {
		return xr{c: callee.Call(goArgs...), call: true}
	}
	body := append(pre, jen.Return(jen.Add(callee).Call(goArgs...)))
	return xr{c: jen.Func().Params().Any().Block(c.lines(body...)...).Call(), call: true}
}

// dynArgs builds the []any and []py.KW of a dynamic call.
func (c *fnCtx) dynArgs(args []ir.Arg) (jen.Code, jen.Code) {
	var pos []ir.Expr
	// Keyword arguments and ** mappings, in source order: CPython evaluates
	// them in that order, and it is the order of the callee's **kwargs.
	var kws, kwParts []jen.Code
	flushKws := func() {
		if len(kws) > 0 {
			kwParts = append(kwParts, jen.Index().Qual(pyPath, "KW").Values(kws...))
			kws = nil
		}
	}
	star := false
	after := effectsAfter(args)
	var posCodes []jen.Code
	for _, a := range args {
		star = star || a.Star
	}
	for i, a := range args {
		switch {
		case a.DoubleStar:
			m := c.temp("map")
			flushKws()
			kwParts = append(kwParts, jen.Func().Params().Index().Qual(pyPath, "KW").Block(c.lines(
				jen.Id(m).Op(":=").Add(tempInit(a.Value, c.expr(a.Value))),
				jen.Var().Id("_kw").Index().Qual(pyPath, "KW"),
				jen.For(jen.Id("_k").Op(":=").Range().Qual(pyPath, "Iter").Call(jen.Id(m))).Block(
					jen.Id("_kw").Op("=").Append(jen.Id("_kw"), jen.Qual(pyPath, "KW").Values(jen.Dict{
						jen.Id("Name"):  jen.Qual(pyPath, "Str").Call(jen.Id("_k")),
						jen.Id("Value"): jen.Qual(pyPath, "GetItem").Call(jen.Id(m), jen.Id("_k")),
					}))),
				jen.Return(jen.Id("_kw")),
			)...).Call())
		case a.Name != "":
			kws = append(kws, jen.Values(jen.Id("Name").Op(":").Lit(a.Name), jen.Id("Value").Op(":").Add(c.operand(a.Value, after[i]))))
		case a.Star:
			pos = append(pos, &ir.Starred{X: a.Value})
		case star:
			pos = append(pos, a.Value)
		default:
			pos = append(pos, a.Value)
			posCodes = append(posCodes, c.operand(a.Value, after[i]))
		}
	}
	var posCode jen.Code = jen.Nil()
	if star {
		posCode = c.starSlice(pos)
	} else if len(pos) > 0 {
		posCode = jen.Index().Any().Values(posCodes...)
	}
	flushKws()
	var kwCode jen.Code = jen.Nil()
	switch len(kwParts) {
	case 0:
	case 1:
		kwCode = kwParts[0]
	default:
		kwCode = jen.Qual("slices", "Concat").Call(kwParts...)
	}
	return posCode, kwCode
}

// effectsAfter reports, per argument, whether a later one has effects.
func effectsAfter(args []ir.Arg) []bool {
	out := make([]bool, len(args))
	later := false
	for i := len(args) - 1; i >= 0; i-- {
		out[i] = later
		if hasEffects(args[i].Value) {
			later = true
		}
	}
	return out
}

func simplePositional(args []ir.Arg) bool {
	for _, a := range args {
		if a.Name != "" || a.Star || a.DoubleStar {
			return false
		}
	}
	return true
}

func (c *fnCtx) newException(cls jen.Code, args []ir.Arg, pos ir.Pos) xr {
	if !simplePositional(args) {
		return xr{c: c.g.unsupported(pos, "keyword or starred arguments to an exception class")}
	}
	return xr{c: jen.Qual(pyPath, "New").Call(append([]jen.Code{cls}, c.argExprs(args)...)...), call: true}
}

func (c *fnCtx) argExprs(args []ir.Arg) []jen.Code {
	es := make([]ir.Expr, len(args))
	for i, a := range args {
		es[i] = a.Value
	}
	return c.orderedExprs(es)
}

func (c *fnCtx) builtinCall(name string, args []ir.Arg, pos ir.Pos) xr {
	if cls := surface.ExceptionClass(name); cls != "" {
		return c.newException(jen.Qual(pyPath, cls), args, pos)
	}
	if name == dropItersBuiltin {
		return c.dropIters(args)
	}
	if name == "super" {
		return c.superCall(args, pos)
	}
	if name == "vars" && len(args) == 0 {
		return xr{c: c.g.unsupported(pos, "vars() without an argument (the local namespace)")}
	}
	if surface.LookupBuiltin(name) == nil {
		if name == "__name__" || name == "__file__" {
			return xr{c: jen.Qual(pyPath, "Call").Call(c.builtinValue(name, pos).c, jen.Nil(), jen.Nil()), call: true}
		}
		return xr{c: c.g.unsupported(pos, "the builtin "+name+"()")}
	}
	if simplePositional(args) {
		n := len(args)
		direct := map[string]bool{"print": true, "len": n == 1, "str": n == 1, "repr": n == 1, "bool": n == 1, "range": n >= 1 && n <= 3, "int": n == 1}
		if direct[name] {
			a := c.argExprs(args)
			switch name {
			case "print":
				return xr{c: jen.Qual(pyPath, "Print").Call(a...), call: true, void: true}
			case "len":
				return xr{c: jen.Qual(pyPath, "Len").Call(a...), t: ir.Int, call: true}
			case "str":
				return xr{c: jen.Qual(pyPath, "Str").Call(a...), t: ir.Str, call: true}
			case "repr":
				return xr{c: jen.Qual(pyPath, "Repr").Call(a...), t: ir.Str, call: true}
			case "bool":
				return xr{c: jen.Qual(pyPath, "Truth").Call(a...), t: ir.Bool, call: true}
			case "range":
				return xr{c: jen.Qual(pyPath, "NewRange").Call(a...), call: true}
			case "int":
				return xr{c: jen.Qual(pyPath, "IntCall").Call(a...), call: true}
			}
		}
	}
	pa, kw := c.dynArgs(args)
	return xr{c: jen.Qual(pyPath, "CallBuiltin").Call(jen.Lit(name), pa, kw), call: true}
}

// builtinTypeName is the CPython type name of a static type Infer found
// for a builtin value, or "" when the type is not one of those.
func builtinTypeName(t ir.Type) string {
	switch t := t.(type) {
	case *ir.Basic:
		switch t.K {
		case ir.KStr:
			return "str"
		case ir.KInt:
			return "int"
		case ir.KFloat:
			return "float"
		case ir.KBool:
			return "bool"
		case ir.KRange:
			return "range"
		}
	case *ir.List:
		return "list"
	case *ir.Dict:
		return "dict"
	case *ir.Tuple:
		return "tuple"
	}
	return ""
}

func argsHaveEffects(as []ir.Arg) bool {
	for _, a := range as {
		if hasEffects(a.Value) {
			return true
		}
	}
	return false
}

// isSuperCall is super(), whose attribute lookup runs no user code.
func isSuperCall(e ir.Expr) bool {
	b, ok := e.(*ir.BuiltinCall)
	return ok && b.Name == "super"
}
