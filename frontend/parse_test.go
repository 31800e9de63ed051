package frontend

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pyasync2go/pyasync2go/ir"
)

// TestParseCases is esbuild style: each snippet's IR dump must match.
func TestParseCases(t *testing.T) {
	for _, c := range parseCases {
		m, diags := Parse("m.py", []byte(c.src))
		var errs []ir.Diagnostic
		for _, d := range diags {
			if d.Severity == ir.Error && d.Msg != "'continue' not properly in loop" {
				errs = append(errs, d)
			}
		}
		assert.Empty(t, errs, "errors for %q", c.src)
		assert.Equal(t, c.dump, Dump(m), "dump of %q", c.src)
	}
}

func TestModuleMetadata(t *testing.T) {
	src := "\xEF\xBB\xBFimport asyncio\r\n\r\n@dec\r\nasync def main():\r\n\tx = lambda: 1\r\n\tawait asyncio.sleep(0)\r\n"
	m, diags := Parse("dir/sub/prog.py", []byte(src))
	assert.Equal(t, "prog.py", m.File)
	assert.Equal(t, "dir/sub/prog.py", m.Path)
	assert.Equal(t, strings.ReplaceAll(src[3:], "\r\n", "\n"), string(m.Source), "BOM stripped, line endings read as CPython's tokenizer reads them")
	assert.Empty(t, diags, "decorators are accepted: %v", msgs(diags))
	if assert.Len(t, m.Funcs, 2) {
		assert.Equal(t, "main", m.Funcs[0].QualName)
		assert.Equal(t, 3, m.Funcs[0].FirstLine, "first decorator line")
		assert.Equal(t, 4, m.Funcs[0].Pos.Line)
		assert.Equal(t, "main.<locals>.<lambda>", m.Funcs[1].QualName)
		assert.Equal(t, m.Funcs[0], m.Funcs[1].Parent)
	}
	assert.False(t, m.TopLevelAwait)
	assert.Equal(t, ir.ModuleScope, m.Scope.Kind)
	assert.Equal(t, ir.SymLocal, m.Scope.Names["main"].Kind)
}

func TestColumnsCountCodePoints(t *testing.T) {
	src := "é = 'ü'; x = await f()\n"
	_, diags := Parse("m.py", []byte(src))
	assert.Empty(t, errorMsgs(diags))
	src = "def g():\n    ñ = 'ü'; x = await f()\n"
	_, diags = Parse("m.py", []byte(src))
	if assert.Len(t, diags, 1) {
		assert.Equal(t, ir.Pos{Line: 2, Col: 18}, diags[0].Pos)
	}
}

func TestSymbols(t *testing.T) {
	src := `import asyncio
async def mycoro(): pass
async def mycoro(): pass
def main():
    total = 0
    def add(n):
        nonlocal total
        total += n
    try:
        pass
    except ValueError as err:
        print(err)
    return add
`
	m, diags := Parse("m.py", []byte(src))
	assert.Empty(t, errorMsgs(diags))
	assert.Equal(t, 2, m.Scope.Names["mycoro"].Bindings, "a def bound twice must be a variable")
	mainFn := m.Funcs[2]
	total := mainFn.Scope.Names["total"]
	assert.Equal(t, ir.SymLocal, total.Kind)
	assert.True(t, total.Captured)
	assert.Equal(t, 2, total.Bindings, "the nonlocal += counts in the defining scope")
	add := m.Funcs[3]
	assert.Equal(t, ir.SymFree, add.Scope.Names["total"].Kind)
	assert.Same(t, total, add.Scope.Names["total"].Def)
	assert.Equal(t, ir.SymParam, add.Scope.Names["n"].Kind)
	assert.Equal(t, ir.SymLocal, mainFn.Scope.Names["err"].Kind)
	assert.Equal(t, ir.SymBuiltin, mainFn.Scope.Names["print"].Kind)
	assert.Equal(t, ir.SymBuiltin, mainFn.Scope.Names["ValueError"].Kind)
}

func errorMsgs(ds ir.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		if d.Severity == ir.Error {
			out = append(out, d.Msg)
		}
	}
	return out
}

// A name bound only through `global x` inside a function is a module
// variable: the module's own reads of it, and reads from other functions
// lowered before the declaring one, must not fall back to builtins.
func TestGlobalOnlyBoundInFunction(t *testing.T) {
	src := `def reader():
    return label
def s():
    global label
    label = 'x'
    del label
s()
print(label)
`
	m, diags := Parse("m.py", []byte(src))
	assert.Empty(t, errorMsgs(diags))
	label := m.Scope.Names["label"]
	if assert.NotNil(t, label) {
		assert.Equal(t, ir.SymLocal, label.Kind)
		assert.Equal(t, 1, label.Bindings, "the function's assignment counts; del does not")
	}
	s := m.Funcs[1].Scope.Names["label"]
	assert.Equal(t, ir.SymGlobal, s.Kind)
	assert.Same(t, label, s.Def)
	r := m.Funcs[0].Scope.Names["label"]
	assert.Equal(t, ir.SymGlobal, r.Kind)
	assert.Same(t, label, r.Def)
	assert.Contains(t, Dump(m), "builtin print(label)\n", "the module's read is its own variable, not a builtin")
}
