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
	lambda     int        // how many lambda or comprehension bodies the expression is inside
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
	// lambdas is the number of lambda bodies being parsed: a lambda's body
	// runs in a frame of its own.
	lambdas int
}

// add records an expression that may be a frame's position.
func (p *caretParser) add(e *caretExpr) {
	e.lambda = p.lambdas
	p.found = append(p.found, e)
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
	if p.isWord("lambda") {
		return p.lambda()
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

// lambda parses `lambda params: body`; the body's expressions belong to
// the lambda's frame.
func (p *caretParser) lambda() *caretExpr {
	start := p.peek().start
	p.pos++
	depth := 0
	for ; p.pos < len(p.toks); p.pos++ {
		t := p.toks[p.pos]
		if t.kind != 'o' {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		}
		if depth == 0 && t.text == ":" {
			break
		}
	}
	if p.pos >= len(p.toks) {
		p.bad = true
		return nil
	}
	p.pos++
	p.lambdas++
	body := p.expr()
	p.lambdas--
	if body == nil {
		return nil
	}
	return &caretExpr{start: start, end: body.end, kind: 'x'}
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
	// `for x in xs` (a loop's or a comprehension's) is no comparison.
	loopTarget := p.pos > 0 && p.toks[p.pos-1].kind == 'n' && p.toks[p.pos-1].text == "for"
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
		if loopTarget {
			loopTarget = false
			e = &caretExpr{start: e.start, end: r.end, kind: 'x'}
			continue
		}
		if e.kind == '=' {
			// A chained comparison is one expression: CPython underlines it
			// whole whichever of its comparisons raised.
			e.end = r.end
			continue
		}
		e = &caretExpr{start: e.start, end: r.end, kind: '='}
		p.add(e)
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
		p.add(e)
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
		p.add(e)
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
		p.add(a)
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
			p.add(e)
		case "(":
			first, mark := p.pos, len(p.found)
			end, open := p.bracketed()
			if comprehensionName(p.toks[first:p.pos]) != "" {
				// f(x for x in xs): the call's parentheses are the
				// generator expression's.
				p.nest(p.toks[first:p.pos], mark)
			}
			name := ""
			if e.kind == 'n' || e.kind == '.' {
				name = e.name
			}
			e = &caretExpr{start: e.start, end: end, kind: 'c', name: name, left: e}
			p.add(e)
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
				p.add(e)
				if open {
					return e
				}
				continue
			}
			end := p.peek().end
			p.pos++
			e = &caretExpr{start: e.start, end: end, kind: 's', left: e, right: sl}
			p.add(e)
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
			return nil
		}
		p.pos++
		e := &caretExpr{start: t.start, end: t.end, kind: 'n', name: t.text}
		p.add(e) // a name read that may be unbound
		return e
	case '0':
		p.pos++
		return &caretExpr{start: t.start, end: t.end, kind: 'x'}
	case '"':
		p.pos++
		e := &caretExpr{start: t.start, end: t.end, kind: 'x'}
		p.fstringFields(t)
		for {
			n := p.peek()
			if n == nil || n.kind != '"' {
				return e
			}
			p.pos++
			p.fstringFields(n)
			e.end = n.end
		}
	}
	switch t.text {
	case "(", "[", "{":
		first, mark := p.pos, len(p.found)
		end, _ := p.bracketed()
		e := &caretExpr{start: t.start, end: end, kind: 'x'}
		if p.bad {
			return nil
		}
		if name := comprehensionName(p.toks[first:p.pos]); name != "" {
			// A comprehension runs in a frame of its own, named after it;
			// only its first iterable is evaluated by the enclosing code.
			p.nest(p.toks[first:p.pos], mark)
			e.kind, e.name = 'c', name
			p.add(e)
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

// frameCaretSpan finds the expression of a frame: inLambda tells a lambda's
// frame (its line's expressions outside the lambda are the caller's),
// callee is the Python qualified name of the next frame's function ("" for
// the innermost frame), calleeCoro
// whether that function is a coroutine, exc the exception (innermost only).
// isPyFunc tells names of the program's own functions: in the innermost
// frame, a call of one of them returned (had it raised, its frame would be
// the innermost).
func frameCaretSpan(raw string, inLambda bool, callee string, calleeCoro bool, exc *Exception, isPyFunc func(string) bool) (span caretSpan, found bool) {
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
	// Only the expressions of this frame's code: a lambda's body is a frame
	// of its own.
	own := p.found[:0]
	for _, e := range p.found {
		if (e.lambda > 0) == inLambda {
			own = append(own, e)
		}
	}
	p.found = own
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
		qualified := callee
		if i := strings.LastIndex(callee, "."); i >= 0 {
			callee = callee[i+1:]
		}
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
		if !strings.HasPrefix(callee, "__") {
			// Called through another name (a parameter, a callback) or by a
			// builtin that takes callables (sorted's key): the one call of
			// something not defined in the program, builtins that only run
			// special methods aside.
			for _, e := range p.found {
				if e.kind == 'c' && !isPyFunc(e.name) && !dunderOnlyBuiltins[e.name] && !strings.HasPrefix(e.name, "<") {
					calls = append(calls, e)
				}
			}
			if len(calls) == 1 {
				return spanOf(calls[0])
			}
		}
		var attrs []*caretExpr
		for _, e := range p.found {
			if e.kind == '.' && e.name == callee {
				attrs = append(attrs, e)
			}
		}
		if len(attrs) > 0 {
			return pick(attrs) // a property getter or setter
		}
		// A special method, run by the operation that calls it.
		var ops []*caretExpr
		switch op, ok := specialMethodOps[callee]; {
		case !ok:
		case op == "()":
			// A class called: its __init__ or __new__ runs.
			class := strings.TrimSuffix(qualified, "."+callee)
			if i := strings.LastIndex(class, "."); i >= 0 {
				class = class[i+1:]
			}
			// A dataclass's generated __init__ runs in a "<string>" frame named
			// without its class: then the one call of a capitalized (class) name.
			unqualified := class == callee
			for _, e := range p.found {
				if e.kind == 'c' && (e.name == class || unqualified && e.name != "" && unicode.IsUpper([]rune(e.name)[0])) {
					ops = append(ops, e)
				}
			}
		case op == "hash()":
			// __hash__ runs in the builtin hash() call (or a dict/set operation, left
			// unplaced).
			for _, e := range p.found {
				if e.kind == 'c' && e.name == "hash" {
					ops = append(ops, e)
				}
			}
		case op == "=":
			// An augmented assignment is positioned at the whole statement.
			return spanOf(&caretExpr{start: toks[0].start, end: toks[len(toks)-1].end})
		default:
			for _, e := range p.found {
				if op == "[]" && e.kind == 's' || op == "==" && e.kind == '=' || e.kind == 'b' && e.op == op {
					ops = append(ops, e)
				}
			}
		}
		if len(ops) != 1 {
			return caretSpan{}, false
		}
		s, ok := spanOf(ops[0])
		if ok {
			addAnchors(line, ops[0], &s)
		}
		return s, ok
	}
	// The innermost frame raised: a raise statement is positioned at
	// itself (also after a compound statement's colon on the same line).
	for i, t := range toks {
		if t.kind == 'n' && t.text == "raise" && (i == 0 || toks[i-1].kind == 'o' && (toks[i-1].text == ":" || toks[i-1].text == ";")) {
			end := toks[len(toks)-1].end
			for _, u := range toks[i:] {
				if u.kind == 'o' && u.text == ";" {
					break
				}
				end = u.end
			}
			return spanOf(&caretExpr{start: t.start, end: end})
		}
	}
	if exc != nil && exc.Is(NameError) {
		// A name read that failed: the one read of the name the message
		// gives (a name before `=` is stored, not read).
		name := ""
		if msg := ExcStr(exc); strings.Count(msg, "'") >= 2 {
			i := strings.Index(msg, "'")
			name = msg[i+1 : i+1+strings.Index(msg[i+1:], "'")]
		}
		var reads []*caretExpr
		for _, e := range p.found {
			if e.kind == 'n' && e.name == name && !followedByAssign(toks, e.end) {
				reads = append(reads, e)
			}
		}
		return pick(reads)
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

// fstringFields parses the replacement fields of string token t when it is
// an f-string: CPython 3.11 positions the expressions in them exactly, in
// the line, like any other.
func (p *caretParser) fstringFields(t *caretTok) {
	text := []rune(t.text)
	q := 0
	for q < len(text) && text[q] != '\'' && text[q] != '"' {
		q++
	}
	if q == len(text) || !strings.ContainsAny(string(text[:q]), "fF") {
		return
	}
	quote := 1
	if q+2 < len(text) && text[q+1] == text[q] && text[q+2] == text[q] {
		quote = 3
	}
	end := len(text)
	if end-quote > q+quote {
		end -= quote
	}
	for i := q + quote; i < end; i++ {
		if text[i] != '{' {
			continue
		}
		if i+1 < end && text[i+1] == '{' {
			i++
			continue
		}
		j := fieldEnd(text, i+1, end)
		toks, ok := tokenizeLine(text[i+1 : j])
		if !ok {
			p.bad = true
			return
		}
		for k := range toks {
			toks[k].start += t.start + i + 1
			toks[k].end += t.start + i + 1
		}
		sub := &caretParser{toks: toks, lambdas: p.lambdas}
		sub.line()
		if sub.bad {
			p.bad = true
			return
		}
		p.found = append(p.found, sub.found...)
		// Skip the conversion and format spec (its nested fields are left
		// unparsed: their expressions could not be told apart).
		depth := 0
		for i = j; i < end; i++ {
			if text[i] == '{' {
				depth++
			} else if text[i] == '}' {
				if depth == 0 {
					break
				}
				depth--
			}
		}
	}
}

// fieldEnd is where the expression of a replacement field starting at i
// ends: at its `}`, `!conversion` or `:format spec`, outside brackets.
func fieldEnd(text []rune, i, end int) int {
	depth := 0
	for ; i < end; i++ {
		switch c := text[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				return i
			}
			depth--
		case '!':
			if depth == 0 && (i+1 >= end || text[i+1] != '=') {
				return i
			}
		case ':':
			if depth == 0 {
				return i
			}
		case '\'', '"':
			if e, ok := scanString(text[:end], i); ok {
				i = e - 1
			}
		}
	}
	return end
}

// specialMethodOps maps a special method to the operation whose
// expression is the calling frame's position: "[]" a subscript, "==" a
// comparison, "()" the class's call, "=" an augmented assignment (the
// whole statement), else a binary operator.
var specialMethodOps = map[string]string{
	"__getitem__": "[]", "__setitem__": "[]", "__delitem__": "[]", "__class_getitem__": "[]",
	"__eq__": "==", "__ne__": "==", "__lt__": "==", "__le__": "==", "__gt__": "==", "__ge__": "==", "__contains__": "==",
	"__init__": "()", "__new__": "()", "__hash__": "hash()",
}

func init() {
	for name, op := range map[string]string{"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%",
		"pow": "**", "matmul": "@", "lshift": "<<", "rshift": ">>", "and": "&", "or": "|", "xor": "^"} {
		specialMethodOps["__"+name+"__"] = op
		specialMethodOps["__r"+name+"__"] = op
		specialMethodOps["__i"+name+"__"] = "="
	}
}

// followedByAssign reports whether the token after offset end is a plain
// `=` (an assignment target or a keyword argument's name).
func followedByAssign(toks []caretTok, end int) bool {
	for i, t := range toks {
		if t.start >= end {
			return t.kind == 'o' && t.text == "=" && i > 0
		}
	}
	return false
}

// nest moves the expressions found since mark, which a comprehension's
// tokens (brackets included) hold, into its frame, but for its first
// iterable.
func (p *caretParser) nest(toks []caretTok, mark int) {
	from, to := firstIterable(toks)
	for _, inner := range p.found[mark:] {
		if inner.start < from || inner.end > to {
			inner.lambda++
		}
	}
}

// firstIterable is the rune span of a comprehension's first iterable (the
// `xs` of `[x for x in xs if x]`) given its tokens, brackets included.
func firstIterable(toks []caretTok) (from, to int) {
	depth, inFor := 0, false
	for i, t := range toks {
		if t.kind == 'o' {
			switch t.text {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
				if depth == 0 && from > 0 {
					return from, toks[i-1].end
				}
			}
			continue
		}
		if depth != 1 || t.kind != 'n' {
			continue
		}
		switch {
		case t.text == "for" && from == 0:
			inFor = true
		case t.text == "in" && inFor && from == 0 && i+1 < len(toks):
			from = toks[i+1].start
		case (t.text == "for" || t.text == "if" || t.text == "async") && from > 0:
			return from, toks[i-1].end
		}
	}
	return -1, -1
}

// dunderOnlyBuiltins are builtins that call back into the program only
// through special methods (__str__, __len__, ...), never a function the
// program passed them.
var dunderOnlyBuiltins = map[string]bool{"print": true, "len": true, "str": true, "repr": true, "int": true, "float": true,
	"bool": true, "isinstance": true, "issubclass": true, "type": true, "id": true, "hash": true, "format": true}
