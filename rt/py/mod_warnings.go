package py

import (
	"fmt"
	"regexp"
	"sync"
)

// The warnings module, as CPython 3.11's C implementation behaves without
// -W options: the default filters, the per-module registry (reset whenever
// the filters change), the actions, and showwarning's text on stderr or a
// catch_warnings(record=True) log.

type warnFilter struct {
	action   string
	msg      *regexp.Regexp // nil matches every message
	msgSrc   string
	category *Class
	module   *regexp.Regexp
	modSrc   string
	lineno   int
}

type warnKey struct {
	text     string
	category *Class
	lineno   int
}

var (
	warnMu       sync.Mutex
	warnFilters  = defaultWarnFilters()
	warnVersion  = 1
	warnRegistry = map[warnKey]bool{}
	warnRegVer   = 0
	onceRegistry = map[warnKey]bool{}
	// warnLog is the innermost catch_warnings(record=True) list, or nil.
	warnLog *List
)

func defaultWarnFilters() []warnFilter {
	main := regexp.MustCompile(`^(?:__main__)`)
	return []warnFilter{
		{action: "default", category: DeprecationWarning, module: main, modSrc: "__main__"},
		{action: "ignore", category: DeprecationWarning},
		{action: "ignore", category: ResourceWarning},
	}
}

// WarningsWarn is warnings.warn(message, category=None, stacklevel=1,
// source=None).
func WarningsWarn(message, category, stacklevel, source any) {
	var text string
	var exc *Exception
	if e, ok := message.(*Exception); ok && e.Class.IsSubclass(Warning) {
		exc, category = e, e.Class
		text = ExcStr(e)
	} else {
		if category == nil {
			category = UserWarning
		}
		cls, ok := classValue(category).(*Class)
		if !ok || !cls.IsSubclass(Warning) {
			name := TypeName(category)
			if ok {
				name = "type"
			}
			panic(New(TypeError, "category must be a Warning subclass, not '"+name+"'"))
		}
		text = Str(message)
	}
	cls := classValue(category).(*Class)
	level := indexArg(stacklevel)
	frames := pythonFrames()
	file, line := "sys", 1
	if i := len(frames) - max(level, 1); i >= 0 && i < len(frames) {
		file, line = frames[i].File, frames[i].Line
	}
	if exc == nil {
		exc = New(cls, message)
	}
	if !warnExplicit(cls, text, exc, file, line, source) {
		return
	}
	msg := fmt.Sprintf("%s:%d: %s: %s\n", file, line, cls.Name, text)
	if src := sourceLine(file, line); src != "" {
		msg += "  " + src + "\n"
	}
	Stderr.WriteString(msg)
}

// warnExplicit is warn_explicit: the registry and the filters decide; it
// raises for "error", records into catch_warnings(record=True), and
// reports whether the caller should print the warning.
func warnExplicit(cls *Class, text string, exc *Exception, file string, line int, source any) bool {
	warnMu.Lock()
	if warnRegVer != warnVersion {
		clear(warnRegistry)
		warnRegVer = warnVersion
	}
	key := warnKey{text, cls, line}
	if warnRegistry[key] {
		warnMu.Unlock()
		return false
	}
	module := "__main__"
	if file == "sys" {
		module = "sys"
	}
	action := "default"
	for _, f := range warnFilters {
		if (f.msg == nil || f.msg.MatchString(text)) && cls.IsSubclass(f.category) &&
			(f.module == nil || f.module.MatchString(module)) && (f.lineno == 0 || f.lineno == line) {
			action = f.action
			break
		}
	}
	show := true
	switch action {
	case "ignore":
		show = false
	case "once":
		warnRegistry[key] = true
		ok := warnKey{text, cls, -1}
		show = !onceRegistry[ok]
		onceRegistry[ok] = true
	case "module":
		warnRegistry[key] = true
		alt := warnKey{text, cls, 0}
		show = !warnRegistry[alt]
		warnRegistry[alt] = true
	case "default":
		warnRegistry[key] = true
	}
	log := warnLog
	warnMu.Unlock()
	if action == "error" {
		if exc == nil {
			// asyncio's own warnings come from finalizers, where CPython
			// prints "Exception ignored in" instead of raising.
			Unsupported("the warnings action 'error' for the runtime's own " + cls.Name)
		}
		Throw(exc)
	}
	if !show {
		return false
	}
	if log != nil {
		if exc == nil {
			exc = New(cls, text)
		}
		log.Append(&WarningMessage{message: exc, category: cls, filename: file, lineno: line, source: source})
		return false
	}
	return true
}

