package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitWords(t *testing.T) {
	words, err := splitWords(`stderr '^hint: did you mean ''pyasync2go version''\?$'`)
	require.NoError(t, err)
	assert.Equal(t, []string{"stderr", `^hint: did you mean 'pyasync2go version'\?$`}, words)

	words, err = splitWords(`exits 2 pyasync2go run nope.py -- x # trailing comment`)
	require.NoError(t, err)
	assert.Equal(t, []string{"exits", "2", "pyasync2go", "run", "nope.py", "--", "x"}, words)

	words, err = splitWords(`env XDG_CACHE_HOME=`)
	require.NoError(t, err)
	assert.Equal(t, []string{"env", "XDG_CACHE_HOME="}, words)

	_, err = splitWords(`stdout 'open`)
	assert.Error(t, err)
}

func TestSplitArchive(t *testing.T) {
	comment, files := splitArchive([]byte("exec x\n-- a.py --\nprint(1)\n-- d/b.txt --\nno newline"))
	assert.Equal(t, "exec x\n", string(comment))
	require.Len(t, files, 2)
	assert.Equal(t, "a.py", files[0].name)
	assert.Equal(t, "print(1)\n", string(files[0].data))
	assert.Equal(t, "d/b.txt", files[1].name)
	assert.Equal(t, "no newline\n", string(files[1].data))
}
