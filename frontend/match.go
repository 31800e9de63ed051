package frontend

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/surface"
)

// match statements (PEP 634) are lowered here into ordinary statements,
// so type inference and both codegen forms handle them unchanged:
//
//	match SUBJECT:              s = SUBJECT; done = False
//	    case P1 if G: A         <test P1 on s, binding its names>: if G: done = True; A
//	    case P2: B              if not done: <test P2 on s>: done = True; B
//
// A pattern's test is nested ifs. Literal and value patterns compare
// (== or `is`), captures assign, and the structural tests (sequence,
// mapping, class) call runtime helpers (surface.MatchModule) that return
// the matched parts as a list or None; the sub-patterns then test that
// list's items. An or-pattern sets a flag from each alternative in turn
// and continues once, so no body is lowered twice. The hidden variables
// are named after the statement's position (`_match12_3_s`), which no
// program spells.

type matchLowering struct {
	l      *lowerer
	prefix string
	n      int
	pos    ir.Pos
}

func (l *lowerer) lowerMatch(n *node) []ir.Stmt {
	p := l.pos(n)
	m := &matchLowering{l: l, prefix: fmt.Sprintf("_match%d_%d_", p.Line, p.Col), pos: p}
	subj := m.temp("s")
	done := m.temp("done")
	var subjects []ir.Expr
	for i := 0; i < int(n.ChildCount()); i++ {
		if n.FieldNameForChild(i) == "subject" {
			subjects = append(subjects, l.expr(n.Child(i)))
		}
	}
	var subject ir.Expr = &ir.TupleLit{ExprBase: ir.ExprBase{Pos: p}, Elts: subjects}
	if len(subjects) == 1 && !hasToken(n, ",") {
		subject = subjects[0]
	}
	out := []ir.Stmt{m.assign(subj, subject, p)}
	var cases []*node
	if body := n.ChildByFieldName("body"); body != nil {
		l.checkIndentation(body) // tree-sitter accepts a match with no case block
		for _, c := range children(body) {
			if c.Type() == "case_clause" {
				cases = append(cases, c)
			}
		}
	}
	if len(cases) > 1 {
		out = append(out, m.assign(done, &ir.BoolLit{ExprBase: ir.ExprBase{Pos: p}, Value: false}, p))
	}
	for i, c := range cases {
		m.pos = l.pos(c)
		var pats []*node
		for _, k := range children(c) {
			if k.Type() == "case_pattern" {
				pats = append(pats, k)
			}
		}
		guard := c.ChildByFieldName("guard")
		if i < len(cases)-1 && guard == nil && len(pats) == 1 {
			if what := irrefutable(l, pats[0]); what != "" {
				l.syntaxErrAt(l.pos(pats[0]), "%s makes remaining patterns unreachable", what)
			}
		}
		seen := map[string]bool{}
		then := func() []ir.Stmt {
			var body []ir.Stmt
			if len(cases) > 1 {
				body = append(body, m.assign(done, &ir.BoolLit{ExprBase: ir.ExprBase{Pos: m.pos}, Value: true}, m.pos))
			}
			body = append(body, l.lowerBody(c.ChildByFieldName("consequence"))...)
			if guard != nil {
				if g := onlyChild(guard); g != nil {
					return []ir.Stmt{&ir.If{StmtBase: ir.StmtBase{Pos: l.pos(g)}, Cond: l.expr(g), Body: body}}
				}
			}
			return body
		}
		var stmts []ir.Stmt
		read := func() ir.Expr { return m.read(subj) }
		if len(pats) == 1 {
			stmts = m.pattern(pats[0], read, seen, then)
		} else {
			// case a, b: an open sequence pattern.
			stmts = m.sequence(pats, read, seen, then)
		}
		if i > 0 {
			stmts = []ir.Stmt{&ir.If{StmtBase: ir.StmtBase{Pos: m.pos}, Cond: m.not(m.read(done)), Body: stmts}}
		}
		out = append(out, stmts...)
	}
	return out
}

