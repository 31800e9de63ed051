package frontend

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pyasync2go/pyasync2go/ir"
)

func TestRender(t *testing.T) {
	src := []byte("import asyncio\n\ndef f():\n    x = await foo()\n")
	d := ir.Diagnostic{File: "m.py", Pos: ir.Pos{Line: 4, Col: 9}, Severity: ir.Error,
		Msg: "'await' outside async function", Hint: "make the enclosing function `async def`"}
	assert.Equal(t, "m.py:4:9: error: 'await' outside async function\n"+
		"    4 |     x = await foo()\n"+
		"      |         ^\n"+
		"hint: make the enclosing function `async def`\n", Render(d, src))

	d = ir.Diagnostic{File: "dir/m.py", Pos: ir.Pos{Line: 1, Col: 8}, Severity: ir.Warning, Msg: "w",
		Notes: []string{"first note", "second note"}}
	assert.Equal(t, "dir/m.py:1:8: warning: w\n"+
		"    1 | import asyncio\n"+
		"      |        ^\n"+
		"note: first note\nnote: second note\n", Render(d, src))
}

func TestRenderExpandsTabsAndCountsCodePoints(t *testing.T) {
	src := []byte("def f():\n\tπ = 'é'; y = await g()\n")
	d := ir.Diagnostic{File: "m.py", Pos: ir.Pos{Line: 2, Col: 15}, Msg: "m"}
	assert.Equal(t, "m.py:2:15: error: m\n"+
		"    2 |         π = 'é'; y = await g()\n"+
		"      |                      ^\n", Render(d, src))
	// A tab after text advances to the next multiple of 8.
	src = []byte("x = 1\t# c\n")
	d = ir.Diagnostic{File: "m.py", Pos: ir.Pos{Line: 1, Col: 7}, Msg: "m"}
	assert.Equal(t, "m.py:1:7: error: m\n    1 | x = 1   # c\n      |         ^\n", Render(d, src))
}

func TestRenderOutsideTheSource(t *testing.T) {
	d := ir.Diagnostic{File: "m.py", Pos: ir.Pos{Line: 9, Col: 1}, Msg: "m"}
	assert.Equal(t, "m.py:9:1: error: m\n", Render(d, []byte("x = 1\n")))
	d.Pos = ir.Pos{Line: 1, Col: 1}
	assert.Equal(t, "m.py:1:1: error: m\n", Render(d, []byte("\x00\xff garbage")))
	// A caret past the end of the line (e.g. "expected ':'") still renders.
	d.Pos = ir.Pos{Line: 1, Col: 5}
	assert.Equal(t, "m.py:1:5: error: m\n    1 | if x\n      |     ^\n", Render(d, []byte("if x\n")))
	// BOM and CRLF do not show.
	d.Pos = ir.Pos{Line: 2, Col: 1}
	assert.Equal(t, "m.py:2:1: error: m\n    2 | y\n      | ^\n", Render(d, []byte("\xEF\xBB\xBFx\r\ny\r\n")))
}

func TestRenderParsedDiagnostics(t *testing.T) {
	src := []byte("import tkinter\nasync def main():\n    return 1\n")
	_, diags := Parse("prog.py", src)
	// The list grows with every module the registry gains; its order is the registry's.
	hint := unsupportedModuleHint("tkinter")
	assert.Regexp(t, `^supported modules: asyncio, time, random, sys, dataclasses, enum, abc, logging, collections, .* \(typing in annotations only\)$`, hint)
	if assert.Len(t, diags, 1) {
		assert.Equal(t, "prog.py:1:8: error: module 'tkinter' is not supported\n"+
			"    1 | import tkinter\n"+
			"      |        ^\n"+
			"hint: "+hint+"\n", Render(diags[0], src))
	}
}
