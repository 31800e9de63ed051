package py

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// Class is a Python class: a builtin value type, an exception class, or a
// user class (class.go), which has a namespace, several bases and an MRO.
type Class struct {
	Name   string // "ValueError"
	Module string // "builtins" or "asyncio.exceptions": qualifies tracebacks
	Base   *Class
	// Mixin is a second base class: ExceptionGroup is both a
	// BaseExceptionGroup and an Exception.
	Mixin *Class

	// construct and instance are set for builtin value types (int, str,
	// list...), which share Class so isinstance and calls treat every class
	// alike; exception classes leave them nil.
	construct func(args []any, kw []KW) any
	instance  func(v any) bool
	// native and nativeAttrs are set for a library class implemented in Go
	// that user classes may derive from (class_native.go).
	native      func(self *Instance) any
	nativeAttrs map[string]any

	// User classes (MakeClass): __qualname__, the direct bases, the
	// namespace the class body filled, and the C3 MRO.
	QualName string
	Bases    []*Class
	Dict     *Dict
	mro      []*Class
	table    map[string]tableEntry // flattened MRO namespaces (class.go)
	// fieldHint is how many attributes instances of the class get.
	fieldHint atomic.Int32
	// plainAttrs: no property and no user __setattr__ anywhere in the
	// MRO, so instance attributes are read and written directly.
	plainAttrs bool
	// annotations are the class body's annotated names in order;
	// dataclass is set by dataclasses.dataclass.
	annotations []annotation
	dataclass   *dcInfo
	enum        *enumInfo
	// valueBase is int, str or tuple when the class derives from one of
	// them (IntEnum, StrEnum, NamedTuple): its instances carry such a
	// value (Instance.base). namedTuple is set for named tuple classes.
	valueBase  *Class
	namedTuple *ntInfo
	// typedDict: a typing.TypedDict class (class_typeddict.go).
	typedDict bool
	// autoHash: MakeClass set __hash__ = None (the class defines __eq__
	// alone), which CPython's class __dict__ lists last.
	autoHash bool
	// __slots__ (class_slots.go): slotCount is the instance layout's
	// number of slots (the bases' included); noDict/noWeakref: instances
	// have no __dict__/__weakref__; ownSlots: the body bound __slots__,
	// slotDict/slotWeakref: and named '__dict__'/'__weakref__' in it.
	slotCount                       int
	noDict, noWeakref               bool
	ownSlots, slotDict, slotWeakref bool
}

