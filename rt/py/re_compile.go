package py

//go:generate sh -c "python3 testdata/gen_re_tables.py | gofmt > re_tables.go"

import (
	"sort"
	"sync"
)

// The re compiler: the parsed tree (re_parse.go) becomes a program for the
// backtracking machine in re_match.go. Flags are resolved here, per
// subpattern as _compiler does: IGNORECASE picks case-folding instructions
// built from sre's own case tables (re_tables.go), MULTILINE and DOTALL
// pick the position and any-character variants, ASCII the categories.

type reInstOp uint8

const (
	iChar     reInstOp = iota // text[pos] == c
	iNotChar                  // text[pos] != c
	iCharFold                 // reLower(text[pos]) is c's (ASCII: ascii lower)
	iNotCharFold
	iAny    // any but '\n'
	iAnyAll // any
	iSet
	iAt
	iSplit    // try x, then y
	iJmp      // go to x
	iMark     // caps[n] = pos
	iRepStart // a repeat's counters start over; go to x (its iUntil)
	iUntil    // repeat n: body at pc+1 ends with a jump back; tail at x
	iRepOne   // a repeat of the one-character instruction at pc+1; tail at pc+2
	iGroupref
	iGroupExists // go on if group n matched, else go to x
	iAssert      // sub-program at pc+1, continue at y
	iAtomic      // sub-program at pc+1, continue at y
	iSucceed     // end of a sub-program
	iMatch
)

type reInst struct {
	op       reInstOp
	c        rune
	set      *reCharSet
	at       reAt
	x, y     int
	n        int // mark slot, repeat index, group number
	min, max int
	lazy     bool
	neg      bool
	behind   int // look-behind width; -1 for look-ahead
	ascii    bool
	fold     bool
	ml       bool // multiline
	poss     bool // a possessive repeat's iRepStart and iUntil
	extra    []rune
}

// reCharSet is a compiled [...] set.
type reCharSet struct {
	items  []reSetItem
	negate bool
	fold   bool // IN_UNI_IGNORE / IN_IGNORE: test the lower case
	ascii  bool
}

type reProg struct {
	insts   []reInst
	repeats int
	groups  int
}

func reCompile(tree []*reNode, st *reParseState) *reProg {
	c := &reCompiler{p: &reProg{groups: st.groups() - 1}, st: st}
	c.seq(tree, st.flags)
	c.emit(reInst{op: iMatch})
	return c.p
}

type reCompiler struct {
	p  *reProg
	st *reParseState
	// frames are _compiler._compile's recursive calls, for the traceback
	// of the one error the compiler raises.
	frames []reCallFrame
}

// in compiles body as _compile does at line (a recursive call).
func (c *reCompiler) in(line int, body []*reNode, flags int) {
	c.frames = append(c.frames, reCallFrame{"_compiler.py", line, "_compile", ""})
	c.seq(body, flags)
	c.frames = c.frames[:len(c.frames)-1]
}

func (c *reCompiler) emit(in reInst) int {
	c.p.insts = append(c.p.insts, in)
	return len(c.p.insts) - 1
}

func (c *reCompiler) pc() int { return len(c.p.insts) }

func combineFlags(flags, add, del int) int {
	if add&reTypeFlags != 0 {
		flags &^= reTypeFlags
	}
	return (flags | add) &^ del
}

func (c *reCompiler) seq(nodes []*reNode, flags int) {
	for _, n := range nodes {
		c.node(n, flags)
	}
}

// unit compiles a one-character node (Literal, NotLiteral, Any, In).
func (c *reCompiler) unit(n *reNode, flags int) reInst {
	ascii := flags&reASCII != 0
	fold := flags&reIgnoreCase != 0
	switch n.op {
	case rxLiteral, rxNotLiteral:
		neg := n.op == rxNotLiteral
		if !fold || !reIsCased(n.c, ascii) {
			if neg {
				return reInst{op: iNotChar, c: n.c}
			}
			return reInst{op: iChar, c: n.c}
		}
		lo := reLowerFor(n.c, ascii)
		in := reInst{op: iCharFold, c: lo, ascii: ascii}
		if neg {
			in.op = iNotCharFold
		}
		if !ascii {
			in.extra = reExtraCases[lo]
		}
		return in
	case rxAny:
		if flags&reDotAll != 0 {
			return reInst{op: iAnyAll}
		}
		return reInst{op: iAny}
	}
	set := &reCharSet{items: n.set, negate: n.negate, ascii: ascii}
	if fold {
		set.fold = reSetHasCased(n.set, ascii)
	}
	return reInst{op: iSet, set: set}
}

