package driver

import (
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"sync"
)

// MinGoVersion is the oldest Go toolchain that builds generated programs: the
// runtime module's go.mod says go 1.24 (its goroutine-form coroutines need
// iter.Pull, Go 1.23; its benchmarks testing.B.Loop, Go 1.24), and the
// workspace's go.mod says the same.
const MinGoVersion = "1.24"

// ToolchainError says that no usable go command was found. Found is the
// version of the go command at Path, or "" when there is none on PATH.
type ToolchainError struct {
	Path, Found string
}

func (e *ToolchainError) Error() string {
	if e.Path == "" {
		return "no go command on PATH (found none, need Go " + MinGoVersion + " or newer to build programs)"
	}
	return fmt.Sprintf("%s is %s, too old: building programs needs Go %s or newer", e.Path, e.Found, MinGoVersion)
}

// toolchainInfo is the go command and what `go env` reports about the
// settings that change a binary; its first line is GOVERSION. It is looked
// up once per process and checked against MinGoVersion, so a missing or old
// toolchain is reported in one line instead of as a failed exec or a
// compiler error about iter.Pull.
var toolchainInfo = sync.OnceValues(func() (toolchain, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return toolchain{}, &ToolchainError{}
	}
	cmd := exec.Command(goTool, "env", "GOVERSION", "GOOS", "GOARCH", "CGO_ENABLED", "GOAMD64", "GOARM64", "GOEXPERIMENT", "CC")
	cmd.Env = goEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return toolchain{}, fmt.Errorf("%s env: %v: %s", goTool, err, strings.TrimSpace(stderr.String()))
	}
	version, _, _ := strings.Cut(string(out), "\n")
	if !goVersionAtLeast(version, MinGoVersion) {
		return toolchain{}, &ToolchainError{Path: goTool, Found: version}
	}
	return toolchain{goTool: goTool, env: out}, nil
})

type toolchain struct {
	goTool string
	env    []byte // go env output, part of the binary cache key
}

// findGo returns the go command, checked by toolchainInfo.
func findGo() (string, error) {
	tc, err := toolchainInfo()
	return tc.goTool, err
}

// goVersionAtLeast compares a GOVERSION ("go1.23.4", "go1.24rc1") with a
// "MAJOR.MINOR" minimum. Development toolchains ("devel go1.25-abcdef") are
// taken as new enough: they are newer than any release they could fail.
func goVersionAtLeast(goversion, min string) bool {
	if strings.HasPrefix(goversion, "devel") {
		return true
	}
	have, ok := majorMinor(strings.TrimPrefix(goversion, "go"))
	want, _ := majorMinor(min)
	if !ok {
		return false
	}
	return have[0] > want[0] || have[0] == want[0] && have[1] >= want[1]
}

// majorMinor parses the leading "1.23" of "1.23.4", "1.23rc1" or "1.23".
func majorMinor(v string) ([2]int, bool) {
	major, rest, ok := strings.Cut(v, ".")
	if !ok {
		return [2]int{}, false
	}
	end := 0
	for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
		end++
	}
	ma, err1 := strconv.Atoi(major)
	mi, err2 := strconv.Atoi(rest[:end])
	return [2]int{ma, mi}, err1 == nil && err2 == nil
}
