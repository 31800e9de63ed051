package py

// CallerFrame is the innermost Python frame on the current goroutine: the
// Python code that called into the runtime (logging reads its file, line and
// function name as CPython's findCaller does).
func CallerFrame() (Frame, bool) {
	frames := pythonFrames()
	if len(frames) == 0 {
		return Frame{}, false
	}
	return frames[len(frames)-1], true
}

// CurrentFrames are the Python frames on the current goroutine, outermost
// first: rt code standing for a library coroutine that an exception passes
// through finds with them where its own frame belongs in the traceback.
func CurrentFrames() []Frame { return pythonFrames() }

// FirstLineFrame is the frame of a Python function at its first line
// (co_firstlineno), as CPython's traceback shows a coroutine that had an
// exception thrown in before it ever ran: the line's text, without marks.
func FirstLineFrame(file string, line int, fn string) Frame {
	return Frame{File: file, Line: line, Func: fn, Source: sourceLine(file, line)}
}
