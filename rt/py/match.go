package py

// The structural tests of match statements (PEP 634). The frontend lowers
// a match statement into ordinary ifs and assignments; these helpers are
// the tests it cannot spell in Python: each returns the matched parts as
// a *List (nil when the pattern does not match), which the lowered code
// then matches against the sub-patterns.

// MatchSequence is a sequence pattern's test: x must be a sequence (not
// str, bytes or a mapping) of exactly n items, or at least n when star
// >= 0. The result lists the items; the starred ones are collected into
// one list at index star.
func MatchSequence(x, n, star any) any {
	var items []any
	switch v := x.(type) {
	case *List:
		items = v.Items
	case Tuple:
		items = v
	case *Range:
		items = v.items()
	case *Deque:
		items = v.items
	case *Instance:
		t, ok := v.base.(Tuple)
		if !ok {
			return nil
		}
		items = t
	default:
		return nil
	}
	want, at := n.(int), star.(int)
	if at < 0 {
		if len(items) != want {
			return nil
		}
		return &List{Items: append([]any(nil), items...)}
	}
	if len(items) < want {
		return nil
	}
	after := want - at
	out := make([]any, 0, want+1)
	out = append(out, items[:at]...)
	out = append(out, &List{Items: append([]any(nil), items[at:len(items)-after]...)})
	out = append(out, items[len(items)-after:]...)
	return &List{Items: out}
}

// MatchMapping is a mapping pattern's test: x must be a mapping holding
// every key of keys. The result lists their values, then (rest) a dict of
// the other items.
func MatchMapping(x, keys, rest any) any {
	var d *Dict
	switch v := x.(type) {
	case *Dict:
		d = v
	case *Counter:
		d = v.d
	case *DefaultDict:
		d = v.d // get(), not [], so the factory is not called
	case *OrderedDict:
		d = v.d
	default:
		return nil
	}
	ks := keys.(Tuple)
	out := make([]any, 0, len(ks)+1)
	for _, k := range ks {
		v, ok := d.Get(k)
		if !ok {
			return nil
		}
		out = append(out, v)
	}
	if Truth(rest) {
		r := NewDict()
		for k, v := range d.All() {
			if !containsItem(ks, k) {
				r.Set(k, v)
			}
		}
		out = append(out, r)
	}
	return &List{Items: out}
}

// selfMatching are the builtin classes whose single positional
// sub-pattern matches the subject itself (int(x), str(s), ...).
func selfMatching(c *Class) bool {
	switch c {
	case BoolType, FloatType, IntType, StrType, ListType, TupleType, DictType, SetType, FrozenSetType:
		return true
	}
	return false
}

// MatchClass is a class pattern's test: x must be an instance of cls with
// every attribute the pattern names (the first npos through
// __match_args__, then kwnames). The result lists the attributes' values
// in that order.
func MatchClass(x, cls, npos, kwnames any) any {
	c, ok := cls.(*Class)
	if f, isF := cls.(*Function); isF && f.class != nil {
		c, ok = f.class, true // a builtin type used as a value (int, str)
	}
	if !ok {
		panic(New(TypeError, "called match pattern must be a type"))
	}
	if !c.IsInstance(x) {
		return nil
	}
	pos := npos.(int)
	kws := kwnames.(Tuple)
	out := make([]any, 0, pos+len(kws))
	var names []string
	if pos > 0 {
		if selfMatching(c) && x != nil {
			if pos > 1 {
				panic(New(TypeError, c.Name+"() accepts 1 positional sub-pattern ("+itoa(pos)+" given)"))
			}
			out = append(out, x)
		} else {
			ma, found := LookupAttr(c, "__match_args__")
			var args Tuple
			if found {
				t, ok := ma.(Tuple)
				if !ok {
					panic(New(TypeError, c.Name+".__match_args__ must be a tuple (got "+TypeName(ma)+")"))
				}
				args = t
			}
			if pos > len(args) {
				s := "s"
				if len(args) == 1 {
					s = ""
				}
				panic(New(TypeError, c.Name+"() accepts "+itoa(len(args))+" positional sub-pattern"+s+" ("+itoa(pos)+" given)"))
			}
			for _, a := range args[:pos] {
				name, ok := a.(string)
				if !ok {
					panic(New(TypeError, "__match_args__ elements must be strings (got "+TypeName(a)+")"))
				}
				names = append(names, name)
			}
		}
	}
	for _, k := range kws {
		names = append(names, k.(string))
	}
	for i, name := range names {
		for _, prev := range names[:i] {
			if prev == name {
				panic(New(TypeError, c.Name+"() got multiple sub-patterns for attribute '"+name+"'"))
			}
		}
	}
	for _, name := range names {
		var v any
		var ok bool
		// An AttributeError (a property raising it) is a failed match.
		if exc := Try(func() { v, ok = LookupAttr(x, name) }); exc != nil {
			if !exc.Is(AttributeError) {
				panic(exc)
			}
			return nil
		}
		if !ok {
			return nil
		}
		out = append(out, v)
	}
	return &List{Items: out}
}
