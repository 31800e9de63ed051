package ir

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// builder assembles IR by hand the way the frontend lowers Python, with
// Python's scoping: a name assigned in a function is local to it, a name
// read there and bound at module level is global, anything else a builtin.
type builder struct {
	m     *Module
	scope *Scope
	fn    *FuncDef
	body  *[]Stmt
	line  int
}

func newBuilder() *builder {
	m := &Module{File: "m.py", Path: "m.py"}
	m.Scope = &Scope{Kind: ModuleScope, Names: map[string]*Symbol{}}
	return &builder{m: m, scope: m.Scope, body: &m.Body}
}

func (b *builder) pos() Pos {
	b.line++
	return Pos{Line: b.line, Col: 1}
}

func (b *builder) bind(name string, kind SymKind) *Symbol {
	if s, ok := b.scope.Names[name]; ok {
		s.Bindings++
		return s
	}
	s := &Symbol{Name: name, Kind: kind, Scope: b.scope, Bindings: 1}
	b.scope.Names[name] = s
	b.scope.Order = append(b.scope.Order, s)
	return s
}

// ref resolves a read of name from the current scope.
func (b *builder) ref(name string) *Symbol {
	if s, ok := b.scope.Names[name]; ok {
		return s
	}
	for sc := b.scope.Parent; sc != nil; sc = sc.Parent {
		if def, ok := sc.Names[name]; ok {
			kind := SymFree
			if sc.Kind == ModuleScope {
				kind = SymGlobal
			}
			s := &Symbol{Name: name, Kind: kind, Scope: b.scope, Def: def}
			b.scope.Names[name] = s
			return s
		}
	}
	s := &Symbol{Name: name, Kind: SymBuiltin, Scope: b.scope}
	b.scope.Names[name] = s
	return s
}

func (b *builder) emit(s Stmt) { *b.body = append(*b.body, s) }

func (b *builder) n(name string) *Name { return &Name{Id: name, Sym: b.ref(name)} }

func (b *builder) target(name string) *Name { return &Name{Id: name, Sym: b.bind(name, SymLocal)} }

func (b *builder) assign(name string, v Expr) {
	b.emit(&Assign{StmtBase: StmtBase{Pos: b.pos()}, Targets: []Expr{b.target(name)}, Value: v})
}

func (b *builder) expr(e Expr) { b.emit(&ExprStmt{StmtBase: StmtBase{Pos: b.pos()}, X: e}) }

func (b *builder) ret(e Expr) { b.emit(&Return{StmtBase: StmtBase{Pos: b.pos()}, Value: e}) }

type param struct {
	name string
	ann  Expr
}

func (b *builder) def(name string, async bool, params []param, returns Expr, body func()) *FuncDef {
	f := &FuncDef{StmtBase: StmtBase{Pos: b.pos()}, Name: name, IsAsync: async, Returns: returns, Parent: b.fn}
	f.QualName = name
	if b.fn != nil {
		f.QualName = b.fn.QualName + ".<locals>." + name
	}
	if name != "<lambda>" {
		f.Sym = b.bind(name, SymLocal)
	}
	f.Scope = &Scope{Kind: FunctionScope, Parent: b.scope, Func: f, Names: map[string]*Symbol{}}
	saved := *b
	b.scope, b.fn, b.body = f.Scope, f, &f.Body
	for _, p := range params {
		f.Params = append(f.Params, &Param{Name: p.name, Sym: b.bind(p.name, SymParam), Annotation: p.ann})
	}
	body()
	b.scope, b.fn, b.body = saved.scope, saved.fn, saved.body
	b.m.Funcs = append(b.m.Funcs, f)
	if name != "<lambda>" {
		b.emit(f)
	}
	return f
}

func (b *builder) lambda(params []string, body func() Expr) *Lambda {
	var ps []param
	for _, p := range params {
		ps = append(ps, param{name: p})
	}
	f := b.def("<lambda>", false, ps, nil, func() { b.ret(body()) })
	f.IsLambda = true
	return &Lambda{Func: f}
}

func (b *builder) forLoop(name string, iter Expr, body func()) {
	st := &For{StmtBase: StmtBase{Pos: b.pos()}, Iter: iter}
	st.Target = b.target(name)
	saved := b.body
	b.body = &st.Body
	body()
	b.body = saved
	b.emit(st)
}

