package codegen

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

type frameKind int

const (
	loopFrame frameKind = iota
	// closureFrame is a Go func literal wrapping user statements (a
	// py.Try body, an async-with body): return/break/continue inside it are
	// recorded in the function's control variable and acted on after it.
	closureFrame
	// stepLoopFrame is a loop a step function flattened into labels:
	// break and continue are gotos.
	stepLoopFrame
)

const (
	ctlReturn = 1 << iota
	ctlBreak
	ctlContinue
)

var ctlCode = map[int]int{ctlReturn: 1, ctlBreak: 2, ctlContinue: 3}

type frame struct {
	kind frameKind
	// loopFrame: the for-else/while-else flag set on break ("" when the
	// loop has no else).
	brokeFlag *varRef
	// closureFrame: which control transfers left the closure.
	ctl int
	// stepLoopFrame: where continue and break go, and the _handler in
	// effect around the loop (a jump out of a try region restores it).
	contLabel, breakLabel string
	handler               int
	// hsDepth: the except/finally clauses the frame's py.Handlers holds
	// around the loop; region: the with or try/finally region around it.
	hsDepth int
	region  *withRegion
	// dropIter: the iterator of an async for over a call's result, let go
	// of when a return leaves the loop (rt.DropLoopIter).
	dropIter *varRef
}

// fnCtx is the state of one Go function being generated: a def body, a
// lambda, or program().
type fnCtx struct {
	// keepVars: the cleanup generator calls whose generators a drop site
	// records, and where (gencleanup.go).
	keepVars map[*ir.Call]*varRef
	g        *gen
	parent   *fnCtx
	def      *ir.FuncDef // nil for the module body
	names    *namer
	isAsync  bool // a *rt.Coro named co is in scope
	// hasResult: a Go `return` must carry a value.
	hasResult bool
	// resultType: the def returns its result unboxed (typed_scalar.go).
	resultType ir.Type
	locals     []*varRef
	// frameVar names the struct that holds the locals of a step-form
	// function (async def, generator, generator expression): its step
	// closure captures and changes them, and Go would move each captured
	// variable to the heap on its own; the fields of one struct cost one
	// allocation per call. Empty elsewhere: locals are Go variables.
	frameVar string
	temps    int
	ctlVar   *varRef
	retVar   *varRef
	frames   []*frame
	// handled is the stack of exceptions being handled (for bare raise).
	handled []jen.Code
	// line is the Python line of the statement being generated.
	line int
	// step: the function is being generated as a step function (step.go);
	// regions: the finished step function has handler regions.
	step    *stepState
	regions *stepState
	// handlersVar: the finished step function's py.Handlers (clauses that
	// suspend), or nil.
	handlersVar *varRef
}

// lines puts a //line directive before each statement of an expression's
// closure and after the last one, so the closure's statements and the code
// following it on the same Go line keep the Python statement's line.
func (c *fnCtx) lines(stmts ...jen.Code) []jen.Code {
	var out []jen.Code
	for _, s := range stmts {
		out = append(out, c.g.directive(c.line), s)
	}
	return append(out, c.g.directive(c.line))
}

func (g *gen) newCtx(parent *fnCtx, def *ir.FuncDef) *fnCtx {
	nm := g.pkgNames
	if parent != nil {
		nm = parent.names
	}
	return &fnCtx{g: g, parent: parent, def: def, names: newNamer(nm)}
}

func (c *fnCtx) temp(base string) string {
	c.temps++
	return c.names.fresh("_" + base + strconv.Itoa(c.temps))
}

func (c *fnCtx) local(base string, typ jen.Code) *varRef {
	v := &varRef{name: c.names.fresh(base), typ: typ}
	if c.frameVar != "" {
		v.field = v.name
		v.name = c.frameVar + "." + v.field
	}
	c.locals = append(c.locals, v)
	return v
}

