package codegen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// apiDecls emits the module variable, the Error alias, and the exported
// classes and functions in source order, each callable with its option
// type and setters.
func (g *gen) apiDecls() {
	mod := g.pkgNames.fresh("pyModule")
	// Apart from the //line directive before it, which gofmt would move
	// to the end of a doc comment.
	g.file.Line()
	g.file.Comment(mod + " is " + g.fileName() + ", imported into the process's Python interpreter at the first call:")
	g.file.Comment("its top-level statements run then, on the event loop that runs every call.")
	g.file.Var().Id(mod).Op("=").Qual(rtPath, "NewModule").Call(jen.Lit(g.fileName()), jen.Id("program"))
	g.file.Line()
	g.file.Comment("Error is a Python exception raised by a call: its type, message and traceback text.")
	g.file.Type().Id("Error").Op("=").Qual(rtPath, "PythonError")
	funcs := map[*ir.FuncDef]*apiFunc{}
	for _, f := range g.apiFuncs {
		funcs[f.def] = f
	}
	classes := map[*ir.ClassDef]*apiClass{}
	for _, c := range g.apiClasses {
		classes[c.cd] = c
	}
	// Whether a handle's pyObject method is used is known once every
	// callable is out: the methods go last.
	used := map[*apiClass]bool{}
	for _, st := range g.m.Body {
		switch st := st.(type) {
		case *ir.FuncDef:
			if f := funcs[st]; f != nil {
				g.file.Line()
				g.apiCallable(mod, f, used)
			}
		case *ir.ClassDef:
			if c := classes[st]; c != nil {
				g.file.Line()
				g.apiClassDecl(mod, c, used)
			}
		}
	}
	for _, c := range g.apiClasses {
		if used[c] {
			g.file.Line()
			g.file.Comment("pyObject is the Python instance; a nil handle is None.")
			r := recvName(c)
			g.file.Func().Params(jen.Id(r).Op("*").Id(c.goName)).Id("pyObject").Params().Any().Block(
				jen.If(jen.Id(r).Op("==").Nil()).Block(jen.Return(jen.Nil())),
				jen.Return(jen.Id(r).Dot("obj")))
		}
	}
}

// apiClassDecl emits a class's handle type, its constructor and methods.
func (g *gen) apiClassDecl(mod string, c *apiClass, used map[*apiClass]bool) {
	cd := c.cd
	g.file.Comment(fmt.Sprintf("%s is an instance of the Python class %s (%s:%d), made by New%s or returned", c.goName, cd.Name, g.fileName(), cd.Pos.Line, c.goName))
	g.file.Comment("by a call. Its methods run on the module's event loop; the instance itself stays there.")
	g.file.Type().Id(c.goName).Struct(jen.Id("obj").Any())
	if c.ctor != nil {
		g.file.Line()
		g.apiCallable(mod, c.ctor, used)
	}
	for _, f := range c.methods {
		g.file.Line()
		g.apiCallable(mod, f, used)
	}
}

