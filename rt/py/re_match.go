package py

// The re matcher: a backtracking machine with sre's semantics (the order
// alternatives and repeat counts are tried in, its zero-width repeat
// protection, lookarounds, atomic groups, backreferences), over a
// pattern's program (re_compile.go).
//
// Backtracking uses an explicit stack, never Go recursion over the input:
// one frame per choice point plus undo records for what a path changed
// (capture marks, repeat counters, lastindex), so giving a path up restores
// the state it started from. Only lookarounds and atomic groups run a
// nested machine loop, so Go's stack depth is bounded by the pattern's
// nesting, not by the text. A repeat of one character (sre's REPEAT_ONE)
// keeps a single frame however many characters it takes.
//
// Capture marks follow sre's model exactly: marks above lastmark are
// invisible, setting a mark past lastmark clears the ones between, and a
// choice point restores the marks themselves only when sre's would (inside
// a REPEAT: state->repeat is set); elsewhere only lastmark and lastindex
// are restored. That is observable in a possessive repeat, whose body is
// no repeat context.

type reFrameKind uint8

const (
	fChoice    reFrameKind = iota // resume at pc, pos (a == 1: leave the repeat whose iUntil is b)
	fRepOne                       // a REPEAT_ONE's next count a to try
	fLazyUntil                    // a lazy repeat's "one more iteration"
	fCap                          // undo: caps[a] = b
	fCount                        // undo: counts[a] = b
	fLast                         // undo: lasts[a] = b
	fLastIndex                    // undo: lastindex = b
	fLastMark                     // undo: lastmark = b
	fDepth                        // undo: depth = b
	fMarkPop                      // restores the marks a failed lazy iteration set
)

type reBtFrame struct {
	kind    reFrameKind
	pc, pos int
	a, b    int
	// restore: a choice point made in a repeat context restores marks.
	restore bool
}

type reMachine struct {
	prog      *reProg
	text      []rune // the string up to endpos
	caps      []int  // sre's marks: 2 per group from group 1; -1 unset
	lastmark  int
	counts    []int
	lasts     []int
	lastindex int
	// depth counts the REPEATs whose body is running (sre's
	// state->repeat is set when depth > 0).
	depth int
	stack []reBtFrame
	// pending are mark undo records popped on the way back to a choice
	// point, applied or kept depending on that choice point.
	pending []reBtFrame
	// start is where the top-level attempt began; mustAdvance rejects an
	// empty match there, matchAll a match that stops short of the end
	// (fullmatch), both as sre's SUCCESS does at the top level.
	start       int
	mustAdvance bool
	matchAll    bool
}

func newReMachine(p *reProg, text []rune) *reMachine {
	return &reMachine{prog: p, text: text, caps: make([]int, 2*p.groups), counts: make([]int, p.repeats), lasts: make([]int, p.repeats)}
}

func (m *reMachine) reset() {
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.lastmark = -1
	m.lastindex = -1
	m.depth = 0
	m.stack = m.stack[:0]
	m.pending = m.pending[:0]
}

// matchAt tries the pattern at pos only; end is where the match ends.
func (m *reMachine) matchAt(pos int) (end int, ok bool) {
	m.reset()
	m.start = pos
	return m.run(0, pos, true)
}

// search is sre_search: the first match starting at pos or later.
func (m *reMachine) search(pos int) (start, end int, ok bool) {
	for s := pos; s <= len(m.text); s++ {
		if e, ok := m.matchAt(s); ok {
			return s, e, true
		}
		m.mustAdvance = false
	}
	return 0, 0, false
}

func (m *reMachine) push(f reBtFrame) { m.stack = append(m.stack, f) }

// choice pushes a choice point of sre's BRANCH or REPEAT_ONE, which
// restore marks in a repeat context.
func (m *reMachine) choice(f reBtFrame) {
	f.restore = m.depth > 0
	m.push(f)
}

func (m *reMachine) setMark(i, v int) {
	m.push(reBtFrame{kind: fCap, a: i, b: m.caps[i]})
	m.caps[i] = v
}

// mark is sre's MARK.
func (m *reMachine) mark(i, v int) {
	if i&1 == 1 {
		m.push(reBtFrame{kind: fLastIndex, b: m.lastindex})
		m.lastindex = i/2 + 1
	}
	if i > m.lastmark {
		for j := m.lastmark + 1; j < i; j++ {
			if m.caps[j] >= 0 {
				m.setMark(j, -1)
			}
		}
		m.push(reBtFrame{kind: fLastMark, b: m.lastmark})
		m.lastmark = i
	}
	m.setMark(i, v)
}

func (m *reMachine) setCount(r, v int) {
	m.push(reBtFrame{kind: fCount, a: r, b: m.counts[r]})
	m.counts[r] = v
}

func (m *reMachine) setLast(r, v int) {
	m.push(reBtFrame{kind: fLast, a: r, b: m.lasts[r]})
	m.lasts[r] = v
}

