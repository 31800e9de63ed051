package frontend

import (
	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/surface"
	"strings"
)

// isAnnotationModule reports whether module may be imported although
// nothing in it can be used at run time (typing).
func isAnnotationModule(module string) bool {
	m := surface.LookupModule(module)
	return m != nil && m.AnnotationOnly
}

// libTarget returns the supported module (attr == "") or module attribute a
// name refers to, or nil when the name is not a pure import alias: a name
// bound by anything other than imports of one target is a user variable.
func (l *lowerer) libTarget(n *ir.Name) *libImport {
	sym := n.Sym
	if sym == nil {
		return nil
	}
	if (sym.Kind == ir.SymGlobal || sym.Kind == ir.SymFree) && sym.Def != nil {
		sym = sym.Def
	}
	li := l.libImports[sym]
	if li == nil || li.conflict || li.count != sym.Bindings {
		return nil
	}
	return li
}

const typingHint = "annotations are hints the translated program never evaluates; typing names are accepted only there"

// isModuleLevel reports whether sym is (or refers to) a module variable or
// an unbound global name.
func isModuleLevel(sym *ir.Symbol) bool {
	if sym.Kind == ir.SymBuiltin {
		return true
	}
	if sym.Def != nil {
		sym = sym.Def
	}
	return sym.Scope != nil && sym.Scope.Kind == ir.ModuleScope
}

// resolveLibrary rewrites references to supported modules and builtins into
// ModuleRef, LibAttr, AsyncCall, LibCall and BuiltinCall, and reports uses of
// unsupported attributes and builtins.
func (l *lowerer) resolveLibrary() {
	// bareModules holds the references to annotation-only modules (typing)
	// outside annotations that no attribute read has consumed yet.
	bareModules := map[*ir.ModuleRef]bool{}
	defer func() {
		for m := range bareModules {
			l.errAt(m.Pos, typingHint, "the '%s' module can only be used in annotations", m.Module)
		}
	}()
	ir.RewriteExprs(l.mod.Body, func(e ir.Expr) ir.Expr {
		switch e := e.(type) {
		case *ir.Name:
			if feature := l.futureNames[e.Id]; feature != "" && e.Sym != nil && isModuleLevel(e.Sym) {
				l.errAt(e.Pos, "", "'%s' is the feature object `from __future__ import %s` binds, which is not supported", e.Id, feature)
			}
			if ev, ok := l.annNodes[e]; ok && ev && e.Sym != nil && e.Sym.Kind == ir.SymBuiltin && !surface.PythonBuiltins[e.Id] {
				l.errAt(e.Pos, "import or define it, quote the annotation, or add `from __future__ import annotations`",
					"name '%s' is not defined (CPython evaluates this annotation and raises NameError)", e.Id)
			}
			if li := l.libTarget(e); li != nil {
				_, inAnnotation := l.annNodes[e]
				switch {
				case li.attr == "" && isAnnotationModule(li.module) && !inAnnotation:
					// typing.X is checked where the attribute is read;
					// the bare module is an error unless that happens.
					ref := &ir.ModuleRef{ExprBase: e.ExprBase, Module: li.module}
					bareModules[ref] = true
					return ref
				case li.attr != "" && isAnnotationModule(li.module) && inAnnotation:
					// ir.Infer reads typing names such as Optional by their Name.
					return e
				case li.attr != "" && surface.Lookup(li.module, li.attr) == nil:
					// An annotation-only import (see annotationOnly).
					if !inAnnotation {
						l.errAt(e.Pos, typingHint, "'%s.%s' can only be used in annotations", li.module, li.attr)
						return e
					}
					if isAnnotationModule(li.module) {
						// ir.Infer reads typing names such as Optional by their Name.
						return e
					}
				}
				if li.attr == "" {
					if pkg, _, dotted := strings.Cut(li.module, "."); dotted && e.Id == pkg {
						// `import concurrent.futures` binds the package; the
						// attribute below reaches the module.
						return &ir.ModuleRef{ExprBase: e.ExprBase, Module: pkg}
					}
					return &ir.ModuleRef{ExprBase: e.ExprBase, Module: li.module}
				}
				return &ir.LibAttr{ExprBase: e.ExprBase, Module: li.module, Name: li.attr}
			}
			if e.Sym != nil && e.Sym.Kind == ir.SymBuiltin {
				if hint, bad := surface.ForbiddenBuiltins[e.Id]; bad {
					l.errAt(e.Pos, hint, "'%s' is not supported", e.Id)
				}
			}
		case *ir.Attribute:
			if m, ok := e.X.(*ir.ModuleRef); ok {
				if sub := m.Module + "." + e.Name; surface.LookupModule(m.Module) == nil && surface.LookupModule(sub) != nil {
					return &ir.ModuleRef{ExprBase: e.ExprBase, Module: sub}
				}
				_, inAnnotation := l.annNodes[e]
				if bareModules[m] {
					delete(bareModules, m)
					if surface.Lookup(m.Module, e.Name) == nil {
						if surface.HintOnly(m.Module, e.Name) {
							l.errAt(e.Pos, typingHint, "'%s.%s' can only be used in annotations", m.Module, e.Name)
						} else {
							l.errAt(e.Pos, "", "'%s.%s' is not supported", m.Module, e.Name)
						}
					}
					return &ir.LibAttr{ExprBase: e.ExprBase, Module: m.Module, Name: e.Name}
				}
				if surface.Lookup(m.Module, e.Name) == nil && !(inAnnotation && surface.HintOnly(m.Module, e.Name)) {
					l.errAt(e.Pos, "", "'%s.%s' is not supported%s", m.Module, e.Name, outOfScopeNote(surface.OutOfScope(m.Module, e.Name)))
				}
				return &ir.LibAttr{ExprBase: e.ExprBase, Module: m.Module, Name: e.Name}
			}
			// Loop methods for what is out of scope, on any receiver: their
			// names belong to asyncio's event loop.
			if why := surface.OutOfScope("", e.Name); why != "" {
				l.errAt(e.Pos, "", "'%s' is not supported%s", e.Name, outOfScopeNote(why))
			}
			// A registered dotted name such as itertools.chain.from_iterable.
			if la, ok := e.X.(*ir.LibAttr); ok && surface.Lookup(la.Module, la.Name+"."+e.Name) != nil {
				return &ir.LibAttr{ExprBase: e.ExprBase, Module: la.Module, Name: la.Name + "." + e.Name}
			}
		case *ir.Call:
			switch fn := e.Func.(type) {
			case *ir.LibAttr:
				entry := surface.Lookup(fn.Module, fn.Name)
				if entry == nil || entry.Kind != surface.Func {
					// Values, classes and unsupported names (already
					// reported) are called like any other value.
					return e
				}
				if entry.AsyncOp {
					return &ir.AsyncCall{ExprBase: e.ExprBase, Op: asyncOps[fn.Name], Name: fn.Name, Args: e.Args}
				}
				return &ir.LibCall{ExprBase: e.ExprBase, Module: fn.Module, Name: fn.Name, Args: e.Args}
			case *ir.Name:
				if fn.Sym != nil && fn.Sym.Kind == ir.SymBuiltin && surface.PythonBuiltins[fn.Id] {
					return &ir.BuiltinCall{ExprBase: e.ExprBase, Name: fn.Id, Args: e.Args}
				}
			}
		}
		return e
	})
	for _, cd := range l.classes {
		cd.IsException = len(cd.Bases) > 0
		for _, b := range cd.Bases {
			if !l.isExceptionClass(b) {
				cd.IsException = false
			}
			if nm, ok := b.(*ir.Name); ok && nm.Sym != nil && nm.Sym.Kind == ir.SymBuiltin && builtinValueTypes[nm.Id] &&
				!subclassableTypes[nm.Id] {
				l.errAt(nm.Pos, "", "subclassing the builtin type '%s' is not supported", nm.Id)
			}
		}
		if l.derivesFromException(cd, 0) && cd.Scope != nil {
			for _, sym := range cd.Scope.Order {
				n := sym.Name
				if sym.Kind == ir.SymLocal && strings.HasPrefix(n, "__") && strings.HasSuffix(n, "__") &&
					!exceptionClassDunders[n] && unsupportedClassNames[n] == "" {
					l.errAt(sym.Pos, "", "defining %s on an exception class is not supported", n)
				}
			}
		}
	}
}

