package py

import (
	"strings"
	"unicode"
)

// CPython 3.11 underlines, in each traceback frame, the expression whose
// instruction was running (traceback.py's format_frame_summary): `^^^` under
// a call, `~~^~~` under a binary operation, `~~~^^^` under a subscript,
// unless that expression spans the whole line. The positions come from
// CPython's bytecode, which a Go frame does not carry; they are recovered
// here from the source line and what the frame was doing: an outer frame
// was calling (or awaiting) the frame after it, the innermost frame was
// raising. When the line holds more than one expression that fits, the
// position is unknown and carets reports it (ok false).

// caretExpr is one expression of a source line: rune offsets [start, end).
type caretExpr struct {
	start, end int
	kind       byte // 'c' call, 's' subscript, 'b' binary op, 'a' await, 'r' raise, '.' attribute
	name       string
	op         string     // a binary operator
	left       *caretExpr // binary op's left operand; subscript's value
	right      *caretExpr // binary op's right operand; subscript's slice
	parent     *caretExpr // the await whose operand this is, if any
}

type caretTok struct {
	start, end int
	kind       byte // 'n' name, '0' number, '"' string, 'o' operator/punctuation
	text       string
}

// tokenizeLine splits one line of Python; ok is false for text it cannot
// read. Brackets left open are fine (the statement continues).
func tokenizeLine(line []rune) ([]caretTok, bool) {
	var toks []caretTok
	i := 0
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n':
			i++
		case c == '#':
			return toks, true
		case c == '\\':
			i++
		case c == '_' || unicode.IsLetter(c):
			j := i
			for j < len(line) && (line[j] == '_' || unicode.IsLetter(line[j]) || unicode.IsDigit(line[j])) {
				j++
			}
			word := string(line[i:j])
			if j < len(line) && (line[j] == '\'' || line[j] == '"') && isStrPrefix(word) {
				end, ok := scanString(line, j)
				if !ok {
					return nil, false
				}
				toks = append(toks, caretTok{i, end, '"', string(line[i:end])})
				i = end
				continue
			}
			toks = append(toks, caretTok{i, j, 'n', word})
			i = j
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9':
			j := i
			for j < len(line) && (unicode.IsDigit(line[j]) || unicode.IsLetter(line[j]) || line[j] == '.' || line[j] == '_' ||
				(line[j] == '+' || line[j] == '-') && (line[j-1] == 'e' || line[j-1] == 'E') && !strings.ContainsAny(string(line[i:j]), "xXbBoO")) {
				j++
			}
			toks = append(toks, caretTok{i, j, '0', string(line[i:j])})
			i = j
		case c == '\'' || c == '"':
			end, ok := scanString(line, i)
			if !ok {
				return nil, false
			}
			toks = append(toks, caretTok{i, end, '"', string(line[i:end])})
			i = end
		default:
			n := 1
			for _, op := range []string{"**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
				"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="} {
				if strings.HasPrefix(string(line[i:min(i+3, len(line))]), op) {
					n = len(op)
					break
				}
			}
			toks = append(toks, caretTok{i, i + n, 'o', string(line[i : i+n])})
			i += n
		}
	}
	return toks, true
}

func isStrPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// scanString returns the end of the string literal whose quote is at i.
// A triple-quoted string left open runs to the end of the line.
func scanString(line []rune, i int) (int, bool) {
	q := line[i]
	triple := i+2 < len(line) && line[i+1] == q && line[i+2] == q
	j := i + 1
	if triple {
		j = i + 3
	}
	for j < len(line) {
		switch {
		case line[j] == '\\':
			j += 2
			continue
		case triple && line[j] == q && j+2 < len(line) && line[j+1] == q && line[j+2] == q:
			return j + 3, true
		case !triple && line[j] == q:
			return j + 1, true
		}
		j++
	}
	return len(line), triple
}

// caretParser parses the expressions of one line, collecting the calls,
// subscripts, binary operations and awaits in them.
type caretParser struct {
	toks  []caretTok
	pos   int
	found []*caretExpr
	bad   bool
}

