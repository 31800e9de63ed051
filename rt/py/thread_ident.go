package py

// OnWorkerThread reports whether the caller runs under Thread (a
// threading.Thread or an executor worker), not on the loop's (main) thread.
func OnWorkerThread() bool {
	if threadsRunning.Load() == 0 {
		return false
	}
	_, ok := threadStates.Load(goroutineID())
	return ok
}
