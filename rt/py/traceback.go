package py

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Throw raises exc (a *Class or *Exception), recording where.
func Throw(exc any) {
	e := toException(exc)
	e.fresh = true
	panic(withTraceback(e))
}

// ThrowFrom is `raise exc from cause`; cause nil is `from None`.
func ThrowFrom(exc, cause any) {
	e := toException(exc)
	e.fresh = true
	e.SuppressContext = true
	if cause == nil {
		e.Cause = nil
	} else {
		c := toException(cause)
		if c == nil {
			panic(withTraceback(New(TypeError, "exception causes must derive from BaseException")))
		}
		e.Cause = c
	}
	panic(withTraceback(e))
}

// Rethrow re-raises an exception that already carries a traceback from
// another place (e.g. awaiting a failed task): the current Python frames are
// put in front of the recorded ones, as CPython's traceback grows while the
// exception propagates.
func Rethrow(exc *Exception) {
	panic(withTraceback(exc))
}

func toException(exc any) *Exception {
	switch e := exc.(type) {
	case *Exception:
		return e
	case *Class:
		if e.IsSubclass(BaseException) {
			if x, ok := e.Call(nil, nil).(*Exception); ok {
				return x
			}
		}
	}
	return New(TypeError, "exceptions must derive from BaseException")
}

func withTraceback(e *Exception) *Exception {
	cur := pythonFrames()
	if len(e.Traceback) == 0 {
		e.Traceback = cur
		return e
	}
	old := e.Traceback
	k := len(cur) - 1
	if k >= 0 && k <= len(old) && sameFuncs(cur[:k], old[:k]) {
		e.Traceback = append(cur, old[k:]...)
	} else {
		e.Traceback = append(cur, old...)
	}
	return e
}

func sameFuncs(a, b []Frame) bool {
	for i := range a {
		if a[i].File != b[i].File || a[i].Func != b[i].Func {
			return false
		}
	}
	return true
}

// Try runs body and returns the Python exception it raised, or nil.
// Go panics that are not Python exceptions keep unwinding.
func Try(body func()) (exc *Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			frames, catchIdx := pythonFramesCatch()
			if len(e.Traceback) == 0 {
				e.Traceback = frames
			}
			e.CatchDepth = max(catchIdx, 0)
			Caught(e)
			exc = e
		}
	}()
	body()
	return nil
}

// AddTraceback records where exc was raised if nothing did yet (the py
// runtime panics with bare exceptions, e.g. KeyError from GetItem), and
// settles its __context__ (Caught). Call it from the deferred function
// that recovers the panic: the panicking frames are still on the stack
// there.
func AddTraceback(exc *Exception) {
	if exc != nil && len(exc.Traceback) == 0 {
		exc.Traceback = pythonFrames()
	}
	Caught(exc)
}

// Registries that map generated Go back to Python: function names by their
// def line, and source text for the lines a traceback quotes.
var (
	regMu      sync.RWMutex
	frameNames = map[string]map[int]string{}
	defLines   = map[string][]int{}
	sources    = map[string][]string{}
)

// RegisterFrameName records that the Python function defined at file:line
// is called name; tracebacks name frames after it. NewFunction registers
// automatically; rt registers each CoroInfo.
func RegisterFrameName(file string, line int, name string) {
	regMu.Lock()
	defer regMu.Unlock()
	m := frameNames[file]
	if m == nil {
		m = map[int]string{}
		frameNames[file] = m
	}
	if _, ok := m[line]; !ok {
		defLines[file] = append(defLines[file], line)
		sort.Ints(defLines[file])
	}
	m[line] = name
}

// RegisterSource makes the program text available for traceback lines.
func RegisterSource(file, src string) {
	regMu.Lock()
	defer regMu.Unlock()
	sources[file] = strings.Split(src, "\n")
}

func sourceLine(file string, line int) string {
	raw, _ := rawSourceLine(file, line)
	return strings.TrimSpace(raw)
}

