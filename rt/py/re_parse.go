package py

import (
	"strconv"
	"strings"
	"unicode"
)

// The parser of re patterns: a port of CPython 3.11's re/_parser.py, so
// patterns are accepted and rejected exactly as there, with the same
// re.error messages and positions (counted in characters). It builds the
// same tree of opcodes; the optimisations _parser makes on the tree (common
// branch prefixes, branches of single characters turned into sets) do not
// change what matches, so they are left out.

// Flag bits, as re's constants.
const (
	reFlagTemplate = 1
	reIgnoreCase   = 2
	reLocale       = 4
	reMultiline    = 8
	reDotAll       = 16
	reUnicode      = 32
	reVerbose      = 64
	reDebug        = 128
	reASCII        = 256

	reTypeFlags = reASCII | reLocale | reUnicode
	// reMaxRepeat is _sre.MAXREPEAT: a {m,n} bound at or above it overflows,
	// and as a maximum it means "no limit".
	reMaxRepeat = 4294967295
	reMaxGroups = 2147483647 / 2
	// reMaxWidth caps widths, as _parser's MAXWIDTH does.
	reMaxWidth = 1 << 62
)

var reFlagLetters = map[rune]int{
	'i': reIgnoreCase, 'L': reLocale, 'm': reMultiline, 's': reDotAll,
	'x': reVerbose, 'a': reASCII, 't': reFlagTemplate, 'u': reUnicode,
}

type reOp uint8

const (
	rxLiteral reOp = iota
	rxNotLiteral
	rxAny
	rxIn
	rxAt
	rxBranch
	rxSubpattern
	rxRepeat
	rxGroupref
	rxGrouprefExists
	rxAssert
	rxAssertNot
	rxAtomic
)

type reAt uint8

const (
	atBeginning reAt = iota
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndString
)

type reCategory uint8

const (
	catDigit reCategory = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

type repeatKind uint8

const (
	repGreedy repeatKind = iota
	repLazy
	repPossessive
)

// reSetItem is one member of a character set: a literal (lo == hi), a
// range, or a category.
type reSetItem struct {
	isCat  bool
	cat    reCategory
	lo, hi rune
}

// reNode is one (opcode, argument) of a parsed pattern.
type reNode struct {
	op       reOp
	c        rune // literal
	set      []reSetItem
	negate   bool
	at       reAt
	branches [][]*reNode
	// group is a capture's number (0: none); a Groupref's or a
	// GrouprefExists' group. addFlags/delFlags are a Subpattern's inline
	// flags.
	group              int
	addFlags, delFlags int
	sub                []*reNode // Subpattern, Repeat, Assert, Atomic; GrouprefExists' yes
	no                 []*reNode // GrouprefExists' no (nil: none)
	hasNo              bool
	min, max           int
	kind               repeatKind
	behind             bool // Assert/AssertNot look behind
}

// reError is a re.error raised while compiling: msg, pos (-1: none), and
// the frames of re's Python code CPython's traceback shows down to the
// raise (see re_frames.go).
type reError struct {
	msg    string
	pos    int
	frames []reCallFrame
	cls    *Class // nil: re.error
}

type reParseState struct {
	flags            int
	groupdict        map[string]int
	groupNames       []string // in definition order
	groupwidths      [][2]int // widths of closed groups; index 0 unused
	closed           []bool
	lookbehindGroups int // -1: not inside a lookbehind
	grouprefpos      map[int]int
	grouprefOrder    []int
}

func (s *reParseState) groups() int { return len(s.groupwidths) }

func (s *reParseState) checkgroup(gid int) bool {
	return gid < s.groups() && s.closed[gid]
}

// reTokenizer is _parser.Tokenizer. It also keeps the Python call stack
// of the parse (fn is the running function of _parser.py, frames the calls
// that led to it), so an error carries CPython's frames. Methods that
// advance take the line of _parser.py they are called from.
type reTokenizer struct {
	s      []rune
	index  int
	next   string // "" at the end
	has    bool
	fn     string
	frames []reCallFrame
}

// newReTokenizer is Tokenizer(s) called from fn at line at.
func newReTokenizer(s []rune, fn string, at int) *reTokenizer {
	t := &reTokenizer{s: s, fn: fn}
	t.advance(at, "__init__", 239)
	return t
}

// enter makes fn the running function until the returned func is called.
func (t *reTokenizer) enter(fn string) func() {
	old := t.fn
	t.fn = fn
	return func() { t.fn = old }
}

// call records that the running function calls out at line (expr is the
// call, for the traceback's carets) until the returned func is called.
func (t *reTokenizer) call(line int, expr string) func() {
	t.frames = append(t.frames, reCallFrame{"_parser.py", line, t.fn, expr})
	n := len(t.frames)
	return func() { t.frames = t.frames[:n-1] }
}

// advance is Tokenizer.__next, run by method (at its line mline) called
// from the running function at line at.
func (t *reTokenizer) advance(at int, method string, mline int) {
	i := t.index
	if i >= len(t.s) {
		t.next, t.has = "", false
		return
	}
	c := string(t.s[i])
	if t.s[i] == '\\' {
		i++
		if i >= len(t.s) {
			frames := append(append([]reCallFrame{}, t.frames...),
				reCallFrame{"_parser.py", at, t.fn, reTokenizerCall}, reCallFrame{"_parser.py", mline, method, "self.__next()"},
				reCallFrame{"_parser.py", 252, "__next", ""})
			panic(&reError{msg: "bad escape (end of pattern)", pos: len(t.s) - 1, frames: frames})
		}
		c += string(t.s[i])
	}
	t.index = i + 1
	t.next, t.has = c, true
}

func (t *reTokenizer) match(c string, at int) bool {
	if t.has && c == t.next {
		t.advance(at, "match", 258)
		return true
	}
	return false
}

// get returns the next token and whether there was one.
func (t *reTokenizer) get(at int) (string, bool) {
	this, ok := t.next, t.has
	t.advance(at, "get", 263)
	return this, ok
}

func (t *reTokenizer) nextIn(set string) bool {
	return t.has && len([]rune(t.next)) == 1 && strings.Contains(set, t.next)
}

func (t *reTokenizer) getwhile(n int, set string, at int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if !t.nextIn(set) {
			break
		}
		b.WriteString(t.next)
		t.advance(at, "getwhile", 272)
	}
	return b.String()
}