// apiCallable emits one exported function, constructor or method.
func (g *gen) apiCallable(mod string, f *apiFunc, used map[*apiClass]bool) {
	var optional []apiParam
	for _, p := range f.params {
		if p.optional {
			optional = append(optional, p)
		}
	}
	option := f.optPrefix + "Option"
	optsType, optField := "", map[*ir.Param]string{}
	if len(optional) > 0 {
		optsType = g.pkgNames.fresh(strings.ToLower(f.optPrefix[:1]) + f.optPrefix[1:] + "Options")
		g.file.Comment(fmt.Sprintf("%s sets an optional argument of %s; without it, the Python default applies.", option, g.goCallName(f)))
		g.file.Type().Id(option).Func().Params(jen.Op("*").Id(optsType))
		g.file.Line()
		var fields []jen.Code
		for _, p := range optional {
			name := goIdent(p.p.Name)
			optField[p.p] = name
			fields = append(fields, jen.Id(name).Op("*").Add(p.typ.goType))
		}
		g.file.Type().Id(optsType).Struct(fields...)
		for _, p := range optional {
			setter := f.optPrefix + upperFirst(goIdent(p.p.Name))
			nm := newNamer(g.pkgNames)
			arg := nm.fresh(goIdent(p.p.Name))
			o := nm.fresh("o")
			g.file.Line()
			g.file.Comment(fmt.Sprintf("%s passes %s=%s to %s.", setter, p.p.Name, arg, f.pyName))
			g.file.Func().Id(setter).Params(jen.Id(arg).Add(p.typ.goType)).Id(option).Block(
				jen.Return(jen.Func().Params(jen.Id(o).Op("*").Id(optsType)).Block(
					jen.Id(o).Dot(optField[p.p]).Op("=").Op("&").Id(arg))))
		}
		g.file.Line()
	}

	nm := newNamer(g.pkgNames)
	recv := ""
	if f.class != nil && !f.ctor {
		recv = nm.fresh(recvName(f.class))
	}
	ctx := nm.fresh("ctx")
	params := []jen.Code{jen.Id(ctx).Qual(contextPath, "Context")}
	argName := map[*ir.Param]string{}
	for _, p := range f.params {
		if !p.optional {
			argName[p.p] = nm.fresh(goIdent(p.p.Name))
			params = append(params, jen.Id(argName[p.p]).Add(p.typ.goType))
		}
	}
	opts, o := "", ""
	if optsType != "" {
		opts, o = nm.fresh("opts"), nm.fresh("o")
		params = append(params, jen.Id(opts).Op("...").Id(option))
	}

	// The call, run on the loop: positional arguments in order, keyword-
	// only ones and the options given by keyword.
	var pos, body []jen.Code
	kw := ""
	for _, p := range f.params {
		if kw == "" && (p.optional || p.p.Kind == ir.ParamKwOnly) {
			kw = nm.fresh("kw")
			body = append(body, jen.Var().Id(kw).Index().Qual(pyPath, "KW"))
		}
	}
	for _, p := range f.params {
		switch {
		case p.optional:
			field := jen.Id(o).Dot(optField[p.p])
			body = append(body, jen.If(field.Clone().Op("!=").Nil()).Block(
				jen.Id(kw).Op("=").Append(jen.Id(kw), jen.Qual(pyPath, "KW").Values(jen.Dict{
					jen.Id("Name"):  jen.Lit(p.p.Name),
					jen.Id("Value"): p.typ.toPy(jen.Op("*").Add(field)),
				}))))
		case p.p.Kind == ir.ParamKwOnly:
			body = append(body, jen.Id(kw).Op("=").Append(jen.Id(kw), jen.Qual(pyPath, "KW").Values(jen.Dict{
				jen.Id("Name"):  jen.Lit(p.p.Name),
				jen.Id("Value"): p.typ.toPy(jen.Id(argName[p.p])),
			})))
		default:
			pos = append(pos, p.typ.toPy(jen.Id(argName[p.p])))
		}
		g.noteHandles(p.typ, used)
	}
	kwArg := jen.Nil()
	if kw != "" {
		kwArg = jen.Id(kw)
	}
	args := jen.Index().Any().Values(pos...)
	switch {
	case f.ctor:
		body = append(body, jen.Return(jen.Qual(pyPath, "Call").Call(g.vars[g.resolve(f.class.cd.Sym)].use(), args, kwArg)))
	case f.class != nil:
		// A nil handle is None, whose missing method raises AttributeError.
		used[f.class] = true
		body = append(body, jen.Return(jen.Qual(pyPath, "CallMethod").Call(
			jen.Id(recv).Dot("pyObject").Call(), jen.Lit(f.def.Name), args, kwArg)))
	default:
		body = append(body, jen.Return(jen.Qual(pyPath, "Call").Call(
			g.symFunc[g.resolve(f.def.Sym)].fnVar.use(), args, kwArg)))
	}
	call := jen.Func().Params().Any().Block(body...)

	caller := "CallSync"
	if f.def != nil && f.def.IsAsync {
		caller = "CallAsync"
	}
	var stmts []jen.Code
	if optsType != "" {
		opt := nm.fresh("opt")
		stmts = append(stmts,
			jen.Var().Id(o).Id(optsType),
			jen.For(jen.List(jen.Id("_"), jen.Id(opt)).Op(":=").Range().Id(opts)).Block(jen.Id(opt).Call(jen.Op("&").Id(o))))
	}
	invoke := func(conv jen.Code) *jen.Statement {
		return jen.Qual(rtPath, caller).Call(jen.Id(mod), jen.Id(ctx), jen.Lit(f.pyName), call, conv)
	}
	var results []jen.Code
	switch len(f.results) {
	case 0:
		errV := nm.fresh("err")
		stmts = append(stmts,
			jen.List(jen.Id("_"), jen.Id(errV)).Op(":=").Add(invoke(jen.Qual(rtPath, "FromPyNone"))),
			jen.Return(jen.Id(errV)))
	case 1:
		results = append(results, f.results[0].goType)
		stmts = append(stmts, jen.Return(invoke(f.results[0].from())))
	default:
		resType := g.pkgNames.fresh(strings.ToLower(f.optPrefix[:1]) + f.optPrefix[1:] + "Result")
		var fields, conv []jen.Code
		conv = append(conv,
			jen.List(jen.Id("items"), jen.Id("err")).Op(":=").Qual(rtPath, "FromPyTuple").Call(jen.Id("v"), jen.Lit(len(f.results))),
			jen.If(jen.Id("err").Op("!=").Nil()).Block(jen.Return(jen.Id("r"), jen.Id("err"))))
		res, errV := nm.fresh("res"), nm.fresh("err")
		var ret []jen.Code
		for i, t := range f.results {
			field := fmt.Sprintf("r%d", i)
			fields = append(fields, jen.Id(field).Add(t.goType))
			results = append(results, t.goType)
			conv = append(conv, jen.If(
				jen.List(jen.Id("r").Dot(field), jen.Id("err")).Op("=").Qual(rtPath, "Item").Call(jen.Id("items"), jen.Lit(i), t.from()),
				jen.Id("err").Op("!=").Nil()).Block(jen.Return(jen.Id("r"), jen.Id("err"))))
			ret = append(ret, jen.Id(res).Dot(field))
		}
		conv = append(conv, jen.Return(jen.Id("r"), jen.Nil()))
		g.file.Comment(fmt.Sprintf("%s holds the items of the tuple %s returns.", resType, f.pyName))
		g.file.Type().Id(resType).Struct(fields...)
		g.file.Line()
		convFn := jen.Func().Params(jen.Id("v").Any()).Params(jen.Id("r").Id(resType), jen.Id("err").Error()).Block(conv...)
		stmts = append(stmts,
			jen.List(jen.Id(res), jen.Id(errV)).Op(":=").Add(invoke(convFn)),
			jen.Return(append(ret, jen.Id(errV))...))
	}
	results = append(results, jen.Error())

	for _, line := range strings.Split(g.apiDoc(f), "\n") {
		g.file.Comment(line)
	}
	decl := g.file.Func()
	if recv != "" {
		decl.Params(jen.Id(recv).Op("*").Id(f.class.goName))
	}
	decl.Id(f.goName).Params(params...).Params(results...).Block(stmts...)
}

