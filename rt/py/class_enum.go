package py

import (
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and the
// functional API. A class deriving from Enum turns the plain values its
// body binds into members: instances of the class carrying a name and a
// value, in definition order (a repeated value is an alias of the first
// member with it). Members of IntEnum/StrEnum/IntFlag and of (int, Enum)
// or (str, Enum) mixins also carry the value as their builtin base
// (class_valuebase.go), so they are ints and strs to the operators.
// IntEnum, StrEnum and IntFlag are ReprEnums: str() and format() are the
// value's. Flag members combine with | & ^ ~ into pseudo-members named
// A|B, as CPython's Flag._missing_ builds them.

// The enum base classes (their MROs are CPython's).
var (
	EnumType     = &Class{Name: "Enum", Module: "enum", Bases: []*Class{ObjectType}, Dict: NewDict()}
	ReprEnumType = &Class{Name: "ReprEnum", Module: "enum", Bases: []*Class{EnumType}, Dict: NewDict()}
	IntEnumType  = &Class{Name: "IntEnum", Module: "enum", Bases: []*Class{IntType, ReprEnumType}, Dict: NewDict()}
	StrEnumType  = &Class{Name: "StrEnum", Module: "enum", Bases: []*Class{StrType, ReprEnumType}, Dict: NewDict()}
	FlagType     = &Class{Name: "Flag", Module: "enum", Bases: []*Class{EnumType}, Dict: NewDict()}
	IntFlagType  = &Class{Name: "IntFlag", Module: "enum", Bases: []*Class{IntType, ReprEnumType, FlagType}, Dict: NewDict()}
)

func init() {
	for _, c := range []*Class{EnumType, ReprEnumType, IntEnumType, StrEnumType, FlagType, IntFlagType} {
		c.Base = c.Bases[0]
		c.mro, _ = c3(c)
		for _, k := range c.mro[1:] {
			if k.construct != nil && k != ObjectType {
				c.valueBase = k
			}
		}
		c.buildTable()
	}
}

// isEnumBase reports whether c is one of enum's own classes (calling one
// is the functional API; subclassing one makes an enumeration).
func isEnumBase(c *Class) bool {
	switch c {
	case EnumType, ReprEnumType, IntEnumType, StrEnumType, FlagType, IntFlagType:
		return true
	}
	return false
}

type enumInfo struct {
	members []*Instance // canonical members, in definition order
	all     []string    // every member name, aliases included
	byName  map[string]*Instance
	flag    bool // a Flag: members combine into pseudo-members
	repr    bool // a ReprEnum: str() and format() are the value's
	pseudo  map[int]*Instance
	// global: @enum.global_enum on a Flag whose __str__ is object's and
	// whose _numeric_repr_ is hex (re.RegexFlag, re_flags.go): repr and
	// str are "re.IGNORECASE|0x400", format with an empty spec is str.
	global bool
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
	if isEnumBase(c) {
		return
	}
	for _, k := range c.mro[1:] {
		if k.enum != nil && len(k.enum.members) > 0 {
			panic(New(TypeError, c.Name+": cannot extend "+k.PyRepr()))
		}
	}
	info := &enumInfo{byName: map[string]*Instance{}, flag: c.IsSubclass(FlagType), repr: c.IsSubclass(ReprEnumType), pseudo: map[int]*Instance{}}
	var last []any
	var distinct []*Instance
	for key, v := range c.Dict.All() {
		if !enumMemberCandidate(key, v) {
			continue
		}
		name := key.(string)
		if _, isAuto := v.(*AutoValue); isAuto {
			v = enumNextValue(c, info.flag, name, last)
		}
		if c.valueBase == StrType {
			if _, isStr := v.(string); !isStr && c.IsSubclass(StrEnumType) {
				panic(New(TypeError, Repr(v)+" is not a string"))
			}
		}
		var base any
		if vb := c.valueBase; vb != nil {
			base = vb.construct([]any{v}, nil)
			v = base
		}
		last = append(last, v)
		var member *Instance
		for _, m := range distinct {
			if mv, _ := m.getField("_value_"); Eq(mv, v) {
				member = m
				break
			}
		}
		if member == nil {
			member = &Instance{Class: c, base: base}
			distinct = append(distinct, member)
			member.setField("_name_", name)
			member.setField("_value_", v)
			if n, isInt := v.(int); !info.flag || isInt && n > 0 && n&(n-1) == 0 {
				info.members = append(info.members, member)
			}
			if n, isInt := v.(int); info.flag && isInt {
				info.pseudo[n] = member
			}
		}
		info.all = append(info.all, name)
		info.byName[name] = member
		c.Dict.Set(name, member)
	}
	c.enum = info
}

// enumBodyAuto is the value auto() gives name in the body of an
// enumeration deriving from base, after the members ns already holds.
func enumBodyAuto(base *Class, ns *Dict, name string) any {
	var last []any
	for key, v := range ns.All() {
		if !enumMemberCandidate(key, v) {
			continue
		}
		last = append(last, v)
	}
	return enumNextValue(base, base.IsSubclass(FlagType), name, last)
}

// enumMemberCandidate reports whether a body binding becomes a member.
func enumMemberCandidate(key, v any) bool {
	name, ok := key.(string)
	if !ok || len(name) > 0 && name[0] == '_' || len(name) > 0 && name[0] == 0 {
		return false
	}
	switch v.(type) {
	case *Function, *Property, *StaticMethod, *ClassMethod, *CachedProperty:
		return false
	}
	return true
}

// enumNextValue is _generate_next_value_ for auto().
func enumNextValue(c *Class, flag bool, name string, last []any) any {
	switch {
	case c.IsSubclass(StrEnumType):
		return strings.ToLower(name)
	case flag:
		high := 0
		for _, v := range last {
			if n, ok := v.(int); ok && n > 0 {
				high = max(high, bits.Len(uint(n)))
			}
		}
		if len(last) == 0 {
			return 1
		}
		return 1 << high
	}
	if len(last) == 0 {
		return 1
	}
	if n, ok := last[len(last)-1].(int); ok {
		return n + 1
	}
	return len(last) + 1
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
	if o.Class.enum.global {
		return globalFlagRepr(o)
	}
	n, _ := o.getField("_name_")
	v, _ := o.getField("_value_")
	if n == nil {
		return "<" + o.Class.Name + ": " + Repr(v) + ">"
	}
	return "<" + o.Class.Name + "." + Str(n) + ": " + Repr(v) + ">"
}

func enumStr(o *Instance) string {
	if o.Class.enum.global {
		return globalFlagRepr(o)
	}
	if o.Class.enum.repr {
		return Str(o.base)
	}
	n, _ := o.getField("_name_")
	if n == nil {
		v, _ := o.getField("_value_")
		return o.Class.Name + "(" + Repr(v) + ")"
	}
	return o.Class.Name + "." + Str(n)
}

// enumFormat is format(member, spec): the value's for a ReprEnum, else
// str(member) formatted as a str.
func enumFormat(o *Instance, spec string) string {
	if o.Class.enum.global && spec == "" {
		return globalFlagRepr(o) // int.__format__(x, '') is str(x)
	}
	if o.Class.enum.repr {
		return Format(o.base, spec)
	}
	return formatStr(o.PyStr(), spec)
}

// enumLookup is Color(value).
func enumLookup(c *Class, args []any, kw []KW) any {
	if len(args) != 1 || len(kw) > 0 {
		panic(New(TypeError, "EnumType.__call__() takes 1 positional argument"))
	}
	if o, ok := args[0].(*Instance); ok && o.Class == c {
		return o
	}
	for _, name := range c.enum.all {
		m := c.enum.byName[name]
		if v, _ := m.getField("_value_"); Eq(v, args[0]) {
			return m
		}
	}
	if c.enum.flag {
		if n, ok := baseOf(args[0]).(int); ok {
			return flagValue(c, n)
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

// enumMembersDict is Color.__members__ (aliases included).
func enumMembersDict(c *Class) *Dict {
	d := NewDict()
	for _, name := range c.enum.all {
		d.Set(name, c.enum.byName[name])
	}
	return d
}

// enumContains is `x in Color`.
func enumContains(c *Class, x any) bool {
	o, ok := x.(*Instance)
	if !ok || !o.Class.IsSubclass(EnumType) {
		panic(New(TypeError, "unsupported operand type(s) for 'in': '"+TypeOf(x).qualName()+"' and 'EnumType'"))
	}
	return o.Class == c && c.enum != nil
}

// enumSetAttr refuses rebinding a member through the class.
func enumSetAttr(c *Class, name string) {
	if c.enum != nil && c.enum.byName[name] != nil {
		panic(New(AttributeError, "cannot reassign member '"+name+"'"))
	}
}

// flagMask is the bits of a Flag's single-bit members.
func flagMask(c *Class) int {
	mask := 0
	for _, m := range c.enum.members {
		v, _ := m.getField("_value_")
		mask |= v.(int)
	}
	return mask
}

// flagValue is Flag(n): the member with that value, else the pseudo-member
// combining the members whose bits n has.
func flagValue(c *Class, n int) any {
	if m := c.enum.pseudo[n]; m != nil {
		return m
	}
	mask := flagMask(c)
	keep := c.valueBase != nil
	if n < 0 || n&^mask != 0 {
		if !keep && n >= 0 {
			maxBits := max(bits.Len(uint(n)), bits.Len(uint(mask)))
			panic(New(ValueError, c.PyRepr()+" invalid value "+itoa(n)+"\n    given "+enumBin(n, maxBits)+"\n  allowed "+enumBin(mask, maxBits)))
		}
		if !keep {
			panic(New(NotImplementedError, "not implemented: a negative Flag value"))
		}
		if n < 0 {
			Unsupported("a negative IntFlag value")
		}
	}
	var names []string
	for _, m := range c.enum.members {
		v, _ := m.getField("_value_")
		if b := v.(int); n&b == b {
			nm, _ := m.getField("_name_")
			names = append(names, nm.(string))
		}
	}
	o := &Instance{Class: c}
	if keep {
		o.base = n
	}
	var name any
	if len(names) > 0 {
		s := strings.Join(names, "|")
		if unknown := n &^ mask; unknown != 0 && c.enum.global {
			s += "|0x" + strconv.FormatInt(int64(unknown), 16)
		} else if unknown != 0 {
			s += "|" + itoa(unknown)
		}
		name = s
	}
	o.setField("_name_", name)
	o.setField("_value_", n)
	c.enum.pseudo[n] = o
	return o
}

func flagInt(o *Instance) int {
	v, _ := o.getField("_value_")
	return v.(int)
}

// flagMembers is iter(flag): the single-bit members it holds.
func flagMembers(o *Instance) []any {
	n := flagInt(o)
	var out []any
	for _, m := range o.Class.enum.members {
		if b := flagInt(m); n&b == b && b != 0 {
			out = append(out, m)
		}
	}
	return out
}

// flagContains is `a in b` for flags.
func flagContains(o *Instance, item any) bool {
	x, ok := item.(*Instance)
	if !ok || !x.Class.IsSubclass(o.Class) {
		panic(New(TypeError, "unsupported operand type(s) for 'in': '"+TypeOf(item).qualName()+"' and '"+o.Class.qualName()+"'"))
	}
	return flagInt(x)&flagInt(o) == flagInt(x)
}

// flagBinary is | & ^ between flags (and an IntFlag and an int).
func flagBinary(op string, a, b any) (any, bool) {
	if op != "|" && op != "&" && op != "^" {
		return nil, false
	}
	self, other := a, b
	o, ok := self.(*Instance)
	if !ok || o.Class.enum == nil || !o.Class.enum.flag {
		self, other = b, a
		if o, ok = self.(*Instance); !ok || o.Class.enum == nil || !o.Class.enum.flag {
			return nil, false
		}
	}
	y, ok := flagOperand(o, other, self == a)
	if !ok {
		return nil, false
	}
	x := flagInt(o)
	switch op {
	case "|":
		return flagValue(o.Class, x|y), true
	case "&":
		return flagValue(o.Class, x&y), true
	}
	return flagValue(o.Class, x^y), true
}

// flagOperand is the other operand's bits when o's operator takes it: a
// member of o's class; for an IntFlag any int, and on the right of o also
// an int subclass's instance (IntFlag.__or__ takes an IntEnum member,
// while on the left int.__or__ answers first).
func flagOperand(o *Instance, other any, oLeft bool) (int, bool) {
	if x, ok := other.(*Instance); ok && x.Class == o.Class {
		return flagInt(x), true
	}
	if o.Class.valueBase == nil {
		return 0, false
	}
	switch v := other.(type) {
	case int:
		return v, true
	case bool:
		return b2i(v), true // re.I | True is re.I|re.TEMPLATE
	case *big.Int:
		Unsupported("an IntFlag combined with an int beyond 64 bits")
	case *Instance:
		if n, ok := v.base.(int); ok && oLeft {
			return n, true
		}
	}
	return 0, false
}

// flagInvert is ~flag: the members' bits it lacks.
func flagInvert(o *Instance) any {
	return flagValue(o.Class, flagMask(o.Class)&^flagInt(o))
}

// EnumUnique is @enum.unique: ValueError when a member is an alias.
func EnumUnique(cls any) any {
	c, ok := cls.(*Class)
	if !ok || c.enum == nil {
		panic(New(TypeError, "unique() argument must be an enumeration"))
	}
	var dups []string
	for _, name := range c.enum.all {
		m := c.enum.byName[name]
		if canon, _ := m.getField("_name_"); canon != name {
			dups = append(dups, name+" -> "+Str(canon))
		}
	}
	if dups != nil {
		panic(New(ValueError, "duplicate values found in "+c.PyRepr()+": "+strings.Join(dups, ", ")))
	}
	return c
}

// enumFunctional is Enum('Name', names): names as 'A B', 'A,B', a list of
// names, of (name, value) pairs, or a dict.
func enumFunctional(base *Class, args []any, kw []KW) any {
	if len(args) != 2 {
		panic(New(NotImplementedError, "not implemented: calling "+base.Name+"() other than as "+base.Name+"(name, names)"))
	}
	for _, k := range kw {
		if k.Name != "module" && k.Name != "qualname" {
			panic(New(NotImplementedError, "not implemented: "+base.Name+"() keyword argument '"+k.Name+"'"))
		}
	}
	name, ok := args[0].(string)
	if !ok {
		panic(New(TypeError, "enum name must be a string"))
	}
	ns := NewDict()
	ns.Set("__module__", "__main__")
	switch names := args[1].(type) {
	case string:
		for _, n := range strings.Fields(strings.ReplaceAll(names, ",", " ")) {
			ns.Set(n, &AutoValue{})
		}
	case *Dict:
		for k, v := range names.All() {
			ns.Set(k, v)
		}
	default:
		for item := range Iter(names) {
			if s, ok := item.(string); ok {
				ns.Set(s, &AutoValue{})
				continue
			}
			pair := toSliceIter(item)
			if len(pair) != 2 {
				panic(New(TypeError, "enum member must be a name or a (name, value) pair"))
			}
			ns.Set(pair[0], pair[1])
		}
	}
	return MakeClass(name, name, Tuple{base}, ns)
}

// enumBin is enum.bin(n, maxBits) for n >= 0: "0b0 0111".
func enumBin(n, maxBits int) string {
	digits := ""
	if n > 0 {
		digits = strconv.FormatInt(int64(n), 2)
	}
	for len(digits) < maxBits {
		digits = "0" + digits
	}
	return "0b0 " + digits
}
