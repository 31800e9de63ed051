package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
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
	// ForwardSignals relays SIGTERM and SIGHUP received by this process to
	// the program while it runs, so the runtime can flush stdout. SIGINT is
	// caught but not relayed: Ctrl-C reaches the whole foreground process
	// group, program included, and a relayed copy would be a second Ctrl-C,
	// which under asyncio.run means "stop cancelling, raise
	// KeyboardInterrupt now".
	ForwardSignals bool
}

// Run builds a generated `package main` program and runs it, returning its
// exit status. A program killed by a signal reports 128+signal, as a shell would.
//
// Binaries are cached in the workspace by a hash of everything that goes into
// them, because linking dominates a warm `pyasync2go run` (seconds) while
// re-running an unchanged program is the common case.
func (w *Workspace) Run(goSrc []byte, opts RunOptions) (int, error) {
	exit, err := w.RunExit(goSrc, opts)
	return exit.Status, err
}

// ExitStatus is how a program ended. Signal is set when a signal killed it;
// Status is then 128+Signal.
type ExitStatus struct {
	Status int
	Signal syscall.Signal
}

// RunExit is Run for callers that want to die of the same signal as the
// program (the CLI does, to pass Ctrl-C through like a shell would see it).
func (w *Workspace) RunExit(goSrc []byte, opts RunOptions) (ExitStatus, error) {
	bin, err := w.cachedBinary(goSrc)
	if err != nil {
		return ExitStatus{Status: 1}, err
	}
	return runBinary(bin, opts)
}

// binCacheDir holds binaries named by binaryKey.
const binCacheDir = "bin"

func (w *Workspace) cachedBinary(goSrc []byte) (string, error) {
	key, err := binaryKey(goSrc)
	if err != nil {
		return "", err
	}
	bin := filepath.Join(w.Dir, binCacheDir, key)
	if _, err := os.Stat(bin); err == nil {
		now := time.Now()
		_ = os.Chtimes(bin, now, now) // keeps it from being pruned as unused
		return bin, nil
	}
	if err := mkdirAll(filepath.Dir(bin)); err != nil {
		return "", err
	}
	tmpDir, err := w.newProgDir()
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmpDir)
	tmp := filepath.Join(tmpDir, "program")
	if err := w.BuildProgram(goSrc, tmp); err != nil {
		return "", err
	}
	// Rename is atomic: a concurrent run sees no binary or a whole one.
	if err := os.Rename(tmp, bin); err != nil {
		return "", err
	}
	return bin, nil
}

// binaryKey hashes the generated source, the runtime and the toolchain
// settings that change the binary.
func binaryKey(goSrc []byte) (string, error) {
	rtHash, err := runtimeHash()
	if err != nil {
		return "", err
	}
	tc, err := toolchainInfo()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", rtHash, tc.env)
	h.Write(goSrc)
	return hex.EncodeToString(h.Sum(nil))[:32], nil
}

func runBinary(bin string, opts RunOptions) (ExitStatus, error) {
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
		return ExitStatus{Status: 1}, fmt.Errorf("starting the program: %w", err)
	}
	done := make(chan struct{})
	if sigs != nil {
		go func() {
			for {
				select {
				case s := <-sigs:
					if s != syscall.SIGINT {
						_ = cmd.Process.Signal(s)
					}
				case <-done:
					return
				}
			}
		}()
	}
	err := cmd.Wait()
	close(done)
	if err == nil {
		return ExitStatus{}, nil
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return ExitStatus{Status: 128 + int(ws.Signal()), Signal: ws.Signal()}, nil
		}
		return ExitStatus{Status: exitErr.ExitCode()}, nil
	}
	return ExitStatus{Status: 1}, err
}