// recvName is the receiver name of a handle type's methods: its initial.
func recvName(c *apiClass) string { return strings.ToLower(c.goName[:1]) }

// noteHandles records the classes whose handles a parameter of type t
// converts to Python (with their pyObject method).
func (g *gen) noteHandles(t apiType, used map[*apiClass]bool) {
	for _, c := range t.handles {
		used[c] = true
	}
}

// goCallName is how a doc comment names an exported callable.
func (g *gen) goCallName(f *apiFunc) string {
	if f.class != nil && !f.ctor {
		return f.class.goName + "." + f.goName
	}
	return f.goName
}

// apiDoc is a wrapper's doc comment: which Python callable it calls, how,
// and its Python signature.
func (g *gen) apiDoc(f *apiFunc) string {
	var b strings.Builder
	if f.ctor {
		fmt.Fprintf(&b, "%s calls the class %s (%s:%d) on the module's event loop", f.goName, f.pyName, g.fileName(), f.class.cd.Pos.Line)
	} else {
		fmt.Fprintf(&b, "%s calls %s (%s:%d) on the module's event loop", f.goName, f.pyName, g.fileName(), f.def.Pos.Line)
	}
	if f.def != nil && f.def.IsAsync {
		b.WriteString(" as a new task; cancelling ctx cancels the task.")
	} else {
		b.WriteString("; ctx only keeps it from starting.")
	}
	b.WriteString("\nA Python exception comes back as an *Error.")
	if f.def == nil {
		return b.String()
	}
	def := f.def
	b.WriteString("\n\n\t" + defKind(def) + " " + def.Name + "(")
	star := false
	for i, p := range def.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		if p.Kind == ir.ParamKwOnly && !star {
			b.WriteString("*, ")
		}
		star = star || p.Kind == ir.ParamVarArgs || p.Kind == ir.ParamKwOnly
		switch p.Kind {
		case ir.ParamVarArgs:
			b.WriteString("*")
		case ir.ParamVarKw:
			b.WriteString("**")
		}
		b.WriteString(p.Name)
		if p.Annotation != nil {
			b.WriteString(": " + annText(p.Annotation))
		}
		if p.Default != nil {
			b.WriteString(" = " + defaultText(p.Default))
		}
	}
	b.WriteString(")")
	if def.Returns != nil {
		b.WriteString(" -> " + annText(def.Returns))
	}
	return b.String()
}
