package codegen

import (
	"bytes"
	"go/format"
	"go/scanner"
	"go/token"
	"strconv"
	"strings"
)

// Codegen puts a //line directive before every Go statement it emits, so
// each one names its Python line however the statements are later nested
// or reordered. Most of them restate what Go's own line counting already
// implies (the previous directive's line plus the lines since), and a
// statement that lowers to several Go lines repeats its line before each.
// trimLineDirectives, run on the formatted file, keeps a directive only
// where the position Go would infer differs from the one the full set of
// directives gives:
//
//   - every line that can hold a call keeps its exact position: a Go frame
//     on the stack is at a call, and tracebacks (runtime.Callers) and frame
//     names (a function's entry line, RegisterFrameName) read positions at
//     calls and func keywords only;
//   - a line that cannot (a closing brace, a label, a jump, a case of the
//     step function's resume switch, a plain copy between variables, a
//     declaration without a value, co.At) keeps its file but may take any
//     line: nothing ever reports it;
//   - so does a line of the generated file's own code (FILE_py.go: the
//     wrappers around step functions and Python functions, init, main):
//     the runtime only tells by the file that such a frame is not Python's.
//
// The output is the input with //line lines removed or added, nothing
// else; if that would not be gofmt-clean (a directive that split an
// alignment section), the file keeps every directive.
func trimLineDirectives(src []byte, pyFile string) []byte {
	res := dropDirectives(src, pyFile)
	if formatted, err := format.Source(res); err != nil || !bytes.Equal(formatted, res) {
		return src
	}
	return res
}

// dropDirectives is trimLineDirectives without the gofmt check.
func dropDirectives(src []byte, pyFile string) []byte {
	lines, ok := scanLines(src)
	if !ok {
		return src
	}
	// The position each line has under the original directives.
	want := make([]linePos, len(lines))
	cur := linePos{}
	for i, l := range lines {
		if l.directive != nil {
			cur = *l.directive
			continue
		}
		want[i] = cur
		cur = l.next(cur)
	}
	var out bytes.Buffer
	text := bytes.SplitAfter(src, []byte("\n"))
	cur = linePos{}
	for i, l := range lines {
		if l.directive != nil {
			continue
		}
		w := want[i]
		// A top-level func keeps the directive it had: it reads as the
		// declaration's header (and ends init's doc comment).
		header := i > 0 && lines[i-1].directive != nil && bytes.HasPrefix(text[i], []byte("func "))
		if w.file != "" && (header || w.file != cur.file || l.care && w.file == pyFile && w.line != cur.line) {
			out.WriteString("//line " + w.file + ":" + strconv.Itoa(w.line) + "\n")
			cur = w
		}
		out.Write(text[i])
		cur = l.next(cur)
	}
	return out.Bytes()
}

// linePos is a position as //line directives set it; file "" is the Go
// file's own position, before the first directive.
type linePos struct {
	file string
	line int
}

// srcLine is what trimLineDirectives needs to know of one line of Go.
type srcLine struct {
	// directive: the line is a //line directive, setting the next line's
	// position.
	directive *linePos
	// inline: the last /*line*/ directive on the line, which sets the
	// position of what follows it.
	inline *linePos
	// care: the line's position can be observed (see trimLineDirectives).
	care bool
}

// next is the position of the line after l when l is at p.
func (l srcLine) next(p linePos) linePos {
	if l.inline != nil {
		return linePos{l.inline.file, l.inline.line + 1}
	}
	if p.file == "" {
		return p
	}
	return linePos{p.file, p.line + 1}
}

// lineTok is one token of a line (automatic semicolons and comments left
// out).
type lineTok struct {
	tok token.Token
	lit string
}

// scanLines classifies each line of src. It reports false for a directive
// it does not parse, so the file is left alone.
func scanLines(src []byte) ([]srcLine, bool) {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, src, nil, scanner.ScanComments)
	n := bytes.Count(src, []byte("\n")) + 1
	lines := make([]srcLine, n)
	toks := make([][]lineTok, n)
	multi := make([]bool, n) // inside a token that spans lines
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		p := fset.PositionFor(pos, false) // physical lines: the scanner applies the directives itself
		i := p.Line - 1
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		if end := i + strings.Count(lit, "\n"); end > i {
			for j := i; j <= end; j++ {
				multi[j] = true
			}
		}
		if tok == token.COMMENT {
			switch {
			case strings.HasPrefix(lit, "//line ") && p.Column == 1:
				d, ok := parseDirective(strings.TrimPrefix(lit, "//line "), false)
				if !ok {
					return nil, false
				}
				lines[i].directive = &d
			case strings.HasPrefix(lit, "/*line "):
				d, ok := parseDirective(strings.TrimSuffix(strings.TrimPrefix(lit, "/*line "), "*/"), true)
				if !ok {
					return nil, false
				}
				lines[i].inline = &d
			}
			continue
		}
		toks[i] = append(toks[i], lineTok{tok, lit})
	}
	for i := range lines {
		lines[i].care = multi[i] || lines[i].inline != nil || !silentLine(toks[i])
		if lines[i].directive != nil && (len(toks[i]) > 0 || lines[i].inline != nil || multi[i]) {
			return nil, false
		}
	}
	return lines, true
}

