package py

func listMethod(l *List, name string, args []any, kw []KW) (any, bool) {
	if name != "sort" {
		noKw(name, kw)
	}
	switch name {
	case "append":
		arity("list.append", args, 1, 1)
		l.Append(args[0])
	case "extend":
		arity("list.extend", args, 1, 1)
		l.Extend(args[0])
	case "insert":
		arity("insert", args, 2, 2)
		l.Insert(indexArg(args[0]), args[1])
	case "pop":
		arity("pop", args, 0, 1)
		return l.Pop(args...), true
	case "remove":
		arity("list.remove", args, 1, 1)
		l.Remove(args[0])
	case "index":
		arity("index", args, 1, 3)
		return l.Index(args[0], args[1:]...), true
	case "count":
		arity("list.count", args, 1, 1)
		return l.Count(args[0]), true
	case "sort":
		if len(args) > 0 {
			panic(New(TypeError, "sort() takes no positional arguments"))
		}
		key, reverse := sortKw("sort", kw)
		l.Sort(key, reverse)
	case "reverse":
		arity("reverse", args, 0, 0)
		l.Reverse()
	case "clear":
		arity("clear", args, 0, 0)
		l.Clear()
	case "copy":
		arity("copy", args, 0, 0)
		return l.Copy(), true
	default:
		return nil, false
	}
	return nil, true
}

func dictMethod(d *Dict, name string, args []any, kw []KW) (any, bool) {
	if name != "update" {
		noKw(name, kw)
	}
	switch name {
	case "get":
		arity("get", args, 1, 2)
		if v, ok := d.Get(args[0]); ok {
			return v, true
		}
		if len(args) == 2 {
			return args[1], true
		}
		return nil, true
	case "keys", "values", "items":
		arity(name, args, 0, 0)
		return &dictView{d: d, kind: name}, true
	case "pop":
		arity("pop", args, 1, 2)
		if v, ok := d.Delete(args[0]); ok {
			return v, true
		}
		if len(args) == 2 {
			return args[1], true
		}
		panic(New(KeyError, args[0]))
	case "popitem":
		arity("popitem", args, 0, 0)
		keys := d.Keys()
		if len(keys) == 0 {
			panic(New(KeyError, "popitem(): dictionary is empty"))
		}
		k := keys[len(keys)-1]
		v, _ := d.Delete(k)
		return Tuple{k, v}, true
	case "setdefault":
		arity("setdefault", args, 1, 2)
		if v, ok := d.Get(args[0]); ok {
			return v, true
		}
		var def any
		if len(args) == 2 {
			def = args[1]
		}
		d.Set(args[0], def)
		return def, true
	case "update":
		arity("update", args, 0, 1)
		var other any
		if len(args) == 1 {
			other = args[0]
		}
		d.Update(other, kw)
		return nil, true
	case "copy":
		return d.Copy(), true
	case "clear":
		d.Clear()
		return nil, true
	case "fromkeys":
		arity("fromkeys", args, 1, 2)
		r := NewDict()
		var v any
		if len(args) == 2 {
			v = args[1]
		}
		for k := range Iter(args[0]) {
			r.Set(k, v)
		}
		return r, true
	}
	return nil, false
}

func setMethod(s *Set, name string, args []any, kw []KW) (any, bool) {
	noKw(name, kw)
	if s.Frozen {
		switch name {
		case "add", "discard", "remove", "pop", "clear", "update", "intersection_update", "difference_update", "symmetric_difference_update":
			return nil, false
		}
	}
	switch name {
	case "add":
		arity("set.add", args, 1, 1)
		s.Add(args[0])
	case "discard":
		arity("set.discard", args, 1, 1)
		s.Discard(args[0])
	case "remove":
		arity("set.remove", args, 1, 1)
		s.Remove(args[0])
	case "pop":
		arity("pop", args, 0, 0)
		return s.Pop(), true
	case "clear":
		s.Clear()
	case "copy":
		if s.Frozen {
			return s, true
		}
		return s.Copy(), true
	case "union":
		return s.Union(args...), true
	case "update":
		for _, a := range args {
			s.update(a)
		}
	case "intersection":
		r := s
		for _, a := range args {
			r = r.Intersection(a)
		}
		if r == s {
			r = s.Copy()
		}
		return r, true
	case "intersection_update":
		r := s
		for _, a := range args {
			r = r.Intersection(a)
		}
		if r != s {
			s.swapBodies(r)
		}
	case "difference":
		if len(args) == 0 {
			return s.Copy(), true
		}
		r := s.Difference(args[0])
		for _, a := range args[1:] {
			r.differenceUpdate(a)
		}
		return r, true
	case "difference_update":
		for _, a := range args {
			s.differenceUpdate(a)
		}
	case "symmetric_difference":
		arity("symmetric_difference", args, 1, 1)
		return s.SymmetricDifference(args[0]), true
	case "symmetric_difference_update":
		arity("symmetric_difference_update", args, 1, 1)
		o := SetFrom(args[0])
		for _, k := range o.ordered() {
			if !s.Discard(k) {
				s.Add(k)
			}
		}
	case "issubset":
		arity("issubset", args, 1, 1)
		return s.IsSubset(SetFrom(args[0])), true
	case "issuperset":
		arity("issuperset", args, 1, 1)
		if o, ok := args[0].(*Set); ok {
			return o.IsSubset(s), true
		}
		// set_issuperset: each item looked up as it comes, so the first
		// missing one answers before a later unhashable one raises.
		for k := range Iter(args[0]) {
			if !s.containsKey(k) {
				return false, true
			}
		}
		return true, true
	case "isdisjoint":
		arity("isdisjoint", args, 1, 1)
		if o, ok := args[0].(*Set); ok {
			a, b := s, o
			if b.Len() > a.Len() {
				a, b = b, a
			}
			for _, k := range b.ordered() {
				if a.Contains(k) {
					return false, true
				}
			}
			return true, true
		}
		for k := range Iter(args[0]) {
			if s.containsKey(k) {
				return false, true
			}
		}
		return true, true
	default:
		return nil, false
	}
	return nil, true
}
