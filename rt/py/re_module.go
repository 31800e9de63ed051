package py

import (
	"iter"
	"math"
	"strconv"
	"strings"
	"sync"
)

// The re module: compile and the module-level functions, Pattern objects,
// and re.error. Matching is this package's own sre-compatible engine
// (re_parse.go, re_compile.go, re_match.go): Go's regexp is RE2, whose
// semantics (no backreferences or lookaround, leftmost-longest
// alternatives in POSIX mode, ASCII \b) are not Python's.

// ReError is re.error.
var ReError = &Class{Name: "error", Module: "re", Base: Exception_}

// RePattern is a compiled re.Pattern.
type RePattern struct {
	pattern    string
	flags      int
	prog       *reProg
	groupindex map[string]int
	names      []string // group names in definition order
	groupNames map[int]string
}

const reMaxCache = 512

type reCacheKey struct {
	pattern string
	flags   int
}

var (
	reCacheMu sync.Mutex
	reCache   = map[reCacheKey]*RePattern{}
)

// newReError is the exception a pattern's or template's malformation
// raises (a re.error unless cls says otherwise), with CPython's frames:
// prefix, then the parser's.
func newReError(e *reError, pattern string, prefix []reCallFrame) *Exception {
	var x *Exception
	switch {
	case e.cls != nil:
		x = New(e.cls, e.msg)
	case e.pos < 0:
		x = New(ReError, e.msg)
	default:
		x = New(ReError, e.msg, pattern, e.pos)
	}
	return raiseIn(x, append(append([]reCallFrame{}, prefix...), e.frames...)...)
}

// initReError is re.error.__init__(msg, pattern=None, pos=None): the
// attributes, and the message with " at position N" (and the line and
// column for a multi-line pattern).
func initReError(e *Exception) {
	if len(e.Args) < 1 || len(e.Args) > 3 {
		Unsupported("re.error() with " + strconv.Itoa(len(e.Args)) + " arguments")
	}
	msg := e.Args[0]
	var pattern, pos any
	if len(e.Args) > 1 {
		pattern = e.Args[1]
	}
	if len(e.Args) > 2 {
		pos = e.Args[2]
	}
	attrs := map[string]any{"msg": msg, "pattern": pattern, "pos": pos, "lineno": nil, "colno": nil}
	if pattern != nil && pos != nil {
		p, ok1 := pattern.(string)
		n, ok2 := pos.(int)
		m, ok3 := msg.(string)
		if !ok1 || !ok2 || !ok3 || n < 0 || n > len([]rune(p)) {
			Unsupported("re.error() with a pattern and position of other types")
		}
		before := string([]rune(p)[:n])
		lineno := strings.Count(before, "\n") + 1
		colno := n + 1
		if i := strings.LastIndex(before, "\n"); i >= 0 {
			colno = n - len([]rune(before[:i]))
		}
		attrs["lineno"], attrs["colno"] = lineno, colno
		m += " at position " + strconv.Itoa(n)
		if strings.Contains(p, "\n") {
			m += " (line " + strconv.Itoa(lineno) + ", column " + strconv.Itoa(colno) + ")"
		}
		msg = m
	}
	e.Args = []any{msg}
	e.Attrs = attrs
}

// reFlagsArg is the flags argument, checked as _compile's `flags & T`
// does.
func reFlagsArg(flags any) int {
	switch f := flags.(type) {
	case int, bool:
		return indexArg(flags)
	case *Instance:
		if n, ok := f.base.(int); ok { // a RegexFlag, or another int subclass
			return n
		}
	case string, float64, nil:
		e := New(TypeError, "unsupported operand type(s) for &: '"+TypeName(flags)+"' and 'RegexFlag'")
		e.Traceback = append(pythonFrames(), Frame{File: reLibDir + "__init__.py", Line: 287, Func: "_compile", Source: "if flags & T:\n       ~~~~~~^~~"})
		panic(e)
	}
	Unsupported("re flags of type " + TypeName(flags))
	return 0
}

