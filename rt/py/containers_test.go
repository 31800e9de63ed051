package py

import (
	"testing"
)

func cm(x any, name string, args ...any) any { return CallMethod(x, name, args, nil) }

func TestContainersOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
	checkCases(t, []oracleCase{
		c(`exec:xs = [3, 1, 2]; xs.append(5); xs.insert(0, 9); xs.insert(-1, 7); xs.insert(100, 8); out = repr(xs)`, r(func() any {
			xs := L(3, 1, 2)
			cm(xs, "append", 5)
			cm(xs, "insert", 0, 9)
			cm(xs, "insert", -1, 7)
			cm(xs, "insert", 100, 8)
			return xs
		})),
		c(`exec:xs = [1, 2, 3, 4]; a = xs.pop(); b = xs.pop(0); xs.extend((7, 8)); xs.extend('ab'); out = repr((a, b, xs))`, r(func() any {
			xs := L(1, 2, 3, 4)
			a := cm(xs, "pop")
			b := cm(xs, "pop", 0)
			cm(xs, "extend", T(7, 8))
			cm(xs, "extend", "ab")
			return T(a, b, xs)
		})),
		c(`exec:xs = [1, 2, 1, 3]; xs.remove(1); out = repr((xs, xs.index(3), xs.count(1), xs.index(1, 1)))`, r(func() any {
			xs := L(1, 2, 1, 3)
			cm(xs, "remove", 1)
			return T(xs, cm(xs, "index", 3), cm(xs, "count", 1), cm(xs, "index", 1, 1))
		})),
		c(`repr([].pop())`, r(func() any { return cm(L(), "pop") })),
		c(`repr([1].pop(5))`, r(func() any { return cm(L(1), "pop", 5) })),
		c(`repr([1].remove(2))`, r(func() any { return cm(L(1), "remove", 2) })),
		c(`repr([1].index(2))`, r(func() any { return cm(L(1), "index", 2) })),
		c(`repr((1, 2).index(3))`, r(func() any { return cm(T(1, 2), "index", 3) })),
		c(`exec:xs = [('b', 2), ('a', 2), ('c', 1)]; xs.sort(key=lambda p: p[1]); out = repr(xs)`, r(func() any {
			xs := L(T("b", 2), T("a", 2), T("c", 1))
			key := NewBuiltin("k", func(a []any, kw []KW) any { return GetItem(a[0], 1) })
			CallMethod(xs, "sort", nil, []KW{{"key", key}})
			return xs
		})),
		c(`exec:xs = [('b', 2), ('a', 2), ('c', 1), ('d', 2)]; xs.sort(key=lambda p: p[1], reverse=True); out = repr(xs)`, r(func() any {
			xs := L(T("b", 2), T("a", 2), T("c", 1), T("d", 2))
			key := NewBuiltin("k", func(a []any, kw []KW) any { return GetItem(a[0], 1) })
			CallMethod(xs, "sort", nil, []KW{{"key", key}, {"reverse", true}})
			return xs
		})),
		c(`repr(sorted([3, 1.5, 2, -1]))`, r(func() any { return CallBuiltin("sorted", []any{L(3, 1.5, 2, -1)}, nil) })),
		c(`repr(sorted('hello', reverse=True))`, r(func() any { return CallBuiltin("sorted", []any{"hello"}, []KW{{"reverse", true}}) })),
		c(`repr(sorted([1, 'a']))`, r(func() any { return CallBuiltin("sorted", []any{L(1, "a")}, nil) })),
		c(`repr(sorted({3: 'a', 1: 'b'}))`, r(func() any { return CallBuiltin("sorted", []any{DictOf(3, "a", 1, "b")}, nil) })),
		c(`exec:xs = [1, 2, 3]; ys = xs.copy(); xs.reverse(); ys.clear(); out = repr((xs, ys))`, r(func() any {
			xs := L(1, 2, 3)
			ys := cm(xs, "copy")
			cm(xs, "reverse")
			cm(ys, "clear")
			return T(xs, ys)
		})),
		c(`exec:xs = list(range(10)); out = repr((xs[2:5], xs[::-1], xs[-3:], xs[:-7], xs[1:8:3], xs[8:2:-2], xs[100:], xs[-100:2], xs[::-3]))`, r(func() any {
			xs := ListFrom(NewRange(10))
			g := func(lo, hi, st any) any { return GetItem(xs, Slice(lo, hi, st)) }
			return T(g(2, 5, nil), g(nil, nil, -1), g(-3, nil, nil), g(nil, -7, nil), g(1, 8, 3), g(8, 2, -2), g(100, nil, nil), g(-100, 2, nil), g(nil, nil, -3))
		})),
		c(`exec:s = 'héllo wörld'; out = repr((s[1], s[-1], s[2:7], s[::-1], s[::2], len(s)))`, r(func() any {
			s := "héllo wörld"
			return T(GetItem(s, 1), GetItem(s, -1), GetItem(s, Slice(2, 7, nil)), GetItem(s, Slice(nil, nil, -1)), GetItem(s, Slice(nil, nil, 2)), Len(s))
		})),
		c(`exec:t = (1, 2, 3, 4); out = repr((t[1:3], t[-1], t[::-2]))`, r(func() any {
			tp := T(1, 2, 3, 4)
			return T(GetItem(tp, Slice(1, 3, nil)), GetItem(tp, -1), GetItem(tp, Slice(nil, nil, -2)))
		})),
		c(`repr([1][5])`, r(func() any { return GetItem(L(1), 5) })),
		c(`repr('abc'[10])`, r(func() any { return GetItem("abc", 10) })),
		c(`repr([1, 2][::0])`, r(func() any { return GetItem(L(1, 2), Slice(nil, nil, 0)) })),
		c(`repr(range(10)[2:8:2])`, r(func() any { return GetItem(NewRange(10), Slice(2, 8, 2)) })),
		c(`repr(range(10, 0, -2)[1])`, r(func() any { return GetItem(NewRange(10, 0, -2), 1) })),
		c(`repr([len(range(0)), len(range(10, 0, -3)), len(range(1, 10, 4)), list(range(5, -5, -3))])`, func() string {
			return Repr(L(Len(NewRange(0)), Len(NewRange(10, 0, -3)), Len(NewRange(1, 10, 4)), ListFrom(NewRange(5, -5, -3))))
		}),
		c(`exec:xs = [0, 1, 2, 3, 4, 5]; xs[1:3] = ['a']; xs[::2] = [7, 8, 9]; del xs[0]; out = repr(xs)`, r(func() any {
			xs := L(0, 1, 2, 3, 4, 5)
			SetItem(xs, Slice(1, 3, nil), L("a"))
			SetItem(xs, Slice(nil, nil, 2), L(7, 8, 9))
			DelItem(xs, 0)
			return xs
		})),
		c(`exec:xs = [0, 1, 2, 3, 4, 5]; del xs[::2]; xs[-1] = 'z'; out = repr(xs)`, r(func() any {
			xs := L(0, 1, 2, 3, 4, 5)
			DelItem(xs, Slice(nil, nil, 2))
			SetItem(xs, -1, "z")
			return xs
		})),
		c(`exec:t = (1,); t[0] = 2`, func() string { SetItem(T(1), 0, 2); return "" }),
		c(`exec:xs = [1]; xs[3] = 2`, func() string { SetItem(L(1), 3, 2); return "" }),
		c(`exec:d = {'b': 1, 'a': 2}; d['c'] = 3; d['b'] = 4; del d['a']; d['a'] = 5; out = repr((d, list(d), list(d.values()), list(d.items()), len(d)))`, r(func() any {
			d := DictOf("b", 1, "a", 2)
			SetItem(d, "c", 3)
			SetItem(d, "b", 4)
			DelItem(d, "a")
			SetItem(d, "a", 5)
			return T(d, ListFrom(d), ListFrom(cm(d, "values")), ListFrom(cm(d, "items")), Len(d))
		})),
		c(`exec:d = {1: 'a'}; out = repr((d.get(1), d.get(2), d.get(2, 'z'), d.pop(1), d.pop(5, None), d.setdefault('k', []), d, d.keys(), d.values(), d.items()))`, r(func() any {
			d := DictOf(1, "a")
			return T(cm(d, "get", 1), cm(d, "get", 2), cm(d, "get", 2, "z"), cm(d, "pop", 1), cm(d, "pop", 5, nil), cm(d, "setdefault", "k", L()), d,
				cm(d, "keys"), cm(d, "values"), cm(d, "items"))
		})),
		c(`exec:d = {'a': 1}; d.update({'b': 2}, c=3); d.update([('d', 4)]); e = d.copy(); d.clear(); out = repr((d, e, e.popitem(), e))`, r(func() any {
			d := DictOf("a", 1)
			CallMethod(d, "update", []any{DictOf("b", 2)}, []KW{{"c", 3}})
			cm(d, "update", L(T("d", 4)))
			e := cm(d, "copy")
			cm(d, "clear")
			return T(d, e, cm(e, "popitem"), e)
		})),
		c(`repr({}['missing'])`, r(func() any { return GetItem(NewDict(), "missing") })),
		c(`repr({}.pop((1, 2)))`, r(func() any { return cm(NewDict(), "pop", T(1, 2)) })),
		c(`repr({[1]: 2})`, r(func() any { return DictOf(L(1), 2) })),
		c(`repr({1: 'int', 1.0: 'float', True: 'bool'}[True])`, r(func() any { return GetItem(DictOf(1, "int", 1.0, "float", true, "bool"), true) })),
		c(`repr(dict(a=1, b=2))`, r(func() any { return CallBuiltin("dict", nil, []KW{{"a", 1}, {"b", 2}}) })),
		c(`repr(dict([(1, 2), (3, 4)]))`, r(func() any { return CallBuiltin("dict", []any{L(T(1, 2), T(3, 4))}, nil) })),
		c(`repr(dict([(1, 2, 3)]))`, r(func() any { return CallBuiltin("dict", []any{L(T(1, 2, 3))}, nil) })),
		c(`exec:d = {1: 2}
for k in d:
    d[k + 1] = 0`, func() string {
			d := DictOf(1, 2)
			for k := range Iter(d) {
				SetItem(d, Add(k, 1), 0)
			}
			return ""
		}),
		c(`exec:s = {5, 1}; s.add(3); s.add(1); s.discard(5); s.discard(42); out = repr((s, 3 in s, len(s)))`, r(func() any {
			s := NewSet(5, 1)
			cm(s, "add", 3)
			cm(s, "add", 1)
			cm(s, "discard", 5)
			cm(s, "discard", 42)
			return T(s, Contains(s, 3), Len(s))
		})),
		c(`exec:s = {0, 8}; s.discard(0); s.add(16); out = repr(s)`, r(func() any {
			s := NewSet(0, 8)
			s.Discard(0)
			s.Add(16)
			return s
		})),
		c(`exec:s = set(); [s.add(i * 7 % 23) for i in range(15)]; out = repr(s) + repr(s.pop()) + repr(s.pop()) + repr(s)`, func() string {
			s := NewSet()
			for i := 0; i < 15; i++ {
				s.Add(i * 7 % 23)
			}
			a := Repr(s)
			return a + Repr(s.Pop()) + Repr(s.Pop()) + Repr(s)
		}),
		c(`exec:s = set(range(100, 0, -7)); [s.discard(x) for x in range(0, 100, 3)]; s.update([1000, 64, 33]); out = repr(s)`, r(func() any {
			s := SetFrom(NewRange(100, 0, -7))
			for x := 0; x < 100; x += 3 {
				s.Discard(x)
			}
			cm(s, "update", L(1000, 64, 33))
			return s
		})),
		c(`repr(set().pop())`, r(func() any { return NewSet().Pop() })),
		c(`repr({1}.remove(2))`, r(func() any { return cm(NewSet(1), "remove", 2) })),
		c(`repr({[1]})`, r(func() any { return NewSet(L(1)) })),
		c(`repr((set([1, 2, 3]).union([5, 4]), {1, 2}.intersection({2, 3}), {1, 2, 3}.difference([1]), {1, 2}.symmetric_difference({2, 3}), {1}.issubset([1, 2]), {1, 2}.issuperset({1}), {1}.isdisjoint({2})))`, r(func() any {
			return T(cm(SetFrom(L(1, 2, 3)), "union", L(5, 4)), cm(NewSet(1, 2), "intersection", NewSet(2, 3)), cm(NewSet(1, 2, 3), "difference", L(1)),
				cm(NewSet(1, 2), "symmetric_difference", NewSet(2, 3)), cm(NewSet(1), "issubset", L(1, 2)), cm(NewSet(1, 2), "issuperset", NewSet(1)),
				cm(NewSet(1), "isdisjoint", NewSet(2)))
		})),
		c(`repr(({'x', 'y'} | {'z'}).__class__.__name__)`, r(func() any { return GetAttr(GetAttr(BitOr(NewSet("x", "y"), NewSet("z")), "__class__"), "__name__") })),
		c(`repr(set([40, 8, 32, 0, 16, 24]) - {8})`, r(func() any { return Sub(SetFrom(L(40, 8, 32, 0, 16, 24)), NewSet(8)) })),
		c(`repr({(1, 'a'), (2, 'b')} == {(2, 'b'), (1, 'a')})`, r(func() any { return Eq(NewSet(T(1, "a"), T(2, "b")), NewSet(T(2, "b"), T(1, "a"))) })),
		c(`repr(list(enumerate('ab', 1)))`, r(func() any { return ListFrom(CallBuiltin("enumerate", []any{"ab", 1}, nil)) })),
		c(`repr(list(zip([1, 2, 3], 'ab')))`, r(func() any { return ListFrom(CallBuiltin("zip", []any{L(1, 2, 3), "ab"}, nil)) })),
		c(`repr(list(zip([1, 2], 'abc', strict=True)))`, r(func() any { return ListFrom(CallBuiltin("zip", []any{L(1, 2), "abc"}, []KW{{"strict", true}})) })),
		c(`repr(list(map(str, [1, 2])))`, r(func() any { return ListFrom(CallBuiltin("map", []any{Builtin("str"), L(1, 2)}, nil)) })),
		c(`repr(list(filter(None, [0, 1, '', 'a'])))`, r(func() any { return ListFrom(CallBuiltin("filter", []any{nil, L(0, 1, "", "a")}, nil)) })),
		c(`repr(list(reversed([1, 2, 3])) + list(reversed(range(3))) + list(reversed('ab')))`, r(func() any {
			return Add(Add(ListFrom(Reversed(L(1, 2, 3))), ListFrom(Reversed(NewRange(3)))), ListFrom(Reversed("ab")))
		})),
		c(`repr((sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10)))`, r(func() any {
			return T(CallBuiltin("sum", []any{L(1, 2, 3)}, nil), CallBuiltin("sum", []any{Mul(L(0.1), 10)}, nil),
				CallBuiltin("sum", []any{L(L(1), L(2)), L()}, nil), CallBuiltin("sum", []any{NewRange(5), 10}, nil))
		})),
		c(`repr(sum(['a'], ''))`, r(func() any { return CallBuiltin("sum", []any{L("a"), ""}, nil) })),
		c(`repr((min([3, 1, 2]), max(3, 1, 2), max('abc'), min([], default=0), max([(1, 'b'), (1, 'a')]), min([1, 1.0]), max([1.0, 1]), max(['aa', 'b', 'cc'], key=len)))`, r(func() any {
			return T(CallBuiltin("min", []any{L(3, 1, 2)}, nil), CallBuiltin("max", []any{3, 1, 2}, nil), CallBuiltin("max", []any{"abc"}, nil),
				CallBuiltin("min", []any{L()}, []KW{{"default", 0}}), CallBuiltin("max", []any{L(T(1, "b"), T(1, "a"))}, nil),
				CallBuiltin("min", []any{L(1, 1.0)}, nil), CallBuiltin("max", []any{L(1.0, 1)}, nil),
				CallBuiltin("max", []any{L("aa", "b", "cc")}, []KW{{"key", Builtin("len")}}))
		})),
		c(`repr(max([]))`, r(func() any { return CallBuiltin("max", []any{L()}, nil) })),
		c(`repr(min())`, r(func() any { return CallBuiltin("min", nil, nil) })),
		c(`repr((any([0, 1]), all([]), all([1, 0]), any('')))`, r(func() any {
			return T(CallBuiltin("any", []any{L(0, 1)}, nil), CallBuiltin("all", []any{L()}, nil), CallBuiltin("all", []any{L(1, 0)}, nil), CallBuiltin("any", []any{""}, nil))
		})),
		c(`exec:it = iter([1, 2]); out = repr((next(it), next(it), next(it, 'done')))`, r(func() any {
			it := GetIter(L(1, 2))
			return T(Next(it), Next(it), Next(it, "done"))
		})),
		c(`repr(next(iter([])))`, r(func() any { return Next(GetIter(L())) })),
		c(`repr(next([1]))`, r(func() any { return Next(L(1)) })),
		c(`exec:a, b = (1, 2); c, *d, e = range(5); *f, g = 'xy'; out = repr((a, b, c, d, e, f, g))`, r(func() any {
			ab := Unpack(T(1, 2), 2)
			cde := UnpackStar(NewRange(5), 1, 1)
			fg := UnpackStar("xy", 0, 1)
			return T(ab[0], ab[1], cde[0], cde[1], cde[2], fg[0], fg[1])
		})),
		c(`exec:a, b = [1, 2, 3]`, func() string { Unpack(L(1, 2, 3), 2); return "" }),
		c(`exec:a, b, c = 'xy'`, func() string { Unpack("xy", 3); return "" }),
		c(`exec:a, *b, c, d = [1, 2]`, func() string { UnpackStar(L(1, 2), 1, 2); return "" }),
		c(`exec:a, b = 5`, func() string { Unpack(5, 2); return "" }),
		c(`repr((len([1, 2]), len('héllo'), len({1: 2}), len(range(3))))`, r(func() any {
			return T(Len(L(1, 2)), Len("héllo"), Len(DictOf(1, 2)), Len(NewRange(3)))
		})),
		c(`repr(len(5))`, r(func() any { return Len(5) })),
		c(`repr(list(5))`, r(func() any { return CallBuiltin("list", []any{5}, nil) })),
		c(`repr((list('ab'), tuple([1, 2]), set('aba') == {'a', 'b'}, tuple(), list(), frozenset([3, 3])))`, r(func() any {
			return T(CallBuiltin("list", []any{"ab"}, nil), CallBuiltin("tuple", []any{L(1, 2)}, nil), Eq(CallBuiltin("set", []any{"aba"}, nil), NewSet("a", "b")),
				CallBuiltin("tuple", nil, nil), CallBuiltin("list", nil, nil), CallBuiltin("frozenset", []any{L(3, 3)}, nil))
		})),
		c(`exec:xs = [1, 2]; ys = xs; ys += [3]; zs = xs * 2; xs *= 2; out = repr((xs, ys, zs, xs is ys))`, r(func() any {
			xs := L(1, 2)
			ys := any(xs)
			ys = IAdd(ys, L(3))
			zs := Mul(xs, 2)
			x2 := IMul(xs, 2)
			return T(x2, ys, zs, Is(x2, ys))
		})),
		c(`exec:s = {1}; t = s; t |= {2}; t -= {1}; out = repr((s, t))`, r(func() any {
			s := NewSet(1)
			tt := IBitOr(s, NewSet(2))
			tt = ISub(tt, NewSet(1))
			return T(s, tt)
		})),
		c(`repr((isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance('a', str), isinstance(None, int), isinstance([], list), isinstance({}, dict), isinstance(ValueError('x'), (KeyError, ValueError)), isinstance(KeyError(), LookupError), isinstance(1, object), issubclass(bool, int), issubclass(KeyError, Exception), issubclass(TimeoutError, OSError)))`, r(func() any {
			return T(IsInstance(true, IntType), IsInstance(1, BoolType), IsInstance(1.0, T(IntType, FloatType)), IsInstance("a", StrType), IsInstance(nil, IntType),
				IsInstance(L(), ListType), IsInstance(NewDict(), DictType), IsInstance(New(ValueError, "x"), T(KeyError, ValueError)),
				IsInstance(New(KeyError), LookupError), IsInstance(1, ObjectType), IsSubclass(BoolType, IntType), IsSubclass(KeyError, Exception_),
				IsSubclass(TimeoutError, OSError))
		})),
		c(`repr(isinstance(1, 2))`, r(func() any { return IsInstance(1, 2) })),
		c(`repr((type(1), type('a'), type(None), type(ValueError()), type(1.5).__name__, type([]) is list))`, r(func() any {
			return T(TypeOf(1), TypeOf("a"), TypeOf(nil), TypeOf(New(ValueError)), GetAttr(TypeOf(1.5), "__name__"), Is(TypeOf(L()), ListType))
		})),
		c(`repr((callable(len), callable(1), getattr([], 'nope', 7), hasattr('', 'upper'), hasattr(1, 'upper')))`, r(func() any {
			return T(IsCallable(Builtin("len")), IsCallable(1), CallBuiltin("getattr", []any{L(), "nope", 7}, nil),
				CallBuiltin("hasattr", []any{"", "upper"}, nil), CallBuiltin("hasattr", []any{1, "upper"}, nil))
		})),
		c(`repr([].nope)`, r(func() any { return GetAttr(L(), "nope") })),
		c(`repr((1).nope)`, r(func() any { return GetAttr(1, "nope") })),
		c(`repr(ValueError.nope)`, r(func() any { return GetAttr(ValueError, "nope") })),
		c(`exec:x = 5; x.y = 1`, func() string { SetAttr(5, "y", 1); return "" }),
		c(`repr((ValueError('a', 2).args, KeyError.__name__, ValueError().__cause__, (2**70).bit_length(), (255).bit_length(), (2.5).is_integer(), (2.0).as_integer_ratio(), (1.5).real))`, r(func() any {
			return T(GetAttr(New(ValueError, "a", 2), "args"), GetAttr(KeyError, "__name__"), GetAttr(New(ValueError), "__cause__"),
				cm(Pow(2, 70), "bit_length"), cm(255, "bit_length"), cm(2.5, "is_integer"), cm(2.0, "as_integer_ratio"), GetAttr(1.5, "real"))
		})),
		c(`repr([].append)[:35]`, func() string { return GetItem(Repr(GetAttr(L(), "append")), Slice(nil, 35, nil)).(string) }),
		c(`repr(len(1, 2))`, r(func() any { return CallBuiltin("len", []any{1, 2}, nil) })),
		c(`repr((5)())`, r(func() any { return Call(5, nil, nil) })),
	})
}

func TestStrMethodsOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
	checkCases(t, []oracleCase{
		c(`repr(','.join(['a', 'b', 'c']) + '-'.join('xyz') + ''.join([]))`, r(func() any {
			return Add(Add(cm(",", "join", L("a", "b", "c")), cm("-", "join", "xyz")), cm("", "join", L()))
		})),
		c(`repr(', '.join([1, 2]))`, r(func() any { return cm(", ", "join", L(1, 2)) })),
		c(`repr(('a b  c'.split(), ' a  b '.split(), 'a,b,,c'.split(','), 'a b c'.split(None, 1), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), '  a b c  '.rsplit(None, 1), ''.split(), ''.split(',')))`, r(func() any {
			return T(cm("a b  c", "split"), cm(" a  b ", "split"), cm("a,b,,c", "split", ","), cm("a b c", "split", nil, 1), cm("a,b,c", "split", ",", 1),
				cm("a,b,c", "rsplit", ",", 1), cm("  a b c  ", "rsplit", nil, 1), cm("", "split"), cm("", "split", ","))
		})),
		c(`repr('a'.split(''))`, r(func() any { return cm("a", "split", "") })),
		c(`repr(('  x \n'.strip(), 'xxhixx'.strip('x'), '  a '.lstrip(), '  a '.rstrip(), 'abcba'.rstrip('ab')))`, r(func() any {
			return T(cm("  x \n", "strip"), cm("xxhixx", "strip", "x"), cm("  a ", "lstrip"), cm("  a ", "rstrip"), cm("abcba", "rstrip", "ab"))
		})),
		c(`repr(('Hello'.upper(), 'Hello'.lower(), 'hello world'.title(), "they're 1st".title(), 'hELLO wORLD'.capitalize(), 'AbC'.swapcase()))`, r(func() any {
			return T(cm("Hello", "upper"), cm("Hello", "lower"), cm("hello world", "title"), cm("they're 1st", "title"), cm("hELLO wORLD", "capitalize"), cm("AbC", "swapcase"))
		})),
		c(`repr(('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-')))`, r(func() any {
			return T(cm("aaa", "replace", "a", "b"), cm("aaa", "replace", "a", "b", 2), cm("abc", "replace", "", "-"))
		})),
		c(`repr(('hello'.startswith('he'), 'hello'.startswith(('x', 'hel')), 'hello'.endswith('lo'), 'hello'.startswith('l', 2), 'hello'.endswith('l', 0, 4)))`, r(func() any {
			return T(cm("hello", "startswith", "he"), cm("hello", "startswith", T("x", "hel")), cm("hello", "endswith", "lo"), cm("hello", "startswith", "l", 2), cm("hello", "endswith", "l", 0, 4))
		})),
		c(`repr(('héllo'.find('l'), 'hello'.find('z'), 'hello'.rfind('l'), 'hello'.index('e'), 'hello'.find('l', 3), 'hello'.count('l'), 'aaaa'.count('aa'), 'abc'.count('')))`, r(func() any {
			return T(cm("héllo", "find", "l"), cm("hello", "find", "z"), cm("hello", "rfind", "l"), cm("hello", "index", "e"), cm("hello", "find", "l", 3),
				cm("hello", "count", "l"), cm("aaaa", "count", "aa"), cm("abc", "count", ""))
		})),
		c(`repr('hello'.index('z'))`, r(func() any { return cm("hello", "index", "z") })),
		c(`repr(('42'.zfill(5), '-42'.zfill(5), 'ab'.ljust(5, '.'), 'ab'.rjust(5), 'ab'.center(7, '*'), 'abc'.center(6), 'ab'.center(5), 'x'.center(4)))`, r(func() any {
			return T(cm("42", "zfill", 5), cm("-42", "zfill", 5), cm("ab", "ljust", 5, "."), cm("ab", "rjust", 5), cm("ab", "center", 7, "*"),
				cm("abc", "center", 6), cm("ab", "center", 5), cm("x", "center", 4))
		})),
		c(`repr(('123'.isdigit(), '12a'.isdigit(), ''.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), ' \t'.isspace(), 'ABC'.isupper(), 'abc1'.islower(), 'Ab'.istitle(), 'a_1'.isidentifier()))`, r(func() any {
			return T(cm("123", "isdigit"), cm("12a", "isdigit"), cm("", "isdigit"), cm("abc", "isalpha"), cm("a1", "isalnum"), cm(" \t", "isspace"),
				cm("ABC", "isupper"), cm("abc1", "islower"), cm("Ab", "istitle"), cm("a_1", "isidentifier"))
		})),
		c(`repr(('a\nb\r\nc\n'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), 'a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x')))`, r(func() any {
			return T(cm("a\nb\r\nc\n", "splitlines"), CallMethod("a\nb\n", "splitlines", []any{true}, nil), cm("", "splitlines"), cm("a=b=c", "partition", "="),
				cm("a=b=c", "rpartition", "="), cm("abc", "partition", "x"), cm("abc", "rpartition", "x"))
		})),
		c(`repr(('prefix_x'.removeprefix('prefix_'), 'x.py'.removesuffix('.py'), 'a\tb'.expandtabs(4), '{} {}'.format(1, 2)))`, r(func() any {
			return T(cm("prefix_x", "removeprefix", "prefix_"), cm("x.py", "removesuffix", ".py"), cm("a\tb", "expandtabs", 4), cm("{} {}", "format", 1, 2))
		})),
		c(`repr([(s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum()) for s in ['12', '²', '½', '٣', '一', 'Ⅻ', 'a1', '']])`, func() string {
			out := L()
			for _, s := range []string{"12", "²", "½", "٣", "一", "Ⅻ", "a1", ""} {
				out.Append(T(cm(s, "isdigit"), cm(s, "isdecimal"), cm(s, "isnumeric"), cm(s, "isalnum")))
			}
			return Repr(out)
		}),
		c(`repr('abc'.nope())`, r(func() any { return cm("abc", "nope") })),
		c(`repr(('a' in 'abc', 'abc' < 'abd', 'a' * 0, 'abc'[::-1]))`, r(func() any {
			return T(Contains("abc", "a"), Lt("abc", "abd"), Mul("a", 0), GetItem("abc", Slice(nil, nil, -1)))
		})),
		c(`repr(list('héllo'))`, r(func() any { return ListFrom("héllo") })),
	})
}

func TestUnboundMethodsOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
	checkCases(t, []oracleCase{
		c(`repr(dict.fromkeys('ab', 0))`, r(func() any { return Call(GetAttr(Builtin("dict"), "fromkeys"), []any{"ab", 0}, nil) })),
		c(`repr(str.upper('x') + str.join('-', ['a', 'b']))`, r(func() any {
			return Add(Call(GetAttr(Builtin("str"), "upper"), []any{"x"}, nil), Call(GetAttr(StrType, "join"), []any{"-", L("a", "b")}, nil))
		})),
		c(`repr(sorted(['b', 'A', 'c'], key=str.lower))`, r(func() any {
			return CallBuiltin("sorted", []any{L("b", "A", "c")}, []KW{{"key", GetAttr(Builtin("str"), "lower")}})
		})),
		c(`repr(str.upper(1))`, r(func() any { return Call(GetAttr(StrType, "upper"), []any{1}, nil) })),
		c(`repr(list.append)`, r(func() any { return GetAttr(ListType, "append") })),
	})
}
