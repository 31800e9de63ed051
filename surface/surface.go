package surface

import (
	"sort"
	"strings"
)

// Kind says what a module attribute is.
type Kind int

const (
	// Func is a function: calls bind their arguments to Params and call Go.
	Func Kind = iota
	// Value is a module-level value (sys.stdout, asyncio.FIRST_COMPLETED).
	Value
	// Class is an exception class (py.X); it can be raised, caught and
	// called to make an instance.
	Class
	// Name is importable and usable where the translator reads it
	// statically (isinstance(t, asyncio.Task)), but has no run-time value.
	Name
)

// Type is the static result type of an entry, in the terms of ir.Infer.
type Type int

const (
	Unknown Type = iota // Infer claims nothing (the result is Any)
	None
	Bool
	Int
	Float
	Str
	StrList   // list[str]
	TextIO    // a stream object (sys.stdout)
	ElemOf0   // an element of the first argument (random.choice)
	ListOf0   // a list of elements of the first argument (random.sample)
	AsyncSpec // an asyncio operation Infer types by its own rules
)

// noDefault marks a required parameter.
type noDefault struct{}

// Required is the Default of a parameter that must be passed.
var Required any = noDefault{}

// Param is one parameter of a library function.
type Param struct {
	Name string
	// Default is the value used when the argument is omitted: Required, nil
	// (Python's None), an int, a bool or a string.
	Default any
	KwOnly  bool
	PosOnly bool // may not be passed by keyword
}

// IsRequired reports whether the parameter has no default.
func (p Param) IsRequired() bool { return p.Default == Required }

// Entry is one supported module attribute.
type Entry struct {
	Module, Name string
	Kind         Kind
	Params       []Param
	// VarArgs: extra positional arguments are passed to the Go function's
	// variadic parameter.
	VarArgs bool
	// VarKw: the entry takes *args and **kwargs after its positional
	// Params; the Go function gets them as (args []any, kw []py.KW) after
	// the parameters.
	VarKw bool
	// MaxArgs bounds the positional arguments of a VarArgs entry (0: none).
	MaxArgs int
	Result  Type
	// Go is the Go symbol, "rt.Name" or "py.Name": the function a call
	// invokes with the bound arguments, or the variable (or function of no
	// arguments, when GoCall) a Value reads. Empty when the entry has no
	// run-time value of its own (asyncio ops lowered specially; Names).
	Go     string
	GoCall bool // a Value read by calling Go with no arguments
	// Const is a Value's constant (an int or a string) when Go is empty.
	Const any
	// GoResult is the Go function's result type when it is not any:
	// "float64" or "string". Codegen keeps such values unboxed.
	GoResult string
	Void     bool // the Go function returns nothing; the call's value is None
	Await    bool // the call returns an awaitable
	// AsyncOp is true for asyncio operations lowered to ir.AsyncCall; the
	// frontend maps the name to its ir.AsyncOp.
	AsyncOp bool
	// AsValue: the function may be used as a value (passed to to_thread or
	// call_soon); calls through the value take positional arguments only.
	AsValue bool
	// Doc is the README's note on the entry ("" for none).
	Doc string
}

// Qualified is "module.name".
func (e *Entry) Qualified() string { return e.Module + "." + e.Name }

// GoPkg and GoName split Go into its package ("rt" or "py") and name.
func (e *Entry) GoPkg() string {
	pkg, _, _ := strings.Cut(e.Go, ".")
	return pkg
}

func (e *Entry) GoName() string {
	_, name, _ := strings.Cut(e.Go, ".")
	return name
}

// Arity is the number of required and of all positional parameters.
func (e *Entry) Arity() (min, max int) {
	for _, p := range e.Params {
		if p.KwOnly {
			continue
		}
		if p.IsRequired() {
			min++
		}
		max++
	}
	return min, max
}

// Module describes one importable module.
type Module struct {
	Name string
	// Coverage is README's summary of what the module offers.
	Coverage string
	// AnnotationOnly: the module may be imported, but its names may only be
	// used in annotations (typing).
	AnnotationOnly bool
}

var (
	modules   = map[string]*Module{}
	order     []*Module // registration order, as hints and README list them
	entries   = map[string]map[string]*Entry{}
	hintNames = map[string]map[string]bool{}
)

// The modules in the order hints and README list them.
func init() {
	registerCore()
	registerLogging()
	registerCollections()
	registerSmall()
	registerItertools()
	registerMath()
	registerStatistics()
	registerFractions()
	registerDecimal()
	registerIO()
	registerContextlib()
	registerOperator()
	registerString()
	registerTextwrap()
	registerRe()
	registerInternal()
	registerThreading()
	registerFutures()
	registerQueue()
	registerContextvars()
	registerInspect()
	registerJSON()
	registerDatetime()
	registerUUID()
	registerTraceback()
	registerOS()
	registerArgparse()
	registerWarnings()
	registerHashlib()
	registerBase64()
}

func addModule(m *Module, es []*Entry) {
	if modules[m.Name] != nil {
		panic("surface: module " + m.Name + " registered twice")
	}
	modules[m.Name] = m
	order = append(order, m)
	attrs := map[string]*Entry{}
	for _, e := range es {
		e.Module = m.Name
		if attrs[e.Name] != nil {
			panic("surface: duplicate entry " + e.Qualified())
		}
		attrs[e.Name] = e
	}
	entries[m.Name] = attrs
}

// LookupModule returns the module named name, or nil when it cannot be
// imported.
func LookupModule(name string) *Module { return modules[name] }

// Lookup returns the supported attribute module.name, or nil.
func Lookup(module, name string) *Entry { return entries[module][name] }

// HintOnly reports whether module.name may be imported and used in
// annotations only (typing names, asyncio classes without run-time values).
func HintOnly(module, name string) bool { return hintNames[module][name] }

// Modules returns the importable modules in registration order.
func Modules() []*Module { return order }

// Entries returns a module's supported attributes sorted by name.
func Entries(module string) []*Entry {
	var es []*Entry
	for _, e := range entries[module] {
		es = append(es, e)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].Name < es[j].Name })
	return es
}

// words splits a space-separated list.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Parameter constructors keep the tables short.
func req(name string) Param             { return Param{Name: name, Default: Required} }
func opt(name string, def any) Param    { return Param{Name: name, Default: def} }
func kwonly(name string, def any) Param { return Param{Name: name, Default: def, KwOnly: true} }
func posonly(p Param) Param             { p.PosOnly = true; return p }
