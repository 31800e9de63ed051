package py

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type builtinFn func(args []any, kw []KW) any

var builtins map[string]builtinFn

// classBuiltins are the builtins that are classes in Python.
var classBuiltins = map[string]*Class{
	"int": IntType, "float": FloatType, "str": StrType, "bool": BoolType,
	"list": ListType, "tuple": TupleType, "dict": DictType, "set": SetType,
	"frozenset": FrozenSetType, "range": RangeType, "type": TypeType, "object": ObjectType,
	"slice": SliceType,
}

func init() {
	builtins = map[string]builtinFn{
		"print": printKw,
		"len": func(a []any, kw []KW) any {
			noKw("len", kw)
			arity("len", a, 1, 1)
			return Len(a[0])
		},
		"repr": func(a []any, kw []KW) any {
			noKw("repr", kw)
			arity("repr", a, 1, 1)
			return Repr(a[0])
		},
		"ascii": func(a []any, kw []KW) any {
			noKw("ascii", kw)
			arity("ascii", a, 1, 1)
			return Ascii(a[0])
		},
		"enumerate": builtinEnumerate,
		"zip":       builtinZip,
		"sum":       builtinSum,
		"min":       func(a []any, kw []KW) any { return minMax("min", a, kw) },
		"max":       func(a []any, kw []KW) any { return minMax("max", a, kw) },
		"sorted": func(a []any, kw []KW) any {
			if len(a) != 1 {
				panic(New(TypeError, "sorted expected 1 argument, got "+itoa(len(a))))
			}
			key, reverse := sortKw("sorted", kw)
			l := ListFrom(a[0])
			l.Sort(key, reverse)
			return l
		},
		"reversed": func(a []any, kw []KW) any {
			noKw("reversed", kw)
			arity("reversed", a, 1, 1)
			return Reversed(a[0])
		},
		"abs": func(a []any, kw []KW) any {
			noKw("abs", kw)
			arity("abs", a, 1, 1)
			return Abs(a[0])
		},
		"round": builtinRound,
		"isinstance": func(a []any, kw []KW) any {
			noKw("isinstance", kw)
			arity("isinstance", a, 2, 2)
			return IsInstance(a[0], a[1])
		},
		"issubclass": func(a []any, kw []KW) any {
			noKw("issubclass", kw)
			arity("issubclass", a, 2, 2)
			return IsSubclass(a[0], a[1])
		},
		"id": func(a []any, kw []KW) any {
			noKw("id", kw)
			arity("id", a, 1, 1)
			return Id(a[0])
		},
		"hash": func(a []any, kw []KW) any { noKw("hash", kw); arity("hash", a, 1, 1); return Hash(a[0]) },
		"iter": func(a []any, kw []KW) any {
			noKw("iter", kw)
			arity("iter", a, 1, 1)
			switch x := a[0].(type) {
			case *Generator:
				return x // a generator is its own iterator
			case *Instance:
				if it, ok := x.iterObject(); ok {
					return it
				}
			}
			return GetIter(a[0])
		},
		"next": func(a []any, kw []KW) any {
			noKw("next", kw)
			arity("next", a, 1, 2)
			return Next(a[0], a[1:]...)
		},
		"any": func(a []any, kw []KW) any {
			noKw("any", kw)
			arity("any", a, 1, 1)
			for v := range Iter(a[0]) {
				if Truth(v) {
					return true
				}
			}
			return false
		},
		"all": func(a []any, kw []KW) any {
			noKw("all", kw)
			arity("all", a, 1, 1)
			for v := range Iter(a[0]) {
				if !Truth(v) {
					return false
				}
			}
			return true
		},
		"map":    builtinMap,
		"filter": builtinFilter,
		"divmod": func(a []any, kw []KW) any { noKw("divmod", kw); arity("divmod", a, 2, 2); return Divmod(a[0], a[1]) },
		"pow": func(a []any, kw []KW) any {
			sig := &Signature{Name: "pow", Params: []string{"base", "exp", "mod"}, Defaults: []any{nil}}
			b := sig.Bind(a, kw)
			if b[2] != nil {
				return PowMod(b[0], b[1], b[2])
			}
			return Pow(b[0], b[1])
		},
		"chr": func(a []any, kw []KW) any {
			noKw("chr", kw)
			arity("chr", a, 1, 1)
			n := toNum(a[0])
			if n.kind == kFloat || n.kind == notNum {
				panic(New(TypeError, "'"+TypeName(a[0])+"' object cannot be interpreted as an integer"))
			}
			// CPython converts to a C int first.
			if n.kind == kBig || n.i < math.MinInt32 || n.i > math.MaxInt32 {
				panic(New(OverflowError, "Python int too large to convert to C int"))
			}
			if n.i < 0 || n.i > 0x10ffff {
				panic(New(ValueError, "chr() arg not in range(0x110000)"))
			}
			return string(rune(n.i))
		},
		"ord": func(a []any, kw []KW) any {
			noKw("ord", kw)
			arity("ord", a, 1, 1)
			s, ok := a[0].(string)
			if b, isBytes := asBytes(a[0]); isBytes {
				if len(b) != 1 {
					panic(New(TypeError, "ord() expected a character, but string of length "+itoa(len(b))+" found"))
				}
				return int(b[0])
			}
			if !ok {
				panic(New(TypeError, "ord() expected string of length 1, but "+TypeName(a[0])+" found"))
			}
			if n := utf8.RuneCountInString(s); n != 1 {
				panic(New(TypeError, "ord() expected a character, but string of length "+itoa(n)+" found"))
			}
			r, _ := utf8.DecodeRuneInString(s)
			return int(r)
		},
		"hex": func(a []any, kw []KW) any { return intPrefixed("hex", a, kw, 16, "0x") },
		"oct": func(a []any, kw []KW) any { return intPrefixed("oct", a, kw, 8, "0o") },
		"bin": func(a []any, kw []KW) any { return intPrefixed("bin", a, kw, 2, "0b") },
		"format": func(a []any, kw []KW) any {
			noKw("format", kw)
			arity("format", a, 1, 2)
			spec := ""
			if len(a) == 2 {
				s, ok := a[1].(string)
				if !ok {
					panic(New(TypeError, "format() argument 2 must be str, not "+TypeName(a[1])))
				}
				spec = s
			}
			return Format(a[0], spec)
		},
		"callable": func(a []any, kw []KW) any { noKw("callable", kw); arity("callable", a, 1, 1); return IsCallable(a[0]) },
		"getattr": func(a []any, kw []KW) any {
			noKw("getattr", kw)
			arity("getattr", a, 2, 3)
			name := attrName("getattr", a[1])
			if len(a) == 3 {
				if v, ok := lookupAttrQuiet(a[0], name); ok {
					return v
				}
				missingAttr(a[0], name, false) // stops if CPython has the attribute
				return a[2]
			}
			return GetAttr(a[0], name)
		},
		"setattr": func(a []any, kw []KW) any {
			noKw("setattr", kw)
			arity("setattr", a, 3, 3)
			SetAttr(a[0], attrName("setattr", a[1]), a[2])
			return nil
		},
		"hasattr": func(a []any, kw []KW) any {
			noKw("hasattr", kw)
			arity("hasattr", a, 2, 2)
			name := attrName("hasattr", a[1])
			_, ok := lookupAttrQuiet(a[0], name)
			if !ok {
				missingAttr(a[0], name, false) // stops if CPython has the attribute
			}
			return ok
		},
		"input": func(a []any, kw []KW) any {
			Unsupported("input()")
			return nil
		},
		"open": func(a []any, kw []KW) any {
			Unsupported("open()")
			return nil
		},
	}
	for name, cls := range classBuiltins {
		builtins[name] = cls.Call
	}
}

