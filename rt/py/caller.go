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