// isFrameName reports whether name is a registered Python function of file.
func isFrameName(file, name string) bool {
	regMu.RLock()
	defer regMu.RUnlock()
	for _, n := range frameNames[file] {
		if n == name {
			return true
		}
	}
	return false
}

// rawSourceLine is the registered source line, indentation included.
func rawSourceLine(file string, line int) (string, bool) {
	regMu.RLock()
	defer regMu.RUnlock()
	lines := sources[file]
	if line < 1 || line > len(lines) {
		return "", false
	}
	return lines[line-1], true
}

// pythonFrames collects the Python frames of the current goroutine,
// outermost first. Go closures that are pieces of one Python function (try
// bodies run by Try/Handling, range-over-func loop bodies) collapse into the
// frame of the function they belong to.
// symbolized caches what each return PC symbolizes to (several frames when
// calls were inlined): raising is frequent enough (every cancellation) for
// runtime.CallersFrames to show up in profiles.
var symbolized sync.Map // uintptr -> []runtime.Frame

func framesAt(pc uintptr) []runtime.Frame {
	if v, ok := symbolized.Load(pc); ok {
		return v.([]runtime.Frame)
	}
	var out []runtime.Frame
	frames := runtime.CallersFrames([]uintptr{pc})
	for {
		f, more := frames.Next()
		out = append(out, f)
		if !more {
			break
		}
	}
	symbolized.Store(pc, out)
	return out
}

// frameBarriers are Go functions below which a stack holds no frames of the
// running Python code: the loop calling a stackless task's step runs on the
// stack of whatever called asyncio.run.
var frameBarriers = map[string]bool{}

// AddFrameBarrier stops traceback frame walks at the Go function named
// funcName (as runtime.Frame.Function spells it). Call it from init.
func AddFrameBarrier(funcName string) { frameBarriers[funcName] = true }

func pythonFrames() []Frame {
	frames, _ := pythonFramesCatch()
	return frames
}

// pythonFramesCatch also reports, when called from Try's deferred recover,
// the index of the frame of the function whose try statement caught the
// exception (-1 otherwise): frames above it are not part of a caught
// exception's traceback.
func pythonFramesCatch() ([]Frame, int) {
	pcs := make([]uintptr, 256)
	n := runtime.Callers(2, pcs)
	for n == len(pcs) {
		// A deep recursion: every frame belongs in the traceback.
		pcs = make([]uintptr, 4*len(pcs))
		n = runtime.Callers(2, pcs)
	}
	type goFrame struct {
		runtime.Frame
		bridged bool // reached from the next Python frame through Try/Handling
	}
	var inner []goFrame // innermost first
	bridged := false
	catcher := -1
	seenTry := false
walk:
	for _, pc := range pcs[:n] {
		for _, f := range framesAt(pc) {
			if frameBarriers[f.Function] {
				break walk
			}
			// <stdin>: the name of a program read from standard input;
			// <string>: a method dataclasses generates (class_dataclass_frames.go).
			if strings.HasSuffix(f.File, ".py") || f.File == "<stdin>" || f.File == "<string>" {
				if seenTry && catcher < 0 {
					catcher = len(inner)
				}
				inner = append(inner, goFrame{Frame: f})
				bridged = false
				continue
			}
			name := f.Function
			isTry := strings.HasSuffix(name, "rt/py.Try")
			if isTry {
				seenTry = true
			}
			if len(inner) > 0 {
				if isTry || strings.HasSuffix(name, "rt/py.Handling") {
					bridged = true
				}
				if bridged {
					inner[len(inner)-1].bridged = true
				}
			}
		}
	}
	var out []Frame
	catchIdx := -1
	for i := len(inner) - 1; i >= 0; i-- {
		f := inner[i]
		merged := false
		if len(out) > 0 {
			prev := &out[len(out)-1]
			if f.bridged || sameGoFunction(f.Frame, prev.goFrame) {
				prev.Line = f.Line
				merged = true
			}
		}
		if !merged {
			out = append(out, Frame{File: f.File, Line: f.Line, Func: pyFuncName(f.Frame), goFunc: f.Function, goFrame: f.Frame})
		}
		if i == catcher {
			catchIdx = len(out) - 1
		}
	}
	return out, catchIdx
}