func attrName(fn string, v any) string {
	s, ok := v.(string)
	if !ok {
		panic(New(TypeError, "attribute name must be string, not '"+TypeName(v)+"'"))
	}
	return s
}

// RegisterBuiltin adds a builtin implemented outside rt/py (rt's aiter and
// anext, which need the event loop's awaitables). Call it from init.
func RegisterBuiltin(name string, fn func(args []any, kw []KW) any) { builtins[name] = fn }

// CallBuiltin calls the builtin called name.
func CallBuiltin(name string, args []any, kw []KW) any {
	fn, ok := builtins[name]
	if !ok {
		panic(New(NameError, "name '"+name+"' is not defined"))
	}
	if len(kw) > 1 {
		checkDupKw(NewBuiltin(name, nil), kw)
	}
	return fn(args, kw)
}

var (
	builtinValuesMu sync.Mutex
	builtinValues   = map[string]*Function{}
)

// Builtin is a builtin used as a value (`map(str, xs)`, `f = print`).
// Builtins that are classes print as <class 'str'> and work in isinstance.
func Builtin(name string) *Function {
	builtinValuesMu.Lock()
	defer builtinValuesMu.Unlock()
	if f := builtinValues[name]; f != nil {
		return f
	}
	fn, ok := builtins[name]
	if !ok {
		panic(New(NameError, "name '"+name+"' is not defined"))
	}
	f := NewBuiltin(name, fn)
	if cls := classBuiltins[name]; cls != nil {
		f.ReprText = cls.PyRepr()
		f.class = cls
	}
	builtinValues[name] = f
	return f
}

