package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

func (c *fnCtx) stmts(ss []ir.Stmt) []jen.Code {
	var out []jen.Code
	for _, s := range ss {
		out = append(out, c.stmt(s)...)
		if terminates(s) {
			// Go rejects (vet: unreachable) what Python merely never runs.
			break
		}
	}
	return out
}

// terminates mirrors Go's terminating-statement rule for the code each
// statement lowers to.
func terminates(s ir.Stmt) bool {
	switch s := s.(type) {
	case *ir.Return, *ir.Break, *ir.Continue:
		return true
	case *ir.Raise:
		return s.Exc == nil
	case *ir.If:
		return len(s.Else) > 0 && stmtsTerminate(s.Body) && stmtsTerminate(s.Else)
	case *ir.While:
		return ir.IsConstTrue(s.Cond) && !hasBreak(s.Body)
	case *ir.Try:
		// The finally body runs inline after the closures.
		return stmtsTerminate(s.Finally)
	}
	return false
}

func stmtsTerminate(ss []ir.Stmt) bool {
	for _, s := range ss {
		if terminates(s) {
			return true
		}
	}
	return false
}

// hasBreak reports a break that targets the loop owning body.
func hasBreak(body []ir.Stmt) bool {
	found := false
	walk(body, func(n any) bool {
		switch n.(type) {
		case *ir.Break:
			found = true
		case *ir.While, *ir.For, *ir.FuncDef, *ir.Lambda, ir.Expr:
			return false
		}
		return !found
	})
	return found
}

// hasCall reports whether the statement's own expressions (not nested
// statement bodies or functions) call or await anything.
func hasCall(s ir.Stmt) bool {
	var exprs []ir.Expr
	switch s := s.(type) {
	case *ir.ExprStmt:
		exprs = []ir.Expr{s.X}
	case *ir.Assign:
		exprs = append(append(exprs, s.Targets...), s.Value)
	case *ir.AugAssign:
		exprs = []ir.Expr{s.Target, s.Value}
	case *ir.If:
		exprs = []ir.Expr{s.Cond}
	case *ir.While:
		exprs = []ir.Expr{s.Cond}
	case *ir.For:
		exprs = []ir.Expr{s.Iter}
	case *ir.Return:
		exprs = []ir.Expr{s.Value}
	case *ir.Delete:
		exprs = s.Targets
	case *ir.Assert:
		exprs = []ir.Expr{s.Test, s.Msg}
	case *ir.Raise:
		exprs = []ir.Expr{s.Exc, s.Cause}
	case *ir.With:
		for _, it := range s.Items {
			exprs = append(exprs, it.Ctx)
		}
		if s.IsAsync {
			return true
		}
	}
	found := false
	for _, e := range exprs {
		if e == nil {
			continue
		}
		walk(e, func(n any) bool {
			switch n.(type) {
			case *ir.Call, *ir.AsyncCall, *ir.LibCall, *ir.BuiltinCall, *ir.Await:
				found = true
			case *ir.Lambda:
				return false
			}
			return !found
		})
	}
	return found
}

func (c *fnCtx) stmt(s ir.Stmt) []jen.Code {
	pos := s.GetPos()
	saved := c.line
	c.line = pos.Line
	body := c.stmtBody(s)
	c.line = saved
	if len(body) == 0 {
		return nil
	}
	if c.isAsync && hasCall(s) {
		body = append([]jen.Code{jen.Id("co").Dot("At").Call(jen.Lit(pos.Line))}, body...)
	}
	// A directive before every Go statement: one Python statement may
	// lower to several, and each must report the Python line.
	var out []jen.Code
	covered := false
	for _, b := range body {
		if c.g.isDirective[b] {
			covered = true
		} else if !covered {
			out = append(out, c.g.directive(pos.Line))
		} else {
			covered = false
		}
		out = append(out, b)
	}
	return out
}