// irrefutable names what makes a case pattern always match ("" if it can
// fail): CPython rejects such a case before the last one.
func irrefutable(l *lowerer, n *node) string {
	for n != nil && n.Type() == "case_pattern" {
		cs := children(n)
		if len(cs) == 0 {
			return "wildcard"
		}
		n = cs[0]
	}
	switch n.Type() {
	case "dotted_name":
		if ids := children(n); len(ids) == 1 {
			return "name capture '" + l.text(ids[0]) + "'"
		}
	case "as_pattern":
		if cs := children(n); len(cs) > 0 {
			return irrefutable(l, cs[0])
		}
	case "union_pattern":
		for _, alt := range children(n) {
			if w := irrefutable(l, alt); w != "" {
				return w
			}
		}
	}
	return ""
}

func (m *matchLowering) temp(what string) string {
	m.n++
	return fmt.Sprintf("%s%s%d", m.prefix, what, m.n)
}

func (m *matchLowering) read(name string) ir.Expr {
	r := &ir.Name{ExprBase: ir.ExprBase{Pos: m.pos}, Id: name}
	m.l.use(r)
	return r
}

func (m *matchLowering) assign(name string, v ir.Expr, p ir.Pos) ir.Stmt {
	t := &ir.Name{ExprBase: ir.ExprBase{Pos: p}, Id: name}
	t.Sym = m.l.bind(name, p, ir.SymLocal, true)
	return &ir.Assign{StmtBase: ir.StmtBase{Pos: p}, Targets: []ir.Expr{t}, Value: v}
}

func (m *matchLowering) not(x ir.Expr) ir.Expr {
	return &ir.UnaryOp{ExprBase: ir.ExprBase{Pos: m.pos}, Op: ir.Not, X: x}
}

func (m *matchLowering) cmp(x ir.Expr, op ir.CmpOpKind, y ir.Expr) ir.Expr {
	return &ir.Compare{ExprBase: ir.ExprBase{Pos: m.pos}, Left: x, Ops: []ir.CmpOpKind{op}, Comparators: []ir.Expr{y}}
}

func (m *matchLowering) ifThen(cond ir.Expr, body []ir.Stmt) []ir.Stmt {
	return []ir.Stmt{&ir.If{StmtBase: ir.StmtBase{Pos: m.pos}, Cond: cond, Body: body}}
}

func (m *matchLowering) intLit(i int) ir.Expr {
	return &ir.IntLit{ExprBase: ir.ExprBase{Pos: m.pos}, Value: fmt.Sprint(i)}
}

// item reads list[i] of a helper's result.
func (m *matchLowering) item(list string, i int) func() ir.Expr {
	return func() ir.Expr {
		return &ir.Subscript{ExprBase: ir.ExprBase{Pos: m.pos}, X: m.read(list), Index: m.intLit(i)}
	}
}

// helper calls one of the runtime's structural tests into a fresh
// variable and continues when it matched (the result is not None).
func (m *matchLowering) helper(name string, args []ir.Expr, then func(list string) []ir.Stmt) []ir.Stmt {
	t := m.temp(name)
	call := &ir.LibCall{ExprBase: ir.ExprBase{Pos: m.pos}, Module: surface.MatchModule, Name: name}
	for _, a := range args {
		call.Args = append(call.Args, ir.Arg{Value: a})
	}
	return append([]ir.Stmt{m.assign(t, call, m.pos)},
		m.ifThen(m.cmp(m.read(t), ir.IsNot, &ir.NoneLit{ExprBase: ir.ExprBase{Pos: m.pos}}), then(t))...)
}

// bindName is a capture: name = subject. seen rejects a name bound twice
// in one pattern, as CPython's compiler does.
func (m *matchLowering) bindName(n *node, name string, subj func() ir.Expr, seen map[string]bool, then func() []ir.Stmt) []ir.Stmt {
	if seen[name] {
		m.l.syntaxErrAt(m.l.pos(n), "multiple assignments to name '%s' in pattern", name)
	}
	seen[name] = true
	return append([]ir.Stmt{m.assign(name, subj(), m.l.pos(n))}, then()...)
}

