package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sleepyPy under CPython 3.11, Ctrl-C'd one second in (SIGINT to the
// process group, as a terminal does): stdout "start\ncleanup\n", stderr
// ending in "KeyboardInterrupt", and the process dies of SIGINT.
const sleepyPy = `import asyncio


async def main():
    print("start", flush=True)
    try:
        await asyncio.sleep(30)
    finally:
        print("cleanup")


asyncio.run(main())
`

// TestRunPassesCtrlCThroughLikeCPython checks that Ctrl-C reaches the
// program once (a second one would skip the cancellation), that the program
// cleans up, and that pyasync2go then dies of SIGINT as python3 would.
func TestRunPassesCtrlCThroughLikeCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	self, err := os.Executable()
	require.NoError(t, err)
	dir := t.TempDir()
	cli := filepath.Join(dir, cliName)
	require.NoError(t, os.Symlink(self, cli))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sleepy.py"), []byte(sleepyPy), 0o644))

	cmd := exec.Command(cli, "run", "sleepy.py")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+t.TempDir())
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdoutPipe, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	out := bufio.NewReader(stdoutPipe)
	first, err := out.ReadString('\n')
	require.NoError(t, err, "stderr: %s", stderr.String())
	assert.Equal(t, "start\n", first)
	time.Sleep(500 * time.Millisecond)
	require.NoError(t, syscall.Kill(-cmd.Process.Pid, syscall.SIGINT))
	var rest bytes.Buffer
	_, _ = rest.ReadFrom(out)
	err = cmd.Wait()

	assert.Equal(t, "cleanup\n", rest.String())
	assert.Regexp(t, `(?m)^KeyboardInterrupt\n\z`, stderr.String())
	var exitErr *exec.ExitError
	require.True(t, errors.As(err, &exitErr), "want death by SIGINT, got %v", err)
	ws := exitErr.Sys().(syscall.WaitStatus)
	assert.True(t, ws.Signaled() && ws.Signal() == syscall.SIGINT, "want death by SIGINT, got %v", ws)
}
