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