// asClass accepts classes and builtin class values.
func asClass(x any) (*Class, bool) {
	switch c := x.(type) {
	case *Class:
		return c, true
	case *Function:
		if c.class != nil {
			return c.class, true
		}
	}
	return nil, false
}

// IsInstance is isinstance(x, clsOrTuple).
func IsInstance(x, clsOrTuple any) bool {
	if t, ok := clsOrTuple.(Tuple); ok {
		for _, c := range t {
			if IsInstance(x, c) {
				return true
			}
		}
		return false
	}
	c, ok := asClass(clsOrTuple)
	if !ok {
		panic(New(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
	}
	return c.IsInstance(x)
}

// IsSubclass is issubclass(a, clsOrTuple).
func IsSubclass(a, clsOrTuple any) bool {
	ac, ok := asClass(a)
	if !ok {
		panic(New(TypeError, "issubclass() arg 1 must be a class"))
	}
	if t, ok := clsOrTuple.(Tuple); ok {
		for _, c := range t {
			if IsSubclass(a, c) {
				return true
			}
		}
		return false
	}
	c, ok := asClass(clsOrTuple)
	if !ok {
		panic(New(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
	}
	if c.typedDict {
		typedDictCheck()
	}
	return ac.IsSubclass(c)
}

// Id is id(x).
func Id(x any) int {
	switch v := x.(type) {
	case nil:
		return int(Addr(noneKey))
	case Tuple:
		if len(v) == 0 {
			return int(Addr(emptyTupleKey))
		}
		return int(Addr(&v[0]))
	}
	return int(Addr(x))
}

var emptyTupleKey = new(byte)

func sortKw(name string, kw []KW) (key any, reverse bool) {
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "reverse":
			reverse = Truth(k.Value)
		default:
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for "+name+"()"))
		}
	}
	return
}

func minMax(name string, args []any, kw []KW) any {
	var key, def any
	hasDefault := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "default":
			def, hasDefault = k.Value, true
		default:
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for "+name+"()"))
		}
	}
	var items []any
	switch len(args) {
	case 0:
		panic(New(TypeError, name+" expected at least 1 argument, got 0"))
	case 1:
		items = toSliceIter(args[0])
	default:
		if hasDefault {
			panic(New(TypeError, "Cannot specify a default for "+name+"() with multiple positional arguments"))
		}
		items = args
	}
	if len(items) == 0 {
		if hasDefault {
			return def
		}
		panic(New(ValueError, name+"() arg is an empty sequence"))
	}
	best := items[0]
	var bestKey any = best
	if key != nil {
		bestKey = Call(key, []any{best}, nil)
	}
	for _, it := range items[1:] {
		k := it
		if key != nil {
			k = Call(key, []any{it}, nil)
		}
		if name == "max" && Gt(k, bestKey) || name == "min" && Lt(k, bestKey) {
			best, bestKey = it, k
		}
	}
	return best
}

