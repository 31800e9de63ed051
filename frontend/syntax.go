package frontend

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenError is an error CPython's tokenizer reports (brackets, strings).
type tokenError struct {
	off   int
	msg   string
	toEOF bool // the error spoils everything after it (unclosed bracket)
}

// scanTokens finds what CPython's tokenizer rejects: unterminated strings
// and unbalanced brackets. tree-sitter recovers from these with ERROR nodes
// whose messages would be far less helpful.
func (l *lowerer) scanTokens() []tokenError {
	src := l.src
	var errs []tokenError
	type open struct {
		ch  byte
		off int
	}
	var stack []open
	bracketsBroken := false
	lineOf := func(off int) int { return l.posAt(off).Line }
	var indents indentation
	for i := 0; i < len(src); {
		if (i == 0 || src[i-1] == '\n') && len(stack) == 0 {
			if msg := indents.line(src[i:]); msg != "" {
				errs = append(errs, tokenError{off: i, toEOF: true, msg: msg})
				return errs
			}
		}
		c := src[i]
		switch {
		case c >= 0x80:
			r, size := utf8.DecodeRune(src[i:])
			if !unicode.IsPrint(r) {
				// CPython's tokenizer refuses these outside strings and comments
				// (a stray BOM, a no-break space pasted into code).
				errs = append(errs, tokenError{off: i, toEOF: true, msg: fmt.Sprintf("invalid non-printable character U+%04X", r)})
				return errs
			}
			i += size
			continue
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '\\':
			i++ // skip the escaped byte (a line continuation's newline)
		case c == '\'' || c == '"':
			start := i
			// Include an identifier-like prefix (r, b, f, rb, ...) in the start.
			for start > 0 && strings.IndexByte("rRbBfFuU", src[start-1]) >= 0 {
				start--
			}
			if start > 0 && isIdentByte(src[start-1]) {
				start = i
			}
			triple := i+2 < len(src) && src[i+1] == c && src[i+2] == c
			if triple {
				j := i + 3
				closed := false
				for j < len(src) {
					if src[j] == '\\' {
						j += 2
						continue
					}
					if src[j] == c && j+2 < len(src) && src[j+1] == c && src[j+2] == c {
						closed = true
						j += 3
						break
					}
					j++
				}
				if !closed {
					errs = append(errs, tokenError{off: start, toEOF: true,
						msg: fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", lineOf(len(bytes.TrimRight(src, "\r\n"))))})
					return errs
				}
				if msg := fstringBraces(src[start:i], src[i+3:j-3]); msg != "" {
					errs = append(errs, tokenError{off: start, msg: msg})
				}
				i = j
				continue
			}
			j := i + 1
			closed := false
			for j < len(src) && src[j] != '\n' {
				if src[j] == '\\' {
					j += 2
					continue
				}
				if src[j] == c {
					closed = true
					j++
					break
				}
				j++
			}
			if !closed {
				if j > len(src) {
					j = len(src)
				}
				errs = append(errs, tokenError{off: start,
					msg: fmt.Sprintf("unterminated string literal (detected at line %d)", lineOf(max(j-1, start)))})
			} else if msg := fstringBraces(src[start:i], src[i+1:j-1]); msg != "" {
				errs = append(errs, tokenError{off: start, msg: msg})
			}
			i = j
			continue
		case c == '(' || c == '[' || c == '{':
			if len(stack) == maxBracketDepth {
				errs = append(errs, tokenError{off: i, toEOF: true, msg: "too many nested parentheses"})
				return errs
			}
			stack = append(stack, open{c, i})
		case c == ')' || c == ']' || c == '}':
			if bracketsBroken {
				break
			}
			if len(stack) == 0 {
				errs = append(errs, tokenError{off: i, toEOF: true, msg: fmt.Sprintf("unmatched '%c'", c)})
				bracketsBroken = true
				break
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[top.ch]; want != c {
				msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, top.ch)
				if lineOf(top.off) != lineOf(i) {
					msg += fmt.Sprintf(" on line %d", lineOf(top.off))
				}
				errs = append(errs, tokenError{off: i, toEOF: true, msg: msg})
				bracketsBroken = true
			}
		}
		i++
	}
	if !bracketsBroken && len(stack) > 0 {
		top := stack[len(stack)-1]
		errs = append(errs, tokenError{off: top.off, toEOF: true, msg: fmt.Sprintf("'%c' was never closed", top.ch)})
	}
	return errs
}

// CPython's tokenizer limits (MAXLEVEL and MAXINDENT in tokenizer.h).
const (
	maxBracketDepth = 200
	maxIndentLevels = 100
)

// indentation follows the indentation levels the way CPython's tokenizer
// does, twice: with tabs to multiples of 8 columns and with tabs as one
// column. A line whose level depends on which is meant is a TabError.
type indentation struct {
	cols, altCols []int // the open levels; level 0 (column 0) is implicit
}

// line reads the indentation at the start of a logical line and returns
// the error CPython reports for it, if any. Blank and comment-only lines
// don't count. A dedent to a column no level has is left to the parser.
func (in *indentation) line(src []byte) string {
	col, alt := 0, 0
	i := 0
loop:
	for ; i < len(src); i++ {
		switch src[i] {
		case ' ':
			col, alt = col+1, alt+1
		case '\t':
			col, alt = (col/8+1)*8, alt+1
		case '\f':
			col, alt = 0, 0
		default:
			break loop
		}
	}
	if i == len(src) || src[i] == '#' || src[i] == '\n' || src[i] == '\r' {
		return ""
	}
	top, altTop := 0, 0
	if n := len(in.cols); n > 0 {
		top, altTop = in.cols[n-1], in.altCols[n-1]
	}
	const tabError = "inconsistent use of tabs and spaces in indentation"
	switch {
	case col == top:
		if alt != altTop {
			return tabError
		}
	case col > top:
		if len(in.cols)+1 >= maxIndentLevels {
			return "too many levels of indentation"
		}
		if alt <= altTop {
			return tabError
		}
		in.cols, in.altCols = append(in.cols, col), append(in.altCols, alt)
	default:
		for len(in.cols) > 0 && col < in.cols[len(in.cols)-1] {
			in.cols, in.altCols = in.cols[:len(in.cols)-1], in.altCols[:len(in.altCols)-1]
		}
		top, altTop = 0, 0
		if n := len(in.cols); n > 0 {
			top, altTop = in.cols[n-1], in.altCols[n-1]
		}
		if col == top && alt != altTop {
			return tabError
		}
	}
	return ""
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// syntaxErrors reports tokenizer errors and tree-sitter's ERROR and MISSING
// nodes, one diagnostic per line at most.
func (l *lowerer) syntaxErrors(root *node) {
	tokErrs := l.scanTokens()
	if !root.HasError() && len(tokErrs) == 0 {
		return
	}
	l.hasSyntaxErrors = true
	reported := map[int]bool{}
	spoiledFrom := -1
	for _, te := range tokErrs {
		p := l.posAt(te.off)
		l.syntaxErrAt(p, "%s", te.msg)
		reported[p.Line] = true
		if te.toEOF && (spoiledFrom < 0 || te.off < spoiledFrom) {
			spoiledFrom = te.off
		}
	}
	if !root.HasError() {
		return
	}
	var visit func(n *node)
	visit = func(n *node) {
		if n.IsMissing() || n.Type() == "ERROR" {
			start := int(n.StartByte())
			if spoiledFrom >= 0 && (start >= spoiledFrom || int(n.EndByte()) > spoiledFrom) {
				return
			}
			msg, at := l.describeSyntaxError(n)
			p := l.posAt(at)
			if !reported[p.Line] {
				reported[p.Line] = true
				l.syntaxErrAt(p, "%s", msg)
			}
			if n.IsMissing() {
				return
			}
		}
		if !n.HasError() && !n.IsMissing() {
			return
		}
		kids := allChildren(n)
		if !slices.ContainsFunc(kids, func(c *node) bool { return c.HasError() || c.IsMissing() || c.Type() == "ERROR" }) {
			l.hiddenErrors(n, func(at int) {
				if p := l.posAt(at); !reported[p.Line] {
					reported[p.Line] = true
					l.syntaxErrAt(p, "invalid syntax")
				}
			})
			return
		}
		for _, c := range kids {
			visit(c)
		}
	}
	visit(root)
}

// hiddenErrors reports the errors tree-sitter gave no node of their own: a MISSING node
// of a hidden type (the _newline between `import a` and `()=0` on one line) is no child
// of anything, so n, which has an error, has no child that has one. Each lies between two
// statements with only blanks (no `;`, no newline) between them; failing that, at n.
func (l *lowerer) hiddenErrors(n *node, report func(at int)) {
	kids := allChildren(n)
	found := false
	for i := 1; i < len(kids); i++ {
		gap := l.src[kids[i-1].EndByte():kids[i].StartByte()]
		if isStatement(kids[i]) && kids[i-1].Type() != ";" && len(bytes.Trim(gap, " \t\f")) == 0 {
			report(int(kids[i].StartByte()))
			found = true
		}
	}
	if !found {
		report(int(n.StartByte()))
	}
}

// isStatement: a node tree-sitter's Python grammar names *_statement (or a definition).
func isStatement(n *node) bool {
	t := n.Type()
	return strings.HasSuffix(t, "_statement") || strings.HasSuffix(t, "_definition")
}

// describeSyntaxError words a tree-sitter error the way CPython would where
// the shape is recognisable, and returns the byte offset to point at.
func (l *lowerer) describeSyntaxError(n *node) (string, int) {
	if n.IsMissing() {
		switch t := n.Type(); t {
		case ":":
			if pr := n.PrevSibling(); pr != nil {
				return "expected ':'", int(pr.EndByte())
			}
			return "expected ':'", int(n.StartByte())
		case "identifier", "_newline", "":
			return "invalid syntax", int(n.StartByte())
		default:
			return fmt.Sprintf("expected '%s'", t), int(n.StartByte())
		}
	}
	// An ERROR node: point at its first leaf that is not a comment.
	at := int(n.StartByte())
	first := n
	for first.ChildCount() > 0 {
		first = first.Child(0)
	}
	if first.Type() != "comment" {
		at = int(first.StartByte())
	}
	text := strings.TrimSpace(l.text(n))
	parent := n.Parent()
	switch {
	case first.Type() == "print" && n.ChildCount() > 1 && n.Child(1).Type() != "(" && strings.HasPrefix(text, "print ") && parent != nil:
		return "Missing parentheses in call to 'print'. Did you mean print(...)?", at
	case l.isUnexpectedIndent(n):
		return "unexpected indent", at
	}
	if n.ChildCount() == 1 && (first.Type() == "integer" || first.Type() == "float") {
		// tree-sitter splits `0b12` into `0b1` and `2`.
		if next := n.NextSibling(); next != nil && next.StartByte() == first.EndByte() && isIdentByte(l.src[next.StartByte()]) {
			if _, msg := parseInt(string(l.src[n.StartByte():next.EndByte()])); msg != "" {
				return msg, int(n.StartByte())
			}
		}
	}
	if parent != nil && collectionNodes[parent.Type()] {
		if prev := n.PrevSibling(); prev != nil && prev.IsNamed() && first.IsNamed() {
			return "invalid syntax. Perhaps you forgot a comma?", int(prev.StartByte())
		}
	}
	if msg, off, ok := l.describeErrorChildren(n); ok {
		return msg, off
	}
	// A block header without a body: `if x:` followed by a dedented line.
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c.Type() == ":" && i == int(n.ChildCount())-1 {
			if kw := n.Child(0); kw != nil && !kw.IsNamed() {
				line := l.posAt(int(kw.StartByte())).Line
				return fmt.Sprintf("expected an indented block after '%s' statement on line %d", kw.Type(), line), int(c.EndByte())
			}
		}
	}
	return "invalid syntax", at
}

// isUnexpectedIndent reports an ERROR node that begins a line indented more
// than the line before it, without a block opener.
func (l *lowerer) isUnexpectedIndent(n *node) bool {
	p := l.pos(n)
	if p.Line < 2 {
		return false
	}
	lineStart := l.lineStarts[p.Line-1]
	indent := strings.TrimRight(string(l.src[lineStart:n.StartByte()]), " \t")
	if indent != "" {
		return false
	}
	prevLine := p.Line - 1
	for prevLine >= 1 {
		s := l.lineText(prevLine)
		if strings.TrimSpace(s) != "" && !strings.HasPrefix(strings.TrimSpace(s), "#") {
			break
		}
		prevLine--
	}
	if prevLine < 1 {
		return p.Col > 1
	}
	prev := l.lineText(prevLine)
	prevIndent := len(prev) - len(strings.TrimLeft(prev, " \t"))
	cur := l.lineText(p.Line)
	curIndent := len(cur) - len(strings.TrimLeft(cur, " \t"))
	return curIndent > prevIndent && !strings.HasSuffix(strings.TrimSpace(prev), ":")
}

func (l *lowerer) lineText(line int) string {
	start := l.lineStarts[line-1]
	end := len(l.src)
	if line < len(l.lineStarts) {
		end = l.lineStarts[line] - 1
	}
	return strings.TrimRight(string(l.src[start:end]), "\r")
}

var collectionNodes = set("argument_list list tuple set dictionary parenthesized_expression expression_list")

var blockKeywords = set("if elif else while for def class try except finally with async")

var assignTargetWhat = map[string]string{"call": "function call", "integer": "literal", "float": "literal",
	"string": "literal", "concatenated_string": "literal", "true": "True", "false": "False", "none": "None",
	"binary_operator": "expression", "await": "await expression"}

// describeErrorChildren recognises a few common mistakes from the tokens an
// ERROR node swallowed.
func (l *lowerer) describeErrorChildren(n *node) (string, int, bool) {
	count := int(n.ChildCount())
	if count == 0 {
		return "", 0, false
	}
	first := n.Child(0)
	row := first.StartPoint().Row
	hasColon, hasElse := false, false
	for i := 0; i < count; i++ {
		switch n.Child(i).Type() {
		case ":":
			hasColon = true
		case "else":
			hasElse = true
		}
	}
	if first.Type() == "try" && hasColon {
		hasHandler := false
		for _, k := range n.kids {
			switch k.Type() {
			case "except_clause", "except_group_clause", "finally_clause", "except", "finally":
				hasHandler = true
			}
		}
		if !hasHandler {
			return "expected 'except' or 'finally' block", int(first.StartByte()), true
		}
	}
	// `if x` / `for x in y` / `def f()` without the colon.
	if !first.IsNamed() && blockKeywords[first.Type()] && !hasColon {
		last := first
		for i := 1; i < count; i++ {
			c := n.Child(i)
			if c.StartPoint().Row != row {
				break
			}
			if c.Type() != "comment" {
				last = c
			}
		}
		return "expected ':'", int(last.EndByte()), true
	}
	for i := 1; i < count; i++ {
		c := n.Child(i)
		prev := n.Child(i - 1)
		switch {
		case c.Type() == "*" && !c.IsNamed() && (prev.Type() == "=" || prev.Type() == "in") && !prev.IsNamed():
			// Valid Python the tree-sitter grammar cannot parse.
			return "unsupported syntax: an unparenthesized starred expression here; write it as a tuple in parentheses, e.g. x = (*a, *b)",
				int(c.StartByte()), true
		case (prev.Type() == "integer" || prev.Type() == "float") && c.StartByte() == prev.EndByte() && c.StartByte() < c.EndByte() && isIdentByte(l.src[c.StartByte()]):
			if _, msg := parseInt(string(l.src[prev.StartByte():c.EndByte()])); msg != "" {
				return msg, int(prev.StartByte()), true
			}
		case c.Type() == "if" && !c.IsNamed() && !hasElse && prev.IsNamed():
			return "expected 'else' after 'if' expression", int(prev.StartByte()), true
		case c.Type() == "=" && !c.IsNamed() && assignTargetWhat[prev.Type()] != "":
			return fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", assignTargetWhat[prev.Type()]),
				int(prev.StartByte()), true
		}
	}
	// A line ending in an operator: CPython points just past it.
	last := n.Child(count - 1)
	if _, isOp := binOps[last.Type()]; isOp && !last.IsNamed() {
		return "invalid syntax", int(last.EndByte()), true
	}
	return "", 0, false
}

// fstringBraces checks the replacement-field braces of an f-string body.
func fstringBraces(prefix, body []byte) string {
	if !bytes.ContainsAny(prefix, "fF") {
		return ""
	}
	depth := 0
	for i := 0; i < len(body); i++ {
		if q := body[i]; depth > 0 && (q == '\'' || q == '"') {
			// A string inside a replacement field: its braces do not count.
			end := bytes.IndexByte(body[i+1:], q)
			if end < 0 {
				return ""
			}
			i += end + 1
			continue
		}
		switch body[i] {
		case '{':
			if depth == 0 && i+1 < len(body) && body[i+1] == '{' {
				i++
				continue
			}
			depth++
		case '}':
			if depth == 0 {
				if i+1 < len(body) && body[i+1] == '}' {
					i++
					continue
				}
				return "f-string: single '}' is not allowed"
			}
			depth--
		}
	}
	if depth > 0 {
		return "f-string: expecting '}'"
	}
	return ""
}