// IsSubclass reports whether c is cls or derives from it.
func (c *Class) IsSubclass(cls *Class) bool {
	if c.mro != nil {
		for _, k := range c.mro {
			if k == cls {
				return true
			}
		}
		return false
	}
	for k := c; k != nil; k = k.Base {
		if k == cls || k.Mixin != nil && k.Mixin.IsSubclass(cls) {
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
	// CatchDepth is the number of leading Traceback frames above the
	// function that last caught the exception (Try): a chained exception
	// prints only the frames from there down, as CPython's traceback does.
	CatchDepth int
	// Attrs holds attributes set on the instance (e.g. by user code).
	Attrs map[string]any
	// fresh: raised (or created, for the runtime's own raises) and not
	// yet recovered; the first recover settles Context (excinfo.go).
	fresh bool
}

// Frame is one traceback entry, in Python terms.
type Frame struct {
	File string
	Line int
	Func string
	// Source, when set, is printed under the frame instead of the line
	// looked up in the registered source (lets rt add CPython's own frames,
	// e.g. asyncio/runners.py, verbatim).
	Source  string
	goFunc  string
	goFrame runtime.Frame
}

// String prints like the last line of a traceback. *Exception is
// deliberately not a Go error: its Is(*Class) would clash with errors.Is.
func (e *Exception) String() string { return e.Class.QualifiedName() + ": " + ExcStr(e) }

// Is reports isinstance(e, cls).
func (e *Exception) Is(cls *Class) bool { return e != nil && e.Class.IsSubclass(cls) }

// The builtin hierarchy, as far as asyncio programs reach.
var (
	BaseException          = &Class{Name: "BaseException", Module: "builtins"}
	SystemExit             = &Class{Name: "SystemExit", Module: "builtins", Base: BaseException}
	KeyboardInterrupt      = &Class{Name: "KeyboardInterrupt", Module: "builtins", Base: BaseException}
	GeneratorExit          = &Class{Name: "GeneratorExit", Module: "builtins", Base: BaseException}
	BaseExceptionGroup     = &Class{Name: "BaseExceptionGroup", Module: "builtins", Base: BaseException}
	Exception_             = &Class{Name: "Exception", Module: "builtins", Base: BaseException}
	ExceptionGroup         = &Class{Name: "ExceptionGroup", Module: "builtins", Base: BaseExceptionGroup, Mixin: Exception_}
	ArithmeticError        = &Class{Name: "ArithmeticError", Module: "builtins", Base: Exception_}
	ZeroDivisionError      = &Class{Name: "ZeroDivisionError", Module: "builtins", Base: ArithmeticError}
	OverflowError          = &Class{Name: "OverflowError", Module: "builtins", Base: ArithmeticError}
	AssertionError         = &Class{Name: "AssertionError", Module: "builtins", Base: Exception_}
	AttributeError         = &Class{Name: "AttributeError", Module: "builtins", Base: Exception_}
	LookupError            = &Class{Name: "LookupError", Module: "builtins", Base: Exception_}
	IndexError             = &Class{Name: "IndexError", Module: "builtins", Base: LookupError}
	KeyError               = &Class{Name: "KeyError", Module: "builtins", Base: LookupError}
	NameError              = &Class{Name: "NameError", Module: "builtins", Base: Exception_}
	UnboundLocalError      = &Class{Name: "UnboundLocalError", Module: "builtins", Base: NameError}
	OSError                = &Class{Name: "OSError", Module: "builtins", Base: Exception_}
	TimeoutError           = &Class{Name: "TimeoutError", Module: "builtins", Base: OSError}
	RuntimeError           = &Class{Name: "RuntimeError", Module: "builtins", Base: Exception_}
	NotImplementedError    = &Class{Name: "NotImplementedError", Module: "builtins", Base: RuntimeError}
	RecursionError         = &Class{Name: "RecursionError", Module: "builtins", Base: RuntimeError}
	StopIteration          = &Class{Name: "StopIteration", Module: "builtins", Base: Exception_}
	StopAsyncIteration     = &Class{Name: "StopAsyncIteration", Module: "builtins", Base: Exception_}
	TypeError              = &Class{Name: "TypeError", Module: "builtins", Base: Exception_}
	ValueError             = &Class{Name: "ValueError", Module: "builtins", Base: Exception_}
	UnicodeError           = &Class{Name: "UnicodeError", Module: "builtins", Base: ValueError}
	ImportError            = &Class{Name: "ImportError", Module: "builtins", Base: Exception_}
	ModuleNotFoundError    = &Class{Name: "ModuleNotFoundError", Module: "builtins", Base: ImportError}
	EOFError               = &Class{Name: "EOFError", Module: "builtins", Base: Exception_}
	MemoryError            = &Class{Name: "MemoryError", Module: "builtins", Base: Exception_}
	BufferError            = &Class{Name: "BufferError", Module: "builtins", Base: Exception_}
	ReferenceError         = &Class{Name: "ReferenceError", Module: "builtins", Base: Exception_}
	SyntaxError            = &Class{Name: "SyntaxError", Module: "builtins", Base: Exception_}
	SystemError            = &Class{Name: "SystemError", Module: "builtins", Base: Exception_}
	FloatingPointError     = &Class{Name: "FloatingPointError", Module: "builtins", Base: ArithmeticError}
	ConnectionError        = &Class{Name: "ConnectionError", Module: "builtins", Base: OSError}
	BrokenPipeError        = &Class{Name: "BrokenPipeError", Module: "builtins", Base: ConnectionError}
	ConnectionResetError   = &Class{Name: "ConnectionResetError", Module: "builtins", Base: ConnectionError}
	ConnectionRefusedError = &Class{Name: "ConnectionRefusedError", Module: "builtins", Base: ConnectionError}
	ConnectionAbortedError = &Class{Name: "ConnectionAbortedError", Module: "builtins", Base: ConnectionError}
	FileNotFoundError      = &Class{Name: "FileNotFoundError", Module: "builtins", Base: OSError}
	FileExistsError        = &Class{Name: "FileExistsError", Module: "builtins", Base: OSError}
	PermissionError        = &Class{Name: "PermissionError", Module: "builtins", Base: OSError}
	InterruptedError       = &Class{Name: "InterruptedError", Module: "builtins", Base: OSError}
	BlockingIOError        = &Class{Name: "BlockingIOError", Module: "builtins", Base: OSError}
	ChildProcessError      = &Class{Name: "ChildProcessError", Module: "builtins", Base: OSError}
	IsADirectoryError      = &Class{Name: "IsADirectoryError", Module: "builtins", Base: OSError}
	NotADirectoryError     = &Class{Name: "NotADirectoryError", Module: "builtins", Base: OSError}
	ProcessLookupError     = &Class{Name: "ProcessLookupError", Module: "builtins", Base: OSError}
	Warning                = &Class{Name: "Warning", Module: "builtins", Base: Exception_}
	UserWarning            = &Class{Name: "UserWarning", Module: "builtins", Base: Warning}
	DeprecationWarning     = &Class{Name: "DeprecationWarning", Module: "builtins", Base: Warning}
	RuntimeWarning         = &Class{Name: "RuntimeWarning", Module: "builtins", Base: Warning}
	ResourceWarning        = &Class{Name: "ResourceWarning", Module: "builtins", Base: Warning}

	// asyncio's own. asyncio.TimeoutError is the builtin TimeoutError in 3.11.
	CancelledError            = &Class{Name: "CancelledError", Module: "asyncio.exceptions", Base: BaseException}
	InvalidStateError         = &Class{Name: "InvalidStateError", Module: "asyncio.exceptions", Base: Exception_}
	QueueEmpty                = &Class{Name: "QueueEmpty", Module: "asyncio.queues", Base: Exception_}
	QueueFull                 = &Class{Name: "QueueFull", Module: "asyncio.queues", Base: Exception_}
	BrokenBarrierError        = &Class{Name: "BrokenBarrierError", Module: "asyncio.exceptions", Base: RuntimeError}
	IncompleteReadError       = &Class{Name: "IncompleteReadError", Module: "asyncio.exceptions", Base: EOFError}
	LimitOverrunError         = &Class{Name: "LimitOverrunError", Module: "asyncio.exceptions", Base: Exception_}
	SendfileNotAvailableError = &Class{Name: "SendfileNotAvailableError", Module: "asyncio.exceptions", Base: RuntimeError}
)

// Raise panics with a new exception; the panic is how Python exceptions
// travel through generated Go.
func Raise(cls *Class, args ...any) {
	panic(New(cls, args...))
}

// New builds an exception instance: New(ValueError, "x") is ValueError('x').
// Exception groups take (message, exceptions) like their Python constructor
// and get the same validation.
func New(cls *Class, args ...any) *Exception {
	e := &Exception{Class: cls, Args: args, fresh: true}
	if cls.IsSubclass(BaseExceptionGroup) {
		initGroup(e)
	}
	if cls.IsSubclass(OSError) {
		initOSError(e)
	}
	if cls.IsSubclass(ReError) {
		initReError(e)
	}
	return e
}

func initGroup(e *Exception) {
	name := e.Class.Name
	if len(e.Args) != 2 {
		panic(New(TypeError, fmt.Sprintf("%s.__new__() takes exactly 2 arguments (%d given)", name, len(e.Args))))
	}
	msg, ok := e.Args[0].(string)
	if !ok {
		panic(New(TypeError, fmt.Sprintf("argument 1 must be str, not %s", TypeName(e.Args[0]))))
	}
	var members []*Exception
	switch xs := e.Args[1].(type) {
	case []*Exception:
		members = xs
		items := make([]any, len(xs))
		for i, x := range xs {
			items[i] = x
		}
		e.Args[1] = NewList(items...)
	case *List, Tuple:
		for _, x := range py2slice(xs) {
			m, ok := x.(*Exception)
			if !ok {
				panic(New(ValueError, fmt.Sprintf("Item %d of second argument (exceptions) is not an exception", len(members))))
			}
			members = append(members, m)
		}
	default:
		panic(New(TypeError, "second argument (exceptions) must be a sequence"))
	}
	if len(members) == 0 {
		panic(New(ValueError, "second argument (exceptions) must be a non-empty sequence"))
	}
	allExceptions := true
	for _, m := range members {
		if !m.Is(Exception_) {
			allExceptions = false
		}
	}
	if e.Class == BaseExceptionGroup && allExceptions {
		e.Class = ExceptionGroup
	}
	if !allExceptions && e.Class.IsSubclass(Exception_) {
		panic(New(TypeError, "Cannot nest BaseExceptions in an "+name))
	}
	e.Message = msg
	e.Exceptions = members
}

// NewGroup builds ExceptionGroup(msg, excs), or BaseExceptionGroup when a
// member is not an Exception, as TaskGroup does.
func NewGroup(msg string, excs []*Exception) *Exception {
	return New(BaseExceptionGroup, msg, excs)
}

// IsGroup reports whether e is a (Base)ExceptionGroup.
func (e *Exception) IsGroup() bool { return e != nil && e.Class.IsSubclass(BaseExceptionGroup) }

// ExcStr is str(exc): a user class's __str__, else BaseException's.
func ExcStr(e *Exception) string {
	if m := e.Class.userMethod("__str__"); m != nil {
		return reprResult(callBound(m, e, nil), "__str__")
	}
	return excStrDefault(e)
}

func excStrDefault(e *Exception) string {
	if e.IsGroup() {
		n := len(e.Exceptions)
		s := "s"
		if n == 1 {
			s = ""
		}
		return fmt.Sprintf("%s (%d sub-exception%s)", e.Message, n, s)
	}
	if s, ok := osErrorStr(e); ok {
		return s
	}
	if s, ok := unicodeErrorStr(e); ok {
		return s
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class.IsSubclass(KeyError) {
			return Repr(e.Args[0])
		}
		return Str(e.Args[0])
	}
	return Repr(Tuple(e.Args))
}

// ExcRepr is repr(exc): ValueError('x'), CancelledError(), E(1, 2).
func ExcRepr(e *Exception) string {
	if m := e.Class.userMethod("__repr__"); m != nil {
		return reprResult(callBound(m, e, nil), "__repr__")
	}
	return excReprDefault(e)
}

func excReprDefault(e *Exception) string {
	if len(e.Args) == 1 {
		return e.Class.Name + "(" + Repr(e.Args[0]) + ")"
	}
	return e.Class.Name + Repr(Tuple(e.Args))
}

// PyRepr makes classes printable: <class 'ValueError'>.
func (c *Class) PyRepr() string {
	if c.enum != nil || isEnumBase(c) {
		if c.IsSubclass(FlagType) {
			return "<flag '" + c.Name + "'>"
		}
		return "<enum '" + c.Name + "'>"
	}
	if c.Module == "" || c.Module == "builtins" {
		return "<class '" + c.Name + "'>"
	}
	return "<class '" + c.Module + "." + c.qualName() + "'>"
}

// Call constructs an instance: calling ValueError("x") or int("3").
func (c *Class) Call(args []any, kw []KW) any {
	if c == NamedTupleType {
		return typingNamedTuple(args, kw)
	}
	if c == TypedDictType {
		Unsupported("TypedDict's functional form (TypedDict('Name', {...}))")
	}
	if c.typedDict {
		return DictType.construct(args, kw)
	}
	if c.enum != nil {
		return enumLookup(c, args, kw)
	}
	if isEnumBase(c) {
		return enumFunctional(c, args, kw)
	}
	if c.Dict != nil {
		return c.newInstance(args, kw)
	}
	for k := c; k != nil && !k.IsSubclass(BaseException); k = k.Base {
		if k.construct != nil {
			if (k == IntType || k == FloatType) && len(args) > 0 {
				// int(x) of an int subclass's instance is its value.
				args = append([]any{baseOf(args[0])}, args[1:]...)
			}
			return k.construct(args, kw)
		}
	}
	if len(kw) > 0 {
		panic(New(TypeError, c.Name+"() takes no keyword arguments"))
	}
	return New(c, append([]any(nil), args...)...)
}

// IsInstance reports isinstance(v, c).
func (c *Class) IsInstance(v any) bool {
	if c.Dict != nil && c.isProtocol() {
		panic(New(TypeError, "Instance and class checks can only be used with @runtime_checkable protocols"))
	}
	if c.typedDict {
		typedDictCheck()
	}
	switch x := v.(type) {
	case *Exception:
		return x.Class.IsSubclass(c)
	case *Instance:
		return x.Class.IsSubclass(c)
	}
	if c.instance != nil {
		return c.instance(v)
	}
	if c == ObjectType {
		return true
	}
	return false
}

// ExcMatches is the test of `except clsOrTuple:`.
func ExcMatches(exc *Exception, clsOrTuple any) bool {
	if exc == nil {
		return false
	}
	switch c := clsOrTuple.(type) {
	case *Class:
		if !c.IsSubclass(BaseException) {
			panic(New(TypeError, "catching classes that do not inherit from BaseException is not allowed"))
		}
		return exc.Class.IsSubclass(c)
	case Tuple:
		for _, x := range c {
			if ExcMatches(exc, x) {
				return true
			}
		}
		return false
	}
	panic(New(TypeError, "catching classes that do not inherit from BaseException is not allowed"))
}

// Split implements one `except* cond:` clause: match holds the leaves that
// match cond (nil if none), rest the others (nil if none). Groups keep
// their message, cause, context and traceback; a bare exception that
// matches is wrapped into ExceptionGroup(”, [exc]).
func (e *Exception) Split(cond any) (match, rest *Exception) {
	if catchesGroups(cond) {
		panic(New(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead."))
	}
	return e.split(cond)
}

// split is BaseExceptionGroup.split (which, unlike except*, accepts group
// classes).
func (e *Exception) split(cond any) (match, rest *Exception) {
	if e == nil {
		return nil, nil
	}
	if !e.IsGroup() {
		if ExcMatches(e, cond) {
			g := New(BaseExceptionGroup, "", Tuple{e})
			g.Traceback = e.Traceback
			return g, nil
		}
		return nil, e
	}
	if ExcMatches(e, cond) {
		return e, nil
	}
	var ms, rs []*Exception
	for _, sub := range e.Exceptions {
		var m, r *Exception
		if sub.IsGroup() {
			m, r = sub.split(cond)
		} else if ExcMatches(sub, cond) {
			m = sub
		} else {
			r = sub
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	return e.derive(ms), e.derive(rs)
}

// derive copies a group's identity onto a subset of its members, as
// BaseExceptionGroup.derive plus the metadata copy split() performs.
func (e *Exception) derive(members []*Exception) *Exception {
	if len(members) == 0 {
		return nil
	}
	if len(members) == len(e.Exceptions) {
		same := true
		for i := range members {
			if members[i] != e.Exceptions[i] {
				same = false
			}
		}
		if same {
			return e
		}
	}
	cls := e.Class
	if cls != ExceptionGroup && cls != BaseExceptionGroup {
		cls = BaseExceptionGroup
	}
	g := New(cls, e.Message, members)
	g.Cause, g.Context, g.SuppressContext = e.Cause, e.Context, e.SuppressContext
	g.Traceback = e.Traceback
	return g
}

// ExitCode interprets SystemExit: exit(None) and exit() are status 0,
// exit(int) is that status, anything else is printed to stderr with status 1.
func ExitCode(exc *Exception) (code int, message string) {
	var arg any
	switch len(exc.Args) {
	case 0:
		return 0, ""
	case 1:
		arg = exc.Args[0]
	default:
		arg = Tuple(exc.Args)
	}
	switch v := arg.(type) {
	case nil:
		return 0, ""
	case bool:
		if v {
			return 1, ""
		}
		return 0, ""
	case int:
		return v, ""
	}
	return 1, Str(arg)
}

func catchesGroups(cond any) bool {
	switch c := cond.(type) {
	case *Class:
		return c.IsSubclass(BaseExceptionGroup)
	case Tuple:
		for _, x := range c {
			if catchesGroups(x) {
				return true
			}
		}
	}
	return false
}
