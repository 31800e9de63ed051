package surface

// Builtin describes a supported builtin function. Calls go through the
// runtime's builtin table (py.CallBuiltin, py.Builtin for the value); a
// few have direct fast paths in codegen.
type Builtin struct {
	Name string
}

var builtins = map[string]*Builtin{}

// The supported builtin functions.
func init() {
	for name := range words("print len range str int float bool repr list dict tuple set frozenset " +
		"enumerate zip sum min max sorted reversed abs round isinstance issubclass type id hash iter next " +
		"any all map filter divmod pow chr ord hex oct bin format callable getattr setattr hasattr ascii aiter anext " +
		"object property staticmethod classmethod vars delattr slice bytes bytearray") {
		builtins[name] = &Builtin{Name: name}
	}
}

// LookupBuiltin returns the supported builtin function name, or nil.
func LookupBuiltin(name string) *Builtin { return builtins[name] }

// BuiltinNames returns the supported builtin functions' names.
func BuiltinNames() []string {
	var ns []string
	for n := range builtins {
		ns = append(ns, n)
	}
	return ns
}

// exceptionClasses maps the supported builtin exception classes to their
// py symbol (Exception is py.Exception_: py.Exception is the Go type).
var exceptionClasses = map[string]string{"Exception": "Exception_"}

func init() {
	for name := range words("BaseException SystemExit KeyboardInterrupt GeneratorExit BaseExceptionGroup " +
		"ExceptionGroup ArithmeticError ZeroDivisionError OverflowError AssertionError AttributeError " +
		"LookupError IndexError KeyError NameError UnboundLocalError OSError TimeoutError RuntimeError " +
		"NotImplementedError RecursionError StopIteration StopAsyncIteration TypeError ValueError UnicodeError " +
		"ImportError ModuleNotFoundError EOFError MemoryError BufferError ReferenceError SyntaxError " +
		"SystemError FloatingPointError ConnectionError BrokenPipeError ConnectionResetError " +
		"ConnectionRefusedError ConnectionAbortedError FileNotFoundError FileExistsError PermissionError " +
		"InterruptedError BlockingIOError ChildProcessError IsADirectoryError NotADirectoryError " +
		"ProcessLookupError Warning UserWarning DeprecationWarning RuntimeWarning ResourceWarning " +
		"UnicodeDecodeError UnicodeEncodeError") {
		exceptionClasses[name] = name
	}
}

// ExceptionClass returns the py symbol of a supported builtin exception
// class, or "".
func ExceptionClass(name string) string { return exceptionClasses[name] }

// PythonBuiltins is dir(builtins) of CPython 3.11 without the dunder names:
// the names that are never a NameError.
var PythonBuiltins = words("ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup " +
	"BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError " +
	"ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis " +
	"EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError " +
	"FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError " +
	"IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError " +
	"ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError " +
	"OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError " +
	"ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration " +
	"SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError " +
	"UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError " +
	"UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin " +
	"bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr " +
	"dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash " +
	"help hex id input int isinstance issubclass iter len license list locals map max memoryview min " +
	"next object oct open ord pow print property quit range repr reversed round set setattr slice " +
	"sorted staticmethod str sum super tuple type vars zip")

// ForbiddenBuiltins are builtins whose behaviour a translated program cannot
// reproduce (dynamic code, frame introspection, real I/O), with the hint
// their diagnostic gives.
var ForbiddenBuiltins = map[string]string{
	"exec":       "",
	"eval":       "",
	"compile":    "",
	"globals":    "",
	"locals":     "",
	"dir":        "",
	"__import__": "",
	"breakpoint": "",
	"open":       "file I/O is not available to translated programs",
	"input":      "reading stdin is not available to translated programs",
}
