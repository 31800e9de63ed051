package frontend

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/surface"
)

type lowerer struct {
	path       string
	src        []byte
	lineStarts []int
	mod        *ir.Module
	diags      ir.Diagnostics
	// hasSyntaxErrors makes lowering skip quietly over ERROR nodes and over
	// shapes only a broken tree produces.
	hasSyntaxErrors bool

	scope  *scopeBuilder
	scopes []*scopeBuilder
	fn     *funcCtx

	// libImports counts, per symbol, the import bindings naming a supported
	// module or module attribute; a symbol all of whose bindings are such
	// imports (of one target) is a library alias.
	libImports map[*ir.Symbol]*libImport
	classSyms  map[*ir.Symbol]bool
	// syntaxLines holds the lines with a syntax error; syntaxIdx marks
	// which diagnostics are syntax errors (see dropCascades).
	syntaxLines map[int]bool
	syntaxIdx   map[int]bool
	classes     []*ir.ClassDef

	// futureAnnotations is set by `from __future__ import annotations`:
	// CPython then never evaluates annotations.
	futureAnnotations bool
	// futureNames maps the names `from __future__ import ...` binds to
	// feature objects to the feature's name.
	futureNames map[string]string
	// annDepth is above zero while an annotation is being lowered.
	annDepth int
	// annNodes holds every expression inside an annotation; the value says
	// whether CPython evaluates that annotation when the program runs.
	annNodes map[ir.Expr]bool
}

type libImport struct {
	module, attr string // attr "" for the module itself
	count        int
	conflict     bool
}

// funcCtx is the innermost def or lambda (def == nil at module level).
type funcCtx struct {
	def   *ir.FuncDef
	loops int
	// comps is the stack of comprehension kinds around the current
	// expression inside this function.
	comps []ir.CompKind
}

func newLowerer(path string, src []byte, m *ir.Module) *lowerer {
	l := &lowerer{path: path, src: src, mod: m,
		libImports: map[*ir.Symbol]*libImport{}, classSyms: map[*ir.Symbol]bool{},
		syntaxLines: map[int]bool{}, syntaxIdx: map[int]bool{},
		futureNames: map[string]string{}, annNodes: map[ir.Expr]bool{}}
	l.lineStarts = append(l.lineStarts, 0)
	for i, b := range src {
		if b == '\n' {
			l.lineStarts = append(l.lineStarts, i+1)
		}
	}
	return l
}

// posAt converts a byte offset to a 1-based line and code-point column.
func (l *lowerer) posAt(off int) ir.Pos {
	if off > len(l.src) {
		off = len(l.src)
	}
	line := l.lineIndex(off)
	return ir.Pos{Line: line + 1, Col: utf8.RuneCount(l.src[l.lineStarts[line]:off]) + 1}
}

// lineIndex returns the 0-based line holding byte offset off.
func (l *lowerer) lineIndex(off int) int {
	lo, hi := 0, len(l.lineStarts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l.lineStarts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func (l *lowerer) pos(n *node) ir.Pos { return l.posAt(int(n.StartByte())) }

// text returns n's source text; "" for a nil node (a broken tree can lack
// a child the grammar normally guarantees).
func (l *lowerer) text(n *node) string {
	if n == nil {
		return ""
	}
	text := string(l.src[n.StartByte():n.EndByte()])
	if n.Type() == "identifier" {
		return identifier(text)
	}
	return text
}

// identifier is a name as CPython's tokenizer reads it: NFKC-normalized
// (PEP 3131), so `ﬁ` and `fi`, or `ｘ` and `x`, are one name.
func identifier(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return norm.NFKC.String(name)
		}
	}
	return name
}

// onlyChild returns the first named child of n, or nil.
func onlyChild(n *node) *node {
	if cs := children(n); len(cs) > 0 {
		return cs[0]
	}
	return nil
}

func (l *lowerer) errAt(p ir.Pos, hint, format string, args ...any) {
	l.diags = append(l.diags, ir.Diagnostic{File: l.path, Pos: p, Severity: ir.Error,
		Msg: fmt.Sprintf(format, args...), Hint: hint})
}

// syntaxErrAt reports a syntax error (see dropCascades).
func (l *lowerer) syntaxErrAt(p ir.Pos, format string, args ...any) {
	l.syntaxIdx[len(l.diags)] = true
	l.syntaxLines[p.Line] = true
	l.errAt(p, "", format, args...)
}

func (l *lowerer) errorf(n *node, hint, format string, args ...any) {
	l.errAt(l.pos(n), hint, format, args...)
}

// unsupported reports a construct the translator does not handle.
func (l *lowerer) unsupported(n *node, what, hint string) {
	l.errorf(n, hint, "%s not supported", what)
}

// children returns the named children of n, without comments.
func children(n *node) []*node {
	var out []*node
	for _, c := range allChildren(n) {
		if !c.IsNamed() || c.Type() == "comment" || c.Type() == "line_continuation" {
			continue
		}
		out = append(out, c)
	}
	return out
}

// allChildren returns every child of n, named or not.
func allChildren(n *node) []*node {
	if n == nil {
		return nil
	}
	return n.kids
}

// hasToken reports whether n has a direct anonymous child spelled tok.
func hasToken(n *node, tok string) bool {
	for _, c := range allChildren(n) {
		if !c.IsNamed() && c.Type() == tok {
			return true
		}
	}
	return false
}

func (l *lowerer) lowerModule(root *node) {
	l.pushScope(ir.ModuleScope, nil, "")
	l.mod.Scope = l.scope.s
	l.fn = &funcCtx{}
	l.mod.Body = l.lowerBlock(root)
	l.checkStaticBlocks(l.mod.Body)
	l.resolveScopes()
	l.resolveLibrary()
	checkUnbound(l.mod)
}

