package rt

import (
	"embed"
	"io/fs"
)

//go:embed *.go py/*.go
var source embed.FS

// Source is this module's Go source (package rt at the root, rt/py under
// py/), test files included; pyasync2go writes it into build workspaces and
// into users' modules (--runtime-dir), so a binary of the CLI carries the
// exact runtime it generates code for. Programs that never call Source do not
// carry it: the linker drops the unreferenced variable.
func Source() fs.FS { return source }
