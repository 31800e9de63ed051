package codegen

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Generators compile to the step form of async defs (step.go), with yield
// as the suspension point and *py.Generator as the frame: calling the
// function binds its parameters and returns the generator object; next,
// send, throw and close run the step function on the caller's stack.

// generatorBody is the Go body of a generator function: the locals (its
// frame) and `return py.NewGenerator(...)`.
func (g *gen) generatorBody(c *fnCtx, def *ir.FuncDef, prologue []jen.Code, boundParams []*varRef) []jen.Code {
	lowered, reason := c.hoistBody(def.Body)
	if reason == "" {
		reason = g.generatorBlocker(def, lowered)
	}
	if reason != "" {
		g.unsupported(def.Pos, "this generator function ("+yieldWording(reason)+")")
		return nil
	}
	var gen jen.Code
	if def.IsAsync {
		// An async generator's frame is a step coroutine whose yields are
		// one more kind of suspension (rt/asyncgen.go).
		stmts := c.stepBody(lowered, false)
		step := g.funcStart(def).Func().Params(jen.Id("co").Op("*").Qual(rtPath, "Coro")).Any().Block(stmts...)
		info := jen.Id(g.funcInfo(def).info)
		if c.regions == nil && c.handlersVar == nil {
			gen = jen.Qual(rtPath, "NewAsyncGen").Call(info, step)
		} else {
			stepVar := c.names.fresh("_step")
			gen = jen.Func().Params().Op("*").Qual(rtPath, "AsyncGen").Block(
				jen.Id(stepVar).Op(":=").Add(step),
				jen.Return(jen.Qual(rtPath, "NewAsyncGen").Call(info, c.wrapStep(jen.Op("*").Qual(rtPath, "Coro"), stepVar))),
			).Call()
		}
	} else {
		gen = c.newGenerator(def.Name, qualName(def), g.funcStart(def), c.stepBody(lowered, true))
	}
	body := append(prologue, c.localDecls()...)
	// A parameter the body never reads is still declared; mark it used
	// before the return (after it, Go reports a missing return).
	for _, v := range boundParams {
		if !v.read {
			body = append(body, jen.Id("_").Op("=").Id(v.name))
		}
	}
	return append(body, jen.Return(gen))
}

// newGenerator is py.NewGenerator over a step function of the statements
// stepBody made (wrapped in the handler loop when it has regions).
func (c *fnCtx) newGenerator(name, qual string, start *jen.Statement, stmts []jen.Code) jen.Code {
	frame := jen.Op("*").Qual(pyPath, "Generator")
	step := start.Func().Params(jen.Id("co").Add(frame)).Any().Block(stmts...)
	if c.regions == nil && c.handlersVar == nil {
		return jen.Qual(pyPath, "NewGenerator").Call(jen.Lit(name), jen.Lit(qual), step)
	}
	stepVar := c.names.fresh("_step")
	return jen.Func().Params().Op("*").Qual(pyPath, "Generator").Block(
		jen.Id(stepVar).Op(":=").Add(step),
		jen.Return(jen.Qual(pyPath, "NewGenerator").Call(jen.Lit(name), jen.Lit(qual), c.wrapStep(frame, stepVar))),
	).Call()
}

// generatorBlocker returns why a generator function cannot be translated
// exactly, or "". A cleanup generator's uses are checked where they are
// (gencleanup.go); only a def whose calls the translation cannot follow is
// rejected here.
func (g *gen) generatorBlocker(def *ir.FuncDef, body []ir.Stmt) string {
	if r := g.stepBlocker(body); r != "" {
		return r
	}
	if def.IsAsync && !drivenToEnd(def) && g.closeRunsCode(body) {
		// An async generator's cleanup runs in the aclose task its
		// loop's finalizer hook schedules, or at asyncio.run's shutdown.
		return "a yield inside try/finally (or its finally clause), with, or an except clause that catches GeneratorExit: " +
			"CPython runs that cleanup when the generator is garbage-collected or at asyncio.run's shutdown, which the translation cannot time"
	}
	if r := g.cleanupDefReason[def]; r != "" {
		return "its generators run cleanup code when closed (a yield inside try/finally, with, an except clause that catches GeneratorExit, or a loop over such a generator), and it is " + r
	}
	return ""
}

