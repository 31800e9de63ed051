package codegen

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// The step form (DESIGN.md, "Stackless coroutines") is the only form of a
// function that can suspend (async def, generator, async generator,
// generator expression, a module with top-level await): a step function
// that returns rt.Suspended (py.GenSuspended) at each suspension and
// re-enters at a resume label. The evaluation-order pass (hoist.go) first
// leaves every await and yield at the start of a statement of its own.
//
// Only statements that suspend are flattened into top-level labels and
// gotos; the others are emitted as in a plain function, in straight-line
// chunks. Go forbids jumping into a block or over a declaration still in
// scope at the label, so the step function's top level declares nothing:
// locals and the temps that must survive a suspension live in the
// enclosing Go function, and chunks needing temps get a block.
//
// try, with and async with whose bodies suspend are handler regions: the
// handler variable names the handler an exception escaping the step
// re-enters at (regionWrapper). A return, break or continue leaving a with
// or try/finally region goes through its exit (stepReturn, stepJump,
// passJumps), and except/finally clauses that suspend keep what they
// handle in the frame's py.Handlers.

// stepBlocker returns why a body (after the evaluation-order pass) cannot
// be split, or "" when it compiles to a step function. The reason goes into
// the diagnostic that rejects the function.
func (g *gen) stepBlocker(body []ir.Stmt) string {
	k := &stepCheck{g: g}
	k.stmts(body)
	return k.reason
}

// suspendPoint reports an expression the step form suspends at: an await,
// or a yield in a generator.
func suspendPoint(e ir.Expr) bool {
	switch e.(type) {
	case *ir.Await, *ir.Yield:
		return true
	}
	return false
}

// suspendOperand is what a suspension point evaluates before suspending.
func suspendOperand(e ir.Expr) ir.Expr {
	switch e := e.(type) {
	case *ir.Await:
		return e.X
	case *ir.Yield:
		return e.X
	}
	return nil
}

// stepCheck walks a body (after the evaluation-order pass) deciding
// whether the step emitter can split it.
type stepCheck struct {
	g      *gen
	reason string
}

func (k *stepCheck) fail(reason string) {
	if k.reason == "" {
		k.reason = reason
	}
}

func (k *stepCheck) stmts(ss []ir.Stmt) {
	for _, s := range ss {
		k.stmt(s)
		if k.reason != "" {
			return
		}
	}
}

// splitAt reports a statement value the step emitter splits at: an await
// or yield whose operand does not suspend. The evaluation-order pass
// (hoist.go) leaves every suspension in such a position.
func splitAt(e ir.Expr) bool {
	return suspendPoint(e) && !suspends(suspendOperand(e))
}

// stmt checks one statement. Statements that do not suspend are emitted as
// straight-line chunks, whatever they contain: a return, break or continue
// leaving a Go closure there is acted on after it (afterClosure), through
// the exits of the regions it leaves (stepJump, stepReturn).
func (k *stepCheck) stmt(s ir.Stmt) {
	switch s := s.(type) {
	case *ir.ExprStmt:
		if splitAt(s.X) {
			return
		}
	case *ir.Assign:
		if !anySuspend(s.Targets) && splitAt(s.Value) {
			return
		}
	case *ir.AugAssign:
		if _, ok := s.Target.(*ir.Name); ok && splitAt(s.Value) {
			return
		}
	case *ir.Return:
		if s.Value == nil || splitAt(s.Value) {
			return
		}
	case *ir.If:
		if !suspends(s.Cond) {
			k.stmts(s.Body)
			k.stmts(s.Else)
			return
		}
	case *ir.While:
		if !suspends(s.Cond) {
			k.stmts(s.Body)
			k.stmts(s.Else)
			return
		}
	case *ir.For:
		if !suspends(s.Iter) && !suspends(s.Target) {
			k.stmts(s.Body)
			k.stmts(s.Else)
			return
		}
	case *ir.Try:
		if suspends(s) {
			k.awaitingTry(s)
		}
		return
	case *ir.With:
		if !suspends(s) {
			return
		}
		for _, it := range s.Items {
			if suspends(it.Ctx) || it.Var != nil && suspends(it.Var) {
				k.fail("an await in a position the step form does not split at")
				return
			}
		}
		k.stmts(s.Body)
		return
	case *ir.FuncDef, *ir.ClassDef:
		// A nested def is a function of its own; only what the def
		// statement evaluates here (defaults, decorators, bases) counts.
	}
	if suspends(s) {
		k.fail("an await in a position the step form does not split at")
	}
}

// awaitingTry checks a try statement that suspends: the body becomes a
// handler region, the else clause is flattened like the body, and so are
// except and finally clauses that suspend or jump out (the others are
// emitted as chunks).
func (k *stepCheck) awaitingTry(s *ir.Try) {
	if len(s.Handlers) == 0 && len(s.Finally) == 0 {
		// Not Python (the frontend should have rejected it); the
		// goroutine form reports it.
		k.fail("a try statement without except or finally")
		return
	}
	k.stmts(s.Body)
	for _, h := range s.Handlers {
		k.stmts(h.Body)
	}
	k.stmts(s.Else)
	k.stmts(s.Finally)
}

// suspends reports whether running n in the current function may suspend
// it: an await, async with, async for or async comprehension, outside
// nested function bodies (their defaults and decorators run here).
func suspends(n any) bool {
	found := false
	var visit func(n any) bool
	visit = func(n any) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ir.Await, *ir.Yield:
			found = true
		case *ir.With:
			found = found || n.IsAsync
		case *ir.For:
			found = found || n.IsAsync
		case *ir.Comp:
			for _, g := range n.Generators {
				found = found || g.IsAsync
			}
		case *ir.FuncDef:
			for _, d := range n.Decorators {
				walk(d, visit)
			}
			for _, p := range n.Params {
				if p.Default != nil {
					walk(p.Default, visit)
				}
			}
			return false
		case *ir.Lambda:
			if n.Func != nil {
				for _, p := range n.Func.Params {
					if p.Default != nil {
						walk(p.Default, visit)
					}
				}
			}
			return false
		}
		return !found
	}
	walk(n, visit)
	return found
}