// derivesFromException reports whether a base of cd is certainly an
// exception class: a builtin exception, a library class named like one,
// or a class statement of the module that derives from one.
func (l *lowerer) derivesFromException(cd *ir.ClassDef, depth int) bool {
	if depth > 50 {
		return false
	}
	for _, b := range cd.Bases {
		switch e := b.(type) {
		case *ir.LibAttr:
			if strings.HasSuffix(e.Name, "Error") || strings.HasSuffix(e.Name, "Exception") || strings.HasSuffix(e.Name, "Warning") {
				return true
			}
		case *ir.Name:
			sym := e.Sym
			if sym == nil {
				continue
			}
			if sym.Kind == ir.SymBuiltin {
				if isBuiltinExceptionName(e.Id) {
					return true
				}
				continue
			}
			if sym.Def != nil {
				sym = sym.Def
			}
			for _, other := range l.classes {
				if other.Sym == sym && other != cd && l.derivesFromException(other, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// exceptionClassDunders are the special names an exception class may
// define: instances of exception classes are rt/py's *Exception, whose
// operators and protocols (comparisons, hashing, truth, len, calls,
// items, arithmetic, format, await) do not consult the class, so
// defining any other special method would be silently ignored.
var exceptionClassDunders = set("__init__ __str__ __repr__ __iter__ __next__ __enter__ __exit__ " +
	"__getattr__ __doc__ __module__ __qualname__ __match_args__ __post_init__")

// builtinValueTypes are the builtin classes whose instances are plain Go
// values in rt/py, so a user class cannot derive from them.
var builtinValueTypes = set("int float str bool list tuple dict set frozenset range type bytes bytearray complex memoryview slice")

// subclassableTypes are the builtin value types a class may derive from
// (rt/py's subclassableBuiltin): its instances carry such a value.
var subclassableTypes = set("int float str tuple list dict")

func (l *lowerer) isExceptionClass(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.LibAttr:
		entry := surface.Lookup(e.Module, e.Name)
		return entry != nil && entry.Kind == surface.Class
	case *ir.Name:
		sym := e.Sym
		if sym == nil {
			return false
		}
		if sym.Kind == ir.SymBuiltin {
			return isBuiltinExceptionName(e.Id)
		}
		if sym.Def != nil {
			sym = sym.Def
		}
		return l.classSyms[sym] && sym.Bindings == 1
	}
	return false
}