// lowerBlock lowers the statements of a module or block node.
func (l *lowerer) lowerBlock(n *node) []ir.Stmt {
	var out []ir.Stmt
	l.checkIndentation(n)
	for _, c := range children(n) {
		out = append(out, l.lowerStmt(c)...)
	}
	return out
}

func (l *lowerer) lowerBody(n *node) []ir.Stmt {
	if n == nil {
		return nil
	}
	return l.lowerBlock(n)
}

func (l *lowerer) lowerStmt(n *node) []ir.Stmt {
	p := l.pos(n)
	base := ir.StmtBase{Pos: p}
	switch n.Type() {
	case "expression_statement":
		return l.lowerExprStmt(n)
	case "pass_statement":
		return []ir.Stmt{&ir.Pass{StmtBase: base}}
	case "break_statement":
		if l.fn.loops == 0 {
			l.errorf(n, "", "'break' outside loop")
		}
		return []ir.Stmt{&ir.Break{StmtBase: base}}
	case "continue_statement":
		if l.fn.loops == 0 {
			l.errorf(n, "", "'continue' not properly in loop")
		}
		return []ir.Stmt{&ir.Continue{StmtBase: base}}
	case "return_statement":
		if l.fn.def == nil {
			l.errorf(n, "", "'return' outside function")
		}
		r := &ir.Return{StmtBase: base}
		if cs := children(n); len(cs) > 0 {
			r.Value = l.expr(cs[0])
		}
		return []ir.Stmt{r}
	case "if_statement":
		return []ir.Stmt{l.lowerIf(n)}
	case "while_statement":
		w := &ir.While{StmtBase: base, Cond: l.expr(n.ChildByFieldName("condition"))}
		l.fn.loops++
		w.Body = l.lowerBody(n.ChildByFieldName("body"))
		l.fn.loops--
		if alt := n.ChildByFieldName("alternative"); alt != nil {
			w.Else = l.lowerBody(alt.ChildByFieldName("body"))
		}
		return []ir.Stmt{w}
	case "for_statement":
		return []ir.Stmt{l.lowerFor(n)}
	case "try_statement":
		return []ir.Stmt{l.lowerTry(n)}
	case "with_statement":
		return []ir.Stmt{l.lowerWith(n)}
	case "function_definition":
		return []ir.Stmt{l.lowerFuncDef(n, nil)}
	case "decorated_definition":
		var decos []*node
		for _, c := range children(n) {
			if c.Type() == "decorator" {
				decos = append(decos, c)
			}
		}
		def := n.ChildByFieldName("definition")
		if def == nil {
			return nil
		}
		if def.Type() == "class_definition" {
			return []ir.Stmt{l.lowerClass(def, decos)}
		}
		return []ir.Stmt{l.lowerFuncDef(def, decos)}
	case "class_definition":
		return []ir.Stmt{l.lowerClass(n, nil)}
	case "raise_statement":
		return []ir.Stmt{l.lowerRaise(n)}
	case "global_statement", "nonlocal_statement":
		var names []string
		var decls []declaredName
		for _, c := range children(n) {
			if c.Type() == "identifier" {
				names = append(names, l.text(c))
				decls = append(decls, declaredName{l.text(c), l.pos(n)})
			}
		}
		global := n.Type() == "global_statement"
		l.declare(decls, global)
		if global {
			return []ir.Stmt{&ir.Global{StmtBase: base, Names: names}}
		}
		return []ir.Stmt{&ir.Nonlocal{StmtBase: base, Names: names}}
	case "import_statement":
		return l.lowerImport(n)
	case "import_from_statement":
		return l.lowerImportFrom(n)
	case "future_import_statement":
		l.lowerFutureImport(n)
		return nil
	case "assert_statement":
		cs := children(n)
		a := &ir.Assert{StmtBase: base}
		if len(cs) > 0 {
			a.Test = l.expr(cs[0])
		}
		if len(cs) > 1 {
			a.Msg = l.expr(cs[1])
		}
		return []ir.Stmt{a}
	case "delete_statement":
		d := &ir.Delete{StmtBase: base}
		for _, c := range children(n) {
			if c.Type() == "expression_list" {
				for _, e := range children(c) {
					d.Targets = append(d.Targets, l.delTarget(e))
				}
			} else {
				d.Targets = append(d.Targets, l.delTarget(c))
			}
		}
		return []ir.Stmt{d}
	case "print_statement":
		l.errorf(n, "", "Missing parentheses in call to 'print'. Did you mean print(...)?")
		return nil
	case "exec_statement":
		l.errorf(n, "", "Missing parentheses in call to 'exec'. Did you mean exec(...)?")
		return nil
	case "match_statement":
		return l.lowerMatch(n)
	case "type_alias_statement":
		l.errorf(n, "", "invalid syntax")
		return nil
	case "ERROR":
		return nil
	}
	if !l.hasSyntaxErrors {
		l.errorf(n, "", "unsupported syntax: %s", n.Type())
	}
	return nil
}

func (l *lowerer) lowerExprStmt(n *node) []ir.Stmt {
	cs := children(n)
	if len(cs) == 0 {
		return nil
	}
	p := l.pos(n)
	if len(cs) == 1 {
		switch cs[0].Type() {
		case "assignment":
			return []ir.Stmt{l.lowerAssign(cs[0])}
		case "augmented_assignment":
			return []ir.Stmt{l.lowerAugAssign(cs[0])}
		}
		return []ir.Stmt{&ir.ExprStmt{StmtBase: ir.StmtBase{Pos: p}, X: l.expr(cs[0])}}
	}
	t := &ir.TupleLit{ExprBase: ir.ExprBase{Pos: p}}
	for _, c := range cs {
		t.Elts = append(t.Elts, l.expr(c))
	}
	return []ir.Stmt{&ir.ExprStmt{StmtBase: ir.StmtBase{Pos: p}, X: t}}
}

