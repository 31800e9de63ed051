package pyasync2go

import "embed"

// RuntimeFS holds rt/*.go and rt/py/*.go as they were when this binary was
// built, so a generated program can be compiled without the repository. The
// patterns also catch _test.go files; consumers skip them.
//
//go:embed rt/*.go rt/py/*.go
var RuntimeFS embed.FS
