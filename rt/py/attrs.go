package py

import (
	"math"
	"math/big"
	"strings"
)

// AttrSetter is implemented by objects that accept attribute assignment.
type AttrSetter interface {
	PySetAttr(name string, v any) bool
}

func noAttr(x any, name string) *Exception {
	var e *Exception
	if c, ok := x.(*Class); ok {
		e = New(AttributeError, "type object '"+c.Name+"' has no attribute '"+name+"'")
	} else {
		e = New(AttributeError, "'"+TypeName(x)+"' object has no attribute '"+name+"'")
	}
	// AttributeError.name and .obj, which suggestions read.
	e.Attrs = map[string]any{"name": name, "obj": x}
	return e
}

// methodNames lists the methods CallMethod implements per builtin type, so
// GetAttr can hand out bound methods.
var methodNames = map[string]string{
	"list":       "append extend insert pop remove index count sort reverse clear copy",
	"tuple":      "index count",
	"dict":       "get keys values items pop popitem setdefault update copy clear fromkeys",
	"set":        "add discard remove pop clear copy union intersection difference symmetric_difference update intersection_update difference_update symmetric_difference_update issubset issuperset isdisjoint",
	"frozenset":  "copy union intersection difference symmetric_difference issubset issuperset isdisjoint",
	"str":        "join split rsplit strip lstrip rstrip upper lower replace startswith endswith find rfind index rindex format format_map zfill ljust rjust center count isdigit isalpha isalnum isspace isupper islower isnumeric isdecimal isidentifier isprintable istitle isascii title capitalize swapcase casefold splitlines partition rpartition removeprefix removesuffix expandtabs encode maketrans translate",
	"int":        "bit_length bit_count conjugate to_bytes as_integer_ratio is_integer",
	"bool":       "bit_length bit_count conjugate as_integer_ratio to_bytes",
	"float":      "is_integer as_integer_ratio conjugate hex fromhex",
	"range":      "index count",
	"dict_keys":  "isdisjoint",
	"dict_items": "isdisjoint",
	"Exception":  "with_traceback add_note",
	"group":      "split subgroup derive",
	"Iterator":   "",
}

func hasMethod(x any, name string) bool {
	tn := TypeName(x)
	if e, ok := x.(*Exception); ok {
		tn = "Exception"
		if e.IsGroup() && strings.Contains(" "+methodNames["group"]+" ", " "+name+" ") {
			return true
		}
	}
	if _, ok := x.(*Set); ok && name == "__contains__" {
		return true
	}
	names, ok := methodNames[tn]
	return ok && strings.Contains(" "+names+" ", " "+name+" ")
}

// GetAttr is x.name.
func GetAttr(x any, name string) any {
	if v, ok := LookupAttr(x, name); ok {
		return v
	}
	panic(missingAttr(x, name, false))
}