// useFrame makes the locals created from now on fields of the function's
// frame struct (fnCtx.frameVar).
func (c *fnCtx) useFrame() {
	c.frameVar = c.names.fresh("_f")
}

func (c *fnCtx) ctl() *varRef {
	if c.ctlVar == nil {
		c.ctlVar = c.local("_ctl", jen.Int())
	}
	return c.ctlVar
}

func (c *fnCtx) ret() *varRef {
	if c.retVar == nil {
		var typ jen.Code
		if c.resultType != nil {
			typ = goType(c.resultType)
		}
		c.retVar = c.local("_ret", typ)
	}
	return c.retVar
}

// declareScope creates Go variables for the local symbols of a function or
// comprehension scope, and names the static defs it contains.
func (c *fnCtx) declareScope(sc *ir.Scope) {
	for _, s := range scopeSymbols(sc) {
		if s.Kind != ir.SymLocal {
			continue
		}
		if _, ok := c.g.vars[s]; ok {
			continue
		}
		if c.g.importSyms[s] && c.g.stores[s] == c.g.importStores[s] {
			continue
		}
		if fi := c.g.symFunc[s]; fi != nil {
			c.g.allocStaticFunc(c.names, fi, false)
			c.locals = append(c.locals, fi.goFunc)
			if fi.fnVar != nil {
				c.locals = append(c.locals, fi.fnVar)
			}
			for _, d := range fi.defaults {
				if d != nil {
					c.locals = append(c.locals, d)
				}
			}
			continue
		}
		var typ jen.Code
		if t := c.g.rtTypes[s]; t != "" {
			typ = rtTypeCode(t)
		}
		if t := c.g.typedVars[s]; t != nil {
			typ = goType(t)
		}
		v := c.local(goIdent(s.Name), typ)
		v.unbound = s.MayBeUnbound
		c.g.vars[s] = v
	}
}

// localDecls declares the collected locals, with `_ = x` for those nothing
// reads.
func (c *fnCtx) localDecls() []jen.Code {
	var out, fields, unbound []jen.Code
	for _, v := range c.locals {
		typ := v.typ
		if typ == nil {
			typ = jen.Any()
		}
		if v.field != "" {
			fields = append(fields, jen.Id(v.field).Add(typ))
			if v.unbound {
				unbound = append(unbound, jen.Id(v.name).Op("=").Qual(pyPath, "Unbound"))
			}
			continue
		}
		decl := jen.Var().Id(v.name).Add(typ)
		if v.unbound {
			decl.Op("=").Qual(pyPath, "Unbound")
		}
		out = append(out, decl)
	}
	if len(fields) > 0 {
		out = append(append([]jen.Code{jen.Var().Id(c.frameVar).Struct(fields...)}, out...), unbound...)
	}
	for _, v := range c.locals {
		if !v.read && v.field == "" {
			out = append(out, jen.Id("_").Op("=").Id(v.name))
		}
	}
	return out
}

// paramOrder returns the def's parameters in sig.Bind's slot order:
// positional, *args, keyword-only, **kwargs.
func paramOrder(def *ir.FuncDef) []*ir.Param {
	var pos, kwonly []*ir.Param
	var varargs, varkw *ir.Param
	for _, p := range def.Params {
		switch p.Kind {
		case ir.ParamPositional, ir.ParamPosOnly:
			pos = append(pos, p)
		case ir.ParamVarArgs:
			varargs = p
		case ir.ParamKwOnly:
			kwonly = append(kwonly, p)
		case ir.ParamVarKw:
			varkw = p
		}
	}
	out := pos
	if varargs != nil {
		out = append(out, varargs)
	}
	out = append(out, kwonly...)
	if varkw != nil {
		out = append(out, varkw)
	}
	return out
}

