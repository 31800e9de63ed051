package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