func (c *fnCtx) stmtBody(s ir.Stmt) []jen.Code {
	g := c.g
	if out, ok := c.typedStmt(s); ok {
		return out
	}
	switch s := s.(type) {
	case *ir.ExprStmt:
		return c.exprStmt(s)
	case *ir.Assign:
		if s.Value == nil {
			return nil
		}
		if ts, vs, ok := c.parallelAssign(s); ok {
			return []jen.Code{jen.List(ts...).Op("=").List(vs...)}
		}
		if len(s.Targets) == 1 && !c.valueFirst(s.Targets[0], s.Value) {
			return c.assign(s.Targets[0], c.expr(s.Value))
		}
		t := c.temp("v")
		out := []jen.Code{jen.Id(t).Op(":=").Add(tempInit(s.Value, c.expr(s.Value)))}
		for _, tg := range s.Targets {
			out = append(out, c.assign(tg, jen.Id(t))...)
		}
		return out
	case *ir.AugAssign:
		return c.augAssign(s)
	case *ir.If:
		st := jen.If(c.cond(s.Cond)).Block(c.stmts(s.Body)...)
		if len(s.Else) > 0 {
			st = st.Else().Block(c.stmts(s.Else)...)
		}
		return []jen.Code{st}
	case *ir.While:
		return c.whileStmt(s)
	case *ir.For:
		return c.forStmt(s)
	case *ir.Break:
		return c.jump(ctlBreak)
	case *ir.Continue:
		return c.jump(ctlContinue)
	case *ir.Pass, *ir.Global, *ir.Nonlocal, *ir.Import, *ir.ImportFrom:
		return nil
	case *ir.Return:
		return c.returnStmt(s)
	case *ir.Delete:
		return c.deleteStmt(s)
	case *ir.Assert:
		args := []jen.Code{jen.Qual(pyPath, "AssertionError")}
		if s.Msg != nil {
			args = append(args, c.expr(s.Msg))
		}
		return []jen.Code{jen.If(jen.Op("!").Add(c.cond(s.Test))).Block(
			jen.Qual(pyPath, "Throw").Call(jen.Qual(pyPath, "New").Call(args...)))}
	case *ir.Raise:
		return c.raiseStmt(s)
	case *ir.Try:
		return c.tryStmt(s)
	case *ir.With:
		if !s.IsAsync {
			return c.withStmt(s.Items, s.Body)
		}
		if !c.isAsync {
			g.unsupported(s.Pos, "async with outside an async function")
			return nil
		}
		// The step emitter lowers every async with (stepWith).
		g.errorf(s.Pos, "internal error: async with in a chunk of a step function")
		return nil
	case *ir.FuncDef:
		return c.defStmt(s)
	case *ir.ClassDef:
		return c.classDef(s)
	}
	g.unsupported(s.GetPos(), "this statement")
	return nil
}

// exprStmt: a value that may be an unawaited coroutine goes through
// rt.Discard, which prints CPython's "never awaited" warning.
func (c *fnCtx) exprStmt(s *ir.ExprStmt) []jen.Code {
	switch s.X.(type) {
	case *ir.StrLit, *ir.EllipsisLit:
		return nil // a docstring, a string used as a comment, a `...` body
	}
	r := c.ex(s.X)
	if r.void {
		return []jen.Code{r.c}
	}
	if c.mayBeCoro(s.X) {
		line := s.Pos.Line
		return []jen.Code{jen.Qual(rtPath, "Discard").Call(r.c, jen.Lit(c.g.fileName()), jen.Lit(line), jen.Lit(c.g.sourceLine(line)))}
	}
	if r.call {
		return []jen.Code{r.c}
	}
	return []jen.Code{jen.Id("_").Op("=").Add(r.c)}
}

// builtinValueType reports a type ir.Infer proved to be None, a bool,
// number, str or range, or a builtin container: never a coroutine, and
// no user class (a subclass of list is typed Any).
func builtinValueType(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Basic:
		return t.K != ir.KAny
	case *ir.List, *ir.Dict, *ir.Set, *ir.Tuple:
		return true
	}
	return false
}

func (c *fnCtx) mayBeCoro(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Call:
		if nm, ok := e.Func.(*ir.Name); ok {
			s := c.g.resolve(nm.Sym)
			if s == nil || s.Kind == ir.SymBuiltin {
				return false
			}
			if fi := c.g.symFunc[s]; fi != nil {
				if _, ok := bindStatic(fi.def, e.Args); ok {
					return fi.def.IsAsync && !fi.def.IsGenerator
				}
			}
		}
		if _, ok := e.Func.(*ir.LibAttr); ok {
			return false
		}
		if a, ok := e.Func.(*ir.Attribute); ok && builtinValueType(a.X.GetType()) && builtinValueType(e.GetType()) {
			// A method of a list, dict, str... (xs.append(x)) whose
			// result is not a stored value that could be a coroutine.
			return false
		}
		return true
	case *ir.AsyncCall:
		switch e.Op {
		case ir.OpSleep, ir.OpWaitFor, ir.OpWait, ir.OpToThread:
			return true
		}
	}
	return false
}

