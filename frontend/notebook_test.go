package frontend

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testNotebook = `{"cells": [
 {"cell_type": "markdown", "source": ["# Title\n"]},
 {"cell_type": "code", "source": ["import asyncio\n", "x = 1"]},
 {"cell_type": "code", "source": "%time y = 2\ns = '''\n%not a magic\n'''"},
 {"cell_type": "raw", "source": "skipped"},
 {"cell_type": "code", "source": []},
 {"cell_type": "code", "source": ["  !pip install aiohttp\n", "await asyncio.sleep(0)\n"]}
], "nbformat": 4, "nbformat_minor": 5}`

func TestReadNotebook(t *testing.T) {
	nb, diags := ReadNotebook("notes.ipynb", []byte(testNotebook))
	require.NotNil(t, nb.Source)
	assert.Equal(t, "import asyncio\nx = 1\n%time y = 2\ns = '''\n%not a magic\n'''\n  !pip install aiohttp\nawait asyncio.sleep(0)\n", string(nb.Source))
	assert.Equal(t, "import asyncio\nx = 1\n\ns = '''\n%not a magic\n'''\n\nawait asyncio.sleep(0)\n", string(nb.Code))
	for line, want := range map[int][2]int{1: {2, 1}, 2: {2, 2}, 3: {3, 1}, 6: {3, 4}, 7: {6, 1}, 8: {6, 2}} {
		cell, cellLine, ok := nb.Locate(line)
		assert.True(t, ok, "line %d", line)
		assert.Equal(t, want, [2]int{cell, cellLine}, "line %d", line)
	}
	_, _, ok := nb.Locate(9)
	assert.False(t, ok)
	require.Len(t, diags, 2)
	assert.Equal(t, "notes.ipynb:cell 3:1:1: error: IPython magic %time is not Python\n"+
		"    1 | %time y = 2\n"+
		"      | ^\n"+
		"hint: pyasync2go translates the notebook's Python code: remove the line or write it in Python\n", nb.Render(diags[0]))
	assert.Contains(t, nb.Render(diags[1]), "notes.ipynb:cell 6:1:3: error: shell command !pip is not Python\n    1 |   !pip install aiohttp\n")
}

func TestReadNotebookRejectsOtherJSON(t *testing.T) {
	nb, diags := ReadNotebook("notes.ipynb", []byte(`{"cells": [{"cell_type": "code", "source": 3}]}`))
	require.Len(t, diags, 1)
	assert.Nil(t, nb.Source)
	assert.Contains(t, diags[0].Msg, "cell 1: its source is neither a string nor a list of strings")
	_, diags = ReadNotebook("notes.ipynb", []byte(`print("not json")`))
	require.Len(t, diags, 1)
	assert.Contains(t, diags[0].Msg, "not a Jupyter notebook")
}
