package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/pyasync2go/pyasync2go/driver"
)

// goModule is the Go module a generated file or vendored runtime lands in.
type goModule struct {
	root, path string // directory holding go.mod; its module path
	gomod      []byte
}

// findModule walks up from dir (which need not exist yet) to the nearest
// go.mod. It returns nil when there is none.
func findModule(dir string) (*goModule, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for {
		gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			path := modulePath(gomod)
			if path == "" {
				return nil, fmt.Errorf("%s has no module line", filepath.Join(dir, "go.mod"))
			}
			return &goModule{root: dir, path: path, gomod: gomod}, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
}

// modulePath reads the module directive of a go.mod file.
func modulePath(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, "module"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			rest, _, _ = strings.Cut(rest, "//")
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// requiredRuntime matches the runtime module's requirement, in a require
// block or a single-line require.
var requiredRuntime = regexp.MustCompile(`(?m)^\s*(?:require\s+)?` + regexp.QuoteMeta(driver.ModulePath) + `\s+(\S+)`)

// runtimeImportFor decides where the generated file at out imports the
// runtime from: the runtime module, or with --runtime-dir the directory
// vendorDir that the caller fills once translation succeeded. It refuses to
// write a file that could not build: one in a module that neither requires
// the runtime module at the version we generate for nor vendors it.
func runtimeImportFor(out, runtimeDir string) (importPath, vendorDir string, err error) {
	outMod, err := moduleOf(out)
	if err != nil {
		return "", "", err
	}
	if runtimeDir == "" {
		if outMod == nil || outMod.path == driver.ModulePath {
			return driver.ModulePath, "", nil
		}
		m := requiredRuntime.FindSubmatch(outMod.gomod)
		if m != nil && string(m[1]) == driver.RuntimeVersion {
			return driver.ModulePath, "", nil
		}
		found := "does not require " + driver.ModulePath
		if m != nil {
			found = fmt.Sprintf("requires %s %s, but this pyasync2go generates code for %s", driver.ModulePath, m[1], driver.RuntimeVersion)
		}
		return "", "", rejected("%s would not build: module %s (%s) %s.\n"+
			"hint: take the runtime module: go get %s@%s\n"+
			"hint: or write the runtime into your module, no network needed: add --runtime-dir DIR (for example --runtime-dir internal/pyrt)",
			out, outMod.path, filepath.Join(outMod.root, "go.mod"), found, driver.ModulePath, driver.RuntimeVersion)
	}
	dirMod, err := findModule(runtimeDir)
	if err != nil {
		return "", "", &exitError{status: exitFailure, msg: err.Error()}
	}
	if dirMod == nil {
		return "", "", rejected("--runtime-dir %s is not inside a Go module (no go.mod above it)", runtimeDir)
	}
	if outMod != nil && outMod.root != dirMod.root {
		return "", "", rejected("--runtime-dir %s is in module %s, but %s is in module %s: the runtime must be in the module that imports it", runtimeDir, dirMod.path, out, outMod.path)
	}
	abs, err := filepath.Abs(runtimeDir)
	if err != nil {
		return "", "", &exitError{status: exitFailure, msg: err.Error()}
	}
	rel, err := filepath.Rel(dirMod.root, abs)
	if err != nil || rel == "." {
		return "", "", rejected("--runtime-dir %s must be a sub-directory of module %s, not its root", runtimeDir, dirMod.path)
	}
	return dirMod.path + "/" + filepath.ToSlash(rel), abs, nil
}

// moduleOf is the module holding the output file, or nil when the Go source
// goes to stdout or outside any module.
func moduleOf(out string) (*goModule, error) {
	if out == "" || out == "-" {
		return nil, nil
	}
	m, err := findModule(filepath.Dir(out))
	if err != nil {
		return nil, &exitError{status: exitFailure, msg: err.Error()}
	}
	return m, nil
}
