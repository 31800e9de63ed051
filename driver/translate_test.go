package driver

import (
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
