package frontend

import (
	"github.com/pyasync2go/pyasync2go/ir"
	"slices"
)

var binOps = map[string]ir.BinOpKind{
	"+": ir.Add, "-": ir.Sub, "*": ir.Mul, "@": ir.MatMul, "/": ir.Div, "//": ir.FloorDiv,
	"%": ir.Mod, "**": ir.Pow, "<<": ir.LShift, ">>": ir.RShift, "|": ir.BitOr, "^": ir.BitXor,
	"&": ir.BitAnd,
}

var cmpOps = map[string]ir.CmpOpKind{
	"==": ir.Eq, "!=": ir.NotEq, "<": ir.Lt, "<=": ir.LtE, ">": ir.Gt, ">=": ir.GtE,
	"is": ir.Is, "is not": ir.IsNot, "in": ir.In, "not in": ir.NotIn,
}

// badExpr stands in for an expression that could not be lowered; a
// diagnostic has been reported (or the tree has syntax errors).
func (l *lowerer) badExpr(n *node) ir.Expr {
	return &ir.NoneLit{ExprBase: ir.ExprBase{Pos: l.pos(n)}}
}

// expr lowers an expression in load context.
func (l *lowerer) expr(n *node) ir.Expr {
	if n == nil {
		return &ir.NoneLit{}
	}
	p := l.pos(n)
	base := ir.ExprBase{Pos: p}
	switch n.Type() {
	case "identifier":
		name := &ir.Name{ExprBase: base, Id: l.text(n)}
		if pythonKeywords[name.Id] {
			l.errorf(n, "", "invalid syntax")
			return l.badExpr(n)
		}
		l.use(name)
		return name
	case "integer", "float":
		return l.number(n)
	case "string", "concatenated_string":
		return l.lowerString(n)
	case "true":
		return &ir.BoolLit{ExprBase: base, Value: true}
	case "false":
		return &ir.BoolLit{ExprBase: base, Value: false}
	case "none":
		return &ir.NoneLit{ExprBase: base}
	case "ellipsis":
		return &ir.EllipsisLit{ExprBase: base}
	case "parenthesized_expression":
		cs := children(n)
		if len(cs) != 1 {
			return l.badExpr(n)
		}
		return l.expr(cs[0])
	case "binary_operator":
		op := n.ChildByFieldName("operator")
		kind, ok := binOps[op.Type()]
		if !ok {
			l.errorf(op, "", "invalid syntax")
		}
		return &ir.BinOp{ExprBase: base, Op: kind, X: l.expr(n.ChildByFieldName("left")), Y: l.expr(n.ChildByFieldName("right"))}
	case "unary_operator":
		op := n.ChildByFieldName("operator")
		kind := map[string]ir.UnaryOpKind{"-": ir.Neg, "+": ir.UPlus, "~": ir.Invert}[op.Type()]
		return &ir.UnaryOp{ExprBase: base, Op: kind, X: l.expr(n.ChildByFieldName("argument"))}
	case "not_operator":
		return &ir.UnaryOp{ExprBase: base, Op: ir.Not, X: l.expr(n.ChildByFieldName("argument"))}
	case "boolean_operator":
		kind := ir.And
		if n.ChildByFieldName("operator").Type() == "or" {
			kind = ir.Or
		}
		b := &ir.BoolOp{ExprBase: base, Op: kind}
		left := n.ChildByFieldName("left")
		if left.Type() == "boolean_operator" && left.ChildByFieldName("operator").Type() == n.ChildByFieldName("operator").Type() {
			inner := l.expr(left).(*ir.BoolOp)
			b.Values = inner.Values
		} else {
			b.Values = []ir.Expr{l.expr(left)}
		}
		b.Values = append(b.Values, l.expr(n.ChildByFieldName("right")))
		return b
	case "comparison_operator":
		c := &ir.Compare{ExprBase: base}
		first := true
		for i := 0; i < int(n.ChildCount()); i++ {
			ch := n.Child(i)
			if n.FieldNameForChild(i) == "operators" {
				op, ok := cmpOps[ch.Type()]
				if !ok {
					l.errorf(ch, "", "invalid syntax")
				}
				c.Ops = append(c.Ops, op)
				continue
			}
			if !ch.IsNamed() || ch.Type() == "comment" {
				continue
			}
			if first {
				c.Left = l.expr(ch)
				first = false
			} else {
				c.Comparators = append(c.Comparators, l.expr(ch))
			}
		}
		return c
	case "call":
		return l.lowerCall(n)
	case "attribute":
		return &ir.Attribute{ExprBase: base, X: l.expr(n.ChildByFieldName("object")), Name: l.text(n.ChildByFieldName("attribute"))}
	case "subscript":
		s := &ir.Subscript{ExprBase: base, X: l.expr(n.ChildByFieldName("value"))}
		var idx []ir.Expr
		for i := 0; i < int(n.ChildCount()); i++ {
			if n.FieldNameForChild(i) == "subscript" {
				idx = append(idx, l.expr(n.Child(i)))
			}
		}
		if len(idx) == 1 && !trailingCommaBefore(n, "]") {
			s.Index = idx[0]
		} else {
			s.Index = &ir.TupleLit{ExprBase: ir.ExprBase{Pos: l.posAfter(n, "[")}, Elts: idx}
		}
		return s
	case "slice":
		s := &ir.Slice{ExprBase: base}
		colons := 0
		for i := 0; i < int(n.ChildCount()); i++ {
			ch := n.Child(i)
			if !ch.IsNamed() {
				if ch.Type() == ":" {
					colons++
				}
				continue
			}
			if ch.Type() == "comment" {
				continue
			}
			switch colons {
			case 0:
				s.Lo = l.expr(ch)
			case 1:
				s.Hi = l.expr(ch)
			default:
				s.Step = l.expr(ch)
			}
		}
		return s
	case "list":
		return &ir.ListLit{ExprBase: base, Elts: l.exprs(children(n))}
	case "tuple", "expression_list":
		cs := children(n)
		if n.Type() == "tuple" && len(cs) == 1 && cs[0].Type() == "list_splat" &&
			!slices.ContainsFunc(allChildren(n), func(c *node) bool { return c.Type() == "," }) {
			// tree-sitter reads `(*x)` as a tuple; without its comma it is none.
			l.errorf(cs[0], "", "cannot use starred expression here")
			return l.badExpr(n)
		}
		return &ir.TupleLit{ExprBase: base, Elts: l.exprs(cs)}
	case "set":
		return &ir.SetLit{ExprBase: base, Elts: l.exprs(children(n))}
	case "dictionary":
		d := &ir.DictLit{ExprBase: base}
		for _, c := range children(n) {
			switch c.Type() {
			case "pair":
				d.Keys = append(d.Keys, l.expr(c.ChildByFieldName("key")))
				d.Values = append(d.Values, l.expr(c.ChildByFieldName("value")))
			case "dictionary_splat":
				d.Keys = append(d.Keys, nil)
				d.Values = append(d.Values, l.expr(onlyChild(c)))
			default:
				l.exprErr(c)
			}
		}
		return d
	case "list_splat", "parenthesized_list_splat":
		cs := children(n)
		if len(cs) != 1 {
			return l.badExpr(n)
		}
		if n.Type() == "parenthesized_list_splat" {
			return l.expr(cs[0])
		}
		return &ir.Starred{ExprBase: base, X: l.expr(cs[0])}
	case "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression":
		return l.lowerComp(n)
	case "lambda":
		return l.lowerLambda(n)
	case "conditional_expression":
		cs := children(n)
		if len(cs) != 3 {
			return l.badExpr(n)
		}
		// `then if cond else other`: evaluation order is cond, then a branch.
		then := l.expr(cs[0])
		return &ir.IfExp{ExprBase: base, Then: then, Cond: l.expr(cs[1]), Else: l.expr(cs[2])}
	case "await":
		l.checkAwait(n)
		cs := children(n)
		if len(cs) != 1 {
			return l.badExpr(n)
		}
		return &ir.Await{ExprBase: base, X: l.expr(cs[0])}
	case "named_expression":
		return l.lowerWalrus(n)
	case "yield":
		ok := l.checkYield(n)
		y := &ir.Yield{ExprBase: base, From: hasToken(n, "from")}
		if cs := children(n); len(cs) == 1 {
			y.X = l.expr(cs[0])
		}
		if !ok {
			return l.badExpr(n)
		}
		return y
	case "keyword_argument", "dictionary_splat", "pair":
		l.errorf(n, "", "invalid syntax")
		return l.badExpr(n)
	case "type", "generic_type", "splat_type":
		if l.annDepth > 0 {
			return l.typeExpr(n)
		}
	case "ERROR":
		return l.badExpr(n)
	}
	l.exprErr(n)
	return l.badExpr(n)
}