func (l *lowerer) lowerAssign(n *node) ir.Stmt {
	a := &ir.Assign{StmtBase: ir.StmtBase{Pos: l.pos(n)}}
	cur := n
	var lefts []*node
	for {
		lefts = append(lefts, cur.ChildByFieldName("left"))
		if t := cur.ChildByFieldName("type"); t != nil {
			a.Annotation = l.annotation(t, l.scope.s.Kind == ir.ModuleScope)
			if cd := l.scope.class; cd != nil {
				if left := cur.ChildByFieldName("left"); left != nil && left.Type() == "identifier" {
					cd.Annotations = append(cd.Annotations, ir.ClassAnnotation{Name: l.text(left), ClassVar: isClassVarAnnotation(a.Annotation)})
				}
			}
		}
		right := cur.ChildByFieldName("right")
		if right != nil && right.Type() == "assignment" {
			cur = right
			continue
		}
		if right == nil {
			// `x: int` runs nothing, but makes x local to a function.
			if left := lefts[0]; left.Type() == "identifier" {
				if name := l.text(left); pythonKeywords[name] {
					l.errorf(left, "", "invalid syntax")
				} else if l.scope.s.Kind != ir.ModuleScope {
					l.bind(name, l.pos(left), ir.SymLocal, false)
				}
			}
			return &ir.Pass{StmtBase: a.StmtBase}
		}
		// Python evaluates the value before binding any target.
		a.Value = l.expr(right)
		break
	}
	for _, left := range lefts {
		a.Targets = append(a.Targets, l.target(left))
	}
	return a
}

var augOps = map[string]ir.BinOpKind{
	"+=": ir.Add, "-=": ir.Sub, "*=": ir.Mul, "@=": ir.MatMul, "/=": ir.Div, "//=": ir.FloorDiv,
	"%=": ir.Mod, "**=": ir.Pow, "<<=": ir.LShift, ">>=": ir.RShift, "|=": ir.BitOr, "^=": ir.BitXor,
	"&=": ir.BitAnd,
}

func (l *lowerer) lowerAugAssign(n *node) ir.Stmt {
	a := &ir.AugAssign{StmtBase: ir.StmtBase{Pos: l.pos(n)}}
	if op := n.ChildByFieldName("operator"); op != nil {
		a.Op = augOps[op.Type()]
	}
	a.Value = l.expr(n.ChildByFieldName("right"))
	left := n.ChildByFieldName("left")
	switch left.Type() {
	case "identifier":
		name := l.text(left)
		ref := &ir.Name{ExprBase: ir.ExprBase{Pos: l.pos(left)}, Id: name}
		l.scope.used[name] = true
		ref.Sym = l.bind(name, ref.Pos, ir.SymLocal, true)
		a.Target = ref
	case "attribute", "subscript":
		a.Target = l.expr(left)
	default:
		kind := map[string]string{"pattern_list": "tuple", "tuple_pattern": "tuple", "list_pattern": "list",
			"expression_list": "tuple", "tuple": "tuple", "list": "list"}[left.Type()]
		if kind == "" {
			kind = "expression"
		}
		l.errorf(left, "", "'%s' is an illegal expression for augmented assignment", kind)
		a.Target = l.badExpr(left)
	}
	return a
}

// annotation lowers an annotation. Annotations are hints: codegen never
// evaluates them, so they may use typing names (see resolveLibrary), and
// whatever CPython would run when evaluating one is rejected here.
// evaluated says whether CPython evaluates it (a parameter, return or
// module-level annotation without `from __future__ import annotations`).
func (l *lowerer) annotation(t *node, evaluated bool) ir.Expr {
	l.annDepth++
	e := l.expr(t)
	l.annDepth--
	if e == nil {
		return nil
	}
	evaluated = evaluated && !l.futureAnnotations
	ir.Inspect(e, func(n any) bool {
		x, ok := n.(ir.Expr)
		if !ok {
			return true
		}
		l.annNodes[x] = evaluated
		switch x.(type) {
		case *ir.Call, *ir.Await, *ir.Lambda, *ir.Comp, *ir.NamedExpr:
			l.errAt(x.GetPos(), "an annotation should only name types, such as `list[int]` or `Optional[str]`",
				"annotations that compute values are not supported")
			return false
		}
		return true
	})
	return e
}

// typeExpr lowers the `type` node tree-sitter wraps annotations in, and the
// generic_type (`list[int]`) and splat_type (`*Ts`) nodes found inside it.
func (l *lowerer) typeExpr(n *node) ir.Expr {
	base := ir.ExprBase{Pos: l.pos(n)}
	switch n.Type() {
	case "type":
		if cs := children(n); len(cs) == 1 {
			return l.expr(cs[0])
		}
		l.exprErr(n)
		return l.badExpr(n)
	case "generic_type":
		cs := children(n)
		if len(cs) != 2 || cs[1].Type() != "type_parameter" {
			l.exprErr(n)
			return l.badExpr(n)
		}
		s := &ir.Subscript{ExprBase: base, X: l.expr(cs[0])}
		params := l.exprs(children(cs[1]))
		if len(params) == 1 && !trailingCommaBefore(cs[1], "]") {
			s.Index = params[0]
		} else {
			s.Index = &ir.TupleLit{ExprBase: ir.ExprBase{Pos: l.posAfter(cs[1], "[")}, Elts: params}
		}
		return s
	case "splat_type":
		return &ir.Starred{ExprBase: base, X: l.expr(onlyChild(n))}
	}
	l.exprErr(n)
	return l.badExpr(n)
}

