package codegen

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

const (
	rtPath = "github.com/pyasync2go/pyasync2go/rt"
	pyPath = "github.com/pyasync2go/pyasync2go/rt/py"
)

// Options selects the shape of the generated file.
type Options struct {
	// Package is the Go package name. "" or "main" produces a command
	// (func main() { rt.Main(program) }); any other name produces a library
	// with func Main() int { return rt.RunProgram(program) }.
	Package string
	// API (with a Package other than main) exports the module's annotated
	// functions as a typed Go API instead of Main (api.go).
	API bool
	// Dynamic turns off the typed form (DESIGN.md, "Typed Go from inferred
	// types"): every Python value is an `any`, as before inference reached
	// codegen. The differential golden test runs the corpus both ways.
	Dynamic bool
}

// Generate translates m to Go source. On any error diagnostic it returns no
// source: it never emits Go that would not compile or would behave
// differently from CPython in a way it knows about.
func Generate(m *ir.Module, opts Options) (out []byte, diags ir.Diagnostics) {
	file := ""
	if m != nil {
		file = m.Path
	}
	defer func() {
		if r := recover(); r != nil {
			out = nil
			diags = append(diags, ir.Diagnostic{
				File: file, Severity: ir.Error,
				Msg:   fmt.Sprintf("internal error in the Go code generator: %v", r),
				Notes: []string{string(debug.Stack())},
			})
		}
	}()
	if m == nil {
		return nil, ir.Diagnostics{{Severity: ir.Error, Msg: "internal error: no module to generate"}}
	}
	g := newGen(m, opts)
	out, diags = g.render()
	if out == nil {
		return nil, diags
	}
	return trimLineDirectives(out, g.posName()), diags
}

// render generates the file with a //line directive before every
// statement (Generate then drops the ones Go's line counting implies).
func (g *gen) render() ([]byte, ir.Diagnostics) {
	g.generate()
	if g.diags.HasErrors() {
		return nil, g.diags
	}
	var buf bytes.Buffer
	if err := g.file.Render(&buf); err != nil {
		g.diags = append(g.diags, ir.Diagnostic{File: g.m.Path, Severity: ir.Error,
			Msg: "internal error: generated Go does not format: " + err.Error()})
		return nil, g.diags
	}
	return buf.Bytes(), g.diags
}

// varRef is a Go variable the generator declares. read records whether any
// generated code reads it, so unread locals get a `_ = x` (Go rejects
// declared-and-unused variables; Python does not).
type varRef struct {
	name string
	// field: the variable is this field of its function's frame struct
	// (name is then "frame.field").
	field string
	typ   jen.Code // nil: any
	read  bool
	pkg   bool
	// unbound: the variable starts as py.Unbound (some read checks it).
	unbound bool
}

func (v *varRef) use() *jen.Statement {
	v.read = true
	return jen.Id(v.name)
}

// funcInfo describes how one def is represented in Go.
type funcInfo struct {
	def *ir.FuncDef
	// static: the def's name is bound exactly once (by this def), so calls
	// can bind arguments at compile time and call the Go function directly.
	static   bool
	goFunc   *varRef   // static: the Go func (package level) or closure variable
	fnVar    *varRef   // static and used as a value: the *py.Function
	defaults []*varRef // static: per parameter, the variable holding its default
	info     string    // async: the package-level *rt.CoroInfo
}

