package codegen

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
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
		return xr{c: c.g.unsupported(e.Pos, "calling "+f.Module+"."+f.Name+" this way")}
	case *ir.Attribute:
		recv := c.val(f.X)
		if r, ok := c.boundMethod(recv, f.Name, e.Args); ok {
			return r
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
	t := tAny
	if fi.def.IsAsync {
		t = tCoro
	}
	if !reorder {
		return xr{c: callee.Call(goArgs...), t: t, call: true}
	}
	body := append(pre, jen.Return(jen.Add(callee).Call(goArgs...)))
	return xr{c: jen.Func().Params().Any().Block(c.lines(body...)...).Call(), call: true}
}

// dynArgs builds the []any and []py.KW of a dynamic call.
func (c *fnCtx) dynArgs(args []ir.Arg) (jen.Code, jen.Code) {
	var pos []ir.Expr
	var kws []jen.Code
	var spreads []jen.Code
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
			spreads = append(spreads, jen.Func().Params().Index().Qual(pyPath, "KW").Block(c.lines(
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
	var kwCode jen.Code = jen.Nil()
	if len(kws) > 0 {
		kwCode = jen.Index().Qual(pyPath, "KW").Values(kws...)
	}
	if len(spreads) > 0 {
		parts := append([]jen.Code{kwCode}, spreads...)
		if len(kws) == 0 {
			parts = spreads
		}
		if len(parts) == 1 {
			kwCode = parts[0]
		} else {
			kwCode = jen.Qual("slices", "Concat").Call(parts...)
		}
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
	if cls, ok := excClasses[name]; ok {
		return c.newException(jen.Qual(pyPath, cls), args, pos)
	}
	if name == "super" {
		return c.superCall(args, pos)
	}
	if name == "vars" && len(args) == 0 {
		return xr{c: c.g.unsupported(pos, "vars() without an argument (the local namespace)")}
	}
	if !supportedBuiltins[name] {
		if name == "__name__" || name == "__file__" {
			return xr{c: jen.Qual(pyPath, "Call").Call(c.builtinValue(name, pos).c, jen.Nil(), jen.Nil()), call: true}
		}
		return xr{c: c.g.unsupported(pos, "the builtin "+name+"()")}
	}
	if simplePositional(args) {
		n := len(args)
		direct := map[string]bool{"print": true, "len": n == 1, "str": n == 1, "repr": n == 1, "bool": n == 1, "range": n >= 1 && n <= 3}
		if direct[name] {
			a := c.argExprs(args)
			switch name {
			case "print":
				return xr{c: jen.Qual(pyPath, "Print").Call(a...), call: true, void: true}
			case "len":
				return xr{c: jen.Qual(pyPath, "Len").Call(a...), t: tInt, call: true}
			case "str":
				return xr{c: jen.Qual(pyPath, "Str").Call(a...), t: tString, call: true}
			case "repr":
				return xr{c: jen.Qual(pyPath, "Repr").Call(a...), t: tString, call: true}
			case "bool":
				return xr{c: jen.Qual(pyPath, "Truth").Call(a...), t: tBool, call: true}
			case "range":
				return xr{c: jen.Qual(pyPath, "NewRange").Call(a...), call: true}
			}
		}
	}
	pa, kw := c.dynArgs(args)
	return xr{c: jen.Qual(pyPath, "CallBuiltin").Call(jen.Lit(name), pa, kw), call: true}
}

// libParam describes one parameter of a library function for compile-time
// binding.
type libParam struct {
	name   string
	def    jen.Code // nil: required
	kwOnly bool
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
			if p.name == a.Name {
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

func (c *fnCtx) asyncCall(e *ir.AsyncCall) xr {
	what := "asyncio." + e.Name
	rt := func(fn string, params []libParam) xr {
		vals, _, ok := c.bindLib(what, e.Pos, e.Args, params, false)
		if !ok {
			return xr{c: jen.Nil()}
		}
		return xr{c: jen.Qual(rtPath, fn).Call(vals...), call: true, void: voidFuncs[fn]}
	}
	req := func(n string) libParam { return libParam{name: n} }
	opt := func(n string, d jen.Code) libParam { return libParam{name: n, def: d} }
	kwo := func(n string, d jen.Code) libParam { return libParam{name: n, def: d, kwOnly: true} }
	switch e.Op {
	case ir.OpSleep:
		return rt("Sleep", []libParam{req("delay"), opt("result", jen.Nil())})
	case ir.OpGather:
		vals, rest, ok := c.bindLib(what, e.Pos, e.Args, []libParam{kwo("return_exceptions", jen.False())}, true)
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
		return xr{c: jen.Qual(rtPath, "Gather").Call(list, re), call: true}
	case ir.OpCreateTask:
		return rt("CreateTask", []libParam{req("coro"), kwo("name", jen.Nil())})
	case ir.OpEnsureFuture:
		return rt("EnsureFuture", []libParam{req("coro_or_future")})
	case ir.OpRun:
		return rt("Run", []libParam{req("main"), kwo("debug", jen.Nil())})
	case ir.OpWait:
		vals, _, ok := c.bindLib(what, e.Pos, e.Args, []libParam{req("fs"), kwo("timeout", jen.Nil()), kwo("return_when", jen.Lit("ALL_COMPLETED"))}, false)
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
		return xr{c: jen.Qual(rtPath, "Wait").Call(vals...), call: true}
	case ir.OpWaitFor:
		return rt("WaitFor", []libParam{req("fut"), req("timeout")})
	case ir.OpAsCompleted:
		return rt("AsCompleted", []libParam{req("fs"), kwo("timeout", jen.Nil())})
	case ir.OpShield:
		return rt("Shield", []libParam{req("arg")})
	case ir.OpTimeout:
		return rt("Timeout", []libParam{req("delay")})
	case ir.OpTimeoutAt:
		return rt("TimeoutAt", []libParam{req("when")})
	case ir.OpGetEventLoop:
		return rt("GetEventLoop", nil)
	case ir.OpGetRunningLoop:
		return rt("GetRunningLoop", nil)
	case ir.OpNewEventLoop:
		return rt("NewEventLoop", nil)
	case ir.OpSetEventLoop:
		return rt("SetEventLoop", []libParam{req("loop")})
	case ir.OpCurrentTask:
		return rt("CurrentTask", []libParam{opt("loop", jen.Nil())})
	case ir.OpAllTasks:
		return rt("AllTasks", []libParam{opt("loop", jen.Nil())})
	case ir.OpToThread:
		if len(e.Args) == 0 || e.Args[0].Name != "" || e.Args[0].Star || e.Args[0].DoubleStar {
			return xr{c: c.g.unsupported(e.Pos, "this call of asyncio.to_thread")}
		}
		args, kw := c.dynArgs(e.Args[1:])
		return xr{c: jen.Qual(rtPath, "ToThread").Call(c.expr(e.Args[0].Value), args, kw), call: true}
	case ir.OpRunCoroutineThreadsafe:
		return rt("RunCoroutineThreadsafe", []libParam{req("coro"), req("loop")})
	case ir.OpIsCoroutine:
		return rt("IsCoroutine", []libParam{req("obj")})
	case ir.OpNewQueue:
		return rt("NewQueue", []libParam{opt("maxsize", jen.Lit(0))})
	case ir.OpNewPriorityQueue:
		return rt("NewPriorityQueue", []libParam{opt("maxsize", jen.Lit(0))})
	case ir.OpNewLifoQueue:
		return rt("NewLifoQueue", []libParam{opt("maxsize", jen.Lit(0))})
	case ir.OpNewLock:
		return rt("NewLock", nil)
	case ir.OpNewEvent:
		return rt("NewEvent", nil)
	case ir.OpNewCondition:
		return rt("NewCondition", []libParam{opt("lock", jen.Nil())})
	case ir.OpNewSemaphore:
		return rt("NewSemaphore", []libParam{opt("value", jen.Lit(1))})
	case ir.OpNewBoundedSemaphore:
		return rt("NewBoundedSemaphore", []libParam{opt("value", jen.Lit(1))})
	case ir.OpNewTaskGroup:
		return rt("NewTaskGroup", nil)
	case ir.OpNewFuture:
		return rt("NewFuture", nil)
	}
	return xr{c: c.g.unsupported(e.Pos, what)}
}

// voidFuncs are the runtime functions with no result.
var voidFuncs = map[string]bool{
	"TimeSleep": true, "SetEventLoop": true, "RandomSeed": true, "RandomShuffle": true, "SysExit": true,
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
	what := e.Module + "." + e.Name
	call := func(q, fn string, params []libParam, t gtype) xr {
		vals, _, ok := c.bindLib(what, e.Pos, e.Args, params, false)
		if !ok {
			return xr{c: jen.Nil()}
		}
		return xr{c: jen.Qual(q, fn).Call(vals...), t: t, call: true, void: voidFuncs[fn]}
	}
	req := func(n string) libParam { return libParam{name: n} }
	opt := func(n string, d jen.Code) libParam { return libParam{name: n, def: d} }
	switch what {
	case "time.time":
		return call(rtPath, "TimeTime", nil, tFloat)
	case "time.monotonic":
		return call(rtPath, "TimeMonotonic", nil, tFloat)
	case "time.perf_counter":
		return call(rtPath, "TimePerfCounter", nil, tFloat)
	case "time.process_time":
		return call(rtPath, "TimeProcessTime", nil, tFloat)
	case "time.sleep":
		return call(rtPath, "TimeSleep", []libParam{req("secs")}, tAny)
	case "time.strftime":
		return call(rtPath, "TimeStrftime", []libParam{req("format"), opt("t", jen.Nil())}, tString)
	case "time.localtime":
		return call(rtPath, "TimeLocaltime", []libParam{opt("secs", jen.Nil())}, tAny)
	case "time.ctime":
		return call(rtPath, "TimeCtime", []libParam{opt("secs", jen.Nil())}, tString)
	case "random.random":
		return call(pyPath, "RandomRandom", nil, tFloat)
	case "random.randint":
		return call(pyPath, "RandomRandint", []libParam{req("a"), req("b")}, tAny)
	case "random.uniform":
		return call(pyPath, "RandomUniform", []libParam{req("a"), req("b")}, tAny)
	case "random.choice":
		return call(pyPath, "RandomChoice", []libParam{req("seq")}, tAny)
	case "random.shuffle":
		return call(pyPath, "RandomShuffle", []libParam{req("x")}, tAny)
	case "random.seed":
		return call(pyPath, "RandomSeed", []libParam{opt("a", jen.Nil())}, tAny)
	case "random.sample":
		return call(pyPath, "RandomSample", []libParam{req("population"), req("k")}, tAny)
	case "random.getrandbits":
		return call(pyPath, "RandomGetrandbits", []libParam{req("k")}, tAny)
	case "random.randrange":
		if !simplePositional(e.Args) || len(e.Args) == 0 || len(e.Args) > 3 {
			return xr{c: c.g.unsupported(e.Pos, "this call of random.randrange")}
		}
		return xr{c: jen.Qual(pyPath, "RandomRandrange").Call(c.argExprs(e.Args)...), call: true}
	case "sys.exit":
		return call(pyPath, "SysExit", []libParam{opt("status", jen.Nil())}, tAny)
	}
	return xr{c: c.g.unsupported(e.Pos, what+"()")}
}

func (c *fnCtx) libAttr(e *ir.LibAttr) xr {
	if cls := c.staticClass(e); cls != nil {
		return xr{c: jen.Add(cls)}
	}
	switch e.Module + "." + e.Name {
	case "asyncio.FIRST_COMPLETED", "asyncio.FIRST_EXCEPTION", "asyncio.ALL_COMPLETED":
		return xr{c: jen.Lit(e.Name), t: tString}
	case "sys.argv":
		return xr{c: jen.Qual(pyPath, "SysArgv").Call(), call: true}
	case "sys.stdout":
		return xr{c: jen.Qual(pyPath, "Stdout")}
	case "sys.stderr":
		return xr{c: jen.Qual(pyPath, "Stderr")}
	case "sys.maxsize":
		return xr{c: jen.Lit(int(1<<63 - 1)), t: tInt}
	}
	if fn, ok := libFuncValues[e.Module+"."+e.Name]; ok {
		return xr{c: c.libFuncValue(e, fn), call: true}
	}
	return xr{c: c.g.unsupported(e.Pos, "using "+e.Module+"."+e.Name+" as a value")}
}

// libFuncValue describes a library function usable as a value (passed to
// to_thread, run_in_executor, call_soon...): the runtime function and how
// many positional arguments it takes (min..max; missing ones are None).
type libFuncValue struct {
	pkg, fn  string
	min, max int
	void     bool
}

var libFuncValues = map[string]libFuncValue{
	"time.sleep":        {rtPath, "TimeSleep", 1, 1, true},
	"time.time":         {rtPath, "TimeTime", 0, 0, false},
	"time.monotonic":    {rtPath, "TimeMonotonic", 0, 0, false},
	"time.perf_counter": {rtPath, "TimePerfCounter", 0, 0, false},
	"time.process_time": {rtPath, "TimeProcessTime", 0, 0, false},
	"time.ctime":        {rtPath, "TimeCtime", 0, 1, false},
	"time.localtime":    {rtPath, "TimeLocaltime", 0, 1, false},
	"random.random":     {pyPath, "RandomRandom", 0, 0, false},
	"random.randint":    {pyPath, "RandomRandint", 2, 2, false},
	"random.uniform":    {pyPath, "RandomUniform", 2, 2, false},
	"random.choice":     {pyPath, "RandomChoice", 1, 1, false},
	"random.shuffle":    {pyPath, "RandomShuffle", 1, 1, true},
	"random.sample":     {pyPath, "RandomSample", 2, 2, false},
	"asyncio.sleep":     {rtPath, "Sleep", 1, 2, false},
	"sys.exit":          {pyPath, "SysExit", 0, 1, true},
}

// libFuncValue wraps a library function as a *py.Function taking
// positional arguments, raising CPython's TypeError on a wrong count.
func (c *fnCtx) libFuncValue(e *ir.LibAttr, f libFuncValue) *jen.Statement {
	args := make([]jen.Code, f.max)
	for i := range args {
		args[i] = jen.Id("_a").Index(jen.Lit(i))
	}
	call := jen.Qual(f.pkg, f.fn).Call(args...)
	ret := []jen.Code{jen.Return(call)}
	if f.void {
		ret = []jen.Code{call, jen.Return(jen.Nil())}
	}
	var msg string
	switch {
	case f.max == 0:
		msg = e.Name + "() takes no arguments"
	case f.min == f.max && f.max == 1:
		msg = e.Name + "() takes exactly one argument"
	default:
		msg = e.Name + " expected " + strconv.Itoa(f.max) + " arguments"
	}
	body := []jen.Code{
		jen.If(jen.Len(jen.Id("kw")).Op(">").Lit(0).Op("||").Len(jen.Id("args")).Op("<").Lit(f.min).Op("||").Len(jen.Id("args")).Op(">").Lit(f.max)).Block(
			jen.Qual(pyPath, "Throw").Call(jen.Qual(pyPath, "New").Call(jen.Qual(pyPath, "TypeError"), jen.Lit(msg)))),
		jen.Id("_a").Op(":=").Make(jen.Index().Any(), jen.Lit(f.max)),
		jen.Copy(jen.Id("_a"), jen.Id("args")),
	}
	return jen.Qual(pyPath, "NewBuiltin").Call(jen.Lit(e.Name), jen.Func().Params(jen.Id("args").Index().Any(), jen.Id("kw").Index().Qual(pyPath, "KW")).Any().Block(append(body, ret...)...))
}
