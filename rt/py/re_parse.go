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

// reError is a re.error raised while compiling: msg, and pos (-1: none).
type reError struct {
	msg string
	pos int
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

type reTokenizer struct {
	s     []rune
	index int
	next  string // "" at the end
	has   bool
}

func newReTokenizer(s []rune) *reTokenizer {
	t := &reTokenizer{s: s}
	t.advance()
	return t
}

func (t *reTokenizer) advance() {
	i := t.index
	if i >= len(t.s) {
		t.next, t.has = "", false
		return
	}
	c := string(t.s[i])
	if t.s[i] == '\\' {
		i++
		if i >= len(t.s) {
			panic(&reError{"bad escape (end of pattern)", len(t.s) - 1})
		}
		c += string(t.s[i])
	}
	t.index = i + 1
	t.next, t.has = c, true
}

func (t *reTokenizer) match(c string) bool {
	if t.has && c == t.next {
		t.advance()
		return true
	}
	return false
}

// get returns the next token and whether there was one.
func (t *reTokenizer) get() (string, bool) {
	this, ok := t.next, t.has
	t.advance()
	return this, ok
}

func (t *reTokenizer) nextIn(set string) bool {
	return t.has && len([]rune(t.next)) == 1 && strings.Contains(set, t.next)
}

func (t *reTokenizer) getwhile(n int, set string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if !t.nextIn(set) {
			break
		}
		b.WriteString(t.next)
		t.advance()
	}
	return b.String()
}

func (t *reTokenizer) tell() int { return t.index - len([]rune(t.next)) }

func (t *reTokenizer) seek(i int) {
	t.index = i
	t.advance()
}

func (t *reTokenizer) err(msg string, offset int) *reError {
	return &reError{msg, t.tell() - offset}
}

func (t *reTokenizer) getuntil(term, name string) string {
	var b strings.Builder
	n := 0
	for {
		c, ok := t.get()
		if !ok {
			if n == 0 {
				panic(t.err("missing "+name, 0))
			}
			panic(t.err("missing "+term+", unterminated name", n))
		}
		if c == term {
			if n == 0 {
				panic(t.err("missing "+name, 1))
			}
			break
		}
		b.WriteString(c)
		n += len([]rune(c))
	}
	return b.String()
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			return false
		}
	}
	return true
}

