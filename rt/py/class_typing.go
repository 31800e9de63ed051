package py

import "strings"

// The run-time pieces of typing that class-based programs use: TypeVar,
// Generic (subscripting a class returns the class itself, so Box[int]()
// makes a Box; printing Box[int] is not CPython's alias text), Protocol,
// cast and TYPE_CHECKING.

// TypingTypeChecking is typing.TYPE_CHECKING.
var TypingTypeChecking = false

// GenericType is typing.Generic; ProtocolType is typing.Protocol.
var (
	GenericType  = &Class{Name: "Generic", Module: "typing", Bases: []*Class{ObjectType}, Dict: NewDict()}
	ProtocolType = &Class{Name: "Protocol", Module: "typing", Bases: []*Class{GenericType}, Dict: NewDict()}
)

func init() {
	GenericType.Base = ObjectType
	GenericType.mro = []*Class{GenericType, ObjectType}
	GenericType.buildTable()
	ProtocolType.Base = GenericType
	ProtocolType.mro = []*Class{ProtocolType, GenericType, ObjectType}
	ProtocolType.buildTable()
}

// TypeVar is typing.TypeVar's result.
type TypeVar struct {
	Name     string
	variance string // "~", "+" (covariant) or "-" (contravariant)
}

// PyRepr is ~T (+T, -T).
func (t *TypeVar) PyRepr() string { return t.variance + t.Name }

// PyType names the type in error messages.
func (t *TypeVar) PyType() string { return "TypeVar" }

// TypingTypeVar is typing.TypeVar(name, *constraints, bound=None,
// covariant=False, contravariant=False).
func TypingTypeVar(name, bound, covariant, contravariant any, constraints ...any) any {
	s, ok := name.(string)
	if !ok {
		panic(New(TypeError, "TypeVar name must be a string"))
	}
	if len(constraints) == 1 {
		panic(New(TypeError, "A single constraint is not allowed"))
	}
	if bound != nil && len(constraints) > 0 {
		panic(New(TypeError, "Constraints cannot be combined with bound=..."))
	}
	v := "~"
	switch {
	case Truth(covariant) && Truth(contravariant):
		panic(New(ValueError, "Bivariant types are not supported."))
	case Truth(covariant):
		v = "+"
	case Truth(contravariant):
		v = "-"
	}
	return &TypeVar{Name: s, variance: v}
}

// TypingCast is typing.cast(typ, val): val.
func TypingCast(typ, val any) any { return val }

// isProtocol reports whether c is a protocol class (Protocol among its
// direct bases), which cannot be instantiated or used with isinstance.
func (c *Class) isProtocol() bool {
	for _, b := range c.Bases {
		if b == ProtocolType {
			return true
		}
	}
	return c == ProtocolType
}

// TypingForm is one of typing's special forms and generic aliases used as
// a value (Optional[int] kept in a variable, ClassVar in a dataclass):
// subscripting builds the alias, whose repr is typing's.
type TypingForm struct {
	Name    string
	Args    []any
	hasArgs bool
}

// The typing names a program may use as values.
var (
	TypingAny             = &TypingForm{Name: "Any"}
	TypingOptional        = &TypingForm{Name: "Optional"}
	TypingUnion           = &TypingForm{Name: "Union"}
	TypingCallable        = &TypingForm{Name: "Callable"}
	TypingList            = &TypingForm{Name: "List"}
	TypingDict            = &TypingForm{Name: "Dict"}
	TypingSet             = &TypingForm{Name: "Set"}
	TypingFrozenSet       = &TypingForm{Name: "FrozenSet"}
	TypingTuple           = &TypingForm{Name: "Tuple"}
	TypingType            = &TypingForm{Name: "Type"}
	TypingIterable        = &TypingForm{Name: "Iterable"}
	TypingIterator        = &TypingForm{Name: "Iterator"}
	TypingSequence        = &TypingForm{Name: "Sequence"}
	TypingMutableSequence = &TypingForm{Name: "MutableSequence"}
	TypingMapping         = &TypingForm{Name: "Mapping"}
	TypingMutableMapping  = &TypingForm{Name: "MutableMapping"}
	TypingAwaitable       = &TypingForm{Name: "Awaitable"}
	TypingCoroutine       = &TypingForm{Name: "Coroutine"}
	TypingAsyncIterator   = &TypingForm{Name: "AsyncIterator"}
	TypingAsyncIterable   = &TypingForm{Name: "AsyncIterable"}
	TypingAsyncGenerator  = &TypingForm{Name: "AsyncGenerator"}
	TypingGenerator       = &TypingForm{Name: "Generator"}
	TypingDeque           = &TypingForm{Name: "Deque"}
	TypingDefaultDict     = &TypingForm{Name: "DefaultDict"}
	TypingLiteral         = &TypingForm{Name: "Literal"}
	TypingFinal           = &TypingForm{Name: "Final"}
	TypingClassVar        = &TypingForm{Name: "ClassVar"}
	TypingNoReturn        = &TypingForm{Name: "NoReturn"}
	TypingHashable        = &TypingForm{Name: "Hashable"}
	TypingSized           = &TypingForm{Name: "Sized"}
	TypingCollection      = &TypingForm{Name: "Collection"}
)