func (c *fnCtx) whileStmt(s *ir.While) []jen.Code {
	var flag *varRef
	if len(s.Else) > 0 && !ir.IsConstTrue(s.Cond) {
		flag = &varRef{name: c.temp("broke")}
	}
	c.frames = append(c.frames, &frame{kind: loopFrame, brokeFlag: flag})
	body := c.stmts(s.Body)
	c.frames = c.frames[:len(c.frames)-1]
	var loop *jen.Statement
	if ir.IsConstTrue(s.Cond) {
		loop = jen.For().Block(body...)
	} else {
		loop = jen.For(c.cond(s.Cond)).Block(body...)
	}
	if flag == nil {
		return []jen.Code{loop}
	}
	return []jen.Code{
		jen.Id(flag.name).Op(":=").False(),
		loop,
		jen.If(jen.Op("!").Id(flag.name)).Block(c.stmts(s.Else)...),
	}
}

func (c *fnCtx) forStmt(s *ir.For) []jen.Code {
	if s.IsAsync {
		// The step emitter lowers every async for (stepFor).
		c.g.unsupported(s.Pos, "async for here")
		return nil
	}
	if lowered := c.dropLoop(s); lowered != nil {
		return c.stmts(lowered)
	}
	var flag *varRef
	if len(s.Else) > 0 {
		flag = &varRef{name: c.temp("broke")}
	}
	iter := c.forIter(s)
	c.frames = append(c.frames, &frame{kind: loopFrame, brokeFlag: flag})
	var head *jen.Statement
	var body []jen.Code
	if nm, ok := s.Target.(*ir.Name); ok && c.nameVar(nm) != nil {
		head = jen.Add(c.nameVar(nm)).Op("=").Range().Add(iter)
	} else {
		t := c.temp("item")
		head = jen.Id(t).Op(":=").Range().Add(iter)
		body = c.assign(s.Target, jen.Id(t))
	}
	body = append(body, c.stmts(s.Body)...)
	c.frames = c.frames[:len(c.frames)-1]
	loop := jen.For(head).Block(body...)
	if flag == nil {
		return []jen.Code{loop}
	}
	return []jen.Code{
		jen.Id(flag.name).Op(":=").False(),
		loop,
		jen.If(jen.Op("!").Id(flag.name)).Block(c.stmts(s.Else)...),
	}
}

// jump emits break or continue, directly when the loop is in the same Go
// function, else through the control variable.
func (c *fnCtx) jump(kind int) []jen.Code {
	if len(c.frames) == 0 {
		c.g.unsupported(ir.Pos{}, "break/continue outside a loop")
		return nil
	}
	// Only the innermost frame decides: every kind of frame answers.
	f := c.frames[len(c.frames)-1]
	if f.kind == closureFrame {
		f.ctl |= kind
		return []jen.Code{jen.Id(c.ctl().name).Op("=").Lit(ctlCode[kind]), jen.Return()}
	}
	if f.kind == stepLoopFrame {
		if kind == ctlBreak {
			return c.stepJump(f, f.breakLabel)
		}
		return c.stepJump(f, f.contLabel)
	}
	if kind == ctlBreak {
		if f.brokeFlag != nil {
			return []jen.Code{jen.Id(f.brokeFlag.name).Op("=").True(), jen.Break()}
		}
		return []jen.Code{jen.Break()}
	}
	return []jen.Code{jen.Continue()}
}

