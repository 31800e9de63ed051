package py

// The set operations of dict_keys and dict_items (Objects/dictobject.c dictviews_*): both are
// set-like, so `d.keys() & {1}`, `d.items() - other`, `d.keys() == {1}` and `<=` work with any
// iterable or set on either side and produce sets. dict_values is not set-like.

func (v *dictView) setLike() bool { return v.kind != "values" }

func (v *dictView) Len() int { return v.d.Len() }

// asSetView is x as a set-like view.
func asSetView(x any) (*dictView, bool) {
	v, ok := x.(*dictView)
	return v, ok && v.setLike()
}

// contains is dictkeys_contains / dictitems_contains.
func (v *dictView) contains(item any) bool {
	switch v.kind {
	case "keys":
		return v.d.Contains(item)
	case "items":
		t, ok := item.(Tuple)
		if !ok || len(t) != 2 {
			return false
		}
		val, found := v.d.Get(t[0])
		return found && (val == t[1] || Eq(val, t[1]))
	}
	return containsItem(v.items(), item)
}

// viewToSet is dictviews_to_set: a keys view builds its set from the dict itself.
func viewToSet(x any) *Set {
	if v, ok := x.(*dictView); ok && v.kind == "keys" {
		return SetFrom(v.d)
	}
	return SetFrom(x)
}

// viewSetOp is a &, |, ^ or - b when either operand is a set-like view.
func viewSetOp(op string, a, b any) (any, bool) {
	_, aView := asSetView(a)
	_, bView := asSetView(b)
	if !aView && !bView {
		return nil, false
	}
	switch op {
	case "&":
		return viewIntersect(a, b), true
	case "^":
		av, _ := a.(*dictView)
		bv, _ := b.(*dictView)
		if aView && bView && av.kind == "items" && bv.kind == "items" {
			return dictItemsXor(av.d, bv.d), true
		}
		r := viewToSet(a)
		setMethod(r, "symmetric_difference_update", []any{b}, nil)
		return r, true
	case "-":
		r := viewToSet(a)
		r.differenceUpdate(b)
		return r, true
	}
	r := viewToSet(a)
	r.update(b)
	return r, true
}

// viewIntersect is _PyDictView_Intersect.
func viewIntersect(a, b any) *Set {
	self, ok := asSetView(a)
	other := b
	if !ok {
		self, _ = asSetView(b)
		other = a
	}
	if s, ok := other.(*Set); ok && !s.Frozen && self.Len() <= s.Len() {
		return s.Intersection(self)
	}
	if ov, ok := asSetView(other); ok && ov.Len() > self.Len() {
		self, other = ov, self
	}
	r := NewSet()
	for k := range Iter(other) {
		if self.contains(k) {
			r.Add(k)
		}
	}
	return r
}

// dictItemsXor is dictitems_xor: d2's items not matched in d1, then d1's unmatched items.
func dictItemsXor(d1, d2 *Dict) *Set {
	rest := d1.Copy()
	r := NewSet()
	for k, v2 := range d2.All() {
		if v1, found := rest.Get(k); found && (v1 == v2 || Eq(v1, v2)) {
			rest.Delete(k)
			continue
		}
		r.Add(Tuple{k, v2})
	}
	for k, v1 := range rest.All() {
		r.Add(Tuple{k, v1})
	}
	return r
}

// viewCompare is dictview_richcompare for ==, !=, <, <=, >, >=; ok is false when it does not
// apply (neither side a set-like view, or the other side neither a set nor such a view).
func viewCompare(op string, a, b any) (result, ok bool) {
	_, aView := asSetView(a)
	_, bView := asSetView(b)
	_, aSet := a.(*Set)
	_, bSet := b.(*Set)
	if !(aView && (bView || bSet) || bView && aSet) {
		return false, false
	}
	la, lb := Len(a), Len(b)
	switch op {
	case "==":
		return la == lb && allContainedIn(a, b), true
	case "!=":
		return !(la == lb && allContainedIn(a, b)), true
	case "<":
		return la < lb && allContainedIn(a, b), true
	case "<=":
		return la <= lb && allContainedIn(a, b), true
	case ">":
		return la > lb && allContainedIn(b, a), true
	}
	return la >= lb && allContainedIn(b, a), true
}

func allContainedIn(a, b any) bool {
	for k := range Iter(a) {
		if !Contains(b, k) {
			return false
		}
	}
	return true
}

func viewMethod(v *dictView, name string, args []any, kw []KW) (any, bool) {
	if name != "isdisjoint" {
		return nil, false
	}
	noKw(name, kw)
	arity(v.PyType()+".isdisjoint", args, 1, 1)
	for k := range Iter(args[0]) {
		if v.contains(k) {
			return false, true
		}
	}
	return true, true
}

// reversedView is reversed(d.keys()/values()/items()).
func reversedView(v *dictView) *Iterator {
	items := v.items()
	i := len(items)
	kind := map[string]string{"keys": "dict_reversekeyiterator", "values": "dict_reversevalueiterator", "items": "dict_reverseitemiterator"}[v.kind]
	return NewIterator(kind, func() (any, bool) {
		i--
		if i < 0 {
			return nil, false
		}
		return items[i], true
	})
}
