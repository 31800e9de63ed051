package py

// OSError's constructor (Objects/exceptions.c oserror_parse_args, oserror_init): with 2 to 5
// arguments they are (errno, strerror[, filename[, winerror[, filename2]]]); OSError itself
// becomes the subclass its errno maps to (ENOENT -> FileNotFoundError); a filename drops out
// of args; str is "[Errno N] strerror[: 'filename'[ -> 'filename2']]".

// errnoClasses is CPython's errnomap with Linux's errno values.
var errnoClasses = map[int]*Class{
	11: BlockingIOError, 114: BlockingIOError, 115: BlockingIOError, // EAGAIN=EWOULDBLOCK, EALREADY, EINPROGRESS
	10: ChildProcessError,                     // ECHILD
	32: BrokenPipeError, 108: BrokenPipeError, // EPIPE, ESHUTDOWN
	103: ConnectionAbortedError,              // ECONNABORTED
	111: ConnectionRefusedError,              // ECONNREFUSED
	104: ConnectionResetError,                // ECONNRESET
	17:  FileExistsError,                     // EEXIST
	2:   FileNotFoundError,                   // ENOENT
	21:  IsADirectoryError,                   // EISDIR
	20:  NotADirectoryError,                  // ENOTDIR
	4:   InterruptedError,                    // EINTR
	13:  PermissionError, 1: PermissionError, // EACCES, EPERM
	3:   ProcessLookupError, // ESRCH
	110: TimeoutError,       // ETIMEDOUT
}

func initOSError(e *Exception) {
	n := len(e.Args)
	if n < 2 || n > 5 {
		return
	}
	if e.Class == OSError {
		if code, ok := e.Args[0].(int); ok {
			if c := errnoClasses[code]; c != nil {
				e.Class = c
			}
		} else if b, ok := e.Args[0].(bool); ok {
			if c := errnoClasses[b2i(b)]; c != nil {
				e.Class = c
			}
		}
	}
	if e.Attrs == nil {
		e.Attrs = map[string]any{}
	}
	e.Attrs["errno"], e.Attrs["strerror"] = e.Args[0], e.Args[1]
	if n >= 3 && e.Args[2] != nil {
		e.Attrs["filename"] = e.Args[2]
		if n == 5 {
			e.Attrs["filename2"] = e.Args[4]
		}
		e.Args = e.Args[:2:2]
	}
}

func osErrorAttr(e *Exception, name string) (any, bool) {
	if !e.Class.IsSubclass(OSError) {
		return nil, false
	}
	switch name {
	case "errno", "strerror", "filename", "filename2":
		return e.Attrs[name], true // None unless the constructor set it
	}
	return nil, false
}

func osErrorStr(e *Exception) (string, bool) {
	if !e.Class.IsSubclass(OSError) || e.Attrs == nil {
		return "", false
	}
	errno, strerror := e.Attrs["errno"], e.Attrs["strerror"]
	if fn, ok := e.Attrs["filename"]; ok && fn != nil {
		s := "[Errno " + Str(errno) + "] " + Str(strerror) + ": " + Repr(fn)
		if fn2, ok := e.Attrs["filename2"]; ok && fn2 != nil {
			s += " -> " + Repr(fn2)
		}
		return s, true
	}
	if errno != nil && strerror != nil {
		return "[Errno " + Str(errno) + "] " + Str(strerror), true
	}
	return "", false
}
