package driver

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
)

const sayAfterPy = `import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


asyncio.run(say_after(0, "hi"))
`

func TestTranslateRunsEveryPhase(t *testing.T) {
	goSrc, diags := Translate("m.py", []byte(sayAfterPy), codegen.Options{})
	require.False(t, diags.HasErrors(), "%v", diags)
	assert.Contains(t, string(goSrc), "package main\n")
	assert.Contains(t, string(goSrc), `"github.com/pyasync2go/pyasync2go/rt"`)
	assert.Contains(t, string(goSrc), "say_after")

	goSrc, diags = Translate("m.py", []byte(sayAfterPy), codegen.Options{Package: "greeter"})
	require.False(t, diags.HasErrors(), "%v", diags)
	assert.Contains(t, string(goSrc), "package greeter\n")
	assert.Contains(t, string(goSrc), "func Main() int")
}

func TestTranslateStopsAtFrontendErrors(t *testing.T) {
	goSrc, diags := Translate("bad.py", []byte("async def main(:\n    pass\n"), codegen.Options{})
	assert.Nil(t, goSrc)
	require.True(t, diags.HasErrors())
	assert.Equal(t, "bad.py", diags[0].File)
	assert.Equal(t, 1, diags[0].Pos.Line)
}

// A module the frontend rejects still goes through the later phases for
// their diagnostics: one run names every unsupported construct, inside a
// rejected class's body too, and a line the frontend already reported on
// gets nothing more.
func TestTranslateReportsEveryPhaseAfterFrontendErrors(t *testing.T) {
	src := `import asyncio


class Registry(metaclass=type):
    def describe(self):
        return ...

    async def load(self):
        exec("pass")
        return ...


async def main():
    print(..., eval("1"))


asyncio.run(main())
`
	goSrc, diags := Translate("m.py", []byte(src), codegen.Options{})
	assert.Nil(t, goSrc)
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Msg))
	}
	assert.Equal(t, []string{
		"4:16 metaclasses are not supported",
		"9:9 'exec' is not supported",
		"14:16 'eval' is not supported",
		"6:16 the Ellipsis literal is not supported yet",
		"10:16 the Ellipsis literal is not supported yet",
	}, got)

	// A compile error CPython reports (not marked as a syntax error) stays the only one
	// on its line, and codegen's position-less duplicate of it is dropped.
	_, diags = Translate("m.py", []byte("x = 1\nbreak\n"), codegen.Options{})
	require.Len(t, diags, 1)
	assert.Equal(t, 2, diags[0].Pos.Line)

	// After a syntax error the IR is too partial: only the frontend speaks.
	_, diags = Translate("m.py", []byte("async def main(:\n    pass\nprint(...)\n"), codegen.Options{})
	for _, d := range diags {
		assert.NotContains(t, d.Msg, "Ellipsis")
	}
}