func intLit(v string) *IntLit { return &IntLit{Value: v} }
func strLit(v string) *StrLit { return &StrLit{Value: v} }
func floatLit(v float64) Expr { return &FloatLit{Value: v} }
func list(elts ...Expr) Expr  { return &ListLit{Elts: elts} }
func tuple(elts ...Expr) Expr { return &TupleLit{Elts: elts} }
func bin(op BinOpKind, x, y Expr) Expr {
	return &BinOp{Op: op, X: x, Y: y}
}
func pos(es ...Expr) []Arg {
	out := make([]Arg, len(es))
	for i, e := range es {
		out[i] = Arg{Value: e}
	}
	return out
}
func call(fn Expr, args ...Expr) *Call { return &Call{Func: fn, Args: pos(args...)} }
func method(x Expr, name string, args ...Expr) *Call {
	return call(&Attribute{X: x, Name: name}, args...)
}
func builtinCall(name string, args ...Expr) *BuiltinCall {
	return &BuiltinCall{Name: name, Args: pos(args...)}
}
func asyncCall(op AsyncOp, name string, args ...Expr) *AsyncCall {
	return &AsyncCall{Op: op, Name: name, Args: pos(args...)}
}
func await(x Expr) Expr { return &Await{X: x} }

func infer(t *testing.T, b *builder) (string, Diagnostics) {
	t.Helper()
	ds := Infer(b.m)
	return TypeSummary(b.m), ds
}

func TestLiteralsAndArithmetic(t *testing.T) {
	b := newBuilder()
	b.assign("i", bin(Add, intLit("1"), intLit("2")))
	b.assign("f", bin(Div, intLit("1"), intLit("2")))
	b.assign("g", bin(Mul, floatLit(1.5), intLit("2")))
	b.assign("s", bin(Mod, strLit("%d"), intLit("3")))
	b.assign("r", bin(Mul, strLit("ab"), intLit("3")))
	b.assign("l", bin(Add, list(intLit("1")), list(intLit("2"))))
	b.assign("p", bin(Pow, intLit("2"), intLit("10")))
	b.assign("q", bin(Pow, intLit("2"), &UnaryOp{Op: Neg, X: intLit("1")}))
	b.assign("t", tuple(intLit("1"), strLit("a")))
	b.assign("c", &Compare{Left: intLit("1"), Ops: []CmpOpKind{Lt}, Comparators: []Expr{intLit("2")}})
	b.assign("fs", &FString{Parts: []FStringPart{{Lit: "x="}, {X: b.n("i")}}})
	sum, ds := infer(t, b)
	assert.Empty(t, ds)
	assert.Equal(t, `c: bool
f: float
fs: str
g: float
i: int
l: list[int]
p: int
q: Any
r: str
s: str
t: tuple[int, str]
`, sum)
}

func TestParametersJoinAllCallSites(t *testing.T) {
	b := newBuilder()
	b.def("twice", false, []param{{name: "x"}}, nil, func() {
		b.ret(bin(Mul, b.n("x"), intLit("2")))
	})
	b.def("show", false, []param{{name: "v"}}, nil, func() {
		b.expr(builtinCall("print", b.n("v")))
	})
	b.expr(call(b.n("twice"), intLit("3")))
	b.expr(call(b.n("twice"), intLit("4")))
	one, two := intLit("1"), strLit("a")
	b.expr(call(b.n("show"), one))
	b.expr(call(b.n("show"), two))
	b.def("unused", false, []param{{name: "u"}}, nil, func() {})
	sum, _ := infer(t, b)
	assert.Equal(t, `show: (Any) -> None
show.v: Any
twice: (int) -> int
twice.x: int
unused: (Any) -> None
unused.u: Any
`, sum)
	// the arguments keep their own types: values flow, they are not merged
	assert.Equal(t, Int, one.GetType())
	assert.Equal(t, Str, two.GetType())
}