// funcLit generates a def or lambda body as a Go function: its parameter
// list, result type and statements.
//
// bound: the function takes sig.Bind's slots as one `_b []any` (the body of
// a *py.Function), so no wrapper frame shows up in tracebacks.
func (g *gen) funcLit(parent *fnCtx, def *ir.FuncDef, bound bool) (params []jen.Code, result jen.Code, body []jen.Code) {
	c := g.newCtx(parent, def)
	sig := g.typedSigs[def]
	if bound {
		sig = nil
	}
	var prologue []jen.Code
	var boundParams []*varRef
	for i, p := range paramOrder(def) {
		sym := p.Sym
		if sym == nil && def.Scope != nil {
			sym = def.Scope.Names[p.Name]
		}
		v := &varRef{name: c.names.fresh(goIdent(p.Name))}
		if sym != nil {
			g.vars[sym] = v
		}
		if bound {
			prologue = append(prologue, jen.Id(v.name).Op(":=").Id("_b").Index(jen.Lit(i)))
			boundParams = append(boundParams, v)
			continue
		}
		if sig != nil {
			params = append(params, jen.Id(v.name).Add(goType(sig.params[i])))
			continue
		}
		params = append(params, jen.Id(v.name))
	}
	if bound {
		if len(boundParams) > 0 {
			params = []jen.Code{jen.Id("_b").Index().Any()}
		} else {
			params = []jen.Code{jen.Id("_").Index().Any()}
		}
	} else if len(params) > 0 && sig == nil {
		params[len(params)-1] = jen.Add(params[len(params)-1]).Any()
	}
	if def.IsAsync || def.IsGenerator {
		c.useFrame()
	}
	c.declareScope(def.Scope)
	if def.IsAsync {
		c.isAsync = true
	}
	c.hasResult = true
	if def.IsGenerator {
		if def.IsAsync {
			c.isAsync = true
		}
		return params, jen.Any(), g.generatorBody(c, def, prologue, boundParams)
	}
	if def.IsAsync {
		// An async def is a step function (DESIGN.md, "Stackless
		// coroutines"); its locals outlive each step: they are the
		// coroutine's frame.
		lowered, why := c.hoistBody(def.Body)
		if why == "" {
			why = g.stepBlocker(lowered)
		}
		if why != "" {
			g.unsupported(def.Pos, "this async def ("+why+")")
			return params, jen.Any(), nil
		}
		stmts := c.stepBody(lowered, false)
		result = jen.Op("*").Qual(rtPath, "Coro")
		if bound {
			result = jen.Any()
		}
		step := g.funcStart(def).Func().Params(jen.Id("co").Op("*").Qual(rtPath, "Coro")).Any().Block(stmts...)
		// Unread parameters are used before the return, which must stay
		// the function's last statement.
		for _, v := range boundParams {
			if !v.read {
				prologue = append(prologue, jen.Id("_").Op("=").Id(v.name))
			}
		}
		body = append(prologue, c.localDecls()...)
		if c.regions != nil || c.handlersVar != nil {
			stepVar := c.names.fresh("_step")
			body = append(body,
				jen.Id(stepVar).Op(":=").Add(step),
				jen.Return(jen.Qual(rtPath, "NewStepCoro").Call(jen.Id(g.funcInfo(def).info), c.wrapStep(jen.Op("*").Qual(rtPath, "Coro"), stepVar))))
		} else {
			body = append(body, jen.Return(jen.Qual(rtPath, "NewStepCoro").Call(jen.Id(g.funcInfo(def).info), step)))
		}
		return
	}
	result = jen.Any()
	if sig != nil && sig.result != nil {
		c.resultType = sig.result
		result = goType(sig.result)
	}
	stmts := c.stmts(def.Body)
	if !stmtsTerminate(def.Body) {
		if c.resultType != nil {
			// Inference proved every path returns a value: falling
			// off the end would be its error, never a None.
			stmts = append(stmts, jen.Panic(jen.Lit("pyasync2go: internal error: a typed def fell off its end")))
		} else {
			stmts = append(stmts, jen.Return(jen.Nil()))
		}
	}
	inner := append(c.localDecls(), stmts...)
	for _, v := range boundParams {
		if !v.read {
			prologue = append(prologue, jen.Id("_").Op("=").Id(v.name))
		}
	}
	return params, result, append(frameEntry(), append(prologue, inner...)...)
}

