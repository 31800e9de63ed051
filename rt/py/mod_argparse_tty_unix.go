//go:build linux || darwin

package py

import (
	"syscall"
	"unsafe"
)

// ttyColumns is the width of the terminal on standard output, or 0.
func ttyColumns() int {
	var ws struct{ row, col, x, y uint16 }
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(1), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	if errno != 0 {
		return 0
	}
	return int(ws.col)
}
