package progtest

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

// Binary is one BuildMany binary holding every program that translated and compiled. Run a
// program with `Path KEY`.
type Binary struct {
	Path       string
	Failed     map[string]string // case name -> why it is not in the binary
	BuildError error             // set when not even the remaining programs build
	Sources    map[string][]byte // package key -> the generated Go of each program built
}

// Remove deletes the binary's temporary directory.
func (b *Binary) Remove() {
	if b.Path != "" {
		os.RemoveAll(filepath.Dir(b.Path))
	}
}

// Build translates every case (a notebook's code cells joined) with opts, its Package set to the
// case's key, and builds those that translate into one binary in a new temporary directory.
// Programs that do not translate or compile are recorded in Failed and left out.
func Build(cases []Case, opts codegen.Options) *Binary {
	res := &Binary{Failed: map[string]string{}, Sources: map[string][]byte{}}
	progs := map[string][]byte{}
	for _, c := range cases {
		src, err := os.ReadFile(c.PyPath)
		if err != nil {
			res.Failed[c.Name] = err.Error()
			continue
		}
		if frontend.IsNotebook(c.PyPath) {
			nb, diags := frontend.ReadNotebook(c.PyPath, src)
			if diags.HasErrors() {
				res.Failed[c.Name] = "not a runnable notebook:\n" + RenderErrors(diags, nb.Source)
				continue
			}
			src = nb.Code
		}
		o := opts
		o.Package = c.Key
		goSrc, diags := driver.Translate(c.PyPath, src, o)
		if diags.HasErrors() || goSrc == nil {
			res.Failed[c.Name] = "translation failed:\n" + RenderErrors(diags, src)
			continue
		}
		progs[c.Key] = goSrc
	}
	if len(progs) == 0 {
		res.BuildError = errors.New("no program translated")
		return res
	}
	dir, err := os.MkdirTemp("", "pyasync2go-progs")
	if err != nil {
		res.BuildError = err
		return res
	}
	res.Path = filepath.Join(dir, "progs")
	byKey := map[string]string{}
	for _, c := range cases {
		byKey[c.Key] = c.Name
	}
	for key, src := range progs {
		res.Sources[key] = src
	}
	notBuilt, err := BuildGo(progs, res.Path)
	for key, why := range notBuilt {
		res.Failed[byKey[key]] = "generated Go does not compile:\n" + why
		delete(res.Sources, key)
	}
	res.BuildError = err
	return res
}

// BuildGo builds generated Go programs (package name -> source) into one BuildMany binary at out.
// A codegen bug in one program must not hide the results of all others: the programs the
// compiler names are dropped, with their part of its output, and the rest built again.
func BuildGo(progs map[string][]byte, out string) (notBuilt map[string]string, err error) {
	notBuilt = map[string]string{}
	ws, err := driver.NewWorkspace("")
	if err != nil {
		return notBuilt, err
	}
	for len(progs) > 0 {
		err = ws.BuildMany(progs, out)
		var be *driver.BuildError
		if err == nil || !errors.As(err, &be) {
			return notBuilt, err
		}
		bad := buildErrorKeys(be.Output, progs)
		if len(bad) == 0 {
			return notBuilt, err
		}
		for _, key := range bad {
			notBuilt[key] = buildErrorSection(be.Output, key)
			delete(progs, key)
		}
	}
	return notBuilt, errors.New("no program compiled")
}

// buildErrorKeys extracts the programs that `go build` complained about from its output.
func buildErrorKeys(output string, progs map[string][]byte) []string {
	var keys []string
	for key := range progs {
		if strings.Contains(output, "/"+key+"\n") || strings.Contains(output, key+"/prog.go:") {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	return keys
}

// buildErrorSection is the part of the `go build` output about one program: from its
// "# import/path/KEY" line to the next package header.
func buildErrorSection(output, key string) string {
	var b strings.Builder
	in := false
	for _, line := range strings.SplitAfter(output, "\n") {
		if strings.HasPrefix(line, "# ") {
			in = strings.HasSuffix(strings.TrimSpace(line), "/"+key)
		}
		if in || strings.Contains(line, key+"/prog.go:") {
			b.WriteString(line)
		}
	}
	if b.Len() == 0 {
		return output
	}
	return b.String()
}

// RenderErrors renders the error diagnostics as the CLI prints them.
func RenderErrors(ds ir.Diagnostics, src []byte) string {
	var b strings.Builder
	for _, d := range ds {
		if d.Severity == ir.Error {
			b.WriteString(frontend.Render(d, src))
		}
	}
	return b.String()
}