func builtinSum(args []any, kw []KW) any {
	sig := &Signature{Name: "sum", Params: []string{"iterable", "start"}, Defaults: []any{0}, NumPosOnly: 1}
	b := sig.Bind(args, kw)
	acc := b[1]
	switch acc.(type) {
	case string:
		panic(New(TypeError, "sum() can't sum strings [use ''.join(seq) instead]"))
	}
	for v := range Iter(b[0]) {
		acc = Add(acc, v)
	}
	return acc
}

func builtinEnumerate(args []any, kw []KW) any {
	sig := &Signature{Name: "enumerate", Params: []string{"iterable", "start"}, Defaults: []any{0}}
	b := sig.Bind(args, kw)
	src := GetIter(b[0])
	i := b[1]
	return NewIterator("enumerate", func() (any, bool) {
		v, ok := src.Step()
		if !ok {
			return nil, false
		}
		t := Tuple{i, v}
		i = Add(i, 1)
		return t, true
	})
}

func builtinZip(args []any, kw []KW) any {
	strict := false
	for _, k := range kw {
		if k.Name != "strict" {
			panic(New(TypeError, "zip() got an unexpected keyword argument '"+k.Name+"'"))
		}
		strict = Truth(k.Value)
	}
	its := make([]*Iterator, len(args))
	for i, a := range args {
		its[i] = GetIter(a)
	}
	return NewIterator("zip", func() (any, bool) {
		if len(its) == 0 {
			return nil, false
		}
		t := make(Tuple, len(its))
		for i, it := range its {
			v, ok := it.Step()
			if !ok {
				if strict {
					if i > 0 {
						panic(New(ValueError, "zip() argument "+itoa(i+1)+" is shorter than argument"+pluralRange(i)))
					}
					for j := 1; j < len(its); j++ {
						if _, ok := its[j].Step(); ok {
							panic(New(ValueError, "zip() argument "+itoa(j+1)+" is longer than argument"+pluralRange(j)))
						}
					}
				}
				return nil, false
			}
			t[i] = v
		}
		return t, true
	})
}

func pluralRange(i int) string {
	if i == 1 {
		return " 1"
	}
	return "s 1-" + itoa(i)
}

func builtinMap(args []any, kw []KW) any {
	noKw("map", kw)
	if len(args) < 2 {
		panic(New(TypeError, "map() must have at least two arguments."))
	}
	fn := args[0]
	its := make([]*Iterator, len(args)-1)
	for i, a := range args[1:] {
		its[i] = GetIter(a)
	}
	return NewIterator("map", func() (any, bool) {
		vals := make([]any, len(its))
		for i, it := range its {
			v, ok := it.Step()
			if !ok {
				return nil, false
			}
			vals[i] = v
		}
		return Call(fn, vals, nil), true
	})
}

func builtinFilter(args []any, kw []KW) any {
	noKw("filter", kw)
	arity("filter", args, 2, 2)
	fn := args[0]
	src := GetIter(args[1])
	return NewIterator("filter", func() (any, bool) {
		for {
			v, ok := src.Step()
			if !ok {
				return nil, false
			}
			if fn == nil && Truth(v) || fn != nil && Truth(Call(fn, []any{v}, nil)) {
				return v, true
			}
		}
	})
}

// Reversed is reversed(seq).
func Reversed(x any) *Iterator {
	var items []any
	kind := "list_reverseiterator"
	switch v := x.(type) {
	case *List:
		i := len(v.Items)
		return NewIterator(kind, func() (any, bool) {
			i--
			if i < 0 || i >= len(v.Items) {
				return nil, false
			}
			return v.Items[i], true
		})
	case Tuple:
		items, kind = v, "reversed"
	case string:
		items, kind = toSliceIter(v), "reversed"
	case *Range:
		items, kind = v.items(), "range_iterator"
	case *Dict:
		items, kind = v.Keys(), "dict_reversekeyiterator"
	case *dictView:
		return reversedView(v)
	default:
		panic(New(TypeError, "'"+TypeName(x)+"' object is not reversible"))
	}
	i := len(items)
	return NewIterator(kind, func() (any, bool) {
		i--
		if i < 0 {
			return nil, false
		}
		return items[i], true
	})
}