// LookupAttr is getattr(x, name, <missing>): the value and whether it exists.
func LookupAttr(x any, name string) (any, bool) {
	switch v := x.(type) {
	case *Instance:
		if val, ok := v.PyGetAttr(name); ok {
			return val, true
		}
	case *Exception:
		if val, ok := excAttr(v, name); ok {
			return val, true
		}
		if v.Class.Dict != nil {
			if val, ok := instanceAttr(v, v.Class, name, func(string) (any, bool) { return nil, false }); ok {
				return val, true
			}
		}
	case *Class:
		if val, ok := classAttr(v, name); ok {
			return val, true
		}
		if m, ok := unboundMethod(v, name); ok {
			return m, true
		}
		switch name {
		case "__name__", "__qualname__":
			return v.Name, true
		case "__module__":
			if v.Module == "" {
				return "builtins", true
			}
			return v.Module, true
		case "__base__":
			if v.Base == nil {
				return nil, true
			}
			return v.Base, true
		}
	case *Function:
		if v.class != nil {
			return LookupAttr(v.class, name)
		}
		switch name {
		case "__name__":
			return v.Name, true
		case "__qualname__":
			return v.qualName(), true
		case "__module__":
			if v.Builtin {
				return "builtins", true
			}
			return "__main__", true
		case "__doc__":
			return v.Doc, true
		case "__self__":
			return v.Self, true
		case "__func__":
			if v.method != nil {
				return v.method, true
			}
		}
		if val, ok := v.Attrs[name]; ok {
			return val, true
		}
		if v.method != nil {
			// A bound method reads other attributes from its function.
			return LookupAttr(v.method, name)
		}
	case *Range:
		if v.b != nil {
			switch name {
			case "start":
				return normBig(v.b.start), true
			case "stop":
				return normBig(v.b.stop), true
			case "step":
				return normBig(v.b.step), true
			}
		}
		switch name {
		case "start":
			return v.Start, true
		case "stop":
			return v.Stop, true
		case "step":
			return v.Step, true
		}
	case *SliceObj:
		switch name {
		case "start":
			return v.Lo, true
		case "stop":
			return v.Hi, true
		case "step":
			return v.Step, true
		}
	case AttrGetter:
		if val, ok := v.PyGetAttr(name); ok {
			return val, true
		}
	}
	switch name {
	case "__class__":
		return TypeOf(x), true
	case "real", "numerator":
		if n := toNum(x); n.kind != notNum {
			if n.kind == kFloat && name == "numerator" {
				break
			}
			return Pos(x), true
		}
	case "imag":
		if n := toNum(x); n.kind == kFloat {
			return 0.0, true
		} else if n.kind != notNum {
			return 0, true
		}
	case "denominator":
		if n := toNum(x); n.kind == kInt || n.kind == kBig {
			return 1, true
		}
	}
	if hasMethod(x, name) {
		return NewMethod(name, x, func(args []any, kw []KW) any {
			return CallMethod(x, name, args, kw)
		}), true
	}
	return nil, false
}

func excAttr(e *Exception, name string) (any, bool) {
	switch name {
	case "args":
		return Tuple(e.Args), true
	case "__cause__":
		if e.Cause == nil {
			return nil, true
		}
		return e.Cause, true
	case "__context__":
		if e.Context == nil {
			return nil, true
		}
		return e.Context, true
	case "__suppress_context__":
		return e.SuppressContext, true
	case "__traceback__":
		return excTraceback(e), true
	case "__notes__":
		if v, ok := e.Attrs["__notes__"]; ok {
			return v, true
		}
		return nil, false
	}
	if v, ok := osErrorAttr(e, name); ok {
		return v, true
	}
	if e.IsGroup() {
		switch name {
		case "exceptions":
			items := make(Tuple, len(e.Exceptions))
			for i, x := range e.Exceptions {
				items[i] = x
			}
			return items, true
		case "message":
			return e.Message, true
		}
	}
	if e.Class.IsSubclass(StopIteration) && name == "value" {
		if len(e.Args) > 0 {
			return e.Args[0], true
		}
		return nil, true
	}
	if e.Class.IsSubclass(SystemExit) && name == "code" {
		switch len(e.Args) {
		case 0:
			return nil, true
		case 1:
			return e.Args[0], true
		}
		return Tuple(e.Args), true
	}
	if v, ok := e.Attrs[name]; ok {
		return v, true
	}
	return nil, false
}

// SetAttr is x.name = v.
func SetAttr(x any, name string, v any) {
	switch o := x.(type) {
	case *Instance:
		if o.PySetAttr(name, v) {
			return
		}
	case *Exception:
		switch name {
		case "__cause__":
			if v == nil {
				o.Cause = nil
			} else if c, ok := v.(*Exception); ok {
				o.Cause = c
			} else {
				panic(New(TypeError, "exception cause must be None or derive from BaseException"))
			}
			o.SuppressContext = true
			return
		case "__context__":
			if v == nil {
				o.Context = nil
			} else if c, ok := v.(*Exception); ok {
				o.Context = c
			} else {
				panic(New(TypeError, "exception context must be None or derive from BaseException"))
			}
			return
		case "__suppress_context__":
			o.SuppressContext = Truth(v)
			return
		case "args":
			o.Args = append([]any{}, toSliceIter(v)...)
			return
		}
		if o.Attrs == nil {
			o.Attrs = map[string]any{}
		}
		o.Attrs[name] = v
		return
	case *Function:
		if !o.Builtin {
			switch name {
			case "__doc__":
				o.Doc = v
			case "__name__":
				o.Name = Str(v)
			case "__qualname__":
				o.QualName = Str(v)
			default:
				if o.Attrs == nil {
					o.Attrs = map[string]any{}
				}
				o.Attrs[name] = v
			}
			return
		}
	case *Class:
		if o.Dict != nil {
			enumSetAttr(o, name)
			o.Dict.Set(name, v)
			classChanged(o)
			return
		}
		panic(New(TypeError, "cannot set '"+name+"' attribute of immutable type '"+o.Name+"'"))
	case AttrSetter:
		if o.PySetAttr(name, v) {
			return
		}
	}
	panic(noAttr(x, name))
}

