package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() {
	os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// runMain never panics: a bug anywhere in the compiler must end in a message
// and status 1, not in a Go crash dump that looks like the user's fault.
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "pyasync2go: internal error: %v\nThis is a bug in pyasync2go; please report it with the input file and this trace:\n%s", r, debug.Stack())
			status = 1
		}
	}()
	return execute(args, stdin, stdout, stderr)
}