// stepState is the flattened top level of a step function being built.
type stepState struct {
	items []stepItem
	used  map[string]bool
	// pcs[i] is the label the dispatch jumps to for co.PC == i+1: a
	// resume label, or a handler region's handler.
	pcs    []string
	labels int
	// handler is the _handler value of the innermost region being
	// generated (0: none).
	handler int
	// regions: the function has a handler region; handlerVar and raised
	// are its state (see regionWrapper).
	regions            bool
	handlerVar, raised *varRef
	// region is the innermost async with being generated; a return inside
	// it stores its value and leaves through the region's exit, which
	// awaits __aexit__ and passes the return on.
	region *withRegion
	// retVal and returning carry such a return (see stepReturn).
	retVal, returning *varRef
	// generator: the step function is a generator's (*py.Generator), not
	// a coroutine's (*rt.Coro); frameType is that parameter type.
	generator bool
	frameType jen.Code
	// hs is the frame's py.Handlers when an except or finally clause
	// suspends (nil otherwise); hsDepth is how many clauses it holds at
	// the code being generated.
	hs      *varRef
	hsDepth int
	// finallies counts the flattened finally clauses around the code
	// being generated.
	finallies int
	// jump is the pending break/continue (pendingJump.id; 0: none), made
	// when a jump first leaves a region.
	jump    *varRef
	jumpIDs int
}

// suspendedValue is what the step function returns at a suspension.
func (c *fnCtx) suspendedValue() jen.Code {
	if c.step.generator {
		return jen.Qual(pyPath, "GenSuspended")
	}
	return jen.Qual(rtPath, "Suspended")
}

type withRegion struct {
	exit     string
	returned bool
	// jumps are the breaks and continues leaving the region: its exit
	// passes each on once __exit__ or the finally clause has run.
	jumps []pendingJump
}

// pendingJump is a break or continue on its way out through region exits:
// the jump variable holds id meanwhile.
type pendingJump struct {
	id    int
	f     *frame
	label string
}

// stepReturn is `return val` in a step function.
func (c *fnCtx) stepReturn(val jen.Code) []jen.Code {
	// Loops over a call's result that the return leaves let go of their
	// iterators after the value is computed (see stepFor).
	var drops []jen.Code
	for i := len(c.frames) - 1; i >= 0; i-- {
		if f := c.frames[i]; f.kind == stepLoopFrame && f.dropIter != nil {
			drops = append(drops, jen.Qual(rtPath, "DropLoopIter").Call(f.dropIter.use()))
		}
	}
	r := c.step.region
	if r == nil {
		if len(drops) == 0 {
			return []jen.Code{jen.Return(val)}
		}
		res := c.temp("ret")
		return append(append([]jen.Code{jen.Id(res).Op(":=").Add(val)}, drops...), jen.Return(jen.Id(res)))
	}
	r.returned = true
	out := []jen.Code{jen.Id(c.step.retVal.name).Op("=").Add(val)}
	out = append(out, drops...)
	return append(out,
		jen.Id(c.step.returning.name).Op("=").True(),
		c.goTo(r.exit),
	)
}

// stepItem is a top-level Go statement (with its //line directive) or a
// label, which is dropped unless some goto targets it (Go rejects unused
// labels).
type stepItem struct {
	label string
	code  jen.Code
}

// goTo is `goto label`, usable anywhere in the step function outside
// nested func literals.
func (c *fnCtx) goTo(label string) *jen.Statement {
	c.step.used[label] = true
	return jen.Goto().Id(label)
}

func (c *fnCtx) emit(line int, codes ...jen.Code) {
	for _, code := range codes {
		c.step.items = append(c.step.items, stepItem{code: c.g.directive(line)}, stepItem{code: code})
	}
}

// emitAt records the line a coroutine is running at (what its repr and its
// task's repr show); a generator has no such repr.
func (c *fnCtx) emitAt(line int) {
	if !c.step.generator {
		c.emit(line, jen.Id("co").Dot("At").Call(jen.Lit(line)))
	}
}

func (c *fnCtx) label(name string) {
	c.step.items = append(c.step.items, stepItem{label: name})
}

// newPC allocates a co.PC value and the label the dispatch sends it to.
func (c *fnCtx) newPC(kind string) int {
	n := len(c.step.pcs) + 1
	label := kind + strconv.Itoa(n)
	c.step.pcs = append(c.step.pcs, label)
	c.step.used[label] = true
	return n
}

func (c *fnCtx) newLabels(kind string) string {
	c.step.labels++
	return kind + strconv.Itoa(c.step.labels)
}

// stepBody generates a def body as a step function's statements: the
// resume dispatch, then the flattened body.
func (c *fnCtx) stepBody(body []ir.Stmt, generator bool) []jen.Code {
	c.step = &stepState{used: map[string]bool{}, generator: generator, frameType: jen.Op("*").Qual(rtPath, "Coro")}
	if generator {
		c.step.frameType = jen.Op("*").Qual(pyPath, "Generator")
	}
	if clausesSuspend(body) {
		c.step.hs = c.local("_hs", jen.Qual(pyPath, "Handlers"))
	}
	c.stepStmts(body)
	var out []jen.Code
	if len(c.step.pcs) > 0 {
		var cases []jen.Code
		for i, label := range c.step.pcs {
			cases = append(cases, jen.Case(jen.Lit(i+1)).Block(c.goTo(label)))
		}
		out = append(out, jen.Switch(jen.Id("co").Dot("PC")).Block(cases...))
	}
	for _, it := range c.step.items {
		if it.label == "" {
			out = append(out, it.code)
		} else if c.step.used[it.label] {
			out = append(out, jen.Id(it.label).Op(":"))
		}
	}
	if !stmtsTerminate(body) {
		out = append(out, jen.Return(jen.Nil()))
	}
	if c.step.regions {
		c.regions = c.step
	}
	c.handlersVar = c.step.hs
	c.step = nil
	return out
}

// clausesSuspend reports an except or finally clause that suspends in a
// function body (outside nested functions).
func clausesSuspend(body []ir.Stmt) bool {
	found := false
	walk(body, func(n any) bool {
		switch n := n.(type) {
		case *ir.Try:
			for _, h := range n.Handlers {
				found = found || suspends(h.Body)
			}
			found = found || flatFinally(n)
		case *ir.FuncDef, *ir.Lambda, *ir.ClassDef:
			return false
		}
		return !found
	})
	return found
}

// flatFinally reports a finally clause of a try that suspends which the
// step form flattens: it suspends itself, or jumps (return, break,
// continue) out of the statement.
func flatFinally(s *ir.Try) bool {
	return suspends(s.Finally) || suspends(s) && hasJump(s.Finally)
}

