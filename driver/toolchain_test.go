package driver

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGoVersionAtLeast(t *testing.T) {
	for v, want := range map[string]bool{
		"go1.24":               true,
		"go1.24.0":             true,
		"go1.24rc1":            true,
		"go1.24.2":             true,
		"go1.23.9":             false,
		"go1.26.8":             true,
		"go2.0":                true,
		"go1.22.12":            false,
		"go1.9":                false,
		"go1.3":                false,
		"devel go1.25-abcdef0": true,
		"":                     false,
		"garbage":              false,
	} {
		assert.Equal(t, want, goVersionAtLeast(v, MinGoVersion), v)
	}
}

func TestToolchainErrorIsOneLineNamingBothVersions(t *testing.T) {
	missing := (&ToolchainError{}).Error()
	assert.Equal(t, "no go command on PATH (found none, need Go 1.24 or newer to build programs)", missing)
	old := (&ToolchainError{Path: "/usr/bin/go", Found: "go1.21.5"}).Error()
	assert.Equal(t, "/usr/bin/go is go1.21.5, too old: building programs needs Go 1.24 or newer", old)
}
