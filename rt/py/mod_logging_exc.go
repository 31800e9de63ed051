package py

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// FormatHandled renders an exception the way traceback.print_exception
// does for one being handled (logging's formatException, with the
// trailing newline): its own traceback starts at the frame that caught
// it, as exc.__traceback__ does there. exc nil is print_exception(None,
// None, None): "NoneType: None".
//
// CPython 3.11 underlines the part of a traceback line the failing
// instruction covers when it is not the whole line (^ carets, ~ for the
// operands of a failing operator). The runtime knows lines, not
// instruction positions, so it underlines only lines whose instruction it
// can tell from the text: a raise statement (no marks), and a line with
// exactly one call whose arguments hold no operator or subscript (carets
// under `[await ]callee(...)` unless that is the whole line). Other lines
// go without their marks, as every traceback the runtime prints does
// (README, "Known limitations").
func FormatHandled(exc *Exception) string {
	if exc == nil {
		return "NoneType: None\n"
	}
	top := withCarets(exc, map[*Exception]*Exception{})
	if exc.CatchDepth < len(exc.Traceback) {
		top.Traceback = top.Traceback[exc.CatchDepth:]
	}
	return FormatTraceback(top)
}

// withCarets copies e and the exceptions it chains to, with each frame's
// source line replaced by the line plus its caret line where caretSource
// can tell it.
func withCarets(e *Exception, done map[*Exception]*Exception) *Exception {
	if e == nil {
		return nil
	}
	if c, ok := done[e]; ok {
		return c
	}
	c := *e
	done[e] = &c
	c.Traceback = make([]Frame, len(e.Traceback))
	for i, f := range e.Traceback {
		if f.Source == "" {
			line := sourceLine(f.File, f.Line)
			if src, ok := caretSource(line); ok && line != "" {
				f.Source = src
			}
		}
		c.Traceback[i] = f
	}
	c.Cause = withCarets(e.Cause, done)
	c.Context = withCarets(e.Context, done)
	return &c
}

var (
	caretPrefix = regexp.MustCompile(`^(?:return\s+|[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*)?(await\s+)?$`)
	caretCallee = regexp.MustCompile(`[A-Za-z_][\w.]*$`)
	caretArgs   = regexp.MustCompile(`^[\w\s.,=:'"]*$`)
	// `[target = | return ]await name`: the await is the instruction.
	caretAwaitName = regexp.MustCompile(`^(?:return\s+|[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*)?(await\s+[A-Za-z_][\w.]*)$`)
)

// caretSource is a stripped source line as 3.11's traceback prints it
// for the frame's instruction, with the caret line when there is one; ok
// is false when the instruction cannot be told from the text.
func caretSource(s string) (string, bool) {
	if s == "raise" || strings.HasPrefix(s, "raise ") {
		return s, true
	}
	if m := caretAwaitName.FindStringSubmatchIndex(s); m != nil {
		return withCaretLine(s, m[2]), true
	}
	open := strings.IndexByte(s, '(')
	if open < 0 || strings.Count(s, "(") != 1 || strings.Count(s, ")") != 1 || !strings.HasSuffix(s, ")") {
		return "", false
	}
	callee := caretCallee.FindStringIndex(s[:open])
	if callee == nil {
		return "", false
	}
	prefix := s[:callee[0]]
	m := caretPrefix.FindStringSubmatchIndex(prefix)
	if m == nil || !caretArgs.MatchString(s[open+1:len(s)-1]) || strings.ContainsAny(s[open+1:len(s)-1], "{}") {
		return "", false
	}
	start := callee[0]
	if m[2] >= 0 {
		start = m[2] // the await belongs to the instruction
	}
	return withCaretLine(s, start), true
}

// withCaretLine underlines s from byte offset start to its end, unless
// that is all of s.
func withCaretLine(s string, start int) string {
	if start == 0 {
		return s
	}
	n := utf8.RuneCountInString
	return s + "\n    " + strings.Repeat(" ", n(s[:start])) + strings.Repeat("^", n(s[start:]))
}