func (c *fnCtx) returnStmt(s *ir.Return) []jen.Code {
	val := jen.Nil()
	switch {
	case c.resultType != nil:
		val = c.typedAs(s.Value, c.resultType)
	case s.Value != nil:
		val = c.expr(s.Value)
	}
	for i := len(c.frames) - 1; i >= 0; i-- {
		if f := c.frames[i]; f.kind == closureFrame {
			f.ctl |= ctlReturn
			return []jen.Code{
				jen.Id(c.ret().name).Op("=").Add(val),
				jen.Id(c.ctl().name).Op("=").Lit(ctlCode[ctlReturn]),
				jen.Return(),
			}
		}
	}
	if !c.hasResult {
		c.g.unsupported(s.Pos, "return outside a function")
		return nil
	}
	if c.step != nil {
		return c.stepReturn(val)
	}
	return []jen.Code{jen.Return(val)}
}

// closure runs emit with a closure frame pushed and returns the generated
// statements and the control transfers that escaped.
func (c *fnCtx) closure(emit func() []jen.Code) ([]jen.Code, int) {
	f := &frame{kind: closureFrame}
	c.frames = append(c.frames, f)
	body := emit()
	c.frames = c.frames[:len(c.frames)-1]
	return body, f.ctl
}

// afterClosure acts on control transfers recorded inside a closure that has
// just returned.
func (c *fnCtx) afterClosure(ctl int) []jen.Code {
	var out []jen.Code
	for _, kind := range []int{ctlReturn, ctlBreak, ctlContinue} {
		if ctl&kind == 0 {
			continue
		}
		cond := c.ctl().use().Op("==").Lit(ctlCode[kind])
		var act []jen.Code
		for i := len(c.frames) - 1; i >= 0; i-- {
			f := c.frames[i]
			if f.kind == closureFrame {
				f.ctl |= kind
				act = []jen.Code{jen.Return()}
				break
			}
			if kind == ctlReturn {
				continue
			}
			act = []jen.Code{jen.Id(c.ctl().name).Op("=").Lit(0)}
			if f.kind == stepLoopFrame {
				label := f.contLabel
				if kind == ctlBreak {
					label = f.breakLabel
				}
				act = append(act, c.stepJump(f, label)...)
				break
			}
			if kind == ctlBreak {
				if f.brokeFlag != nil {
					act = append(act, jen.Id(f.brokeFlag.name).Op("=").True())
				}
				act = append(act, jen.Break())
			} else {
				act = append(act, jen.Continue())
			}
			break
		}
		if act == nil {
			if kind != ctlReturn {
				continue
			}
			act = []jen.Code{jen.Return(c.ret().use())}
			if c.step != nil {
				// Through the exits of the regions around it.
				act = c.stepReturn(c.ret().use())
			}
		}
		out = append(out, jen.If(cond).Block(act...))
	}
	return out
}

func (c *fnCtx) raiseStmt(s *ir.Raise) []jen.Code {
	if s.Exc == nil {
		if len(c.handled) == 0 {
			return []jen.Code{jen.Panic(jen.Qual(pyPath, "New").Call(jen.Qual(pyPath, "RuntimeError"), jen.Lit("No active exception to reraise")))}
		}
		return []jen.Code{jen.Panic(c.handled[len(c.handled)-1])}
	}
	exc := c.expr(s.Exc)
	switch {
	case s.FromNone:
		return []jen.Code{jen.Qual(pyPath, "ThrowFrom").Call(exc, jen.Nil())}
	case s.Cause != nil:
		return []jen.Code{jen.Qual(pyPath, "ThrowFrom").Call(exc, c.expr(s.Cause))}
	}
	return []jen.Code{jen.Qual(pyPath, "Throw").Call(exc)}
}

func (c *fnCtx) tryStmt(s *ir.Try) []jen.Code {
	if len(s.Finally) == 0 {
		return c.tryExcept(s)
	}
	fexc := c.temp("exc")
	var inner []jen.Code
	body, ctl := c.closure(func() []jen.Code {
		if len(s.Handlers) == 0 {
			return c.stmts(s.Body)
		}
		inner = c.tryExcept(s)
		return inner
	})
	out := []jen.Code{jen.Id(fexc).Op(":=").Qual(pyPath, "Try").Call(jen.Func().Params().Block(body...))}
	saved := ""
	if ctl != 0 && containsClosureStmt(s.Finally) {
		saved = c.temp("ctl")
		out = append(out, jen.Id(saved).Op(":=").Add(c.ctl().use()), jen.Id(c.ctl().name).Op("=").Lit(0))
	}
	if stmtsTerminate(s.Finally) {
		// A return/break in finally swallows the exception.
		return append(append(out, jen.Id("_").Op("=").Id(fexc)), c.stmts(s.Finally)...)
	}
	if hasJump(s.Finally) {
		out = append(out, c.stmts(s.Finally)...)
	} else {
		// Run under py.Handling so an exception raised by the finally body
		// gets the pending one as __context__, as in CPython. Without
		// return/break/continue the body needs no control-flow frame.
		out = append(out, jen.Qual(pyPath, "Handling").Call(jen.Id(fexc), jen.Func().Params().Block(c.stmts(s.Finally)...)))
	}
	if saved != "" {
		out = append(out, jen.Id(c.ctl().name).Op("=").Id(saved))
	}
	out = append(out, jen.If(jen.Id(fexc).Op("!=").Nil()).Block(jen.Panic(jen.Id(fexc))))
	return append(out, c.afterClosure(ctl)...)
}