func reSetHasCased(items []reSetItem, ascii bool) bool {
	for _, it := range items {
		if it.isCat {
			continue
		}
		if it.hi-it.lo > 0x10000 {
			return true
		}
		for r := it.lo; r <= it.hi; r++ {
			if reIsCased(r, ascii) {
				return true
			}
		}
	}
	return false
}

// simple is _compiler._simple: a repeat of one character, which sre runs
// as REPEAT_ONE.
func simpleUnit(body []*reNode, flags int) (*reNode, int, bool) {
	if len(body) != 1 {
		return nil, 0, false
	}
	n := body[0]
	if n.op == rxSubpattern && n.group == 0 {
		return simpleUnit(n.sub, combineFlags(flags, n.addFlags, n.delFlags))
	}
	switch n.op {
	case rxLiteral, rxNotLiteral, rxAny, rxIn:
		return n, flags, true
	}
	return nil, 0, false
}

func (c *reCompiler) node(n *reNode, flags int) {
	switch n.op {
	case rxLiteral, rxNotLiteral, rxAny, rxIn:
		c.emit(c.unit(n, flags))
	case rxAt:
		c.emit(reInst{op: iAt, at: n.at, ml: flags&reMultiline != 0, ascii: flags&reASCII != 0})
	case rxBranch:
		var jumps []int
		for i, b := range n.branches {
			if i < len(n.branches)-1 {
				split := c.emit(reInst{op: iSplit})
				c.p.insts[split].x = c.pc()
				c.in(176, b, flags)
				jumps = append(jumps, c.emit(reInst{op: iJmp}))
				c.p.insts[split].y = c.pc()
			} else {
				c.in(176, b, flags)
			}
		}
		for _, j := range jumps {
			c.p.insts[j].x = c.pc()
		}
	case rxSubpattern:
		if n.group > 0 {
			c.emit(reInst{op: iMark, n: 2 * (n.group - 1)})
		}
		c.in(128, n.sub, combineFlags(flags, n.addFlags, n.delFlags))
		if n.group > 0 {
			c.emit(reInst{op: iMark, n: 2*(n.group-1) + 1})
		}
	case rxAtomic:
		c.sub(reInst{op: iAtomic}, func() { c.in(140, n.sub, flags) })
	case rxAssert, rxAssertNot:
		in := reInst{op: iAssert, neg: n.op == rxAssertNot, behind: -1}
		if n.behind {
			lo, hi := reWidth(n.sub, c.st)
			if lo != hi {
				frames := append(append([]reCallFrame{}, c.frames...), reCallFrame{"_compiler.py", 155, "_compile", ""})
				panic(&reError{msg: "look-behind requires fixed-width pattern", pos: -1, frames: frames})
			}
			in.behind = lo
		}
		c.sub(in, func() { c.in(157, n.sub, flags) })
	case rxRepeat:
		if n.kind == repPossessive {
			// sre's possessive repeats take what the greedy repeat takes
			// first and never give it back: an atomic greedy repeat.
			c.sub(reInst{op: iAtomic}, func() { c.repeat(n, flags, false, true) })
			return
		}
		c.repeat(n, flags, n.kind == repLazy, false)
	case rxGroupref:
		c.emit(reInst{op: iGroupref, n: n.group, fold: flags&reIgnoreCase != 0, ascii: flags&reASCII != 0})
	case rxGrouprefExists:
		ge := c.emit(reInst{op: iGroupExists, n: n.group})
		c.in(204, n.sub, flags)
		if n.hasNo {
			j := c.emit(reInst{op: iJmp})
			c.p.insts[ge].x = c.pc()
			c.in(209, n.no, flags)
			c.p.insts[j].x = c.pc()
		} else {
			c.p.insts[ge].x = c.pc()
		}
	}
}

// repeat compiles a greedy or lazy repeat: sre's REPEAT_ONE for one
// character, else REPEAT with its counter. A possessive one (poss) is
// sre's POSSESSIVE_REPEAT, which does not make its body a repeat context.
func (c *reCompiler) repeat(n *reNode, flags int, lazy, poss bool) {
	if u, uflags, ok := simpleUnit(n.sub, flags); ok {
		c.emit(reInst{op: iRepOne, min: n.min, max: n.max, lazy: lazy})
		c.emit(c.unit(u, uflags))
		return
	}
	r := c.p.repeats
	c.p.repeats++
	start := c.emit(reInst{op: iRepStart, n: r, poss: poss})
	until := c.emit(reInst{op: iUntil, n: r, min: n.min, max: n.max, lazy: lazy, poss: poss})
	c.p.insts[start].x = until
	if poss {
		// Each iteration of sre's POSSESSIVE_REPEAT keeps the body's
		// first match.
		c.sub(reInst{op: iAtomic}, func() { c.in(119, n.sub, flags) })
	} else {
		c.in(119, n.sub, flags)
	}
	c.emit(reInst{op: iJmp, x: until})
	c.p.insts[until].x = c.pc()
}

