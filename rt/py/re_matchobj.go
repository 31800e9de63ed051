package py

import (
	"strconv"
	"strings"
)

// re.Match objects, and replacement templates (re._parser.parse_template)
// for sub, subn and Match.expand.

// ReMatchObj is a re.Match.
type ReMatchObj struct {
	re        *RePattern
	str       string
	text      []rune
	caps      []int // start, end per group from group 0; -1 unset
	pos       int
	endpos    int
	lastindex int
}

func (m *ReMatchObj) PyType() string       { return "Match" }
func (m *ReMatchObj) PyTypeModule() string { return "re" }

func (m *ReMatchObj) PyRepr() string {
	return "<re.Match object; span=(" + strconv.Itoa(m.caps[0]) + ", " + strconv.Itoa(m.caps[1]) + "), match=" + truncRepr(m.groupStr(0, nil), 50) + ">"
}

// groupIndex resolves a group argument (a number or a name).
func (m *ReMatchObj) groupIndex(g any) int {
	switch v := g.(type) {
	case string:
		if i, ok := m.re.groupindex[v]; ok {
			return i
		}
	case int, bool:
		i := indexArg(v)
		if i >= 0 && i <= m.re.prog.groups {
			return i
		}
	}
	panic(New(IndexError, "no such group"))
}

func (m *ReMatchObj) groupStr(g int, def any) any {
	s, e := m.caps[2*g], m.caps[2*g+1]
	if s < 0 {
		return def
	}
	return string(m.text[s:e])
}

func (m *ReMatchObj) group(args []any) any {
	switch len(args) {
	case 0:
		return m.groupStr(0, nil)
	case 1:
		return m.groupStr(m.groupIndex(args[0]), nil)
	}
	t := make(Tuple, len(args))
	for i, a := range args {
		t[i] = m.groupStr(m.groupIndex(a), nil)
	}
	return t
}

func (m *ReMatchObj) PyGetItem(key any) any { return m.groupStr(m.groupIndex(key), nil) }

func (m *ReMatchObj) span(g int) (int, int) { return m.caps[2*g], m.caps[2*g+1] }

func (m *ReMatchObj) PyGetAttr(name string) (any, bool) {
	method := func(names []string, defaults []any, fn func(a []any) any) (any, bool) {
		return NewMethod(name, m, func(args []any, kw []KW) any {
			return fn(reArgs(name, args, kw, names, defaults))
		}), true
	}
	switch name {
	case "string":
		return m.str, true
	case "re":
		return m.re, true
	case "pos":
		return m.pos, true
	case "endpos":
		return m.endpos, true
	case "lastindex":
		if m.lastindex < 0 {
			return nil, true
		}
		return m.lastindex, true
	case "lastgroup":
		if n, ok := m.re.groupNames[m.lastindex]; ok {
			return n, true
		}
		return nil, true
	case "regs":
		t := make(Tuple, m.re.prog.groups+1)
		for g := range t {
			s, e := m.span(g)
			t[g] = Tuple{s, e}
		}
		return t, true
	case "group":
		return NewMethod(name, m, func(args []any, kw []KW) any {
			if len(kw) > 0 {
				panic(New(TypeError, "group() takes no keyword arguments"))
			}
			return m.group(args)
		}), true
	case "groups":
		return method([]string{"default"}, []any{nil}, func(a []any) any {
			t := make(Tuple, m.re.prog.groups)
			for g := range t {
				t[g] = m.groupStr(g+1, a[0])
			}
			return t
		})
	case "groupdict":
		return method([]string{"default"}, []any{nil}, func(a []any) any {
			d := NewDict()
			for _, n := range m.re.names {
				d.Set(n, m.groupStr(m.re.groupindex[n], a[0]))
			}
			return d
		})
	case "start", "end", "span":
		return method([]string{"group"}, []any{0}, func(a []any) any {
			s, e := m.span(m.groupIndex(a[0]))
			switch name {
			case "start":
				return s
			case "end":
				return e
			}
			return Tuple{s, e}
		})
	case "expand":
		return method([]string{"template"}, nil, func(a []any) any {
			t, ok := a[0].(string)
			if !ok {
				panic(New(TypeError, "expected str instance, "+TypeName(a[0])+" found"))
			}
			return m.re.parseTemplate(t, reExpandFrames).expand(func(g int) (string, bool) {
				s, ok := m.groupStr(g, nil).(string)
				return s, ok
			})
		})
	case "__copy__", "__deepcopy__", "__class_getitem__":
		Unsupported("re.Match." + name)
	}
	return nil, false
}