func TestAsyncTasksAndAwait(t *testing.T) {
	b := newBuilder()
	b.def("work", true, nil, nil, func() {
		b.expr(await(asyncCall(OpSleep, "sleep", intLit("0"))))
		b.ret(intLit("7"))
	})
	b.def("main", true, nil, nil, func() {
		b.assign("t", asyncCall(OpCreateTask, "create_task", call(b.n("work"))))
		b.assign("r", await(b.n("t")))
		b.assign("c", call(b.n("work")))
		b.assign("g", await(asyncCall(OpGather, "gather", call(b.n("work")), b.n("t"))))
		b.assign("loop", asyncCall(OpGetRunningLoop, "get_running_loop"))
		b.assign("f", method(b.n("loop"), "create_future"))
		b.expr(method(b.n("f"), "set_result", strLit("x")))
		b.assign("fr", await(b.n("f")))
	})
	b.expr(asyncCall(OpRun, "run", call(b.n("main"))))
	sum, _ := infer(t, b)
	assert.Equal(t, `main: async () -> None
main.c: Coroutine[int]
main.f: Future[str]
main.fr: str
main.g: list[int]
main.loop: EventLoop
main.r: int
main.t: Task[int]
work: async () -> int
`, sum)
}

func TestContainersFromMutation(t *testing.T) {
	b := newBuilder()
	b.assign("xs", list())
	b.expr(method(b.n("xs"), "append", intLit("1")))
	b.assign("d", &DictLit{})
	b.emit(&Assign{Targets: []Expr{&Subscript{X: b.n("d"), Index: strLit("k")}}, Value: floatLit(1)})
	b.assign("mixed", &DictLit{Keys: []Expr{intLit("1")}, Values: []Expr{strLit("a")}})
	b.emit(&Assign{Targets: []Expr{&Subscript{X: b.n("mixed"), Index: strLit("k")}}, Value: strLit("b")})
	b.assign("st", &SetLit{})
	b.expr(method(b.n("st"), "add", strLit("a")))
	b.assign("sd", &DictLit{})
	b.expr(method(b.n("sd"), "setdefault", strLit("k"), list()))
	b.expr(method(&Subscript{X: b.n("sd"), Index: strLit("k")}, "append", intLit("3")))
	b.assign("first", &Subscript{X: b.n("xs"), Index: intLit("0")})
	b.forLoop("k", b.n("d"), func() {})
	b.assign("v", bin(Add, intLit("1"), strLit("a")))
	sum, _ := infer(t, b)
	assert.Equal(t, `d: dict[str, float]
first: int
k: str
mixed: dict[Any, str]
sd: dict[str, list[int]]
st: set[str]
v: Any
xs: list[int]
`, sum)
}

func TestVariableWithTwoTypesIsAny(t *testing.T) {
	b := newBuilder()
	b.assign("x", intLit("1"))
	b.assign("x", strLit("a"))
	b.assign("y", b.n("x"))
	sum, _ := infer(t, b)
	assert.Equal(t, "x: Any\ny: Any\n", sum)
}

func TestCallbacks(t *testing.T) {
	b := newBuilder()
	b.def("work", true, nil, nil, func() { b.ret(strLit("done")) })
	b.def("on_done", false, []param{{name: "fut"}}, nil, func() {
		b.expr(builtinCall("print", method(b.n("fut"), "result")))
	})
	b.def("tick", false, []param{{name: "n"}, {name: "label"}}, nil, func() {})
	b.def("main", true, nil, nil, func() {
		b.assign("t", asyncCall(OpCreateTask, "create_task", call(b.n("work"))))
		b.expr(method(b.n("t"), "add_done_callback", b.n("on_done")))
		b.expr(method(b.n("t"), "add_done_callback", b.lambda([]string{"f"}, func() Expr {
			return builtinCall("print", b.n("f"))
		})))
		b.assign("loop", asyncCall(OpGetRunningLoop, "get_running_loop"))
		b.expr(method(b.n("loop"), "call_soon", b.n("tick"), intLit("1"), strLit("a")))
		b.expr(method(b.n("loop"), "call_later", floatLit(0.5), b.n("tick"), intLit("2"), strLit("b")))
		b.assign("fut", method(b.n("loop"), "create_future"))
		b.expr(method(b.n("loop"), "call_soon", &Attribute{X: b.n("fut"), Name: "set_result"}, intLit("42")))
		b.expr(method(b.n("loop"), "call_soon", b.n("print"), strLit("hi")))
	})
	sum, _ := infer(t, b)
	assert.Equal(t, `main: async () -> None
main.<locals>.<lambda>.f: Task[str]
main.fut: Future[int]
main.loop: EventLoop
main.t: Task[str]
on_done: (Task[str]) -> None
on_done.fut: Task[str]
tick: (int, str) -> None
tick.label: str
tick.n: int
work: async () -> str
`, sum)
}

