package py

// CallMethod0, CallMethod1 and CallMethod2 are CallMethod for a call with
// that many positional arguments and no keywords, the shape codegen emits
// for most method calls. The common str, dict and list methods run here
// without building an argument slice or binding a signature; every other
// receiver, method or argument type goes to CallMethod with the same
// arguments, so behaviour (results, errors, messages) is CallMethod's.

// MethodCaller is implemented by runtime objects outside this package (the
// logging module's loggers) that run a method call directly instead of
// first building a bound method object; ok is false for the names they
// leave to the attribute lookup. No instance attribute may shadow a name
// they serve.
type MethodCaller interface {
	PyCallMethod(name string, args []any, kw []KW) (r any, ok bool)
}

// CallMethod0 is x.name().
func CallMethod0(x any, name string) any {
	switch v := x.(type) {
	case string:
		switch name {
		case "strip":
			return StrStrip(v)
		case "split":
			return StrSplitWhitespace(v)
		case "lower":
			return StrLower(v)
		case "upper":
			return StrUpper(v)
		}
	case *Dict:
		switch name {
		case "keys", "values", "items":
			return &dictView{d: v, kind: name}
		}
	case *Deque:
		switch name {
		case "pop", "popleft":
			return v.pop(name == "popleft")
		}
	}
	return CallMethod(x, name, nil, nil)
}

// CallMethod1 is x.name(a).
func CallMethod1(x any, name string, a any) any {
	switch v := x.(type) {
	case string:
		if name == "join" {
			return StrJoin(v, a)
		}
		if s, ok := a.(string); ok {
			switch name {
			case "split":
				return StrSplit(v, s)
			case "partition":
				return strPartition(v, s, a)
			case "startswith":
				return StrStartsWith(v, s)
			case "endswith":
				return StrEndsWith(v, s)
			}
		}
	case *Dict:
		switch name {
		case "get":
			r, _ := v.Get(a)
			return r
		}
	case *List:
		if name == "append" {
			v.Append(a)
			return nil
		}
	case *Deque:
		switch name {
		case "append":
			v.append(a)
			return nil
		case "appendleft":
			v.appendLeft(a)
			return nil
		}
	}
	return CallMethod(x, name, []any{a}, nil)
}

// CallMethod2 is x.name(a, b).
func CallMethod2(x any, name string, a, b any) any {
	switch v := x.(type) {
	case string:
		if name == "replace" {
			if old, ok := a.(string); ok {
				if nw, ok := b.(string); ok {
					return StrReplace(v, old, nw)
				}
			}
		}
	case *Dict:
		switch name {
		case "get":
			if r, ok := v.Get(a); ok {
				return r
			}
			return b
		case "setdefault":
			if r, ok := v.Get(a); ok {
				return r
			}
			v.Set(a, b)
			return b
		}
	}
	return CallMethod(x, name, []any{a, b}, nil)
}