type gen struct {
	m     *ir.Module
	opts  Options
	diags ir.Diagnostics
	file  *jen.File
	lines []string

	pkgNames *namer
	vars     map[*ir.Symbol]*varRef // variables (package or local)
	funcs    map[*ir.FuncDef]*funcInfo
	symFunc  map[*ir.Symbol]*funcInfo // static defs by the symbol they bind

	stores       map[*ir.Symbol]int
	defOf        map[*ir.Symbol]*ir.FuncDef
	valueUse     map[*ir.Symbol]bool
	importSyms   map[*ir.Symbol]bool
	importStores map[*ir.Symbol]int
	moduleSyms   []*ir.Symbol
	calleeNames  map[*ir.Name]*ir.Call

	isDirective map[jen.Code]bool
	// walrus caches fnCtx.hasWalrus per def.
	walrus map[*ir.FuncDef]bool
	// cleanupGens: the generator functions whose close runs code, by the
	// symbol their def binds; cleanupDefReason: why such a def's calls
	// cannot be followed (gencleanup.go).
	cleanupGens      map[*ir.Symbol]*ir.FuncDef
	cleanupDefReason map[*ir.FuncDef]string
	// outsideStores are the variables some other scope assigns (nonlocal
	// in a nested function, global in a function or class body).
	outsideStores map[*ir.Symbol]bool
	// hoistTemps are the evaluation-order pass's temporaries (hoist.go).
	hoistTemps map[*ir.Symbol]bool
	// storeVals: per symbol, the value of each plain `name = value`
	// binding (other bindings are not recorded); rtTypes: the typed ones.
	storeVals map[*ir.Symbol][]ir.Expr
	rtTypes   map[*ir.Symbol]string
	// typedVars: the locals typed code holds unboxed; typedSigs: the defs
	// taking or returning such values (typed_scalar.go).
	typedVars map[*ir.Symbol]ir.Type
	typedSigs map[*ir.FuncDef]*typedSig
	leafMemo  map[ir.Expr]bool

	// classes: per class statement, its namespace and class variables;
	// classNS: the namespace variable of each class scope being generated.
	classes map[*ir.ClassDef]*classInfo
	classNS map[*ir.Scope]string

	pkgVars  []*varRef
	infoVars []jen.Code
	// genexpFrames registers the step functions of generator expressions
	// as "<genexpr>" frames (see genExp).
	genexpFrames []jen.Code
	genexpLines  int
	funcDecl     []jen.Code // pairs: //line directive, func declaration
	// --api (api.go): the exported defs and classes, the classes by
	// their symbol, and the exported Go names with their owners.
	apiFuncs   []*apiFunc
	apiClasses []*apiClass
	apiClassOf map[*ir.Symbol]*apiClass
	apiNames   map[string]string
}

func newGen(m *ir.Module, opts Options) *gen {
	g := &gen{
		m: m, opts: opts,
		pkgNames:      newNamer(nil),
		vars:          map[*ir.Symbol]*varRef{},
		funcs:         map[*ir.FuncDef]*funcInfo{},
		symFunc:       map[*ir.Symbol]*funcInfo{},
		stores:        map[*ir.Symbol]int{},
		defOf:         map[*ir.Symbol]*ir.FuncDef{},
		valueUse:      map[*ir.Symbol]bool{},
		importSyms:    map[*ir.Symbol]bool{},
		importStores:  map[*ir.Symbol]int{},
		calleeNames:   map[*ir.Name]*ir.Call{},
		isDirective:   map[jen.Code]bool{},
		walrus:        map[*ir.FuncDef]bool{},
		hoistTemps:    map[*ir.Symbol]bool{},
		outsideStores: map[*ir.Symbol]bool{},
		storeVals:     map[*ir.Symbol][]ir.Expr{},
	}
	src := strings.ReplaceAll(string(m.Source), "\r\n", "\n")
	g.lines = strings.Split(src, "\n")
	return g
}

// posName is the file name as //line and /*line*/ directives carry it: a
// newline, CR or "*/" there would end the comment early, so those become
// "?". The runtime sees this name in Go frames, so the traceback registry
// uses it too; reprs and warnings print the real name (fileName).
func (g *gen) posName() string {
	return strings.NewReplacer("\n", "?", "\r", "?", "*/", "*?").Replace(g.fileName())
}

func (g *gen) fileName() string {
	if g.m.File != "" {
		return g.m.File
	}
	if i := strings.LastIndexByte(g.m.Path, '/'); i >= 0 {
		return g.m.Path[i+1:]
	}
	if g.m.Path != "" {
		return g.m.Path
	}
	return "main.py"
}

// goFileName names the generated file in //line directives that leave the
// Python source.
func (g *gen) goFileName() string {
	return strings.TrimSuffix(g.posName(), ".py") + "_py.go"
}

func (g *gen) errorf(pos ir.Pos, format string, args ...any) {
	g.diags = append(g.diags, ir.Diagnostic{File: g.m.Path, Pos: pos, Severity: ir.Error, Msg: fmt.Sprintf(format, args...)})
}

func (g *gen) unsupported(pos ir.Pos, what string) *jen.Statement {
	g.errorf(pos, "%s is not supported yet", what)
	return jen.Nil()
}

// sourceLine is line n of the Python source without surrounding blanks, as
// CPython's warnings module shows it.
func (g *gen) sourceLine(n int) string {
	if n < 1 || n > len(g.lines) || g.fileName() == stdinFile {
		return ""
	}
	return strings.TrimSpace(g.lines[n-1])
}

