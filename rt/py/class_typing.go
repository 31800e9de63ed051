package py

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
type TypeVar struct{ Name string }

// PyRepr is ~T.
func (t *TypeVar) PyRepr() string { return "~" + t.Name }

// PyType names the type in error messages.
func (t *TypeVar) PyType() string { return "TypeVar" }

// TypingTypeVar is typing.TypeVar(name, *constraints, bound=None, ...).
func TypingTypeVar(name any, constraints ...any) any {
	s, ok := name.(string)
	if !ok {
		panic(New(TypeError, "TypeVar name must be a string"))
	}
	return &TypeVar{Name: s}
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
