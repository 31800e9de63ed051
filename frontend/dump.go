package frontend

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Dump renders a module's IR compactly, one statement per line, for tests
// and for debugging the translator. Names carry their symbol kind (`x` is a
// local, `x:param`, `x:free`, `x:global`, `x:builtin`; `x:?` unresolved).
func Dump(m *ir.Module) string {
	d := &dumper{}
	if m.TopLevelAwait {
		d.line(0, "toplevel-await")
	}
	d.stmts(0, m.Body)
	return d.sb.String()
}

type dumper struct{ sb strings.Builder }

func (d *dumper) line(depth int, format string, args ...any) {
	d.sb.WriteString(strings.Repeat("  ", depth))
	fmt.Fprintf(&d.sb, format, args...)
	d.sb.WriteByte('\n')
}

func (d *dumper) stmts(depth int, ss []ir.Stmt) {
	for _, s := range ss {
		d.stmt(depth, s)
	}
}

func (d *dumper) block(depth int, head string, ss []ir.Stmt) {
	d.line(depth, "%s", head)
	d.stmts(depth+1, ss)
}

func (d *dumper) stmt(depth int, s ir.Stmt) {
	switch s := s.(type) {
	case *ir.ExprStmt:
		d.line(depth, "%s", expr(s.X))
	case *ir.Assign:
		parts := make([]string, 0, len(s.Targets)+1)
		for _, t := range s.Targets {
			parts = append(parts, expr(t))
		}
		ann := ""
		if s.Annotation != nil {
			ann = " : " + expr(s.Annotation)
		}
		d.line(depth, "%s%s = %s", strings.Join(parts, " = "), ann, expr(s.Value))
	case *ir.AugAssign:
		d.line(depth, "%s %s= %s", expr(s.Target), ir.BinOpText[s.Op], expr(s.Value))
	case *ir.If:
		d.block(depth, "if "+expr(s.Cond), s.Body)
		if len(s.Else) > 0 {
			d.block(depth, "else", s.Else)
		}
	case *ir.While:
		d.block(depth, "while "+expr(s.Cond), s.Body)
		if len(s.Else) > 0 {
			d.block(depth, "else", s.Else)
		}
	case *ir.For:
		kw := "for"
		if s.IsAsync {
			kw = "async for"
		}
		d.block(depth, fmt.Sprintf("%s %s in %s", kw, expr(s.Target), expr(s.Iter)), s.Body)
		if len(s.Else) > 0 {
			d.block(depth, "else", s.Else)
		}
	case *ir.Break:
		d.line(depth, "break")
	case *ir.Continue:
		d.line(depth, "continue")
	case *ir.Pass:
		d.line(depth, "pass")
	case *ir.Return:
		if s.Value == nil {
			d.line(depth, "return")
		} else {
			d.line(depth, "return %s", expr(s.Value))
		}
	case *ir.Global:
		d.line(depth, "global %s", strings.Join(s.Names, ", "))
	case *ir.Nonlocal:
		d.line(depth, "nonlocal %s", strings.Join(s.Names, ", "))
	case *ir.Delete:
		d.line(depth, "del %s", exprList(s.Targets))
	case *ir.Assert:
		if s.Msg != nil {
			d.line(depth, "assert %s, %s", expr(s.Test), expr(s.Msg))
		} else {
			d.line(depth, "assert %s", expr(s.Test))
		}
	case *ir.Raise:
		text := "raise"
		if s.Exc != nil {
			text += " " + expr(s.Exc)
		}
		if s.Cause != nil {
			text += " from " + expr(s.Cause)
		}
		if s.FromNone {
			text += " from None"
		}
		d.line(depth, "%s", text)
	case *ir.Try:
		d.block(depth, "try", s.Body)
		for _, h := range s.Handlers {
			head := "except"
			if s.Star {
				head = "except*"
			}
			if h.Type != nil {
				head += " " + expr(h.Type)
			}
			if h.Name != "" {
				head += " as " + h.Name
			}
			d.block(depth, head, h.Body)
		}
		if len(s.Else) > 0 {
			d.block(depth, "else", s.Else)
		}
		if len(s.Finally) > 0 {
			d.block(depth, "finally", s.Finally)
		}
	case *ir.With:
		var items []string
		for _, it := range s.Items {
			t := expr(it.Ctx)
			if it.Var != nil {
				t += " as " + expr(it.Var)
			}
			items = append(items, t)
		}
		kw := "with"
		if s.IsAsync {
			kw = "async with"
		}
		d.block(depth, kw+" "+strings.Join(items, ", "), s.Body)
	case *ir.Import:
		var names []string
		for _, n := range s.Names {
			names = append(names, importName(n))
		}
		d.line(depth, "import %s", strings.Join(names, ", "))
	case *ir.ImportFrom:
		var names []string
		for _, n := range s.Names {
			names = append(names, importName(n))
		}
		d.line(depth, "from %s import %s", s.Module, strings.Join(names, ", "))
	case *ir.FuncDef:
		d.block(depth, funcHead(s), s.Body)
	case *ir.ClassDef:
		doc := ""
		if s.Doc != "" {
			doc = " doc=" + strconv.Quote(s.Doc)
		}
		d.block(depth, fmt.Sprintf("class %s(%s) qual=%s%s", s.Name, exprList(s.Bases), s.QualName, doc), s.Body)
	default:
		d.line(depth, "<%T>", s)
	}
}

