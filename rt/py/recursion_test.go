package py

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// framed is what codegen makes of a Python def: EnterFrame, then LeaveFrame on the
// way out.
//
//go:noinline
func framed(n int) int {
	EnterFrame()
	defer LeaveFrame()
	if n == 0 {
		return 0
	}
	return framed(n-1) + 1
}

//go:noinline
func unframed(n int) int {
	if n == 0 {
		return 0
	}
	return unframed(n-1) + 1
}

func TestRecursionLimit(t *testing.T) {
	require.Equal(t, int32(0), Depth())
	require.Equal(t, 998, framed(998)) // 999 frames
	exc := Try(func() { framed(1000) })
	require.NotNil(t, exc)
	require.True(t, exc.Is(RecursionError))
	require.Equal(t, "maximum recursion depth exceeded", ExcStr(exc))
	require.Equal(t, int32(0), Depth(), "every frame left, raising or not")

	SysSetrecursionlimit(50)
	defer SysSetrecursionlimit(1000)
	require.Equal(t, 50, SysGetrecursionlimit())
	require.Equal(t, 49, framed(49))
	require.NotNil(t, Try(func() { framed(50) }))
	AddDepth(10)
	exc = Try(func() { SysSetrecursionlimit(11) })
	require.Equal(t, "cannot set the recursion limit to 11 at the recursion depth 11: the limit is too low", ExcStr(exc))
	AddDepth(-10)
	exc = Try(func() { SysSetrecursionlimit(0) })
	require.Equal(t, "recursion limit must be greater or equal than 1", ExcStr(exc))
	exc = Try(func() { SysSetrecursionlimit(2.5) })
	require.Equal(t, "'float' object cannot be interpreted as an integer", ExcStr(exc))
}

func TestReprRecursionLimit(t *testing.T) {
	l := NewList()
	for i := 0; i < 2000; i++ {
		l = NewList(l)
	}
	exc := Try(func() { Repr(l) })
	require.NotNil(t, exc)
	require.Equal(t, "maximum recursion depth exceeded while getting the repr of an object", ExcStr(exc))
	require.Equal(t, int32(0), Depth())
}

// The cost of counting frames: BenchmarkFrameEntry - BenchmarkNoFrameEntry
// per call (each op is 100 nested calls).
func BenchmarkFrameEntry(b *testing.B) {
	for i := 0; i < b.N; i++ {
		framed(99)
	}
}

func BenchmarkNoFrameEntry(b *testing.B) {
	for i := 0; i < b.N; i++ {
		unframed(99)
	}
}
