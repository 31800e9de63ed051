package py

import "strings"

// __slots__ (CPython's type_new_slots): a class whose body binds __slots__
// gets one member descriptor per name, and its instances have no __dict__
// unless a base gives them one or the slots name '__dict__'. Slot values
// live in Instance.slots, indexed by the member's position in the layout
// (a subclass's slots follow its base's). Exception classes, enums, named
// tuples and subclasses of builtin value types are refused, as is
// multiple inheritance from bases that both have slots.

// SlotMember is the member descriptor of one slot: P.a.
type SlotMember struct {
	name  string
	cls   *Class
	index int
}

// PyRepr is <member 'a' of 'P' objects>.
func (m *SlotMember) PyRepr() string {
	return "<member '" + m.name + "' of '" + m.cls.Name + "' objects>"
}

// PyType names the type in error messages.
func (m *SlotMember) PyType() string { return "member_descriptor" }

// PyGetAttr serves __name__, __qualname__, __objclass__ and __doc__.
func (m *SlotMember) PyGetAttr(name string) (any, bool) {
	switch name {
	case "__name__":
		return m.name, true
	case "__qualname__":
		return m.cls.Name + "." + m.name, true
	case "__objclass__":
		return m.cls, true
	case "__doc__":
		return nil, true
	}
	return nil, false
}

// slotCell is one slot of an instance; set is false while it is empty.
type slotCell struct {
	v   any
	set bool
}

// get reads the slot of o (false: unset).
func (m *SlotMember) get(o *Instance) (any, bool) {
	if m.index < len(o.slots) && o.slots[m.index].set {
		return o.slots[m.index].v, true
	}
	return nil, false
}

func (m *SlotMember) set(o *Instance, v any) {
	if o.slots == nil {
		o.slots = make([]slotCell, o.Class.slotCount)
	}
	o.slots[m.index] = slotCell{v, true}
}

// del empties the slot; CPython's message is the bare name.
func (m *SlotMember) del(o *Instance) {
	if _, ok := m.get(o); !ok {
		panic(New(AttributeError, m.name))
	}
	o.slots[m.index] = slotCell{}
}

// makeSlots reads the __slots__ a class body bound (v) and adds the member
// descriptors to the namespace. Called by MakeClass before buildTable.
func makeSlots(c *Class, v any) {
	if c.IsSubclass(BaseException) || c.valueBase != nil || c.namedTuple != nil || c.IsSubclass(EnumType) {
		panic(New(NotImplementedError, "not implemented: __slots__ on an exception class, enum, named tuple or subclass of a builtin type"))
	}
	var names []any
	if s, ok := v.(string); ok {
		names = []any{s}
	} else {
		for x := range Iter(v) {
			names = append(names, x)
		}
	}
	baseDict, baseWeakref, base := false, false, 0
	for _, b := range c.Bases {
		if b == ObjectType {
			continue
		}
		if !b.noDict {
			baseDict = true
		}
		if !b.noWeakref {
			baseWeakref = true
		}
		if b.slotCount > 0 {
			if base > 0 {
				panic(New(NotImplementedError, "not implemented: multiple inheritance from classes with __slots__"))
			}
			base = b.slotCount
		}
	}
	var members []string
	wantDict, wantWeakref := false, false
	for _, x := range names {
		s, ok := x.(string)
		if !ok {
			panic(New(TypeError, "__slots__ items must be strings, not '"+TypeName(x)+"'"))
		}
		if !isIdentifier(s) {
			panic(New(TypeError, "__slots__ must be identifiers"))
		}
		switch s {
		case "__dict__":
			if baseDict || wantDict {
				panic(New(TypeError, "__dict__ slot disallowed: we already got one"))
			}
			wantDict = true
			continue
		case "__weakref__":
			if baseWeakref || wantWeakref {
				panic(New(TypeError, "__weakref__ slot disallowed: either we already got one, or the itemsize is not 0"))
			}
			wantWeakref = true
			continue
		}
		if strings.HasPrefix(s, "__") && !strings.HasSuffix(s, "__") && strings.TrimLeft(c.Name, "_") != "" {
			// CPython mangles it to _P__x, but the translator does not
			// mangle private names elsewhere (self.__x stays __x).
			panic(New(NotImplementedError, "not implemented: a private name ("+s+") in __slots__"))
		}
		members = append(members, s)
	}
	for _, s := range members {
		if c.Dict.Contains(s) {
			panic(New(ValueError, Repr(s)+" in __slots__ conflicts with class variable"))
		}
	}
	for i, s := range members {
		c.Dict.Set(s, &SlotMember{name: s, cls: c, index: base + i})
	}
	c.ownSlots = true
	c.slotCount = base + len(members)
	c.noDict = !baseDict && !wantDict
	c.noWeakref = !baseWeakref && !wantWeakref
	c.slotDict, c.slotWeakref = wantDict, wantWeakref
}

// inheritSlots gives a class without __slots__ its bases' slot layout (its
// instances have a __dict__ again).
func inheritSlots(c *Class) {
	for _, b := range c.Bases {
		if b.slotCount > 0 {
			if c.slotCount > 0 {
				panic(New(NotImplementedError, "not implemented: multiple inheritance from classes with __slots__"))
			}
			c.slotCount = b.slotCount
		}
	}
}