var caretKeywordsNoExpr = map[string]bool{"return": true, "if": true, "elif": true, "else": true, "while": true, "for": true,
	"in": true, "with": true, "as": true, "async": true, "assert": true, "del": true, "yield": true, "from": true,
	"try": true, "except": true, "finally": true, "pass": true, "break": true, "continue": true, "global": true,
	"nonlocal": true, "import": true, "def": true, "class": true, "is": true, "and": true, "or": true, "raise": true,
	"match": false, "case": false}

func (p *caretParser) peek() *caretTok {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *caretParser) isOp(s string) bool {
	t := p.peek()
	return t != nil && t.kind == 'o' && t.text == s
}

func (p *caretParser) isWord(s string) bool {
	t := p.peek()
	return t != nil && t.kind == 'n' && t.text == s
}

// line parses a whole logical line: statement keywords and punctuation are
// skipped, every expression between them is parsed.
func (p *caretParser) line() {
	for p.pos < len(p.toks) && !p.bad {
		if p.isWord("lambda") {
			p.bad = true
			return
		}
		if !p.startsExpr() {
			p.pos++
			continue
		}
		p.expr()
	}
}

func (p *caretParser) startsExpr() bool {
	t := p.peek()
	if t == nil {
		return false
	}
	switch t.kind {
	case 'n':
		return !caretKeywordsNoExpr[t.text] || t.text == "not"
	case '0', '"':
		return true
	}
	switch t.text {
	case "(", "[", "{", "-", "+", "~", "*", "**", "...":
		return true
	}
	return false
}

// Binary operator precedence, loosest first (comparisons and boolean
// operators are parsed but never underlined).
var caretBinPrec = map[string]int{"|": 4, "^": 5, "&": 6, "<<": 7, ">>": 7, "+": 8, "-": 8,
	"*": 9, "/": 9, "//": 9, "%": 9, "@": 9}

func (p *caretParser) expr() *caretExpr {
	if p.isOp("*") || p.isOp("**") {
		p.pos++
	}
	e := p.orTest()
	if e != nil && p.isWord("if") {
		save := p.pos
		p.pos++
		c := p.orTest()
		if c != nil && p.isWord("else") {
			p.pos++
			r := p.expr()
			if r != nil {
				return &caretExpr{start: e.start, end: r.end, kind: 'x'}
			}
		}
		if c == nil {
			p.pos = save
		}
	}
	if e != nil && p.isOp(":=") {
		p.pos++
		if r := p.expr(); r != nil {
			return &caretExpr{start: e.start, end: r.end, kind: 'x'}
		}
	}
	return e
}

func (p *caretParser) orTest() *caretExpr {
	e := p.notTest()
	for e != nil && (p.isWord("and") || p.isWord("or")) {
		p.pos++
		r := p.notTest()
		if r == nil {
			return nil
		}
		e = &caretExpr{start: e.start, end: r.end, kind: 'x'}
	}
	return e
}

func (p *caretParser) notTest() *caretExpr {
	if p.isWord("not") {
		t := p.peek()
		p.pos++
		r := p.notTest()
		if r == nil {
			return nil
		}
		return &caretExpr{start: t.start, end: r.end, kind: 'x'}
	}
	return p.comparison()
}

func (p *caretParser) comparison() *caretExpr {
	e := p.binary(4)
	for e != nil {
		t := p.peek()
		if t == nil {
			break
		}
		switch {
		case t.kind == 'o' && (t.text == "<" || t.text == ">" || t.text == "==" || t.text == "!=" || t.text == "<=" || t.text == ">="):
			p.pos++
		case t.kind == 'n' && t.text == "in":
			p.pos++
		case t.kind == 'n' && t.text == "is":
			p.pos++
			if p.isWord("not") {
				p.pos++
			}
		case t.kind == 'n' && t.text == "not" && p.pos+1 < len(p.toks) && p.toks[p.pos+1].text == "in":
			p.pos += 2
		default:
			return e
		}
		r := p.binary(4)
		if r == nil {
			return nil
		}
		e = &caretExpr{start: e.start, end: r.end, kind: 'x'}
	}
	return e
}