// pattern lowers the test of pattern n against subj: the statements
// run then() (once) when it matches, after binding its names.
func (m *matchLowering) pattern(n *node, subj func() ir.Expr, seen map[string]bool, then func() []ir.Stmt) []ir.Stmt {
	l := m.l
	if n.Type() == "case_pattern" {
		cs := children(n)
		switch {
		case len(cs) == 0:
			return then() // _
		case len(cs) == 1 && !hasToken(n, "-"):
			return m.pattern(cs[0], subj, seen, then)
		}
		return m.literal(n, cs, subj, then)
	}
	switch n.Type() {
	case "dotted_name":
		ids := children(n)
		if len(ids) == 1 {
			return m.bindName(n, l.text(ids[0]), subj, seen, then)
		}
		return m.ifThen(m.cmp(subj(), ir.Eq, m.dotted(n)), then())
	case "integer", "float", "string", "concatenated_string", "none", "true", "false":
		return m.literal(n, []*node{n}, subj, then)
	case "as_pattern":
		cs := children(n)
		if len(cs) != 2 {
			l.unsupported(n, "this 'as' pattern is", "")
			return nil
		}
		alias := cs[1]
		return m.pattern(cs[0], subj, seen, func() []ir.Stmt {
			return m.bindName(alias, l.text(alias), subj, seen, then)
		})
	case "union_pattern":
		return m.union(n, subj, seen, then)
	case "tuple_pattern":
		if cs := children(n); len(cs) == 1 && !hasToken(n, ",") && !isStarPattern(cs[0]) {
			return m.pattern(cs[0], subj, seen, then) // (P) groups
		}
		return m.sequence(children(n), subj, seen, then)
	case "list_pattern":
		return m.sequence(children(n), subj, seen, then)
	case "dict_pattern":
		return m.mapping(n, subj, seen, then)
	case "class_pattern":
		return m.class(n, subj, seen, then)
	case "complex_pattern":
		l.unsupported(n, "complex-number literal patterns are", "")
		return nil
	}
	if !l.hasSyntaxErrors {
		l.unsupported(n, fmt.Sprintf("the match pattern %q is", n.Type()), "")
	}
	return nil
}

// literal is a literal pattern (one node, or `-` and a number): == for
// numbers and strings, `is` for None, True and False.
func (m *matchLowering) literal(n *node, cs []*node, subj func() ir.Expr, then func() []ir.Stmt) []ir.Stmt {
	v := m.literalValue(n, cs)
	if v == nil {
		return nil
	}
	op := ir.Eq
	switch v.(type) {
	case *ir.NoneLit, *ir.BoolLit:
		op = ir.Is
	}
	return m.ifThen(m.cmp(subj(), op, v), then())
}

// literalValue lowers a literal pattern (or a mapping key) to its value.
func (m *matchLowering) literalValue(n *node, cs []*node) ir.Expr {
	l := m.l
	if len(cs) != 1 {
		l.unsupported(n, "this literal pattern is", "")
		return nil
	}
	c := cs[0]
	switch c.Type() {
	case "integer", "float", "string", "concatenated_string", "none", "true", "false":
	case "dotted_name":
		return m.dotted(c)
	default:
		l.unsupported(c, fmt.Sprintf("the match pattern %q is", c.Type()), "")
		return nil
	}
	v := l.expr(c)
	if neg := c.PrevSibling(); neg != nil && !neg.IsNamed() && neg.Type() == "-" {
		v = &ir.UnaryOp{ExprBase: ir.ExprBase{Pos: l.pos(neg)}, Op: ir.Neg, X: v}
	}
	return v
}

// dotted is a value pattern's expression (Color.RED).
func (m *matchLowering) dotted(n *node) ir.Expr {
	l := m.l
	ids := children(n)
	if len(ids) == 0 {
		return &ir.NoneLit{}
	}
	name := &ir.Name{ExprBase: ir.ExprBase{Pos: l.pos(ids[0])}, Id: l.text(ids[0])}
	l.use(name)
	var x ir.Expr = name
	for _, id := range ids[1:] {
		x = &ir.Attribute{ExprBase: ir.ExprBase{Pos: l.pos(n)}, X: x, Name: l.text(id)}
	}
	return x
}

