package driver

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"
)

// RunOptions says how to run a built program.
type RunOptions struct {
	// Argv0 is what the program sees as sys.argv[0]; CPython shows the script
	// path as given, so the CLI passes the .py path.
	Argv0  string
	Args   []string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// ForwardSignals relays SIGINT, SIGTERM and SIGHUP received by this
	// process to the program while it runs, so the runtime can flush stdout.
	ForwardSignals bool
}

// Run builds a generated `package main` program and runs it, returning its
// exit status. A program killed by a signal reports 128+signal, as a shell would.
func (w *Workspace) Run(goSrc []byte, opts RunOptions) (int, error) {
	binDir, err := w.newProgDir()
	if err != nil {
		return 1, err
	}
	defer os.RemoveAll(binDir)
	bin := filepath.Join(binDir, "program")
	if err := w.BuildProgram(goSrc, bin); err != nil {
		return 1, err
	}
	return runBinary(bin, opts)
}

func runBinary(bin string, opts RunOptions) (int, error) {
	cmd := exec.Command(bin, opts.Args...)
	if opts.Argv0 != "" {
		cmd.Args[0] = opts.Argv0
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = opts.Stdin, opts.Stdout, opts.Stderr
	var sigs chan os.Signal
	if opts.ForwardSignals {
		// Notify before Start: a signal arriving in between must not kill us
		// and orphan the program's unflushed output.
		sigs = make(chan os.Signal, 4)
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
		defer signal.Stop(sigs)
	}
	if err := cmd.Start(); err != nil {
		return 1, fmt.Errorf("starting the program: %w", err)
	}
	done := make(chan struct{})
	if sigs != nil {
		go func() {
			for {
				select {
				case s := <-sigs:
					_ = cmd.Process.Signal(s)
				case <-done:
					return
				}
			}
		}()
	}
	err := cmd.Wait()
	close(done)
	if err == nil {
		return 0, nil
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal()), nil
		}
		return exitErr.ExitCode(), nil
	}
	return 1, err
}
