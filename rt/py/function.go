package py

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// Function is every callable value that is not a class: user functions and
// lambdas used as values, builtins, and bound methods of builtin types and
// runtime objects.
type Function struct {
	Name, QualName, File string
	Line                 int
	Fn                   func(args []any, kw []KW) any

	// Self is the receiver of a bound method; Builtin marks functions
	// implemented by the runtime, which print as <built-in ...>.
	Self    any
	Builtin bool
	// ReprText, when set, replaces the computed repr (runtime objects whose
	// CPython methods print as <bound method Queue.put of <Queue ...>>).
	ReprText string
	class    *Class // builtin classes used as values (Builtin("int"))
	// unbound marks a builtin class's method taken from the class
	// (object.__init__): reading it through an instance binds it.
	unbound bool
	// method is the function a bound method was made from (__func__).
	method *Function
	// Doc is __doc__ (a string, or nil for None).
	Doc any
	// Attrs holds attributes user code sets on the function.
	Attrs map[string]any
	// Kind says whether calling the function makes a coroutine or a
	// generator (inspect's predicates).
	Kind FuncKind
}

// FuncKind is what calling a def returns: a value, a coroutine, a
// generator or an async generator (CPython's CO_COROUTINE and friends).
type FuncKind uint8

const (
	FuncPlain FuncKind = iota
	FuncCoroutine
	FuncGenerator
	FuncAsyncGen
)

// Call calls the function.
func (f *Function) Call(args []any, kw []KW) any { return f.Fn(args, kw) }

func (f *Function) typeName() string {
	switch {
	case f.Builtin:
		return "builtin_function_or_method"
	case f.Self != nil:
		return "method"
	}
	return "function"
}

// PyRepr prints like CPython: <function f at 0x...>,
// <built-in function len>, <built-in method append of list object at 0x...>.
func (f *Function) PyRepr() string {
	if f.ReprText != "" {
		return f.ReprText
	}
	switch {
	case f.Builtin && f.Self != nil:
		return "<built-in method " + f.Name + " of " + TypeName(f.Self) + " object at " + addrHex(f.Self) + ">"
	case f.Builtin:
		return "<built-in function " + f.Name + ">"
	case f.Self != nil:
		return "<bound method " + f.qualName() + " of " + Repr(f.Self) + ">"
	}
	return "<function " + f.qualName() + " at " + addrHex(f) + ">"
}

func (f *Function) qualName() string {
	if f.QualName != "" {
		return f.QualName
	}
	return f.Name
}

// NewMethod makes a bound builtin method of self, for AttrGetter
// implementations.
func NewMethod(name string, self any, fn func(args []any, kw []KW) any) *Function {
	return &Function{Name: name, QualName: name, Fn: fn, Self: self, Builtin: true}
}

// NewBuiltin makes a module-level builtin function such as len.
func NewBuiltin(name string, fn func(args []any, kw []KW) any) *Function {
	return &Function{Name: name, QualName: name, Fn: fn, Builtin: true}
}

// Signature describes a Python parameter list; Bind maps call arguments
// onto it with CPython's error messages.
type Signature struct {
	Name, QualName, File string
	Line                 int
	Params               []string
	NumPosOnly           int
	Defaults             []any // for the trailing Params
	VarArgs              string
	KwOnly               []string
	KwDefaults           map[string]any
	VarKw                string
	// Doc is the docstring (nil when there is none), for __doc__.
	Doc any
	// Kind is the def's kind (async def, generator...).
	Kind FuncKind
}

// NewFunction wraps a Go body taking bound arguments (see Signature.Bind).
func NewFunction(sig *Signature, fn func(bound []any) any) *Function {
	if sig.File != "" && sig.Line > 0 {
		RegisterFrameName(sig.File, sig.Line, sig.Name)
	}
	return &Function{
		Name: sig.Name, QualName: sig.QualName, File: sig.File, Line: sig.Line, Doc: sig.Doc, Kind: sig.Kind,
		Fn: func(args []any, kw []KW) any { return fn(sig.Bind(args, kw)) },
	}
}

func (s *Signature) errName() string {
	if s.QualName != "" {
		return s.QualName + "()"
	}
	return s.Name + "()"
}

func (s *Signature) fail(format string, a ...any) {
	panic(New(TypeError, s.errName()+" "+fmt.Sprintf(format, a...)))
}