// union is `P1 | P2 | ...`: each alternative in turn sets ok, binding
// its names; the rest of the match runs once when one did.
func (m *matchLowering) union(n *node, subj func() ir.Expr, seen map[string]bool, then func() []ir.Stmt) []ir.Stmt {
	ok := m.temp("or")
	out := []ir.Stmt{m.assign(ok, &ir.BoolLit{ExprBase: ir.ExprBase{Pos: m.pos}, Value: false}, m.pos)}
	var names map[string]bool
	alts := children(n)
	for i, alt := range alts {
		altSeen := map[string]bool{}
		for k := range seen {
			altSeen[k] = true
		}
		if i < len(alts)-1 {
			if what := irrefutable(m.l, alt); what != "" {
				m.l.syntaxErrAt(m.l.pos(alt), "%s makes remaining patterns unreachable", what)
			}
		}
		stmts := m.pattern(alt, subj, altSeen, func() []ir.Stmt {
			return []ir.Stmt{m.assign(ok, &ir.BoolLit{ExprBase: ir.ExprBase{Pos: m.pos}, Value: true}, m.pos)}
		})
		bound := map[string]bool{}
		for k := range altSeen {
			if !seen[k] {
				bound[k] = true
			}
		}
		if names == nil {
			names = bound
		} else if !sameNames(names, bound) {
			m.l.syntaxErrAt(m.l.pos(alt), "alternative patterns bind different names")
		}
		if i > 0 {
			stmts = m.ifThen(m.not(m.read(ok)), stmts)
		}
		out = append(out, stmts...)
	}
	for k := range names {
		seen[k] = true
	}
	return append(out, m.ifThen(m.read(ok), then())...)
}

func sameNames(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// sequence is [P1, P2, *rest, P3] (or a tuple pattern).
func (m *matchLowering) sequence(pats []*node, subj func() ir.Expr, seen map[string]bool, then func() []ir.Stmt) []ir.Stmt {
	star := -1
	for i, p := range pats {
		if isStarPattern(p) {
			if star >= 0 {
				m.l.syntaxErrAt(m.l.pos(p), "multiple starred names in sequence pattern")
			}
			star = i
		}
	}
	want := len(pats)
	if star >= 0 {
		want--
	}
	args := []ir.Expr{subj(), m.intLit(want), m.intLit(star)}
	return m.helper("sequence", args, func(list string) []ir.Stmt {
		return m.items(pats, list, 0, seen, then)
	})
}

func isStarPattern(p *node) bool {
	if p.Type() == "case_pattern" {
		if cs := children(p); len(cs) == 1 {
			p = cs[0]
		}
	}
	return p.Type() == "splat_pattern"
}

// items matches pats[i:] against the items of list, in order.
func (m *matchLowering) items(pats []*node, list string, i int, seen map[string]bool, then func() []ir.Stmt) []ir.Stmt {
	if i == len(pats) {
		return then()
	}
	next := func() []ir.Stmt { return m.items(pats, list, i+1, seen, then) }
	p := pats[i]
	if isStarPattern(p) {
		if p.Type() == "case_pattern" {
			p = children(p)[0]
		}
		if ids := children(p); len(ids) == 1 && m.l.text(ids[0]) != "_" {
			return m.bindName(ids[0], m.l.text(ids[0]), m.item(list, i), seen, next)
		}
		return next()
	}
	return m.pattern(p, m.item(list, i), seen, next)
}

// mapping is {K1: P1, K2: P2, **rest}.
func (m *matchLowering) mapping(n *node, subj func() ir.Expr, seen map[string]bool, then func() []ir.Stmt) []ir.Stmt {
	l := m.l
	keys := &ir.TupleLit{ExprBase: ir.ExprBase{Pos: m.pos}}
	var vals []*node
	var rest *node
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		switch {
		case n.FieldNameForChild(i) == "key":
			k := m.literalValue(c, []*node{c})
			if k == nil {
				return nil
			}
			keys.Elts = append(keys.Elts, k)
		case n.FieldNameForChild(i) == "value":
			vals = append(vals, c)
		case c.Type() == "splat_pattern":
			if ids := children(c); len(ids) == 1 {
				rest = ids[0]
			}
		}
	}
	if len(vals) != len(keys.Elts) {
		l.unsupported(n, "this mapping pattern is", "")
		return nil
	}
	for i, k := range keys.Elts {
		for _, prev := range keys.Elts[:i] {
			if a, b := literalKey(prev), literalKey(k); a != "" && a == b {
				l.syntaxErrAt(k.GetPos(), "mapping pattern checks duplicate key (%s)", a)
			}
		}
	}
	args := []ir.Expr{subj(), keys, &ir.BoolLit{ExprBase: ir.ExprBase{Pos: m.pos}, Value: rest != nil}}
	return m.helper("mapping", args, func(list string) []ir.Stmt {
		var match func(i int) []ir.Stmt
		match = func(i int) []ir.Stmt {
			if i == len(vals) {
				if rest != nil {
					return m.bindName(rest, l.text(rest), m.item(list, i), seen, then)
				}
				return then()
			}
			return m.pattern(vals[i], m.item(list, i), seen, func() []ir.Stmt { return match(i + 1) })
		}
		return match(0)
	})
}

