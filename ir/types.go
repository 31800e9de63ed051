package ir

import "strings"

// Type is a static type found by Infer. Any is the dynamic fallback: a value
// whose type no single static type describes. Codegen may use a precise type
// to emit specialised Go, and must treat Any (or a nil Type) as dynamic.
type Type interface {
	String() string
}

type Kind int

const (
	KAny Kind = iota
	KNone
	KBool
	KInt
	KFloat
	KStr
	KRange
)

// Basic is a scalar type.
type Basic struct{ K Kind }

var (
	Any   Type = &Basic{KAny}
	None  Type = &Basic{KNone}
	Bool  Type = &Basic{KBool}
	Int   Type = &Basic{KInt}
	Float Type = &Basic{KFloat}
	Str   Type = &Basic{KStr}
	Range Type = &Basic{KRange}
)

func (b *Basic) String() string {
	return [...]string{"Any", "None", "bool", "int", "float", "str", "range"}[b.K]
}

type List struct{ Elem Type }
type Set struct{ Elem Type }
type Dict struct{ Key, Value Type }
type Tuple struct{ Elems []Type }

// Func is a plain or async function; for an async function Result is the
// coroutine's result, and calling it yields a Coro.
type Func struct {
	Params  []Type
	Result  Type
	IsAsync bool
}

// Coro, Task and Future carry the result type of the awaitable.
type Coro struct{ Result Type }
type Task struct{ Result Type }
type Future struct{ Result Type }

// Object is an opaque library object: "EventLoop", "Queue", "Lock", "Event",
// "Condition", "Semaphore", "TaskGroup", "Timeout", "Exception:ValueError", ...
// Elem is the element type of objects that hold or yield values (a Queue's
// items; what an "enumerate", "zip", "map", "generator" or "dict_keys" object
// yields when iterated); nil for the others.
type Object struct {
	Name string
	Elem Type
}

func (t *List) String() string   { return "list[" + str(t.Elem) + "]" }
func (t *Set) String() string    { return "set[" + str(t.Elem) + "]" }
func (t *Dict) String() string   { return "dict[" + str(t.Key) + ", " + str(t.Value) + "]" }
func (t *Coro) String() string   { return "Coroutine[" + str(t.Result) + "]" }
func (t *Task) String() string   { return "Task[" + str(t.Result) + "]" }
func (t *Future) String() string { return "Future[" + str(t.Result) + "]" }
func (t *Object) String() string {
	if t.Elem != nil {
		return t.Name + "[" + t.Elem.String() + "]"
	}
	return t.Name
}
func (t *Tuple) String() string {
	parts := make([]string, len(t.Elems))
	for i, e := range t.Elems {
		parts[i] = str(e)
	}
	return "tuple[" + strings.Join(parts, ", ") + "]"
}
func (t *Func) String() string {
	parts := make([]string, len(t.Params))
	for i, e := range t.Params {
		parts[i] = str(e)
	}
	prefix := ""
	if t.IsAsync {
		prefix = "async "
	}
	return prefix + "(" + strings.Join(parts, ", ") + ") -> " + str(t.Result)
}

func str(t Type) string {
	if t == nil {
		return "?"
	}
	return t.String()
}

// IsAny reports whether t is the dynamic fallback (or was never inferred).
func IsAny(t Type) bool { return t == nil || t == Any }