func (t *reTokenizer) tell() int { return t.index - len([]rune(t.next)) }

func (t *reTokenizer) seek(i, at int) {
	t.index = i
	t.advance(at, "seek", 297)
}

// err is `raise source.error(msg, offset)` at line of the running function.
func (t *reTokenizer) err(line int, msg string, offset int) *reError {
	frames := append(append([]reCallFrame{}, t.frames...), reCallFrame{"_parser.py", line, t.fn, ""})
	return &reError{msg: msg, pos: t.tell() - offset, frames: frames}
}

// getuntil is Tokenizer.getuntil called from the running function at line
// at (expr: the call).
func (t *reTokenizer) getuntil(term, name string, at int, expr string) string {
	defer t.call(at, expr)()
	defer t.enter("getuntil")()
	var b strings.Builder
	n := 0
	for {
		c, ok := t.get(278)
		if !ok {
			if n == 0 {
				panic(t.err(281, "missing "+name, 0))
			}
			panic(t.err(282, "missing "+term+", unterminated name", n))
		}
		if c == term {
			if n == 0 {
				panic(t.err(286, "missing "+name, 1))
			}
			break
		}
		b.WriteString(c)
		n += len([]rune(c))
	}
	return b.String()
}

// checkgroupname is Tokenizer.checkgroupname called at line at.
func (t *reTokenizer) checkgroupname(name string, offset int, at int, expr string) {
	if !isIdentifier(name) {
		defer t.call(at, expr)()
		defer t.enter("checkgroupname")()
		panic(t.err(307, "bad character in group name "+Repr(name), len([]rune(name))+offset))
	}
}

const (
	reDigits     = "0123456789"
	reOctDigits  = "01234567"
	reHexDigits  = "0123456789abcdefABCDEF"
	reSpecial    = ".\\[{()*+?^$|"
	reWhitespace = " \t\n\r\v\f"
)

func isASCIILetter(c string) bool {
	return len(c) == 1 && (c[0] >= 'a' && c[0] <= 'z' || c[0] >= 'A' && c[0] <= 'Z')
}

var reEscapes = map[string]rune{
	`\a`: '\a', `\b`: '\b', `\f`: '\f', `\n`: '\n', `\r`: '\r', `\t`: '\t', `\v`: '\v', `\\`: '\\',
}