// WarnShown runs a warning the runtime itself emits (asyncio's
// RuntimeWarning for a coroutine never awaited) through the filters and
// the registry, as CPython's warn does: it reports whether to print it.
func WarnShown(cls *Class, text, file string, line int) bool {
	return warnExplicit(cls, text, nil, file, line, nil)
}

var warnActions = []string{"error", "ignore", "always", "default", "module", "once"}

func addWarnFilter(f warnFilter, appendIt bool) {
	warnMu.Lock()
	defer warnMu.Unlock()
	same := func(g warnFilter) bool {
		return g.action == f.action && g.msgSrc == f.msgSrc && (g.msg == nil) == (f.msg == nil) && g.category == f.category &&
			g.modSrc == f.modSrc && (g.module == nil) == (f.module == nil) && g.lineno == f.lineno
	}
	if !appendIt {
		for i, g := range warnFilters {
			if same(g) {
				warnFilters = append(warnFilters[:i:i], warnFilters[i+1:]...)
				break
			}
		}
		warnFilters = append([]warnFilter{f}, warnFilters...)
	} else {
		found := false
		for _, g := range warnFilters {
			found = found || same(g)
		}
		if !found {
			warnFilters = append(warnFilters, f)
		}
	}
	warnVersion++
}

// warningDefault is the registry's default for a category parameter
// (the registry holds no classes): Warning.
const warningDefault = "<Warning>"

func checkWarnFilter(action, category, lineno any) (string, *Class, int) {
	if category == warningDefault {
		category = Warning
	}
	a, _ := action.(string)
	ok := false
	for _, x := range warnActions {
		ok = ok || a == x
	}
	if !ok {
		panic(New(AssertionError, "invalid action: "+Repr(action)))
	}
	cls, isCls := classValue(category).(*Class)
	if !isCls || !cls.IsSubclass(Warning) {
		panic(New(AssertionError, "category must be a class"))
	}
	n, isInt := lineno.(int)
	if !isInt || n < 0 {
		panic(New(AssertionError, "lineno must be an int >= 0"))
	}
	return a, cls, n
}

// pyRegexp compiles a filter's pattern, matched at the start as re.match
// does; Python syntax Go's regexp lacks stops the program.
func pyRegexp(pat string, ignoreCase bool) *regexp.Regexp {
	src := "^(?:" + pat + ")"
	if ignoreCase {
		src = "(?i)" + src
	}
	re, err := regexp.Compile(src)
	if err != nil {
		Unsupported("the warnings filter pattern " + Repr(pat))
	}
	return re
}

// WarningsFilterwarnings is warnings.filterwarnings(action, message="",
// category=Warning, module="", lineno=0, append=False).
func WarningsFilterwarnings(action, message, category, module, lineno, appendIt any) {
	a, cls, n := checkWarnFilter(action, category, lineno)
	msg, ok := message.(string)
	if !ok {
		panic(New(AssertionError, "message must be a string"))
	}
	mod, ok := module.(string)
	if !ok {
		panic(New(AssertionError, "module must be a string"))
	}
	f := warnFilter{action: a, category: cls, lineno: n, msgSrc: msg, modSrc: mod}
	if msg != "" {
		f.msg = pyRegexp(msg, true)
	}
	if mod != "" {
		f.module = pyRegexp(mod, false)
	}
	addWarnFilter(f, Truth(appendIt))
}