// sub emits in, then body (which compiles a sub-program) and iSucceed;
// in.y is the instruction after them.
func (c *reCompiler) sub(in reInst, body func()) {
	at := c.emit(in)
	body()
	c.emit(reInst{op: iSucceed})
	c.p.insts[at].y = c.pc()
}

// Case mappings as sre applies them.

func pairLookup(tbl [][2]rune, r rune) rune {
	i := sort.Search(len(tbl), func(i int) bool { return tbl[i][0] >= r })
	if i < len(tbl) && tbl[i][0] == r {
		return tbl[i][1]
	}
	return r
}

func reLower(r rune) rune { return pairLookup(reLowerPairs, r) }
func reUpper(r rune) rune { return pairLookup(reUpperPairs, r) }

func asciiLower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

func asciiUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 32
	}
	return r
}

func reLowerFor(r rune, ascii bool) rune {
	if ascii {
		return asciiLower(r)
	}
	return reLower(r)
}

func reIsCased(r rune, ascii bool) bool {
	if ascii {
		return r < 128 && (r|32) >= 'a' && (r|32) <= 'z'
	}
	return reLower(r) != r || reUpper(r) != r
}

// Character classes, as sre's SRE_UNI_IS_* and SRE_IS_* (ASCII).

func reIsDigit(r rune, ascii bool) bool {
	if ascii || r < 128 {
		return r >= '0' && r <= '9'
	}
	return inRanges(decimalRanges, r)
}

func reIsSpace(r rune, ascii bool) bool {
	if ascii {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return inRanges(reSpaceRanges, r)
}

func reIsWord(r rune, ascii bool) bool {
	if ascii {
		return r < 128 && (r == '_' || r >= '0' && r <= '9' || (r|32) >= 'a' && (r|32) <= 'z')
	}
	return inRanges(reWordRanges, r)
}

func reInCategory(cat reCategory, r rune, ascii bool) bool {
	switch cat {
	case catDigit:
		return reIsDigit(r, ascii)
	case catNotDigit:
		return !reIsDigit(r, ascii)
	case catSpace:
		return reIsSpace(r, ascii)
	case catNotSpace:
		return !reIsSpace(r, ascii)
	case catWord:
		return reIsWord(r, ascii)
	}
	return !reIsWord(r, ascii)
}

// contains is sre's charset test; with fold, ch is tested as sre's
// IN_UNI_IGNORE does: its lower case against the set as _compiler folded
// it (every member's lower case, and the extra cases of those).
func (s *reCharSet) contains(ch rune) bool {
	if !s.fold {
		for _, it := range s.items {
			if it.isCat {
				if reInCategory(it.cat, ch, s.ascii) {
					return !s.negate
				}
			} else if it.lo <= ch && ch <= it.hi {
				return !s.negate
			}
		}
		return s.negate
	}
	lo := reLowerFor(ch, s.ascii)
	for _, it := range s.items {
		if it.isCat {
			if reInCategory(it.cat, lo, s.ascii) {
				return !s.negate
			}
			continue
		}
		if s.foldedRangeHas(it.lo, it.hi, lo) {
			return !s.negate
		}
	}
	return s.negate
}

// foldedRangeHas reports whether some i in [a, b] folds to lo: its lower
// case is lo, or one of lo's extra cases.
func (s *reCharSet) foldedRangeHas(a, b, lo rune) bool {
	try := func(x rune) bool {
		if a <= x && x <= b && s.folds(x, lo) {
			return true
		}
		if s.ascii {
			u := asciiUpper(x)
			return a <= u && u <= b && s.folds(u, lo)
		}
		for _, i := range reLowerInverse()[x] {
			if a <= i && i <= b && s.folds(i, lo) {
				return true
			}
		}
		return false
	}
	if try(lo) {
		return true
	}
	if !s.ascii {
		for _, e := range reExtraCases[lo] {
			if try(e) {
				return true
			}
		}
	}
	return false
}

// reLowerInverse maps a lower case to the characters sre lowers to it.
var reLowerInverse = sync.OnceValue(func() map[rune][]rune {
	m := map[rune][]rune{}
	for _, p := range reLowerPairs {
		m[p[1]] = append(m[p[1]], p[0])
	}
	return m
})

// folds reports whether i, once folded into the set by _compiler, makes lo
// a member.
func (s *reCharSet) folds(i, lo rune) bool {
	li := reLowerFor(i, s.ascii)
	if li == lo {
		return true
	}
	if !s.ascii {
		for _, e := range reExtraCases[li] {
			if e == lo {
				return true
			}
		}
	}
	return false
}