func importName(n ir.ImportName) string {
	if n.Alias != "" {
		return n.Name + " as " + n.Alias
	}
	return n.Name
}

func funcHead(f *ir.FuncDef) string {
	kw := "def"
	if f.IsAsync {
		kw = "async def"
	}
	var params []string
	for _, p := range f.Params {
		t := p.Name
		switch p.Kind {
		case ir.ParamPosOnly:
			t += "/"
		case ir.ParamVarArgs:
			t = "*" + t
		case ir.ParamKwOnly:
			t = "kw:" + t
		case ir.ParamVarKw:
			t = "**" + t
		}
		if p.Annotation != nil {
			t += ": " + expr(p.Annotation)
		}
		if p.Default != nil {
			t += "=" + expr(p.Default)
		}
		params = append(params, t)
	}
	head := fmt.Sprintf("%s %s(%s)", kw, f.Name, strings.Join(params, ", "))
	if f.Returns != nil {
		head += " -> " + expr(f.Returns)
	}
	head += fmt.Sprintf(" qual=%s line=%d", f.QualName, f.FirstLine)
	if f.Scope != nil {
		var syms []string
		for _, s := range f.Scope.Order {
			if s.Kind == ir.SymBuiltin {
				continue
			}
			syms = append(syms, symText(s))
		}
		if len(syms) > 0 {
			head += " scope[" + strings.Join(syms, " ") + "]"
		}
	}
	return head
}

// symText shows a symbol with its kind, binding count and capture flag.
func symText(s *ir.Symbol) string {
	t := s.Name + ":" + kindText(s.Kind)
	if s.Bindings != 1 {
		t += fmt.Sprintf("#%d", s.Bindings)
	}
	if s.Captured {
		t += "^"
	}
	return t
}

func kindText(k ir.SymKind) string {
	return [...]string{"local", "param", "global", "free", "builtin"}[k]
}

func exprList(es []ir.Expr) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = expr(e)
	}
	return strings.Join(parts, ", ")
}

func args(as []ir.Arg) string {
	parts := make([]string, len(as))
	for i, a := range as {
		switch {
		case a.Star:
			parts[i] = "*" + expr(a.Value)
		case a.DoubleStar:
			parts[i] = "**" + expr(a.Value)
		case a.Name != "":
			parts[i] = a.Name + "=" + expr(a.Value)
		default:
			parts[i] = expr(a.Value)
		}
	}
	return strings.Join(parts, ", ")
}