// noOpFutures are the features every Python 3.11 program already has.
var noOpFutures = set("nested_scopes generators division absolute_import with_statement print_function " +
	"unicode_literals generator_stop")

// lowerFutureImport checks a `from __future__ import ...` like CPython's
// compiler. It binds the feature names to feature objects, which are not
// supported as values (see resolveLibrary).
func (l *lowerer) lowerFutureImport(n *node) {
	if !l.futureAllowedAt(n) {
		l.errorf(n, "", "from __future__ imports must occur at the beginning of the file")
		return
	}
	for _, c := range children(n) {
		nameNode, bound := c, ""
		if c.Type() == "aliased_import" {
			nameNode = c.ChildByFieldName("name")
			bound = l.text(c.ChildByFieldName("alias"))
		}
		name := l.text(nameNode)
		if bound == "" {
			bound = name
		}
		switch {
		case name == "annotations":
			l.futureAnnotations = true
		case name == "braces":
			l.errorf(n, "", "not a chance")
			continue
		case name == "barry_as_FLUFL":
			l.errorf(c, "", "'from __future__ import %s' is not supported", name)
			continue
		case !noOpFutures[name]:
			l.errorf(n, "", "future feature %s is not defined", name)
			continue
		}
		l.futureNames[bound] = name
	}
}

// futureAllowedAt reports whether a future import may stand at n: at
// module level, after nothing but a docstring and other future imports.
func (l *lowerer) futureAllowedAt(n *node) bool {
	parent := n.Parent()
	if parent == nil || parent.Type() != "module" {
		return false
	}
	for i, s := range children(parent) {
		if s == n {
			return true
		}
		switch {
		case s.Type() == "future_import_statement":
		case i == 0 && s.Type() == "expression_statement" && l.isDocstring(s):
		default:
			return false
		}
	}
	return false
}

// isDocstring reports whether an expression statement is a plain string
// literal (implicit concatenation included; f-strings and bytes are not).
func (l *lowerer) isDocstring(s *node) bool {
	cs := children(s)
	if len(cs) != 1 {
		return false
	}
	strs := []*node{cs[0]}
	switch cs[0].Type() {
	case "string":
	case "concatenated_string":
		strs = children(cs[0])
	default:
		return false
	}
	for _, str := range strs {
		if str.Type() != "string" {
			return false
		}
		start := onlyChild(str)
		if start.Type() != "string_start" || strings.ContainsAny(l.text(start), "bBfF") {
			return false
		}
	}
	return true
}

func (l *lowerer) lowerIf(n *node) ir.Stmt {
	top := &ir.If{StmtBase: ir.StmtBase{Pos: l.pos(n)}, Cond: l.expr(n.ChildByFieldName("condition"))}
	if c := l.text(n.ChildByFieldName("condition")); c == "TYPE_CHECKING" || c == "typing.TYPE_CHECKING" {
		top.Body = l.typeCheckingOnly(n.ChildByFieldName("consequence"), top.Pos)
	} else {
		top.Body = l.lowerBody(n.ChildByFieldName("consequence"))
	}
	cur := top
	for i := 0; i < int(n.ChildCount()); i++ {
		if n.FieldNameForChild(i) != "alternative" {
			continue
		}
		alt := n.Child(i)
		switch alt.Type() {
		case "elif_clause":
			next := &ir.If{StmtBase: ir.StmtBase{Pos: l.pos(alt)}, Cond: l.expr(alt.ChildByFieldName("condition"))}
			next.Body = l.lowerBody(alt.ChildByFieldName("consequence"))
			cur.Else = []ir.Stmt{next}
			cur = next
		case "else_clause":
			cur.Else = l.lowerBody(alt.ChildByFieldName("body"))
		}
	}
	return top
}

func (l *lowerer) lowerFor(n *node) ir.Stmt {
	f := &ir.For{StmtBase: ir.StmtBase{Pos: l.pos(n)}, IsAsync: hasToken(n, "async")}
	if f.IsAsync {
		l.checkAsyncStmt(n, "async for")
	}
	f.Iter = l.expr(n.ChildByFieldName("right"))
	f.Target = l.target(n.ChildByFieldName("left"))
	l.fn.loops++
	f.Body = l.lowerBody(n.ChildByFieldName("body"))
	l.fn.loops--
	if alt := n.ChildByFieldName("alternative"); alt != nil {
		f.Else = l.lowerBody(alt.ChildByFieldName("body"))
	}
	return f
}

// checkAsyncStmt reports `async with`/`async for` outside an async def;
// at module level they make the module a notebook-style coroutine.
func (l *lowerer) checkAsyncStmt(n *node, what string) {
	switch {
	case l.fn.def == nil:
		l.mod.TopLevelAwait = true
	case l.fn.def.IsLambda || !l.fn.def.IsAsync:
		l.errorf(n, "make the enclosing function `async def`", "'%s' outside async function", what)
	}
}

