package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Classes compile to the dynamic form: the class body runs in order as Go
// statements that fill a namespace *py.Dict (every name the body binds is
// a key, every read of one a lookup), then py.MakeClass builds the
// *py.Class. Methods are ordinary dynamic defs stored in the namespace.
// Each class statement also gets a Go variable holding the finished class,
// which methods capture for zero-argument super().

// classInfo is what codegen knows about one class statement.
type classInfo struct {
	ns  string  // the Go variable holding the namespace while the body runs
	cls *varRef // the finished *py.Class (super())
}

func (g *gen) classOf(cd *ir.ClassDef) *classInfo {
	if g.classes == nil {
		g.classes = map[*ir.ClassDef]*classInfo{}
	}
	ci := g.classes[cd]
	if ci == nil {
		ci = &classInfo{}
		g.classes[cd] = ci
	}
	return ci
}

// classScopeSym reports whether a symbol lives in a class namespace.
func classScopeSym(s *ir.Symbol) bool {
	return s != nil && s.Kind == ir.SymLocal && s.Scope != nil && s.Scope.Kind == ir.ClassScope
}

func (g *gen) nsOf(s *ir.Symbol) string {
	return g.classNS[s.Scope]
}

// classDef emits a class statement: decorators, bases, the body filling
// the namespace, MakeClass, then the decorated class bound to its name.
func (c *fnCtx) classDef(s *ir.ClassDef) []jen.Code {
	g := c.g
	if s.Sym == nil {
		g.errorf(s.Pos, "internal error: class %s has no symbol", s.Name)
		return nil
	}
	var out []jen.Code
	var decos []string
	for _, d := range s.Decorators {
		t := c.temp("deco")
		out = append(out, jen.Id(t).Op(":=").Add(tempInit(d, c.expr(d))))
		decos = append(decos, t)
	}
	bases := make([]jen.Code, len(s.Bases))
	for i, b := range s.Bases {
		bases[i] = c.expr(b)
	}
	basesVar := c.temp("bases")
	out = append(out, jen.Id(basesVar).Op(":=").Qual(pyPath, "Tuple").Values(bases...))
	ci := g.classOf(s)
	ci.ns = c.temp("ns")
	if g.classNS == nil {
		g.classNS = map[*ir.Scope]string{}
	}
	g.classNS[s.Scope] = ci.ns
	ci.cls = c.local("_cls"+goIdent(s.Name), jen.Op("*").Qual(pyPath, "Class"))
	out = append(out, jen.Id(ci.ns).Op(":=").Qual(pyPath, "ClassNamespace").Call(jen.Id(basesVar)),
		jen.Id(ci.ns).Dot("Set").Call(jen.Lit("__module__"), jen.Lit("__main__")))
	if s.Doc != "" {
		out = append(out, jen.Id(ci.ns).Dot("Set").Call(jen.Lit("__doc__"), jen.Lit(s.Doc)))
	}
	// Annotated names are recorded in order (dataclasses reads them); the
	// annotations themselves are not evaluated.
	for _, a := range s.Annotations {
		out = append(out, jen.Qual(pyPath, "ClassAnnotation").Call(jen.Id(ci.ns), jen.Lit(a.Name), jen.Lit(a.ClassVar)))
	}
	out = append(out, c.stmts(s.Body)...)
	out = append(out, jen.Id(ci.cls.name).Op("=").Qual(pyPath, "MakeClass").Call(
		jen.Lit(s.Name), jen.Lit(s.QualName), jen.Id(basesVar), jen.Id(ci.ns)))
	var val jen.Code = ci.cls.use()
	for i := len(decos) - 1; i >= 0; i-- {
		val = jen.Qual(pyPath, "Call").Call(jen.Id(decos[i]), jen.Index().Any().Values(val), jen.Nil())
	}
	out = append(out, c.storeName(s.Sym, s.Pos, val)...)
	// A block of its own: the temps must not sit between a step
	// function's resume gotos and their labels.
	return []jen.Code{jen.Block(out...)}
}

// classLoad reads a name the class body binds: the namespace, else the
// module global of that name, else NameError (CPython's LOAD_NAME).
func (c *fnCtx) classLoad(n *ir.Name, s *ir.Symbol) xr {
	ns := c.g.nsOf(s)
	if ns == "" {
		return xr{c: c.g.unsupported(n.Pos, "reading a class attribute by name outside its class body")}
	}
	var fallback jen.Code = jen.Nil()
	if ms := c.g.m.Scope.Names[n.Id]; ms != nil && ms.Kind == ir.SymLocal {
		fallback = jen.Func().Params().Any().Block(jen.Return(c.loadName(&ir.Name{ExprBase: n.ExprBase, Id: n.Id, Sym: ms}).c))
	}
	return xr{c: jen.Qual(pyPath, "ClassLoad").Call(jen.Id(ns), jen.Lit(n.Id), fallback), call: true}
}

