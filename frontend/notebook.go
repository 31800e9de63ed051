package frontend

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/pyasync2go/pyasync2go/ir"
)

// A Jupyter notebook is read as one module: the source of its code cells
// in order, each ending in a newline (README, "Notebooks"; the oracle joins
// them the same way). Markdown and raw cells are skipped. Top-level `await`
// works as in any module here, which is how IPython runs it. Diagnostics
// name the cell and the line inside it: notes.ipynb:cell 3:2:5.

// Notebook is a notebook's code as one module, with the map back to cells.
type Notebook struct {
	Path string
	// Source is the code cells joined; Code is Source with the lines
	// ipythonSyntax reports left empty, so translating it reports every
	// other error too, on the same lines.
	Source, Code []byte
	cells        []notebookCell
}

type notebookCell struct {
	number    int // 1-based position among all the notebook's cells
	firstLine int // its first line in Source
	lines     int
}

// IsNotebook reports whether path names a notebook (by its extension).
func IsNotebook(path string) bool { return strings.EqualFold(filepath.Ext(path), ".ipynb") }

// ReadNotebook extracts a notebook's code. The diagnostics (positions in
// Source) name what is not Python: IPython magics and shell escapes.
func ReadNotebook(path string, data []byte) (*Notebook, ir.Diagnostics) {
	nb := &Notebook{Path: path}
	var doc struct {
		Cells []struct {
			CellType string          `json:"cell_type"`
			Source   json.RawMessage `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nb, ir.Diagnostics{{File: path, Pos: ir.Pos{Line: 1, Col: 1}, Severity: ir.Error,
			Msg: "not a Jupyter notebook: " + err.Error(), Hint: "a .ipynb file is JSON in nbformat 4"}}
	}
	var src strings.Builder
	line := 1
	for i, c := range doc.Cells {
		if c.CellType != "code" {
			continue
		}
		text, err := cellSource(c.Source)
		if err != nil {
			return nb, ir.Diagnostics{{File: path, Pos: ir.Pos{Line: 1, Col: 1}, Severity: ir.Error,
				Msg: fmt.Sprintf("cell %d: its source is neither a string nor a list of strings", i+1)}}
		}
		if text != "" && !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		n := strings.Count(text, "\n")
		nb.cells = append(nb.cells, notebookCell{number: i + 1, firstLine: line, lines: n})
		src.WriteString(text)
		line += n
	}
	nb.Source = []byte(src.String())
	diags := nb.ipythonSyntax()
	lines := strings.Split(string(nb.Source), "\n")
	for _, d := range diags {
		lines[d.Pos.Line-1] = ""
	}
	nb.Code = []byte(strings.Join(lines, "\n"))
	return nb, diags
}

func cellSource(raw json.RawMessage) (string, error) {
	if len(raw) == 0 {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var parts []string
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", err
	}
	return strings.Join(parts, ""), nil
}

// ipythonSyntax finds the lines IPython itself would rewrite before Python
// sees them: `%magic`, `%%cell magic` and `!shell` at the start of a line
// outside a triple-quoted string.
func (nb *Notebook) ipythonSyntax() ir.Diagnostics {
	var diags ir.Diagnostics
	var inString string // the open triple quote, if any
	for i, text := range strings.Split(string(nb.Source), "\n") {
		trimmed := strings.TrimLeft(text, " \t")
		if inString == "" && trimmed != "" && (trimmed[0] == '%' || trimmed[0] == '!') {
			what := "IPython magic"
			if trimmed[0] == '!' {
				what = "shell command"
			}
			word := strings.Fields(trimmed)[0]
			diags = append(diags, ir.Diagnostic{File: nb.Path, Pos: ir.Pos{Line: i + 1, Col: len(text) - len(trimmed) + 1},
				Severity: ir.Error, Msg: fmt.Sprintf("%s %s is not Python", what, word),
				Hint: "pyasync2go translates the notebook's Python code: remove the line or write it in Python"})
			continue
		}
		for rest := text; ; {
			if inString == "" {
				k := min(indexOr(rest, `"""`), indexOr(rest, `'''`))
				if k == len(rest) {
					break
				}
				inString, rest = rest[k:k+3], rest[k+3:]
				continue
			}
			k := strings.Index(rest, inString)
			if k < 0 {
				break
			}
			inString, rest = "", rest[k+3:]
		}
	}
	return diags
}

func indexOr(s, sub string) int {
	if k := strings.Index(s, sub); k >= 0 {
		return k
	}
	return len(s)
}

// Locate maps a line of Source to its cell's number and the line in it.
func (nb *Notebook) Locate(line int) (cell, cellLine int, ok bool) {
	for _, c := range nb.cells {
		if line >= c.firstLine && line < c.firstLine+c.lines {
			return c.number, line - c.firstLine + 1, true
		}
	}
	return 0, 0, false
}

// Render is Render for a diagnostic positioned in Source: the header names
// the cell and the line in it, and the quoted line is numbered likewise.
func (nb *Notebook) Render(d ir.Diagnostic) string {
	cell, line, ok := nb.Locate(d.Pos.Line)
	if !ok {
		return Render(d, nb.Source)
	}
	return render(d, nb.Source, fmt.Sprintf("%s:cell %d:%d:%d", d.File, cell, line, d.Pos.Col), line)
}