// hsLeave ends the clauses entered since depth (nothing when no clause
// suspends).
func (c *fnCtx) hsLeave(depth int) []jen.Code {
	if c.step.hs == nil {
		return nil
	}
	return []jen.Code{c.step.hs.use().Dot("Leave").Call(jen.Lit(depth))}
}

// wrapStep is the step function rt runs for the generated one (stepVar):
// inside the region loop when it has handler regions, with the exceptions
// its suspended clauses handle made current for each step (py.Handlers).
func (c *fnCtx) wrapStep(frame jen.Code, stepVar string) jen.Code {
	fn := jen.Id(stepVar)
	if c.regions != nil {
		fn = jen.Parens(c.g.regionWrapper(c.regions, stepVar))
		if c.handlersVar == nil {
			return c.g.regionWrapper(c.regions, stepVar)
		}
	}
	return jen.Func().Params(jen.Id("co").Add(frame)).Any().Block(
		jen.Comment("//line "+c.g.goFileName()+":1"),
		jen.Return(c.handlersVar.use().Dot("Run").Call(jen.Func().Params().Any().Block(jen.Return(fn.Call(jen.Id("co")))))))
}

// enterRegions marks the function as having handler regions.
func (c *fnCtx) enterRegions() {
	if !c.step.regions {
		c.step.regions = true
		c.step.handlerVar = c.local("_handler", jen.Int())
		c.step.raised = c.local("_raised", jen.Op("*").Qual(pyPath, "Exception"))
		c.step.retVal, c.step.returning = c.local("_retVal", nil), c.local("_returning", jen.Bool())
	}
}

// abandonReturn: an exception raised on the way out of a region (by
// __aexit__ or a finally clause) replaces the return (or break/continue)
// that was leaving it.
func (c *fnCtx) abandonReturn() jen.Code {
	if c.step.jump != nil {
		return jen.List(jen.Id(c.step.returning.name), jen.Id(c.step.jump.name)).Op("=").List(jen.False(), jen.Lit(0))
	}
	return jen.Id(c.step.returning.name).Op("=").False()
}

// passJumps emits, at the end of region r's exit, where each break and
// continue leaving r goes next: to its loop when that lies in the
// enclosing region, else on through the enclosing region's exit.
func (c *fnCtx) passJumps(line int, r, enclosing *withRegion) {
	for _, j := range r.jumps {
		var act []jen.Code
		if j.f.region == enclosing {
			act = append(act, jen.Id(c.step.jump.name).Op("=").Lit(0), c.setHandler(j.f.handler))
			act = append(act, c.hsLeave(j.f.hsDepth)...)
			act = append(act, c.goTo(j.label))
		} else {
			enclosing.jumps = append(enclosing.jumps, j)
			act = append(act, c.goTo(enclosing.exit))
		}
		c.emit(line, jen.If(c.step.jump.use().Op("==").Lit(j.id)).Block(act...))
	}
}

// setHandler makes region n (0: none) the one an escaping exception enters.
func (c *fnCtx) setHandler(n int) jen.Code {
	return jen.Id(c.step.handlerVar.name).Op("=").Lit(n)
}

// regionWrapper is the step function rt runs for a step function with
// handler regions: it calls the generated step (stepVar) and, when an
// exception escapes while a region is active, re-enters it at the region's
// handler with the exception in the raised variable, recording where the
// exception came from first (its raising stack is gone afterwards). It is
// the one region loop (DESIGN.md "Handler regions"): the same wrapper
// serves coroutine and generator frames, and rt never recovers what a step
// raises. The wrapper is not Python code: it stays out of tracebacks.
func (g *gen) regionWrapper(st *stepState, stepVar string) jen.Code {
	h, raised := st.handlerVar.name, st.raised.name
	var cases []jen.Code
	for i, label := range st.pcs {
		if !strings.HasPrefix(label, "resume") {
			cases = append(cases, jen.Case(jen.Lit(i+1)).Block(jen.Id("co").Dot("PC").Op("=").Lit(i+1)))
		}
	}
	return jen.Func().Params(jen.Id("co").Add(st.frameType)).Any().Block(
		jen.Comment("//line "+g.goFileName()+":1"),
		jen.For().Block(
			jen.List(jen.Id("res"), jen.Id("exc")).Op(":=").Func().Params().Params(jen.Id("res").Any(), jen.Id("exc").Op("*").Qual(pyPath, "Exception")).Block(
				jen.Defer().Func().Params().Block(
					jen.If(jen.Id(h).Op("==").Lit(0)).Block(jen.Return()),
					jen.If(jen.Id("r").Op(":=").Recover(), jen.Id("r").Op("!=").Nil()).Block(
						jen.List(jen.Id("e"), jen.Id("ok")).Op(":=").Id("r").Assert(jen.Op("*").Qual(pyPath, "Exception")),
						jen.If(jen.Op("!").Id("ok")).Block(jen.Panic(jen.Id("r"))),
						jen.Qual(pyPath, "AddTraceback").Call(jen.Id("e")),
						jen.Id("exc").Op("=").Id("e"),
					),
				).Call(),
				jen.Return(jen.Id(stepVar).Call(jen.Id("co")), jen.Nil()),
			).Call(),
			jen.If(jen.Id("exc").Op("==").Nil()).Block(jen.Return(jen.Id("res"))),
			// co.PC = handler, with constants so co.PC's integer type
			// is rt's business.
			jen.Switch(jen.Id(h)).Block(cases...),
			jen.List(jen.Id(raised), jen.Id(h)).Op("=").List(jen.Id("exc"), jen.Lit(0)),
		),
	)
}

// stepStmts flattens the statements that suspend and emits runs of the
// others as chunks.
func (c *fnCtx) stepStmts(ss []ir.Stmt) {
	var chunk []ir.Stmt
	flush := func() {
		if len(chunk) > 0 {
			c.stepChunk(chunk)
			chunk = nil
		}
	}
	for _, s := range ss {
		if suspends(s) {
			flush()
			saved := c.line
			c.line = s.GetPos().Line
			c.stepStmt(s)
			c.line = saved
		} else {
			chunk = append(chunk, s)
		}
		if terminates(s) {
			break
		}
	}
	flush()
}

