package py

// Counter's multiset operators, after CPython 3.11's Lib/collections:
// + - | & between Counters keep the positive counts; unary + and - keep
// the positive and the negated negative ones; the in-place forms update
// the left Counter and then drop its non-positive counts.

// counterBinary is a op b when a or b is a Counter: the result, true; or
// false when the operator's usual path decides.
func counterBinary(op string, a, b any) (any, bool) {
	ca, okA := a.(*Counter)
	cb, okB := b.(*Counter)
	if !okA && !okB {
		return nil, false
	}
	if !okA || !okB {
		// Neither a number nor None has an operator that takes a
		// Counter; other operands keep the operator's own path (str %
		// formats, sequence * raises its own error, dict | stops).
		other := a
		if okA {
			other = b
		}
		switch other.(type) {
		case nil, bool, int, float64:
			panic(New(TypeError, "unsupported operand type(s) for "+op+": '"+TypeName(a)+"' and '"+TypeName(b)+"'"))
		}
		return nil, false
	}
	var pick func(x, y any) any
	switch op {
	case "+":
		pick = Add
	case "-":
		pick = Sub
	case "|":
		pick = func(x, y any) any {
			if Lt(x, y) {
				return y
			}
			return x
		}
	case "&":
		pick = func(x, y any) any {
			if Lt(x, y) {
				return x
			}
			return y
		}
	default:
		return nil, false
	}
	out := CollectionsCounter(nil)
	for k, v := range ca.d.All() {
		if n := pick(v, cb.PyGetItem(k)); Gt(n, 0) {
			out.d.Set(k, n)
		}
	}
	for k, v := range cb.d.All() {
		if ca.d.Contains(k) {
			continue
		}
		switch op {
		case "+", "|":
			if Gt(v, 0) {
				out.d.Set(k, v)
			}
		case "-":
			if Lt(v, 0) {
				out.d.Set(k, Sub(0, v))
			}
		}
	}
	return out, true
}

// counterInplace is a op= b for a Counter a.
func counterInplace(op string, a, b any) (any, bool) {
	c, ok := a.(*Counter)
	if !ok {
		return nil, false
	}
	switch op {
	case "+", "-", "|", "&":
	default:
		return nil, false
	}
	var items func(yield func(k, v any) bool)
	switch o := b.(type) {
	case *Counter:
		items = o.d.All()
	case *Dict:
		items = o.All()
	default:
		if op != "&" {
			panic(New(AttributeError, "'"+TypeName(b)+"' object has no attribute 'items'"))
		}
	}
	switch op {
	case "+", "-":
		for k, v := range items {
			if op == "+" {
				c.d.Set(k, Add(c.PyGetItem(k), v))
			} else {
				c.d.Set(k, Sub(c.PyGetItem(k), v))
			}
		}
	case "|":
		for k, v := range items {
			if Gt(v, c.PyGetItem(k)) {
				c.d.Set(k, v)
			}
		}
	case "&":
		for k, v := range c.d.All() {
			if o := GetItem(b, k); Lt(o, v) {
				c.d.Set(k, o)
			}
		}
	}
	c.keepPositive()
	return c, true
}

func (c *Counter) keepPositive() {
	var drop []any
	for k, v := range c.d.All() {
		if !Gt(v, 0) {
			drop = append(drop, k)
		}
	}
	for _, k := range drop {
		c.d.Delete(k)
	}
}

// counterUnary is +c and -c.
func counterUnary(name string, a any) (any, bool) {
	c, ok := a.(*Counter)
	if !ok || name != "__pos__" && name != "__neg__" {
		return nil, false
	}
	out := CollectionsCounter(nil)
	for k, v := range c.d.All() {
		switch {
		case name == "__pos__" && Gt(v, 0):
			out.d.Set(k, v)
		case name == "__neg__" && Lt(v, 0):
			out.d.Set(k, Sub(0, v))
		}
	}
	return out, true
}

// CollectionsCounterKw is collections.Counter(iterable=None, /, **kwds):
// the keyword counts are added after the iterable's.
func CollectionsCounterKw(args []any, kw []KW) *Counter {
	if len(args) > 1 {
		panic(New(TypeError, "expected at most 1 argument, got "+itoa(len(args))))
	}
	var iterable any
	if len(args) == 1 {
		iterable = args[0]
	}
	c := CollectionsCounter(iterable)
	if len(kw) > 0 {
		d := NewDict()
		for _, k := range kw {
			d.Set(k.Name, k.Value)
		}
		c.update(d, 1)
	}
	return c
}

// counterCompare is Counter's rich comparison between two Counters (3.10+):
// every count of either agrees, with a missing count as zero; < and > also
// need the Counters to differ. ok is false when a or b is not a Counter
// (Counter returns NotImplemented, so dict's == or the ordering error
// decides).
func counterCompare(op string, a, b any) (result, ok bool) {
	ca, okA := a.(*Counter)
	cb, okB := b.(*Counter)
	if !okA || !okB {
		// dict's own == then compares the items, zeros included.
		if d, ok := b.(*Dict); ok && okA && op == "==" {
			return Eq(ca.d, d), true
		}
		if d, ok := a.(*Dict); ok && okB && op == "==" {
			return Eq(d, cb.d), true
		}
		return false, false
	}
	all := func(pred func(x, y any) bool) bool {
		for _, c := range []*Counter{ca, cb} {
			for e := range c.d.All() {
				if !pred(ca.PyGetItem(e), cb.PyGetItem(e)) {
					return false
				}
			}
		}
		return true
	}
	switch op {
	case "==":
		return all(Eq), true
	case "<=":
		return all(LtE), true
	case ">=":
		return all(GtE), true
	case "<":
		return all(LtE) && !all(Eq), true
	}
	return all(GtE) && !all(Eq), true
}
