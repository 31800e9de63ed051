package frontend

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyasync2go/pyasync2go/ir"
)

const tabWidth = 8

// Render formats a diagnostic esbuild/rustc style:
//
//	m.py:3:9: error: 'await' outside async function
//	    3 |     x = await foo()
//	      |         ^
//	hint: make the enclosing function `async def`
//
// The source line and caret are left out when the position is not inside
// src (or the line is not printable text).
func Render(d ir.Diagnostic, src []byte) string {
	return render(d, src, fmt.Sprintf("%s:%d:%d", d.File, d.Pos.Line, d.Pos.Col), d.Pos.Line)
}

// render is Render with the position as the header shows it and the line
// number the quoted source line shows (a notebook names cells).
func render(d ir.Diagnostic, src []byte, where string, shownLine int) string {
	var sb strings.Builder
	src = trimBOM(src)
	fmt.Fprintf(&sb, "%s: %s: %s\n", where, d.Severity, d.Msg)
	if line, ok := sourceLine(src, d.Pos.Line); ok {
		expanded, caretCol := expandTabs(line, d.Pos.Col)
		gutter := fmt.Sprintf("%5d", shownLine)
		fmt.Fprintf(&sb, "%s | %s\n", gutter, expanded)
		fmt.Fprintf(&sb, "%s | %s^\n", strings.Repeat(" ", len(gutter)), strings.Repeat(" ", caretCol))
	}
	if d.Hint != "" {
		fmt.Fprintf(&sb, "hint: %s\n", d.Hint)
	}
	for _, n := range d.Notes {
		fmt.Fprintf(&sb, "note: %s\n", n)
	}
	return sb.String()
}

func trimBOM(src []byte) []byte {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		return src[3:]
	}
	return src
}

// sourceLine returns the 1-based line without its line ending.
func sourceLine(src []byte, n int) (string, bool) {
	if n < 1 {
		return "", false
	}
	src = normalizeNewlines(src)
	for i := 1; i < n; i++ {
		k := indexByte(src, '\n')
		if k < 0 {
			return "", false
		}
		src = src[k+1:]
	}
	if k := indexByte(src, '\n'); k >= 0 {
		src = src[:k]
	}
	line := string(src)
	if !utf8.ValidString(line) || strings.ContainsRune(line, 0) {
		return "", false
	}
	if line == "" && n > 1 && len(src) == 0 {
		return "", true
	}
	return line, true
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// expandTabs expands tabs to the next multiple of tabWidth and returns the
// display column (0-based) of the 1-based code-point column col.
func expandTabs(line string, col int) (string, int) {
	var sb strings.Builder
	width, caret, i := 0, -1, 1
	for _, r := range line {
		if i == col {
			caret = width
		}
		if r == '\t' {
			pad := tabWidth - width%tabWidth
			sb.WriteString(strings.Repeat(" ", pad))
			width += pad
		} else {
			sb.WriteRune(r)
			width++
		}
		i++
	}
	if caret < 0 {
		caret = width + max(col-i, 0)
	}
	return sb.String(), caret
}