func (m *reMachine) setDepth(v int) {
	m.push(reBtFrame{kind: fDepth, b: m.depth})
	m.depth = v
}

func (m *reMachine) undo(f reBtFrame) {
	switch f.kind {
	case fCap:
		m.caps[f.a] = f.b
	case fCount:
		m.counts[f.a] = f.b
	case fLast:
		m.lasts[f.a] = f.b
	case fLastIndex:
		m.lastindex = f.b
	case fLastMark:
		m.lastmark = f.b
	case fDepth:
		m.depth = f.b
	}
}

// settle handles the mark records popped since the last choice point:
// restored when restore (sre's MARK_POP), else the marks keep their
// values and the records go back on the stack for earlier choice points.
func (m *reMachine) settle(restore bool) {
	if restore {
		for _, f := range m.pending {
			m.caps[f.a] = f.b
		}
	} else {
		for i := len(m.pending) - 1; i >= 0; i-- {
			m.push(m.pending[i])
		}
	}
	m.pending = m.pending[:0]
}

// commit drops the choice points above base and keeps the undo records, so
// a finished lookahead or atomic group cannot be re-entered but what it
// captured is still undone when the path before it is given up.
func (m *reMachine) commit(base int) {
	out := m.stack[:base]
	for _, f := range m.stack[base:] {
		if f.kind >= fCap && f.kind != fMarkPop {
			out = append(out, f)
		}
	}
	m.stack = out
}

// groupSpan returns group g's marks (g >= 1), ok false when unset as sre
// sees it.
func (m *reMachine) groupSpan(g int) (int, int, bool) {
	j := 2 * (g - 1)
	if j+1 > m.lastmark {
		return 0, 0, false
	}
	s, e := m.caps[j], m.caps[j+1]
	if s < 0 || e < 0 {
		return 0, 0, false
	}
	return s, e, true
}

// unit is a one-character instruction's test.
func (m *reMachine) unit(in *reInst, ch rune) bool {
	switch in.op {
	case iChar:
		return ch == in.c
	case iNotChar:
		return ch != in.c
	case iCharFold, iNotCharFold:
		lo := reLowerFor(ch, in.ascii)
		ok := lo == in.c
		for _, e := range in.extra {
			ok = ok || lo == e
		}
		return ok == (in.op == iCharFold)
	case iAny:
		return ch != '\n'
	case iAnyAll:
		return true
	}
	return in.set.contains(ch)
}

func (m *reMachine) at(in *reInst, pos int) bool {
	t := m.text
	switch in.at {
	case atBeginning:
		return pos == 0 || in.ml && t[pos-1] == '\n'
	case atBeginningString:
		return pos == 0
	case atEnd:
		if in.ml {
			return pos == len(t) || t[pos] == '\n'
		}
		return pos == len(t) || pos+1 == len(t) && t[pos] == '\n'
	case atEndString:
		return pos == len(t)
	}
	if len(t) == 0 {
		return false
	}
	before := pos > 0 && reIsWord(t[pos-1], in.ascii)
	after := pos < len(t) && reIsWord(t[pos], in.ascii)
	if in.at == atBoundary {
		return before != after
	}
	return before == after
}

func (m *reMachine) groupref(in *reInst, pos int) (int, bool) {
	s, e, ok := m.groupSpan(in.n)
	if !ok || e < s {
		return 0, false
	}
	n := e - s
	if pos+n > len(m.text) {
		return 0, false
	}
	for i := 0; i < n; i++ {
		a, b := m.text[s+i], m.text[pos+i]
		if in.fold {
			a, b = reLowerFor(a, in.ascii), reLowerFor(b, in.ascii)
		}
		if a != b {
			return 0, false
		}
	}
	return pos + n, true
}