// stepChunk emits statements that do not suspend as the goroutine form
// does, in a block when they may declare temps.
func (c *fnCtx) stepChunk(ss []ir.Stmt) {
	var codes []jen.Code
	block := false
	for _, s := range ss {
		codes = append(codes, c.stmt(s)...)
		block = block || mayDeclare(s) || c.g.dropsLoop(s)
	}
	if len(codes) == 0 {
		return
	}
	if block {
		c.step.items = append(c.step.items, stepItem{code: jen.Block(codes...)})
		return
	}
	for _, code := range codes {
		c.step.items = append(c.step.items, stepItem{code: code})
	}
}

// mayDeclare reports whether a statement's Go code may declare a variable
// at its own level (temps, flags, unpacking, try results).
func mayDeclare(s ir.Stmt) bool {
	switch s := s.(type) {
	case *ir.ExprStmt, *ir.Pass, *ir.Global, *ir.Nonlocal, *ir.Import, *ir.ImportFrom,
		*ir.Return, *ir.Break, *ir.Continue, *ir.If, *ir.Raise, *ir.Assert:
		return false
	case *ir.Assign:
		if len(s.Targets) != 1 {
			return true
		}
		_, ok := s.Targets[0].(*ir.Name)
		return !ok
	case *ir.AugAssign:
		_, ok := s.Target.(*ir.Name)
		return !ok
	case *ir.While:
		return len(s.Else) > 0
	case *ir.For:
		return len(s.Else) > 0
	}
	return true
}

// stepStmt flattens one statement that suspends; stepBlocker guarantees it
// is one of these shapes.
func (c *fnCtx) stepStmt(s ir.Stmt) {
	line := s.GetPos().Line
	switch s := s.(type) {
	case *ir.ExprStmt:
		c.stepAwait(line, false, s.X, func(res jen.Code) []jen.Code { return []jen.Code{res} })
		return
	case *ir.Assign:
		aw := s.Value
		c.stepAwait(line, false, aw, func(res jen.Code) []jen.Code {
			if nm, ok := s.Targets[0].(*ir.Name); ok && len(s.Targets) == 1 {
				return c.storeName(nm.Sym, nm.Pos, res)
			}
			// Python stores to the targets (evaluating their parts) after
			// the await, left to right.
			v := c.temp("v")
			out := []jen.Code{jen.Id(v).Op(":=").Add(res)}
			for _, t := range s.Targets {
				out = append(out, c.assign(t, jen.Id(v))...)
			}
			return []jen.Code{jen.Block(c.lines(out...)...)}
		})
		return
	case *ir.AugAssign:
		nm := s.Target.(*ir.Name)
		// Python loads the target before evaluating and awaiting the
		// operand; another task may rebind a global meanwhile.
		cur := c.local("_aug", nil)
		c.emitAt(line)
		c.emit(line, jen.Id(cur.name).Op("=").Add(c.load(nm)))
		c.stepAwait(line, true, s.Value, func(res jen.Code) []jen.Code {
			return c.storeName(nm.Sym, nm.Pos, jen.Qual(pyPath, augOps[s.Op]).Call(cur.use(), res))
		})
		return
	case *ir.Return:
		c.stepAwait(line, false, s.Value, func(res jen.Code) []jen.Code { return c.stepReturn(res) })
		return
	case *ir.If:
		c.stepIf(s)
		return
	case *ir.While:
		c.stepWhile(s)
		return
	case *ir.For:
		c.stepFor(s)
		return
	case *ir.With:
		c.stepWith(line, s.Items, s.Body, s.IsAsync)
		return
	case *ir.Try:
		c.stepTry(s)
		return
	}
	c.g.errorf(s.GetPos(), "internal error: the step form cannot split this statement")
}

// stepAwait emits one suspension point (an await, or a yield): begin it,
// the resume label, drive it, then finish with its value.
func (c *fnCtx) stepAwait(line int, atDone bool, e ir.Expr, finish func(res jen.Code) []jen.Code) {
	if y, ok := e.(*ir.Yield); ok {
		c.stepSuspend(line, atDone, func() jen.Code { return c.startYield(y) }, finish)
		return
	}
	aw := e.(*ir.Await)
	c.stepSuspend(line, atDone, func() jen.Code { return c.startAwait(aw) }, finish)
}

// startYield begins a yield: the value goes out when the step returns
// py.GenSuspended; yield from takes iter() of its operand now.
func (c *fnCtx) startYield(y *ir.Yield) jen.Code {
	if y.From {
		return jen.Id("co").Dot("StartYieldFrom").Call(c.expr(y.X))
	}
	if y.X == nil {
		return jen.Id("co").Dot("StartYield").Call(jen.Nil())
	}
	return jen.Id("co").Dot("StartYield").Call(c.expr(y.X))
}

// stepSuspend emits a suspension point whose await start emits.
func (c *fnCtx) stepSuspend(line int, atDone bool, start func() jen.Code, finish func(res jen.Code) []jen.Code) {
	n := c.newPC("resume")
	resume := c.step.pcs[n-1]
	if !atDone {
		c.emitAt(line)
	}
	c.emit(line, start())
	c.label(resume)
	c.emit(line,
		jen.If(jen.Id("co").Dot("Suspend").Call()).Block(
			jen.Id("co").Dot("PC").Op("=").Lit(n),
			jen.Return(c.suspendedValue()),
		))
	c.emit(line, finish(jen.Id("co").Dot("AwaitResult").Call())...)
}