// entryPos is where the Go function of a frame starts, in the (line
// directive mapped) source: for generated code, the Python def line.
func entryPos(f runtime.Frame) (string, int, bool) {
	entry := f.Entry
	if f.Func != nil {
		entry = f.Func.Entry()
	}
	if entry == 0 {
		return "", 0, false
	}
	fn := runtime.FuncForPC(entry)
	if fn == nil {
		return "", 0, false
	}
	file, line := fn.FileLine(entry)
	return file, line, true
}

// isRegisteredDef reports whether the frame's Go function starts at a
// registered Python def (so it is a Python function of its own, not a
// closure codegen made for a comprehension, loop body or try block).
// Inlined frames have no entry of their own and never qualify.
func isRegisteredDef(f runtime.Frame) bool {
	if f.Func == nil {
		return false
	}
	file, line, ok := entryPos(f)
	if !ok {
		return false
	}
	regMu.RLock()
	defer regMu.RUnlock()
	_, found := frameNames[file][line]
	return found
}

// goNamed splits a Go function symbol such as "main.pyMain.load.func6-range2"
// into its innermost named function ("load") and whether the symbol is a
// closure inside it. Inlining puts the caller's name in front, which this
// ignores.
func goNamed(symbol string) (named string, closure bool) {
	base := symbol
	if i := strings.LastIndex(base, "/"); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.Index(base, "."); i >= 0 {
		base = base[i+1:]
	}
	parts := strings.Split(base, ".")
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		if j := strings.Index(p, "-range"); j >= 0 {
			closure = true
			p = p[:j]
		}
		// A closure nested in a closure is numbered without a prefix
		// ("pyMain.func1.1-range1"); no Go name starts with a digit.
		if isClosurePart(p) || p != "" && p[0] >= '0' && p[0] <= '9' {
			closure = true
			continue
		}
		return p, closure
	}
	return base, closure
}

func isClosurePart(p string) bool {
	for _, prefix := range []string{"func", "gowrap", "deferwrap"} {
		if rest, ok := strings.CutPrefix(p, prefix); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	return false
}

// sameGoFunction reports whether inner is a piece (closure) of the Go
// function of outer rather than a call into another function.
func sameGoFunction(inner, outer runtime.Frame) bool {
	in, closure := goNamed(inner.Function)
	out, _ := goNamed(outer.Function)
	return closure && in == out && !isRegisteredDef(inner)
}

func goModuleFunc(name string) bool {
	return name == "program" || name == "main" || name == "Main"
}

func pyFuncName(f runtime.Frame) string {
	named, _ := goNamed(f.Function)
	if f.File == "<string>" {
		return stringFrameNames[named]
	}
	regMu.RLock()
	defer regMu.RUnlock()
	if f.Func != nil {
		if file, line, ok := entryPos(f); ok {
			if name, found := frameNames[file][line]; found {
				return name
			}
		}
	}
	if goModuleFunc(named) {
		return "<module>"
	}
	// Match the Go identifier codegen derives from each Python name,
	// preferring the closest def above the current line.
	lines := defLines[f.File]
	best := ""
	for _, l := range lines {
		name := frameNames[f.File][l]
		if g := GoIdent(name); g == named || strings.TrimRight(named, "0123456789") == g && named != g {
			if best == "" || l <= f.Line {
				best = name
			}
		}
	}
	if best != "" {
		return best
	}
	if i := sort.SearchInts(lines, f.Line+1); i > 0 {
		return frameNames[f.File][lines[i-1]]
	}
	return named
}

// goReserved are Go identifiers a Python name must never become: keywords,
// predeclared identifiers, the packages generated code imports and the
// names a generated file declares itself. Codegen names through GoIdent and
// the traceback code recognises generated functions through it, so the
// mapping lives once, here, where both can reach it.
var goReserved = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`break case chan const continue default defer else fallthrough for func go goto if
		import interface map package range return select struct switch type var
		any bool byte comparable complex64 complex128 error float32 float64 int int8 int16
		int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr true false iota nil
		append cap clear close complex copy delete imag len make max min new panic print
		println real recover rt py slices main init program co moduleInfo Main`) {
		m[s] = true
	}
	return m
}()

