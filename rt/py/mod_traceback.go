package py

import (
	"fmt"
	"iter"
	"slices"
)

// The traceback module: the same formatter as uncaught exceptions
// (FormatTracebackLines), written to a stream or returned as strings.

// TracebackObj is an exception's __traceback__: the frames from the one
// that caught it (or from the outermost, for one never caught) down to the
// raise. tb_next walks them.
type TracebackObj struct {
	frames []Frame
}

func (t *TracebackObj) PyRepr() string { return fmt.Sprintf("<traceback object at %p>", t) }
func (t *TracebackObj) PyType() string { return "traceback" }
func (t *TracebackObj) PyGetAttr(name string) (any, bool) {
	switch name {
	case "tb_lineno":
		return t.frames[0].Line, true
	case "tb_next":
		if len(t.frames) == 1 {
			return nil, true
		}
		return &TracebackObj{frames: t.frames[1:]}, true
	}
	return nil, false
}

// shownFrames is the part of e's traceback a handler sees: from the frame
// that caught it down.
func shownFrames(e *Exception) []Frame {
	tb := e.Traceback
	if e.CatchDepth > 0 && e.CatchDepth < len(tb) {
		tb = tb[e.CatchDepth:]
	}
	return tb
}

// excTraceback is e.__traceback__: None until it is raised.
func excTraceback(e *Exception) any {
	tb := shownFrames(e)
	if len(tb) == 0 {
		return nil
	}
	return &TracebackObj{frames: tb}
}

// SysExcInfo is sys.exc_info(): the exception being handled, as a
// (type, value, traceback) tuple of Nones when there is none.
func SysExcInfo() Tuple {
	e := excState().handled()
	if e == nil {
		return Tuple{nil, nil, nil}
	}
	return Tuple{e.Class, e, excTraceback(e)}
}

// SysException is sys.exception() (3.11): the exception being handled.
func SysException() any {
	if e := excState().handled(); e != nil {
		return e
	}
	return nil
}

func tbLimit(limit any) int {
	if limit == nil {
		return -1
	}
	n, ok := limit.(int)
	if !ok {
		panic(New(TypeError, "'"+TypeName(limit)+"' object cannot be interpreted as an integer"))
	}
	if n < 0 {
		Unsupported("a negative traceback limit")
	}
	return n
}

// tbLines formats value (an exception or None) as format_exception does.
func tbLines(value any, limit any, chain any) []string {
	if value == nil {
		return []string{"NoneType: None\n"}
	}
	e, ok := value.(*Exception)
	if !ok {
		Unsupported("traceback formatting of a " + TypeName(value) + " value")
	}
	saved := e.Traceback
	e.Traceback = shownFrames(e)
	defer func() { e.Traceback = saved }()
	return FormatTracebackLines(e, tbLimit(limit), Truth(chain))
}

// excArgs resolves format_exception's (exc, /, value, tb) forms: the 3.10
// single-argument form and the classic (type, value, tb).
func excArgs(fn string, exc, value, tb any) any {
	if value == tracebackSentinel {
		if tb != tracebackSentinel {
			panic(New(ValueError, "Both or neither of value and tb must be given"))
		}
		return exc
	}
	if tb == tracebackSentinel {
		panic(New(ValueError, "Both or neither of value and tb must be given"))
	}
	if tb == nil && value != nil {
		if e, ok := value.(*Exception); ok && len(e.Traceback) > 0 {
			// An explicit None traceback prints no frames.
			Unsupported(fn + " with tb=None for a raised exception")
		}
	}
	return value
}

// tracebackSentinel is the registry's default for value and tb: "not
// given", as traceback.py's _sentinel.
const tracebackSentinel = "<traceback._sentinel>"

// TracebackFormatExc is traceback.format_exc(limit=None, chain=True).
func TracebackFormatExc(limit, chain any) string {
	return joinStrings(tbLines(SysException(), limit, chain))
}

// TracebackPrintExc is traceback.print_exc(limit=None, file=None, chain=True).
func TracebackPrintExc(limit, file, chain any) {
	writeLines(file, tbLines(SysException(), limit, chain))
}

// TracebackFormatException is traceback.format_exception.
func TracebackFormatException(exc, value, tb, limit, chain any) *List {
	lines := tbLines(excArgs("format_exception", exc, value, tb), limit, chain)
	items := make([]any, len(lines))
	for i, l := range lines {
		items[i] = l
	}
	return NewList(items...)
}

// TracebackPrintException is traceback.print_exception.
func TracebackPrintException(exc, value, tb, limit, file, chain any) {
	writeLines(file, tbLines(excArgs("print_exception", exc, value, tb), limit, chain))
}

// TracebackFormatExceptionOnly is traceback.format_exception_only(exc, /, value).
func TracebackFormatExceptionOnly(exc, value any) *List {
	v := exc
	if value != tracebackSentinel {
		v = value
	}
	if v == nil {
		return NewList("NoneType: None\n")
	}
	e, ok := v.(*Exception)
	if !ok {
		Unsupported("traceback.format_exception_only of a " + TypeName(v) + " value")
	}
	var items []any
	for _, l := range excLines(formatExceptionOnly(e)) {
		items = append(items, l)
	}
	return NewList(items...)
}

// TracebackExtractTb is traceback.extract_tb(tb, limit=None): a list of
// FrameSummary.
func TracebackExtractTb(tb, limit any) *List {
	t, ok := tb.(*TracebackObj)
	if !ok {
		if tb == nil {
			return NewList()
		}
		panic(New(AttributeError, "'"+TypeName(tb)+"' object has no attribute 'tb_frame'"))
	}
	frames := t.frames
	if n := tbLimit(limit); n >= 0 && len(frames) > n {
		frames = frames[:n]
	}
	var items []any
	for _, f := range frames {
		items = append(items, &FrameSummary{f: f})
	}
	return NewList(items...)
}

// FrameSummary is one frame of extract_tb.
type FrameSummary struct{ f Frame }

func (s *FrameSummary) PyRepr() string {
	return fmt.Sprintf("<FrameSummary file %s, line %d in %s>", s.f.File, s.f.Line, s.f.Func)
}
func (s *FrameSummary) PyType() string       { return "FrameSummary" }
func (s *FrameSummary) PyTypeModule() string { return "traceback" }
func (s *FrameSummary) line() string {
	if s.f.Source != "" {
		src, _, _ := cutLine(s.f.Source)
		return src
	}
	return sourceLine(s.f.File, s.f.Line)
}
func (s *FrameSummary) PyGetAttr(name string) (any, bool) {
	switch name {
	case "filename":
		return s.f.File, true
	case "lineno":
		return s.f.Line, true
	case "name":
		return s.f.Func, true
	case "line":
		return s.line(), true
	}
	return nil, false
}

// PyIter unpacks a FrameSummary as (filename, lineno, name, line).
func (s *FrameSummary) PyIter() iter.Seq[any] {
	return slices.Values([]any{s.f.File, s.f.Line, s.f.Func, s.line()})
}

func cutLine(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func joinStrings(ss []string) string {
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	b := make([]byte, 0, n)
	for _, s := range ss {
		b = append(b, s...)
	}
	return string(b)
}

// writeLines writes each line to file (None: sys.stderr) as
// print(line, file=file, end="") does.
func writeLines(file any, lines []string) {
	if file == nil {
		file = Stderr
	}
	for _, l := range lines {
		if s, ok := file.(*Stream); ok {
			s.WriteString(l)
			continue
		}
		CallMethod(file, "write", []any{l}, nil)
	}
}