func TestQueueElementType(t *testing.T) {
	b := newBuilder()
	b.def("main", true, nil, nil, func() {
		b.assign("q", asyncCall(OpNewQueue, "Queue"))
		b.expr(await(method(b.n("q"), "put", intLit("1"))))
		b.expr(method(b.n("q"), "put_nowait", intLit("2")))
		b.assign("item", await(method(b.n("q"), "get")))
		b.assign("now", method(b.n("q"), "get_nowait"))
	})
	sum, _ := infer(t, b)
	assert.Equal(t, `main: async () -> None
main.item: int
main.now: int
main.q: Queue[int]
`, sum)
}

func TestReturnAnnotationWarning(t *testing.T) {
	b := newBuilder()
	ann := &Name{Id: "str", ExprBase: ExprBase{Pos: Pos{Line: 1, Col: 35}}}
	b.def("action_single", false, []param{{name: "inp", ann: &Name{Id: "int"}}}, ann, func() {
		b.ret(bin(Mul, b.n("inp"), intLit("10")))
	})
	b.expr(call(b.n("action_single"), intLit("1")))
	_, ds := infer(t, b)
	require.Len(t, ds, 1)
	assert.Equal(t, Diagnostic{File: "m.py", Pos: Pos{Line: 1, Col: 35}, Severity: Warning,
		Msg:  "return annotation says 'str' but action_single returns 'int'",
		Hint: "the annotation is ignored; the inferred type is used"}, ds[0])
}

// A value that reaches code typed Any may be changed there in ways we do not
// see, so what could change must become Any too.
func TestEscapedValuesBecomeDynamic(t *testing.T) {
	b := newBuilder()
	b.def("add", false, []param{{name: "l"}}, nil, func() {
		b.expr(method(b.n("l"), "append", strLit("s")))
	})
	b.assign("xs", list(intLit("1")))
	b.assign("g", b.n("add"))
	b.assign("g", intLit("0")) // g is Any: calling it is a dynamic call
	b.expr(call(b.n("g"), b.n("xs")))
	sum, _ := infer(t, b)
	assert.Contains(t, sum, "xs: list[Any]\n")
	assert.Contains(t, sum, "add.l: Any\n")
}

func TestRecursiveTypeTerminates(t *testing.T) {
	b := newBuilder()
	b.assign("xs", list())
	b.expr(method(b.n("xs"), "append", b.n("xs")))
	sum, _ := infer(t, b)
	// xs is list[list[list[...]]]: the cycle is cut with Any
	assert.Equal(t, "xs: list[list[Any]]\n", sum)
}

func TestUnusedParamsOfUncalledFunctionAreAny(t *testing.T) {
	b := newBuilder()
	b.def("f", false, []param{{name: "a"}, {name: "b"}}, nil, func() {
		b.ret(bin(Add, b.n("a"), b.n("b")))
	})
	sum, _ := infer(t, b)
	assert.Equal(t, "f: (Any, Any) -> Any\nf.a: Any\nf.b: Any\n", sum)
}

func TestDeterministic(t *testing.T) {
	build := func() *builder {
		b := newBuilder()
		b.def("f", false, []param{{name: "x"}}, &Name{Id: "str"}, func() { b.ret(b.n("x")) })
		b.def("g", false, []param{{name: "y"}}, &Name{Id: "int"}, func() { b.ret(b.n("y")) })
		b.expr(call(b.n("f"), intLit("1")))
		b.expr(call(b.n("g"), strLit("1")))
		return b
	}
	s1, d1 := infer(t, build())
	for i := 0; i < 5; i++ {
		s2, d2 := infer(t, build())
		assert.Equal(t, s1, s2)
		assert.Equal(t, d1, d2)
	}
	assert.Len(t, d1, 2)
}