func expr(e ir.Expr) string {
	switch e := e.(type) {
	case nil:
		return "<nil>"
	case *ir.Name:
		if e.Sym == nil {
			return e.Id + ":?"
		}
		if e.Sym.Kind == ir.SymLocal {
			return e.Id
		}
		return e.Id + ":" + kindText(e.Sym.Kind)
	case *ir.IntLit:
		return e.Value
	case *ir.FloatLit:
		return strconv.FormatFloat(e.Value, 'g', -1, 64) + "f"
	case *ir.ImagLit:
		return strconv.FormatFloat(e.Value, 'g', -1, 64) + "j"
	case *ir.StrLit:
		return strconv.Quote(e.Value)
	case *ir.BytesLit:
		return "b" + strconv.Quote(string(e.Value))
	case *ir.BoolLit:
		if e.Value {
			return "True"
		}
		return "False"
	case *ir.NoneLit:
		return "None"
	case *ir.EllipsisLit:
		return "..."
	case *ir.FString:
		return "f[" + fstringParts(e) + "]"
	case *ir.BinOp:
		return "(" + expr(e.X) + " " + ir.BinOpText[e.Op] + " " + expr(e.Y) + ")"
	case *ir.UnaryOp:
		return "(" + [...]string{"-", "+", "not ", "~"}[e.Op] + expr(e.X) + ")"
	case *ir.BoolOp:
		op := " and "
		if e.Op == ir.Or {
			op = " or "
		}
		parts := make([]string, len(e.Values))
		for i, v := range e.Values {
			parts[i] = expr(v)
		}
		return "(" + strings.Join(parts, op) + ")"
	case *ir.Compare:
		t := expr(e.Left)
		for i, op := range e.Ops {
			if i < len(e.Comparators) {
				t += " " + ir.CmpOpText[op] + " " + expr(e.Comparators[i])
			}
		}
		return "(" + t + ")"
	case *ir.Call:
		return "call " + expr(e.Func) + "(" + args(e.Args) + ")"
	case *ir.Attribute:
		return expr(e.X) + "." + e.Name
	case *ir.Subscript:
		return expr(e.X) + "[" + expr(e.Index) + "]"
	case *ir.Slice:
		opt := func(x ir.Expr) string {
			if x == nil {
				return ""
			}
			return expr(x)
		}
		t := opt(e.Lo) + ":" + opt(e.Hi)
		if e.Step != nil {
			t += ":" + expr(e.Step)
		}
		return t
	case *ir.ListLit:
		return "[" + exprList(e.Elts) + "]"
	case *ir.TupleLit:
		return "(" + exprList(e.Elts) + ",)"
	case *ir.SetLit:
		return "{" + exprList(e.Elts) + "}"
	case *ir.DictLit:
		parts := make([]string, len(e.Values))
		for i := range e.Values {
			if e.Keys[i] == nil {
				parts[i] = "**" + expr(e.Values[i])
			} else {
				parts[i] = expr(e.Keys[i]) + ": " + expr(e.Values[i])
			}
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *ir.Starred:
		return "*" + expr(e.X)
	case *ir.Comp:
		kind := [...]string{"listcomp", "setcomp", "dictcomp", "genexp"}[e.Kind]
		t := kind + "(" + expr(e.Elt)
		if e.Value != nil {
			t += ": " + expr(e.Value)
		}
		for _, g := range e.Generators {
			if g.IsAsync {
				t += " async"
			}
			t += " for " + expr(g.Target) + " in " + expr(g.Iter)
			for _, c := range g.Ifs {
				t += " if " + expr(c)
			}
		}
		return t + ")"
	case *ir.Lambda:
		d := &dumper{}
		body := ""
		if len(e.Func.Body) == 1 {
			if r, ok := e.Func.Body[0].(*ir.Return); ok {
				body = expr(r.Value)
			}
		}
		_ = d
		return "(" + funcHead(e.Func) + ": " + body + ")"
	case *ir.IfExp:
		return "(" + expr(e.Then) + " if " + expr(e.Cond) + " else " + expr(e.Else) + ")"
	case *ir.Await:
		return "await " + expr(e.X)
	case *ir.Yield:
		switch {
		case e.From:
			return "(yield from " + expr(e.X) + ")"
		case e.X == nil:
			return "(yield)"
		}
		return "(yield " + expr(e.X) + ")"
	case *ir.NamedExpr:
		return "(" + expr(e.Target) + " := " + expr(e.Value) + ")"
	case *ir.ModuleRef:
		return "module:" + e.Module
	case *ir.LibAttr:
		return "lib:" + e.Module + "." + e.Name
	case *ir.AsyncCall:
		return fmt.Sprintf("asyncio.%s#%d(%s)", e.Name, e.Op, args(e.Args))
	case *ir.LibCall:
		return "libcall " + e.Module + "." + e.Name + "(" + args(e.Args) + ")"
	case *ir.BuiltinCall:
		return "builtin " + e.Name + "(" + args(e.Args) + ")"
	}
	return fmt.Sprintf("<%T>", e)
}

func fstringParts(f *ir.FString) string {
	var parts []string
	for _, p := range f.Parts {
		if p.X == nil {
			parts = append(parts, strconv.Quote(p.Lit))
			continue
		}
		t := "{"
		if p.SelfDoc != "" {
			t += strconv.Quote(p.SelfDoc) + " "
		}
		t += expr(p.X)
		if p.Conversion != 0 {
			t += "!" + string(p.Conversion)
		}
		if p.Spec != nil {
			t += ":" + fstringParts(p.Spec)
		}
		parts = append(parts, t+"}")
	}
	return strings.Join(parts, " ")
}