// hasJump reports whether return, break or continue appear in ss outside
// nested functions: such statements cannot move into a Go func literal.
func hasJump(ss []ir.Stmt) bool {
	found := false
	walk(ss, func(n any) bool {
		switch n.(type) {
		case *ir.Return, *ir.Break, *ir.Continue:
			found = true
		case *ir.FuncDef, ir.Expr:
			return false
		}
		return !found
	})
	return found
}

func containsClosureStmt(ss []ir.Stmt) bool {
	found := false
	walk(ss, func(n any) bool {
		switch n.(type) {
		case *ir.Try, *ir.With:
			found = true
		case *ir.FuncDef, ir.Expr:
			return false
		}
		return !found
	})
	return found
}

// tryExcept lowers try/except/else (no finally).
func (c *fnCtx) tryExcept(s *ir.Try) []jen.Code {
	exc := c.temp("exc")
	body, ctl := c.closure(func() []jen.Code { return c.stmts(s.Body) })
	out := []jen.Code{jen.Id(exc).Op(":=").Qual(pyPath, "Try").Call(jen.Func().Params().Block(body...))}
	out = append(out, c.afterClosure(ctl)...)
	var elseBody []jen.Code
	if len(s.Else) > 0 {
		elseBody = c.stmts(s.Else)
	}
	var handled []jen.Code
	if s.Star {
		handled = c.starHandlers(s, exc)
	} else {
		handled = c.handlers(s, exc)
	}
	st := jen.If(jen.Id(exc).Op("!=").Nil()).Block(handled...)
	if len(elseBody) > 0 {
		st = st.Else().Block(elseBody...)
	}
	return append(out, st)
}

func (c *fnCtx) handlers(s *ir.Try, exc string) []jen.Code {
	var chain *jen.Statement
	bare := false
	for _, h := range s.Handlers {
		body := c.handlerBody(h, jen.Id(exc))
		if h.Type == nil {
			if chain == nil {
				return body
			}
			chain = chain.Else().Block(body...)
			bare = true
			break
		}
		cond := c.excMatch(jen.Id(exc), h.Type)
		if chain == nil {
			chain = jen.If(cond).Block(body...)
		} else {
			chain = chain.Else().If(cond).Block(body...)
		}
	}
	if !bare {
		chain = chain.Else().Block(jen.Panic(jen.Id(exc)))
	}
	return []jen.Code{chain}
}

// handlerBody binds `as name`, runs the body under py.Handling (so an
// exception escaping it gets the handled one as __context__) and unbinds
// the name, as Python does at the end of an except clause.
func (c *fnCtx) handlerBody(h *ir.ExceptHandler, exc jen.Code) []jen.Code {
	var out []jen.Code
	var v *jen.Statement
	if h.Name != "" {
		v = c.symVar(h.Sym, h.Pos)
		if v != nil {
			out = append(out, jen.Add(v).Op("=").Add(exc))
		}
	}
	c.handled = append(c.handled, exc)
	body, ctl := c.closure(func() []jen.Code { return c.stmts(h.Body) })
	c.handled = c.handled[:len(c.handled)-1]
	out = append(out, jen.Qual(pyPath, "Handling").Call(exc, jen.Func().Params().Block(body...)))
	if v != nil {
		out = append(out, jen.Add(c.symVar(h.Sym, h.Pos)).Op("=").Add(c.unboundValue(h.Sym)))
	}
	return append(out, c.afterClosure(ctl)...)
}