// IsGoReserved reports whether s is a Go identifier generated code must not
// declare (see goReserved).
func IsGoReserved(s string) bool { return goReserved[s] }

// GoIdent is the Go identifier generated code uses for a Python name:
// lowerCamelCase (say_after -> sayAfter, task_1 -> task1, MyError ->
// myError), leading underscores dropped (so generated temporaries, which
// start with "_", never collide), and a "py" prefix on reserved names.
func GoIdent(name string) string {
	var b strings.Builder
	upperNext := false
	for _, r := range name {
		switch {
		case r == '_':
			upperNext = b.Len() > 0
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if b.Len() == 0 {
				if unicode.IsDigit(r) {
					b.WriteByte('x')
				}
				b.WriteRune(unicode.ToLower(r))
			} else if upperNext {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(r)
			}
			upperNext = false
		default:
			b.WriteByte('x')
			upperNext = false
		}
	}
	s := b.String()
	if s == "" {
		return "v"
	}
	if goReserved[s] {
		return "py" + strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// FormatException renders exc like CPython's default excepthook: chained
// causes and contexts first, exception groups as nested boxes, and
// AttributeError suggestions (". Did you mean: 'x'?").
func FormatException(exc *Exception) string {
	ctx := &printCtx{seen: map[*Exception]bool{}, suggest: true, limit: -1}
	ctx.format(exc)
	return strings.Join(ctx.chunks, "")
}

// FormatTraceback renders exc like the traceback module
// (traceback.format_exception, asyncio's logger): as FormatException, but
// 3.11's traceback module offers no suggestions.
//
// It is rt's stderr text (asyncio's logger), so, like FormatException, it
// leaves out a location mark it cannot place; FormatTracebackLines, whose
// text programs print, refuses instead.
func FormatTraceback(exc *Exception) string {
	ctx := &printCtx{seen: map[*Exception]bool{}, limit: -1}
	ctx.format(exc)
	return strings.Join(ctx.chunks, "")
}

// FormatTracebackLines is traceback.format_exception(exc, limit=limit,
// chain=chain) (limit < 0: no limit): the strings CPython's generator
// yields, one per frame and per line of the exception. A frame whose
// position CPython would underline but this runtime cannot place stops
// the program (Unsupported) rather than print different text.
func FormatTracebackLines(exc *Exception, limit int, chain bool) []string {
	ctx := &printCtx{seen: map[*Exception]bool{}, strict: true, limit: limit, noChain: !chain}
	ctx.format(exc)
	return ctx.chunks
}

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
	maxGroupWidth  = 15
	maxGroupDepth  = 10
)

type printCtx struct {
	chunks    []string
	seen      map[*Exception]bool
	depth     int
	needClose bool
	suggest   bool
	// strict: caret lines must be exact (the traceback module's output,
	// which programs print); the excepthook's stderr keeps only its last
	// line exact, so there an unplaceable caret line is left out.
	strict  bool
	limit   int // frames to show (traceback's limit), < 0 for all
	noChain bool
	// listOnly: frames from a list (traceback.print_list), which carry no
	// column positions, so no caret lines.
	listOnly bool
}

func (c *printCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

func (c *printCtx) emit(text string, margin byte) {
	prefix := c.indent()
	if c.depth > 0 {
		if margin == 0 {
			margin = '|'
		}
		prefix += string(margin) + " "
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		b.WriteString(prefix + line)
	}
	c.chunks = append(c.chunks, b.String())
}

func (c *printCtx) emitAll(texts []string, margin byte) {
	for _, t := range texts {
		c.emit(t, margin)
	}
}

func (c *printCtx) format(top *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	for e := top; e != nil && !c.seen[e]; {
		c.seen[e] = true
		var next *Exception
		msg := ""
		switch {
		case c.noChain:
		case e.Cause != nil:
			msg, next = causeMessage, e.Cause
		case e.Context != nil && !e.SuppressContext:
			msg, next = contextMessage, e.Context
		}
		if next != nil && c.seen[next] {
			msg, next = "", nil
		}
		chain = append(chain, link{msg, e})
		e = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		e := chain[i].exc
		if chain[i].msg != "" {
			c.emit(chain[i].msg, 0)
		}
		tb := e.Traceback
		if i > 0 && e.CatchDepth < len(tb) {
			tb = tb[e.CatchDepth:]
		}
		if !e.IsGroup() {
			if len(tb) > 0 {
				c.emit("Traceback (most recent call last):\n", 0)
				c.emitAll(c.formatStack(tb, e), 0)
			}
			c.emitAll(excLines(c.exceptionOnly(e)), 0)
		} else if c.depth > maxGroupDepth {
			c.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), 0)
		} else {
			c.formatGroup(e, tb)
		}
	}
}