// reCategories are the escapes that are not literals: \A \b \B \Z are
// positions (AT), \d \s \w and their negations sets (IN).
func reCategoryEscape(esc string) (*reNode, bool) {
	switch esc {
	case `\A`:
		return &reNode{op: rxAt, at: atBeginningString}, true
	case `\b`:
		return &reNode{op: rxAt, at: atBoundary}, true
	case `\B`:
		return &reNode{op: rxAt, at: atNonBoundary}, true
	case `\Z`:
		return &reNode{op: rxAt, at: atEndString}, true
	}
	cats := map[string]reCategory{`\d`: catDigit, `\D`: catNotDigit, `\s`: catSpace, `\S`: catNotSpace, `\w`: catWord, `\W`: catNotWord}
	if c, ok := cats[esc]; ok {
		return &reNode{op: rxIn, set: []reSetItem{{isCat: true, cat: c}}}, true
	}
	return nil, false
}

func lit(c rune) *reNode { return &reNode{op: rxLiteral, c: c} }

// escLines are the lines of _class_escape and _escape that raise for an
// incomplete \x, \u, \U escape, and for a bad one.
type escLines struct {
	hex2, hex4, hex8, bad int
}

var (
	classEscLines = escLines{hex2: 330, hex4: 336, hex8: 342, bad: 374}
	escapeLines   = escLines{hex2: 390, hex4: 396, hex8: 402, bad: 451}
)

// hexEscape handles \x, \u and \U (exactly 2, 4, 8 digits); the getwhile
// calls sit 2 lines above the raises.
func (t *reTokenizer) hexEscape(esc string, n, line, badLine int) *reNode {
	esc += t.getwhile(n, reHexDigits, line-2)
	if len(esc) != n+2 {
		panic(t.err(line, "incomplete escape "+esc, len(esc)))
	}
	v, _ := strconv.ParseUint(esc[2:], 16, 32)
	if v > unicode.MaxRune {
		// chr() raises ValueError inside the try: a bad escape.
		panic(t.err(badLine, "bad escape "+esc, len(esc)))
	}
	return lit(rune(v))
}

func (t *reTokenizer) namedEscape() *reNode {
	Unsupported(`\N{...} escapes in regular expressions`)
	return nil
}

func (t *reTokenizer) hexOrNamed(esc string, l escLines) (*reNode, bool) {
	switch esc[1:] {
	case "x":
		return t.hexEscape(esc, 2, l.hex2, l.bad), true
	case "u":
		return t.hexEscape(esc, 4, l.hex4, l.bad), true
	case "U":
		return t.hexEscape(esc, 8, l.hex8, l.bad), true
	case "N":
		return t.namedEscape(), true
	}
	return nil, false
}

// classEscape is _class_escape: an escape inside [...].
func (t *reTokenizer) classEscape(esc string) *reNode {
	defer t.enter("_class_escape")()
	if c, ok := reEscapes[esc]; ok {
		return lit(c)
	}
	if n, ok := reCategoryEscape(esc); ok && n.op == rxIn {
		return n
	}
	if n, ok := t.hexOrNamed(esc, classEscLines); ok {
		return n
	}
	c := esc[1:]
	switch {
	case strings.Contains(reOctDigits, c):
		esc += t.getwhile(2, reOctDigits, 360)
		v, _ := strconv.ParseInt(esc[1:], 8, 32)
		if v > 0o377 {
			panic(t.err(363, "octal escape value "+esc+" outside of range 0-0o377", len(esc)))
		}
		return lit(rune(v))
	case strings.Contains(reDigits, c):
		panic(t.err(374, "bad escape "+esc, len([]rune(esc))))
	}
	if isASCIILetter(c) {
		panic(t.err(370, "bad escape "+esc, len([]rune(esc))))
	}
	return lit([]rune(c)[0])
}

// escape is _escape: an escape outside a set.
func (t *reTokenizer) escape(esc string, st *reParseState) *reNode {
	defer t.enter("_escape")()
	if n, ok := reCategoryEscape(esc); ok {
		return n
	}
	if c, ok := reEscapes[esc]; ok {
		return lit(c)
	}
	if n, ok := t.hexOrNamed(esc, escapeLines); ok {
		return n
	}
	c := esc[1:]
	switch {
	case c == "0":
		esc += t.getwhile(2, reOctDigits, 420)
		v, _ := strconv.ParseInt(esc[1:], 8, 32)
		return lit(rune(v))
	case strings.Contains(reDigits, c):
		if t.nextIn(reDigits) {
			d, _ := t.get(425)
			esc += d
			if strings.Contains(reOctDigits, esc[1:2]) && strings.Contains(reOctDigits, esc[2:3]) && t.nextIn(reOctDigits) {
				d, _ := t.get(429)
				esc += d
				v, _ := strconv.ParseInt(esc[1:], 8, 32)
				if v > 0o377 {
					panic(t.err(432, "octal escape value "+esc+" outside of range 0-0o377", len(esc)))
				}
				return lit(rune(v))
			}
		}
		group, _ := strconv.Atoi(esc[1:])
		if group < st.groups() {
			if !st.checkgroup(group) {
				panic(t.err(440, "cannot refer to an open group", len(esc)))
			}
			st.checkLookbehindGroup(group, t, 442, "state.checklookbehindgroup(group, source)")
			return &reNode{op: rxGroupref, group: group}
		}
		panic(t.err(444, "invalid group reference "+strconv.Itoa(group), len(esc)-1))
	}
	if isASCIILetter(c) {
		panic(t.err(447, "bad escape "+esc, len([]rune(esc))))
	}
	return lit([]rune(c)[0])
}