func (l *lowerer) lowerTry(n *node) ir.Stmt {
	t := &ir.Try{StmtBase: ir.StmtBase{Pos: l.pos(n)}}
	t.Body = l.lowerBody(n.ChildByFieldName("body"))
	sawPlain, sawStar, sawBare := false, false, false
	for _, c := range children(n) {
		switch c.Type() {
		case "except_clause", "except_group_clause":
			star := c.Type() == "except_group_clause"
			if star {
				sawStar = true
			} else {
				sawPlain = true
			}
			if sawBare {
				l.errorf(c, "", "default 'except:' must be last")
			}
			h := &ir.ExceptHandler{Pos: l.pos(c)}
			var body *node
			for _, cc := range children(c) {
				switch cc.Type() {
				case "block":
					body = cc
				case "as_pattern":
					ccs := children(cc)
					if len(ccs) > 0 {
						h.Type = l.expr(ccs[0])
					}
					if alias := cc.ChildByFieldName("alias"); alias != nil {
						ident := alias
						if ac := children(alias); len(ac) == 1 {
							ident = ac[0]
						}
						if ident.Type() != "identifier" {
							l.errorf(ident, "", "invalid syntax")
						} else {
							h.Name = l.text(ident)
							h.Sym = l.bind(h.Name, l.pos(ident), ir.SymLocal, true)
						}
					}
				default:
					if h.Type == nil {
						h.Type = l.expr(cc)
					}
				}
			}
			if h.Type == nil {
				if star {
					l.errorf(c, "", "expected one or more exception types")
				}
				sawBare = true
			}
			h.Body = l.lowerBody(body)
			t.Handlers = append(t.Handlers, h)
		case "else_clause":
			t.Else = l.lowerBody(c.ChildByFieldName("body"))
		case "finally_clause":
			for _, cc := range children(c) {
				if cc.Type() == "block" {
					t.Finally = l.lowerBlock(cc)
				}
			}
		}
	}
	if len(t.Handlers) == 0 && t.Finally == nil && !l.hasSyntaxErrors {
		l.errorf(n, "", "expected 'except' or 'finally' block")
	}
	if sawPlain && sawStar {
		l.errorf(n, "", "cannot have both 'except' and 'except*' on the same 'try'")
	}
	t.Star = sawStar
	return t
}

func (l *lowerer) lowerWith(n *node) ir.Stmt {
	w := &ir.With{StmtBase: ir.StmtBase{Pos: l.pos(n)}, IsAsync: hasToken(n, "async")}
	if w.IsAsync {
		l.checkAsyncStmt(n, "async with")
	}
	for _, c := range children(n) {
		if c.Type() != "with_clause" {
			continue
		}
		for _, item := range children(c) {
			if item.Type() != "with_item" {
				continue
			}
			v := item.ChildByFieldName("value")
			if v == nil {
				continue
			}
			if v.Type() == "as_pattern" {
				wi := ir.WithItem{}
				vs := children(v)
				if len(vs) > 0 {
					wi.Ctx = l.expr(vs[0])
				}
				if alias := v.ChildByFieldName("alias"); alias != nil {
					tgt := alias
					if ac := children(alias); len(ac) == 1 {
						tgt = ac[0]
					}
					wi.Var = l.target(tgt)
				}
				w.Items = append(w.Items, wi)
			} else {
				w.Items = append(w.Items, ir.WithItem{Ctx: l.expr(v)})
			}
		}
	}
	w.Body = l.lowerBody(n.ChildByFieldName("body"))
	return w
}

func (l *lowerer) lowerRaise(n *node) ir.Stmt {
	r := &ir.Raise{StmtBase: ir.StmtBase{Pos: l.pos(n)}}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if !c.IsNamed() || c.Type() == "comment" {
			continue
		}
		if n.FieldNameForChild(i) == "cause" {
			if c.Type() == "none" {
				r.FromNone = true
			} else {
				r.Cause = l.expr(c)
			}
			continue
		}
		r.Exc = l.expr(c)
	}
	return r
}

// lowerFuncDef lowers a def or async def (decos: its decorators, if any).
func (l *lowerer) lowerFuncDef(n *node, decos []*node) ir.Stmt {
	nameNode := n.ChildByFieldName("name")
	fd := &ir.FuncDef{StmtBase: ir.StmtBase{Pos: l.pos(n)}, IsAsync: hasToken(n, "async"), Parent: l.fn.def}
	if nameNode != nil {
		fd.Name = l.text(nameNode)
	}
	fd.QualName = l.scope.qualPrefix + fd.Name
	fd.FirstLine = fd.Pos.Line
	fd.Class = l.scope.class
	for i, d := range decos {
		if i == 0 {
			fd.FirstLine = l.pos(d).Line
		}
		if cs := children(d); len(cs) > 0 {
			fd.Decorators = append(fd.Decorators, l.expr(cs[0]))
		}
	}
	l.mod.Funcs = append(l.mod.Funcs, fd)
	params := l.lowerParams(n.ChildByFieldName("parameters"))
	if rt := n.ChildByFieldName("return_type"); rt != nil {
		fd.Returns = l.annotation(rt, true)
	}
	if nameNode != nil {
		fd.Sym = l.bind(fd.Name, l.pos(nameNode), ir.SymLocal, true)
	}
	l.lowerFuncBody(fd, params, func() {
		fd.Body = l.lowerBody(n.ChildByFieldName("body"))
	})
	return fd
}

// lowerFuncBody opens the function's scope, binds its parameters and runs
// body inside it.
func (l *lowerer) lowerFuncBody(fd *ir.FuncDef, params []*ir.Param, body func()) {
	fd.Params = params
	l.pushScope(ir.FunctionScope, fd, fd.QualName+".<locals>.")
	fd.Scope = l.scope.s
	for _, p := range params {
		if l.scope.params[p.Name] {
			l.errAt(p.Pos, "", "duplicate argument '%s' in function definition", p.Name)
		}
		p.Sym = l.bind(p.Name, p.Pos, ir.SymParam, true)
	}
	saved := l.fn
	l.fn = &funcCtx{def: fd}
	body()
	l.fn = saved
	l.popScope()
}