// Bind returns one value per Param, then the *args Tuple (if VarArgs), then
// one value per KwOnly, then the **kw *Dict (if VarKw).
func (s *Signature) Bind(args []any, kw []KW) []any {
	np := len(s.Params)
	if len(args) == np && len(kw) == 0 && s.VarArgs == "" && len(s.KwOnly) == 0 && s.VarKw == "" {
		// Every parameter given by position: the slots are the arguments
		// (callers hand Bind a slice of their own).
		return args
	}
	out := make([]any, np, np+len(s.KwOnly)+2)
	set := make([]bool, np)
	nPos := len(args)
	if nPos > np && s.VarArgs == "" {
		s.tooManyPositional(nPos, kw)
	}
	for i := 0; i < nPos && i < np; i++ {
		out[i], set[i] = args[i], true
	}
	var extra Tuple
	if s.VarArgs != "" {
		extra = Tuple{}
		if nPos > np {
			extra = append(Tuple{}, args[np:]...)
		}
	}
	kwVals := make([]any, len(s.KwOnly))
	kwSet := make([]bool, len(s.KwOnly))
	var varKw *Dict
	if s.VarKw != "" {
		varKw = NewDict()
	}
	var posOnlyAsKw []string
	for _, k := range kw {
		idx := indexOf(s.Params, k.Name)
		if idx >= 0 && idx < s.NumPosOnly {
			idx = -1
			if varKw == nil {
				posOnlyAsKw = append(posOnlyAsKw, k.Name)
				continue
			}
		}
		if idx >= 0 {
			if set[idx] {
				s.fail("got multiple values for argument '%s'", k.Name)
			}
			out[idx], set[idx] = k.Value, true
			continue
		}
		if j := indexOf(s.KwOnly, k.Name); j >= 0 {
			if kwSet[j] {
				s.fail("got multiple values for argument '%s'", k.Name)
			}
			kwVals[j], kwSet[j] = k.Value, true
			continue
		}
		if varKw == nil {
			s.fail("got an unexpected keyword argument '%s'", k.Name)
		}
		if varKw.Contains(k.Name) {
			s.fail("got multiple values for keyword argument '%s'", k.Name)
		}
		varKw.Set(k.Name, k.Value)
	}
	if len(posOnlyAsKw) > 0 {
		s.fail("got some positional-only arguments passed as keyword arguments: '%s'", strings.Join(posOnlyAsKw, ", "))
	}
	firstDefault := np - len(s.Defaults)
	var missing []string
	for i := range out {
		if set[i] {
			continue
		}
		if i >= firstDefault {
			out[i] = s.Defaults[i-firstDefault]
			continue
		}
		missing = append(missing, s.Params[i])
	}
	if len(missing) > 0 {
		s.fail("missing %d required positional argument%s: %s", len(missing), plural(len(missing)), quoteList(missing))
	}
	missing = nil
	for j, name := range s.KwOnly {
		if kwSet[j] {
			continue
		}
		if d, ok := s.KwDefaults[name]; ok {
			kwVals[j] = d
			continue
		}
		missing = append(missing, name)
	}
	if len(missing) > 0 {
		s.fail("missing %d required keyword-only argument%s: %s", len(missing), plural(len(missing)), quoteList(missing))
	}
	if s.VarArgs != "" {
		out = append(out, extra)
	}
	out = append(out, kwVals...)
	if varKw != nil {
		out = append(out, varKw)
	}
	return out
}

func (s *Signature) tooManyPositional(given int, kw []KW) {
	np := len(s.Params)
	minArgs := np - len(s.Defaults)
	var takes string
	if len(s.Defaults) > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", minArgs, np)
	} else {
		takes = fmt.Sprintf("%d positional argument%s", np, plural(np))
	}
	kwOnlyGiven := 0
	for _, k := range kw {
		if indexOf(s.KwOnly, k.Name) >= 0 {
			kwOnlyGiven++
		}
	}
	was := "was"
	if given != 1 {
		was = "were"
	}
	if kwOnlyGiven > 0 {
		s.fail("takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			takes, given, plural(given), kwOnlyGiven, plural(kwOnlyGiven))
	}
	s.fail("takes %s but %d %s given", takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// quoteList renders 'a', 'a' and 'b', or 'a', 'b', and 'c' as CPython does.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// Call calls any callable value.
func Call(fn any, args []any, kw []KW) any {
	if len(kw) > 1 {
		checkDupKw(fn, kw)
	}
	switch f := fn.(type) {
	case *Function:
		return f.Fn(args, kw)
	case Callable:
		return f.Call(args, kw)
	}
	panic(New(TypeError, fmt.Sprintf("'%s' object is not callable", TypeName(fn))))
}

// checkDupKw raises CPython's DICT_MERGE error for a keyword given twice: the frontend rejects
// literal duplicates, so they come from a ** spread, and CPython names the callee as
// _PyObject_FunctionStr does (module-qualified unless builtin).
func checkDupKw(fn any, kw []KW) {
	for i := 1; i < len(kw); i++ {
		for j := 0; j < i; j++ {
			if kw[i].Name == kw[j].Name {
				panic(New(TypeError, functionStr(fn)+" got multiple values for keyword argument '"+kw[i].Name+"'"))
			}
		}
	}
}

// functionStr is _PyObject_FunctionStr: "__main__.f()", "__main__.C.m()", "print()".
func functionStr(fn any) string {
	switch f := fn.(type) {
	case *Function:
		if f.Builtin {
			return f.qualName() + "()"
		}
		return "__main__." + f.qualName() + "()"
	case *Class:
		if f.Module == "" || f.Module == "builtins" {
			return f.Name + "()"
		}
		return f.Module + "." + f.Name + "()"
	}
	return Str(fn)
}

// Callable0 is callable(x).
func IsCallable(x any) bool {
	switch v := x.(type) {
	case *Instance:
		_, ok := v.Class.lookup("__call__")
		return ok
	case *Function, Callable:
		return true
	}
	return false
}

// Fake but stable object addresses: CPython prints heap addresses in
// reprs; tests only need them to look right and stay constant per object.
var (
	addrMu   sync.Mutex
	addrs    = map[any]uintptr{}
	nextAddr = uintptr(0x7f1c2a3b4000)
)

// Addr returns the fake address id(x) would be based on.
func Addr(x any) uintptr {
	if t := reflect.TypeOf(x); t != nil && !t.Comparable() {
		v := reflect.ValueOf(x)
		switch v.Kind() {
		case reflect.Slice, reflect.Map, reflect.Func, reflect.Pointer:
			x = v.Pointer()
		default:
			x = t.String()
		}
	}
	addrMu.Lock()
	defer addrMu.Unlock()
	if a, ok := addrs[x]; ok {
		return a
	}
	nextAddr += 0x30
	addrs[x] = nextAddr
	return nextAddr
}

func addrHex(x any) string { return fmt.Sprintf("0x%x", Addr(x)) }