// parseDirective parses "file:line", or "file:line:col" in a /*line*/
// comment (the column is not needed: only lines are tracked).
func parseDirective(s string, inline bool) (linePos, bool) {
	if inline {
		if k := strings.LastIndexByte(s, ':'); k >= 0 {
			if _, err := strconv.Atoi(s[k+1:]); err == nil {
				if j := strings.LastIndexByte(s[:k], ':'); j >= 0 {
					if _, err := strconv.Atoi(s[j+1 : k]); err == nil {
						s = s[:k]
					}
				}
			}
		}
	}
	k := strings.LastIndexByte(s, ':')
	if k <= 0 {
		return linePos{}, false
	}
	n, err := strconv.Atoi(s[k+1:])
	if err != nil || n < 1 {
		return linePos{}, false
	}
	return linePos{s[:k], n}, true
}

// silentLine reports a line no call, func literal or deferred call can be
// attributed to, so nothing reports its position. The shapes are the ones
// codegen prints; anything else counts as a call.
func silentLine(ts []lineTok) bool {
	if len(ts) == 0 {
		return true
	}
	first := ts[0].tok
	switch {
	case onlyClosers(ts):
		return true
	case len(ts) == 1 && first == token.LBRACE:
		return true
	case matchToks(ts, token.RBRACE, token.ELSE, token.LBRACE):
		return true
	case matchToks(ts, token.IDENT, token.COLON), matchToks(ts, token.DEFAULT, token.COLON):
		return true // a label, a default case
	case first == token.CASE:
		return intList(ts[1:len(ts)-1]) && ts[len(ts)-1].tok == token.COLON
	case first == token.GOTO || first == token.BREAK || first == token.CONTINUE:
		return len(ts) == 1 || matchToks(ts[1:], token.IDENT)
	case first == token.RETURN:
		return len(ts) == 1 || simpleOperand(ts[1:])
	case first == token.SWITCH:
		return ts[len(ts)-1].tok == token.LBRACE && simpleOperand(ts[1:len(ts)-1])
	case first == token.FOR:
		return len(ts) == 2 && ts[1].tok == token.LBRACE
	case first == token.IF:
		// if x {, if !x {, if _exc1 != nil {, if _ctl == 2 {: a test of
		// variables.
		ts = ts[1:]
		if len(ts) > 0 && ts[0].tok == token.NOT {
			ts = ts[1:]
		}
		if len(ts) < 2 || ts[len(ts)-1].tok != token.LBRACE {
			return false
		}
		ts = ts[:len(ts)-1]
		for i, t := range ts {
			if t.tok == token.EQL || t.tok == token.NEQ {
				return simpleOperand(ts[:i]) && simpleOperand(ts[i+1:])
			}
		}
		return simpleOperand(ts)
	case first == token.VAR:
		// A declaration without a value: its zero value calls nothing.
		for _, t := range ts {
			if t.tok == token.ASSIGN {
				return false
			}
		}
		return true
	case matchLits(ts, "co", ".", "At", "(") && len(ts) == 6 && ts[4].tok == token.INT && ts[5].tok == token.RPAREN:
		return true // co.At(N) only records the line
	case matchLits(ts, "defer", "py", ".", "LeaveFrame", "(", ")") && len(ts) == 6:
		return true // runs at the return, and looks at no stack
	case matchLits(ts, "py", ".", "EnterFrame", "(", ")") && len(ts) == 5:
		// The RecursionError it raises leaves out the frame that called
		// it (py.enterFailed): the error belongs to the caller's call.
		return true
	}
	// A copy: simple operands on both sides of = or :=.
	for i, t := range ts {
		if t.tok == token.ASSIGN || t.tok == token.DEFINE {
			return operandList(ts[:i]) && operandList(ts[i+1:])
		}
	}
	return false
}

func onlyClosers(ts []lineTok) bool {
	for _, t := range ts {
		switch t.tok {
		case token.RBRACE, token.RPAREN, token.RBRACK, token.COMMA:
		default:
			return false
		}
	}
	return true
}

func matchToks(ts []lineTok, want ...token.Token) bool {
	if len(ts) != len(want) {
		return false
	}
	for i, t := range ts {
		if t.tok != want[i] {
			return false
		}
	}
	return true
}

// matchLits reports whether ts starts with tokens spelled want.
func matchLits(ts []lineTok, want ...string) bool {
	if len(ts) < len(want) {
		return false
	}
	for i, w := range want {
		if spell(ts[i]) != w {
			return false
		}
	}
	return true
}

func spell(t lineTok) string {
	if t.lit != "" {
		return t.lit
	}
	return t.tok.String()
}

func intList(ts []lineTok) bool {
	for i, t := range ts {
		if i%2 == 0 && t.tok != token.INT || i%2 == 1 && t.tok != token.COMMA {
			return false
		}
	}
	return len(ts)%2 == 1
}

// simpleOperand: an identifier, a qualified identifier or field (x.y), an
// element of a Go slice at a constant index (_unpack1[0]: out of range
// would be a bug in codegen, not a Python exception), or a basic literal,
// possibly negated.
func simpleOperand(ts []lineTok) bool {
	if len(ts) > 0 && ts[0].tok == token.SUB {
		ts = ts[1:]
	}
	switch {
	case len(ts) == 1:
		return ts[0].tok.IsLiteral()
	case len(ts) == 3:
		return ts[0].tok == token.IDENT && ts[1].tok == token.PERIOD && ts[2].tok == token.IDENT
	case len(ts) == 4:
		return matchToks(ts, token.IDENT, token.LBRACK, token.INT, token.RBRACK)
	}
	return false
}

func operandList(ts []lineTok) bool {
	start := 0
	for i := 0; i <= len(ts); i++ {
		if i == len(ts) || ts[i].tok == token.COMMA {
			if !simpleOperand(ts[start:i]) {
				return false
			}
			start = i + 1
		}
	}
	return true
}