func (g *gen) generate() {
	g.prepass()
	g.analyzeGenCleanup()
	if g.api() {
		g.apiPrepass()
	}
	pkg := g.opts.Package
	if pkg == "" {
		pkg = "main"
	}
	g.file = jen.NewFile(pkg)
	g.file.ImportName(rtPath, "rt")
	g.file.ImportName(pyPath, "py")
	g.file.HeaderComment(fmt.Sprintf("Code generated by pyasync2go from %s. DO NOT EDIT.", g.posName()))
	g.allocPackage()

	prog := g.programBody()

	if len(g.pkgVars) > 0 {
		var defs []jen.Code
		for _, v := range g.pkgVars {
			typ := v.typ
			if typ == nil {
				typ = jen.Any()
			}
			def := jen.Id(v.name).Add(typ)
			if v.unbound {
				def.Op("=").Qual(pyPath, "Unbound")
			}
			defs = append(defs, def)
		}
		g.file.Var().Defs(defs...)
	}
	for _, d := range g.infoVars {
		g.file.Add(d)
	}
	for i, d := range g.funcDecl {
		if i%2 == 0 {
			g.file.Line()
		}
		g.file.Add(d)
	}
	g.file.Line()
	// Back to Go positions: the runtime must not take init and main for
	// Python frames.
	g.file.Comment("//line " + g.goFileName() + ":1")
	g.file.Comment("init gives tracebacks the Python source lines and function names.")
	g.file.Func().Id("init").Params().Block(g.registrations()...)
	g.file.Line()
	g.file.Func().Id("program").Params().Block(prog...)
	g.file.Line()
	g.file.Comment("//line " + g.goFileName() + ":1")
	switch {
	case g.api():
		g.apiDecls()
	case pkg == "main":
		g.file.Func().Id("main").Params().Block(jen.Qual(rtPath, "Main").Call(jen.Id("program")))
	default:
		g.file.Func().Id("Main").Params().Int().Block(jen.Return(jen.Qual(rtPath, "RunProgram").Call(jen.Id("program"))))
	}
}

// stdinFile is the name of a program read from standard input. CPython's
// linecache has no source for it, so warnings and tracebacks show no lines.
const stdinFile = "<stdin>"

func (g *gen) registrations() []jen.Code {
	var out []jen.Code
	if g.fileName() != stdinFile {
		out = append(out, jen.Qual(pyPath, "RegisterSource").Call(jen.Lit(g.posName()), jen.Lit(string(g.m.Source))))
	}
	argv := false
	walk(g.m.Body, func(n any) bool {
		switch n := n.(type) {
		case *ir.FuncDef:
			out = append(out, jen.Qual(pyPath, "RegisterFrameName").Call(jen.Lit(g.posName()), jen.Lit(firstLine(n)), jen.Lit(n.Name)))
		case *ir.LibAttr:
			argv = argv || n.Module == "sys" && n.Name == "argv" || n.Module == "argparse"
		case *ir.LibCall:
			argv = argv || n.Module == "argparse"
		}
		return true
	})
	if argv && g.fileName() != stdinFile {
		// sys.argv[0] is the script's name, as CPython run from the
		// script's directory gives it (and as tracebacks name the file),
		// however the binary itself is invoked.
		out = append(out, jen.Qual(pyPath, "ProgramName").Op("=").Lit(g.posName()))
	}
	return append(out, g.genexpFrames...)
}