// lowerParams lowers parameter declarations; defaults and annotations are
// evaluated in the enclosing scope, so this runs before the new scope opens.
func (l *lowerer) lowerParams(n *node) []*ir.Param {
	if n == nil {
		return nil
	}
	var params []*ir.Param
	kwOnly, sawDefault, sawVarKw := false, false, false
	for _, c := range children(n) {
		if sawVarKw {
			l.errorf(c, "", "arguments cannot follow var-keyword argument")
			break
		}
		p := &ir.Param{Pos: l.pos(c), Kind: ir.ParamPositional}
		switch c.Type() {
		case "identifier":
			p.Name = l.text(c)
		case "typed_parameter":
			inner := children(c)
			if len(inner) > 0 {
				switch inner[0].Type() {
				case "list_splat_pattern":
					p.Kind = ir.ParamVarArgs
					kwOnly = true
					p.Name = l.text(onlyChild(inner[0]))
				case "dictionary_splat_pattern":
					p.Kind = ir.ParamVarKw
					p.Name = l.text(onlyChild(inner[0]))
				default:
					p.Name = l.text(inner[0])
				}
			}
			if t := c.ChildByFieldName("type"); t != nil {
				p.Annotation = l.annotation(t, true)
			}
		case "default_parameter", "typed_default_parameter":
			p.Name = l.text(c.ChildByFieldName("name"))
			p.Default = l.expr(c.ChildByFieldName("value"))
			if t := c.ChildByFieldName("type"); t != nil {
				p.Annotation = l.annotation(t, true)
			}
		case "list_splat_pattern":
			p.Kind = ir.ParamVarArgs
			kwOnly = true
			if cs := children(c); len(cs) > 0 {
				p.Name = l.text(cs[0])
			}
		case "dictionary_splat_pattern":
			p.Kind = ir.ParamVarKw
			if cs := children(c); len(cs) > 0 {
				p.Name = l.text(cs[0])
			}
		case "keyword_separator":
			kwOnly = true
			continue
		case "positional_separator":
			for _, q := range params {
				if q.Kind == ir.ParamPositional {
					q.Kind = ir.ParamPosOnly
				}
			}
			continue
		default:
			if !l.hasSyntaxErrors {
				l.errorf(c, "", "unsupported parameter syntax: %s", c.Type())
			}
			continue
		}
		if p.Kind == ir.ParamVarKw {
			sawVarKw = true
		}
		if p.Kind == ir.ParamPositional && kwOnly {
			p.Kind = ir.ParamKwOnly
		}
		if p.Kind == ir.ParamPositional {
			if p.Default != nil {
				sawDefault = true
			} else if sawDefault {
				l.errAt(p.Pos, "", "non-default argument follows default argument")
			}
		}
		params = append(params, p)
	}
	return params
}

// unsupportedClassNames are class attributes whose protocols the runtime
// does not implement: defining one in a class body is rejected.
var unsupportedClassNames = map[string]string{
	"__new__":           "defining __new__ is",
	"__init_subclass__": "defining __init_subclass__ is",
	"__class_getitem__": "defining __class_getitem__ is",
	"__getattribute__":  "defining __getattribute__ is",
	"__delattr__":       "defining __delattr__ is",
	"__set_name__":      "defining __set_name__ (descriptors) is",
	"__get__":           "defining __get__ (descriptors) is",
	"__set__":           "defining __set__ (descriptors) is",
	"__delete__":        "defining __delete__ (descriptors) is",
	"__del__":           "defining __del__ (finalizers) is",
}

// isClassVarAnnotation reports whether an annotation is ClassVar or
// ClassVar[...] (typing.ClassVar too), which dataclasses do not make fields.
func isClassVarAnnotation(ann ir.Expr) bool {
	if sub, ok := ann.(*ir.Subscript); ok {
		ann = sub.X
	}
	switch a := ann.(type) {
	case *ir.Name:
		return a.Id == "ClassVar"
	case *ir.Attribute:
		return a.Name == "ClassVar"
	}
	return false
}

// lowerClass lowers a class statement (decos: its decorators). The body is
// lowered in a class scope; the bases, keywords and decorators in the
// enclosing one.
func (l *lowerer) lowerClass(n *node, decos []*node) ir.Stmt {
	nameNode := n.ChildByFieldName("name")
	cd := &ir.ClassDef{StmtBase: ir.StmtBase{Pos: l.pos(n)}}
	cd.FirstLine = cd.Pos.Line
	if nameNode != nil {
		cd.Name = l.text(nameNode)
	}
	cd.QualName = l.scope.qualPrefix + cd.Name
	for i, d := range decos {
		if i == 0 {
			cd.FirstLine = l.pos(d).Line
		}
		if cs := children(d); len(cs) > 0 {
			cd.Decorators = append(cd.Decorators, l.expr(cs[0]))
		}
	}
	if sup := n.ChildByFieldName("superclasses"); sup != nil {
		for _, c := range children(sup) {
			switch c.Type() {
			case "keyword_argument":
				if name := c.ChildByFieldName("name"); name != nil && l.text(name) == "metaclass" {
					l.unsupported(c, "metaclasses are", "")
				} else {
					l.unsupported(c, "class keyword arguments are", "")
				}
			case "list_splat", "dictionary_splat":
				l.unsupported(c, "unpacking in a class's bases is", "")
			default:
				cd.Bases = append(cd.Bases, l.expr(c))
			}
		}
	}
	sb := l.pushScope(ir.ClassScope, nil, cd.QualName+".")
	sb.class = cd
	cd.Scope = sb.s
	saved := l.fn
	l.fn = &funcCtx{def: saved.def}
	if body := n.ChildByFieldName("body"); body != nil {
		if cs := children(body); len(cs) > 0 && cs[0].Type() == "expression_statement" && len(children(cs[0])) == 1 && children(cs[0])[0].Type() == "string" {
			if lit, ok := l.expr(children(cs[0])[0]).(*ir.StrLit); ok {
				cd.Doc = lit.Value
			}
		}
		cd.Body = l.lowerBody(body)
	}
	l.fn = saved
	for _, sym := range sb.s.Order {
		if what, bad := unsupportedClassNames[sym.Name]; bad && sym.Kind == ir.SymLocal {
			l.errAt(sym.Pos, "", "%s not supported", what)
		}
	}
	l.popScope()
	if nameNode != nil {
		cd.Sym = l.bind(cd.Name, l.pos(nameNode), ir.SymLocal, true)
		l.classSyms[cd.Sym] = true
	}
	l.classes = append(l.classes, cd)
	return cd
}

