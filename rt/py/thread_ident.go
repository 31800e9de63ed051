package py

// GoroutineID is the calling goroutine's id (slow: it reads the stack
// header). rt uses it to tell the loop's own goroutine from any other.
func GoroutineID() uint64 { return goroutineID() }