func (l *lowerer) exprErr(n *node) {
	if !l.hasSyntaxErrors {
		l.errorf(n, "", "unsupported expression syntax: %s", n.Type())
	}
}

func (l *lowerer) exprs(ns []*node) []ir.Expr {
	out := make([]ir.Expr, 0, len(ns))
	for _, n := range ns {
		out = append(out, l.expr(n))
	}
	return out
}

// trailingCommaBefore reports whether the last token before the closing
// token tok is a comma (x[1,] indexes with a tuple).
func trailingCommaBefore(n *node, tok string) bool {
	for i := int(n.ChildCount()) - 1; i > 0; i-- {
		if n.Child(i).Type() == tok {
			return n.Child(i-1).Type() == ","
		}
	}
	return false
}

func (l *lowerer) posAfter(n *node, tok string) ir.Pos {
	for i := 0; i < int(n.ChildCount()); i++ {
		if c := n.Child(i); c.Type() == tok {
			return l.posAt(int(c.EndByte()))
		}
	}
	return l.pos(n)
}

func (l *lowerer) checkAwait(n *node) {
	fd := l.fn.def
	inComp := len(l.fn.comps) > 0
	inGenExp := false
	for _, k := range l.fn.comps {
		if k == ir.GenExp {
			inGenExp = true
		}
	}
	switch {
	case fd == nil:
		if inGenExp {
			l.unsupported(n, "'await' inside a generator expression is", "use a list comprehension")
			return
		}
		l.mod.TopLevelAwait = true
	case fd.IsLambda || !fd.IsAsync:
		if inComp && !fd.IsLambda {
			l.errorf(n, "make the enclosing function `async def`", "asynchronous comprehension outside of an asynchronous function")
			return
		}
		l.errorf(n, "make the enclosing function `async def`", "'await' outside async function")
	case inGenExp:
		l.unsupported(n, "'await' inside a generator expression is", "use a list comprehension")
	}
}