func (l *lowerer) lowerImport(n *node) []ir.Stmt {
	imp := &ir.Import{StmtBase: ir.StmtBase{Pos: l.pos(n)}}
	for _, c := range children(n) {
		var nameNode, aliasNode *node
		switch c.Type() {
		case "dotted_name":
			nameNode = c
		case "aliased_import":
			nameNode, aliasNode = c.ChildByFieldName("name"), c.ChildByFieldName("alias")
		default:
			continue
		}
		in := ir.ImportName{Name: l.text(nameNode)}
		bound := in.Name
		if aliasNode != nil {
			in.Alias = l.text(aliasNode)
			bound = in.Alias
		} else if cs := children(nameNode); len(cs) > 0 {
			bound = l.text(cs[0])
		}
		supported := surface.LookupModule(in.Name) != nil
		if !supported {
			l.errorf(nameNode, unsupportedModuleHint(in.Name), "module '%s' is not supported%s", in.Name, outOfScopeNote(surface.OutOfScopeModule(in.Name)))
		}
		in.Sym = l.bind(bound, l.pos(nameNode), ir.SymLocal, true)
		switch {
		case supported && aliasNode == nil && bound != in.Name && surface.LookupModule(bound) != nil:
			// `import os.path` binds os.
			l.noteLibImport(in.Sym, bound, "")
		case supported:
			l.noteLibImport(in.Sym, in.Name, "")
		case aliasNode == nil && surface.LookupModule(bound) != nil && !isAnnotationModule(bound):
			// `import asyncio.subprocess` still binds asyncio itself.
			l.noteLibImport(in.Sym, bound, "")
		}
		imp.Names = append(imp.Names, in)
	}
	return []ir.Stmt{imp}
}

func (l *lowerer) lowerImportFrom(n *node) []ir.Stmt {
	modNode := n.ChildByFieldName("module_name")
	if modNode == nil {
		return nil
	}
	imp := &ir.ImportFrom{StmtBase: ir.StmtBase{Pos: l.pos(n)}, Module: l.text(modNode)}
	mod := surface.LookupModule(imp.Module)
	switch {
	case modNode.Type() == "relative_import":
		l.unsupported(modNode, "relative imports are", "")
	case mod == nil:
		l.errorf(modNode, unsupportedModuleHint(imp.Module), "module '%s' is not supported%s", imp.Module, outOfScopeNote(surface.OutOfScopeModule(imp.Module)))
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c.Type() == "wildcard_import" {
			l.errorf(c, "import the names you use", "'from %s import *' is not supported", imp.Module)
			continue
		}
		if n.FieldNameForChild(i) != "name" {
			continue
		}
		nameNode, aliasNode := c, (*node)(nil)
		if c.Type() == "aliased_import" {
			nameNode, aliasNode = c.ChildByFieldName("name"), c.ChildByFieldName("alias")
		}
		in := ir.ImportName{Name: l.text(nameNode)}
		bound := in.Name
		if aliasNode != nil {
			in.Alias = l.text(aliasNode)
			bound = in.Alias
		}
		ok := mod != nil && (surface.Lookup(imp.Module, in.Name) != nil || surface.HintOnly(imp.Module, in.Name))
		if mod != nil && !ok {
			l.errorf(nameNode, "", "'%s.%s' is not supported%s", imp.Module, in.Name, outOfScopeNote(surface.OutOfScope(imp.Module, in.Name)))
		}
		in.Sym = l.bind(bound, l.pos(nameNode), ir.SymLocal, true)
		if ok {
			l.noteLibImport(in.Sym, imp.Module, in.Name)
		}
		imp.Names = append(imp.Names, in)
	}
	return []ir.Stmt{imp}
}

func (l *lowerer) noteLibImport(sym *ir.Symbol, module, attr string) {
	li := l.libImports[sym]
	if li == nil {
		li = &libImport{module: module, attr: attr}
		l.libImports[sym] = li
	}
	if li.module != module || li.attr != attr {
		li.conflict = true
	}
	li.count++
}

// indentAt returns the width of the indentation before off when off is the
// first non-blank byte of its line, else -1.
func (l *lowerer) indentAt(off int) int {
	p := l.posAt(off)
	width := 0
	for _, b := range l.src[l.lineStarts[p.Line-1]:off] {
		switch b {
		case ' ':
			width++
		case '\t':
			width += 8 - width%8
		case '\f':
			width = 0
		default:
			return -1
		}
	}
	return width
}

var blockOwners = map[string]string{
	"function_definition": "function definition", "class_definition": "class definition",
	"if_statement": "'if' statement", "elif_clause": "'elif' statement", "else_clause": "'else' statement",
	"for_statement": "'for' statement", "while_statement": "'while' statement", "try_statement": "'try' statement",
	"except_clause": "'except' statement", "except_group_clause": "'except*' statement",
	"finally_clause": "'finally' statement", "with_statement": "'with' statement",
	"match_statement": "'match' statement", "case_clause": "'case' statement",
}

