package frontend

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"

	"github.com/pyasync2go/pyasync2go/ir"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Parse parses one Python file and lowers it to the IR. It reports every
// error it can find; when the diagnostics hold an error the module is only
// good for inspection and must not be handed to codegen. Parse never panics.
func Parse(path string, src []byte) (m *ir.Module, diags ir.Diagnostics) {
	src = normalizeNewlines(bytes.TrimPrefix(src, utf8BOM))
	// A module that never gets lowered still has an (empty) module scope,
	// so callers inspecting a rejected module do not trip over nil.
	m = &ir.Module{File: filepath.Base(path), Path: path, Source: src,
		Scope: &ir.Scope{Kind: ir.ModuleScope, Names: map[string]*ir.Symbol{}}}
	defer func() {
		if r := recover(); r != nil {
			diags = append(diags, ir.Diagnostic{
				File: path, Pos: ir.Pos{Line: 1, Col: 1}, Severity: ir.Error,
				Msg: fmt.Sprintf("internal error: %v; please report", r),
			})
		}
	}()
	if d, ok := checkEncoding(path, src); !ok {
		return m, ir.Diagnostics{d}
	}

	parser := sitter.NewParser()
	defer parser.Close()
	parser.SetLanguage(python.GetLanguage())
	tree, err := parser.ParseCtx(context.Background(), nil, src)
	if err != nil {
		return m, ir.Diagnostics{{File: path, Pos: ir.Pos{Line: 1, Col: 1}, Severity: ir.Error,
			Msg: "internal error: tree-sitter: " + err.Error() + "; please report"}}
	}
	defer tree.Close()

	l := newLowerer(path, src, m)
	root := flattenTree(tree.RootNode(), func(off uint32) uint32 { return uint32(l.lineIndex(int(off))) })
	l.syntaxErrors(root)
	l.lowerModule(root)
	l.dropCascades()
	m.SyntaxErrors = len(l.syntaxLines) > 0
	sort.SliceStable(l.diags, func(i, j int) bool {
		a, b := l.diags[i].Pos, l.diags[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	return m, l.diags
}

// normalizeNewlines turns \r\n and a lone \r into \n, as CPython's
// tokenizer reads source (old Mac files end lines with \r alone). It is the
// one place line endings are decided: diagnostics render lines through it.
func normalizeNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		if src[i] != '\r' {
			out = append(out, src[i])
			continue
		}
		out = append(out, '\n')
		if i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
	}
	return out
}

// checkEncoding rejects sources CPython refuses before tokenizing.
func checkEncoding(path string, src []byte) (ir.Diagnostic, bool) {
	d := ir.Diagnostic{File: path, Pos: ir.Pos{Line: 1, Col: 1}, Severity: ir.Error}
	if bytes.IndexByte(src, 0) >= 0 {
		d.Msg = "source code cannot contain null bytes"
		return d, false
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			line := bytes.Count(src[:i], []byte("\n")) + 1
			d.Msg = fmt.Sprintf("source code is not valid UTF-8: 'utf-8' codec can't decode byte 0x%02x in position %d (line %d)", src[i], i, line)
			d.Hint = "save the file as UTF-8"
			return d, false
		}
		i += size
	}
	return d, true
}

// dropCascades removes diagnostics that sit on a line that already has a
// syntax error: they are almost always consequences of tree-sitter's error
// recovery rather than separate mistakes.
func (l *lowerer) dropCascades() {
	if len(l.syntaxLines) == 0 {
		return
	}
	var kept ir.Diagnostics
	for i, d := range l.diags {
		if l.syntaxIdx[i] || !l.syntaxLines[d.Pos.Line] {
			kept = append(kept, d)
		}
	}
	l.diags = kept
}