// startAwait begins the await: asyncio.sleep and the get/put of a variable
// known to hold a *rt.Queue start without building a coroutine object;
// anything else goes through co.StartAwait with the operand the goroutine
// form hands co.Await.
func (c *fnCtx) startAwait(aw *ir.Await) jen.Code {
	switch x := aw.X.(type) {
	case *ir.AsyncCall:
		if x.Op == ir.OpSleep && simplePositional(x.Args) && len(x.Args) >= 1 && len(x.Args) <= 2 {
			args := c.argExprs(x.Args)
			if len(args) == 1 {
				args = append(args, jen.Nil())
			}
			return jen.Id("co").Dot("StartSleep").Call(args...)
		}
	case *ir.Call:
		attr, ok := x.Func.(*ir.Attribute)
		if !ok || !simplePositional(x.Args) {
			break
		}
		nm, ok := attr.X.(*ir.Name)
		if !ok || c.nameVar(nm) == nil || c.typedVarOf(nm) != nil {
			break
		}
		get := attr.Name == "get" && len(x.Args) == 0
		put := attr.Name == "put" && len(x.Args) == 1
		if !get && !put {
			break
		}
		start := func(q jen.Code) jen.Code {
			if get {
				return jen.Id("co").Dot("StartQueueGet").Call(q)
			}
			return jen.Id("co").Dot("StartQueuePut").Call(q, c.expr(x.Args[0].Value))
		}
		if c.g.rtTypes[c.g.resolve(nm.Sym)] == "Queue" {
			if put && !plainOperand(x.Args[0].Value) {
				// A call reading q keeps it ordered before the item's
				// evaluation without losing its *rt.Queue type.
				q := jen.Func().Params().Op("*").Qual(rtPath, "Queue").Block(jen.Return(c.load(nm))).Call()
				return jen.Id("co").Dot("StartQueuePut").Call(q, c.expr(x.Args[0].Value))
			}
			return start(c.load(nm))
		}
		if c.g.rtTypes[c.g.resolve(nm.Sym)] != "" {
			break
		}
		if put && !plainOperand(x.Args[0].Value) {
			// q.put is looked up before the item is evaluated (Go runs
			// the calls left to right), then a *rt.Queue takes the fast
			// path and anything else awaits the method's result.
			return jen.Id("co").Dot("StartPut").Call(jen.Qual(rtPath, "PutMethod").Call(c.load(nm)), c.expr(x.Args[0].Value))
		}
		// A variable that may hold a queue (a parameter, say): a *rt.Queue
		// has no instance attributes, so q.get/q.put on one is always
		// Queue.get/put; anything else takes the dynamic path. Each branch
		// evaluates the (plain) argument itself.
		q, isQueue := c.temp("q"), c.temp("ok")
		return jen.If(jen.List(jen.Id(q), jen.Id(isQueue)).Op(":=").Add(c.load(nm)).Assert(jen.Op("*").Qual(rtPath, "Queue")), jen.Id(isQueue)).Block(
			start(jen.Id(q)),
		).Else().Block(
			jen.Id("co").Dot("StartAwait").Call(c.expr(aw.X)),
		)
	}
	return jen.Id("co").Dot("StartAwait").Call(c.expr(aw.X))
}

// plainOperand reports an expression that can be generated twice (once per
// branch of a type test): names, literals and operators over them, with no
// calls, closures or scopes.
func plainOperand(e ir.Expr) bool {
	plain := true
	walk(e, func(n any) bool {
		switch n.(type) {
		case *ir.Name, *ir.IntLit, *ir.FloatLit, *ir.StrLit, *ir.BoolLit, *ir.NoneLit,
			*ir.BinOp, *ir.UnaryOp, *ir.Compare, *ir.Subscript, *ir.Attribute, *ir.TupleLit:
		default:
			plain = false
		}
		return plain
	})
	return plain
}

func (c *fnCtx) stepIf(s *ir.If) {
	line := s.Pos.Line
	end := c.newLabels("if") + "End"
	target := end
	var els string
	if len(s.Else) > 0 {
		els = end[:len(end)-len("End")] + "Else"
		target = els
	}
	if hasCall(s) {
		c.emitAt(line)
	}
	c.emit(line, jen.If(jen.Op("!").Parens(c.cond(s.Cond))).Block(c.goTo(target)))
	c.stepStmts(s.Body)
	if len(s.Else) > 0 {
		if !stmtsTerminate(s.Body) {
			c.emit(line, c.goTo(end))
		}
		c.label(els)
		c.stepStmts(s.Else)
	}
	c.label(end)
}

func (c *fnCtx) stepWhile(s *ir.While) {
	line := s.Pos.Line
	head := c.newLabels("loop")
	end, els := head+"End", head+"Else"
	c.label(head)
	forever := ir.IsConstTrue(s.Cond)
	if !forever {
		if hasCall(s) {
			c.emitAt(line)
		}
		exit := end
		if len(s.Else) > 0 {
			exit = els
		}
		c.emit(line, jen.If(jen.Op("!").Parens(c.cond(s.Cond))).Block(c.goTo(exit)))
	}
	c.stepLoopBody(s.Body, head, end, nil)
	if !forever && len(s.Else) > 0 {
		c.label(els)
		c.stepStmts(s.Else)
	}
	c.label(end)
}

func (c *fnCtx) stepFor(s *ir.For) {
	line := s.Pos.Line
	head := c.newLabels("loop")
	end, els := head+"End", head+"Else"
	exit := end
	if len(s.Else) > 0 {
		exit = els
	}
	if lowered := c.dropLoop(s); lowered != nil {
		c.stepStmts(lowered)
		return
	}
	if hasCall(s) {
		c.emitAt(line)
	}
	// The iteration state outlives suspensions, so it lives outside the
	// step. A range is indexed (py.GetIter would drive it through
	// iter.Pull, a coroutine switch per item); anything else is pulled
	// from its Python iterator.
	v := c.temp("item")
	var step []jen.Code
	if s.IsAsync {
		it := c.stepAsyncFor(s, head, exit)
		// A loop over a call's result holds the only reference to it:
		// leaving the loop (break, return, the end) finalizes an async
		// generator there (rt.DropLoopIter).
		var drop *varRef
		if _, fresh := s.Iter.(*ir.Call); fresh {
			drop = it
		}
		c.stepLoopBody(s.Body, head, end, drop)
		if len(s.Else) > 0 {
			c.label(els)
			c.stepStmts(s.Else)
		}
		c.label(end)
		if drop != nil {
			c.emit(line, jen.Qual(rtPath, "DropLoopIter").Call(drop.use()))
		}
		return
	}
	if isRangeCall(s.Iter) {
		rng := c.local("_range", jen.Op("*").Qual(pyPath, "Range"))
		idx, n := c.local("_i", jen.Int()), c.local("_n", jen.Int())
		c.emit(line,
			jen.Id(rng.name).Op("=").Add(c.expr(s.Iter)),
			jen.List(jen.Id(idx.name), jen.Id(n.name)).Op("=").List(jen.Lit(0), rng.use().Dot("Len").Call()))
		c.label(head)
		step = []jen.Code{
			jen.If(idx.use().Op(">=").Add(n.use())).Block(c.goTo(exit)),
			jen.Id(v).Op(":=").Id(rng.name).Dot("At").Call(jen.Id(idx.name)),
			jen.Id(idx.name).Op("++"),
		}
	} else {
		it := c.local("_it", jen.Op("*").Qual(pyPath, "Iterator"))
		c.emit(line, jen.Id(it.name).Op("=").Qual(pyPath, "GetIter").Call(c.iterable(s.Iter)))
		c.label(head)
		ok := c.temp("ok")
		step = []jen.Code{
			jen.List(jen.Id(v), jen.Id(ok)).Op(":=").Add(it.use()).Dot("Step").Call(),
			jen.If(jen.Op("!").Id(ok)).Block(c.goTo(exit)),
		}
	}
	if nm, ok := s.Target.(*ir.Name); ok && c.typedVarOf(nm) != nil {
		// A typed target (typed_scalar.go) takes the item unboxed.
		tv, t := c.typedVar(nm)
		item := unbox(jen.Id(v), t)
		if t == ir.Int && isRangeCall(s.Iter) {
			item = jen.Qual(pyPath, "IntOf").Call(jen.Id(v))
		}
		step = append(step, jen.Id(tv.name).Op("=").Add(item))
	} else {
		step = append(step, c.assign(s.Target, jen.Id(v))...)
	}
	c.emit(line, jen.Block(c.lines(step...)...))
	c.stepLoopBody(s.Body, head, end, nil)
	if len(s.Else) > 0 {
		c.label(els)
		c.stepStmts(s.Else)
	}
	c.label(end)
}