func (p *caretParser) binary(minPrec int) *caretExpr {
	e := p.unary()
	for e != nil {
		t := p.peek()
		if t == nil || t.kind != 'o' {
			return e
		}
		prec, ok := caretBinPrec[t.text]
		if !ok || prec < minPrec {
			return e
		}
		p.pos++
		r := p.binary(prec + 1)
		if r == nil {
			return nil
		}
		e = &caretExpr{start: e.start, end: r.end, kind: 'b', op: t.text, left: e, right: r}
		p.found = append(p.found, e)
	}
	return e
}

func (p *caretParser) unary() *caretExpr {
	t := p.peek()
	if t != nil && t.kind == 'o' && (t.text == "-" || t.text == "+" || t.text == "~") {
		p.pos++
		r := p.unary()
		if r == nil {
			return nil
		}
		return &caretExpr{start: t.start, end: r.end, kind: 'x'}
	}
	return p.power()
}

func (p *caretParser) power() *caretExpr {
	e := p.awaitExpr()
	if e != nil && p.isOp("**") {
		p.pos++
		r := p.unary()
		if r == nil {
			return nil
		}
		e = &caretExpr{start: e.start, end: r.end, kind: 'b', op: "**", left: e, right: r}
		p.found = append(p.found, e)
	}
	return e
}

func (p *caretParser) awaitExpr() *caretExpr {
	if p.isWord("await") {
		t := p.peek()
		p.pos++
		r := p.primary()
		if r == nil {
			return nil
		}
		a := &caretExpr{start: t.start, end: r.end, kind: 'a'}
		r.parent = a
		p.found = append(p.found, a)
		return a
	}
	return p.primary()
}

func (p *caretParser) primary() *caretExpr {
	e := p.atom()
	for e != nil {
		t := p.peek()
		if t == nil || t.kind != 'o' {
			return e
		}
		switch t.text {
		case ".":
			p.pos++
			n := p.peek()
			if n == nil || n.kind != 'n' {
				p.bad = true
				return nil
			}
			p.pos++
			e = &caretExpr{start: e.start, end: n.end, kind: '.', name: n.text, left: e}
			p.found = append(p.found, e)
		case "(":
			end, open := p.bracketed()
			name := ""
			if e.kind == 'n' || e.kind == '.' {
				name = e.name
			}
			e = &caretExpr{start: e.start, end: end, kind: 'c', name: name, left: e}
			p.found = append(p.found, e)
			if open {
				return e
			}
		case "[":
			p.pos++
			var sl *caretExpr
			if p.startsExpr() || p.isOp(":") {
				sl = p.sliceList()
			}
			if !p.isOp("]") {
				end, open := p.skipTo("]")
				e = &caretExpr{start: e.start, end: end, kind: 's', left: e, right: sl}
				p.found = append(p.found, e)
				if open {
					return e
				}
				continue
			}
			end := p.peek().end
			p.pos++
			e = &caretExpr{start: e.start, end: end, kind: 's', left: e, right: sl}
			p.found = append(p.found, e)
		default:
			return e
		}
	}
	return e
}

// sliceList parses a subscript's slice (items, slices, tuples) and returns
// an expression spanning it.
func (p *caretParser) sliceList() *caretExpr {
	startTok := p.peek()
	for !p.bad {
		if p.isOp(":") || p.isOp(",") {
			p.pos++
			continue
		}
		if !p.startsExpr() {
			break
		}
		if p.expr() == nil {
			return nil
		}
	}
	if startTok == nil || p.pos == 0 {
		return nil
	}
	return &caretExpr{start: startTok.start, end: p.toks[p.pos-1].end, kind: 'x'}
}