// frameEntry starts a generated function that is a Python frame: it counts
// against the recursion limit (py.EnterFrame raises RecursionError) until it
// returns or raises. Coroutine frames are counted by rt, per step.
func frameEntry() []jen.Code {
	return []jen.Code{jen.Qual(pyPath, "EnterFrame").Call(), jen.Defer().Qual(pyPath, "LeaveFrame").Call()}
}

// signature builds the &py.Signature{...} literal for a def or lambda;
// defaults gives the code for each parameter's default (nil when none).
func (c *fnCtx) signature(def *ir.FuncDef, defaults func(i int, p *ir.Param) jen.Code) jen.Code {
	d := jen.Dict{
		jen.Id("Name"):     jen.Lit(def.Name),
		jen.Id("QualName"): jen.Lit(qualName(def)),
		jen.Id("File"):     jen.Lit(c.g.fileName()),
		jen.Id("Line"):     jen.Lit(firstLine(def)),
	}
	// inspect.iscoroutinefunction and friends read the kind.
	switch {
	case def.IsAsync && def.IsGenerator:
		d[jen.Id("Kind")] = jen.Qual(pyPath, "FuncAsyncGen")
	case def.IsAsync:
		d[jen.Id("Kind")] = jen.Qual(pyPath, "FuncCoroutine")
	case def.IsGenerator:
		d[jen.Id("Kind")] = jen.Qual(pyPath, "FuncGenerator")
	}
	if doc, ok := docstring(def); ok {
		d[jen.Id("Doc")] = jen.Lit(doc)
	}
	var params, kwonly []jen.Code
	var defs []jen.Code
	kwdefs := jen.Dict{}
	posOnly := 0
	for i, p := range def.Params {
		switch p.Kind {
		case ir.ParamPositional, ir.ParamPosOnly:
			params = append(params, jen.Lit(p.Name))
			if p.Kind == ir.ParamPosOnly {
				posOnly++
			}
			if p.Default != nil {
				defs = append(defs, defaults(i, p))
			}
		case ir.ParamVarArgs:
			d[jen.Id("VarArgs")] = jen.Lit(p.Name)
		case ir.ParamKwOnly:
			kwonly = append(kwonly, jen.Lit(p.Name))
			if p.Default != nil {
				kwdefs[jen.Lit(p.Name)] = defaults(i, p)
			}
		case ir.ParamVarKw:
			d[jen.Id("VarKw")] = jen.Lit(p.Name)
		}
	}
	if len(params) > 0 {
		d[jen.Id("Params")] = jen.Index().String().Values(params...)
	}
	if posOnly > 0 {
		d[jen.Id("NumPosOnly")] = jen.Lit(posOnly)
	}
	if len(defs) > 0 {
		d[jen.Id("Defaults")] = jen.Index().Any().Values(defs...)
	}
	if len(kwonly) > 0 {
		d[jen.Id("KwOnly")] = jen.Index().String().Values(kwonly...)
	}
	if len(kwdefs) > 0 {
		d[jen.Id("KwDefaults")] = jen.Map(jen.String()).Any().Values(kwdefs)
	}
	return jen.Op("&").Qual(pyPath, "Signature").Values(d)
}

// docstring is a def's __doc__: its first statement when that is a string.
func docstring(def *ir.FuncDef) (string, bool) {
	if def.IsLambda || len(def.Body) == 0 {
		return "", false
	}
	if es, ok := def.Body[0].(*ir.ExprStmt); ok {
		if s, ok := es.X.(*ir.StrLit); ok {
			return s.Value, true
		}
	}
	return "", false
}

