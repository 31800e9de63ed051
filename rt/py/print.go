package py

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
)

// Stream is sys.stdout / sys.stderr: an object with write and flush.
type Stream struct {
	name string
	mu   sync.Mutex
	w    *bufio.Writer
	// before runs ahead of each write; stderr uses it to flush stdout so a
	// terminal shows both streams in program order.
	before func()
	// lineBuffered is set when the stream is a terminal, where CPython
	// flushes at each newline.
	lineBuffered bool
	// redirected is set while contextlib.redirect_stdout/redirect_stderr
	// has replaced the stream: writes go to target's write (nowhere when
	// target is None).
	redirected bool
	target     any
}

// Redirect makes target the stream's destination (contextlib's
// redirect_stdout and redirect_stderr), returning the previous state for
// Restore. Redirecting a stream to itself restores it.
func (s *Stream) Redirect(target any) (prevRedirected bool, prevTarget any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	prevRedirected, prevTarget = s.redirected, s.target
	s.redirected, s.target = target != any(s), target
	if !s.redirected {
		s.target = nil
	}
	return
}

// Restore undoes a Redirect.
func (s *Stream) Restore(redirected bool, target any) {
	s.mu.Lock()
	s.redirected, s.target = redirected, target
	s.mu.Unlock()
}

// redirection is the stream's replacement, if any.
func (s *Stream) redirection() (bool, any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.redirected, s.target
}

func init() {
	if fi, err := os.Stdout.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		Stdout.lineBuffered = true
	}
}

var (
	// Stdout is block-buffered like CPython's stdout on a pipe; RunProgram
	// flushes it on every way out.
	Stdout = &Stream{name: "<stdout>", w: bufio.NewWriterSize(os.Stdout, 64<<10)}
	// Stderr is effectively unbuffered.
	Stderr = &Stream{name: "<stderr>", w: bufio.NewWriterSize(os.Stderr, 4<<10), before: FlushStdout}
)

// FlushStdout flushes py.Stdout.
func FlushStdout() { Stdout.Flush() }

// Reset redirects the stream (tests, embedding).
func (s *Stream) Reset(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.w.Flush()
	s.w.Reset(w)
}

// WriteString is file.write(s).
func (s *Stream) WriteString(str string) {
	if on, t := s.redirection(); on {
		if t != nil {
			CallMethod(t, "write", []any{str}, nil)
		}
		return
	}
	if s.before != nil {
		s.before()
	}
	s.mu.Lock()
	s.w.WriteString(str)
	s.mu.Unlock()
	if s != Stdout || s.lineBuffered && strings.IndexByte(str, '\n') >= 0 {
		s.Flush()
	}
}

// Flush is file.flush().
func (s *Stream) Flush() {
	if on, t := s.redirection(); on {
		if t != nil {
			CallMethod(t, "flush", nil, nil)
		}
		return
	}
	s.mu.Lock()
	s.w.Flush()
	s.mu.Unlock()
}

func (s *Stream) PyRepr() string {
	return "<_io.TextIOWrapper name='" + s.name + "' mode='w' encoding='utf-8'>"
}

func (s *Stream) PyType() string { return "TextIOWrapper" }

func (s *Stream) PyGetAttr(name string) (any, bool) {
	switch name {
	case "write":
		return NewMethod("write", s, func(args []any, kw []KW) any {
			noKw("write", kw)
			arity("write", args, 1, 1)
			str, ok := args[0].(string)
			if !ok {
				panic(New(TypeError, "write() argument must be str, not "+TypeName(args[0])))
			}
			s.WriteString(str)
			return len([]rune(str))
		}), true
	case "flush":
		return NewMethod("flush", s, func(args []any, kw []KW) any {
			s.Flush()
			return nil
		}), true
	case "name":
		return s.name, true
	}
	return nil, false
}

// Print is print(*args) with default sep, end and file.
func Print(args ...any) {
	Stdout.WriteString(joinStr(args, " ") + "\n")
}

func joinStr(args []any, sep string) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(Str(a))
	}
	return b.String()
}

// printKw is print() with keyword arguments.
func printKw(args []any, kw []KW) any {
	sep, end := " ", "\n"
	var file any = Stdout
	flush := false
	for _, k := range kw {
		switch k.Name {
		case "sep", "end":
			if k.Value == nil {
				continue
			}
			s, ok := k.Value.(string)
			if !ok {
				panic(New(TypeError, k.Name+" must be None or a string, not "+TypeName(k.Value)))
			}
			if k.Name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if k.Value != nil {
				file = k.Value
			}
		case "flush":
			flush = Truth(k.Value)
		default:
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for print()"))
		}
	}
	text := joinStr(args, sep) + end
	if s, ok := file.(*Stream); ok {
		s.WriteString(text)
		if flush {
			s.Flush()
		}
		return nil
	}
	CallMethod(file, "write", []any{text}, nil)
	if flush {
		CallMethod(file, "flush", nil, nil)
	}
	return nil
}