// bracketed parses a bracket's contents from its opening token on; it
// returns the end of the closing bracket, or the line's end and open=true.
func (p *caretParser) bracketed() (end int, open bool) {
	closer := map[string]string{"(": ")", "[": "]", "{": "}"}[p.peek().text]
	p.pos++
	return p.skipTo(closer)
}

func (p *caretParser) skipTo(closer string) (end int, open bool) {
	for p.pos < len(p.toks) && !p.bad {
		if p.isOp(closer) {
			end := p.peek().end
			p.pos++
			return end, false
		}
		if p.isOp(")") || p.isOp("]") || p.isOp("}") {
			p.bad = true
			return 0, false
		}
		if p.isWord("lambda") {
			p.bad = true
			return 0, false
		}
		if p.startsExpr() {
			p.expr()
			continue
		}
		p.pos++
	}
	if len(p.toks) == 0 {
		return 0, true
	}
	return p.toks[len(p.toks)-1].end, true
}

func (p *caretParser) atom() *caretExpr {
	t := p.peek()
	if t == nil {
		return nil
	}
	switch t.kind {
	case 'n':
		if caretKeywordsNoExpr[t.text] || t.text == "not" || t.text == "await" || t.text == "lambda" {
			p.bad = t.text == "lambda"
			return nil
		}
		p.pos++
		return &caretExpr{start: t.start, end: t.end, kind: 'n', name: t.text}
	case '0':
		p.pos++
		return &caretExpr{start: t.start, end: t.end, kind: 'x'}
	case '"':
		p.pos++
		e := &caretExpr{start: t.start, end: t.end, kind: 'x'}
		for {
			n := p.peek()
			if n == nil || n.kind != '"' {
				return e
			}
			p.pos++
			e.end = n.end
		}
	}
	switch t.text {
	case "(", "[", "{":
		first := p.pos
		end, _ := p.bracketed()
		e := &caretExpr{start: t.start, end: end, kind: 'x'}
		if p.bad {
			return nil
		}
		if name := comprehensionName(p.toks[first:p.pos]); name != "" {
			// A comprehension runs in a frame of its own, named after it.
			e.kind, e.name = 'c', name
			p.found = append(p.found, e)
		}
		return e
	case "...":
		p.pos++
		return &caretExpr{start: t.start, end: t.end, kind: 'x'}
	}
	return nil
}

// caretSpan is where CPython's instruction for a frame was, in runes of
// the raw line, plus the anchors of a binary op or subscript (-1: none).
type caretSpan struct {
	start, end          int
	multiline           bool
	leftEnd, rightStart int
}