// functionValue wraps a Go function (fn: code of a func value taking one any
// per slot) into a *py.Function.
func (c *fnCtx) functionValue(def *ir.FuncDef, sig jen.Code, fn jen.Code) *jen.Statement {
	n := len(def.Params)
	args := make([]jen.Code, n)
	for i := range args {
		args[i] = jen.Id("_b").Index(jen.Lit(i))
	}
	bp := jen.Id("_b").Index().Any()
	if n == 0 {
		bp = jen.Id("_").Index().Any()
	}
	// The wrapper is not Python code: keep it out of tracebacks.
	return jen.Qual(pyPath, "NewFunction").Call(sig,
		jen.Func().Params(bp).Any().Block(jen.Comment("//line "+c.g.goFileName()+":1"), jen.Return(jen.Add(fn).Call(args...))))
}

// defStmt emits a def statement where it executes.
func (c *fnCtx) defStmt(def *ir.FuncDef) []jen.Code {
	g := c.g
	fi := g.funcInfo(def)
	var out []jen.Code
	if fi.static {
		for i, p := range def.Params {
			if p.Default != nil {
				out = append(out, jen.Id(fi.defaults[i].name).Op("=").Add(c.expr(p.Default)))
			}
		}
		params, result, body := g.funcLit(c, def, false)
		if fi.goFunc.pkg {
			g.funcDecl = append(g.funcDecl, jen.Comment(g.lineDirective(firstLine(def))), jen.
				Func().Id(fi.goFunc.name).Params(params...).Add(result).Block(body...))
		} else {
			out = append(out, jen.Id(fi.goFunc.name).Op("=").Add(g.funcStart(def)).Func().Params(params...).Add(result).Block(body...))
		}
		if fi.fnVar != nil {
			sig := c.signature(def, func(i int, p *ir.Param) jen.Code { return fi.defaults[i].use() })
			out = append(out, jen.Id(fi.fnVar.name).Op("=").Add(c.functionValue(def, sig, fi.goFunc.use())))
		}
		return out
	}
	// A name bound more than once (or otherwise dynamic) holds the
	// *py.Function; calls go through py.Call.
	pre, wrap := c.decorated(def)
	out = append(out, pre...)
	sig := c.signature(def, func(i int, p *ir.Param) jen.Code { return c.expr(p.Default) })
	params, result, body := g.funcLit(c, def, true)
	var val jen.Code = jen.Qual(pyPath, "NewFunction").Call(sig, g.funcStart(def).Func().Params(params...).Add(result).Block(body...))
	if def.Sym == nil {
		g.errorf(def.Pos, "internal error: def %s has no symbol", def.Name)
		return nil
	}
	out = append(out, c.storeName(def.Sym, def.Pos, wrap(val))...)
	if len(pre) > 0 {
		// The decorator temps get a block of their own (step functions'
		// gotos must not jump over them).
		return []jen.Code{jen.Block(out...)}
	}
	return out
}

// directive is a //line comment for a Python line, remembered as one so
// statements wrapping nested ones do not cover it with their own line.
func (g *gen) directive(line int) jen.Code {
	d := jen.Comment(g.lineDirective(line))
	g.isDirective[d] = true
	return d
}

// funcStart marks a Go func literal as starting at the def's first line,
// where the runtime's traceback registry (RegisterFrameName) looks for it.
func (g *gen) funcStart(def *ir.FuncDef) *jen.Statement {
	return jen.Comment("/*line " + g.posName() + ":" + strconv.Itoa(firstLine(def)) + ":1*/")
}

func (g *gen) lineDirective(line int) string {
	return "//line " + g.posName() + ":" + strconv.Itoa(line)
}

// lambda emits a lambda as a *py.Function value.
func (c *fnCtx) lambda(def *ir.FuncDef) *jen.Statement {
	sig := c.signature(def, func(i int, p *ir.Param) jen.Code { return c.expr(p.Default) })
	params, result, body := c.g.funcLit(c, def, true)
	return jen.Qual(pyPath, "NewFunction").Call(sig, c.g.funcStart(def).Func().Params(params...).Add(result).Block(body...))
}