// prepass counts bindings and value uses so defs can be classified before
// any code is emitted.
func (g *gen) prepass() {
	storeNames := map[*ir.Name]bool{}
	seen := map[*ir.Symbol]bool{}
	noteModuleSym := func(s *ir.Symbol) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		if s.Kind == ir.SymLocal && (s.Scope == nil || s.Scope.Kind == ir.ModuleScope) ||
			s.Kind == ir.SymGlobal && s.Def == nil {
			g.moduleSyms = append(g.moduleSyms, s)
		}
	}
	if g.m.Scope != nil {
		for _, s := range scopeSymbols(g.m.Scope) {
			noteModuleSym(s)
		}
	}
	store := func(s *ir.Symbol) {
		outside := s != nil && (s.Kind == ir.SymFree || s.Kind == ir.SymGlobal)
		s = g.resolve(s)
		if outside && s != nil {
			g.outsideStores[s] = true
		}
		if s != nil {
			g.stores[s]++
			noteModuleSym(s)
		}
	}
	markTargets := func(t ir.Expr) {
		for _, n := range targetNames(t, nil) {
			storeNames[n] = true
		}
	}
	walk(g.m.Body, func(n any) bool {
		switch n := n.(type) {
		case *ir.Assign:
			for _, t := range n.Targets {
				markTargets(t)
				if nm, ok := t.(*ir.Name); ok && n.Value != nil {
					if s := g.resolve(nm.Sym); s != nil {
						g.storeVals[s] = append(g.storeVals[s], n.Value)
					}
				}
			}
		case *ir.AugAssign:
			markTargets(n.Target)
		case *ir.For:
			markTargets(n.Target)
		case *ir.With:
			for _, it := range n.Items {
				if it.Var != nil {
					markTargets(it.Var)
				}
			}
		case *ir.Delete:
			for _, t := range n.Targets {
				markTargets(t)
			}
		case *ir.NamedExpr:
			if n.Target != nil {
				storeNames[n.Target] = true
			}
		case *ir.Comp:
			for _, gen := range n.Generators {
				markTargets(gen.Target)
			}
		case *ir.Try:
			for _, h := range n.Handlers {
				if h.Name != "" && h.Sym != nil {
					store(h.Sym)
				}
			}
		case *ir.Import:
			for _, in := range n.Names {
				if in.Sym != nil {
					store(in.Sym)
					g.importSyms[g.resolve(in.Sym)] = true
					g.importStores[g.resolve(in.Sym)]++
				}
			}
		case *ir.ImportFrom:
			for _, in := range n.Names {
				if in.Sym != nil {
					store(in.Sym)
					g.importSyms[g.resolve(in.Sym)] = true
					g.importStores[g.resolve(in.Sym)]++
				}
			}
		case *ir.FuncDef:
			if n.Sym != nil {
				store(n.Sym)
				g.defOf[g.resolve(n.Sym)] = n
			}
		case *ir.ClassDef:
			if n.Sym != nil {
				store(n.Sym)
			}
		case *ir.Call:
			if nm, ok := n.Func.(*ir.Name); ok {
				g.calleeNames[nm] = n
			}
		case *ir.Name:
			if storeNames[n] {
				store(n.Sym)
			} else {
				noteModuleSym(g.resolve(n.Sym))
			}
		}
		return true
	})
	g.typedSymbols()
	for s, def := range g.defOf {
		if g.stores[s] == 1 && len(def.Decorators) == 0 && !def.IsLambda && !def.IsGenerator && !s.MayBeUnbound &&
			(s.Scope == nil || s.Scope.Kind != ir.ComprehensionScope && s.Scope.Kind != ir.ClassScope) {
			g.symFunc[s] = &funcInfo{def: def, static: true}
		}
	}
	// Value uses: every load of a static def's name that is not a call we
	// can bind at compile time needs the *py.Function.
	walk(g.m.Body, func(n any) bool {
		nm, ok := n.(*ir.Name)
		if !ok || storeNames[nm] {
			return true
		}
		s := g.resolve(nm.Sym)
		fi := g.symFunc[s]
		if fi == nil {
			return true
		}
		if call, ok := g.calleeNames[nm]; ok {
			if _, ok := bindStatic(fi.def, call.Args); ok {
				return true
			}
		}
		g.valueUse[s] = true
		return true
	})
	g.typedScalars()
}

// scopeSymbols returns a scope's symbols in first-binding order.
func scopeSymbols(sc *ir.Scope) []*ir.Symbol {
	if sc == nil {
		return nil
	}
	out := append([]*ir.Symbol(nil), sc.Order...)
	in := map[*ir.Symbol]bool{}
	for _, s := range out {
		in[s] = true
	}
	var rest []string
	for name, s := range sc.Names {
		if !in[s] {
			rest = append(rest, name)
		}
	}
	sort.Strings(rest)
	for _, name := range rest {
		out = append(out, sc.Names[name])
	}
	return out
}

// allocPackage names every package-level Go identifier up front, so that no
// function local can later shadow one.
func (g *gen) allocPackage() {
	for _, s := range g.moduleSyms {
		if g.importSyms[s] && g.stores[s] == g.importStores[s] {
			continue
		}
		if fi := g.symFunc[s]; fi != nil {
			g.allocStaticFunc(g.pkgNames, fi, true)
			continue
		}
		if _, ok := g.vars[s]; ok {
			continue
		}
		v := &varRef{name: g.pkgNames.fresh(goIdent(s.Name)), pkg: true, unbound: s.MayBeUnbound}
		if t := g.rtTypes[s]; t != "" {
			v.typ = rtTypeCode(t)
		}
		g.vars[s] = v
		g.pkgVars = append(g.pkgVars, v)
	}
	// CoroInfo for every async def, nested ones included.
	walk(g.m.Body, func(n any) bool {
		if def, ok := n.(*ir.FuncDef); ok && def.IsAsync {
			fi := g.funcInfo(def)
			fi.info = g.pkgNames.fresh(goIdent(def.Name) + "Info")
			g.infoVars = append(g.infoVars, jen.Var().Id(fi.info).Op("=").Op("&").Qual(rtPath, "CoroInfo").Values(jen.Dict{
				jen.Id("Name"):     jen.Lit(def.Name),
				jen.Id("QualName"): jen.Lit(qualName(def)),
				jen.Id("File"):     jen.Lit(g.fileName()),
				jen.Id("Line"):     jen.Lit(firstLine(def)),
			}))
		}
		return true
	})
}