// reTemplate is a parsed replacement: literal pieces and group numbers.
type reTemplate struct {
	parts  []string
	groups []int // -1 for a literal part
}

func (t *reTemplate) expand(group func(int) (string, bool)) string {
	var b strings.Builder
	for i, g := range t.groups {
		if g < 0 {
			b.WriteString(t.parts[i])
		} else if s, ok := group(g); ok {
			b.WriteString(s)
		}
	}
	return b.String()
}

// parseTemplate is re._parser.parse_template, with its errors; prefix
// are the frames that lead CPython to it.
func (p *RePattern) parseTemplate(src string, prefix []reCallFrame) (tmpl *reTemplate) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*reError); ok {
				panic(newReError(e, src, prefix))
			}
			panic(r)
		}
	}()
	tmpl = &reTemplate{}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			tmpl.parts = append(tmpl.parts, lit.String())
			tmpl.groups = append(tmpl.groups, -1)
			lit.Reset()
		}
	}
	s := newReTokenizer([]rune(src), "parse_template", 1009)
	addgroup := func(at int, index, pos int) {
		if index > p.prog.groups {
			defer s.call(at, "")()
			defer s.enter("addgroup")()
			panic(s.err(1017, "invalid group reference "+strconv.Itoa(index), pos))
		}
		flush()
		tmpl.parts = append(tmpl.parts, "")
		tmpl.groups = append(tmpl.groups, index)
	}
	for {
		this, ok := s.get(1025)
		if !ok {
			break
		}
		if this[0] != '\\' {
			lit.WriteString(this)
			continue
		}
		c := this[1:]
		switch {
		case c == "g":
			if !s.match("<", 1032) {
				panic(s.err(1033, "missing <", 0))
			}
			name := s.getuntil(">", "group name", 1034, `s.getuntil(">", "group name")`)
			n := len([]rune(name))
			var index int
			if isIdentifier(name) {
				i, ok := p.groupindex[name]
				if !ok {
					panic(&reError{msg: "unknown group name " + Repr(name), pos: -1, cls: IndexError,
						frames: append(append([]reCallFrame{}, s.frames...), reCallFrame{"_parser.py", 1040, "parse_template", ""})})
				}
				index = i
			} else {
				v, err := strconv.Atoi(name)
				if err != nil || v < 0 || !isASCIIDecimal(name) {
					if err == nil && v >= 0 {
						Unsupported("a non-ASCII group number in a replacement template")
					}
					panic(s.err(1047, "bad character in group name "+Repr(name), n+1))
				}
				if v >= reMaxGroups {
					panic(s.err(1050, "invalid group reference "+strconv.Itoa(v), n+1))
				}
				index = v
			}
			addgroup(1060, index, n+1)
		case c == "0":
			if s.nextIn(reOctDigits) {
				d, _ := s.get(1063)
				this += d
				if s.nextIn(reOctDigits) {
					d, _ := s.get(1065)
					this += d
				}
			}
			v, _ := strconv.ParseInt(this[1:], 8, 32)
			lit.WriteRune(rune(v & 0xff))
		case strings.Contains(reDigits, c):
			isOctal := false
			if s.nextIn(reDigits) {
				d, _ := s.get(1070)
				this += d
				if strings.Contains(reOctDigits, c) && strings.Contains(reOctDigits, this[2:3]) && s.nextIn(reOctDigits) {
					d, _ := s.get(1073)
					this += d
					isOctal = true
					v, _ := strconv.ParseInt(this[1:], 8, 32)
					if v > 0o377 {
						panic(s.err(1077, "octal escape value "+this+" outside of range 0-0o377", len(this)))
					}
					lit.WriteRune(rune(v))
				}
			}
			if !isOctal {
				v, _ := strconv.Atoi(this[1:])
				addgroup(1081, v, len(this)-1)
			}
		default:
			if r, ok := reEscapes[this]; ok {
				lit.WriteRune(r)
			} else {
				if isASCIILetter(c) {
					panic(s.err(1087, "bad escape "+this, len([]rune(this))))
				}
				lit.WriteString(this)
			}
		}
	}
	flush()
	return tmpl
}
