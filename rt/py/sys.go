package py

import "os"

// ProgramName is sys.argv[0]; the driver may set it to the .py path.
var ProgramName = ""

// SysArgv is sys.argv: the program name and the command-line arguments.
func SysArgv() *List {
	name := ProgramName
	if name == "" && len(os.Args) > 0 {
		name = os.Args[0]
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