// frameCaretSpan finds the expression of a frame: callee is the Python name
// of the next frame's function ("" for the innermost frame), calleeCoro
// whether that function is a coroutine, exc the exception (innermost only).
// isPyFunc tells names of the program's own functions: in the innermost
// frame, a call of one of them returned (had it raised, its frame would be
// the innermost).
func frameCaretSpan(raw string, callee string, calleeCoro bool, exc *Exception, isPyFunc func(string) bool) (span caretSpan, found bool) {
	defer func() {
		// A line this reader misreads must cost the caret, never the
		// traceback.
		if r := recover(); r != nil {
			if _, isExc := r.(*Exception); isExc {
				panic(r)
			}
			span, found = caretSpan{}, false
		}
	}()
	line := []rune(raw)
	toks, ok := tokenizeLine(line)
	if !ok || len(toks) == 0 {
		return caretSpan{}, false
	}
	p := &caretParser{toks: toks}
	p.line()
	if p.bad {
		return caretSpan{}, false
	}
	// Is the statement continued on the next line (an open bracket or a
	// backslash)? Then CPython's position ends on a later line.
	depth := 0
	for _, t := range toks {
		if t.kind == 'o' {
			switch t.text {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
			}
		}
	}
	trimmed := strings.TrimRight(raw, " \t\r\n")
	continued := depth > 0 || strings.HasSuffix(trimmed, "\\")
	spanOf := func(e *caretExpr) (caretSpan, bool) {
		s := caretSpan{start: e.start, end: e.end, leftEnd: -1, rightStart: -1}
		if continued && e.end >= toks[len(toks)-1].end {
			s.multiline = true
			return s, true
		}
		return s, true
	}
	pick := func(cands []*caretExpr) (caretSpan, bool) {
		if len(cands) != 1 {
			return caretSpan{}, false
		}
		return spanOf(cands[0])
	}
	var awaits []*caretExpr
	for _, e := range p.found {
		if e.kind == 'a' {
			awaits = append(awaits, e)
		}
	}
	if callee != "" {
		// The frame was calling callee, or awaiting a coroutine that ran it.
		var calls []*caretExpr
		for _, e := range p.found {
			if e.kind == 'c' && e.name == callee {
				calls = append(calls, e)
			}
		}
		if calleeCoro {
			// A coroutine's body runs when awaited: the frame's position is
			// the await (the call itself only made the coroutine object).
			if len(calls) == 1 && calls[0].parent != nil {
				return spanOf(calls[0].parent)
			}
			if len(awaits) == 1 {
				return spanOf(awaits[0])
			}
			return caretSpan{}, false
		}
		if len(calls) > 0 {
			return pick(calls)
		}
		var attrs []*caretExpr
		for _, e := range p.found {
			if e.kind == '.' && e.name == callee {
				attrs = append(attrs, e)
			}
		}
		if len(attrs) > 0 {
			return pick(attrs) // a property getter
		}
		return caretSpan{}, false
	}
	// The innermost frame raised.
	if toks[0].kind == 'n' && toks[0].text == "raise" {
		return spanOf(&caretExpr{start: toks[0].start, end: toks[len(toks)-1].end})
	}
	// Which expressions could have raised exc, most likely kinds first.
	var tiers [][]byte
	switch {
	case exc == nil:
		return caretSpan{}, false
	case exc.Is(KeyError), exc.Is(IndexError):
		tiers = [][]byte{{'s'}, {'c'}}
	case exc.Is(ZeroDivisionError):
		tiers = [][]byte{{'/'}, {'c'}}
	case exc.Is(AttributeError):
		tiers = [][]byte{{'.'}}
	case exc.Is(CancelledError):
		tiers = [][]byte{{'a'}}
	default:
		tiers = [][]byte{{'c'}, {'b', 's'}}
	}
	attr := ""
	if exc.Is(AttributeError) {
		msg := ExcStr(exc)
		if i := strings.LastIndex(msg, "attribute '"); i >= 0 {
			attr = strings.TrimSuffix(msg[i+len("attribute '"):], "'")
		}
	}
	// A builtin named by the message (int(), float()) is the call that
	// raised.
	builtin := ""
	if exc.Is(ValueError) {
		switch msg := ExcStr(exc); {
		case strings.Contains(msg, "for int() with base"):
			builtin = "int"
		case strings.HasPrefix(msg, "could not convert string to float"):
			builtin = "float"
		}
	}
	for _, kinds := range tiers {
		var cands []*caretExpr
		for _, e := range p.found {
			if e.kind == 'c' && (isPyFunc(e.name) || builtin != "" && e.name != builtin) {
				continue
			}
			for _, k := range kinds {
				switch {
				case k == '/' && e.kind == 'b' && (e.op == "/" || e.op == "//" || e.op == "%"),
					k == '.' && e.kind == '.' && e.name == attr,
					k == e.kind && k != '.':
					cands = append(cands, e)
				}
			}
		}
		if len(cands) == 0 {
			continue
		}
		if len(cands) > 1 {
			return caretSpan{}, false
		}
		s, ok := spanOf(cands[0])
		if ok {
			addAnchors(line, cands[0], &s)
		}
		return s, ok
	}
	if len(awaits) == 1 {
		// An awaited future or task that holds the exception.
		return spanOf(awaits[0])
	}
	return caretSpan{}, false
}

