package frontend

import (
	"github.com/pyasync2go/pyasync2go/ir"
)

// scopeBuilder collects what lowering learns about one Python scope. Loads
// are only recorded here and resolved once the whole module is lowered,
// because Python decides locality from bindings anywhere in the body.
type scopeBuilder struct {
	s      *ir.Scope
	parent *scopeBuilder
	// qualPrefix is what CPython puts before the __qualname__ of a def or
	// lambda directly inside this scope: "", "main.<locals>.",
	// "main.<locals>.<listcomp>.".
	qualPrefix string
	// class is the class statement of a class scope.
	class     *ir.ClassDef
	params    map[string]bool
	assigned  map[string]bool
	used      map[string]bool
	globals   []declaredName
	nonlocals []declaredName
	refs      []*ir.Name
}

type declaredName struct {
	name string
	pos  ir.Pos
}

func (l *lowerer) pushScope(kind ir.ScopeKind, fd *ir.FuncDef, qualPrefix string) *scopeBuilder {
	sb := &scopeBuilder{
		s:          &ir.Scope{Kind: kind, Func: fd, Names: map[string]*ir.Symbol{}},
		parent:     l.scope,
		qualPrefix: qualPrefix,
		params:     map[string]bool{},
		assigned:   map[string]bool{},
		used:       map[string]bool{},
	}
	if l.scope != nil {
		sb.s.Parent = l.scope.s
	}
	l.scopes = append(l.scopes, sb)
	l.scope = sb
	return sb
}

func (l *lowerer) popScope() { l.scope = l.scope.parent }

func (sb *scopeBuilder) add(sym *ir.Symbol) {
	sym.Scope = sb.s
	sb.s.Names[sym.Name] = sym
	sb.s.Order = append(sb.s.Order, sym)
}

// bind records a binding of name in the current scope. counted is false for
// `del x`, which makes x local without binding it.
func (l *lowerer) bind(name string, pos ir.Pos, kind ir.SymKind, counted bool) *ir.Symbol {
	sb := l.scope
	sb.assigned[name] = true
	if kind == ir.SymParam {
		sb.params[name] = true
	}
	sym := sb.s.Names[name]
	if sym == nil {
		sym = &ir.Symbol{Name: name, Kind: kind, Pos: pos}
		sb.add(sym)
	}
	if counted {
		sym.Bindings++
	}
	return sym
}

// use records a load of n in the current scope.
func (l *lowerer) use(n *ir.Name) {
	l.scope.used[n.Id] = true
	l.scope.refs = append(l.scope.refs, n)
}

func (l *lowerer) declare(names []declaredName, global bool) {
	sb := l.scope
	what := "nonlocal"
	if global {
		what = "global"
	}
	for _, d := range names {
		if sb.s.Kind == ir.ModuleScope {
			if !global {
				l.errAt(d.pos, "", "nonlocal declaration not allowed at module level")
			}
			continue
		}
		switch {
		case sb.params[d.name]:
			l.errAt(d.pos, "", "name '%s' is parameter and %s", d.name, what)
			continue
		case sb.assigned[d.name]:
			l.errAt(d.pos, "", "name '%s' is assigned to before %s declaration", d.name, what)
			continue
		case sb.used[d.name]:
			l.errAt(d.pos, "", "name '%s' is used prior to %s declaration", d.name, what)
			continue
		}
		if sym := sb.s.Names[d.name]; sym != nil {
			// Declared twice, or global and nonlocal at once.
			if (sym.Kind == ir.SymGlobal) != global {
				l.errAt(d.pos, "", "name '%s' is nonlocal and global", d.name)
			}
			continue
		}
		kind := ir.SymFree
		if global {
			kind = ir.SymGlobal
			sb.globals = append(sb.globals, d)
		} else {
			sb.nonlocals = append(sb.nonlocals, d)
		}
		sb.add(&ir.Symbol{Name: d.name, Kind: kind, Pos: d.pos})
	}
}

