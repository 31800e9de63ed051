package codegen

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/surface"
)

// Library calls are emitted from the surface registry: a call binds its
// arguments to the entry's parameters and calls the entry's Go symbol, so a
// new library function needs no change here. asyncio's gather, wait and
// to_thread are the exceptions that shape their arguments first.

// libParam describes one parameter of a library function for compile-time
// binding.
type libParam struct {
	name    string
	def     jen.Code // nil: required
	kwOnly  bool
	posOnly bool
}

// bindLib binds a library call's arguments; rest collects extra positional
// arguments when the function takes *args.
func (c *fnCtx) bindLib(what string, pos ir.Pos, args []ir.Arg, params []libParam, varargs bool) ([]jen.Code, []ir.Arg, bool) {
	vals := make([]jen.Code, len(params))
	var rest []ir.Arg
	npos := 0
	for _, a := range args {
		if a.DoubleStar || (a.Star && !varargs) {
			c.g.unsupported(pos, "starred arguments to "+what)
			return nil, nil, false
		}
		if a.Star {
			rest = append(rest, a)
			continue
		}
		if a.Name == "" {
			for npos < len(params) && params[npos].kwOnly {
				npos++
			}
			if npos < len(params) {
				vals[npos] = c.expr(a.Value)
				npos++
				continue
			}
			if !varargs {
				c.g.errorf(pos, "too many arguments to %s", what)
				return nil, nil, false
			}
			rest = append(rest, a)
			continue
		}
		found := false
		for i, p := range params {
			if p.name == a.Name && !p.posOnly {
				if vals[i] != nil {
					c.g.errorf(pos, "%s got multiple values for argument '%s'", what, a.Name)
					return nil, nil, false
				}
				vals[i] = c.expr(a.Value)
				found = true
				break
			}
		}
		if !found {
			c.g.unsupported(pos, "the keyword argument "+a.Name+" of "+what)
			return nil, nil, false
		}
	}
	for i, p := range params {
		if vals[i] == nil {
			if p.def == nil {
				c.g.errorf(pos, "%s is missing the required argument '%s'", what, p.name)
				return nil, nil, false
			}
			vals[i] = p.def
		}
	}
	return vals, rest, true
}

// goQual is the Go symbol of a registry entry.
func goQual(e *surface.Entry) *jen.Statement {
	path := pyPath
	if e.GoPkg() == "rt" {
		path = rtPath
	}
	return jen.Qual(path, e.GoName())
}

// goDefault is the Go value of a parameter's default.
func goDefault(v any) jen.Code {
	if v == nil {
		return jen.Nil()
	}
	return jen.Lit(v)
}

// entryParams converts an entry's parameters for bindLib.
func entryParams(e *surface.Entry) []libParam {
	ps := make([]libParam, len(e.Params))
	for i, p := range e.Params {
		ps[i] = libParam{name: p.Name, kwOnly: p.KwOnly, posOnly: p.PosOnly}
		if !p.IsRequired() {
			ps[i].def = goDefault(p.Default)
		}
	}
	return ps
}

// goResult is the static Go type of an entry's result.
func goResult(e *surface.Entry) ir.Type {
	switch e.GoResult {
	case "float64":
		return ir.Float
	case "string":
		return ir.Str
	}
	return nil
}

// callEntry emits a call of a registry function with the bound arguments.
func (c *fnCtx) callEntry(e *surface.Entry, pos ir.Pos, args []ir.Arg) xr {
	what := e.Qualified()
	if e.VarKw {
		n := len(e.Params)
		if len(args) < n || !simplePositional(args[:n]) {
			return xr{c: c.g.unsupported(pos, "this call of "+what)}
		}
		vals := c.argExprs(args[:n])
		pa, kw := c.dynArgs(args[n:])
		return xr{c: goQual(e).Call(append(vals, pa, kw)...), t: goResult(e), call: true, void: e.Void}
	}
	vals, rest, ok := c.bindLib(what, pos, args, entryParams(e), e.VarArgs)
	if !ok {
		return xr{c: jen.Nil()}
	}
	if e.MaxArgs > 0 && (len(args) > e.MaxArgs || hasStarArg(rest)) {
		return xr{c: c.g.unsupported(pos, "this call of "+what)}
	}
	if hasStarArg(rest) {
		// f(a, *xs, b) passes its extra arguments as one spread slice.
		var es []ir.Expr
		for _, a := range rest {
			if a.Star {
				es = append(es, &ir.Starred{X: a.Value})
			} else {
				es = append(es, a.Value)
			}
		}
		vals = append(vals, jen.Add(c.starSlice(es)).Op("..."))
	} else {
		for _, a := range rest {
			vals = append(vals, c.expr(a.Value))
		}
	}
	return xr{c: goQual(e).Call(vals...), t: goResult(e), call: true, void: e.Void}
}

func hasStarArg(args []ir.Arg) bool {
	for _, a := range args {
		if a.Star {
			return true
		}
	}
	return false
}

