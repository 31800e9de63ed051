package py

// Class is a Python exception class. Classes form a single-inheritance tree
// rooted at BaseException, which is all the hierarchy asyncio programs need.
type Class struct {
	Name   string // "ValueError"
	Module string // "builtins" or "asyncio.exceptions": qualifies tracebacks
	Base   *Class
}

// IsSubclass reports whether c is cls or derives from it.
func (c *Class) IsSubclass(cls *Class) bool {
	for k := c; k != nil; k = k.Base {
		if k == cls {
			return true
		}
	}
	return false
}

// QualifiedName is what a traceback's last line shows: "ValueError" for
// builtins, "asyncio.exceptions.CancelledError" otherwise.
func (c *Class) QualifiedName() string {
	if c.Module == "" || c.Module == "builtins" || c.Module == "__main__" {
		return c.Name
	}
	return c.Module + "." + c.Name
}

// NewClass declares a class, e.g. a user's `class MyError(Exception): pass`.
func NewClass(name, module string, base *Class) *Class {
	return &Class{Name: name, Module: module, Base: base}
}

// Exception is a raised or raisable Python exception. Generated code raises
// one with panic(exc); the runtime recovers *Exception values only.
type Exception struct {
	Class *Class
	Args  []any
	// Cause is __cause__ (raise ... from X); SuppressContext is set by
	// `from X` and `from None`. Context is __context__.
	Cause           *Exception
	Context         *Exception
	SuppressContext bool
	// Exceptions holds the members of an ExceptionGroup; Message its message.
	Exceptions []*Exception
	Message    string
	// Traceback is filled in where the exception is raised: innermost last.
	Traceback []Frame
}

// Frame is one traceback entry, in Python terms.
type Frame struct {
	File string
	Line int
	Func string
}

// Error makes an *Exception a Go error, printing like str(exc).
func (e *Exception) Error() string { return e.Class.Name + ": " + ExcStr(e) }

// Is reports isinstance(e, cls).
func (e *Exception) Is(cls *Class) bool { return e != nil && e.Class.IsSubclass(cls) }

// The builtin hierarchy, as far as asyncio programs reach.
var (
	BaseException       = &Class{Name: "BaseException", Module: "builtins"}
	SystemExit          = &Class{Name: "SystemExit", Module: "builtins", Base: BaseException}
	KeyboardInterrupt   = &Class{Name: "KeyboardInterrupt", Module: "builtins", Base: BaseException}
	GeneratorExit       = &Class{Name: "GeneratorExit", Module: "builtins", Base: BaseException}
	BaseExceptionGroup  = &Class{Name: "BaseExceptionGroup", Module: "builtins", Base: BaseException}
	Exception_          = &Class{Name: "Exception", Module: "builtins", Base: BaseException}
	ExceptionGroup      = &Class{Name: "ExceptionGroup", Module: "builtins", Base: BaseExceptionGroup}
	ArithmeticError     = &Class{Name: "ArithmeticError", Module: "builtins", Base: Exception_}
	ZeroDivisionError   = &Class{Name: "ZeroDivisionError", Module: "builtins", Base: ArithmeticError}
	OverflowError       = &Class{Name: "OverflowError", Module: "builtins", Base: ArithmeticError}
	AssertionError      = &Class{Name: "AssertionError", Module: "builtins", Base: Exception_}
	AttributeError      = &Class{Name: "AttributeError", Module: "builtins", Base: Exception_}
	LookupError         = &Class{Name: "LookupError", Module: "builtins", Base: Exception_}
	IndexError          = &Class{Name: "IndexError", Module: "builtins", Base: LookupError}
	KeyError            = &Class{Name: "KeyError", Module: "builtins", Base: LookupError}
	NameError           = &Class{Name: "NameError", Module: "builtins", Base: Exception_}
	UnboundLocalError   = &Class{Name: "UnboundLocalError", Module: "builtins", Base: NameError}
	OSError             = &Class{Name: "OSError", Module: "builtins", Base: Exception_}
	TimeoutError        = &Class{Name: "TimeoutError", Module: "builtins", Base: OSError}
	RuntimeError        = &Class{Name: "RuntimeError", Module: "builtins", Base: Exception_}
	NotImplementedError = &Class{Name: "NotImplementedError", Module: "builtins", Base: RuntimeError}
	RecursionError      = &Class{Name: "RecursionError", Module: "builtins", Base: RuntimeError}
	StopIteration       = &Class{Name: "StopIteration", Module: "builtins", Base: Exception_}
	StopAsyncIteration  = &Class{Name: "StopAsyncIteration", Module: "builtins", Base: Exception_}
	TypeError           = &Class{Name: "TypeError", Module: "builtins", Base: Exception_}
	ValueError          = &Class{Name: "ValueError", Module: "builtins", Base: Exception_}
	UnicodeError        = &Class{Name: "UnicodeError", Module: "builtins", Base: ValueError}

	// asyncio's own. asyncio.TimeoutError is the builtin TimeoutError in 3.11.
	CancelledError     = &Class{Name: "CancelledError", Module: "asyncio.exceptions", Base: BaseException}
	InvalidStateError  = &Class{Name: "InvalidStateError", Module: "asyncio.exceptions", Base: Exception_}
	QueueEmpty         = &Class{Name: "QueueEmpty", Module: "asyncio.queues", Base: Exception_}
	QueueFull          = &Class{Name: "QueueFull", Module: "asyncio.queues", Base: Exception_}
	BrokenBarrierError = &Class{Name: "BrokenBarrierError", Module: "asyncio.exceptions", Base: RuntimeError}
)

// New builds an exception instance: New(ValueError, "x") is ValueError('x').
func New(cls *Class, args ...any) *Exception {
	return &Exception{Class: cls, Args: args}
}

// Raise panics with a new exception; the panic is how Python exceptions
// travel through generated Go.
func Raise(cls *Class, args ...any) {
	panic(New(cls, args...))
}