// excMatch tests an exception against an except clause's class expression.
func (c *fnCtx) excMatch(exc jen.Code, typ ir.Expr) jen.Code {
	if t, ok := typ.(*ir.TupleLit); ok {
		var conds []jen.Code
		for _, e := range t.Elts {
			if cls := c.staticClass(e); cls != nil {
				conds = append(conds, jen.Add(exc).Dot("Is").Call(cls))
			} else {
				return jen.Qual(pyPath, "ExcMatches").Call(exc, c.expr(typ))
			}
		}
		if len(conds) == 0 {
			return jen.False()
		}
		st := jen.Add(conds[0])
		for _, cd := range conds[1:] {
			st = st.Op("||").Add(cd)
		}
		return st
	}
	if cls := c.staticClass(typ); cls != nil {
		return jen.Add(exc).Dot("Is").Call(cls)
	}
	return jen.Qual(pyPath, "ExcMatches").Call(exc, c.expr(typ))
}

func (c *fnCtx) splitCond(e ir.Expr) jen.Code {
	if cls := c.staticClass(e); cls != nil {
		return cls
	}
	return c.expr(e)
}

func (c *fnCtx) starHandlers(s *ir.Try, exc string) []jen.Code {
	rest := c.temp("rest")
	out := []jen.Code{jen.Id(rest).Op(":=").Id(exc)}
	for _, h := range s.Handlers {
		if h.Type == nil {
			c.g.unsupported(h.Pos, "bare except* clause")
			continue
		}
		m := c.temp("match")
		body := c.handlerBody(h, jen.Id(m))
		out = append(out, jen.If(jen.Id(rest).Op("!=").Nil()).Block(
			jen.List(jen.Id(m), jen.Id("_r")).Op(":=").Id(rest).Dot("Split").Call(c.splitCond(h.Type)),
			jen.If(jen.Id(m).Op("!=").Nil()).Block(append([]jen.Code{jen.Id(rest).Op("=").Id("_r")}, body...)...),
		))
	}
	out = append(out, jen.If(jen.Id(rest).Op("!=").Nil()).Block(jen.Panic(jen.Id(rest))))
	return out
}

// withStmt is a `with` that does not suspend (py.Enter/py.Exit); several
// items nest, as in CPython. One that suspends is a region of the step
// form (stepWith).
func (c *fnCtx) withStmt(items []ir.WithItem, body []ir.Stmt) []jen.Code {
	it := items[0]
	cm := c.temp("cm")
	out := []jen.Code{jen.Id(cm).Op(":=").Add(tempInit(it.Ctx, c.expr(it.Ctx)))}
	enter := jen.Qual(pyPath, "Enter").Call(jen.Id(cm))
	exit := func(exc string) jen.Code { return jen.Qual(pyPath, "Exit").Call(jen.Id(cm), jen.Id(exc)) }
	if it.Var != nil {
		out = append(out, c.assign(it.Var, enter)...)
	} else {
		out = append(out, enter)
	}
	exc := c.temp("exc")
	inner, ctl := c.closure(func() []jen.Code {
		if len(items) > 1 {
			return c.withStmt(items[1:], body)
		}
		return c.stmts(body)
	})
	out = append(out,
		jen.Id(exc).Op(":=").Qual(pyPath, "Try").Call(jen.Func().Params().Block(inner...)),
		jen.If(jen.Op("!").Add(exit(exc)).Op("&&").Id(exc).Op("!=").Nil()).Block(
			jen.Panic(jen.Id(exc))),
	)
	return append(out, c.afterClosure(ctl)...)
}