// iteratorKinds names the iterator type iter() returns for each iterable.
var iteratorKinds = map[string]string{
	"list": "list_iterator", "tuple": "tuple_iterator", "str": "str_ascii_iterator",
	"dict": "dict_keyiterator", "set": "set_iterator", "frozenset": "set_iterator",
	"range": "range_iterator",
}

// GetIter is iter(x). Lists, tuples, strs and ranges are stepped by index;
// anything else is pulled from its py.Iter sequence on a coroutine (one
// switch per item, and the coroutine stays parked if the loop breaks).
func GetIter(x any) *Iterator {
	switch v := x.(type) {
	case *Iterator:
		return v
	case *Generator:
		// Stepped directly: no iter.Pull coroutine per loop.
		return NewIterator("generator", v.PyNext)
	}
	kind := iteratorKinds[TypeName(x)]
	if kind == "" {
		kind = "iterator"
	}
	i := 0
	switch v := x.(type) {
	case *List:
		// Re-reading the length each step, so appends during the loop
		// are seen as in CPython.
		return NewIterator(kind, func() (any, bool) {
			if i >= len(v.Items) {
				return nil, false
			}
			i++
			return v.Items[i-1], true
		})
	case Tuple:
		return NewIterator(kind, func() (any, bool) {
			if i >= len(v) {
				return nil, false
			}
			i++
			return v[i-1], true
		})
	case string:
		return NewIterator(kind, func() (any, bool) {
			if i >= len(v) {
				return nil, false
			}
			_, n := utf8.DecodeRuneInString(v[i:])
			i += n
			return v[i-n : i], true
		})
	case *Range:
		if v.b != nil {
			items := v.items()
			return NewIterator("longrange_iterator", func() (any, bool) {
				if i >= len(items) {
					return nil, false
				}
				i++
				return items[i-1], true
			})
		}
		n := v.Len()
		return NewIterator(kind, func() (any, bool) {
			if i >= n {
				return nil, false
			}
			i++
			return v.At(i - 1), true
		})
	}
	return iteratorOf(kind, Iter(x))
}

// Next is next(it[, default]).
func Next(x any, def ...any) any {
	if g, ok := x.(*Generator); ok {
		v, done := g.resume(nil, nil)
		if !done {
			return v
		}
		if len(def) > 0 {
			return def[0]
		}
		stop(v)
	}
	it, ok := x.(*Iterator)
	if !ok {
		if n, ok := x.(interface{ PyNext() (any, bool) }); ok {
			if v, ok := n.PyNext(); ok {
				return v
			}
			if len(def) > 0 {
				return def[0]
			}
			panic(New(StopIteration))
		}
		if _, ok := LookupAttr(x, "__next__"); ok {
			if v, ok := dunderNext(x); ok {
				return v
			}
			if len(def) > 0 {
				return def[0]
			}
			panic(New(StopIteration))
		}
		panic(New(TypeError, "'"+TypeName(x)+"' object is not an iterator"))
	}
	v, ok := it.Step()
	if !ok {
		if len(def) > 0 {
			return def[0]
		}
		panic(New(StopIteration))
	}
	return v
}

// Abs is abs(x).
func Abs(x any) any {
	if r, ok := objUnary("__abs__", x); ok {
		return r
	}
	n := toNum(x)
	switch n.kind {
	case kInt:
		if n.i < 0 {
			return Neg(n.i)
		}
		return n.i
	case kBig:
		return normBig(new(big.Int).Abs(n.b))
	case kFloat:
		return math.Abs(n.f)
	}
	panic(New(TypeError, "bad operand type for abs(): '"+TypeName(x)+"'"))
}

func intPrefixed(name string, a []any, kw []KW, base int, prefix string) any {
	noKw(name, kw)
	arity(name, a, 1, 1)
	n := toNum(a[0])
	if n.kind != kInt && n.kind != kBig {
		panic(New(TypeError, "'"+TypeName(a[0])+"' object cannot be interpreted as an integer"))
	}
	b := n.big()
	if b.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(b).Text(base)
	}
	return prefix + b.Text(base)
}

func builtinRound(args []any, kw []KW) any {
	sig := &Signature{Name: "round", Params: []string{"number", "ndigits"}, Defaults: []any{nil}}
	b := sig.Bind(args, kw)
	return Round(b[0], b[1])
}