// checkLookbehindGroup is State.checklookbehindgroup called at line at.
func (s *reParseState) checkLookbehindGroup(gid int, t *reTokenizer, at int, expr string) {
	if s.lookbehindGroups >= 0 {
		defer t.call(at, expr)()
		defer t.enter("checklookbehindgroup")()
		if !s.checkgroup(gid) {
			panic(t.err(106, "cannot refer to an open group", 0))
		}
		if gid >= s.lookbehindGroups {
			panic(t.err(108, "cannot refer to group defined in the same lookbehind subpattern", 0))
		}
	}
}

// opengroup is State.opengroup; _parse turns its errors into ones at the
// group name (line 867).
func (s *reParseState) opengroup(name string, named bool, t *reTokenizer) int {
	gid := s.groups()
	s.groupwidths = append(s.groupwidths, [2]int{})
	s.closed = append(s.closed, false)
	if s.groups() > reMaxGroups {
		panic(t.err(867, "too many groups", len([]rune(name))+1))
	}
	if named {
		if ogid, ok := s.groupdict[name]; ok {
			panic(t.err(867, "redefinition of group name "+Repr(name)+" as group "+strconv.Itoa(gid)+"; was group "+strconv.Itoa(ogid), len([]rune(name))+1))
		}
		s.groupdict[name] = gid
		s.groupNames = append(s.groupNames, name)
	}
	return gid
}

func reWidth(p []*reNode, st *reParseState) (int, int) {
	lo, hi := 0, 0
	add := func(a, b int) int {
		if a+b > reMaxWidth || a+b < 0 {
			return reMaxWidth
		}
		return a + b
	}
	mul := func(a, b int) int {
		if a != 0 && b > reMaxWidth/a {
			return reMaxWidth
		}
		return a * b
	}
	for _, n := range p {
		switch n.op {
		case rxBranch:
			i, j := reMaxWidth, 0
			for _, b := range n.branches {
				l, h := reWidth(b, st)
				i = min(i, l)
				j = max(j, h)
			}
			lo, hi = add(lo, i), add(hi, j)
		case rxAtomic, rxSubpattern:
			i, j := reWidth(n.sub, st)
			lo, hi = add(lo, i), add(hi, j)
		case rxRepeat:
			i, j := reWidth(n.sub, st)
			lo = add(lo, mul(i, n.min))
			if n.max == reMaxRepeat && j != 0 {
				hi = reMaxWidth
			} else {
				hi = add(hi, mul(j, n.max))
			}
		case rxLiteral, rxNotLiteral, rxAny, rxIn:
			lo, hi = add(lo, 1), add(hi, 1)
		case rxGroupref:
			w := st.groupwidths[n.group]
			lo, hi = add(lo, w[0]), add(hi, w[1])
		case rxGrouprefExists:
			i, j := reWidth(n.sub, st)
			if n.hasNo {
				l, h := reWidth(n.no, st)
				i = min(i, l)
				j = max(j, h)
			} else {
				i = 0
			}
			lo, hi = add(lo, i), add(hi, j)
		}
	}
	return min(lo, reMaxWidth), min(hi, reMaxWidth)
}

// reParse is _parser.parse: the tree, and the parse state (final flags,
// group count and names).