// checkIndentation reports the indentation errors tree-sitter tolerates: a
// block body not indented past its header, and statements of one block that
// are indented differently.
func (l *lowerer) checkIndentation(n *node) {
	stmts := children(n)
	if l.hasSyntaxErrors && n.HasError() {
		return
	}
	if len(stmts) == 0 {
		if header := n.Parent(); n.Type() == "block" && header != nil && blockOwners[header.Type()] != "" {
			off := int(n.EndByte())
			for off < len(l.src) && strings.IndexByte(" \t\r\n\f", l.src[off]) >= 0 {
				off++
			}
			at := l.posAt(off)
			for line := l.pos(header).Line; line <= at.Line; line++ {
				if l.syntaxLines[line] {
					// tree-sitter's recovery took the body into the error reported
					// there: the empty block is its consequence, not a second mistake.
					return
				}
			}
			l.syntaxErrAt(at, "expected an indented block after %s on line %d", blockOwners[header.Type()], l.pos(header).Line)
		}
		return
	}
	want := 0
	if n.Type() == "block" {
		want = l.indentAt(int(stmts[0].StartByte()))
		if want < 0 {
			return // body on the header's line
		}
		header := n.Parent()
		if header != nil {
			if owner := blockOwners[header.Type()]; owner != "" {
				hdrIndent := l.indentAt(int(header.StartByte()))
				if header.Parent() != nil && header.Parent().Type() == "decorated_definition" {
					hdrIndent = l.indentAt(int(header.Parent().StartByte()))
				}
				if hdrIndent >= 0 && want <= hdrIndent {
					l.syntaxErrAt(l.pos(stmts[0]), "expected an indented block after %s on line %d", owner, l.pos(header).Line)
					return
				}
			}
		}
	}
	for i, s := range stmts {
		got := l.indentAt(int(s.StartByte()))
		if got >= 0 && got != want {
			// As CPython's tokenizer sees it: deeper than the line before
			// is an unexpected indent; shallower must match a level.
			prev, levels := l.indentLevelsBefore(n, stmts[:i], want)
			if got > prev || levels[got] {
				l.syntaxErrAt(l.pos(s), "unexpected indent")
			} else {
				l.syntaxErrAt(l.pos(s), "unindent does not match any outer indentation level")
			}
			return
		}
		if got >= 0 && l.checkClauseIndentation(s, got) {
			return
		}
		if got >= 0 && s.Type() == "decorated_definition" {
			// A def or class deeper than its decorators is, to CPython's
			// tokenizer, an unexpected indent (tree-sitter accepts it).
			for _, c := range children(s) {
				if d := l.indentAt(int(c.StartByte())); d > got && c.Type() != "comment" {
					l.syntaxErrAt(l.pos(c), "unexpected indent")
					return
				}
			}
		}
	}
}

// continuationClauses are the clauses that must line up with the
// statement they continue (tree-sitter accepts them at any indentation).
var continuationClauses = map[string]bool{
	"elif_clause": true, "else_clause": true, "except_clause": true,
	"except_group_clause": true, "finally_clause": true,
}

// checkClauseIndentation reports an elif/else/except/finally clause that
// does not start at its statement's indentation, with the message CPython's
// tokenizer gives: deeper than the line before it is an unexpected indent
// (for a one-line try's first handler, the parser's "expected 'except'"),
// and shallower must land on an indentation some enclosing line has.
func (l *lowerer) checkClauseIndentation(s *node, indent int) bool {
	first := true
	for i, c := range children(s) {
		if !continuationClauses[c.Type()] {
			continue
		}
		got := l.indentAt(int(c.StartByte()))
		wasFirst := first
		first = false
		if got < 0 || got == indent {
			continue
		}
		prev, levels := l.indentLevelsBefore(s, children(s)[:i], indent)
		levels[indent] = true
		switch {
		case got > prev && wasFirst && s.Type() == "try_statement" && l.inlineBody(s):
			l.syntaxErrAt(l.pos(c), "expected 'except' or 'finally' block")
		case got > prev:
			l.syntaxErrAt(l.pos(c), "unexpected indent")
		case !levels[got]:
			l.syntaxErrAt(l.pos(c), "unindent does not match any outer indentation level")
		default:
			l.syntaxErrAt(l.pos(c), "invalid syntax")
		}
		return true
	}
	return false
}

// indentLevelsBefore is the tokenizer's indentation stack after the nodes
// before (children of container, indented by indent): the indentations of
// the statements enclosing container, indent itself, and those of the last
// lines of the preceding bodies. prev is the innermost (the line just
// before).
func (l *lowerer) indentLevelsBefore(container *node, before []*node, indent int) (prev int, levels map[int]bool) {
	levels = map[int]bool{0: true, indent: true}
	for p := container; p != nil; p = p.Parent() {
		if in := l.indentAt(int(p.StartByte())); in >= 0 {
			levels[in] = true
		}
	}
	prev = indent
	var last *node
	if len(before) > 0 {
		last = before[len(before)-1]
	}
	for last != nil {
		var body *node
		if last.Type() == "block" {
			body = last
		} else {
			kids := children(last)
			for j := len(kids) - 1; j >= 0 && body == nil; j-- {
				if kids[j].Type() == "block" || continuationClauses[kids[j].Type()] {
					body = kids[j]
				}
			}
			if body != nil && body.Type() != "block" {
				last = body
				continue
			}
		}
		if body == nil {
			break
		}
		stmts := children(body)
		if len(stmts) == 0 {
			break
		}
		last = stmts[len(stmts)-1]
		if in := l.indentAt(int(last.StartByte())); in >= 0 {
			levels[in] = true
			prev = in
		}
	}
	return prev, levels
}

// inlineBody reports a compound statement whose body sits on its header line.
func (l *lowerer) inlineBody(s *node) bool {
	for _, c := range children(s) {
		if c.Type() == "block" {
			body := children(c)
			return len(body) > 0 && l.indentAt(int(body[0].StartByte())) < 0
		}
	}
	return false
}