// CallMethod is x.name(*args, **kw).
func CallMethod(x any, name string, args []any, kw []KW) any {
	switch v := x.(type) {
	case *Instance:
		return v.callMethod(name, args, kw)
	case string:
		if r, ok := strMethod(v, name, args, kw); ok {
			return r
		}
	case Bytes:
		if r, ok := bytesMethod(v, string(v), name, args, kw); ok {
			return r
		}
	case *ByteArray:
		if r, ok := bytesMethod(v, string(v.B), name, args, kw); ok {
			return r
		}
	case *List:
		if r, ok := listMethod(v, name, args, kw); ok {
			return r
		}
	case *Dict:
		if r, ok := dictMethod(v, name, args, kw); ok {
			return r
		}
	case *Set:
		if r, ok := setMethod(v, name, args, kw); ok {
			return r
		}
	case Tuple:
		switch name {
		case "count":
			noKw(name, kw)
			arity("count", args, 1, 1)
			return countIn(v, args[0])
		case "index":
			noKw(name, kw)
			arity("index", args, 1, 3)
			l := &List{Items: v}
			defer func() {
				if r := recover(); r != nil {
					if e, ok := r.(*Exception); ok && e.Is(ValueError) {
						panic(New(ValueError, "tuple.index(x): x not in tuple"))
					}
					panic(r)
				}
			}()
			return l.Index(args[0], args[1:]...)
		}
	case *Range:
		if v.b != nil && (name == "count" || name == "index") {
			Unsupported("range." + name + "() on a range() with a bound beyond 64 bits")
		}
		switch name {
		case "count", "index":
			noKw(name, kw)
			arity("range."+name, args, 1, 1)
			switch args[0].(type) {
			case int, bool:
			default:
				// Not an int: CPython searches by iteration (_PySequence_IterSearch).
				if name == "count" {
					return countIn(v.items(), args[0])
				}
				for i, it := range v.items() {
					if Eq(it, args[0]) {
						return i
					}
				}
				panic(New(ValueError, "sequence.index(x): x not in sequence"))
			}
			if name == "count" {
				return b2i(Contains(v, args[0]))
			}
			if Contains(v, args[0]) {
				return (toNum(args[0]).i - v.Start) / v.Step
			}
			panic(New(ValueError, Repr(args[0])+" is not in range"))
		}
	case *dictView:
		if r, ok := viewMethod(v, name, args, kw); ok {
			return r
		}
	case *Exception:
		if r, ok := excMethod(v, name, args, kw); ok {
			return r
		}
	case float64:
		switch name {
		case "is_integer":
			return !math.IsInf(v, 0) && v == math.Trunc(v)
		case "conjugate":
			return v
		case "hex":
			arity("float.hex", args, 0, 0)
			return floatHex(v)
		case "fromhex":
			arity("float.fromhex", args, 1, 1)
			return floatFromHex(args[0])
		case "as_integer_ratio":
			if math.IsInf(v, 0) {
				panic(New(OverflowError, "cannot convert Infinity to integer ratio"))
			}
			if math.IsNaN(v) {
				panic(New(ValueError, "cannot convert NaN to integer ratio"))
			}
			r := new(big.Rat).SetFloat64(v)
			return Tuple{normBig(r.Num()), normBig(r.Denom())}
		}
	case int, bool, *big.Int:
		n := toNum(v)
		switch name {
		case "bit_length":
			return new(big.Int).Abs(n.big()).BitLen()
		case "bit_count":
			c := 0
			for _, w := range new(big.Int).Abs(n.big()).Bits() {
				for ; w != 0; w &= w - 1 {
					c++
				}
			}
			return c
		case "conjugate":
			return Pos(v)
		case "as_integer_ratio":
			return Tuple{Pos(v), 1}
		case "is_integer":
			return true
		case "to_bytes":
			return intToBytes(v, args, kw)
		}
	}
	if mc, ok := x.(MethodCaller); ok {
		if r, ok := mc.PyCallMethod(name, args, kw); ok {
			return r
		}
	}
	if _, isAttrObj := x.(AttrGetter); isAttrObj || !hasMethod(x, name) {
		if m, ok := LookupAttr(x, name); ok {
			return Call(m, args, kw)
		}
		panic(missingAttr(x, name, true))
	}
	panic(missingAttr(x, name, true))
}

