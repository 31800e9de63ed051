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

// missingAttr is the error for x.name that rt/py cannot resolve: AttributeError when CPython
// has no such attribute either, else a stop naming the unsupported feature.
func missingAttr(x any, name string, call bool) *Exception {
	tname := TypeName(x)
	if c, ok := x.(*Class); ok {
		tname = c.Name
	}
	if realAttr(tname, name) {
		feature := tname + "." + name
		if call {
			feature += "()"
		}
		Unsupported(feature)
	}
	return noAttr(x, name)
}