func (c *fnCtx) deleteStmt(s *ir.Delete) []jen.Code {
	var out []jen.Code
	for _, t := range s.Targets {
		switch t := t.(type) {
		case *ir.Name:
			if sym := c.g.resolve(t.Sym); classScopeSym(sym) {
				if ns := c.g.nsOf(sym); ns != "" {
					out = append(out, jen.Qual(pyPath, "ClassDel").Call(jen.Id(ns), jen.Lit(t.Id)))
					continue
				}
			}
			v := c.symVar(t.Sym, t.Pos)
			if v == nil {
				continue
			}
			// Deleting the last reference to an unstarted coroutine is
			// where CPython warns that it was never awaited. Deleting an
			// unbound name raises, as reading it does.
			cur := jen.Add(c.symVar(t.Sym, t.Pos))
			if t.Check != ir.NoCheck {
				cur = c.checkedLoad(t, cur)
			}
			out = append(out,
				jen.Qual(rtPath, "Discard").Call(cur, jen.Lit(c.g.fileName()), jen.Lit(s.Pos.Line), jen.Lit(c.g.sourceLine(s.Pos.Line))),
				jen.Add(v).Op("=").Add(c.unboundValue(t.Sym)))
		case *ir.Subscript:
			out = append(out, jen.Qual(pyPath, "DelItem").Call(c.expr(t.X), c.index(t.Index)))
		case *ir.Attribute:
			out = append(out, jen.Qual(pyPath, "DelAttr").Call(c.expr(t.X), jen.Lit(t.Name)))
		case *ir.TupleLit:
			out = append(out, c.deleteStmt(&ir.Delete{StmtBase: s.StmtBase, Targets: t.Elts})...)
		default:
			c.g.unsupported(s.Pos, "this del target")
		}
	}
	return out
}

// unboundValue is what `del x` and the end of `except ... as x` store: the
// sentinel when some read of x checks for it, else nil (nothing reads x
// while it is unbound).
func (c *fnCtx) unboundValue(sym *ir.Symbol) jen.Code {
	if s := c.g.resolve(sym); s != nil && s.MayBeUnbound {
		return jen.Qual(pyPath, "Unbound")
	}
	return jen.Nil()
}

// valueFirst reports whether `target = value` must evaluate value into a
// temporary before the target's own subexpressions: CPython evaluates the
// value first, then the target's parts left to right (`d[k()] = v()` calls
// v, then k), and Go would evaluate SetItem's arguments in the other order.
// A literal value, which can neither run code nor raise, may go last; so
// may any value when the target's parts are reads the value cannot change
// (`counts[word] = n + 1`, `self.total = f()` on own locals).
func (c *fnCtx) valueFirst(target, value ir.Expr) bool {
	switch t := target.(type) {
	case *ir.Attribute:
		if c.stableRead(t.X) {
			return false
		}
	case *ir.Subscript:
		if c.stableRead(t.X) && c.stableRead(t.Index) {
			return false
		}
	default:
		return false // a name, or a tuple (unpacked from a temporary)
	}
	switch value.(type) {
	case *ir.IntLit, *ir.FloatLit, *ir.StrLit, *ir.BoolLit, *ir.NoneLit:
		return false
	}
	return true
}

// parallelAssign lowers `a, b = x, y` (names on the left, a display of as
// many plain values on the right) to a Go tuple assignment, which is
// exact: Go evaluates every right-hand operand (in Python's order, see
// orderedExprs) before it assigns, and then assigns left to right.
func (c *fnCtx) parallelAssign(s *ir.Assign) (targets, values []jen.Code, ok bool) {
	if len(s.Targets) != 1 {
		return nil, nil, false
	}
	lhs, rhs := displayElts(s.Targets[0]), displayElts(s.Value)
	if len(lhs) == 0 || len(lhs) != len(rhs) {
		return nil, nil, false
	}
	seen := map[*ir.Symbol]bool{}
	for i, t := range lhs {
		nm, ok := t.(*ir.Name)
		if !ok {
			return nil, nil, false
		}
		sym := c.g.resolve(nm.Sym)
		if sym == nil || seen[sym] || c.g.vars[sym] == nil || c.g.rtTypes[sym] != "" {
			return nil, nil, false
		}
		seen[sym] = true
		if _, star := rhs[i].(*ir.Starred); star {
			return nil, nil, false
		}
		targets = append(targets, jen.Id(c.g.vars[sym].name))
	}
	return targets, c.orderedExprs(rhs), true
}

// displayElts is the elements of a tuple or list display.
func displayElts(e ir.Expr) []ir.Expr {
	switch e := e.(type) {
	case *ir.TupleLit:
		return e.Elts
	case *ir.ListLit:
		return e.Elts
	}
	return nil
}