// PyRepr is typing's repr: typing.Optional[int], typing.Callable[[int], str].
func (f *TypingForm) PyRepr() string {
	if !f.hasArgs {
		return "typing." + f.Name
	}
	parts := make([]string, len(f.Args))
	for i, a := range f.Args {
		parts[i] = typeRepr(a, f.Name == "Literal")
	}
	switch {
	case f.Name == "Union" && len(f.Args) == 2 && (f.Args[0] == NoneType || f.Args[1] == NoneType):
		other := parts[0]
		if f.Args[0] == NoneType {
			other = parts[1]
		}
		return "typing.Optional[" + other + "]"
	case f.Name == "Callable" && len(f.Args) == 2:
		if params, ok := f.Args[0].(*List); ok {
			ps := make([]string, len(params.Items))
			for i, p := range params.Items {
				ps[i] = typeRepr(p, false)
			}
			parts[0] = "[" + strings.Join(ps, ", ") + "]"
		}
	case f.Name == "Tuple" && len(f.Args) == 0:
		return "typing.Tuple[()]"
	}
	return "typing." + f.Name + "[" + strings.Join(parts, ", ") + "]"
}

// PyType names the type in error messages.
func (f *TypingForm) PyType() string {
	if f.hasArgs {
		return "_GenericAlias"
	}
	return "_SpecialForm"
}

// Call refuses instantiating a special form.
func (f *TypingForm) Call(args []any, kw []KW) any {
	panic(New(TypeError, "Cannot instantiate typing."+f.Name))
}

// PyGetItem is Optional[int], Dict[str, int], ...
func (f *TypingForm) PyGetItem(key any) any {
	if f.hasArgs {
		panic(New(NotImplementedError, "not implemented: subscripting "+f.PyRepr()))
	}
	var args []any
	if t, ok := key.(Tuple); ok {
		args = append(args, t...)
	} else {
		args = []any{key}
	}
	if f.Name != "Literal" && f.Name != "Callable" {
		for i, a := range args {
			if a == nil {
				args[i] = NoneType
			}
		}
	}
	switch f.Name {
	case "Optional":
		if len(args) != 1 {
			panic(New(TypeError, "typing.Optional requires a single type. Got "+Repr(key)+"."))
		}
		return unionOf(append(args, NoneType))
	case "Union":
		return unionOf(args)
	case "Callable":
		if len(args) != 2 {
			panic(New(TypeError, "Callable must be used as Callable[[arg, ...], result]."))
		}
		if args[1] == nil {
			args[1] = NoneType
		}
	}
	return &TypingForm{Name: f.Name, Args: args, hasArgs: true}
}

// unionOf is Union[args]: nested unions flattened, duplicates dropped, a
// single type standing for itself.
func unionOf(args []any) any {
	var flat []any
	for _, a := range args {
		if u, ok := a.(*TypingForm); ok && u.Name == "Union" && u.hasArgs {
			flat = append(flat, u.Args...)
			continue
		}
		flat = append(flat, a)
	}
	var out []any
	for _, a := range flat {
		dup := false
		for _, b := range out {
			if a == b {
				dup = true
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	if len(out) == 1 {
		return out[0]
	}
	return &TypingForm{Name: "Union", Args: out, hasArgs: true}
}

// typeRepr is typing._type_repr: classes by (qualified) name, strings as
// forward references (Literal's arguments by repr).
func typeRepr(x any, literal bool) string {
	if literal {
		return Repr(x)
	}
	switch v := x.(type) {
	case *Class:
		if v.Module == "" || v.Module == "builtins" {
			return v.qualName()
		}
		return v.Module + "." + v.qualName()
	case *Function:
		if v.class != nil {
			return typeRepr(v.class, false)
		}
	case string:
		return "ForwardRef(" + StrRepr(v) + ")"
	}
	return Repr(x)
}

// NewTypeValue is what typing.NewType returns: calling it returns its
// argument.
type NewTypeValue struct{ Name string }

// TypingNewType is typing.NewType(name, tp).
func TypingNewType(name, tp any) any {
	s, ok := name.(string)
	if !ok {
		panic(New(TypeError, "NewType name must be a string"))
	}
	return &NewTypeValue{Name: s}
}

// PyRepr is __main__.UserId.
func (n *NewTypeValue) PyRepr() string { return "__main__." + n.Name }

// PyType names the type in error messages.
func (n *NewTypeValue) PyType() string { return "NewType" }

// Call returns the argument unchanged.
func (n *NewTypeValue) Call(args []any, kw []KW) any {
	if len(args) != 1 || len(kw) > 0 {
		panic(New(TypeError, "NewType.__call__() takes 2 positional arguments but "+itoa(len(args)+1)+" were given"))
	}
	return args[0]
}