// reCompilePattern is re._compile.
func reCompilePattern(pattern, flags any) *RePattern {
	if p, ok := pattern.(*RePattern); ok {
		if Truth(flags) {
			panic(raiseIn(New(ValueError, "cannot process flags argument with a compiled pattern"), reCallFrame{"__init__.py", 282, "_compile", ""}))
		}
		return p
	}
	s, ok := pattern.(string)
	if !ok {
		panic(raiseIn(New(TypeError, "first argument must be string or compiled pattern"), reCallFrame{"__init__.py", 286, "_compile", ""}))
	}
	fl := reFlagsArg(flags)
	if fl&reDebug != 0 {
		Unsupported("re.DEBUG (it prints sre's internal code)")
	}
	if fl&reFlagTemplate != 0 {
		Unsupported("re.TEMPLATE")
	}
	key := reCacheKey{s, fl}
	reCacheMu.Lock()
	p := reCache[key]
	reCacheMu.Unlock()
	if p != nil {
		return p
	}
	p = compileRePattern(s, fl)
	reCacheMu.Lock()
	if len(reCache) >= reMaxCache {
		// Bounded like re's _MAXCACHE; which patterns stay is not
		// observable.
		clear(reCache)
	}
	reCache[key] = p
	reCacheMu.Unlock()
	return p
}

func compileRePattern(s string, fl int) (p *RePattern) {
	compiling := false
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*reError); ok {
				prefix := reParseFrames
				if compiling {
					prefix = reCodeFrames
				}
				panic(newReError(e, s, prefix))
			}
			panic(r)
		}
	}()
	tree, st := reParse([]rune(s), fl)
	compiling = true
	prog := reCompile(tree, st)
	p = &RePattern{pattern: s, flags: st.flags, prog: prog, groupindex: st.groupdict, names: st.groupNames, groupNames: map[int]string{}}
	for name, g := range st.groupdict {
		p.groupNames[g] = name
	}
	return p
}

// ReCompile is re.compile(pattern, flags=0).
func ReCompile(pattern, flags any) any { return reModuleCompile("compile", pattern, flags) }

// RePurge is re.purge().
func RePurge() {
	reCacheMu.Lock()
	reCache = map[reCacheKey]*RePattern{}
	reCacheMu.Unlock()
}

func ReMatch(pattern, s, flags any) any {
	p := reModuleCompile("match", pattern, flags)
	return reCall("match", false, func() any { return p.match(s, 0, math.MaxInt, reModeMatch) })
}

func ReFullmatch(pattern, s, flags any) any {
	p := reModuleCompile("fullmatch", pattern, flags)
	return reCall("fullmatch", false, func() any { return p.match(s, 0, math.MaxInt, reModeFull) })
}

func ReSearch(pattern, s, flags any) any {
	p := reModuleCompile("search", pattern, flags)
	return reCall("search", false, func() any { return p.match(s, 0, math.MaxInt, reModeSearch) })
}

func ReFindall(pattern, s, flags any) any {
	p := reModuleCompile("findall", pattern, flags)
	return reCall("findall", false, func() any { return p.findall(s, 0, math.MaxInt) })
}

func ReFinditer(pattern, s, flags any) any {
	p := reModuleCompile("finditer", pattern, flags)
	return reCall("finditer", false, func() any { return p.finditer(s, 0, math.MaxInt) })
}

func ReSub(pattern, repl, s, count, flags any) any {
	p := reModuleCompile("sub", pattern, flags)
	return reCall("sub", false, func() any {
		r, _ := p.subn(repl, s, count)
		return r
	})
}

func ReSubn(pattern, repl, s, count, flags any) any {
	p := reModuleCompile("subn", pattern, flags)
	return reCall("subn", false, func() any {
		r, n := p.subn(repl, s, count)
		return Tuple{r, n}
	})
}

func ReSplit(pattern, s, maxsplit, flags any) any {
	p := reModuleCompile("split", pattern, flags)
	return reCall("split", false, func() any { return p.split(s, maxsplit) })
}