// assign stores val into a binding target.
func (c *fnCtx) assign(t ir.Expr, val jen.Code) []jen.Code {
	switch t := t.(type) {
	case *ir.Name:
		return c.storeName(t.Sym, t.Pos, val)
	case *ir.Attribute:
		return []jen.Code{jen.Qual(pyPath, "SetAttr").Call(c.expr(t.X), jen.Lit(t.Name), val)}
	case *ir.Subscript:
		// The container, then the index, left to right.
		x := c.operand(t.X, hasEffects(t.Index))
		return []jen.Code{jen.Qual(pyPath, "SetItem").Call(x, c.index(t.Index), val)}
	case *ir.TupleLit:
		return c.unpack(t.Elts, val)
	case *ir.ListLit:
		return c.unpack(t.Elts, val)
	}
	c.g.unsupported(t.GetPos(), "this assignment target")
	return nil
}

func (c *fnCtx) unpack(elts []ir.Expr, val jen.Code) []jen.Code {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ir.Starred); ok {
			star = i
		}
	}
	if len(elts) == 0 {
		// `() = x` only checks that x is an empty iterable: no temporary to name.
		return []jen.Code{jen.Qual(pyPath, "Unpack").Call(val, jen.Lit(0))}
	}
	u := c.temp("unpack")
	var out []jen.Code
	if star < 0 {
		out = append(out, jen.Id(u).Op(":=").Qual(pyPath, "Unpack").Call(val, jen.Lit(len(elts))))
	} else {
		out = append(out, jen.Id(u).Op(":=").Qual(pyPath, "UnpackStar").Call(val, jen.Lit(star), jen.Lit(len(elts)-star-1)))
	}
	for i, e := range elts {
		if st, ok := e.(*ir.Starred); ok {
			e = st.X
		}
		out = append(out, c.assign(e, jen.Id(u).Index(jen.Lit(i)))...)
	}
	return out
}

func (c *fnCtx) storeName(sym *ir.Symbol, pos ir.Pos, val jen.Code) []jen.Code {
	if s := c.g.resolve(sym); classScopeSym(s) {
		return c.classStore(s, pos, val)
	}
	v := c.symVar(sym, pos)
	if v == nil {
		return nil
	}
	return []jen.Code{jen.Add(v).Op("=").Add(val)}
}

var augOps = map[ir.BinOpKind]string{
	ir.Add: "IAdd", ir.Sub: "ISub", ir.Mul: "IMul", ir.MatMul: "IMatMul", ir.Div: "ITrueDiv",
	ir.FloorDiv: "IFloorDiv", ir.Mod: "IMod", ir.Pow: "IPow", ir.LShift: "ILShift",
	ir.RShift: "IRShift", ir.BitOr: "IBitOr", ir.BitXor: "IBitXor", ir.BitAnd: "IBitAnd",
}

func (c *fnCtx) augAssign(s *ir.AugAssign) []jen.Code {
	op := jen.Qual(pyPath, augOps[s.Op])
	switch t := s.Target.(type) {
	case *ir.Name:
		v := c.symVar(t.Sym, t.Pos)
		if v == nil {
			return nil
		}
		cur := c.operand(t, hasEffects(s.Value))
		return []jen.Code{jen.Add(v).Op("=").Add(op).Call(cur, c.expr(s.Value))}
	case *ir.Attribute:
		o := c.temp("obj")
		return []jen.Code{
			jen.Id(o).Op(":=").Add(tempInit(t.X, c.expr(t.X))),
			jen.Qual(pyPath, "SetAttr").Call(jen.Id(o), jen.Lit(t.Name),
				jen.Add(op).Call(jen.Qual(pyPath, "GetAttr").Call(jen.Id(o), jen.Lit(t.Name)), c.expr(s.Value))),
		}
	case *ir.Subscript:
		o, k := c.temp("obj"), c.temp("key")
		return []jen.Code{
			jen.Id(o).Op(":=").Add(tempInit(t.X, c.expr(t.X))),
			jen.Id(k).Op(":=").Add(tempInit(t.Index, c.index(t.Index))),
			jen.Qual(pyPath, "SetItem").Call(jen.Id(o), jen.Id(k),
				jen.Add(op).Call(jen.Qual(pyPath, "GetItem").Call(jen.Id(o), jen.Id(k)), c.expr(s.Value))),
		}
	}
	c.g.unsupported(s.Pos, "this augmented assignment target")
	return nil
}