func (t *reTokenizer) checkgroupname(name string, offset int) {
	if !isIdentifier(name) {
		panic(t.err("bad character in group name "+Repr(name), len([]rune(name))+offset))
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

// hexEscape handles \x, \u and \U (exactly 2, 4, 8 digits).
func (t *reTokenizer) hexEscape(esc string, n int) *reNode {
	esc += t.getwhile(n, reHexDigits)
	if len(esc) != n+2 {
		panic(t.err("incomplete escape "+esc, len(esc)))
	}
	v, _ := strconv.ParseUint(esc[2:], 16, 32)
	if v > unicode.MaxRune {
		panic(t.err("bad escape "+esc, len(esc)))
	}
	return lit(rune(v))
}

func (t *reTokenizer) namedEscape() *reNode {
	if !t.match("{") {
		panic(t.err("missing {", 0))
	}
	t.getuntil("}", "character name")
	Unsupported(`\N{...} escapes in regular expressions`)
	return nil
}

// classEscape is _class_escape: an escape inside [...].
func (t *reTokenizer) classEscape(esc string) *reNode {
	if c, ok := reEscapes[esc]; ok {
		return lit(c)
	}
	if n, ok := reCategoryEscape(esc); ok && n.op == rxIn {
		return n
	}
	c := esc[1:]
	switch {
	case c == "x":
		return t.hexEscape(esc, 2)
	case c == "u":
		return t.hexEscape(esc, 4)
	case c == "U":
		return t.hexEscape(esc, 8)
	case c == "N":
		return t.namedEscape()
	case strings.Contains(reOctDigits, c):
		esc += t.getwhile(2, reOctDigits)
		v, _ := strconv.ParseInt(esc[1:], 8, 32)
		if v > 0o377 {
			panic(t.err("octal escape value "+esc+" outside of range 0-0o377", len(esc)))
		}
		return lit(rune(v))
	case strings.Contains(reDigits, c):
		panic(t.err("bad escape "+esc, len([]rune(esc))))
	}
	if isASCIILetter(c) {
		panic(t.err("bad escape "+esc, len([]rune(esc))))
	}
	return lit([]rune(c)[0])
}

// escape is _escape: an escape outside a set.
func (t *reTokenizer) escape(esc string, st *reParseState) *reNode {
	if n, ok := reCategoryEscape(esc); ok {
		return n
	}
	if c, ok := reEscapes[esc]; ok {
		return lit(c)
	}
	c := esc[1:]
	switch {
	case c == "x":
		return t.hexEscape(esc, 2)
	case c == "u":
		return t.hexEscape(esc, 4)
	case c == "U":
		return t.hexEscape(esc, 8)
	case c == "N":
		return t.namedEscape()
	case c == "0":
		esc += t.getwhile(2, reOctDigits)
		v, _ := strconv.ParseInt(esc[1:], 8, 32)
		return lit(rune(v))
	case strings.Contains(reDigits, c):
		if t.nextIn(reDigits) {
			d, _ := t.get()
			esc += d
			if strings.Contains(reOctDigits, esc[1:2]) && strings.Contains(reOctDigits, esc[2:3]) && t.nextIn(reOctDigits) {
				d, _ := t.get()
				esc += d
				v, _ := strconv.ParseInt(esc[1:], 8, 32)
				if v > 0o377 {
					panic(t.err("octal escape value "+esc+" outside of range 0-0o377", len(esc)))
				}
				return lit(rune(v))
			}
		}
		group, _ := strconv.Atoi(esc[1:])
		if group < st.groups() {
			if !st.checkgroup(group) {
				panic(t.err("cannot refer to an open group", len(esc)))
			}
			st.checkLookbehindGroup(group, t)
			return &reNode{op: rxGroupref, group: group}
		}
		panic(t.err("invalid group reference "+strconv.Itoa(group), len(esc)-1))
	}
	if isASCIILetter(c) {
		panic(t.err("bad escape "+esc, len([]rune(esc))))
	}
	return lit([]rune(c)[0])
}

func (s *reParseState) checkLookbehindGroup(gid int, t *reTokenizer) {
	if s.lookbehindGroups >= 0 {
		if !s.checkgroup(gid) {
			panic(t.err("cannot refer to an open group", 0))
		}
		if gid >= s.lookbehindGroups {
			panic(t.err("cannot refer to group defined in the same lookbehind subpattern", 0))
		}
	}
}

func (s *reParseState) opengroup(name string, named bool, t *reTokenizer) int {
	gid := s.groups()
	s.groupwidths = append(s.groupwidths, [2]int{})
	s.closed = append(s.closed, false)
	if s.groups() > reMaxGroups {
		panic(t.err("too many groups", len([]rune(name))+1))
	}
	if named {
		if ogid, ok := s.groupdict[name]; ok {
			panic(t.err("redefinition of group name "+Repr(name)+" as group "+strconv.Itoa(gid)+"; was group "+strconv.Itoa(ogid), len([]rune(name))+1))
		}
		s.groupdict[name] = gid
		s.groupNames = append(s.groupNames, name)
	}
	return gid
}

// reWidth is SubPattern.getwidth.
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
func reParse(pattern []rune, flags int) ([]*reNode, *reParseState) {
	st := &reParseState{flags: flags, groupdict: map[string]int{}, groupwidths: [][2]int{{}}, closed: []bool{true}, lookbehindGroups: -1, grouprefpos: map[int]int{}}
	t := newReTokenizer(pattern)
	p := parseSub(t, st, flags&reVerbose != 0, 0)
	// fix_flags for a str pattern.
	if st.flags&reLocale != 0 {
		panic(New(ValueError, "cannot use LOCALE flag with a str pattern"))
	}
	if st.flags&reASCII == 0 {
		st.flags |= reUnicode
	} else if st.flags&reUnicode != 0 {
		panic(New(ValueError, "ASCII and UNICODE flags are incompatible"))
	}
	if t.has {
		panic(t.err("unbalanced parenthesis", 0))
	}
	for _, g := range st.grouprefOrder {
		if g >= st.groups() {
			panic(&reError{"invalid group reference " + strconv.Itoa(g), st.grouprefpos[g]})
		}
	}
	return p, st
}

func parseSub(t *reTokenizer, st *reParseState, verbose bool, nested int) []*reNode {
	var items [][]*reNode
	for {
		items = append(items, parseSeq(t, st, verbose, nested+1, nested == 0 && len(items) == 0))
		if !t.match("|") {
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

func parseSeq(t *reTokenizer, st *reParseState, verbose bool, nested int, first bool) []*reNode {
	var sp []*reNode
	for {
		if !t.has || t.next == "|" || t.next == ")" {
			break
		}
		this, _ := t.get()
		if verbose {
			if strings.Contains(reWhitespace, this) {
				continue
			}
			if this == "#" {
				for {
					c, ok := t.get()
					if !ok || c == "\n" {
						break
					}
				}
				continue
			}
		}
		switch {
		case this[0] == '\\':
			sp = append(sp, t.escape(this, st))
		case !strings.Contains(reSpecial, this):
			sp = append(sp, lit([]rune(this)[0]))
		case this == "[":
			sp = append(sp, parseSet(t))
		case strings.Contains("*+?{", this):
			var ok bool
			sp, ok = parseRepeat(t, sp, this)
			if !ok {
				continue
			}
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
	negate := t.match("^")
	toItem := func(n *reNode) reSetItem {
		if n.op == rxIn {
			return n.set[0]
		}
		return reSetItem{lo: n.c, hi: n.c}
	}
	for {
		this, ok := t.get()
		if !ok {
			panic(t.err("unterminated character set", t.tell()-here))
		}
		if this == "]" && len(set) > 0 {
			break
		}
		var code1 *reNode
		if this[0] == '\\' {
			code1 = t.classEscape(this)
		} else {
			if len(set) > 0 && strings.Contains("-&~|", this) && t.next == this {
				Unsupported("a doubled '" + this + "' in a regular expression set (CPython warns about a possible set operation)")
			}
			code1 = lit([]rune(this)[0])
		}
		if t.match("-") {
			that, ok := t.get()
			if !ok {
				panic(t.err("unterminated character set", t.tell()-here))
			}
			if that == "]" {
				set = append(set, toItem(code1), reSetItem{lo: '-', hi: '-'})
				break
			}
			var code2 *reNode
			if that[0] == '\\' {
				code2 = t.classEscape(that)
			} else {
				if that == "-" {
					Unsupported("a doubled '-' in a regular expression set (CPython warns about a possible set difference)")
				}
				code2 = lit([]rune(that)[0])
			}
			msg := "bad character range " + this + "-" + that
			if code1.op != rxLiteral || code2.op != rxLiteral || code2.c < code1.c {
				panic(t.err(msg, len([]rune(this))+1+len([]rune(that))))
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
		los := t.getwhileAll(reDigits)
		var his string
		if t.match(",") {
			his = t.getwhileAll(reDigits)
		} else {
			his = los
		}
		if !t.match("}") {
			sp = append(sp, lit('{'))
			t.seek(here)
			return sp, false
		}
		if los != "" {
			lo = reRepeatNumber(los)
		}
		if his != "" {
			hi = reRepeatNumber(his)
			if hi < lo {
				panic(t.err("min repeat greater than max repeat", t.tell()-here))
			}
		}
	}
	if len(sp) == 0 || sp[len(sp)-1].op == rxAt {
		panic(t.err("nothing to repeat", t.tell()-here+1))
	}
	item := sp[len(sp)-1]
	if item.op == rxRepeat {
		panic(t.err("multiple repeat", t.tell()-here+1))
	}
	body := []*reNode{item}
	if item.op == rxSubpattern && item.group == 0 && item.addFlags == 0 && item.delFlags == 0 {
		body = item.sub
	}
	kind := repGreedy
	if t.match("?") {
		kind = repLazy
	} else if t.match("+") {
		kind = repPossessive
	}
	sp[len(sp)-1] = &reNode{op: rxRepeat, min: lo, max: hi, sub: body, kind: kind}
	return sp, true
}

func (t *reTokenizer) getwhileAll(set string) string {
	var b strings.Builder
	for t.nextIn(set) {
		b.WriteString(t.next)
		t.advance()
	}
	return b.String()
}

func reRepeatNumber(s string) int {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v >= reMaxRepeat {
		panic(New(OverflowError, "the repetition number is too large"))
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
	if t.match("?") {
		char, ok := t.get()
		if !ok {
			panic(t.err("unexpected end of pattern", 0))
		}
		switch {
		case char == "P":
			if t.match("<") {
				name = t.getuntil(">", "group name")
				named = true
				t.checkgroupname(name, 1)
			} else if t.match("=") {
				name = t.getuntil(")", "group name")
				t.checkgroupname(name, 1)
				gid, ok := st.groupdict[name]
				if !ok {
					panic(t.err("unknown group name "+Repr(name), len([]rune(name))+1))
				}
				if !st.checkgroup(gid) {
					panic(t.err("cannot refer to an open group", len([]rune(name))+1))
				}
				st.checkLookbehindGroup(gid, t)
				return &reNode{op: rxGroupref, group: gid}, false
			} else {
				c, ok := t.get()
				if !ok {
					panic(t.err("unexpected end of pattern", 0))
				}
				panic(t.err("unknown extension ?P"+c, len([]rune(c))+2))
			}
		case char == ":":
			capture = false
		case char == "#":
			for {
				if !t.has {
					panic(t.err("missing ), unterminated comment", t.tell()-start))
				}
				if c, _ := t.get(); c == ")" {
					break
				}
			}
			return nil, false
		case char == "=" || char == "!" || char == "<":
			behind := false
			saved := st.lookbehindGroups
			if char == "<" {
				c, ok := t.get()
				if !ok {
					panic(t.err("unexpected end of pattern", 0))
				}
				if c != "=" && c != "!" {
					panic(t.err("unknown extension ?<"+c, len([]rune(c))+2))
				}
				char = c
				behind = true
				if saved < 0 {
					st.lookbehindGroups = st.groups()
				}
			}
			p := parseSub(t, st, verbose, nested+1)
			if behind && saved < 0 {
				st.lookbehindGroups = -1
			}
			if !t.match(")") {
				panic(t.err("missing ), unterminated subpattern", t.tell()-start))
			}
			op := rxAssert
			if char == "!" {
				op = rxAssertNot
			}
			return &reNode{op: op, sub: p, behind: behind}, false
		case char == "(":
			condname := t.getuntil(")", "group name")
			n := len([]rune(condname))
			var condgroup int
			if isIdentifier(condname) {
				t.checkgroupname(condname, 1)
				g, ok := st.groupdict[condname]
				if !ok {
					panic(t.err("unknown group name "+Repr(condname), n+1))
				}
				condgroup = g
			} else {
				v, err := strconv.Atoi(condname)
				if err != nil || v < 0 || !isASCIIDecimal(condname) {
					if err == nil && v >= 0 {
						Unsupported("a non-ASCII group number in a regular expression conditional")
					}
					panic(t.err("bad character in group name "+Repr(condname), n+1))
				}
				if v == 0 {
					panic(t.err("bad group number", n+1))
				}
				if v >= reMaxGroups {
					panic(t.err("invalid group reference "+strconv.Itoa(v), n+1))
				}
				if _, ok := st.grouprefpos[v]; !ok {
					st.grouprefpos[v] = t.tell() - n - 1
					st.grouprefOrder = append(st.grouprefOrder, v)
				}
				condgroup = v
			}
			st.checkLookbehindGroup(condgroup, t)
			yes := parseSeq(t, st, verbose, nested+1, false)
			node := &reNode{op: rxGrouprefExists, group: condgroup, sub: yes}
			if t.match("|") {
				node.no = parseSeq(t, st, verbose, nested+1, false)
				node.hasNo = true
				if t.next == "|" {
					panic(t.err("conditional backref with more than two branches", 0))
				}
			}
			if !t.match(")") {
				panic(t.err("missing ), unterminated subpattern", t.tell()-start))
			}
			return node, false
		case char == ">":
			capture, atomic = false, true
		case reFlagLetters[[]rune(char)[0]] != 0 || char == "-":
			add, del, global := parseFlags(t, st, char)
			if global {
				if !first || len(sp) > 0 {
					panic(t.err("global flags not at the start of the expression", t.tell()-start))
				}
				return nil, true
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			panic(t.err("unknown extension ?"+char, len([]rune(char))+1))
		}
	}
	group := 0
	if capture {
		group = st.opengroup(name, named, t)
	}
	subVerbose := (verbose || addFlags&reVerbose != 0) && delFlags&reVerbose == 0
	p := parseSub(t, st, subVerbose, nested+1)
	if !t.match(")") {
		panic(t.err("missing ), unterminated subpattern", t.tell()-start))
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
	isFlag := func(c string) bool { return len([]rune(c)) == 1 && reFlagLetters[[]rune(c)[0]] != 0 }
	isAlpha := func(c string) bool { r := []rune(c); return len(r) == 1 && unicode.IsLetter(r[0]) }
	if char != "-" {
		for {
			flag := reFlagLetters[[]rune(char)[0]]
			if char == "L" {
				panic(t.err("bad inline flags: cannot use 'L' flag with a str pattern", 0))
			}
			add |= flag
			if flag&reTypeFlags != 0 && add&reTypeFlags != flag {
				panic(t.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0))
			}
			c, ok := t.get()
			if !ok {
				panic(t.err("missing -, : or )", 0))
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
				panic(t.err(msg, len([]rune(char))))
			}
		}
	}
	if char == ")" {
		st.flags |= add
		return 0, 0, true
	}
	if add&(reDebug|reFlagTemplate) != 0 {
		panic(t.err("bad inline flags: cannot turn on global flag", 1))
	}
	if char == "-" {
		c, ok := t.get()
		if !ok {
			panic(t.err("missing flag", 0))
		}
		char = c
		if !isFlag(char) {
			msg := "missing flag"
			if isAlpha(char) {
				msg = "unknown flag"
			}
			panic(t.err(msg, len([]rune(char))))
		}
		for {
			flag := reFlagLetters[[]rune(char)[0]]
			if flag&reTypeFlags != 0 {
				panic(t.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0))
			}
			del |= flag
			c, ok := t.get()
			if !ok {
				panic(t.err("missing :", 0))
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
				panic(t.err(msg, len([]rune(char))))
			}
		}
	}
	if del&(reDebug|reFlagTemplate) != 0 {
		panic(t.err("bad inline flags: cannot turn off global flag", 1))
	}
	if add&del != 0 {
		panic(t.err("bad inline flags: flag turned on and off", 1))
	}
	return add, del, false
}