// classStore binds a name in the class namespace.
func (c *fnCtx) classStore(s *ir.Symbol, pos ir.Pos, val jen.Code) []jen.Code {
	ns := c.g.nsOf(s)
	if ns == "" {
		c.g.unsupported(pos, "binding a class attribute by name outside its class body")
		return nil
	}
	return []jen.Code{jen.Qual(pyPath, "ClassStore").Call(jen.Id(ns), jen.Lit(s.Name), val)}
}

// superCall is super(): zero arguments inside a method take the method's
// class and first argument; two arguments are explicit.
func (c *fnCtx) superCall(args []ir.Arg, pos ir.Pos) xr {
	if !simplePositional(args) {
		return xr{c: c.g.unsupported(pos, "keyword or starred arguments to super()")}
	}
	switch len(args) {
	case 0:
		def := c.def
		if def == nil || def.Class == nil || def.IsLambda {
			return xr{c: c.g.unsupported(pos, "zero-argument super() outside a method body")}
		}
		if len(def.Params) == 0 || def.Params[0].Kind == ir.ParamVarArgs || def.Params[0].Kind == ir.ParamVarKw || def.Params[0].Kind == ir.ParamKwOnly {
			return xr{c: jen.Func().Params().Any().Block(
				c.g.directive(c.line),
				jen.Panic(jen.Qual(pyPath, "New").Call(jen.Qual(pyPath, "RuntimeError"), jen.Lit("super(): no arguments"))),
			).Call(), call: true}
		}
		ci := c.g.classOf(def.Class)
		if ci.cls == nil {
			return xr{c: c.g.unsupported(pos, "super() in a method of a class codegen did not see")}
		}
		self := c.loadName(&ir.Name{ExprBase: ir.ExprBase{Pos: pos}, Id: def.Params[0].Name, Sym: def.Params[0].Sym})
		return xr{c: jen.Qual(pyPath, "NewSuper").Call(ci.cls.use(), self.c), call: true}
	case 2:
		a := c.argExprs(args)
		return xr{c: jen.Qual(pyPath, "SuperOf").Call(a...), call: true}
	}
	return xr{c: c.g.unsupported(pos, "super() with one argument")}
}

// decorated wraps a def's value in its decorators (evaluated into
// temps before the def, applied innermost first).
func (c *fnCtx) decorated(def *ir.FuncDef) (pre []jen.Code, wrap func(jen.Code) jen.Code) {
	var decos []string
	for _, d := range def.Decorators {
		t := c.temp("deco")
		pre = append(pre, jen.Id(t).Op(":=").Add(tempInit(d, c.expr(d))))
		decos = append(decos, t)
	}
	ann := c.dispatchAnnotation(def)
	return pre, func(val jen.Code) jen.Code {
		if ann != nil {
			val = ann(val)
		}
		for i := len(decos) - 1; i >= 0; i-- {
			val = jen.Qual(pyPath, "Call").Call(jen.Id(decos[i]), jen.Index().Any().Values(val), jen.Nil())
		}
		return val
	}
}

// dispatchAnnotation handles `@f.register` on an annotated def, the one
// place a translated program reads an annotation: singledispatch's
// register takes the class to dispatch on from the first annotated
// parameter. The annotation is evaluated (after the defaults, as CPython
// does) and set as the function's __annotations__ (py.WithAnnotation).
// Only a class named by a (dotted) name is accepted: other annotations
// are a diagnostic.
func (c *fnCtx) dispatchAnnotation(def *ir.FuncDef) func(jen.Code) jen.Code {
	if len(def.Decorators) == 0 {
		return nil
	}
	if a, ok := def.Decorators[len(def.Decorators)-1].(*ir.Attribute); !ok || a.Name != "register" {
		return nil
	}
	for _, p := range def.Params {
		if p.Annotation == nil {
			continue
		}
		switch p.Annotation.(type) {
		case *ir.Name, *ir.Attribute, *ir.LibAttr:
		default:
			c.g.unsupported(p.Annotation.GetPos(), "an annotation other than a class name on a function passed to register()")
			return nil
		}
		ann := c.expr(p.Annotation)
		name := p.Name
		return func(val jen.Code) jen.Code {
			return jen.Qual(pyPath, "WithAnnotation").Call(val, jen.Lit(name), ann)
		}
	}
	return nil
}