// ReEscape is re.escape: the characters of _special_chars_map get a
// backslash.
func ReEscape(pattern any) any {
	s, ok := pattern.(string)
	if !ok {
		Unsupported("re.escape of a non-str value")
	}
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func reStringArg(s any) string {
	str, ok := s.(string)
	if !ok {
		panic(New(TypeError, "expected string or bytes-like object, got '"+TypeName(s)+"'"))
	}
	return str
}

// reBounds clamps pos and endpos as sre's state_init does.
func reBounds(n int, pos, endpos any) (int, int) {
	p, e := indexArg(pos), indexArg(endpos)
	p = max(0, min(p, n))
	e = max(0, min(e, n))
	return p, e
}

type reMode int

const (
	reModeMatch reMode = iota
	reModeFull
	reModeSearch
)

func (p *RePattern) match(s, pos, endpos any, mode reMode) any {
	str := reStringArg(s)
	rs := []rune(str)
	b, e := reBounds(len(rs), pos, endpos)
	if b > e {
		return nil
	}
	m := newReMachine(p.prog, rs[:e])
	m.matchAll = mode == reModeFull
	var start, end int
	var ok bool
	if mode == reModeSearch {
		start, end, ok = m.search(b)
	} else {
		start = b
		end, ok = m.matchAt(b)
	}
	if !ok {
		return nil
	}
	return p.newMatch(m, str, rs, start, end, b, e)
}

func (p *RePattern) newMatch(m *reMachine, str string, rs []rune, start, end, pos, endpos int) *ReMatchObj {
	caps := make([]int, 2+len(m.caps))
	caps[0], caps[1] = start, end
	for g := 1; g <= p.prog.groups; g++ {
		s, e, ok := m.groupSpan(g)
		if !ok {
			s, e = -1, -1
		}
		caps[2*g], caps[2*g+1] = s, e
	}
	return &ReMatchObj{re: p, str: str, text: rs, caps: caps, pos: pos, endpos: endpos, lastindex: m.lastindex}
}

// scan calls fn for each successive match from pos to endpos, as sre's
// findall, finditer, sub and split loops do: after an empty match the next
// one must not be empty at the same place. fn returns false to stop.
func (p *RePattern) scan(str string, pos, endpos any, fn func(*reMachine, []rune, int, int) bool) {
	rs := []rune(str)
	b, e := reBounds(len(rs), pos, endpos)
	if b > e {
		return
	}
	m := newReMachine(p.prog, rs[:e])
	at := b
	for at <= e {
		start, end, ok := m.search(at)
		if !ok || !fn(m, rs, start, end) {
			return
		}
		m.mustAdvance = end == start
		at = end
	}
}

func (p *RePattern) groupValue(m *reMachine, rs []rune, g int, def any) any {
	s, e, ok := m.groupSpan(g)
	if !ok {
		return def
	}
	return string(rs[s:e])
}

func (p *RePattern) findall(s, pos, endpos any) any {
	out := NewList()
	p.scan(reStringArg(s), pos, endpos, func(m *reMachine, rs []rune, start, end int) bool {
		switch p.prog.groups {
		case 0:
			out.Append(string(rs[start:end]))
		case 1:
			out.Append(p.groupValue(m, rs, 1, ""))
		default:
			t := make(Tuple, p.prog.groups)
			for g := range t {
				t[g] = p.groupValue(m, rs, g+1, "")
			}
			out.Append(t)
		}
		return true
	})
	return out
}

func (p *RePattern) finditer(s, pos, endpos any) any {
	str := reStringArg(s)
	var ms []any
	p.scan(str, pos, endpos, func(m *reMachine, rs []rune, start, end int) bool {
		b, e := reBounds(len(rs), pos, endpos)
		ms = append(ms, p.newMatch(m, str, rs, start, end, b, e))
		return true
	})
	return &reIterator{items: ms}
}

// reIterator is the callable_iterator finditer returns.
type reIterator struct {
	items []any
	i     int
}

func (it *reIterator) PyType() string { return "callable_iterator" }
func (it *reIterator) PyRepr() string { return "<callable_iterator object at " + addrHex(it) + ">" }

func (it *reIterator) PyNext() (any, bool) {
	if it.i >= len(it.items) {
		return nil, false
	}
	it.i++
	return it.items[it.i-1], true
}

func (it *reIterator) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for {
			x, ok := it.PyNext()
			if !ok || !yield(x) {
				return
			}
		}
	}
}