// Round is round(x, ndigits) with round-half-even on the exact value.
func Round(x, ndigits any) any {
	n := toNum(x)
	if o, ok := x.(*Instance); ok && n.kind == notNum && o.special("__round__") != nil {
		if ndigits == nil {
			return callBound(o.special("__round__"), o, nil)
		}
		return callBound(o.special("__round__"), o, []any{ndigits})
	}
	if n.kind == notNum {
		panic(New(TypeError, "type "+TypeName(x)+" doesn't define __round__ method"))
	}
	if ndigits == nil {
		switch n.kind {
		case kInt:
			return n.i
		case kBig:
			return n.b
		}
		if math.IsInf(n.f, 0) {
			panic(New(OverflowError, "cannot convert float infinity to integer"))
		}
		if math.IsNaN(n.f) {
			panic(New(ValueError, "cannot convert float NaN to integer"))
		}
		return floatToInt(math.RoundToEven(n.f))
	}
	nd := indexArg(ndigits)
	if n.kind != kFloat {
		if nd >= 0 {
			return Pos(x) // an int, also for a bool
		}
		pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
		return normBig(roundHalfEvenRat(new(big.Rat).SetFrac(n.big(), pow), pow))
	}
	f := n.f
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if nd > 330 {
		return f
	}
	if nd >= 0 {
		s := strconv.FormatFloat(f, 'f', nd, 64)
		r, _ := strconv.ParseFloat(s, 64)
		return r
	}
	if nd < -330 {
		return math.Copysign(0, f)
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
	r := new(big.Rat).SetFloat64(f)
	r.Quo(r, new(big.Rat).SetInt(pow))
	res := roundHalfEvenRat(r, pow)
	out, _ := new(big.Float).SetInt(res).Float64()
	return math.Copysign(out, f)
}

// roundHalfEvenRat rounds r to an integer (half to even) and scales by mul.
func roundHalfEvenRat(r *big.Rat, mul *big.Int) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	if m.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
		m.Add(m, den)
	}
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q.Mul(q, mul)
}