// WarningsSimplefilter is warnings.simplefilter(action, category=Warning,
// lineno=0, append=False).
func WarningsSimplefilter(action, category, lineno, appendIt any) {
	a, cls, n := checkWarnFilter(action, category, lineno)
	addWarnFilter(warnFilter{action: a, category: cls, lineno: n}, Truth(appendIt))
}

// WarningsResetwarnings is warnings.resetwarnings().
func WarningsResetwarnings() {
	warnMu.Lock()
	defer warnMu.Unlock()
	warnFilters = nil
	warnVersion++
}

// CatchWarnings is warnings.catch_warnings(*, record=False, ...): on entry
// it saves the filters (and the record log); on exit it restores them.
type CatchWarnings struct {
	record           bool
	action           any
	category, lineno any
	appendIt         any
	entered          bool
	savedFilters     []warnFilter
	savedLog         *List
}

// WarningsCatchWarnings is warnings.catch_warnings(*, record=False,
// module=None, action=None, category=Warning, lineno=0, append=False).
func WarningsCatchWarnings(record, module, action, category, lineno, appendIt any) *CatchWarnings {
	if module != nil {
		Unsupported("warnings.catch_warnings(module=)")
	}
	return &CatchWarnings{record: Truth(record), action: action, category: category, lineno: lineno, appendIt: appendIt}
}

func (c *CatchWarnings) PyRepr() string {
	if c.record {
		return "catch_warnings(record=True)"
	}
	return "catch_warnings()"
}
func (c *CatchWarnings) PyType() string       { return "catch_warnings" }
func (c *CatchWarnings) PyTypeModule() string { return "warnings" }

func (c *CatchWarnings) PyEnter() any {
	if c.entered {
		panic(New(RuntimeError, "Cannot enter "+c.PyRepr()+" twice"))
	}
	c.entered = true
	warnMu.Lock()
	c.savedFilters = append([]warnFilter(nil), warnFilters...)
	c.savedLog = warnLog
	warnVersion++
	var log *List
	if c.record {
		log = NewList()
		warnLog = log
	}
	warnMu.Unlock()
	if c.action != nil {
		WarningsSimplefilter(c.action, c.category, c.lineno, c.appendIt)
	}
	if log != nil {
		return log
	}
	return nil
}

func (c *CatchWarnings) PyExit(exc *Exception) bool {
	if !c.entered {
		panic(New(RuntimeError, "Cannot exit "+c.PyRepr()+" without entering first"))
	}
	warnMu.Lock()
	warnFilters = c.savedFilters
	warnLog = c.savedLog
	warnVersion++
	warnMu.Unlock()
	return false
}

// WarningMessage is one recorded warning.
type WarningMessage struct {
	message  *Exception
	category *Class
	filename string
	lineno   int
	source   any
}

func (w *WarningMessage) PyRepr() string {
	return fmt.Sprintf("<warnings.WarningMessage object at %p>", w)
}

func (w *WarningMessage) PyStr() string {
	return "{message : " + Repr(w.message) + ", category : " + Repr(w.category.Name) + ", filename : " + Repr(w.filename) +
		", lineno : " + fmt.Sprint(w.lineno) + ", line : None}"
}
func (w *WarningMessage) PyType() string       { return "WarningMessage" }
func (w *WarningMessage) PyTypeModule() string { return "warnings" }
func (w *WarningMessage) PyGetAttr(name string) (any, bool) {
	switch name {
	case "message":
		return w.message, true
	case "category":
		return w.category, true
	case "filename":
		return w.filename, true
	case "lineno":
		return w.lineno, true
	case "line", "file":
		return nil, true
	case "source":
		return w.source, true
	}
	return nil, false
}

// ResetWarningState restores the default filters and forgets the warnings
// already shown, as a fresh interpreter has them (rt's tests run many
// programs in one process).
func ResetWarningState() {
	warnMu.Lock()
	defer warnMu.Unlock()
	warnFilters = defaultWarnFilters()
	clear(warnRegistry)
	clear(onceRegistry)
	warnLog = nil
	warnVersion++
}
