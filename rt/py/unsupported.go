package py

import "strings"

// UnsupportedStatus is the exit status of a program stopped by Unsupported: distinct from 1
// (an uncaught Python exception), 2 (input rejected by the translator) and 3 (deadlock).
const UnsupportedStatus = 4

// UnsupportedFeature is panicked by Unsupported. It is not a Python exception, so no except
// clause catches it: rt.RunProgram prints its message and exits with UnsupportedStatus.
type UnsupportedFeature struct{ Feature string }

func (u *UnsupportedFeature) Error() string {
	return "pyasync2go: " + u.Feature + " is a Python feature that pyasync2go does not support"
}

// Unsupported stops the program: feature (e.g. "str.__len__()") exists in CPython, but
// pyasync2go does not implement it, and raising the AttributeError or TypeError CPython would
// never raise would make the program behave differently without saying so.
func Unsupported(feature string) {
	panic(&UnsupportedFeature{Feature: feature})
}

// realAttr reports whether name is an attribute of the builtin type tname in CPython 3.11
// (pytables.go).
func realAttr(tname, name string) bool {
	names, ok := pyTypeAttrs[tname]
	return ok && strings.Contains(" "+names+" ", " "+name+" ")
}

// realInstanceAttr reports whether name is an attribute CPython 3.11 gives an instance of the
// standard library class x models (asyncio.Semaphore, threading.Lock, ...; pytables.go), private
// ones included: a tutorial's sem._value must not raise an AttributeError CPython would not.
func realInstanceAttr(x any, name string) bool {
	m, ok := x.(TypeModuler)
	if !ok {
		return false
	}
	names, ok := pyInstanceAttrs[m.PyTypeModule()+"."+TypeName(x)]
	return ok && strings.Contains(" "+names+" ", " "+name+" ")
}

// missingAttr is the error for x.name that rt/py cannot resolve: AttributeError when CPython
// has no such attribute either, else a stop naming the unsupported feature.
func missingAttr(x any, name string, call bool) *Exception {
	tname := TypeName(x)
	if c, ok := x.(*Class); ok {
		tname = c.Name
	}
	if realAttr(tname, name) || realInstanceAttr(x, name) {
		feature := tname + "." + name
		if call {
			feature += "()"
		}
		Unsupported(feature)
	}
	return noAttr(x, name)
}

// partialTypes are the builtin types rt/py models only in part: an operator that finds no
// implementation for them may be one CPython has (Counter + Counter), so it must not raise the
// TypeError CPython would not raise. The fully modelled types (int, str, list, ...) answer every
// operator CPython gives them, so for those the TypeError is CPython's own.
var partialTypes = map[string]bool{"Counter": true, "deque": true, "defaultdict": true, "OrderedDict": true}

// unsupportedOperator stops the program when a op b failed but CPython's type of a defines the
// operator's method, or b's the reflected one.
func unsupportedOperator(op string, a, b any) {
	names, ok := binaryNames[op]
	if !ok {
		return
	}
	if ta := TypeName(a); partialTypes[ta] && realAttr(ta, names[0]) {
		Unsupported(ta + "." + names[0] + "()")
	}
	if tb := TypeName(b); partialTypes[tb] && realAttr(tb, names[1]) {
		Unsupported(tb + "." + names[1] + "()")
	}
}

// UnimplementedMethod reports whether name is an attribute CPython 3.11's
// builtin type tname ("str", "list", ...) has, and rt/py neither implements
// as a method nor resolves as an attribute, so that calling it stops the
// program as unsupported. The translator reads it (through the surface
// registry) to reject such a call at translation time when it knows the
// receiver's type.
func UnimplementedMethod(tname, name string) bool {
	names, modelled := methodNames[tname]
	if !modelled || !realAttr(tname, name) || strings.Contains(" "+names+" ", " "+name+" ") {
		return false
	}
	sample, ok := typeSample(tname)
	if !ok {
		return false
	}
	_, resolved := LookupAttr(sample, name)
	return !resolved
}

// typeSample is a value of the builtin type tname, for attribute lookups
// that depend only on the type.
func typeSample(tname string) (any, bool) {
	switch tname {
	case "str":
		return "", true
	case "list":
		return NewList(), true
	case "tuple":
		return Tuple{}, true
	case "dict":
		return NewDict(), true
	case "set":
		return NewSet(), true
	case "frozenset":
		return NewFrozenSet(), true
	case "int":
		return 0, true
	case "bool":
		return false, true
	case "float":
		return 0.0, true
	case "range":
		return NewRange(0), true
	case "bytes":
		return Bytes(""), true
	case "bytearray":
		return &ByteArray{}, true
	}
	return nil, false
}