func floatToInt(f float64) any {
	if math.IsInf(f, 0) {
		panic(New(OverflowError, "cannot convert float infinity to integer"))
	}
	if math.IsNaN(f) {
		panic(New(ValueError, "cannot convert float NaN to integer"))
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return int(f)
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return normBig(b)
}

func builtinInt(args []any, kw []KW) any {
	sig := &Signature{Name: "int", Params: []string{"x", "base"}, Defaults: []any{nil, nil}, NumPosOnly: 1}
	b := sig.Bind(args, kw)
	x, base := b[0], b[1]
	if x == nil && len(args) == 0 {
		if base != nil {
			panic(New(TypeError, "int() missing string argument"))
		}
		return 0
	}
	if bs, ok := asBytes(x); ok {
		return intFromBytesLiteral(bs, base)
	}
	if base != nil {
		s, ok := x.(string)
		if !ok {
			panic(New(TypeError, "int() can't convert non-string with explicit base"))
		}
		return ParseInt(s, indexArg(base))
	}
	switch v := x.(type) {
	case string:
		return ParseInt(v, 10)
	case bool:
		return b2i(v)
	case int, *big.Int:
		return v
	case float64:
		return floatToInt(math.Trunc(v))
	}
	if n, ok := otherInt(x); ok {
		return int(n)
	}
	// An object's __int__, else its __index__ (PyNumber_Long).
	for _, dunder := range []string{"__int__", "__index__"} {
		if r, ok := objUnary(dunder, x); ok {
			switch v := r.(type) {
			case int, *big.Int:
				return r
			case bool:
				return b2i(v)
			}
			panic(New(TypeError, dunder+" returned non-int (type "+TypeName(r)+")"))
		}
	}
	panic(New(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '"+TypeName(x)+"'"))
}

// decimalToASCII is _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and float() apply
// first: a decimal digit of any script becomes its ASCII digit, other whitespace a space, and
// any other non-ASCII character '?' (which then fails to parse).
func decimalToASCII(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		default:
			i := sort.Search(len(decimalRanges), func(i int) bool { return decimalRanges[i].hi >= r })
			if i < len(decimalRanges) && decimalRanges[i].lo <= r {
				b.WriteByte(byte('0' + (r-decimalRanges[i].lo)%10))
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// ParseInt is int(s, base).
func ParseInt(s string, base int) any {
	if base == 10 {
		if n, ok := parseSmallDecimal(s); ok {
			return n
		}
	}
	return parseIntGeneral(s, base)
}

// parseIntGeneral is ParseInt for every literal int() accepts (whitespace,
// underscores, prefixes, any script's digits, big ints) and its errors.
func parseIntGeneral(s string, base int) any {
	if base != 0 && (base < 2 || base > 36) {
		panic(New(ValueError, "int() base must be >= 2 and <= 36, or 0"))
	}
	bad := func() {
		panic(New(ValueError, "invalid literal for int() with base "+itoa(base)+": "+StrRepr(s)))
	}
	t := strings.TrimFunc(decimalToASCII(s), unicode.IsSpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	if len(t) >= 2 && t[0] == '0' {
		prefixed := true
		switch p := unicode.ToLower(rune(t[1])); {
		case p == 'x' && (base == 16 || base == 0):
			t, b = t[2:], 16
		case p == 'o' && (base == 8 || base == 0):
			t, b = t[2:], 8
		case p == 'b' && (base == 2 || base == 0):
			t, b = t[2:], 2
		default:
			prefixed = false
		}
		if prefixed && len(t) > 0 && t[0] == '_' { // one underscore may follow a prefix
			t = t[1:]
		}
	}
	if b == 0 {
		b = 10
		if len(t) > 1 && strings.Trim(t, "0_") == "" {
			t = "0"
		} else if len(t) > 1 && t[0] == '0' {
			bad()
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		bad()
	}
	var digits strings.Builder
	for _, r := range t {
		if r == '_' {
			continue
		}
		digits.WriteRune(r)
	}
	if b == 10 && digits.Len() > maxStrDigits {
		panic(New(ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has "+itoa(digits.Len())+" digits; use sys.set_int_max_str_digits() to increase the limit"))
	}
	v, ok := new(big.Int).SetString(digits.String(), b)
	if !ok {
		bad()
	}
	if neg {
		v.Neg(v)
	}
	return normBig(v)
}

func builtinFloat(args []any, kw []KW) any {
	noKw("float", kw)
	arity("float", args, 0, 1)
	if len(args) == 0 {
		return 0.0
	}
	switch v := args[0].(type) {
	case string:
		return ParseFloat(v)
	case float64:
		return v
	}
	if bs, ok := asBytes(args[0]); ok {
		return floatFromBytes(bs, args[0])
	}
	n := toNum(args[0])
	if n.kind == notNum {
		// An object's __float__ (PyNumber_Float).
		if r, ok := objUnary("__float__", args[0]); ok {
			if f, ok := r.(float64); ok {
				return f
			}
			panic(New(TypeError, TypeName(args[0])+".__float__ returned non-float (type "+TypeName(r)+")"))
		}
		panic(New(TypeError, "float() argument must be a string or a real number, not '"+TypeName(args[0])+"'"))
	}
	return n.float()
}

// ParseFloat is float(s).
func ParseFloat(s string) float64 {
	t := strings.TrimFunc(decimalToASCII(s), unicode.IsSpace)
	bad := func() {
		panic(New(ValueError, "could not convert string to float: "+StrRepr(s)))
	}
	body := t
	sign := 1.0
	if body != "" && (body[0] == '+' || body[0] == '-') {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign))
	case "nan":
		return math.NaN()
	}
	if body == "" || strings.ContainsAny(body, "xXpP") || strings.HasPrefix(body, "_") || strings.HasSuffix(body, "_") || strings.Contains(body, "__") {
		bad()
	}
	for i := 0; i < len(body); i++ {
		if body[i] == '_' && (i == 0 || !isASCIIDigit(body[i-1]) || i+1 >= len(body) || !isASCIIDigit(body[i+1])) {
			bad()
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f
		}
		bad()
	}
	return f
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