func (p *RePattern) split(s, maxsplit any) any {
	str := reStringArg(s)
	limit := indexArg(maxsplit)
	out := NewList()
	if limit < 0 {
		out.Append(str)
		return out
	}
	last := 0
	n := 0
	var text []rune
	p.scan(str, 0, math.MaxInt, func(m *reMachine, rs []rune, start, end int) bool {
		if limit != 0 && n >= limit {
			return false
		}
		text = rs
		out.Append(string(rs[last:start]))
		for g := 1; g <= p.prog.groups; g++ {
			out.Append(p.groupValue(m, rs, g, nil))
		}
		n++
		last = end
		return true
	})
	if text == nil {
		text = []rune(str)
	}
	out.Append(string(text[last:]))
	return out
}

func (p *RePattern) subn(repl, s, count any) (string, int) {
	str := reStringArg(s)
	limit := indexArg(count)
	if limit < 0 {
		return str, 0
	}
	var tmpl *reTemplate
	if rs, ok := repl.(string); ok {
		tmpl = p.parseTemplate(rs, reSubxFrames)
	} else if _, ok := repl.(*RePattern); ok || !isCallable(repl) {
		panic(New(TypeError, "expected str instance, "+TypeName(repl)+" found"))
	}
	var b strings.Builder
	last, n := 0, 0
	var text []rune
	p.scan(str, 0, math.MaxInt, func(m *reMachine, rs []rune, start, end int) bool {
		if limit != 0 && n >= limit {
			return false
		}
		text = rs
		b.WriteString(string(rs[last:start]))
		if tmpl != nil {
			b.WriteString(tmpl.expand(func(g int) (string, bool) {
				if g == 0 {
					return string(rs[start:end]), true
				}
				s, e, ok := m.groupSpan(g)
				if !ok {
					return "", false
				}
				return string(rs[s:e]), true
			}))
		} else {
			r := Call(repl, []any{p.newMatch(m, str, rs, start, end, 0, len(rs))}, nil)
			if r != nil {
				rstr, ok := r.(string)
				if !ok {
					panic(New(TypeError, "expected str instance, "+TypeName(r)+" found"))
				}
				b.WriteString(rstr)
			}
		}
		n++
		last = end
		return true
	})
	if text == nil {
		return str, 0
	}
	b.WriteString(string(text[last:]))
	return b.String(), n
}

func isCallable(x any) bool {
	switch x.(type) {
	case *Function, Callable, *Class:
		return true
	}
	return false
}

// Pattern attributes and methods.

func (p *RePattern) PyType() string       { return "Pattern" }
func (p *RePattern) PyTypeModule() string { return "re" }

var reFlagNames = []struct {
	name string
	v    int
}{
	{"re.TEMPLATE", reFlagTemplate}, {"re.IGNORECASE", reIgnoreCase}, {"re.LOCALE", reLocale},
	{"re.MULTILINE", reMultiline}, {"re.DOTALL", reDotAll}, {"re.UNICODE", reUnicode},
	{"re.VERBOSE", reVerbose}, {"re.DEBUG", reDebug}, {"re.ASCII", reASCII},
}

// reFlagsRepr is pattern_repr's flag list; "" for none.
func reFlagsRepr(flags int) string {
	var parts []string
	for _, f := range reFlagNames {
		if flags&f.v != 0 {
			parts = append(parts, f.name)
			flags &^= f.v
		}
	}
	if flags != 0 {
		parts = append(parts, "0x"+strconv.FormatInt(int64(flags), 16))
	}
	return strings.Join(parts, "|")
}