func (c *printCtx) formatGroup(e *Exception, tb []Frame) {
	topLevel := c.depth == 0
	if topLevel {
		c.depth++
	}
	if len(tb) > 0 {
		var margin byte
		if topLevel {
			margin = '+'
		}
		c.emit("Exception Group Traceback (most recent call last):\n", margin)
		c.emitAll(c.formatStack(tb, e), 0)
	}
	c.emitAll(excLines(c.exceptionOnly(e)), 0)
	num := len(e.Exceptions)
	n := num
	if num > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	c.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			c.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := fmt.Sprint(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		c.chunks = append(c.chunks, c.indent()+lead+"+---------------- "+title+" ----------------\n")
		c.depth++
		if !truncated {
			c.format(e.Exceptions[i])
		} else {
			remaining := num - maxGroupWidth
			c.emit(fmt.Sprintf("and %d more exception%s\n", remaining, plural(remaining)), 0)
		}
		if last && c.needClose {
			c.chunks = append(c.chunks, c.indent()+"+------------------------------------\n")
			c.needClose = false
		}
		c.depth--
	}
	if topLevel {
		c.depth = 0
	}
}

// FormatStackList is traceback.format_list's text of frames (as
// traceback.print_list prints them): no caret lines.
func FormatStackList(frames []Frame) string {
	c := &printCtx{seen: map[*Exception]bool{}, limit: -1, listOnly: true}
	return strings.Join(c.formatStack(frames, nil), "")
}

// FormatExceptionOnly is traceback.format_exception_only(type(e), e),
// joined.
func FormatExceptionOnly(e *Exception) string { return formatExceptionOnly(e) }

// formatStack is the frames' text as the excepthook prints them.
func formatStack(frames []Frame) string {
	c := &printCtx{seen: map[*Exception]bool{}, limit: -1}
	return strings.Join(c.formatStack(frames, nil), "")
}

// formatStack is StackSummary.format: one string per frame (its File
// line, source line and caret line), and the "[Previous line repeated]"
// notes. exc is the exception the innermost frame raised.
func (c *printCtx) formatStack(frames []Frame, exc *Exception) []string {
	if c.limit >= 0 && len(frames) > c.limit {
		frames = frames[:c.limit]
		exc = nil // the innermost frame shown was calling, not raising
	}
	var out []string
	var last Frame
	count := 0
	flushRepeats := func() {
		if count > 3 {
			n := count - 3
			out = append(out, fmt.Sprintf("  [Previous line repeated %d more time%s]\n", n, plural(n)))
		}
	}
	for i, f := range frames {
		if i > 0 && f.File == last.File && f.Line == last.Line && f.Func == last.Func {
			count++
			if count > 3 {
				continue
			}
		} else {
			flushRepeats()
			last, count = f, 1
		}
		var next *Frame
		if i+1 < len(frames) {
			next = &frames[i+1]
		}
		out = append(out, c.formatFrame(f, next, exc))
	}
	flushRepeats()
	return out
}

