package rt

import "github.com/pyasync2go/pyasync2go/rt/py"

// PyCallMethod serves logger.debug(...), info, warning, error, critical and
// exception without building a bound method per call (py.MethodCaller):
// a logger in a worker loop is called on every item, mostly to be
// filtered out by its level.
func (l *Logger) PyCallMethod(name string, args []any, kw []py.KW) (any, bool) {
	lvl, ok := logMethodLevels[name]
	if !ok {
		return nil, false
	}
	l.levelCall(name, lvl, args, kw)
	return nil, true
}

// levelCall is the call of a level method: logger.info(msg, *args, ...).
func (l *Logger) levelCall(name string, lvl int, args []any, kw []py.KW) {
	if len(args) == 0 {
		panic(py.New(py.TypeError, "Logger."+name+"() missing 1 required positional argument: 'msg'"))
	}
	l.log(name, lvl, args[0], args[1:], kw)
}
