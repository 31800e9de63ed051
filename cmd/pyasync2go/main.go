package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"
)

func main() {
	status, sig := runCLI(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if sig != 0 {
		dieOf(sig, status)
	}
	os.Exit(status)
}

// runMain is the CLI minus dying of the program's signal.
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	status, _ := runCLI(args, stdin, stdout, stderr)
	return status
}

// runCLI never panics: a bug anywhere in the compiler must end in a message
// and status 1, not in a Go crash dump that looks like the user's fault.
func runCLI(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int, sig syscall.Signal) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "pyasync2go: internal error: %v\nThis is a bug in pyasync2go; please report it with the input file and this trace:\n%s", r, debug.Stack())
			status, sig = exitFailure, 0
		}
	}()
	return execute(args, stdin, stdout, stderr)
}

// dieOf ends this process the way the program ended, so that a shell or
// supervisor sees "killed by SIGINT" rather than a plain exit status.
func dieOf(sig syscall.Signal, status int) {
	signal.Reset(sig)
	_ = syscall.Kill(os.Getpid(), sig)
	time.Sleep(time.Second)
	os.Exit(status)
}
