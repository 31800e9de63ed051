package frontend

import "github.com/pyasync2go/pyasync2go/ir"

// maxStaticBlocks is CPython's CO_MAXBLOCKS: its compiler refuses code with
// more nested loop/try/with blocks than this in one function.
const maxStaticBlocks = 20

// checkStaticBlocks reports CPython's "too many statically nested blocks".
// The count follows compile.c's frame blocks: a loop body, each with-item
// and a try body push one; an except body runs under two (the handler and
// its cleanup); a finally body under one. Functions start from zero.
// Tree-sitter and our lowering accept any depth, so without this check a
// program CPython rejects would translate and run.
func (l *lowerer) checkStaticBlocks(body []ir.Stmt) {
	l.blockStmts(body, 0)
}

func (l *lowerer) blockStmts(ss []ir.Stmt, depth int) {
	for _, s := range ss {
		l.blockStmt(s, depth)
	}
}

// enter reports an overflow at p and says whether the walk may go deeper.
func (l *lowerer) enter(p ir.Pos, depth int) bool {
	if depth > maxStaticBlocks {
		l.syntaxErrAt(p, "too many statically nested blocks")
		return false
	}
	return true
}

func (l *lowerer) blockStmt(s ir.Stmt, depth int) {
	switch s := s.(type) {
	case *ir.FuncDef:
		l.blockStmts(s.Body, 0)
	case *ir.If:
		l.blockStmts(s.Body, depth)
		l.blockStmts(s.Else, depth)
	case *ir.For:
		if l.enter(s.Pos, depth+1) {
			l.blockStmts(s.Body, depth+1)
		}
		l.blockStmts(s.Else, depth)
	case *ir.While:
		if l.enter(s.Pos, depth+1) {
			l.blockStmts(s.Body, depth+1)
		}
		l.blockStmts(s.Else, depth)
	case *ir.With:
		inner := depth + len(s.Items)
		if l.enter(s.Pos, inner) {
			l.blockStmts(s.Body, inner)
		}
	case *ir.Try:
		d := depth
		if len(s.Finally) > 0 {
			d++ // FINALLY_TRY around the body and handlers
			if !l.enter(s.Pos, d) {
				return
			}
		}
		if len(s.Handlers) == 0 {
			l.blockStmts(s.Body, d)
		} else {
			if !l.enter(s.Pos, d+1) {
				return
			}
			l.blockStmts(s.Body, d+1)
			for _, h := range s.Handlers {
				if !l.enter(h.Pos, d+2) {
					return
				}
				l.blockStmts(h.Body, d+2)
			}
			l.blockStmts(s.Else, d)
		}
		if len(s.Finally) > 0 {
			l.blockStmts(s.Finally, depth+1) // FINALLY_END on the exception path
		}
	}
}
