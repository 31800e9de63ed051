//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

// isTerminal is false where we know no portable check: no progress line.
func isTerminal(uintptr) bool { return false }
