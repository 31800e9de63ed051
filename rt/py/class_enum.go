package py

// enum.Enum and enum.auto. A class deriving from Enum turns the plain
// values its body binds into members: instances of the class carrying a
// name and a value, in definition order (a repeated value is an alias of
// the first member with it). IntEnum/StrEnum/Flag are not offered: their
// members would have to be ints and strs.

// EnumType is enum.Enum.
var EnumType = &Class{Name: "Enum", Module: "enum", Bases: []*Class{ObjectType}, Dict: NewDict()}

func init() {
	EnumType.Base = ObjectType
	EnumType.mro = []*Class{EnumType, ObjectType}
	EnumType.buildTable()
}

type enumInfo struct {
	members []*Instance
	byName  map[string]*Instance
}

// AutoValue is enum.auto().
type AutoValue struct{}

// PyRepr is auto().
func (*AutoValue) PyRepr() string { return "auto()" }

// PyType names the type in error messages.
func (*AutoValue) PyType() string { return "auto" }

// EnumAuto is enum.auto().
func EnumAuto() any { return &AutoValue{} }

// makeEnum turns an Enum subclass's plain attributes into members.
func makeEnum(c *Class) {
	if c == EnumType {
		return
	}
	for _, k := range c.mro[1:] {
		if k.enum != nil && len(k.enum.members) > 0 {
			panic(New(TypeError, c.Name+": cannot extend "+k.PyRepr()))
		}
	}
	info := &enumInfo{byName: map[string]*Instance{}}
	last := any(0)
	for key, v := range c.Dict.All() {
		name, ok := key.(string)
		if !ok || len(name) > 0 && name[0] == '_' {
			continue
		}
		switch v.(type) {
		case *Function, *Property, *StaticMethod, *ClassMethod:
			continue
		case *AutoValue:
			if _, isInt := last.(int); isInt {
				v = Add(last, 1)
			} else {
				v = len(info.members) + 1
			}
		}
		last = v
		var member *Instance
		for _, m := range info.members {
			if mv, _ := m.getField("_value_"); Eq(mv, v) {
				member = m
				break
			}
		}
		if member == nil {
			member = &Instance{Class: c}
			member.setField("_name_", name)
			member.setField("_value_", v)
			info.members = append(info.members, member)
		}
		info.byName[name] = member
		c.Dict.Set(name, member)
	}
	c.enum = info
}

// enumAttr serves a member's name and value.
func enumAttr(o *Instance, name string) (any, bool) {
	switch name {
	case "name":
		return o.getField("_name_")
	case "value":
		return o.getField("_value_")
	}
	return nil, false
}

func enumRepr(o *Instance) string {
	n, _ := o.getField("_name_")
	v, _ := o.getField("_value_")
	return "<" + o.Class.Name + "." + Str(n) + ": " + Repr(v) + ">"
}

func enumStr(o *Instance) string {
	n, _ := o.getField("_name_")
	return o.Class.Name + "." + Str(n)
}

// enumLookup is Color(value).
func enumLookup(c *Class, args []any, kw []KW) any {
	if len(args) != 1 || len(kw) > 0 {
		panic(New(TypeError, "EnumType.__call__() takes 1 positional argument"))
	}
	for _, m := range c.enum.members {
		if v, _ := m.getField("_value_"); Eq(v, args[0]) {
			return m
		}
	}
	panic(New(ValueError, Repr(args[0])+" is not a valid "+c.qualName()))
}

// enumItem is Color[name].
func enumItem(c *Class, key any) any {
	if s, ok := key.(string); ok {
		if m := c.enum.byName[s]; m != nil {
			return m
		}
	}
	panic(New(KeyError, key))
}

// enumMembers lists an Enum class's members in definition order.
func enumMembers(c *Class) []any {
	out := make([]any, len(c.enum.members))
	for i, m := range c.enum.members {
		out[i] = m
	}
	return out
}
