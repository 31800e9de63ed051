package surface

func registerLogging() {
	logFn := func(name, goName string) *Entry {
		return &Entry{Name: name, Go: "rt." + goName, Params: []Param{req("msg"), kwonly("exc_info", nil)}, VarArgs: true, Result: None, Void: true}
	}
	level := func(name string, v int) *Entry {
		return &Entry{Name: name, Kind: Value, Const: v, Result: Int}
	}
	addModule(&Module{Name: "logging", Coverage: "loggers with propagation, `basicConfig`, `StreamHandler` and `Formatter` (all three styles, record attributes from the calling frame and the clock contract); `exception` and `exc_info` (the traceback goes to the handler's stream); not `extra`, `stack_info`, files or filters"}, []*Entry{
		{Name: "basicConfig", Go: "rt.LoggingBasicConfig", Params: []Param{kwonly("format", nil), kwonly("datefmt", nil),
			kwonly("style", "%"), kwonly("level", nil), kwonly("stream", nil), kwonly("force", false)}, Result: None, Void: true},
		{Name: "getLogger", Go: "rt.LoggingGetLogger", Params: []Param{opt("name", nil)}},
		{Name: "getLevelName", Go: "rt.LoggingGetLevelName", Params: []Param{req("level")}},
		{Name: "StreamHandler", Go: "rt.LoggingStreamHandler", Params: []Param{opt("stream", nil)}},
		{Name: "Formatter", Go: "rt.LoggingFormatter", Params: []Param{opt("fmt", nil), opt("datefmt", nil),
			opt("style", "%"), opt("validate", true)}},
		logFn("debug", "LoggingDebug"),
		logFn("info", "LoggingInfo"),
		logFn("warning", "LoggingWarning"),
		logFn("error", "LoggingError"),
		logFn("critical", "LoggingCritical"),
		{Name: "exception", Go: "rt.LoggingException", Params: []Param{req("msg"), kwonly("exc_info", true)}, VarArgs: true, Result: None, Void: true},
		{Name: "log", Go: "rt.LoggingLog", Params: []Param{req("level"), req("msg"), kwonly("exc_info", nil)}, VarArgs: true, Result: None, Void: true},
		level("CRITICAL", 50), level("FATAL", 50), level("ERROR", 40), level("WARNING", 30),
		level("WARN", 30), level("INFO", 20), level("DEBUG", 10), level("NOTSET", 0),
	})
	hintNames["logging"] = words("Logger RootLogger Handler StreamHandler Formatter LogRecord Filter LoggerAdapter")
}
