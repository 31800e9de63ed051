package py

import (
	"os"
	"strings"
)

// ProgramName is sys.argv[0]: generated code sets it to the script's
// name when the program reads sys.argv (or uses argparse), so a built
// binary shows the name CPython would, not its own path.
var ProgramName = ""

// SysArgv is sys.argv: the program name and the command-line arguments.
func SysArgv() *List {
	name := ""
	if len(os.Args) > 0 {
		name = os.Args[0]
	}
	// `pyasync2go run dir/m.py` passes the path as typed, as CPython shows
	// it; a built binary invoked by its own path shows the script's name.
	if ProgramName != "" && !strings.HasSuffix(name, ".py") {
		name = ProgramName
	}
	items := []any{name}
	for _, a := range os.Args[min(1, len(os.Args)):] {
		items = append(items, a)
	}
	return NewList(items...)
}

// SysExit is sys.exit(code): it raises SystemExit.
func SysExit(code any) {
	if code == nil {
		Throw(New(SystemExit))
	}
	Throw(New(SystemExit, code))
}