// stepAsyncFor emits an async for's header: aiter() of the iterable once,
// then at head each step awaits __anext__ (rt.Coro.StartANext) and leaves
// for exit at StopAsyncIteration, else binds the target.
func (c *fnCtx) stepAsyncFor(s *ir.For, head, exit string) *varRef {
	line := s.Pos.Line
	it := c.local("_ait", nil)
	c.emit(line, jen.Id(it.name).Op("=").Qual(rtPath, "AIter").Call(c.expr(s.Iter)))
	c.label(head)
	c.stepSuspend(line, false, func() jen.Code { return jen.Id("co").Dot("StartANext").Call(it.use()) },
		func(jen.Code) []jen.Code {
			v, ok := c.temp("item"), c.temp("ok")
			step := []jen.Code{
				jen.List(jen.Id(v), jen.Id(ok)).Op(":=").Id("co").Dot("ANextResult").Call(),
				jen.If(jen.Op("!").Id(ok)).Block(c.goTo(exit)),
			}
			step = append(step, c.assign(s.Target, jen.Id(v))...)
			return []jen.Code{jen.Block(c.lines(step...)...)}
		})
	return it
}

// stepLoopBody emits a flattened loop's body: continue goes back to head,
// break to end.
func (c *fnCtx) stepLoopBody(body []ir.Stmt, head, end string, drop *varRef) {
	c.frames = append(c.frames, &frame{kind: stepLoopFrame, contLabel: head, breakLabel: end, handler: c.step.handler, hsDepth: c.step.hsDepth, region: c.step.region, dropIter: drop})
	c.stepStmts(body)
	c.frames = c.frames[:len(c.frames)-1]
	if !stmtsTerminate(body) {
		c.emit(c.line, c.goTo(head))
	}
}

// isRangeCall reports a call of the builtin range that generates a
// *py.Range (py.NewRange).
func isRangeCall(e ir.Expr) bool {
	b, ok := e.(*ir.BuiltinCall)
	return ok && b.Name == "range" && simplePositional(b.Args) && len(b.Args) >= 1 && len(b.Args) <= 3
}

// stepWith lowers `with` and `async with` to a handler region (DESIGN.md):
// the body runs with the handler variable naming a handler that an
// exception escaping the step re-enters at, which calls (or awaits)
// __exit__ with it and re-raises unless that swallows it. A return inside
// the body leaves through the region's exit; stepBlocker rejects break and
// continue that would leave it.
func (c *fnCtx) stepWith(line int, items []ir.WithItem, body []ir.Stmt, async bool) {
	it := items[0]
	cm := c.local("_cm", nil)
	c.emitAt(line)
	c.emit(line, jen.Id(cm.name).Op("=").Add(c.expr(it.Ctx)))
	bind := func(res jen.Code) []jen.Code {
		if it.Var == nil {
			return []jen.Code{res}
		}
		if nm, ok := it.Var.(*ir.Name); ok {
			return c.storeName(nm.Sym, nm.Pos, res)
		}
		v := c.temp("v")
		return []jen.Code{jen.Block(c.lines(append([]jen.Code{jen.Id(v).Op(":=").Add(res)}, c.assign(it.Var, jen.Id(v))...)...)...)}
	}
	// exit calls __exit__ (or awaits __aexit__) with exc, then finishes
	// with its result.
	exit := func(exc jen.Code, finish func(res jen.Code) []jen.Code) {
		if async {
			c.stepSuspend(line, false, func() jen.Code { return jen.Id("co").Dot("StartAExit").Call(cm.use(), exc) }, finish)
			return
		}
		c.emitAt(line)
		c.emit(line, finish(jen.Qual(pyPath, "Exit").Call(cm.use(), exc))...)
	}
	if async {
		c.stepSuspend(line, true, func() jen.Code { return jen.Id("co").Dot("StartAEnter").Call(cm.use()) }, bind)
	} else {
		c.emit(line, bind(jen.Qual(pyPath, "Enter").Call(cm.use()))...)
	}
	outer := c.step.handler
	h := c.newPC("handler")
	c.enterRegions()
	c.emit(line, c.setHandler(h))
	c.step.handler = h
	id := c.newLabels("with")
	end := id + "End"
	enclosing := c.step.region
	region := &withRegion{exit: id + "Exit"}
	c.step.region = region
	if len(items) > 1 {
		c.stepWith(line, items[1:], body, async)
	} else {
		c.stepStmts(body)
	}
	c.step.region = enclosing
	c.step.handler = outer
	if !stmtsTerminate(body) || region.returned || len(region.jumps) > 0 {
		c.label(region.exit)
		c.emit(line, c.hsLeave(c.step.hsDepth)...)
		c.emit(line, c.setHandler(outer))
		exit(jen.Nil(), func(res jen.Code) []jen.Code {
			if async {
				return []jen.Code{res}
			}
			return []jen.Code{jen.Id("_").Op("=").Add(res)}
		})
		if region.returned {
			// A return inside the body comes through here.
			pass := []jen.Code{jen.Return(c.step.retVal.use())}
			if enclosing != nil {
				enclosing.returned = true
				pass = []jen.Code{c.goTo(enclosing.exit)}
			}
			c.emit(line, jen.If(c.step.returning.use()).Block(pass...))
		}
		c.passJumps(line, region, enclosing)
		c.emit(line, c.goTo(end))
	}
	c.label(c.step.pcs[h-1])
	exc := c.local("_exc", jen.Op("*").Qual(pyPath, "Exception"))
	// The handler is entered with the handler variable cleared; an
	// exception from __exit__ or the re-raise belongs to the enclosing
	// region.
	c.emit(line, c.hsLeave(c.step.hsDepth)...)
	c.emit(line, jen.Id(exc.name).Op("=").Add(c.step.raised.use()), c.setHandler(outer), c.abandonReturn(), c.catchDepth(exc))
	exit(exc.use(), func(res jen.Code) []jen.Code {
		if async {
			res = jen.Add(res).Assert(jen.Bool())
		}
		return []jen.Code{jen.If(jen.Op("!").Add(res)).Block(jen.Panic(exc.use()))}
	})
	c.label(end)
}