// reParse is _parser.parse: the tree, and the parse state (final flags,
// group count and names).
func reParse(pattern []rune, flags int) ([]*reNode, *reParseState) {
	st := &reParseState{flags: flags, groupdict: map[string]int{}, groupwidths: [][2]int{{}}, closed: []bool{true}, lookbehindGroups: -1, grouprefpos: map[int]int{}}
	t := newReTokenizer(pattern, "parse", 982)
	p := func() []*reNode {
		defer t.call(989, "_parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)")()
		return parseSub(t, st, flags&reVerbose != 0, 0)
	}()
	// fix_flags for a str pattern.
	fixFlags := func(line int, msg string) {
		panic(&reError{msg: msg, pos: -1, cls: ValueError, frames: []reCallFrame{
			{"_parser.py", 990, "parse", "fix_flags(str, p.state.flags)"}, {"_parser.py", line, "fix_flags", ""}}})
	}
	if st.flags&reLocale != 0 {
		fixFlags(967, "cannot use LOCALE flag with a str pattern")
	}
	if st.flags&reASCII == 0 {
		st.flags |= reUnicode
	} else if st.flags&reUnicode != 0 {
		fixFlags(971, "ASCII and UNICODE flags are incompatible")
	}
	if t.has {
		panic(t.err(994, "unbalanced parenthesis", 0))
	}
	for _, g := range st.grouprefOrder {
		if g >= st.groups() {
			panic(&reError{msg: "invalid group reference " + strconv.Itoa(g), pos: st.grouprefpos[g], frames: []reCallFrame{{"_parser.py", 999, "parse", ""}}})
		}
	}
	return p, st
}