func (c *fnCtx) asyncCall(e *ir.AsyncCall) xr {
	entry := surface.Lookup("asyncio", e.Name)
	if entry == nil {
		return xr{c: c.g.unsupported(e.Pos, "asyncio."+e.Name)}
	}
	what := entry.Qualified()
	switch e.Op {
	case ir.OpGather:
		vals, rest, ok := c.bindLib(what, e.Pos, e.Args, entryParams(entry), true)
		if !ok {
			return xr{c: jen.Nil()}
		}
		var aws []ir.Expr
		for _, a := range rest {
			if a.Star {
				aws = append(aws, &ir.Starred{X: a.Value})
			} else {
				aws = append(aws, a.Value)
			}
		}
		var list jen.Code
		if hasStar(aws) {
			list = c.starSlice(aws)
		} else {
			list = jen.Index().Any().Values(c.exprList(aws)...)
		}
		re := vals[0]
		if ra := argNamed(e.Args, "return_exceptions"); ra != nil {
			re = c.cond(ra)
		}
		return xr{c: goQual(entry).Call(list, re), call: true}
	case ir.OpWait:
		vals, _, ok := c.bindLib(what, e.Pos, e.Args, entryParams(entry), false)
		if !ok {
			return xr{c: jen.Nil()}
		}
		if rw := argNamed(e.Args, "return_when"); rw != nil {
			if la, ok := rw.(*ir.LibAttr); ok && la.Module == "asyncio" {
				vals[2] = jen.Lit(la.Name)
			} else {
				vals[2] = jen.Qual(pyPath, "Str").Call(c.expr(rw))
			}
		}
		return xr{c: goQual(entry).Call(vals...), call: true}
	case ir.OpCreateTask:
		// rt.CreateTask(coro, name); a context= argument picks the variant
		// that runs the task in that Context.
		vals, _, ok := c.bindLib(what, e.Pos, e.Args, entryParams(entry), false)
		if !ok {
			return xr{c: jen.Nil()}
		}
		if argNamed(e.Args, "context") != nil {
			return xr{c: jen.Qual(rtPath, "CreateTaskContext").Call(vals...), call: true}
		}
		return xr{c: goQual(entry).Call(vals[:2]...), call: true}
	case ir.OpToThread:
		if len(e.Args) == 0 || e.Args[0].Name != "" || e.Args[0].Star || e.Args[0].DoubleStar {
			return xr{c: c.g.unsupported(e.Pos, "this call of "+what)}
		}
		args, kw := c.dynArgs(e.Args[1:])
		return xr{c: goQual(entry).Call(c.expr(e.Args[0].Value), args, kw), call: true}
	}
	return c.callEntry(entry, e.Pos, e.Args)
}

func argNamed(args []ir.Arg, name string) ir.Expr {
	for _, a := range args {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

func (c *fnCtx) libCall(e *ir.LibCall) xr {
	entry := surface.Lookup(e.Module, e.Name)
	if entry == nil || entry.Kind != surface.Func || entry.Go == "" {
		return xr{c: c.g.unsupported(e.Pos, e.Module+"."+e.Name+"()")}
	}
	return c.callEntry(entry, e.Pos, e.Args)
}

func (c *fnCtx) libAttr(e *ir.LibAttr) xr {
	if cls := c.staticClass(e); cls != nil {
		return xr{c: jen.Add(cls)}
	}
	if e.Module == "asyncio" && e.Name == "sleep" {
		// A Python function in CPython (asyncio/tasks.py), not a builtin:
		// rt has it as one function value with its signature.
		return xr{c: jen.Qual(rtPath, "SleepFunction")}
	}
	entry := surface.Lookup(e.Module, e.Name)
	switch {
	case entry == nil:
	case entry.Kind == surface.Value && entry.Go == "":
		switch v := entry.Const.(type) {
		case string:
			return xr{c: jen.Lit(v), t: ir.Str}
		case int:
			return xr{c: jen.Lit(v), t: ir.Int}
		}
	case entry.Kind == surface.Value && entry.GoCall:
		return xr{c: goQual(entry).Call(), call: true}
	case entry.Kind == surface.Value:
		return xr{c: goQual(entry), t: goResult(entry)}
	case entry.Kind == surface.Func && entry.AsValue:
		return xr{c: c.libFuncValue(e, entry), call: true}
	}
	return xr{c: c.g.unsupported(e.Pos, "using "+e.Module+"."+e.Name+" as a value")}
}

// libFuncValue wraps a library function as a *py.Function taking
// positional arguments, raising CPython's TypeError on a wrong count
// (missing optional arguments are None).
func (c *fnCtx) libFuncValue(e *ir.LibAttr, f *surface.Entry) *jen.Statement {
	minArgs, maxArgs := f.Arity()
	args := make([]jen.Code, maxArgs)
	for i := range args {
		args[i] = jen.Id("_a").Index(jen.Lit(i))
	}
	for _, p := range f.Params {
		if p.KwOnly { // not passable positionally: always the default
			args = append(args, goDefault(p.Default))
		}
	}
	call := goQual(f).Call(args...)
	ret := []jen.Code{jen.Return(call)}
	if f.Void {
		ret = []jen.Code{call, jen.Return(jen.Nil())}
	}
	var msg string
	switch {
	case maxArgs == 0:
		msg = e.Name + "() takes no arguments"
	case minArgs == maxArgs && maxArgs == 1:
		msg = e.Name + "() takes exactly one argument"
	default:
		msg = e.Name + " expected " + strconv.Itoa(maxArgs) + " arguments"
	}
	body := []jen.Code{
		jen.If(jen.Len(jen.Id("kw")).Op(">").Lit(0).Op("||").Len(jen.Id("args")).Op("<").Lit(minArgs).Op("||").Len(jen.Id("args")).Op(">").Lit(maxArgs)).Block(
			jen.Qual(pyPath, "Throw").Call(jen.Qual(pyPath, "New").Call(jen.Qual(pyPath, "TypeError"), jen.Lit(msg)))),
		jen.Id("_a").Op(":=").Make(jen.Index().Any(), jen.Lit(maxArgs)),
		jen.Copy(jen.Id("_a"), jen.Id("args")),
	}
	return jen.Qual(pyPath, "NewBuiltin").Call(jen.Lit(e.Name), jen.Func().Params(jen.Id("args").Index().Any(), jen.Id("kw").Index().Qual(pyPath, "KW")).Any().Block(append(body, ret...)...))
}
