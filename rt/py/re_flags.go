package py

import (
	"strings"
	"sync"
)

// re.RegexFlag: the flags are members of an IntFlag, as CPython 3.11's
// re/__init__.py declares them (@global_enum, boundary=KEEP,
// __str__ = object.__str__, _numeric_repr_ = hex), so repr and str are
// "re.IGNORECASE|re.MULTILINE" while the operators see the int. The class
// is built on the enum machinery (class_enum.go); its enumInfo.global
// selects global_flag_repr.

// reRegexFlag builds the class on first use: the enum machinery needs
// int's constructor, which types.go's init installs after this file's
// would run.
var reRegexFlag = sync.OnceValue(func() *Class {
	ns := NewDict()
	ns.Set("__module__", "re")
	// Definition order, each alias after its member: __members__ and the
	// names of combinations follow it.
	for _, m := range []struct {
		name, alias string
		v           int
	}{
		{"NOFLAG", "", 0}, {"ASCII", "A", reASCII}, {"IGNORECASE", "I", reIgnoreCase},
		{"LOCALE", "L", reLocale}, {"UNICODE", "U", reUnicode}, {"MULTILINE", "M", reMultiline},
		{"DOTALL", "S", reDotAll}, {"VERBOSE", "X", reVerbose}, {"TEMPLATE", "T", reFlagTemplate},
		{"DEBUG", "", reDebug},
	} {
		ns.Set(m.name, m.v)
		if m.alias != "" {
			ns.Set(m.alias, m.v)
		}
	}
	c := MakeClass("RegexFlag", "RegexFlag", Tuple{IntFlagType}, ns)
	c.Module = "re"
	c.enum.global = true
	return c
})

func reFlag(name string) any { return reRegexFlag().enum.byName[name] }

// ReRegexFlag is re.RegexFlag.
func ReRegexFlag() any { return reRegexFlag() }

// The members, read by the translated program as re.I, re.IGNORECASE, ...
func ReFlagNoFlag() any     { return reFlag("NOFLAG") }
func ReFlagASCII() any      { return reFlag("ASCII") }
func ReFlagIgnoreCase() any { return reFlag("IGNORECASE") }
func ReFlagLocale() any     { return reFlag("LOCALE") }
func ReFlagUnicode() any    { return reFlag("UNICODE") }
func ReFlagMultiline() any  { return reFlag("MULTILINE") }
func ReFlagDotAll() any     { return reFlag("DOTALL") }
func ReFlagVerbose() any    { return reFlag("VERBOSE") }
func ReFlagTemplate() any   { return reFlag("TEMPLATE") }
func ReFlagDebug() any      { return reFlag("DEBUG") }

// globalFlagRepr is enum.global_flag_repr with _numeric_repr_ = hex: the
// module's name before each member name, unknown bits as hex.
func globalFlagRepr(o *Instance) string {
	n, _ := o.getField("_name_")
	v, _ := o.getField("_value_")
	if n == nil {
		return o.Class.Module + "." + o.Class.Name + "(" + Repr(v) + ")"
	}
	var out string
	for i, part := range strings.Split(n.(string), "|") {
		if i > 0 {
			out += "|"
		}
		if part[0] >= '0' && part[0] <= '9' {
			out += part
			continue
		}
		out += o.Class.Module + "." + part
	}
	return out
}