func parseSub(t *reTokenizer, st *reParseState, verbose bool, nested int) []*reNode {
	defer t.enter("_parse_sub")()
	var items [][]*reNode
	for {
		items = append(items, func() []*reNode {
			defer t.call(464, "_parse(source, state, verbose, nested + 1,")()
			return parseSeq(t, st, verbose, nested+1, nested == 0 && len(items) == 0)
		}())
		if !t.match("|", 466) {
			break
		}
		if nested == 0 {
			verbose = st.flags&reVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	return []*reNode{{op: rxBranch, branches: items}}
}

// parseSeq is _parse: a sequence of items up to '|' or ')'.
func parseSeq(t *reTokenizer, st *reParseState, verbose bool, nested int, first bool) []*reNode {
	defer t.enter("_parse")()
	var sp []*reNode
	for {
		if !t.has || t.next == "|" || t.next == ")" {
			break
		}
		this, _ := t.get(534)
		if verbose {
			if strings.Contains(reWhitespace, this) {
				continue
			}
			if this == "#" {
				for {
					c, ok := t.get(542)
					if !ok || c == "\n" {
						break
					}
				}
				continue
			}
		}
		switch {
		case this[0] == '\\':
			func() {
				defer t.call(548, "_escape(source, this, state)")()
				sp = append(sp, t.escape(this, st))
			}()
		case !strings.Contains(reSpecial, this):
			sp = append(sp, lit([]rune(this)[0]))
		case this == "[":
			sp = append(sp, parseSet(t))
		case strings.Contains("*+?{", this):
			// A '{' that is no quantifier was appended as a literal.
			sp, _ = parseRepeat(t, sp, this)
		case this == ".":
			sp = append(sp, &reNode{op: rxAny})
		case this == "(":
			n, cont := parseGroup(t, st, verbose, nested, first, sp)
			if n == nil {
				if cont {
					verbose = st.flags&reVerbose != 0
				}
				continue
			}
			sp = append(sp, n)
		case this == "^":
			sp = append(sp, &reNode{op: rxAt, at: atBeginning})
		case this == "$":
			sp = append(sp, &reNode{op: rxAt, at: atEnd})
		}
	}
	// Unpack non-capturing groups without flags.
	var out []*reNode
	for _, n := range sp {
		if n.op == rxSubpattern && n.group == 0 && n.addFlags == 0 && n.delFlags == 0 {
			out = append(out, n.sub...)
			continue
		}
		out = append(out, n)
	}
	return out
}

func parseSet(t *reTokenizer) *reNode {
	here := t.tell() - 1
	var set []reSetItem
	if t.next == "[" {
		// CPython warns (FutureWarning) about a possible nested set.
		Unsupported("a '[' right after '[' in a regular expression (CPython warns about a possible nested set)")
	}
	negate := t.match("^", 567)
	toItem := func(n *reNode) reSetItem {
		if n.op == rxIn {
			return n.set[0]
		}
		return reSetItem{lo: n.c, hi: n.c}
	}
	classEscape := func(line int, esc, expr string) *reNode {
		defer t.call(line, expr)()
		return t.classEscape(esc)
	}
	for {
		this, ok := t.get(570)
		if !ok {
			panic(t.err(572, "unterminated character set", t.tell()-here))
		}
		if this == "]" && len(set) > 0 {
			break
		}
		var code1 *reNode
		if this[0] == '\\' {
			code1 = classEscape(577, this, "_class_escape(source, this)")
		} else {
			if len(set) > 0 && strings.Contains("-&~|", this) && t.next == this {
				Unsupported("a doubled '" + this + "' in a regular expression set (CPython warns about a possible set operation)")
			}
			code1 = lit([]rune(this)[0])
		}
		if t.match("-", 591) {
			that, ok := t.get(593)
			if !ok {
				panic(t.err(595, "unterminated character set", t.tell()-here))
			}
			if that == "]" {
				set = append(set, toItem(code1), reSetItem{lo: '-', hi: '-'})
				break
			}
			var code2 *reNode
			if that[0] == '\\' {
				code2 = classEscape(604, that, "_class_escape(source, that)")
			} else {
				if that == "-" {
					Unsupported("a doubled '-' in a regular expression set (CPython warns about a possible set difference)")
				}
				code2 = lit([]rune(that)[0])
			}
			msg := "bad character range " + this + "-" + that
			off := len([]rune(this)) + 1 + len([]rune(that))
			if code1.op != rxLiteral || code2.op != rxLiteral {
				panic(t.err(616, msg, off))
			}
			if code2.c < code1.c {
				panic(t.err(621, msg, off))
			}
			set = append(set, reSetItem{lo: code1.c, hi: code2.c})
		} else {
			set = append(set, toItem(code1))
		}
	}
	// _uniq
	var uniq []reSetItem
	seen := map[reSetItem]bool{}
	for _, it := range set {
		if !seen[it] {
			seen[it] = true
			uniq = append(uniq, it)
		}
	}
	if len(uniq) == 1 && !uniq[0].isCat && uniq[0].lo == uniq[0].hi {
		if negate {
			return &reNode{op: rxNotLiteral, c: uniq[0].lo}
		}
		return lit(uniq[0].lo)
	}
	return &reNode{op: rxIn, set: uniq, negate: negate}
}

// parseRepeat applies a quantifier to the last item; false means the
// quantifier was a literal '{' (already appended) and parsing continues.
func parseRepeat(t *reTokenizer, sp []*reNode, this string) ([]*reNode, bool) {
	here := t.tell()
	var lo, hi int
	switch this {
	case "?":
		lo, hi = 0, 1
	case "*":
		lo, hi = 0, reMaxRepeat
	case "+":
		lo, hi = 1, reMaxRepeat
	case "{":
		if t.next == "}" {
			return append(sp, lit('{')), false
		}
		lo, hi = 0, reMaxRepeat
		los := t.getwhileAll(reDigits, 661)
		var his string
		if t.match(",", 662) {
			his = t.getwhileAll(reDigits, 664)
		} else {
			his = los
		}
		if !t.match("}", 667) {
			sp = append(sp, lit('{'))
			t.seek(here, 669)
			return sp, false
		}
		if los != "" {
			lo = reRepeatNumber(t, los, 675)
		}
		if his != "" {
			hi = reRepeatNumber(t, his, 679)
			if hi < lo {
				panic(t.err(681, "min repeat greater than max repeat", t.tell()-here))
			}
		}
	}
	if len(sp) == 0 || sp[len(sp)-1].op == rxAt {
		panic(t.err(691, "nothing to repeat", t.tell()-here+1))
	}
	item := sp[len(sp)-1]
	if item.op == rxRepeat {
		panic(t.err(694, "multiple repeat", t.tell()-here+1))
	}
	body := []*reNode{item}
	if item.op == rxSubpattern && item.group == 0 && item.addFlags == 0 && item.delFlags == 0 {
		body = item.sub
	}
	kind := repGreedy
	if t.match("?", 700) {
		kind = repLazy
	} else if t.match("+", 703) {
		kind = repPossessive
	}
	sp[len(sp)-1] = &reNode{op: rxRepeat, min: lo, max: hi, sub: body, kind: kind}
	return sp, true
}

// getwhileAll is _parse's `while source.next in DIGITS: lo += sourceget()`.
func (t *reTokenizer) getwhileAll(set string, at int) string {
	var b strings.Builder
	for t.nextIn(set) {
		b.WriteString(t.next)
		t.advance(at, "get", 263)
	}
	return b.String()
}

func reRepeatNumber(t *reTokenizer, s string, line int) int {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v >= reMaxRepeat {
		panic(&reError{msg: "the repetition number is too large", pos: -1, cls: OverflowError,
			frames: append(append([]reCallFrame{}, t.frames...), reCallFrame{"_parser.py", line, t.fn, ""})})
	}
	return int(v)
}

// parseGroup parses what follows '('. It returns the node to append, or
// nil when there is none (a comment, global flags: cont reports global
// flags, after which verbose is re-read).
func parseGroup(t *reTokenizer, st *reParseState, verbose bool, nested int, first bool, sp []*reNode) (*reNode, bool) {
	start := t.tell() - 1
	capture, atomic := true, false
	name, named := "", false
	addFlags, delFlags := 0, 0
	if t.match("?", 720) {
		char, ok := t.get(722)
		if !ok {
			panic(t.err(724, "unexpected end of pattern", 0))
		}
		switch {
		case char == "P":
			if t.match("<", 727) {
				name = t.getuntil(">", "group name", 729, `source.getuntil(">", "group name")`)
				named = true
				t.checkgroupname(name, 1, 730, "")
			} else if t.match("=", 731) {
				name = t.getuntil(")", "group name", 733, `source.getuntil(")", "group name")`)
				t.checkgroupname(name, 1, 734, "")
				gid, ok := st.groupdict[name]
				if !ok {
					panic(t.err(738, "unknown group name "+Repr(name), len([]rune(name))+1))
				}
				if !st.checkgroup(gid) {
					panic(t.err(740, "cannot refer to an open group", len([]rune(name))+1))
				}
				st.checkLookbehindGroup(gid, t, 742, "")
				return &reNode{op: rxGroupref, group: gid}, false
			} else {
				c, ok := t.get(747)
				if !ok {
					panic(t.err(749, "unexpected end of pattern", 0))
				}
				panic(t.err(750, "unknown extension ?P"+c, len([]rune(c))+2))
			}
		case char == ":":
			capture = false
		case char == "#":
			for {
				if !t.has {
					panic(t.err(759, "missing ), unterminated comment", t.tell()-start))
				}
				if c, _ := t.get(761); c == ")" {
					break
				}
			}
			return nil, false
		case char == "=" || char == "!" || char == "<":
			behind := false
			saved := st.lookbehindGroups
			if char == "<" {
				c, ok := t.get(769)
				if !ok {
					panic(t.err(771, "unexpected end of pattern", 0))
				}
				if c != "=" && c != "!" {
					panic(t.err(773, "unknown extension ?<"+c, len([]rune(c))+2))
				}
				char = c
				behind = true
				if saved < 0 {
					st.lookbehindGroups = st.groups()
				}
			}
			p := func() []*reNode {
				defer t.call(779, "_parse_sub(source, state, verbose, nested + 1)")()
				return parseSub(t, st, verbose, nested+1)
			}()
			if behind && saved < 0 {
				st.lookbehindGroups = -1
			}
			if !t.match(")", 783) {
				panic(t.err(784, "missing ), unterminated subpattern", t.tell()-start))
			}
			op := rxAssert
			if char == "!" {
				op = rxAssertNot
			}
			return &reNode{op: op, sub: p, behind: behind}, false
		case char == "(":
			condname := t.getuntil(")", "group name", 794, `source.getuntil(")", "group name")`)
			n := len([]rune(condname))
			var condgroup int
			if isIdentifier(condname) {
				t.checkgroupname(condname, 1, 796, "")
				g, ok := st.groupdict[condname]
				if !ok {
					panic(t.err(800, "unknown group name "+Repr(condname), n+1))
				}
				condgroup = g
			} else {
				v, err := strconv.Atoi(condname)
				if err != nil || v < 0 || !isASCIIDecimal(condname) {
					if err == nil && v >= 0 {
						Unsupported("a non-ASCII group number in a regular expression conditional")
					}
					panic(t.err(808, "bad character in group name "+Repr(condname), n+1))
				}
				if v == 0 {
					panic(t.err(810, "bad group number", n+1))
				}
				if v >= reMaxGroups {
					panic(t.err(814, "invalid group reference "+strconv.Itoa(v), n+1))
				}
				if _, ok := st.grouprefpos[v]; !ok {
					st.grouprefpos[v] = t.tell() - n - 1
					st.grouprefOrder = append(st.grouprefOrder, v)
				}
				condgroup = v
			}
			st.checkLookbehindGroup(condgroup, t, 827, "")
			branch := func(line int, expr string) []*reNode {
				defer t.call(line, expr)()
				return parseSeq(t, st, verbose, nested+1, false)
			}
			yes := branch(828, "_parse(source, state, verbose, nested + 1)")
			node := &reNode{op: rxGrouprefExists, group: condgroup, sub: yes}
			if t.match("|", 829) {
				node.no = branch(830, "_parse(source, state, verbose, nested + 1)")
				node.hasNo = true
				if t.next == "|" {
					panic(t.err(832, "conditional backref with more than two branches", 0))
				}
			}
			if !t.match(")", 835) {
				panic(t.err(836, "missing ), unterminated subpattern", t.tell()-start))
			}
			return node, false
		case char == ">":
			capture, atomic = false, true
		case reFlagLetters[[]rune(char)[0]] != 0 || char == "-":
			add, del, global := func() (int, int, bool) {
				defer t.call(847, "_parse_flags(source, state, char)")()
				return parseFlags(t, st, char)
			}()
			if global {
				if !first || len(sp) > 0 {
					panic(t.err(850, "global flags not at the start of the expression", t.tell()-start))
				}
				return nil, true
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			panic(t.err(859, "unknown extension ?"+char, len([]rune(char))+1))
		}
	}
	group := 0
	if capture {
		group = st.opengroup(name, named, t)
	}
	subVerbose := (verbose || addFlags&reVerbose != 0) && delFlags&reVerbose == 0
	p := func() []*reNode {
		defer t.call(872, "_parse_sub(source, state, sub_verbose, nested + 1)")()
		return parseSub(t, st, subVerbose, nested+1)
	}()
	if !t.match(")", 873) {
		panic(t.err(874, "missing ), unterminated subpattern", t.tell()-start))
	}
	if group != 0 {
		lo, hi := reWidth(p, st)
		st.groupwidths[group] = [2]int{lo, hi}
		st.closed[group] = true
	}
	if atomic {
		return &reNode{op: rxAtomic, sub: p}, false
	}
	return &reNode{op: rxSubpattern, group: group, addFlags: addFlags, delFlags: delFlags, sub: p}, false
}

func isASCIIDecimal(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// parseFlags is _parse_flags; global reports "(?flags)" (no ':').
func parseFlags(t *reTokenizer, st *reParseState, char string) (add, del int, global bool) {
	defer t.enter("_parse_flags")()
	isFlag := func(c string) bool { return len([]rune(c)) == 1 && reFlagLetters[[]rune(c)[0]] != 0 }
	isAlpha := func(c string) bool { r := []rune(c); return len(r) == 1 && unicode.IsLetter(r[0]) }
	if char != "-" {
		for {
			flag := reFlagLetters[[]rune(char)[0]]
			if char == "L" {
				panic(t.err(913, "bad inline flags: cannot use 'L' flag with a str pattern", 0))
			}
			add |= flag
			if flag&reTypeFlags != 0 && add&reTypeFlags != flag {
				panic(t.err(921, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0))
			}
			c, ok := t.get(922)
			if !ok {
				panic(t.err(924, "missing -, : or )", 0))
			}
			char = c
			if char == ")" || char == "-" || char == ":" {
				break
			}
			if !isFlag(char) {
				msg := "missing -, : or )"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				panic(t.err(929, msg, len([]rune(char))))
			}
		}
	}
	if char == ")" {
		st.flags |= add
		return 0, 0, true
	}
	if add&(reDebug|reFlagTemplate) != 0 {
		panic(t.err(934, "bad inline flags: cannot turn on global flag", 1))
	}
	if char == "-" {
		c, ok := t.get(936)
		if !ok {
			panic(t.err(938, "missing flag", 0))
		}
		char = c
		if !isFlag(char) {
			msg := "missing flag"
			if isAlpha(char) {
				msg = "unknown flag"
			}
			panic(t.err(941, msg, len([]rune(char))))
		}
		for {
			flag := reFlagLetters[[]rune(char)[0]]
			if flag&reTypeFlags != 0 {
				panic(t.err(946, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0))
			}
			del |= flag
			c, ok := t.get(948)
			if !ok {
				panic(t.err(950, "missing :", 0))
			}
			char = c
			if char == ":" {
				break
			}
			if !isFlag(char) {
				msg := "missing :"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				panic(t.err(955, msg, len([]rune(char))))
			}
		}
	}
	if del&(reDebug|reFlagTemplate) != 0 {
		panic(t.err(958, "bad inline flags: cannot turn off global flag", 1))
	}
	if add&del != 0 {
		panic(t.err(960, "bad inline flags: flag turned on and off", 1))
	}
	return add, del, false
}