// stepJump is a break or continue to a flattened loop: the _handler in
// effect around the loop comes back first when the jump leaves a try
// region.
func (c *fnCtx) stepJump(f *frame, label string) []jen.Code {
	if r := c.step.region; r != f.region {
		// The jump leaves a with or try/finally region: the region's exit
		// runs first and passes it on (passJumps).
		if c.step.jump == nil {
			c.step.jump = c.local("_jump", jen.Int())
		}
		c.step.jumpIDs++
		r.jumps = append(r.jumps, pendingJump{id: c.step.jumpIDs, f: f, label: label})
		return []jen.Code{jen.Id(c.step.jump.name).Op("=").Lit(c.step.jumpIDs), c.goTo(r.exit)}
	}
	var out []jen.Code
	if c.step.handler != f.handler {
		out = append(out, c.setHandler(f.handler))
	}
	if c.step.hsDepth != f.hsDepth {
		out = append(out, c.hsLeave(f.hsDepth)...)
	}
	if c.step.finallies > 0 {
		out = append(out, c.abandonReturn())
	}
	return append(out, c.goTo(label))
}

// stepTry lowers a try statement whose body awaits to handler regions
// (DESIGN.md): the body runs with _handler naming the except handler (and
// a finally region around that), and an exception escaping the step
// re-enters it there with the exception in _raised. The clauses themselves
// are emitted as in the goroutine form. stepBlocker guarantees the clauses
// do not await and nothing jumps out of a finally region.
func (c *fnCtx) stepTry(s *ir.Try) {
	line := s.Pos.Line
	outer := c.step.handler
	id := c.newLabels("try")
	c.enterRegions()
	var fin int
	enclosing := c.step.region
	region := &withRegion{exit: id + "Exit"}
	if len(s.Finally) > 0 {
		fin = c.newPC("finally")
		c.emit(line, c.setHandler(fin))
		c.step.handler = fin
		// A return inside leaves through the finally clause.
		c.step.region = region
	}
	if len(s.Handlers) > 0 {
		c.stepExcept(s, id)
	} else {
		c.stepStmts(s.Body)
	}
	c.step.region = enclosing
	if fin == 0 {
		c.step.handler = outer
		return
	}
	c.step.handler = outer
	fexc := c.local("_fexc", jen.Op("*").Qual(pyPath, "Exception"))
	finally := id + "Finally"
	if !stmtsTerminate(s.Body) || len(s.Handlers) > 0 || region.returned || len(region.jumps) > 0 {
		c.label(region.exit)
		c.emit(line, c.hsLeave(c.step.hsDepth)...)
		c.emit(line, c.setHandler(outer), jen.Id(fexc.name).Op("=").Nil(), c.goTo(finally))
	}
	c.label(c.step.pcs[fin-1])
	c.emit(line, c.caught(fexc, outer)...)
	c.label(finally)
	saved := c.line
	c.line = lastLine(s)
	if flatFinally(s) {
		// The clause suspends or jumps: it is flattened, handling the
		// pending exception (if any) through the frame's py.Handlers. A
		// jump out of it drops that exception and any pending return.
		depth := c.step.hsDepth
		c.emit(c.line, c.step.hs.use().Dot("Enter").Call(fexc.use()))
		c.step.hsDepth++
		c.step.finallies++
		c.stepStmts(s.Finally)
		c.step.finallies--
		c.step.hsDepth = depth
		if stmtsTerminate(s.Finally) {
			// It returns: nothing pending survives it.
			c.line = saved
			return
		}
		c.emit(c.line, c.hsLeave(depth)...)
		c.emit(c.line, jen.If(jen.Id(fexc.name).Op("!=").Nil()).Block(jen.Panic(jen.Id(fexc.name))))
	} else {
		// The clause runs under py.Handling, so an exception it raises
		// gets the pending one as __context__.
		c.stepChunkCodes(jen.Qual(pyPath, "Handling").Call(fexc.use(), jen.Func().Params().Block(c.stmts(s.Finally)...)),
			jen.If(jen.Id(fexc.name).Op("!=").Nil()).Block(jen.Panic(jen.Id(fexc.name))))
	}
	if region.returned {
		pass := []jen.Code{jen.Return(c.step.retVal.use())}
		if enclosing != nil {
			enclosing.returned = true
			pass = []jen.Code{c.goTo(enclosing.exit)}
		}
		c.emit(c.line, jen.If(c.step.returning.use()).Block(pass...))
	}
	c.passJumps(c.line, region, enclosing)
	c.line = saved
}

// stepExcept lowers try/except/else: the body in a region whose handler
// runs the except clauses (as the goroutine form does, on the exception
// from _raised), the else clause after a body that completed.
func (c *fnCtx) stepExcept(s *ir.Try, id string) {
	line := s.Pos.Line
	around := c.step.handler
	h := c.newPC("except")
	c.emit(line, c.setHandler(h))
	c.step.handler = h
	c.stepStmts(s.Body)
	c.step.handler = around
	end := id + "End"
	if !stmtsTerminate(s.Body) {
		c.emit(line, c.setHandler(around))
		if len(s.Else) > 0 {
			c.stepStmts(s.Else)
		}
		if !stmtsTerminate(s.Else) {
			c.emit(line, c.goTo(end))
		}
	}
	c.label(c.step.pcs[h-1])
	exc := c.local("_exc", jen.Op("*").Qual(pyPath, "Exception"))
	c.emit(line, c.caught(exc, around)...)
	suspending := false
	for _, hd := range s.Handlers {
		suspending = suspending || suspends(hd.Body)
	}
	if !suspending {
		if s.Star {
			c.stepChunkCodes(c.starHandlers(s, exc.name)...)
		} else {
			c.stepChunkCodes(c.handlers(s, exc.name)...)
		}
		c.label(end)
		return
	}
	if s.Star {
		c.stepStarHandlers(s, exc)
	} else {
		c.stepHandlers(s, exc, end)
	}
	c.label(end)
}