// formatFrame is format_frame_summary for frame f, whose callee is next
// (nil for the frame that raised exc).
func (c *printCtx) formatFrame(f Frame, next *Frame, exc *Exception) string {
	s := fmt.Sprintf("  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Func)
	if f.Source != "" {
		// rt's frames of CPython's own code carry their caret line.
		if c.listOnly {
			src, _, _ := strings.Cut(f.Source, "\n")
			return s + "    " + src + "\n"
		}
		return s + "    " + f.Source + "\n"
	}
	raw, ok := rawSourceLine(f.File, f.Line)
	if !ok || strings.TrimSpace(raw) == "" {
		return s
	}
	s += "    " + strings.TrimSpace(raw) + "\n"
	if c.listOnly {
		return s
	}
	callee, coro := "", false
	if next != nil {
		callee, coro = next.Func, next.isCoroutine()
	} else if exc == nil {
		if c.strict {
			Unsupported("a traceback limit that cuts the stack (its caret positions)")
		}
		return s
	}
	span, ok := frameCaretSpan(raw, f.isNested(), callee, coro, exc, func(name string) bool { return isFrameName(f.File, name) })
	if !ok {
		if c.strict {
			Unsupported(fmt.Sprintf("the traceback caret position of %s, line %d (more than one expression could have raised)", f.File, f.Line))
		}
		return s
	}
	return s + caretLine(raw, span)
}

// isNested reports whether the frame runs a lambda's or a comprehension's
// body, which sits inside another frame's line.
func (f *Frame) isNested() bool {
	switch f.Func[strings.LastIndex(f.Func, ".")+1:] {
	case "<lambda>", "<listcomp>", "<genexpr>", "<setcomp>", "<dictcomp>":
		return true
	}
	return false
}

// isCoroutine reports whether the frame runs an async def: its Go
// function starts at a def line whose source says "async def" (rt's frames
// of asyncio's own code are its coroutines).
func (f *Frame) isCoroutine() bool {
	if f.Source != "" {
		// Library frames of plain functions (base64.py, json, uuid) are
		// called, not awaited.
		return !isSyncLibFrame(f.File)
	}
	file, line, ok := entryPos(f.goFrame)
	if !ok {
		return false
	}
	for l := line; l < line+3; l++ {
		src := sourceLine(file, l)
		if strings.HasPrefix(src, "async def ") {
			return true
		}
		if strings.HasPrefix(src, "def ") {
			return false
		}
	}
	return false
}

func excLines(s string) []string {
	var out []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func (c *printCtx) exceptionOnly(e *Exception) string {
	s := formatExceptionOnly(e)
	if c.suggest {
		if sug := attrSuggestion(e); sug != "" {
			s = s[:len(s)-1] + ". Did you mean: '" + sug + "'?\n"
		}
	}
	return s
}

func formatExceptionOnly(e *Exception) string {
	s := ExcStr(e)
	name := e.Class.QualifiedName()
	if s == "" {
		return name + "\n"
	}
	return name + ": " + s + "\n"
}

// isSyncLibFrame reports whether file is CPython library code rt/py stands
// for whose frames are plain function calls: everything but asyncio's
// (re, json, base64, uuid). An asyncio frame after a program's frame is a
// coroutine it awaits, or, in runners.py, the frame an interrupt unwinds
// through while the program's frame awaits.
func isSyncLibFrame(file string) bool {
	rel, ok := strings.CutPrefix(file, cpythonLibDir+"/")
	return ok && !strings.HasPrefix(rel, "asyncio/")
}
