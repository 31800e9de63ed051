package frontend

import "github.com/pyasync2go/pyasync2go/ir"

// typeCheckingOnly lowers the body of `if TYPE_CHECKING:`, which only type
// checkers read (typing.TYPE_CHECKING is False at run time): what it
// imports or does never runs, so only its syntax errors are reported, and
// it becomes `pass`. Names it binds stay unbound, as in CPython.
func (l *lowerer) typeCheckingOnly(body *node, pos ir.Pos) []ir.Stmt {
	start := len(l.diags)
	l.lowerBody(body)
	kept := l.diags[:start]
	for i := start; i < len(l.diags); i++ {
		if l.syntaxIdx[i] {
			delete(l.syntaxIdx, i)
			l.syntaxIdx[len(kept)] = true
			kept = append(kept, l.diags[i])
		}
	}
	l.diags = kept
	return []ir.Stmt{&ir.Pass{StmtBase: ir.StmtBase{Pos: pos}}}
}
