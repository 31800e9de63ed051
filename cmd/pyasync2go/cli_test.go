package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type panickingWriter struct{}

func (panickingWriter) Write([]byte) (int, error) { panic("writer exploded") }

func TestInternalErrorsAreReportedNotCrashed(t *testing.T) {
	var stderr bytes.Buffer
	status := runMain([]string{"version"}, strings.NewReader(""), panickingWriter{}, &stderr)
	assert.Equal(t, exitFailure, status)
	assert.Contains(t, stderr.String(), "pyasync2go: internal error: writer exploded")
	assert.Contains(t, stderr.String(), "This is a bug in pyasync2go")
}

func TestValidatePackage(t *testing.T) {
	for _, ok := range []string{"", "main", "greeter", "élan", "_x"} {
		assert.NoError(t, validatePackage(ok), ok)
	}
	for _, bad := range []string{"9lives", "func", "_", "a-b", "a.b"} {
		assert.Error(t, validatePackage(bad), bad)
	}
}

func TestNoProgressLineUnlessStderrIsATerminal(t *testing.T) {
	assert.Nil(t, progressLine(&bytes.Buffer{}))
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer devNull.Close()
	// /dev/null is a character device, but not a terminal.
	assert.Nil(t, progressLine(devNull))
}