// drivenToEnd reports whether the generator function is decorated with
// contextlib's contextmanager or asynccontextmanager (as the decorator
// nearest the def, so it receives the function itself). Its generators are
// only ever driven by the context manager, whose exit resumes the
// generator to its end or throws into it and closes it when it does not
// stop: no cleanup is left for garbage collection to run.
func drivenToEnd(def *ir.FuncDef) bool {
	if len(def.Decorators) == 0 {
		return false
	}
	d, ok := def.Decorators[len(def.Decorators)-1].(*ir.LibAttr)
	return ok && d.Module == "contextlib" && (d.Name == "contextmanager" && !def.IsAsync || d.Name == "asynccontextmanager" && def.IsAsync)
}

// yieldWording says a step-form reason about awaits in a generator's terms.
func yieldWording(r string) string {
	r = strings.ReplaceAll(r, "an awaited expression", "a yield")
	r = strings.ReplaceAll(r, "an await or yield", "a yield")
	r = strings.ReplaceAll(r, "an await", "a yield")
	r = strings.ReplaceAll(r, "awaits", "yields")
	return strings.ReplaceAll(r, "await", "yield")
}

// catchesGeneratorExit reports whether an except clause's type may match
// GeneratorExit: a bare except, BaseException or GeneratorExit (no other
// class is a base of GeneratorExit).
func catchesGeneratorExit(t ir.Expr) bool {
	if t == nil {
		return true
	}
	found := false
	walk(t, func(n any) bool {
		if nm, ok := n.(*ir.Name); ok && (nm.Id == "BaseException" || nm.Id == "GeneratorExit") {
			found = true
		}
		return !found
	})
	return found
}

// genExp is a generator expression: iter() of its first iterable taken
// here, then a generator whose step function runs the loop nest, lazily:
//
//	for <target> in <first>: [if <cond>:] ... yield <elt>
//
// Its variables are that generator's locals, in the closure that creates
// it.
func (c *fnCtx) genExp(e *ir.Comp) xr {
	g := c.g
	gc := g.newCtx(c, c.def)
	gc.line = c.line
	gc.hasResult = true
	gc.useFrame()
	src := gc.local("_src", nil)
	srcSym := &ir.Symbol{Name: src.name, Kind: ir.SymLocal}
	g.vars[srcSym] = src
	gc.declareScope(e.Scope)
	pos := ir.StmtBase{Pos: e.Pos}
	body := []ir.Stmt{&ir.ExprStmt{StmtBase: pos, X: &ir.Yield{ExprBase: ir.ExprBase{Pos: e.Pos}, X: e.Elt}}}
	for i := len(e.Generators) - 1; i >= 0; i-- {
		gn := e.Generators[i]
		for j := len(gn.Ifs) - 1; j >= 0; j-- {
			body = []ir.Stmt{&ir.If{StmtBase: pos, Cond: gn.Ifs[j], Body: body}}
		}
		iter := gn.Iter
		if i == 0 {
			iter = &ir.Name{ExprBase: ir.ExprBase{Pos: e.Pos}, Id: src.name, Sym: srcSym}
		}
		body = []ir.Stmt{&ir.For{StmtBase: pos, Target: gn.Target, Iter: iter, Body: body}}
	}
	stmts := gc.stepBody(body, true)
	// The step function starts at a line past the end of the source that
	// init registers as "<genexpr>": the traceback code names a frame by
	// the line its Go function starts at, and the genexp's own line may
	// start other closures of the enclosing function.
	g.genexpLines++
	start := len(strings.Split(string(g.m.Source), "\n")) + g.genexpLines
	g.genexpFrames = append(g.genexpFrames, jen.Qual(pyPath, "RegisterFrameName").Call(jen.Lit(g.posName()), jen.Lit(start), jen.Lit("<genexpr>")))
	startCode := jen.Comment("/*line " + g.posName() + ":" + strconv.Itoa(start) + ":1*/")
	qual := e.QualName
	if qual == "" {
		qual = "<genexpr>"
	}
	out := []jen.Code{jen.Id(src.name).Op("=").Qual(pyPath, "GetIter").Call(c.expr(e.Generators[0].Iter))}
	out = append(gc.localDecls(), out...)
	out = append(out, jen.Return(gc.newGenerator("<genexpr>", qual, startCode, stmts)))
	return xr{c: jen.Func().Params().Op("*").Qual(pyPath, "Generator").Block(c.lines(out...)...).Call(), call: true}
}
