package py

import "iter"

// io.StringIO, as _io.StringIO of CPython 3.11 behaves for text written and
// read back (newline translation aside): a buffer of code points with a
// position, write at the position (overwriting), read/readline from it,
// seek/tell in code points, truncate, and ValueError after close.

// StringIO is an io.StringIO.
type StringIO struct {
	buf    []rune
	pos    int
	closed bool
}

// IoStringIO is io.StringIO(initial_value=”, newline='\n').
func IoStringIO(initial, newline any) *StringIO {
	s := &StringIO{}
	if initial != nil {
		v, ok := initial.(string)
		if !ok {
			panic(New(TypeError, "initial_value must be str or None, not "+TypeName(initial)))
		}
		s.buf = []rune(v)
	}
	return s
}

func (s *StringIO) PyType() string       { return "StringIO" }
func (s *StringIO) PyTypeModule() string { return "_io" }
func (s *StringIO) PyRepr() string       { return "<_io.StringIO object at " + addrHex(s) + ">" }

func (s *StringIO) check() {
	if s.closed {
		panic(New(ValueError, "I/O operation on closed file"))
	}
}

// Write is write(text): the text at the position, padding a gap with NULs.
func (s *StringIO) Write(text string) int {
	s.check()
	rs := []rune(text)
	for len(s.buf) < s.pos {
		s.buf = append(s.buf, 0)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return len(rs)
}

// Getvalue is getvalue().
func (s *StringIO) Getvalue() string {
	s.check()
	return string(s.buf)
}

func (s *StringIO) readN(n int) string {
	s.check()
	if s.pos >= len(s.buf) {
		return ""
	}
	end := len(s.buf)
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	out := string(s.buf[s.pos:end])
	s.pos = end
	return out
}

func (s *StringIO) readline() string {
	s.check()
	if s.pos >= len(s.buf) {
		return ""
	}
	end := s.pos
	for end < len(s.buf) && s.buf[end] != '\n' {
		end++
	}
	if end < len(s.buf) {
		end++
	}
	out := string(s.buf[s.pos:end])
	s.pos = end
	return out
}

func sizeArg(args []any) int {
	if len(args) == 0 || args[0] == nil {
		return -1
	}
	return indexArg(args[0])
}

func (s *StringIO) PyGetAttr(name string) (any, bool) {
	method := func(lo, hi int, fn func(args []any) any) (any, bool) {
		return NewMethod(name, s, func(args []any, kw []KW) any {
			noKw(name, kw)
			arity(name, args, lo, hi)
			return fn(args)
		}), true
	}
	switch name {
	case "write":
		return method(1, 1, func(args []any) any {
			t, ok := args[0].(string)
			if !ok {
				panic(New(TypeError, "string argument expected, got '"+TypeName(args[0])+"'"))
			}
			return s.Write(t)
		})
	case "writelines":
		return method(1, 1, func(args []any) any {
			for line := range Iter(args[0]) {
				t, ok := line.(string)
				if !ok {
					panic(New(TypeError, "string argument expected, got '"+TypeName(line)+"'"))
				}
				s.Write(t)
			}
			return nil
		})
	case "getvalue":
		return method(0, 0, func([]any) any { return s.Getvalue() })
	case "read":
		return method(0, 1, func(args []any) any { return s.readN(sizeArg(args)) })
	case "readline":
		return method(0, 1, func(args []any) any {
			if n := sizeArg(args); n >= 0 {
				line := []rune(s.readline())
				if n < len(line) {
					s.pos -= len(line) - n
					line = line[:n]
				}
				return string(line)
			}
			return s.readline()
		})
	case "readlines":
		return method(0, 1, func([]any) any {
			var out []any
			for line := s.readline(); line != ""; line = s.readline() {
				out = append(out, line)
			}
			return NewList(out...)
		})
	case "seek":
		return method(1, 2, func(args []any) any {
			s.check()
			whence := 0
			if len(args) > 1 {
				whence = indexArg(args[1])
			}
			pos := indexArg(args[0])
			switch {
			case whence == 0 && pos < 0:
				panic(New(ValueError, "Negative seek position "+itoa(pos)))
			case whence == 1 && pos != 0, whence == 2 && pos != 0:
				panic(New(OSError, "Can't do nonzero cur-relative seeks"))
			case whence == 1:
				pos = s.pos
			case whence == 2:
				pos = len(s.buf)
			case whence != 0:
				panic(New(ValueError, "Invalid whence ("+itoa(whence)+", should be 0, 1 or 2)"))
			}
			s.pos = pos
			return pos
		})
	case "tell":
		return method(0, 0, func([]any) any { s.check(); return s.pos })
	case "truncate":
		return method(0, 1, func(args []any) any {
			s.check()
			n := s.pos
			if len(args) > 0 && args[0] != nil {
				n = indexArg(args[0])
			}
			if n < 0 {
				panic(New(ValueError, "Negative size value "+itoa(n)))
			}
			if n < len(s.buf) {
				s.buf = s.buf[:n]
			}
			return n
		})
	case "flush":
		return method(0, 0, func([]any) any { s.check(); return nil })
	case "close":
		return method(0, 0, func([]any) any { s.closed = true; return nil })
	case "closed":
		return s.closed, true
	case "readable", "writable", "seekable":
		return method(0, 0, func([]any) any { s.check(); return true })
	}
	return nil, false
}

// PyEnter and PyExit make a StringIO its own context manager; leaving
// closes it.
func (s *StringIO) PyEnter() any {
	s.check()
	return s
}

func (s *StringIO) PyExit(*Exception) bool {
	s.closed = true
	return false
}

// PyIter iterates over the remaining lines.
func (s *StringIO) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for line := s.readline(); line != ""; line = s.readline() {
			if !yield(line) {
				return
			}
		}
	}
}