func qualName(def *ir.FuncDef) string {
	if def.QualName != "" {
		return def.QualName
	}
	return def.Name
}

func firstLine(def *ir.FuncDef) int {
	if def.FirstLine > 0 {
		return def.FirstLine
	}
	return def.Pos.Line
}

func (g *gen) funcInfo(def *ir.FuncDef) *funcInfo {
	if fi := g.funcs[def]; fi != nil {
		return fi
	}
	fi := &funcInfo{def: def}
	if def.Sym != nil {
		if sf := g.symFunc[g.resolve(def.Sym)]; sf != nil && sf.def == def {
			fi = sf
		}
	}
	g.funcs[def] = fi
	return fi
}

// allocStaticFunc names a static def's Go function and helper variables in
// the namespace where the def statement runs.
func (g *gen) allocStaticFunc(nm *namer, fi *funcInfo, pkg bool) {
	def := fi.def
	g.funcs[def] = fi
	base := goIdent(def.Name)
	fi.goFunc = &varRef{name: nm.fresh(base), pkg: pkg, typ: g.staticFuncType(def)}
	s := g.resolve(def.Sym)
	if g.valueUse[s] {
		fi.fnVar = &varRef{name: nm.fresh(fi.goFunc.name + "Fn"), pkg: pkg}
		if pkg {
			g.pkgVars = append(g.pkgVars, fi.fnVar)
		}
	}
	fi.defaults = make([]*varRef, len(def.Params))
	for i, p := range def.Params {
		if p.Default != nil {
			v := &varRef{name: nm.fresh(fi.goFunc.name + "Default" + upperFirst(goIdent(p.Name))), pkg: pkg}
			fi.defaults[i] = v
			if pkg {
				g.pkgVars = append(g.pkgVars, v)
			}
		}
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// goFuncType is the Go type of a def's function: one `any` per bound slot.
func goFuncType(def *ir.FuncDef) jen.Code {
	params := make([]jen.Code, len(def.Params))
	for i := range params {
		params[i] = jen.Any()
	}
	if def.IsAsync {
		return jen.Func().Params(params...).Op("*").Qual(rtPath, "Coro")
	}
	return jen.Func().Params(params...).Any()
}

// programBody generates func program(): the module body, run as the main
// coroutine when it awaits at top level.
func (g *gen) programBody() []jen.Code {
	c := g.newCtx(nil, nil)
	if !g.m.TopLevelAwait {
		stmts := c.stmts(g.m.Body)
		return append(c.localDecls(), stmts...)
	}
	c.isAsync = true
	lowered, why := c.hoistBody(g.m.Body)
	if why == "" {
		why = g.stepBlocker(lowered)
	}
	if why != "" {
		g.unsupported(ir.Pos{Line: 1, Col: 1}, "this module's top-level await ("+why+")")
		return nil
	}
	stmts := c.stepBody(lowered, false)
	g.infoVars = append(g.infoVars, jen.Var().Id("moduleInfo").Op("=").Op("&").Qual(rtPath, "CoroInfo").Values(jen.Dict{
		jen.Id("Name"):     jen.Lit("<module>"),
		jen.Id("QualName"): jen.Lit("<module>"),
		jen.Id("File"):     jen.Lit(g.fileName()),
		jen.Id("Line"):     jen.Lit(1),
	}))
	var step jen.Code = jen.Func().Params(jen.Id("co").Op("*").Qual(rtPath, "Coro")).Any().Block(stmts...)
	out := c.localDecls()
	if c.regions != nil || c.handlersVar != nil {
		stepVar := c.names.fresh("_step")
		out = append(out, jen.Id(stepVar).Op(":=").Add(step))
		step = c.wrapStep(jen.Op("*").Qual(rtPath, "Coro"), stepVar)
	}
	return append(out, jen.Qual(rtPath, "Run").Call(jen.Qual(rtPath, "NewStepCoro").Call(jen.Id("moduleInfo"), step), jen.Nil()))
}
