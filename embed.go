package pyasync2go

import "embed"

// RuntimeFS holds the runtime source (rt/*.go and rt/py/*.go) as it was when
// this binary was built, so a generated program can be compiled without the
// repository. The pattern also catches tests and test data; consumers take
// only the non-test .go files of rt and rt/py.
//
//go:embed rt
var RuntimeFS embed.FS