// resolveScopes fills Def for global/nonlocal symbols and Sym for every
// recorded load. Scopes are visited in creation order, so an enclosing scope
// is always resolved before the scopes nested in it.
func (l *lowerer) resolveScopes() {
	// `global x` anywhere makes x a module-level variable, so every global
	// declaration is resolved before any load: a module-level read of x
	// (or a nested function's) must find the module symbol, not a builtin.
	module := l.scopes[0]
	for _, sb := range l.scopes {
		for _, d := range sb.globals {
			ms := module.s.Names[d.name]
			if ms == nil {
				ms = &ir.Symbol{Name: d.name, Kind: ir.SymLocal, Pos: d.pos}
				module.add(ms)
			}
			sb.s.Names[d.name].Def = ms
		}
	}
	for _, sb := range l.scopes {
		for _, d := range sb.nonlocals {
			sym := sb.s.Names[d.name]
			def := findEnclosingBinding(sb, d.name)
			if def == nil {
				l.errAt(d.pos, "", "no binding for nonlocal '%s' found", d.name)
				continue
			}
			sym.Def = def
			def.Captured = true
		}
		for _, n := range sb.refs {
			if sym := sb.s.Names[n.Id]; sym != nil {
				n.Sym = sym
				continue
			}
			n.Sym = resolveFree(sb, n.Id, n.Pos)
		}
	}
	for _, sb := range l.scopes {
		for _, sym := range sb.s.Order {
			if sym.Def != nil && sym.Def != sym {
				sym.Def.Bindings += sym.Bindings
			}
		}
	}
}

// findEnclosingBinding finds what `nonlocal name` in sb refers to: a binding
// in the nearest enclosing function scope (never the module scope).
func findEnclosingBinding(sb *scopeBuilder, name string) *ir.Symbol {
	for p := sb.parent; p != nil && p.s.Kind != ir.ModuleScope; p = p.parent {
		if p.s.Kind == ir.ClassScope {
			continue
		}
		sym := p.s.Names[name]
		if sym == nil {
			continue
		}
		switch sym.Kind {
		case ir.SymLocal, ir.SymParam:
			return sym
		case ir.SymFree:
			if sym.Def != nil {
				return sym.Def
			}
			if sym.Bindings > 0 || isNonlocalIn(p, name) {
				return nil
			}
		case ir.SymGlobal:
			return nil
		}
	}
	return nil
}

func isNonlocalIn(sb *scopeBuilder, name string) bool {
	for _, d := range sb.nonlocals {
		if d.name == name {
			return true
		}
	}
	return false
}

// resolveFree creates the symbol for a name that sb loads without binding.
func resolveFree(sb *scopeBuilder, name string, pos ir.Pos) *ir.Symbol {
	sym := &ir.Symbol{Name: name, Kind: ir.SymBuiltin, Pos: pos}
	if sb.s.Kind != ir.ModuleScope {
	walk:
		for p := sb.parent; p != nil; p = p.parent {
			if p.s.Kind == ir.ClassScope {
				continue // methods do not see the class body's names
			}
			ps := p.s.Names[name]
			if p.s.Kind == ir.ModuleScope {
				if ps != nil && ps.Kind == ir.SymLocal {
					sym.Kind, sym.Def = ir.SymGlobal, ps
				}
				break
			}
			if ps == nil {
				continue
			}
			switch ps.Kind {
			case ir.SymLocal, ir.SymParam:
				sym.Kind, sym.Def = ir.SymFree, ps
				ps.Captured = true
			case ir.SymFree:
				if ps.Def != nil {
					sym.Kind, sym.Def = ir.SymFree, ps.Def
					ps.Def.Captured = true
				}
			case ir.SymGlobal:
				sym.Kind, sym.Def = ir.SymGlobal, ps.Def
			}
			break walk
		}
	}
	sb.add(sym)
	return sym
}