// checkYield reports a yield that is not Python or not supported; true
// means it is a yield of a generator function.
func (l *lowerer) checkYield(n *node) bool {
	from := hasToken(n, "from")
	fd := l.fn.def
	if len(l.fn.comps) > 0 {
		what := map[ir.CompKind]string{ir.ListComp: "list comprehension", ir.SetComp: "set comprehension",
			ir.DictComp: "dict comprehension", ir.GenExp: "generator expression"}[l.fn.comps[len(l.fn.comps)-1]]
		l.errorf(n, "", "'yield' inside %s", what)
		return false
	}
	switch {
	case fd == nil:
		l.errorf(n, "", "'yield' outside function")
	case fd.IsAsync && from:
		l.errorf(n, "", "'yield from' inside async function")
	case fd.IsLambda:
		fd.IsGenerator = true
		l.unsupported(n, "'yield' inside a lambda is", "use a def")
	default:
		fd.IsGenerator = true
		return true
	}
	return false
}

func (l *lowerer) lowerWalrus(n *node) ir.Expr {
	nameNode := n.ChildByFieldName("name")
	w := &ir.NamedExpr{ExprBase: ir.ExprBase{Pos: l.pos(n)}, Value: l.expr(n.ChildByFieldName("value"))}
	if nameNode == nil || nameNode.Type() != "identifier" {
		l.errorf(n, "", "cannot use assignment expressions with %s", "expression")
		return w.Value
	}
	name := l.text(nameNode)
	target := &ir.Name{ExprBase: ir.ExprBase{Pos: l.pos(nameNode)}, Id: name}
	w.Target = target
	// Inside a comprehension the walrus binds in the enclosing function.
	sb := l.scope
	for sb.s.Kind == ir.ComprehensionScope {
		sb = sb.parent
	}
	if sb == l.scope {
		target.Sym = l.bind(name, target.Pos, ir.SymLocal, true)
		return w
	}
	saved := l.scope
	l.scope = sb
	l.bind(name, target.Pos, ir.SymLocal, true)
	l.scope = saved
	l.use(target)
	return w
}

