package rt

import (
	"math"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The logging module (CPython 3.11's Lib/logging/__init__.py): loggers in a
// dotted hierarchy with propagation, StreamHandlers and Formatters in the
// three styles, basicConfig, and the module-level functions that configure
// the root logger on first use. Records take their time from the clock
// contract (time.time(); asctime in TZ) and their file, line and function
// from the calling Python frame. It lives in rt because it reads the clock.

const (
	levelCritical = 50
	levelError    = 40
	levelWarning  = 30
	levelInfo     = 20
	levelDebug    = 10
	levelNotset   = 0
)

var (
	logMu        sync.Mutex
	logLevelName = map[int]string{levelCritical: "CRITICAL", levelError: "ERROR", levelWarning: "WARNING",
		levelInfo: "INFO", levelDebug: "DEBUG", levelNotset: "NOTSET"}
	logNameLevel = map[string]int{"CRITICAL": levelCritical, "FATAL": levelCritical, "ERROR": levelError,
		"WARN": levelWarning, "WARNING": levelWarning, "INFO": levelInfo, "DEBUG": levelDebug, "NOTSET": levelNotset}
	logRoot    = &Logger{name: "root", level: levelWarning, propagate: true, isRoot: true}
	logLoggers = map[string]*Logger{}
	// logStart is logging's _startTime, for relativeCreated.
	logStart = math.NaN()
)

// logStartTime is when the program imported logging, which programs do
// before anything takes time: the wall-clock reading at the clock's start
// (on the virtual clock the epoch), not at the first record.
func logStartTime() float64 {
	if math.IsNaN(logStart) {
		initClock()
		if clockState.virtual.Load() {
			logStart = clockState.epoch
		} else {
			logStart = float64(clockState.start.UnixNano()) / 1e9
		}
	}
	return logStart
}

// LoggingGetLevelName is logging.getLevelName(level).
func LoggingGetLevelName(level any) any {
	logMu.Lock()
	defer logMu.Unlock()
	switch l := level.(type) {
	case int:
		if n, ok := logLevelName[l]; ok {
			return n
		}
	case string:
		if n, ok := logNameLevel[l]; ok {
			return n
		}
	}
	return "Level " + py.Str(level)
}

// checkLevel is logging._checkLevel.
func checkLevel(level any) int {
	switch l := level.(type) {
	case int:
		return l
	case bool:
		if l {
			return 1
		}
		return 0
	case string:
		logMu.Lock()
		n, ok := logNameLevel[l]
		logMu.Unlock()
		if !ok {
			panic(py.New(py.ValueError, "Unknown level: "+py.Repr(l)))
		}
		return n
	}
	panic(py.New(py.TypeError, "Level not an integer or a valid string: "+py.Repr(level)))
}

// Logger is a logging.Logger (the root logger is a RootLogger).
type Logger struct {
	name      string
	level     int
	parent    *Logger
	propagate bool
	disabled  bool
	isRoot    bool
	handlers  []any // *LogHandler, or user objects with handle()
}

// LoggingGetLogger is logging.getLogger(name=None).
func LoggingGetLogger(name any) *Logger {
	if name == nil {
		return logRoot
	}
	s, ok := name.(string)
	if !ok {
		panic(py.New(py.TypeError, "A logger name must be a string"))
	}
	if s == "" || s == logRoot.name {
		return logRoot
	}
	logMu.Lock()
	defer logMu.Unlock()
	if l := logLoggers[s]; l != nil {
		return l
	}
	l := &Logger{name: s, propagate: true}
	logLoggers[s] = l
	// The parent is the nearest existing ancestor; existing descendants
	// whose parent lies above the new logger now hang below it.
	l.parent = logRoot
	for i := strings.LastIndexByte(s, '.'); i > 0; i = strings.LastIndexByte(s[:i], '.') {
		if p := logLoggers[s[:i]]; p != nil {
			l.parent = p
			break
		}
	}
	for n, c := range logLoggers {
		if strings.HasPrefix(n, s+".") && !strings.HasPrefix(c.parent.name, s) {
			c.parent = l
		}
	}
	return l
}

// configured reports whether a record of l would meet a handler or a level
// set by the program, rather than only logging.lastResort: some logger on
// its way to the root has a handler, a level of its own, or is disabled.
func (l *Logger) configured() bool {
	logMu.Lock()
	defer logMu.Unlock()
	for c := l; c != nil; c = c.parent {
		if len(c.handlers) > 0 || c.disabled || !c.isRoot && c.level != 0 || c.isRoot && c.level != levelWarning {
			return true
		}
		if !c.propagate {
			break
		}
	}
	return false
}

func (l *Logger) effectiveLevel() int {
	for c := l; c != nil; c = c.parent {
		if c.level != levelNotset {
			return c.level
		}
	}
	return levelNotset
}

func (l *Logger) PyType() string {
	if l.isRoot {
		return "RootLogger"
	}
	return "Logger"
}

func (l *Logger) PyRepr() string {
	return "<" + l.PyType() + " " + l.name + " (" + py.Str(LoggingGetLevelName(l.effectiveLevel())) + ")>"
}

var logMethodLevels = map[string]int{"debug": levelDebug, "info": levelInfo, "warning": levelWarning,
	"warn": levelWarning, "error": levelError, "critical": levelCritical, "fatal": levelCritical, "exception": levelError}

func (l *Logger) PyGetAttr(name string) (any, bool) {
	if lvl, ok := logMethodLevels[name]; ok {
		return py.NewMethod(name, l, func(args []any, kw []py.KW) any {
			l.levelCall(name, lvl, args, kw)
			return nil
		}), true
	}
	switch name {
	case "name":
		return l.name, true
	case "level":
		return l.level, true
	case "parent":
		if l.parent == nil {
			return nil, true
		}
		return l.parent, true
	case "propagate":
		return l.propagate, true
	case "disabled":
		return l.disabled, true
	case "handlers":
		return py.NewList(l.handlers...), true
	case "log":
		return py.NewMethod(name, l, func(args []any, kw []py.KW) any {
			if len(args) < 2 {
				panic(py.New(py.TypeError, "Logger.log() missing required positional arguments"))
			}
			lvl, ok := args[0].(int)
			if !ok {
				panic(py.New(py.TypeError, "level must be an integer"))
			}
			l.log(name, lvl, args[1], args[2:], kw)
			return nil
		}), true
	case "setLevel":
		return logMethod1(l, name, "level", func(v any) any { l.setLevel(v); return nil }), true
	case "isEnabledFor":
		return logMethod1(l, name, "level", func(v any) any {
			lvl, ok := v.(int)
			if !ok {
				panic(py.New(py.TypeError, "'>=' not supported between instances of '"+py.TypeName(v)+"' and 'int'"))
			}
			return !l.disabled && lvl >= l.effectiveLevel()
		}), true
	case "getEffectiveLevel":
		return py.NewMethod(name, l, func(args []any, kw []py.KW) any {
			logNoArgs("getEffectiveLevel", args, kw)
			return l.effectiveLevel()
		}), true
	case "getChild":
		return logMethod1(l, name, "suffix", func(v any) any {
			s, ok := v.(string)
			if !ok {
				panic(py.New(py.TypeError, "can only concatenate str (not \""+py.TypeName(v)+"\") to str"))
			}
			if !l.isRoot {
				s = l.name + "." + s
			}
			return LoggingGetLogger(s)
		}), true
	case "addHandler":
		return logMethod1(l, name, "hdlr", func(h any) any {
			logMu.Lock()
			defer logMu.Unlock()
			for _, x := range l.handlers {
				if x == h {
					return nil
				}
			}
			l.handlers = append(l.handlers, h)
			return nil
		}), true
	case "removeHandler":
		return logMethod1(l, name, "hdlr", func(h any) any {
			logMu.Lock()
			defer logMu.Unlock()
			for i, x := range l.handlers {
				if x == h {
					l.handlers = append(l.handlers[:i:i], l.handlers[i+1:]...)
					break
				}
			}
			return nil
		}), true
	case "hasHandlers":
		return py.NewMethod(name, l, func(args []any, kw []py.KW) any {
			logNoArgs("hasHandlers", args, kw)
			for c := l; c != nil; c = c.parent {
				if len(c.handlers) > 0 {
					return true
				}
				if !c.propagate {
					break
				}
			}
			return false
		}), true
	}
	return nil, false
}

func (l *Logger) PySetAttr(name string, v any) bool {
	switch name {
	case "propagate":
		l.propagate = py.Truth(v)
	case "disabled":
		l.disabled = py.Truth(v)
	case "level":
		l.level = checkLevel(v)
	default:
		return false
	}
	return true
}

func (l *Logger) setLevel(v any) {
	lvl := checkLevel(v)
	logMu.Lock()
	l.level = lvl
	logMu.Unlock()
}

// logMethod1 is a method of one positional (or keyword) argument.
func logMethod1(self any, name, param string, fn func(any) any) *py.Function {
	sig := &py.Signature{Name: name, QualName: py.TypeName(self) + "." + name, Params: []string{"self", param}}
	return py.NewMethod(name, self, func(args []any, kw []py.KW) any {
		return fn(sig.Bind(append([]any{self}, args...), kw)[1])
	})
}

func logNoArgs(name string, args []any, kw []py.KW) {
	if len(args) > 0 || len(kw) > 0 {
		panic(py.New(py.TypeError, name+"() takes 1 positional argument but "+strconv.Itoa(len(args)+1)+" were given"))
	}
}

// log is Logger._log after the isEnabledFor check: it makes the record and
// hands it to the handlers up the hierarchy.
func (l *Logger) log(method string, level int, msg any, args []any, kw []py.KW) {
	var excInfo any
	if method == "exception" {
		excInfo = true
	}
	for _, k := range kw {
		switch k.Name {
		case "exc_info":
			excInfo = k.Value
		case "stack_info":
			if py.Truth(k.Value) {
				panic(py.New(py.NotImplementedError, "logging's "+k.Name+" is not supported by pyasync2go"))
			}
		case "stacklevel":
			if n, ok := k.Value.(int); ok && n == 1 {
				continue
			}
			panic(py.New(py.NotImplementedError, "logging's stacklevel is not supported by pyasync2go"))
		case "extra":
			if k.Value != nil {
				panic(py.New(py.NotImplementedError, "logging's extra is not supported by pyasync2go"))
			}
		default:
			panic(py.New(py.TypeError, "Logger._log() got an unexpected keyword argument '"+k.Name+"'"))
		}
	}
	if l.disabled || level < l.effectiveLevel() {
		return
	}
	rec := newLogRecord(l.name, level, msg, args, nil)
	rec.setExcInfo(excInfo)
	l.handle(rec)
}

// setExcInfo is Logger._log's exc_info handling: an exception instance,
// a (type, value, tb) tuple, or any other true value for sys.exc_info()
// (which is (None, None, None), still true, outside an except clause).
func (r *LogRecord) setExcInfo(v any) {
	switch x := v.(type) {
	case *py.Exception:
		r.hasExc, r.exc = true, x
		return
	case py.Tuple:
		r.hasExc = len(x) > 0
		if len(x) > 1 {
			r.exc, _ = x[1].(*py.Exception)
		}
		return
	}
	if py.Truth(v) {
		r.hasExc, r.exc = true, py.HandledException()
	}
}

// handle is Logger.callHandlers.
func (l *Logger) handle(rec *LogRecord) {
	level := rec.levelno
	found := 0
	for c := l; c != nil; c = c.parent {
		logMu.Lock()
		hs := append([]any(nil), c.handlers...)
		logMu.Unlock()
		for _, h := range hs {
			found++
			if lh, ok := h.(*LogHandler); ok {
				if level >= lh.level {
					lh.emit(rec)
				}
			} else {
				py.CallMethod(h, "handle", []any{rec}, nil)
			}
		}
		if !c.propagate {
			break
		}
	}
	if found == 0 && level >= levelWarning {
		// logging.lastResort: the message alone, on the current stderr.
		writeStream(py.Stderr, (&LogFormatter{style: '%', fmt: "%(message)s"}).format(rec)+"\n")
	}
}

// LogRecord is a logging.LogRecord.
type LogRecord struct {
	name, levelname, pathname, filename, module, funcName string
	msg                                                   any
	args                                                  any
	levelno, lineno                                       int
	created, msecs, relativeCreated                       float64
	message, asctime                                      string
	// hasExc: the record carries exc_info (exc nil is (None, None,
	// None)); excText caches the formatted traceback.
	hasExc  bool
	exc     *py.Exception
	excText string
}

// newLogRecord makes a record of the calling Python frame, or of at.
func newLogRecord(name string, level int, msg any, args []any, at *py.Frame) *LogRecord {
	ct := wallTime()
	r := &LogRecord{name: name, msg: msg, levelno: level, created: ct,
		msecs:           float64(int((ct-float64(int64(ct)))*1000)) + 0.0,
		relativeCreated: (ct - logStartTime()) * 1000,
		levelname:       py.Str(LoggingGetLevelName(level)),
		pathname:        "(unknown file)", funcName: "(unknown function)", module: "Unknown module"}
	r.filename = r.pathname
	f, ok := py.Frame{}, false
	if at != nil {
		f, ok = *at, true
	} else {
		f, ok = py.CallerFrame()
	}
	if ok {
		r.pathname, r.lineno, r.funcName = f.File, f.Line, f.Func
		r.filename = path.Base(f.File)
		r.module = strings.TrimSuffix(r.filename, path.Ext(r.filename))
	}
	r.args = py.Tuple(args)
	if len(args) == 1 {
		if d, ok := args[0].(*py.Dict); ok && d.Len() > 0 {
			r.args = d
		}
	}
	return r
}

// excInfoValue is the record's exc_info attribute: None, or (type,
// value, None); rt/py has no traceback objects.
func (r *LogRecord) excInfoValue() any {
	switch {
	case !r.hasExc:
		return nil
	case r.exc == nil:
		return py.Tuple{nil, nil, nil}
	}
	return py.Tuple{r.exc.Class, r.exc, nil}
}

func (r *LogRecord) excTextValue() any {
	if r.excText == "" {
		return nil
	}
	return r.excText
}

// getMessage is LogRecord.getMessage.
func (r *LogRecord) getMessage() string {
	msg := py.Str(r.msg)
	if py.Truth(r.args) {
		return py.PercentFormat(msg, r.args)
	}
	return msg
}

// attrs is the record's __dict__, in CPython's order.
func (r *LogRecord) attrs() []py.KW {
	kws := []py.KW{
		{Name: "name", Value: r.name}, {Name: "msg", Value: r.msg}, {Name: "args", Value: r.args},
		{Name: "levelname", Value: r.levelname}, {Name: "levelno", Value: r.levelno},
		{Name: "pathname", Value: r.pathname}, {Name: "filename", Value: r.filename},
		{Name: "module", Value: r.module}, {Name: "exc_info", Value: r.excInfoValue()}, {Name: "exc_text", Value: r.excTextValue()},
		{Name: "stack_info", Value: nil}, {Name: "lineno", Value: r.lineno}, {Name: "funcName", Value: r.funcName},
		{Name: "created", Value: r.created}, {Name: "msecs", Value: r.msecs},
		{Name: "relativeCreated", Value: r.relativeCreated}, {Name: "thread", Value: 1},
		{Name: "threadName", Value: "MainThread"}, {Name: "processName", Value: "MainProcess"},
		{Name: "process", Value: 1}, {Name: "message", Value: r.message},
	}
	if r.asctime != "" {
		kws = append(kws, py.KW{Name: "asctime", Value: r.asctime})
	}
	return kws
}

func (r *LogRecord) PyType() string { return "LogRecord" }

func (r *LogRecord) PyRepr() string {
	return "<LogRecord: " + r.name + ", " + strconv.Itoa(r.levelno) + ", " + r.pathname + ", " +
		strconv.Itoa(r.lineno) + ", " + py.Repr(r.msg) + ">"
}

func (r *LogRecord) PyGetAttr(name string) (any, bool) {
	if name == "getMessage" {
		return py.NewMethod(name, r, func(args []any, kw []py.KW) any {
			logNoArgs("getMessage", args, kw)
			return r.getMessage()
		}), true
	}
	for _, kv := range r.attrs() {
		if kv.Name == name {
			return kv.Value, true
		}
	}
	return nil, false
}

// LogHandler is a logging.StreamHandler.
type LogHandler struct {
	level      int
	formatter  *LogFormatter
	stream     any
	terminator string
}

// LoggingStreamHandler is logging.StreamHandler(stream=None).
func LoggingStreamHandler(stream any) *LogHandler {
	if stream == nil {
		stream = py.Stderr
	}
	return &LogHandler{stream: stream, terminator: "\n"}
}

func (h *LogHandler) PyType() string { return "StreamHandler" }

func (h *LogHandler) PyRepr() string {
	name := py.Str(py.GetAttr(h.stream, "name"))
	if name != "" && name[0] != '<' {
		name = py.Repr(name)
	}
	if s, ok := h.stream.(*py.Stream); ok {
		name = strings.TrimSuffix(strings.TrimPrefix(s.PyRepr(), "<_io.TextIOWrapper name='"), "' mode='w' encoding='utf-8'>")
	}
	return "<StreamHandler " + name + " (" + py.Str(LoggingGetLevelName(h.level)) + ")>"
}

func (h *LogHandler) PyGetAttr(name string) (any, bool) {
	switch name {
	case "level":
		return h.level, true
	case "stream":
		return h.stream, true
	case "terminator":
		return h.terminator, true
	case "formatter":
		if h.formatter == nil {
			return nil, true
		}
		return h.formatter, true
	case "setLevel":
		return logMethod1(h, name, "level", func(v any) any { h.level = checkLevel(v); return nil }), true
	case "setFormatter":
		return logMethod1(h, name, "fmt", func(v any) any {
			f, ok := v.(*LogFormatter)
			if v != nil && !ok {
				panic(py.New(py.NotImplementedError, "only logging.Formatter objects are supported as formatters"))
			}
			h.formatter = f
			return nil
		}), true
	case "handle":
		return logMethod1(h, name, "record", func(v any) any {
			r, ok := v.(*LogRecord)
			if !ok {
				panic(py.New(py.AttributeError, "'"+py.TypeName(v)+"' object has no attribute 'levelno'"))
			}
			if r.levelno >= h.level {
				h.emit(r)
			}
			return true
		}), true
	case "format":
		return logMethod1(h, name, "record", func(v any) any { return h.format(logRecordArg(v)) }), true
	case "flush":
		return py.NewMethod(name, h, func(args []any, kw []py.KW) any {
			py.CallMethod(h.stream, "flush", nil, nil)
			return nil
		}), true
	}
	return nil, false
}

func (h *LogHandler) PySetAttr(name string, v any) bool {
	if name == "terminator" {
		s, ok := v.(string)
		if !ok {
			panic(py.New(py.TypeError, "can only concatenate str (not \""+py.TypeName(v)+"\") to str"))
		}
		h.terminator = s
		return true
	}
	return false
}

func (h *LogHandler) format(r *LogRecord) string {
	f := h.formatter
	if f == nil {
		f = &LogFormatter{style: '%', fmt: "%(message)s"}
	}
	return f.format(r)
}

func (h *LogHandler) emit(r *LogRecord) {
	writeStream(h.stream, h.format(r)+h.terminator)
}

func writeStream(stream any, s string) {
	if st, ok := stream.(*py.Stream); ok {
		st.WriteString(s)
		st.Flush()
		return
	}
	py.CallMethod(stream, "write", []any{s}, nil)
	py.CallMethod(stream, "flush", nil, nil)
}

func logRecordArg(v any) *LogRecord {
	r, ok := v.(*LogRecord)
	if !ok {
		panic(py.New(py.AttributeError, "'"+py.TypeName(v)+"' object has no attribute 'getMessage'"))
	}
	return r
}

// LogFormatter is a logging.Formatter.
type LogFormatter struct {
	fmt     string
	datefmt any
	style   byte
}

var (
	percentFieldRE = regexp.MustCompile(`(?i)%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]`)
	dollarFieldRE  = regexp.MustCompile(`\$(\w+)|\$\{(\w+)\}`)
	fieldSpecRE    = regexp.MustCompile(`^(\d+|\w+)(\.\w+|\[[^\]]+\])*$`)
	fmtSpecRE      = regexp.MustCompile(`(?i)^(.?[<>=^])?[+ -]?#?0?(\d+|\{\w+\})?[,_]?(\.(\d+|\{\w+\}))?[bcdefgnosx%]?$`)
)

// LoggingFormatter is logging.Formatter(fmt=None, datefmt=None, style='%',
// validate=True).
func LoggingFormatter(fmtArg, datefmt, style, validate any) *LogFormatter {
	st, _ := style.(string)
	f := &LogFormatter{datefmt: datefmt}
	switch st {
	case "%", "{", "$":
		f.style = st[0]
	default:
		panic(py.New(py.ValueError, "Style must be one of: %,{,$"))
	}
	if fmtArg == nil {
		f.fmt = map[byte]string{'%': "%(message)s", '{': "{message}", '$': "${message}"}[f.style]
	} else {
		s, ok := fmtArg.(string)
		if !ok {
			panic(py.New(py.NotImplementedError, "a logging format must be a str"))
		}
		f.fmt = s
	}
	if py.Truth(validate) {
		ok := true
		switch f.style {
		case '%':
			ok = percentFieldRE.MatchString(f.fmt)
		case '$':
			validateDollar(f.fmt)
		case '{':
			validateBraces(f.fmt)
		}
		if !ok {
			panic(py.New(py.ValueError, "Invalid format '"+f.fmt+"' for '"+string(f.style)+"' style"))
		}
	}
	if datefmt != nil {
		if _, ok := datefmt.(string); !ok {
			panic(py.New(py.NotImplementedError, "a logging datefmt must be a str"))
		}
	}
	return f
}

// validateDollar is StringTemplateStyle.validate.
func validateDollar(format string) {
	fields := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '$' {
			continue
		}
		rest := format[i+1:]
		switch m := templateRE.FindStringSubmatch(rest); {
		case strings.HasPrefix(rest, "$"):
			i++
		case m != nil && (m[1] != "" || m[2] != ""):
			fields++
			i += len(m[0])
		default:
			panic(py.New(py.ValueError, "invalid format: bare '$' not allowed"))
		}
	}
	if fields == 0 {
		panic(py.New(py.ValueError, "invalid format: no fields"))
	}
}

var templateRE = regexp.MustCompile(`^(?:([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\})`)

// validateBraces is StrFormatStyle.validate over string.Formatter.parse.
func validateBraces(format string) {
	fail := func(msg string) { panic(py.New(py.ValueError, "invalid format: "+msg)) }
	fields := 0
	for i := 0; i < len(format); i++ {
		switch format[i] {
		case '}':
			if i+1 < len(format) && format[i+1] == '}' {
				i++
				continue
			}
			fail("Single '}' encountered in format string")
		case '{':
			if i+1 < len(format) && format[i+1] == '{' {
				i++
				continue
			}
			if i+1 == len(format) {
				fail("Single '{' encountered in format string")
			}
			depth, j := 1, i+1
			for ; j < len(format) && depth > 0; j++ {
				switch format[j] {
				case '{':
					depth++
				case '}':
					depth--
				}
			}
			if depth > 0 {
				fail("expected '}' before end of string")
			}
			field := format[i+1 : j-1]
			i = j - 1
			name, spec, conv := field, "", ""
			if k := strings.IndexAny(field, "!:"); k >= 0 {
				name = field[:k]
				if field[k] == '!' {
					if k+1 >= len(field) {
						fail("unmatched '{' in format spec")
					}
					conv = field[k+1 : k+2]
					if k+2 < len(field) && field[k+2] != ':' {
						fail("expected ':' after conversion specifier")
					}
					if k+2 < len(field) {
						spec = field[k+3:]
					}
				} else {
					spec = field[k+1:]
				}
			}
			if name != "" {
				if !fieldSpecRE.MatchString(name) {
					fail("invalid field name/expression: " + py.Repr(name))
				}
				fields++
			}
			if conv != "" && !strings.Contains("rsa", conv) {
				fail("invalid conversion: " + py.Repr(conv))
			}
			if spec != "" && !fmtSpecRE.MatchString(spec) {
				fail("bad specifier: " + py.Repr(spec))
			}
		}
	}
	if fields == 0 {
		fail("no fields")
	}
}

func (f *LogFormatter) PyType() string { return "Formatter" }

func (f *LogFormatter) PyRepr() string {
	return "<logging.Formatter object at 0x" + strconv.FormatUint(uint64(py.Addr(f)), 16) + ">"
}

func (f *LogFormatter) PyGetAttr(name string) (any, bool) {
	switch name {
	case "format":
		return logMethod1(f, name, "record", func(v any) any { return f.format(logRecordArg(v)) }), true
	case "datefmt":
		return f.datefmt, true
	case "formatTime":
		return logMethod1(f, name, "record", func(v any) any { return f.formatTime(logRecordArg(v)) }), true
	}
	return nil, false
}

func (f *LogFormatter) usesTime() bool {
	switch f.style {
	case '{':
		return strings.Contains(f.fmt, "{asctime")
	case '$':
		return strings.Contains(f.fmt, "$asctime") || strings.Contains(f.fmt, "${asctime}")
	}
	return strings.Contains(f.fmt, "%(asctime)")
}

// formatTime is Formatter.formatTime: time.localtime(created) through
// strftime, with ",mmm" appended when there is no datefmt.
func (f *LogFormatter) formatTime(r *LogRecord) string {
	ct := TimeLocaltime(r.created)
	if f.datefmt != nil {
		return TimeStrftime(f.datefmt, ct)
	}
	return TimeStrftime("%Y-%m-%d %H:%M:%S", ct) + "," + py.PercentFormat("%03d", r.msecs)
}

// format is Formatter.format: the formatted message, then the traceback
// of the record's exc_info.
func (f *LogFormatter) format(r *LogRecord) string {
	s := f.formatMessage(r)
	if r.hasExc && r.excText == "" {
		r.excText = strings.TrimSuffix(py.FormatHandled(r.exc), "\n")
	}
	if r.excText != "" {
		if !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += r.excText
	}
	return s
}

// formatMessage is Formatter.format up to formatMessage.
func (f *LogFormatter) formatMessage(r *LogRecord) string {
	r.message = r.getMessage()
	if f.usesTime() {
		r.asctime = f.formatTime(r)
	}
	attrs := r.attrs()
	switch f.style {
	case '{':
		return py.StrFormat(f.fmt, nil, attrs)
	case '$':
		return dollarFieldRE.ReplaceAllStringFunc(f.fmt, func(m string) string {
			key := strings.Trim(m, "${}")
			for _, kv := range attrs {
				if kv.Name == key {
					return py.Str(kv.Value)
				}
			}
			panic(py.New(py.ValueError, "Formatting field not found in record: "+py.Repr(key)))
		})
	}
	d := py.NewDict()
	for _, kv := range attrs {
		d.Set(kv.Name, kv.Value)
	}
	var out string
	if exc := py.Try(func() { out = py.PercentFormat(f.fmt, d) }); exc != nil {
		if exc.Is(py.KeyError) {
			py.ThrowFrom(py.New(py.ValueError, "Formatting field not found in record: "+py.Str(exc)), exc)
		}
		py.Rethrow(exc)
	}
	return out
}

// LoggingBasicConfig is logging.basicConfig(**kwargs) for the keywords
// format, datefmt, style, level, stream and force.
func LoggingBasicConfig(format, datefmt, style, level, stream, force any) {
	if py.Truth(force) {
		logRoot.handlers = nil
	}
	if len(logRoot.handlers) > 0 {
		return
	}
	st, _ := style.(string)
	if st != "%" && st != "{" && st != "$" {
		panic(py.New(py.ValueError, "Style must be one of: %,{,$"))
	}
	if format == nil {
		format = map[string]string{"%": "%(levelname)s:%(name)s:%(message)s", "{": "{levelname}:{name}:{message}",
			"$": "${levelname}:${name}:${message}"}[st]
	}
	h := LoggingStreamHandler(stream)
	h.formatter = LoggingFormatter(format, datefmt, style, true)
	logRoot.handlers = append(logRoot.handlers, h)
	if level != nil {
		logRoot.setLevel(level)
	}
}

// loggingRootLog is the module-level logging.info(...) and friends: they
// configure the root logger on first use.
func loggingRootLog(method string, level int, msg any, args []any, kw []py.KW) {
	if len(logRoot.handlers) == 0 {
		LoggingBasicConfig(nil, nil, "%", nil, nil, false)
	}
	logRoot.log(method, level, msg, args, kw)
}

func excKW(excInfo any) []py.KW {
	if excInfo == nil {
		return nil
	}
	return []py.KW{{Name: "exc_info", Value: excInfo}}
}

// LoggingDebug and the functions below are logging.debug(msg, *args,
// exc_info=None) ...
func LoggingDebug(msg, excInfo any, args ...any) {
	loggingRootLog("debug", levelDebug, msg, args, excKW(excInfo))
}

func LoggingInfo(msg, excInfo any, args ...any) {
	loggingRootLog("info", levelInfo, msg, args, excKW(excInfo))
}

func LoggingWarning(msg, excInfo any, args ...any) {
	loggingRootLog("warning", levelWarning, msg, args, excKW(excInfo))
}

func LoggingError(msg, excInfo any, args ...any) {
	loggingRootLog("error", levelError, msg, args, excKW(excInfo))
}

func LoggingCritical(msg, excInfo any, args ...any) {
	loggingRootLog("critical", levelCritical, msg, args, excKW(excInfo))
}

// LoggingException is logging.exception(msg, *args, exc_info=True).
func LoggingException(msg, excInfo any, args ...any) {
	loggingRootLog("error", levelError, msg, args, []py.KW{{Name: "exc_info", Value: excInfo}})
}

// LoggingLog is logging.log(level, msg, *args, exc_info=None).
func LoggingLog(level, msg, excInfo any, args ...any) {
	lvl, ok := level.(int)
	if !ok {
		panic(py.New(py.TypeError, "level must be an integer"))
	}
	loggingRootLog("log", lvl, msg, args, excKW(excInfo))
}

// logAsyncioSelector is BaseSelectorEventLoop.__init__'s
// `logger.debug('Using selector: %s', ...)` on the "asyncio" logger.
func logAsyncioSelector() {
	l := LoggingGetLogger("asyncio")
	if l.disabled || levelDebug < l.effectiveLevel() {
		return
	}
	at := &py.Frame{File: cpythonLib + "/asyncio/selector_events.py", Line: 54, Func: "__init__"}
	l.handle(newLogRecord(l.name, levelDebug, "Using selector: %s", []any{"EpollSelector"}, at))
}