// run executes from pc at pos until the program's iMatch (top) or the
// sub-program's iSucceed. On success the frames it pushed stay on the stack
// for the caller to commit; on failure they have been popped, with the
// mark records left in m.pending for the caller's next choice point.
func (m *reMachine) run(pc, pos int, top bool) (int, bool) {
	base := len(m.stack)
	insts := m.prog.insts
	for {
		in := &insts[pc]
		ok := true
		switch in.op {
		case iChar, iNotChar, iCharFold, iNotCharFold, iAny, iAnyAll, iSet:
			if pos < len(m.text) && m.unit(in, m.text[pos]) {
				pos++
				pc++
			} else {
				ok = false
			}
		case iAt:
			if m.at(in, pos) {
				pc++
			} else {
				ok = false
			}
		case iSplit:
			m.choice(reBtFrame{kind: fChoice, pc: in.y, pos: pos})
			pc = in.x
		case iJmp:
			pc = in.x
		case iMark:
			m.mark(in.n, pos)
			pc++
		case iRepStart:
			m.setCount(in.n, -1)
			m.setLast(in.n, -1)
			if !in.poss {
				m.setDepth(m.depth + 1)
			}
			pc = in.x
		case iUntil:
			count := m.counts[in.n] + 1
			switch {
			case count < in.min:
				m.setCount(in.n, count)
				pc++
			case in.lazy:
				// Try the tail first; one more iteration on backtrack.
				// sre's MIN_UNTIL restores only lastmark when the tail
				// fails, not the marks the tail set.
				m.push(reBtFrame{kind: fLazyUntil, pc: pc, pos: pos})
				m.leaveRepeat(in)
				pc = in.x
			case (count < in.max || in.max == reMaxRepeat) && pos != m.lasts[in.n]:
				// sre's MAX_UNTIL and POSSESSIVE_REPEAT restore the marks
				// of an iteration that fails.
				m.push(reBtFrame{kind: fChoice, pc: in.x, pos: pos, a: 1, b: pc, restore: true})
				m.setCount(in.n, count)
				m.setLast(in.n, pos)
				pc++
			default:
				m.leaveRepeat(in)
				pc = in.x
			}
		case iRepOne:
			unit := &insts[pc+1]
			n := 0
			limit := in.max
			if in.lazy {
				limit = in.min
			}
			for n < limit && pos+n < len(m.text) && m.unit(unit, m.text[pos+n]) {
				n++
			}
			if n < in.min {
				ok = false
				break
			}
			if in.lazy && n < in.max {
				m.choice(reBtFrame{kind: fRepOne, pc: pc, pos: pos, a: n + 1})
			} else if !in.lazy && n > in.min {
				m.choice(reBtFrame{kind: fRepOne, pc: pc, pos: pos, a: n - 1})
			}
			pos += n
			pc += 2
		case iGroupref:
			if end, found := m.groupref(in, pos); found {
				pos = end
				pc++
			} else {
				ok = false
			}
		case iGroupExists:
			if s, e, set := m.groupSpan(in.n); set && e >= s {
				pc++
			} else {
				pc = in.x
			}
		case iAssert:
			p := pos
			if in.behind >= 0 {
				p = pos - in.behind
			}
			mark := len(m.stack)
			matched := false
			if p >= 0 {
				_, matched = m.run(pc+1, p, false)
			}
			switch {
			case matched:
				m.commit(mark)
				if in.neg {
					ok = false
				} else {
					pc = in.y
				}
			case in.neg:
				// sre's ASSERT_NOT restores the marks only in a repeat.
				m.settle(m.depth > 0)
				pc = in.y
			default:
				ok = false
			}
		case iAtomic:
			mark := len(m.stack)
			if end, matched := m.run(pc+1, pos, false); matched {
				m.commit(mark)
				pos = end
				pc = in.y
			} else {
				ok = false
			}
		case iSucceed:
			return pos, true
		case iMatch:
			if !top || !(m.matchAll && pos != len(m.text) || m.mustAdvance && pos == m.start) {
				return pos, true
			}
			ok = false
		}
		if ok {
			continue
		}
		var resumed bool
		pc, pos, resumed = m.backtrack(base)
		if !resumed {
			return -1, false
		}
	}
}

// leaveRepeat is an iUntil going on to the repeat's tail, where sre's
// state->repeat is the enclosing repeat's.
func (m *reMachine) leaveRepeat(in *reInst) {
	if !in.poss {
		m.setDepth(m.depth - 1)
	}
}

// backtrack pops frames down to base, undoing their changes, until one
// offers another way on.
func (m *reMachine) backtrack(base int) (pc, pos int, ok bool) {
	insts := m.prog.insts
	for len(m.stack) > base {
		f := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		switch f.kind {
		case fCap:
			m.pending = append(m.pending, f)
		case fChoice:
			m.settle(f.restore)
			if f.a == 1 {
				m.leaveRepeat(&insts[f.b])
			}
			return f.pc, f.pos, true
		case fRepOne:
			in := &insts[f.pc]
			n := f.a
			if in.lazy && (f.pos+n > len(m.text) || !m.unit(&insts[f.pc+1], m.text[f.pos+n-1])) {
				continue
			}
			m.settle(f.restore)
			if in.lazy && n < in.max {
				m.choice(reBtFrame{kind: fRepOne, pc: f.pc, pos: f.pos, a: n + 1})
			} else if !in.lazy && n > in.min {
				m.choice(reBtFrame{kind: fRepOne, pc: f.pc, pos: f.pos, a: n - 1})
			}
			return f.pc + 2, f.pos + n, true
		case fLazyUntil:
			in := &insts[f.pc]
			count := m.counts[in.n] + 1
			if count >= in.max && in.max != reMaxRepeat || f.pos == m.lasts[in.n] {
				continue
			}
			m.settle(f.restore)
			// sre's MIN_UNTIL restores the marks of an iteration that
			// fails (though not those of a failed tail).
			m.push(reBtFrame{kind: fMarkPop})
			m.setCount(in.n, count)
			m.setLast(in.n, f.pos)
			return f.pc + 1, f.pos, true
		case fMarkPop:
			m.settle(true)
		default:
			m.undo(f)
		}
	}
	return 0, 0, false
}