func (l *lowerer) lowerCall(n *node) ir.Expr {
	c := &ir.Call{ExprBase: ir.ExprBase{Pos: l.pos(n)}, Func: l.expr(n.ChildByFieldName("function"))}
	args := n.ChildByFieldName("arguments")
	if args == nil {
		return c
	}
	if args.Type() == "generator_expression" {
		c.Args = []ir.Arg{{Value: l.lowerComp(args)}}
		return c
	}
	sawKw, sawDoubleStar := false, false
	seen := map[string]bool{}
	for _, a := range children(args) {
		switch a.Type() {
		case "keyword_argument":
			name := l.text(a.ChildByFieldName("name"))
			if seen[name] {
				l.errorf(a, "", "keyword argument repeated: %s", name)
			}
			seen[name] = true
			sawKw = true
			c.Args = append(c.Args, ir.Arg{Name: name, Value: l.expr(a.ChildByFieldName("value"))})
		case "list_splat":
			if sawDoubleStar {
				l.errorf(a, "", "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, ir.Arg{Star: true, Value: l.expr(onlyChild(a))})
		case "dictionary_splat":
			sawDoubleStar = true
			c.Args = append(c.Args, ir.Arg{DoubleStar: true, Value: l.expr(onlyChild(a))})
		default:
			if sawDoubleStar {
				l.errorf(a, "", "positional argument follows keyword argument unpacking")
			} else if sawKw {
				l.errorf(a, "", "positional argument follows keyword argument")
			}
			if a.Type() == "generator_expression" && len(children(args)) > 1 && (a.ChildCount() == 0 || a.Child(0).Type() != "(") {
				l.errorf(a, "", "Generator expression must be parenthesized")
			}
			c.Args = append(c.Args, ir.Arg{Value: l.expr(a)})
		}
	}
	return c
}

func (l *lowerer) lowerLambda(n *node) ir.Expr {
	fd := &ir.FuncDef{StmtBase: ir.StmtBase{Pos: l.pos(n)}, Name: "<lambda>", IsLambda: true, Parent: l.fn.def}
	fd.QualName = l.scope.qualPrefix + "<lambda>"
	fd.FirstLine = fd.Pos.Line
	l.mod.Funcs = append(l.mod.Funcs, fd)
	params := l.lowerParams(n.ChildByFieldName("parameters"))
	body := n.ChildByFieldName("body")
	l.lowerFuncBody(fd, params, func() {
		fd.Body = []ir.Stmt{&ir.Return{StmtBase: ir.StmtBase{Pos: l.pos(body)}, Value: l.expr(body)}}
	})
	return &ir.Lambda{ExprBase: ir.ExprBase{Pos: fd.Pos}, Func: fd}
}

var compNames = map[string]ir.CompKind{
	"list_comprehension": ir.ListComp, "set_comprehension": ir.SetComp,
	"dictionary_comprehension": ir.DictComp, "generator_expression": ir.GenExp,
}

var compScopeNames = map[ir.CompKind]string{ir.ListComp: "<listcomp>", ir.SetComp: "<setcomp>",
	ir.DictComp: "<dictcomp>", ir.GenExp: "<genexpr>"}

func (l *lowerer) lowerComp(n *node) ir.Expr {
	kind := compNames[n.Type()]
	c := &ir.Comp{ExprBase: ir.ExprBase{Pos: l.pos(n)}, Kind: kind}
	var clauses []*node
	for _, ch := range children(n) {
		if ch.Type() == "for_in_clause" || ch.Type() == "if_clause" {
			clauses = append(clauses, ch)
		}
	}
	if len(clauses) == 0 || clauses[0].Type() != "for_in_clause" {
		return l.badExpr(n)
	}
	// The first iterable is evaluated in the enclosing scope.
	firstIter := l.expr(clauses[0].ChildByFieldName("right"))
	c.QualName = l.scope.qualPrefix + compScopeNames[kind]
	l.pushScope(ir.ComprehensionScope, l.fn.def, l.scope.qualPrefix+compScopeNames[kind]+".")
	c.Scope = l.scope.s
	l.fn.comps = append(l.fn.comps, kind)
	for i, cl := range clauses {
		if cl.Type() == "if_clause" {
			if cs := children(cl); len(cs) > 0 && len(c.Generators) > 0 {
				g := &c.Generators[len(c.Generators)-1]
				g.Ifs = append(g.Ifs, l.expr(cs[0]))
			}
			continue
		}
		g := ir.Comprehension{IsAsync: hasToken(cl, "async")}
		if g.IsAsync {
			if l.fn.def != nil && !l.fn.def.IsAsync {
				l.errorf(cl, "", "asynchronous comprehension outside of an asynchronous function")
			} else if kind == ir.GenExp {
				l.unsupported(cl, "asynchronous generator expressions ('async for' in a generator expression) are", "use an async generator function")
			}
		}
		rights := 0
		for _, k := range cl.kids {
			if k.field == "right" {
				rights++
			}
		}
		if rights > 1 {
			if kind == ir.GenExp {
				l.errorf(n, "", "Generator expression must be parenthesized")
			} else {
				l.errorf(cl, "", "invalid syntax")
			}
		}
		if i == 0 {
			g.Iter = firstIter
		} else {
			g.Iter = l.expr(cl.ChildByFieldName("right"))
		}
		g.Target = l.target(cl.ChildByFieldName("left"))
		c.Generators = append(c.Generators, g)
	}
	body := n.ChildByFieldName("body")
	if kind == ir.DictComp && body != nil && body.Type() == "pair" {
		c.Elt = l.expr(body.ChildByFieldName("key"))
		c.Value = l.expr(body.ChildByFieldName("value"))
	} else {
		c.Elt = l.expr(body)
	}
	l.fn.comps = l.fn.comps[:len(l.fn.comps)-1]
	l.popScope()
	return c
}

// target lowers an assignment target, binding the names it assigns.
func (l *lowerer) target(n *node) ir.Expr {
	if n == nil {
		return &ir.NoneLit{}
	}
	p := l.pos(n)
	base := ir.ExprBase{Pos: p}
	switch n.Type() {
	case "identifier":
		name := &ir.Name{ExprBase: base, Id: l.text(n)}
		if pythonKeywords[name.Id] {
			l.errorf(n, "", "invalid syntax")
			return l.badExpr(n)
		}
		name.Sym = l.bind(name.Id, p, ir.SymLocal, true)
		return name
	case "attribute", "subscript":
		return l.expr(n)
	case "pattern_list", "tuple_pattern", "tuple", "expression_list":
		return &ir.TupleLit{ExprBase: base, Elts: l.targets(n)}
	case "list_pattern", "list":
		return &ir.ListLit{ExprBase: base, Elts: l.targets(n)}
	case "list_splat_pattern", "list_splat":
		cs := children(n)
		if len(cs) != 1 {
			return l.badExpr(n)
		}
		return &ir.Starred{ExprBase: base, X: l.target(cs[0])}
	case "parenthesized_expression":
		cs := children(n)
		if len(cs) == 1 {
			return l.target(cs[0])
		}
	case "ERROR":
		return l.badExpr(n)
	}
	what := map[string]string{"call": "function call", "integer": "literal", "float": "literal",
		"string": "literal", "concatenated_string": "literal", "true": "True", "false": "False",
		"none": "None", "await": "await expression", "lambda": "lambda", "binary_operator": "expression",
		"comparison_operator": "comparison", "boolean_operator": "expression", "named_expression": "named expression",
		"conditional_expression": "conditional expression", "dictionary": "dict literal", "set": "set display",
		"list_comprehension": "list comprehension", "generator_expression": "generator expression",
		"unary_operator": "expression", "not_operator": "expression"}[n.Type()]
	if what == "" {
		what = "expression"
	}
	l.errorf(n, "", "cannot assign to %s", what)
	return l.expr(n)
}

func (l *lowerer) targets(n *node) []ir.Expr {
	var out []ir.Expr
	stars := 0
	for _, c := range children(n) {
		t := l.target(c)
		if _, ok := t.(*ir.Starred); ok {
			stars++
			if stars == 2 {
				l.errorf(c, "", "multiple starred expressions in assignment")
			}
		}
		out = append(out, t)
	}
	return out
}

// delTarget lowers a `del` target: a name deleted in a function is local
// there, without counting as a binding.
func (l *lowerer) delTarget(n *node) ir.Expr {
	switch n.Type() {
	case "identifier":
		name := &ir.Name{ExprBase: ir.ExprBase{Pos: l.pos(n)}, Id: l.text(n)}
		l.scope.used[name.Id] = true
		name.Sym = l.bind(name.Id, name.Pos, ir.SymLocal, false)
		return name
	case "attribute", "subscript":
		return l.expr(n)
	case "tuple", "list", "expression_list", "parenthesized_expression":
		var elts []ir.Expr
		for _, c := range children(n) {
			elts = append(elts, l.delTarget(c))
		}
		if n.Type() == "parenthesized_expression" && len(elts) == 1 {
			return elts[0]
		}
		return &ir.TupleLit{ExprBase: ir.ExprBase{Pos: l.pos(n)}, Elts: elts}
	}
	what := map[string]string{"call": "function call", "integer": "literal", "string": "literal"}[n.Type()]
	if what == "" {
		what = "expression"
	}
	l.errorf(n, "", "cannot delete %s", what)
	return l.expr(n)
}