// truncRepr is %.NR: the repr cut to n characters.
func truncRepr(x any, n int) string {
	r := []rune(Repr(x))
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

func (p *RePattern) PyRepr() string {
	flags := p.flags
	if flags&(reLocale|reUnicode|reASCII) == reUnicode {
		flags &^= reUnicode
	}
	if flags == 0 {
		return "re.compile(" + truncRepr(p.pattern, 200) + ")"
	}
	return "re.compile(" + truncRepr(p.pattern, 200) + ", " + reFlagsRepr(flags) + ")"
}

func (p *RePattern) PyEq(other any) bool {
	o, ok := other.(*RePattern)
	return ok && o.pattern == p.pattern && o.flags == p.flags
}

// reArgs binds a builtin method's arguments by position and keyword,
// with argument clinic's messages.
func reArgs(fname string, args []any, kw []KW, names []string, defaults []any) []any {
	out := make([]any, len(names))
	set := make([]bool, len(names))
	if len(args) > len(names) {
		panic(New(TypeError, fname+"() takes at most "+strconv.Itoa(len(names))+" arguments ("+strconv.Itoa(len(args)+len(kw))+" given)"))
	}
	for i, a := range args {
		out[i], set[i] = a, true
	}
	for _, k := range kw {
		found := false
		for i, n := range names {
			if n == k.Name {
				if set[i] {
					panic(New(TypeError, "argument for "+fname+"() given by name ('"+n+"') and position ("+strconv.Itoa(i+1)+")"))
				}
				out[i], set[i], found = k.Value, true, true
			}
		}
		if !found {
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for "+fname+"()"))
		}
	}
	first := len(names) - len(defaults)
	for i := range names {
		if !set[i] {
			if i < first {
				panic(New(TypeError, fname+"() missing required argument '"+names[i]+"' (pos "+strconv.Itoa(i+1)+")"))
			}
			out[i] = defaults[i-first]
		}
	}
	return out
}

func (p *RePattern) PyGetAttr(name string) (any, bool) {
	method := func(names []string, defaults []any, fn func(a []any) any) (any, bool) {
		return NewMethod(name, p, func(args []any, kw []KW) any {
			return fn(reArgs(name, args, kw, names, defaults))
		}), true
	}
	posArgs := []string{"string", "pos", "endpos"}
	posDefaults := []any{0, math.MaxInt}
	switch name {
	case "pattern":
		return p.pattern, true
	case "flags":
		return p.flags, true
	case "groups":
		return p.prog.groups, true
	case "groupindex":
		d := NewDict()
		for _, n := range p.names {
			d.Set(n, p.groupindex[n])
		}
		return &reGroupIndex{d}, true
	case "match":
		return method(posArgs, posDefaults, func(a []any) any { return p.match(a[0], a[1], a[2], reModeMatch) })
	case "fullmatch":
		return method(posArgs, posDefaults, func(a []any) any { return p.match(a[0], a[1], a[2], reModeFull) })
	case "search":
		return method(posArgs, posDefaults, func(a []any) any { return p.match(a[0], a[1], a[2], reModeSearch) })
	case "findall":
		return method(posArgs, posDefaults, func(a []any) any { return p.findall(a[0], a[1], a[2]) })
	case "finditer":
		return method(posArgs, posDefaults, func(a []any) any { return p.finditer(a[0], a[1], a[2]) })
	case "split":
		return method([]string{"string", "maxsplit"}, []any{0}, func(a []any) any { return p.split(a[0], a[1]) })
	case "sub":
		return method([]string{"repl", "string", "count"}, []any{0}, func(a []any) any {
			r, _ := p.subn(a[0], a[1], a[2])
			return r
		})
	case "subn":
		return method([]string{"repl", "string", "count"}, []any{0}, func(a []any) any {
			r, n := p.subn(a[0], a[1], a[2])
			return Tuple{r, n}
		})
	case "scanner", "__copy__", "__deepcopy__", "__class_getitem__":
		Unsupported("re.Pattern." + name)
	}
	return nil, false
}

// reGroupIndex is the mappingproxy Pattern.groupindex returns.
type reGroupIndex struct{ d *Dict }

func (g *reGroupIndex) PyType() string          { return "mappingproxy" }
func (g *reGroupIndex) PyRepr() string          { return "mappingproxy(" + Repr(g.d) + ")" }
func (g *reGroupIndex) PyStr() string           { return Repr(g.d) }
func (g *reGroupIndex) PyLen() int              { return g.d.Len() }
func (g *reGroupIndex) PyGetItem(key any) any   { return GetItem(g.d, key) }
func (g *reGroupIndex) PyContains(key any) bool { _, ok := g.d.Get(key); return ok }
func (g *reGroupIndex) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for _, k := range g.d.Keys() {
			if !yield(k) {
				return
			}
		}
	}
}

func (g *reGroupIndex) PyGetAttr(name string) (any, bool) {
	switch name {
	case "keys", "values", "items", "get", "copy":
		return GetAttr(g.d, name), true
	}
	return nil, false
}