func excMethod(e *Exception, name string, args []any, kw []KW) (any, bool) {
	switch name {
	case "with_traceback":
		return e, true
	case "add_note":
		arity("add_note", args, 1, 1)
		s, ok := args[0].(string)
		if !ok {
			panic(New(TypeError, "note must be a str, not '"+TypeName(args[0])+"'"))
		}
		if e.Attrs == nil {
			e.Attrs = map[string]any{}
		}
		notes, _ := e.Attrs["__notes__"].(*List)
		if notes == nil {
			notes = NewList()
			e.Attrs["__notes__"] = notes
		}
		notes.Append(s)
		return nil, true
	}
	if !e.IsGroup() {
		return nil, false
	}
	switch name {
	case "split":
		arity("split", args, 1, 1)
		m, r := e.split(args[0])
		return Tuple{excOrNone(m), excOrNone(r)}, true
	case "subgroup":
		arity("subgroup", args, 1, 1)
		m, _ := e.split(args[0])
		return excOrNone(m), true
	case "derive":
		arity("derive", args, 1, 1)
		var members []*Exception
		for _, m := range toSliceIter(args[0]) {
			if x, ok := m.(*Exception); ok {
				members = append(members, x)
			}
		}
		return New(BaseExceptionGroup, e.Message, members), true
	}
	return nil, false
}

func excOrNone(e *Exception) any {
	if e == nil {
		return nil
	}
	return e
}

// sampleValues stand for each builtin type when looking up its methods.
var sampleValues = map[string]any{
	"str": "", "list": &List{}, "dict": &Dict{}, "set": &Set{}, "int": 0, "float": 0.0,
	"tuple": Tuple(nil), "range": &Range{}, "bool": false, "frozenset": &Set{Frozen: true},
}

// unboundMethod is str.lower and friends: a function taking the receiver
// as its first argument.
func unboundMethod(c *Class, name string) (*Function, bool) {
	if f, ok := bytesClassMethod(c, name); ok {
		return f, true
	}
	if c == FloatType && name == "fromhex" {
		f := NewBuiltin(name, func(args []any, kw []KW) any {
			noKw(name, kw)
			arity("float.fromhex", args, 1, 1)
			return floatFromHex(args[0])
		})
		f.Self = c
		return f, true
	}
	if c == StrType && name == "maketrans" {
		f := NewBuiltin(name, strMaketrans)
		f.Self = c
		return f, true
	}
	if c == DictType && name == "fromkeys" {
		f := NewBuiltin(name, func(args []any, kw []KW) any {
			r, _ := dictMethod(NewDict(), "fromkeys", args, kw)
			return r
		})
		f.Self = c
		return f, true
	}
	sample, ok := sampleValues[c.Name]
	if !ok || !hasMethod(sample, name) {
		return nil, false
	}
	f := NewBuiltin(name, func(args []any, kw []KW) any {
		if len(args) == 0 {
			panic(New(TypeError, "unbound method "+c.Name+"."+name+"() needs an argument"))
		}
		if !c.IsInstance(args[0]) {
			panic(New(TypeError, "descriptor '"+name+"' for '"+c.Name+"' objects doesn't apply to a '"+TypeName(args[0])+"' object"))
		}
		return CallMethod(args[0], name, args[1:], kw)
	})
	f.QualName = c.Name + "." + name
	f.ReprText = "<method '" + name + "' of '" + c.Name + "' objects>"
	return f, true
}
