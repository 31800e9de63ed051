package py

import (
	"strings"
	"sync"
)

// User-defined classes share Class with the builtin and exception classes
// (one class model: isinstance, except clauses and calls treat them alike).
// A user class has a namespace (Dict, what its body bound, in order), its
// direct bases and its C3 method resolution order. Its instances are
// *Instance, or *Exception when it derives from BaseException.

// MakeClass runs the tail of a class statement: the body has filled ns;
// bases are the evaluated base expressions.
func MakeClass(name, qualName string, bases Tuple, ns *Dict) *Class {
	for _, b := range bases {
		if bc, ok := b.(*Class); ok && (bc == TypedDictType || bc.typedDict) {
			return makeTypedDict(name, qualName, bases, ns)
		}
	}
	c := &Class{Name: name, Module: "__main__", QualName: qualName, Dict: ns}
	for _, b := range bases {
		bc, ok := b.(*Class)
		if !ok {
			if f, isF := b.(*Function); isF && f.class != nil {
				bc = f.class
			} else {
				panic(New(TypeError, "bases must be types"))
			}
		}
		if bc == NamedTupleType {
			if len(bases) > 1 {
				panic(New(TypeError, "can only inherit from a NamedTuple type and Generic"))
			}
			var anns []annotation
			if v, ok := ns.Delete(annotationsKey); ok {
				anns = readAnnotations(v)
			}
			return makeTypedNamedTuple(name, qualName, ns, anns)
		}
		for _, prev := range c.Bases {
			if prev == bc {
				panic(New(TypeError, "duplicate base class "+bc.Name))
			}
		}
		c.Bases = append(c.Bases, bc)
	}
	if len(c.Bases) == 0 {
		c.Bases = []*Class{ObjectType}
	}
	c.Base = c.Bases[0]
	mro, ok := c3(c)
	if !ok {
		names := make([]string, len(c.Bases))
		for i, b := range c.Bases {
			names[i] = b.Name
		}
		panic(New(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases "+strings.Join(names, ", ")))
	}
	c.mro = mro
	for _, k := range mro[1:] {
		if k.namedTuple != nil && c.namedTuple == nil {
			c.namedTuple = k.namedTuple
		}
		if k.construct != nil && k != ObjectType && k.native == nil && c.valueBase == nil {
			c.valueBase = k
		}
	}
	if vb := c.valueBase; vb != nil && !subclassableBuiltin(vb) {
		panic(New(NotImplementedError, "not implemented: subclassing the builtin type '"+vb.Name+"'"))
	}
	// A class that defines __eq__ but not __hash__ gets __hash__ = None:
	// its instances are unhashable.
	if ns.Contains("__eq__") && !ns.Contains("__hash__") {
		ns.Set("__hash__", nil)
		c.autoHash = true
	}
	if v, ok := ns.Delete(annotationsKey); ok {
		c.annotations = readAnnotations(v)
	}
	ns.Delete(enumBodyKey)
	if v, ok := ns.Get("__slots__"); ok {
		makeSlots(c, v)
	} else {
		inheritSlots(c)
	}
	c.buildTable()
	if c.IsSubclass(EnumType) {
		makeEnum(c)
		c.buildTable()
	}
	classesMu.Lock()
	userClasses = append(userClasses, c)
	classesMu.Unlock()
	return c
}

// readAnnotations decodes what ClassAnnotation recorded.
func readAnnotations(v any) []annotation {
	var out []annotation
	for _, a := range v.(*List).Items {
		t := a.(Tuple)
		out = append(out, annotation{t[0].(string), t[1].(bool)})
	}
	return out
}

// annotation is one annotated name of a class body.
type annotation struct {
	name     string
	classVar bool
}

// bases returns a class's direct bases (builtin classes: Base and Mixin).
func (c *Class) bases() []*Class {
	if c.Bases != nil {
		return c.Bases
	}
	var out []*Class
	if c.Base != nil {
		out = append(out, c.Base)
	}
	if c.Mixin != nil {
		out = append(out, c.Mixin)
	}
	return out
}

// MRO is __mro__.
func (c *Class) MRO() []*Class {
	if c.mro != nil {
		return c.mro
	}
	m, _ := c3(c)
	return m
}

// c3 is the C3 linearization CPython uses.
func c3(c *Class) ([]*Class, bool) {
	bs := c.bases()
	if len(bs) == 0 {
		return []*Class{c}, true
	}
	var seqs [][]*Class
	for _, b := range bs {
		seqs = append(seqs, append([]*Class(nil), b.MRO()...))
	}
	seqs = append(seqs, append([]*Class(nil), bs...))
	out := []*Class{c}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, true
		}
		var next *Class
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			cand := s[0]
			inTail := false
			for _, t := range seqs {
				for _, x := range t[min(1, len(t)):] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				next = cand
				break
			}
		}
		if next == nil {
			return nil, false
		}
		out = append(out, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// lookup finds name along the MRO: a user class's namespace, or one of the
// methods builtin classes provide to their subclasses (object.__init__,
// BaseException.__str__, ...).
func (c *Class) lookup(name string) (any, bool) {
	if c.table != nil {
		e, ok := c.table[name]
		return e.v, ok
	}
	for _, k := range c.MRO() {
		if k.Dict != nil {
			if v, ok := k.Dict.Get(name); ok {
				return v, true
			}
			continue
		}
		if f := builtinClassMethod(k, name); f != nil {
			return f, true
		}
		if v, ok := k.nativeAttrs[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// userMethod finds a special method a user class defines (nil when the
// nearest definition is a builtin class's default).
func (c *Class) userMethod(name string) any {
	if c.table == nil {
		return nil
	}
	if e, ok := c.table[name]; ok && !e.builtin {
		return e.v
	}
	return nil
}

// tableEntry is one name of a user class's flattened attribute table.
type tableEntry struct {
	v       any
	builtin bool // a builtin base's default method, not a user definition
}

// buildTable flattens the namespaces along the MRO into one map, so an
// attribute lookup is one map read. Classes are mutated only through
// SetAttr/DelAttr on a class, which rebuild the tables of every class
// inheriting from it (classesMu guards the registry).
func (c *Class) buildTable() {
	t := map[string]tableEntry{}
	for i := len(c.mro) - 1; i >= 0; i-- {
		k := c.mro[i]
		if k.Dict != nil {
			for key, v := range k.Dict.All() {
				if s, ok := key.(string); ok {
					t[s] = tableEntry{v: v}
				}
			}
			continue
		}
		for name, f := range builtinMethods[k] {
			t[name] = tableEntry{v: f, builtin: true}
		}
		for name, v := range k.nativeAttrs {
			t[name] = tableEntry{v: v, builtin: true}
		}
	}
	c.table = t
	c.plainAttrs = true
	for name, e := range t {
		if _, isProp := e.v.(*Property); isProp || c.slotCount > 0 || c.noDict || !e.builtin && (name == "__setattr__" || name == "__getattribute__") {
			c.plainAttrs = false
		}
	}
}

var (
	classesMu   sync.Mutex
	userClasses []*Class
)

// classChanged rebuilds the tables after c's namespace changed.
func classChanged(c *Class) {
	classesMu.Lock()
	defer classesMu.Unlock()
	for _, k := range userClasses {
		if k.IsSubclass(c) {
			k.buildTable()
		}
	}
}

// Instance is an instance of a user class that is not an exception. Its
// attributes live in a small slice (few attributes: a linear scan beats
// hashing) until something asks for __dict__ itself (vars(),
// obj.__dict__) or they grow many; from then on dict is the storage.
type Instance struct {
	Class  *Class
	fields []field
	dict   *Dict
	// base is the builtin value an instance of a class deriving from int,
	// str or tuple is (an IntEnum member's int, a named tuple's items):
	// the operators and protocols fall back to it (class_valuebase.go).
	base any
	// slots holds the values of a class with __slots__ (class_slots.go).
	slots []slotCell
	// native is the Go value of an instance of a class deriving from a
	// native library class (class_native.go).
	native any
}

type field struct {
	name string
	val  any
}

const maxInstanceFields = 16

func (o *Instance) getField(name string) (any, bool) {
	if o.dict != nil {
		return o.dict.Get(name)
	}
	for i := range o.fields {
		if o.fields[i].name == name {
			return o.fields[i].val, true
		}
	}
	return nil, false
}

func (o *Instance) setField(name string, v any) {
	if o.dict == nil {
		for i := range o.fields {
			if o.fields[i].name == name {
				o.fields[i].val = v
				return
			}
		}
		if len(o.fields) < maxInstanceFields {
			if o.fields == nil {
				// Most instances get as many attributes as the last one
				// of their class did: one allocation instead of regrowing.
				o.fields = make([]field, 0, max(int(o.Class.fieldHint.Load()), 2))
			}
			o.fields = append(o.fields, field{name, v})
			if n := int32(len(o.fields)); n > o.Class.fieldHint.Load() {
				o.Class.fieldHint.Store(n)
			}
			return
		}
		o.Dict()
	}
	o.dict.Set(name, v)
}

func (o *Instance) delField(name string) bool {
	if o.dict != nil {
		_, ok := o.dict.Delete(name)
		return ok
	}
	for i := range o.fields {
		if o.fields[i].name == name {
			o.fields = append(o.fields[:i], o.fields[i+1:]...)
			return true
		}
	}
	return false
}

// Dict is obj.__dict__: the attributes move into a *Dict, which is their
// storage from then on (so changes through either view are seen).
func (o *Instance) Dict() *Dict {
	if o.dict == nil {
		o.dict = NewDict()
		for _, f := range o.fields {
			o.dict.Set(f.name, f.val)
		}
		o.fields = nil
	}
	return o.dict
}

// ObjectRepr is object.__repr__: <__main__.Foo object at 0x...>.
func ObjectRepr(x any) string {
	c := TypeOf(x)
	return "<" + c.Module + "." + c.qualName() + " object at " + addrHex(x) + ">"
}

func (c *Class) qualName() string {
	if c.QualName != "" {
		return c.QualName
	}
	return c.Name
}

// PyRepr is repr(obj): __repr__ when the class defines one.
func (o *Instance) PyRepr() string {
	if m := o.Class.userMethod("__repr__"); m != nil {
		return reprResult(callBound(m, o, nil), "__repr__")
	}
	if o.Class.enum != nil {
		return enumRepr(o)
	}
	if nt := o.Class.namedTuple; nt != nil {
		return ntRepr(o, nt)
	}
	if o.base != nil {
		return Repr(o.base)
	}
	if o.native != nil {
		// The native class's __repr__ (Thread's names the subclass).
		if r, ok := o.Class.lookup("__repr__"); ok {
			return reprResult(callBound(r, o, nil), "__repr__")
		}
	}
	if o.Class == ObjectType {
		return "<object object at " + addrHex(o) + ">"
	}
	return ObjectRepr(o)
}

// PyStr is str(obj): __str__, else repr.
func (o *Instance) PyStr() string {
	if m := o.Class.userMethod("__str__"); m != nil {
		return reprResult(callBound(m, o, nil), "__str__")
	}
	if o.Class.enum != nil {
		return enumStr(o)
	}
	if s, isStr := o.base.(string); isStr {
		return s // str.__str__ comes before object.__str__ in the MRO
	}
	if o.base != nil && o.Class.namedTuple == nil && o.Class.userMethod("__repr__") == nil {
		return Str(o.base)
	}
	return o.PyRepr()
}

func reprResult(v any, what string) string {
	s, ok := v.(string)
	if !ok {
		panic(New(TypeError, what+" returned non-string (type "+TypeName(v)+")"))
	}
	return s
}

// PyType names the class in error messages.
func (o *Instance) PyType() string { return o.Class.Name }

// PyGetAttr is o.name.
func (o *Instance) PyGetAttr(name string) (any, bool) {
	switch name {
	case "__dict__":
		if o.Class != ObjectType && !o.Class.noDict {
			return o.Dict(), true
		}
	case "__class__":
		return o.Class, true
	}
	if o.Class.enum != nil {
		if v, ok := enumAttr(o, name); ok {
			return v, true
		}
	}
	if o.Class.plainAttrs {
		// No data descriptors: an instance attribute wins without
		// looking at the class.
		if v, ok := o.getField(name); ok {
			return v, true
		}
	}
	if v, ok := instanceAttr(o, o.Class, name, o.getField); ok {
		return v, true
	}
	if o.base != nil {
		// The builtin base's methods (str.upper, tuple.count, ...).
		return LookupAttr(o.base, name)
	}
	return nil, false
}

// PySetAttr is o.name = v.
func (o *Instance) PySetAttr(name string, v any) bool {
	if o.Class == ObjectType {
		return false
	}
	if o.Class.enum != nil && (name == "name" || name == "value") {
		panic(New(AttributeError, "<enum 'Enum'> cannot set attribute '"+name+"'"))
	}
	if nt := o.Class.namedTuple; nt != nil {
		ntSetAttr(o, nt, name)
	}
	c := o.Class
	if c.plainAttrs {
		o.setField(name, v)
		return true
	}
	if m := c.userMethod("__setattr__"); m != nil {
		callBound(m, o, []any{name, v})
		return true
	}
	objectSetAttr(o, name, v)
	return true
}

func objectSetAttr(o *Instance, name string, v any) {
	if setDescriptor(o, o.Class, name, v) {
		return
	}
	if o.Class.noDict {
		panic(New(AttributeError, "'"+o.Class.Name+"' object has no attribute '"+name+"'"))
	}
	o.setField(name, v)
}

// setDescriptor runs a property's setter; true when name is a property.
func setDescriptor(obj any, c *Class, name string, v any) bool {
	attr, ok := c.lookup(name)
	if !ok {
		return false
	}
	if m, isSlot := attr.(*SlotMember); isSlot {
		m.set(obj.(*Instance), v)
		return true
	}
	p, ok := attr.(*Property)
	if !ok {
		return false
	}
	if p.Set == nil {
		panic(New(AttributeError, "property '"+p.name()+"' of '"+c.Name+"' object has no setter"))
	}
	Call(p.Set, []any{obj, v}, nil)
	return true
}

// callMethod is o.name(*args, **kw) without building a bound method when
// name is a plain method of the class.
func (o *Instance) callMethod(name string, args []any, kw []KW) any {
	attr, found := o.Class.lookup(name)
	if found {
		if f, ok := attr.(*Function); ok && f.Self == nil && !f.Builtin {
			if _, shadowed := o.getField(name); !shadowed {
				return f.Fn(prepend(o, args), kw)
			}
		}
	}
	if m, ok := o.PyGetAttr(name); ok {
		return Call(m, args, kw)
	}
	panic(noAttr(o, name))
}

// Call is obj(...): __call__.
func (o *Instance) Call(args []any, kw []KW) any {
	m, ok := o.Class.lookup("__call__")
	if !ok {
		panic(New(TypeError, "'"+o.Class.Name+"' object is not callable"))
	}
	return callBound(m, o, args, kw...)
}

// instanceAttr is object.__getattribute__ (then __getattr__): data
// descriptors, the instance dict, class attributes (functions bind).
func instanceAttr(obj any, c *Class, name string, dict func(string) (any, bool)) (any, bool) {
	attr, found := c.lookup(name)
	if found {
		if m, ok := attr.(*SlotMember); ok {
			if v, set := m.get(obj.(*Instance)); set {
				return v, true
			}
			if ga := c.userMethod("__getattr__"); ga != nil {
				return callBound(ga, obj, []any{name}), true
			}
			panic(New(AttributeError, "'"+c.Name+"' object has no attribute '"+name+"'"))
		}
		if p, ok := attr.(*Property); ok {
			if p.Get == nil {
				panic(New(AttributeError, "property '"+p.name()+"' of '"+c.Name+"' object has no getter"))
			}
			ga := c.userMethod("__getattr__")
			if ga == nil {
				return Call(p.Get, []any{obj}, nil), true
			}
			// An AttributeError from the getter falls back to
			// __getattr__ (slot_tp_getattr_hook).
			var v any
			if exc := Try(func() { v = Call(p.Get, []any{obj}, nil) }); exc != nil {
				if !exc.Is(AttributeError) {
					panic(exc)
				}
				return callBound(ga, obj, []any{name}), true
			}
			return v, true
		}
	}
	if v, ok := dict(name); ok {
		return v, true
	}
	if found {
		return bindAttr(attr, obj, c), true
	}
	if ga := c.userMethod("__getattr__"); ga != nil {
		return callBound(ga, obj, []any{name}), true
	}
	return nil, false
}

// lookupAttrQuiet is LookupAttr where an AttributeError raised while
// looking (by a property getter or __getattr__) means the attribute is
// missing, as hasattr and getattr with a default treat it.
func lookupAttrQuiet(x any, name string) (v any, ok bool) {
	if _, isObj := x.(*Instance); !isObj {
		return LookupAttr(x, name)
	}
	if exc := Try(func() { v, ok = LookupAttr(x, name) }); exc != nil {
		if exc.Is(AttributeError) {
			return nil, false
		}
		panic(exc)
	}
	return v, ok
}

// bindAttr is the descriptor __get__ of a class attribute read through an
// instance (obj) or through the class itself (obj == nil).
func bindAttr(attr any, obj any, c *Class) any {
	switch a := attr.(type) {
	case *Function:
		if obj == nil || a.Self != nil || a.Builtin && !a.unbound {
			return a
		}
		return BindMethod(a, obj)
	case *StaticMethod:
		return a.Fn
	case *ClassMethod:
		return BindMethod(a.Fn, c)
	case *TupleGetter:
		if obj != nil {
			return ntItems(obj)[a.index]
		}
	case *CachedProperty:
		if obj == nil {
			return a
		}
		if o, ok := obj.(*Instance); ok && o.Class.noDict {
			panic(New(TypeError, "No '__dict__' attribute on '"+o.Class.Name+"' instance to cache '"+a.name+"' property."))
		}
		v := Call(a.Fn, []any{obj}, nil)
		if o, ok := obj.(*Instance); ok {
			o.setField(a.name, v)
		} else {
			SetAttr(obj, a.name, v)
		}
		return v
	case *Property:
		if obj == nil {
			return a
		}
	case *PartialMethod:
		return a.get(obj, c)
	}
	return attr
}

// BindMethod makes the bound method fn.__get__(self).
func BindMethod(fn any, self any) any {
	f, ok := fn.(*Function)
	if !ok {
		return &Function{Name: TypeName(fn), Self: self, Fn: func(args []any, kw []KW) any {
			return Call(fn, append([]any{self}, args...), kw)
		}}
	}
	return &Function{Name: f.Name, QualName: f.QualName, File: f.File, Line: f.Line, Doc: f.Doc, Self: self,
		Builtin: f.Builtin, ReprText: f.boundRepr(self), method: f, Kind: f.Kind,
		Fn: func(args []any, kw []KW) any {
			return f.Fn(prepend(self, args), kw)
		}}
}

// PyEq is == of bound methods (method_richcompare): the same function
// bound to the same object, so a listener registered as obj.method can be
// found and removed with another obj.method. Other functions compare by
// identity.
func (f *Function) PyEq(other any) bool {
	g, ok := other.(*Function)
	if !ok {
		return false
	}
	if f == g {
		return true
	}
	return f.method != nil && f.method == g.method && Is(f.Self, g.Self)
}

// boundHash keeps hash consistent with PyEq for bound methods (CPython
// hashes the object's address with the function's).
func (f *Function) boundHash() (int, bool) {
	if f.method == nil || f.Self == nil {
		return 0, false
	}
	return int((Addr(f.Self) >> 4) ^ (Addr(f.method) >> 4)), true
}

func (f *Function) boundRepr(self any) string {
	if !f.Builtin {
		return ""
	}
	return "<method-wrapper '" + f.Name + "' of " + TypeName(self) + " object at " + addrHex(self) + ">"
}

func prepend(x any, args []any) []any {
	out := make([]any, len(args)+1)
	out[0] = x
	copy(out[1:], args)
	return out
}

// callBound calls a method found on a class with self as first argument.
func callBound(m any, self any, args []any, kw ...KW) any {
	switch f := m.(type) {
	case *Function:
		if f.Self == nil && (!f.Builtin || f.unbound) {
			return f.Fn(prepend(self, args), kw)
		}
	case *StaticMethod:
		return Call(f.Fn, args, kw)
	case *ClassMethod:
		return Call(f.Fn, prepend(TypeOf(self), args), kw)
	}
	return Call(bindAttr(m, self, TypeOf(self)), args, kw)
}

// classAttr is Cls.name for a user class (and builtin classes' inherited
// methods): functions come back unbound, classmethods bound to the class.
func classAttr(c *Class, name string) (any, bool) {
	switch name {
	case "__name__":
		if n, ok := dtTypeNames[c]; ok { // Name is the tp_name "datetime.date"
			return n, true
		}
		return c.Name, true
	case "__qualname__":
		return c.qualName(), true
	case "__mro__":
		m := c.MRO()
		t := make(Tuple, len(m))
		for i, k := range m {
			t[i] = k
		}
		return t, true
	case "__bases__":
		bs := c.bases()
		if len(bs) == 0 {
			return Tuple{}, true
		}
		t := make(Tuple, len(bs))
		for i, k := range bs {
			t[i] = k
		}
		return t, true
	case "__members__":
		if c.enum != nil {
			return enumMembersDict(c), true
		}
	case "__dict__":
		if c.Dict != nil || c == ObjectType {
			return classDict(c), true
		}
	case "__abstractmethods__":
		if c.Dict != nil && c.IsSubclass(ABCType) {
			return abstractMethodsAttr(c), true
		}
	case "__annotations__":
		if c.Dict != nil {
			panic(New(NotImplementedError, "not implemented: a class's __annotations__ (annotations are not evaluated)"))
		}
	case "__doc__":
		if c.Dict != nil {
			if d, ok := c.Dict.Get("__doc__"); ok {
				return d, true
			}
			return nil, true
		}
	}
	if c.Dict == nil {
		if v, ok := c.nativeAttrs[name]; ok {
			return bindAttr(v, nil, c), true
		}
		return nil, false
	}
	attr, ok := c.lookup(name)
	if !ok {
		return nil, false
	}
	return bindAttr(attr, nil, c), true
}

// Super is the zero-argument super() of a method of class cls whose first
// argument is self (an instance, or a class in a classmethod).
type Super struct {
	Class *Class
	Self  any
}

// NewSuper is super() inside a method of cls.
func NewSuper(cls *Class, self any) *Super {
	return &Super{Class: cls, Self: self}
}

func (s *Super) selfType() *Class {
	if c, ok := s.Self.(*Class); ok && c.IsSubclass(s.Class) {
		return c
	}
	return TypeOf(s.Self)
}

// PyGetAttr looks name up after Class in the MRO of self's type.
func (s *Super) PyGetAttr(name string) (any, bool) {
	mro := s.selfType().MRO()
	i := 0
	for i < len(mro) && mro[i] != s.Class {
		i++
	}
	for _, k := range mro[min(i+1, len(mro)):] {
		var v any
		var ok bool
		if k.Dict != nil {
			v, ok = k.Dict.Get(name)
		} else if o, isInst := s.Self.(*Instance); isInst && o.base != nil && k == o.Class.valueBase {
			// list.append, dict.__setitem__, ... of the builtin value.
			return baseAttr(o, name)
		} else if f := builtinClassMethod(k, name); f != nil {
			v, ok = f, true
		} else if nv, isNative := k.nativeAttrs[name]; isNative {
			v, ok = nv, true
		}
		if !ok {
			continue
		}
		if _, isClass := s.Self.(*Class); isClass {
			if cm, ok := v.(*ClassMethod); ok {
				return BindMethod(cm.Fn, s.Self), true
			}
			return bindAttr(v, nil, k), true
		}
		if p, ok := v.(*Property); ok && p.Get != nil {
			return Call(p.Get, []any{s.Self}, nil), true
		}
		return bindAttr(v, s.Self, s.selfType()), true
	}
	return nil, false
}

// PyRepr is <super: <class 'B'>, <B object>>.
func (s *Super) PyRepr() string {
	return "<super: <class '" + s.Class.Name + "'>, <" + TypeName(s.Self) + " object>>"
}

// PyType names super in error messages.
func (s *Super) PyType() string { return "super" }

// Property is a property object (@property, .setter, .deleter).
type Property struct {
	Get, Set, Del any
	Doc           any
}

func (p *Property) name() string {
	if f, ok := p.Get.(*Function); ok {
		return f.Name
	}
	return "?"
}

// PyRepr is <property object at 0x...>.
func (p *Property) PyRepr() string { return "<property object at " + addrHex(p) + ">" }

// PyType names property in error messages.
func (p *Property) PyType() string { return "property" }

// PyGetAttr serves .setter/.deleter/.getter and fget/fset/fdel.
func (p *Property) PyGetAttr(name string) (any, bool) {
	with := func(f func(q *Property, fn any)) any {
		return NewBuiltin(name, func(args []any, kw []KW) any {
			arity(name, args, 1, 1)
			q := *p
			f(&q, args[0])
			return &q
		})
	}
	switch name {
	case "setter":
		return with(func(q *Property, fn any) { q.Set = fn }), true
	case "deleter":
		return with(func(q *Property, fn any) { q.Del = fn }), true
	case "getter":
		return with(func(q *Property, fn any) { q.Get = fn }), true
	case "fget":
		return p.Get, true
	case "fset":
		return p.Set, true
	case "fdel":
		return p.Del, true
	case "__doc__":
		return p.Doc, true
	}
	return nil, false
}

// StaticMethod is staticmethod(fn).
type StaticMethod struct{ Fn any }

// PyRepr is <staticmethod(<function f at 0x...>)>.
func (s *StaticMethod) PyRepr() string { return "<staticmethod(" + Repr(s.Fn) + ")>" }

// PyType names staticmethod in error messages.
func (s *StaticMethod) PyType() string { return "staticmethod" }

// Call calls the wrapped function (staticmethod objects are callable).
func (s *StaticMethod) Call(args []any, kw []KW) any { return Call(s.Fn, args, kw) }

// ClassMethod is classmethod(fn).
type ClassMethod struct{ Fn any }

// PyRepr is <classmethod(<function f at 0x...>)>.
func (c *ClassMethod) PyRepr() string { return "<classmethod(" + Repr(c.Fn) + ")>" }

// PyType names classmethod in error messages.
func (c *ClassMethod) PyType() string { return "classmethod" }

// builtinMethods holds, per builtin class, the methods it offers its
// subclasses (built once: lookups must not allocate).
var builtinMethods = map[*Class]map[string]*Function{}

// builtinClassMethod is the method a builtin class offers its subclasses
// under name (nil when it has none we model).
func builtinClassMethod(k *Class, name string) *Function {
	return builtinMethods[k][name]
}

func init() {
	for _, k := range []*Class{ObjectType, BaseException} {
		m := map[string]*Function{}
		for _, name := range []string{"__init__", "__repr__", "__str__", "__setattr__", "__eq__", "__hash__"} {
			if f := makeBuiltinMethod(k, name); f != nil {
				m[name] = f
			}
		}
		builtinMethods[k] = m
	}
}

func makeBuiltinMethod(k *Class, name string) *Function {
	var fn func(self any, args []any, kw []KW) any
	switch {
	case k == ObjectType:
		switch name {
		case "__init__":
			fn = func(self any, args []any, kw []KW) any {
				if len(args) > 0 || len(kw) > 0 {
					panic(New(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)"))
				}
				return nil
			}
		case "__repr__":
			fn = func(self any, args []any, kw []KW) any { return ObjectRepr(self) }
		case "__str__":
			fn = func(self any, args []any, kw []KW) any { return Str(self) }
		case "__setattr__":
			fn = func(self any, args []any, kw []KW) any {
				arity("__setattr__", args, 2, 2)
				o, ok := self.(*Instance)
				if !ok {
					SetAttr(self, attrName("__setattr__", args[0]), args[1])
					return nil
				}
				objectSetAttr(o, attrName("__setattr__", args[0]), args[1])
				return nil
			}
		case "__eq__":
			fn = func(self any, args []any, kw []KW) any {
				arity("__eq__", args, 1, 1)
				if self == args[0] {
					return true
				}
				return NotImplemented
			}
		case "__hash__":
			fn = func(self any, args []any, kw []KW) any { return int(Addr(self) >> 4) }
		}
	case k == BaseException:
		switch name {
		case "__init__":
			fn = func(self any, args []any, kw []KW) any {
				if e, ok := self.(*Exception); ok {
					e.Args = append([]any{}, args...)
				}
				return nil
			}
		case "__str__":
			fn = func(self any, args []any, kw []KW) any { return excStrDefault(self.(*Exception)) }
		case "__repr__":
			fn = func(self any, args []any, kw []KW) any { return excReprDefault(self.(*Exception)) }
		}
	}
	if fn == nil {
		return nil
	}
	f := NewBuiltin(name, func(args []any, kw []KW) any {
		if len(args) == 0 {
			panic(New(TypeError, "descriptor '"+name+"' of '"+k.Name+"' object needs an argument"))
		}
		return fn(args[0], args[1:], kw)
	})
	f.QualName = k.Name + "." + name
	f.unbound = true
	f.ReprText = "<slot wrapper '" + name + "' of '" + k.Name + "' objects>"
	return f
}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is the singleton binary special methods return to decline.
var NotImplemented = &NotImplementedType{}

// PyRepr is NotImplemented.
func (*NotImplementedType) PyRepr() string { return "NotImplemented" }

// PyType names the type in error messages.
func (*NotImplementedType) PyType() string { return "NotImplementedType" }

// newInstance is calling a user class: __init__ on a fresh instance.
func (c *Class) newInstance(args []any, kw []KW) any {
	if nt := c.namedTuple; nt != nil {
		return nt.construct(c, args, kw)
	}
	if c.valueBase != nil {
		return newValueInstance(c, args, kw)
	}
	if k := c.nativeBase(); k != nil {
		return newNativeInstance(c, k, args, kw)
	}
	if c.userMethod("__new__") != nil {
		panic(New(NotImplementedError, "not implemented: __new__"))
	}
	var self any
	if c.IsSubclass(BaseException) {
		e := &Exception{Class: c, Args: append([]any{}, args...)}
		if c.IsSubclass(BaseExceptionGroup) {
			panic(New(NotImplementedError, "not implemented: subclassing ExceptionGroup"))
		}
		self = e
	} else {
		self = &Instance{Class: c}
	}
	if c.isProtocol() {
		panic(New(TypeError, "Protocols cannot be instantiated"))
	}
	checkAbstract(c)
	init := c.userMethod("__init__")
	if init == nil {
		if _, isExc := self.(*Exception); !isExc && (len(args) > 0 || len(kw) > 0) {
			panic(New(TypeError, c.Name+"() takes no arguments"))
		}
		if _, isExc := self.(*Exception); isExc && len(kw) > 0 {
			panic(New(TypeError, c.Name+"() takes no keyword arguments"))
		}
		return self
	}
	if r := callBound(init, self, args, kw...); r != nil {
		panic(New(TypeError, "__init__() should return None, not '"+TypeName(r)+"'"))
	}
	return self
}

// NewObject is object(): a featureless sentinel.
func NewObject() *Instance { return &Instance{Class: ObjectType} }

// DelAttr is del x.name.
func DelAttr(x any, name string) {
	switch o := x.(type) {
	case *Instance:
		if o.Class != ObjectType {
			// Only the runtime defines __delattr__ (a frozen dataclass's):
			// the frontend rejects a user-written one.
			if m := o.Class.userMethod("__delattr__"); m != nil {
				callBound(m, o, []any{name})
				return
			}
			if attr, ok := o.Class.lookup(name); ok {
				if m, ok := attr.(*SlotMember); ok {
					m.del(o)
					return
				}
				if p, ok := attr.(*Property); ok {
					if p.Del == nil {
						panic(New(AttributeError, "property '"+p.name()+"' of '"+o.Class.Name+"' object has no deleter"))
					}
					Call(p.Del, []any{o}, nil)
					return
				}
			}
			if o.delField(name) {
				return
			}
		}
	case *Exception:
		if _, ok := o.Attrs[name]; ok {
			delete(o.Attrs, name)
			return
		}
	case *Class:
		if o.Dict != nil && o.Dict.Contains(name) {
			o.Dict.Delete(name)
			classChanged(o)
			return
		}
	case *Function:
		if _, ok := o.Attrs[name]; ok {
			delete(o.Attrs, name)
			return
		}
	}
	panic(noAttr(x, name))
}

// Vars is vars(x).
func Vars(x any) any {
	switch o := x.(type) {
	case *Class:
		if o.Dict != nil || o == ObjectType {
			return classDict(o)
		}
	case *Function:
		if o.class == ObjectType {
			return classDict(o.class) // vars(object): the builtin name as a value
		}
	case *Instance:
		if o.Class != ObjectType && !o.Class.noDict {
			return o.Dict()
		}
	case *Exception:
		d := NewDict()
		for _, k := range sortedKeys(o.Attrs) {
			d.Set(k, o.Attrs[k])
		}
		return d
	}
	panic(New(TypeError, "vars() argument must have __dict__ attribute"))
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func init() {
	builtins["vars"] = func(a []any, kw []KW) any {
		noKw("vars", kw)
		arity("vars", a, 1, 1)
		return Vars(a[0])
	}
	builtins["delattr"] = func(a []any, kw []KW) any {
		noKw("delattr", kw)
		arity("delattr", a, 2, 2)
		DelAttr(a[0], attrName("delattr", a[1]))
		return nil
	}
	builtins["property"] = func(a []any, kw []KW) any {
		arity("property", a, 0, 4)
		p := &Property{}
		slots := []*any{&p.Get, &p.Set, &p.Del, &p.Doc}
		for i, v := range a {
			*slots[i] = v
		}
		for _, k := range kw {
			switch k.Name {
			case "fget":
				p.Get = k.Value
			case "fset":
				p.Set = k.Value
			case "fdel":
				p.Del = k.Value
			case "doc":
				p.Doc = k.Value
			default:
				panic(New(TypeError, "property() got an unexpected keyword argument '"+k.Name+"'"))
			}
		}
		if p.Doc == nil {
			if f, ok := p.Get.(*Function); ok {
				p.Doc = f.Doc
			}
		}
		return p
	}
	builtins["staticmethod"] = func(a []any, kw []KW) any {
		noKw("staticmethod", kw)
		arity("staticmethod", a, 1, 1)
		return &StaticMethod{Fn: a[0]}
	}
	builtins["classmethod"] = func(a []any, kw []KW) any {
		noKw("classmethod", kw)
		arity("classmethod", a, 1, 1)
		return &ClassMethod{Fn: a[0]}
	}
}

// ClassNamespace is the namespace a class body fills, given the class's
// bases. An enumeration's body resolves auto() as each member is bound
// (CPython's _EnumDict), so later lines of the body see the values.
func ClassNamespace(bases Tuple) *Dict {
	ns := NewDict()
	for _, b := range bases {
		if c, ok := b.(*Class); ok && c.IsSubclass(EnumType) {
			ns.Set(enumBodyKey, c)
			break
		}
	}
	return ns
}

// enumBodyKey marks the namespace of an enumeration's body (the value is
// its first enum base).
const enumBodyKey = "\x00enum"

// ClassStore is `name = v` while a class body runs.
func ClassStore(ns *Dict, name string, v any) {
	if _, isAuto := v.(*AutoValue); isAuto {
		if base, ok := ns.Get(enumBodyKey); ok {
			v = enumBodyAuto(base.(*Class), ns, name)
		}
	}
	ns.Set(name, v)
}

// ClassLoad reads name while a class body runs: the namespace, else
// global() (nil when the module binds no such name), else NameError.
func ClassLoad(ns *Dict, name string, global func() any) any {
	if v, ok := ns.Get(name); ok {
		return v
	}
	if global != nil {
		return global()
	}
	panic(New(NameError, "name '"+name+"' is not defined"))
}

// SuperOf is super(cls, obj).
func SuperOf(cls, obj any) *Super {
	c, ok := cls.(*Class)
	if !ok {
		panic(New(TypeError, "super() argument 1 must be a type, not "+TypeName(cls)))
	}
	return NewSuper(c, obj)
}

// ClassDel is `del name` while a class body runs.
func ClassDel(ns *Dict, name string) {
	if _, ok := ns.Delete(name); !ok {
		panic(New(NameError, "name '"+name+"' is not defined"))
	}
}