// stepStarHandlers flattens except* clauses one of which suspends, as
// starHandlers does without suspending: each clause takes the part of what
// is left that it matches, and what no clause matched is raised again.
func (c *fnCtx) stepStarHandlers(s *ir.Try, exc *varRef) {
	line := s.Pos.Line
	rest := c.local("_rest", jen.Op("*").Qual(pyPath, "Exception"))
	match := c.local("_match", jen.Op("*").Qual(pyPath, "Exception"))
	c.emit(line, jen.Id(rest.name).Op("=").Add(exc.use()))
	for _, hd := range s.Handlers {
		if hd.Type == nil {
			c.g.unsupported(hd.Pos, "bare except* clause")
			continue
		}
		clause, after := c.newLabels("clause"), c.newLabels("clauseEnd")
		c.emit(line, jen.If(rest.use().Op("!=").Nil()).Block(
			jen.If(jen.List(jen.Id("m"), jen.Id("r")).Op(":=").Add(rest.use()).Dot("Split").Call(c.splitCond(hd.Type)), jen.Id("m").Op("!=").Nil()).Block(
				jen.List(jen.Id(rest.name), jen.Id(match.name)).Op("=").List(jen.Id("r"), jen.Id("m")),
				c.goTo(clause),
			)),
			c.goTo(after))
		c.label(clause)
		c.stepClause(hd, match)
		c.label(after)
	}
	c.emit(line, jen.If(rest.use().Op("!=").Nil()).Block(jen.Panic(rest.use())))
}

// stepClause is one flattened except (or except*) clause handling exc: it
// binds the clause's name, handles exc through the frame's py.Handlers
// while the body runs, and unbinds the name when the body completes.
func (c *fnCtx) stepClause(hd *ir.ExceptHandler, exc *varRef) {
	saved := c.line
	c.line = hd.Pos.Line
	var v *jen.Statement
	if hd.Name != "" {
		v = c.symVar(hd.Sym, hd.Pos)
		if v != nil {
			c.emit(c.line, jen.Add(v).Op("=").Add(exc.use()))
		}
	}
	depth := c.step.hsDepth
	c.emit(c.line, c.step.hs.use().Dot("Enter").Call(exc.use()))
	c.step.hsDepth++
	c.handled = append(c.handled, exc.use())
	c.stepStmts(hd.Body)
	c.handled = c.handled[:len(c.handled)-1]
	c.step.hsDepth = depth
	if !stmtsTerminate(hd.Body) {
		c.emit(c.line, c.hsLeave(depth)...)
		if v != nil {
			c.emit(c.line, jen.Add(c.symVar(hd.Sym, hd.Pos)).Op("=").Add(c.unboundValue(hd.Sym)))
		}
	}
	c.line = saved
}

// stepHandlers flattens except clauses one of which suspends: the match
// chain jumps to the clause, which binds its name, handles the exception
// through the frame's py.Handlers while its body runs, and unbinds the name.
func (c *fnCtx) stepHandlers(s *ir.Try, exc *varRef, end string) {
	line := s.Pos.Line
	labels := make([]string, len(s.Handlers))
	var chain *jen.Statement
	bare := false
	for i, hd := range s.Handlers {
		labels[i] = c.newLabels("clause")
		jump := c.goTo(labels[i])
		if hd.Type == nil {
			if chain == nil {
				chain = jen.Block(jump)
			} else {
				chain = chain.Else().Block(jump)
			}
			bare = true
			break
		}
		cond := c.excMatch(exc.use(), hd.Type)
		if chain == nil {
			chain = jen.If(cond).Block(jump)
		} else {
			chain = chain.Else().If(cond).Block(jump)
		}
	}
	if !bare {
		chain = chain.Else().Block(jen.Panic(exc.use()))
	}
	c.emit(line, chain)
	for i, hd := range s.Handlers {
		if labels[i] == "" {
			break
		}
		c.label(labels[i])
		c.stepClause(hd, exc)
		if !stmtsTerminate(hd.Body) {
			c.emit(hd.Pos.Line, c.goTo(end))
		}
	}
}

// caught takes the exception a handler region's handler was entered with
// and restores the enclosing region. py.Try would also have recorded how
// many traceback frames lie above the catching function (CatchDepth, what a
// chained traceback leaves out); rt's step boundary does not, so they are
// counted here: the frames above a probe raised now are the ones above
// this function, the same chain of awaiting coroutines the exception
// passed through.
func (c *fnCtx) caught(exc *varRef, outer int) []jen.Code {
	return append(c.hsLeave(c.step.hsDepth),
		jen.Id(exc.name).Op("=").Add(c.step.raised.use()),
		c.setHandler(outer),
		c.abandonReturn(),
		c.catchDepth(exc),
	)
}

// catchDepth records how many traceback frames lie above this function
// on an exception a region's handler caught (what its traceback leaves out
// when printed as part of a chain): the frames above a probe raised now are
// the ones above this function, the same chain of awaiting coroutines the
// exception passed through.
func (c *fnCtx) catchDepth(exc *varRef) jen.Code {
	probe := c.temp("probe")
	return jen.If(jen.Id(probe).Op(":=").Qual(pyPath, "Try").Call(jen.Func().Params().Block(
		jen.Qual(pyPath, "Throw").Call(jen.Qual(pyPath, "RuntimeError")))),
		jen.Id(probe).Op("!=").Nil()).Block(
		jen.Id(exc.name).Dot("CatchDepth").Op("=").Len(jen.Id(probe).Dot("Traceback")).Op("-").Lit(1))
}

// stepChunkCodes adds generated statements as one block.
func (c *fnCtx) stepChunkCodes(codes ...jen.Code) {
	c.step.items = append(c.step.items, stepItem{code: jen.Block(codes...)})
}

// lastLine is the line of a try statement's finally keyword's body start,
// used for the statements that re-raise after the clause.
func lastLine(s *ir.Try) int {
	if len(s.Finally) > 0 {
		return s.Finally[0].GetPos().Line
	}
	return s.Pos.Line
}