// literalKey is a literal mapping key's repr-like text, for the duplicate
// check ("" for value patterns, which are checked at run time by CPython).
func literalKey(e ir.Expr) string {
	switch k := e.(type) {
	case *ir.StrLit:
		return fmt.Sprintf("'%s'", k.Value)
	case *ir.IntLit:
		return k.Value
	}
	return ""
}

// class is Cls(P1, P2, name=P3): positional sub-patterns through
// __match_args__, keyword ones by attribute name.
func (m *matchLowering) class(n *node, subj func() ir.Expr, seen map[string]bool, then func() []ir.Stmt) []ir.Stmt {
	l := m.l
	cs := children(n)
	if len(cs) == 0 {
		return nil
	}
	cls := m.dotted(cs[0])
	// subs are the sub-patterns, positional ones first; alias is the name
	// of `key=P as name`, which tree-sitter parses as (key=P) as name.
	type sub struct{ pat, alias *node }
	var subs []sub
	npos := 0
	kwNames := &ir.TupleLit{ExprBase: ir.ExprBase{Pos: m.pos}}
	for _, c := range cs[1:] {
		inner, alias := c, (*node)(nil)
		if c.Type() == "case_pattern" {
			if ks := children(c); len(ks) == 1 {
				inner = ks[0]
			}
		}
		if inner.Type() == "as_pattern" {
			if as := children(inner); len(as) == 2 {
				if ks := children(as[0]); as[0].Type() == "case_pattern" && len(ks) == 1 && ks[0].Type() == "keyword_pattern" {
					inner, alias = ks[0], as[1]
				}
			}
		}
		if inner.Type() == "keyword_pattern" {
			ks := children(inner)
			if len(ks) != 2 {
				l.unsupported(inner, "this keyword pattern is", "")
				return nil
			}
			kwNames.Elts = append(kwNames.Elts, &ir.StrLit{ExprBase: ir.ExprBase{Pos: l.pos(ks[0])}, Value: l.text(ks[0])})
			subs = append(subs, sub{ks[1], alias})
			continue
		}
		if len(kwNames.Elts) > 0 {
			l.syntaxErrAt(l.pos(c), "positional patterns follow keyword patterns")
		}
		subs = append(subs, sub{c, nil})
		npos++
	}
	args := []ir.Expr{subj(), cls, m.intLit(npos), kwNames}
	return m.helper("class", args, func(list string) []ir.Stmt {
		var match func(i int) []ir.Stmt
		match = func(i int) []ir.Stmt {
			if i == len(subs) {
				return then()
			}
			next := func() []ir.Stmt { return match(i + 1) }
			if a := subs[i].alias; a != nil {
				item := m.item(list, i)
				return m.pattern(subs[i].pat, item, seen, func() []ir.Stmt {
					return m.bindName(a, l.text(a), item, seen, next)
				})
			}
			return m.pattern(subs[i].pat, m.item(list, i), seen, next)
		}
		return match(0)
	})
}