// addAnchors is _extract_caret_anchors_from_line_segment for the segment
// of one line: the operator of a binary op, the brackets of a subscript.
func addAnchors(line []rune, e *caretExpr, s *caretSpan) {
	if s.multiline {
		return
	}
	seg := line[e.start:e.end]
	switch e.kind {
	case 'b':
		opStr := line[e.left.end:e.right.start]
		off := 0
		for off < len(opStr) && unicode.IsSpace(opStr[off]) {
			off++
		}
		left := e.left.end - e.start + off
		right := left + 1
		if off+1 < len(opStr) && !unicode.IsSpace(opStr[off+1]) {
			right++
		}
		for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] == ')' || seg[left] == '#') {
			left++
			right++
		}
		s.leftEnd, s.rightStart = left, right
	case 's':
		if e.right == nil {
			return
		}
		left := e.left.end - e.start
		right := e.right.end - e.start + 1
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
		s.leftEnd, s.rightStart = left, right
	}
}

// caretLine is the line format_frame_summary prints under a frame's source
// (with its newline), or "" when it prints none.
func caretLine(raw string, s caretSpan) string {
	line := []rune(strings.TrimSuffix(raw, "\n"))
	stripped := strings.TrimSpace(string(line))
	nStripped := len([]rune(stripped))
	// traceback.py counts the line's newline among the stripped characters.
	strippedChars := len(line) + 1 - nStripped
	start, end := s.start, s.end
	if s.multiline {
		end = len([]rune(strings.TrimRight(string(line), " \t\r\f\v")))
	}
	anchors := s.leftEnd >= 0
	if !(end-start < nStripped || anchors && s.rightStart-s.leftEnd > 0) {
		return ""
	}
	dpStart := displayWidth(line, start) + 1
	dpEnd := displayWidth(line, end) + 1
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(dpStart-strippedChars, 0)))
	if anchors {
		seg := line[start:end]
		l := displayWidth(seg, s.leftEnd)
		r := displayWidth(seg, s.rightStart)
		b.WriteString(strings.Repeat("~", l))
		b.WriteString(strings.Repeat("^", r-l))
		b.WriteString(strings.Repeat("~", max(dpEnd-dpStart-r, 0)))
	} else {
		b.WriteString(strings.Repeat("^", dpEnd-dpStart))
	}
	b.WriteString("\n")
	return b.String()
}

// displayWidth is traceback._display_width: wide East Asian characters
// take two columns.
func displayWidth(line []rune, offset int) int {
	w := 0
	for _, r := range line[:min(offset, len(line))] {
		w++
		if isWideRune(r) {
			w++
		}
	}
	return w
}

func isWideRune(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0x303E, r >= 0x3041 && r <= 0x33FF,
		r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xA000 && r <= 0xA4CF,
		r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x1F300 && r <= 0x1F64F,
		r >= 0x1F900 && r <= 0x1F9FF, r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}

// comprehensionName is the frame name of a bracketed display that is a
// comprehension (its tokens, brackets included), or "".
func comprehensionName(toks []caretTok) string {
	if len(toks) < 2 {
		return ""
	}
	depth, hasFor, hasColon := 0, false, false
	for _, t := range toks[1 : len(toks)-1] {
		switch {
		case t.kind == 'o' && (t.text == "(" || t.text == "[" || t.text == "{"):
			depth++
		case t.kind == 'o' && (t.text == ")" || t.text == "]" || t.text == "}"):
			depth--
		case depth == 0 && t.kind == 'n' && t.text == "for":
			hasFor = true
		case depth == 0 && !hasFor && t.kind == 'o' && t.text == ":":
			hasColon = true
		}
	}
	if !hasFor {
		return ""
	}
	switch toks[0].text {
	case "[":
		return "<listcomp>"
	case "(":
		return "<genexpr>"
	}
	if hasColon {
		return "<dictcomp>"
	}
	return "<setcomp>"
}
