package py

// HandledException is sys.exc_info()[1]: the exception the current thread
// of control is handling, or nil. contextlib's ExitStack reads it (its
// frame_exc) to re-chain the exceptions its callbacks raise.
func HandledException() *Exception { return excState().handled() }
