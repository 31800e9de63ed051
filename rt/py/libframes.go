package py

import "strings"

// Frames of CPython's pure-Python standard library. When a library
// function rt/py implements in Go raises, CPython's traceback also shows
// the frames of the Python code it runs (json/decoder.py, uuid.py); a
// raise through withLibFrames adds them under the caller's frames, as CPython
// prints them (the oracle shows its standard library under this path).

const cpythonLibDir = "/usr/lib/python3.11"

// libFrame is file:line in function fn; src is what CPython prints under
// it, one line or the line and its carets, each without the four spaces
// of indentation the printer adds.
func libFrame(file string, line int, fn string, src ...string) Frame {
	return Frame{File: cpythonLibDir + "/" + file, Line: line, Func: fn, Source: strings.Join(src, "\n    ")}
}

// withLibFrames prepares e to be raised from Go code that stands for
// Python library code: its traceback is the current Python frames
// followed by frames.
func withLibFrames(e *Exception, frames ...Frame) *Exception {
	withTraceback(e)
	e.Traceback = append(e.Traceback, frames...)
	return e
}

// CallInLibFrame runs body as the pure-Python library function whose
// frame is frame (threading.Thread.run calling its target): an exception
// leaving body gets frame between the caller's Python frames and body's,
// as CPython's traceback shows them.
func CallInLibFrame(frame Frame, body func()) {
	var exc *Exception
	func() {
		defer func() {
			if x := recover(); x != nil {
				e, ok := x.(*Exception)
				if !ok {
					panic(x)
				}
				if len(e.Traceback) == 0 {
					e.Traceback = pythonFrames()
				}
				exc = e
			}
		}()
		body()
	}()
	if exc == nil {
		return
	}
	// Back in this frame, the Python frames on the stack are the caller's.
	outer := min(len(pythonFrames()), len(exc.Traceback))
	tb := append(append([]Frame{}, exc.Traceback[:outer]...), frame)
	exc.Traceback = append(tb, exc.Traceback[outer:]...)
	panic(exc)
}
