package frontend

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/ir"
)

// TestLiteralsMatchCPython decodes testdata/literals.py and compares every
// value with what CPython produced (testdata/literals.json, written by
// testdata/gen_literals.py).
func TestLiteralsMatchCPython(t *testing.T) {
	src, err := os.ReadFile("testdata/literals.py")
	require.NoError(t, err)
	data, err := os.ReadFile("testdata/literals.json")
	require.NoError(t, err)
	var want []struct {
		Line  int
		Kind  string
		Str   string
		Bytes []int
		Int   string
		Float string
	}
	require.NoError(t, json.Unmarshal(data, &want))
	m, diags := Parse("literals.py", src)
	require.Empty(t, msgs(diags))
	values := map[int]ir.Expr{}
	for _, s := range m.Body {
		if a, ok := s.(*ir.Assign); ok {
			values[a.Pos.Line] = a.Value
		}
	}
	require.Len(t, values, len(want))
	for _, w := range want {
		got := values[w.Line]
		switch w.Kind {
		case "str":
			if lit, ok := got.(*ir.StrLit); assert.True(t, ok, "line %d: %T", w.Line, got) {
				assert.Equal(t, w.Str, lit.Value, "line %d", w.Line)
			}
		case "bytes":
			if lit, ok := got.(*ir.BytesLit); assert.True(t, ok, "line %d: %T", w.Line, got) {
				wantBytes := make([]byte, len(w.Bytes))
				for i, b := range w.Bytes {
					wantBytes[i] = byte(b)
				}
				assert.Equal(t, wantBytes, lit.Value, "line %d", w.Line)
			}
		case "int":
			if lit, ok := got.(*ir.IntLit); assert.True(t, ok, "line %d: %T", w.Line, got) {
				assert.Equal(t, w.Int, lit.Value, "line %d", w.Line)
			}
		case "float":
			if lit, ok := got.(*ir.FloatLit); assert.True(t, ok, "line %d: %T", w.Line, got) {
				if w.Float == "inf" {
					assert.True(t, math.IsInf(lit.Value, 1), "line %d", w.Line)
					continue
				}
				f, err := strconv.ParseFloat(w.Float, 64)
				require.NoError(t, err)
				assert.Equal(t, f, lit.Value, "line %d", w.Line)
			}
		}
	}
}

func TestFStringParts(t *testing.T) {
	m, diags := Parse("m.py", []byte(`x = 3
s = f"a{{b}}{x!r:>{x}.{x}f}\t{x = }{x=:5}{'q'!a}" rf"\n{x}"
`))
	require.Empty(t, msgs(diags))
	fs := m.Body[1].(*ir.Assign).Value.(*ir.FString)
	assert.Equal(t, `f["a{b}" {x!r:">" {x} "." {x} "f"} "\t" {"x = " x!r} {"x=" x:"5"} {"q"!a} "\\n" {x}]`, expr(fs))
}
