package py

import "iter"

// itertools, lazy as in CPython's Modules/itertoolsmodule.c: arguments are
// turned into iterators when the object is made (so a non-iterable fails
// there), and items are pulled only as the result is consumed.

// ItIter is an itertools iterator object.
type ItIter struct {
	name string
	next func() (any, bool)
	done bool
	// repr, when set, gives the repr (count and repeat show their state).
	repr func() string
}

func newIt(name string, next func() (any, bool)) *ItIter { return &ItIter{name: name, next: next} }

func (it *ItIter) PyType() string { return it.name }

func (it *ItIter) PyRepr() string {
	if it.repr != nil {
		return it.repr()
	}
	return "<itertools." + it.name + " object at " + addrHex(it) + ">"
}

// PyNext is next(it).
func (it *ItIter) PyNext() (any, bool) {
	if it.done {
		return nil, false
	}
	v, ok := it.next()
	if !ok {
		it.done = true
	}
	return v, ok
}

func (it *ItIter) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for {
			v, ok := it.PyNext()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// stepper is iter(x)'s next function.
func stepper(x any) func() (any, bool) {
	if n, ok := x.(interface{ PyNext() (any, bool) }); ok {
		return n.PyNext
	}
	return GetIter(x).Step
}

// ItertoolsCount is itertools.count(start=0, step=1).
func ItertoolsCount(start, step any) *ItIter {
	cur := start
	it := newIt("count", func() (any, bool) {
		v := cur
		cur = Add(cur, step)
		return v, true
	})
	it.repr = func() string {
		if s, ok := step.(int); ok && s == 1 {
			return "count(" + Repr(cur) + ")"
		}
		return "count(" + Repr(cur) + ", " + Repr(step) + ")"
	}
	return it
}

// ItertoolsCycle is itertools.cycle(iterable).
func ItertoolsCycle(iterable any) *ItIter {
	next := stepper(iterable)
	var saved []any
	i, exhausted := 0, false
	return newIt("cycle", func() (any, bool) {
		if !exhausted {
			if v, ok := next(); ok {
				saved = append(saved, v)
				return v, true
			}
			exhausted = true
		}
		if len(saved) == 0 {
			return nil, false
		}
		v := saved[i%len(saved)]
		i++
		return v, true
	})
}

// ItertoolsRepeat is itertools.repeat(object[, times]).
func ItertoolsRepeat(object any, times ...any) *ItIter {
	left := -1
	if len(times) > 0 {
		left = max(indexArg(times[0]), 0)
	}
	it := newIt("repeat", func() (any, bool) {
		if left == 0 {
			return nil, false
		}
		if left > 0 {
			left--
		}
		return object, true
	})
	it.repr = func() string {
		if left < 0 {
			return "repeat(" + Repr(object) + ")"
		}
		return "repeat(" + Repr(object) + ", " + itoa(left) + ")"
	}
	return it
}

// ItertoolsAccumulate is itertools.accumulate(iterable[, func, *, initial=None]).
func ItertoolsAccumulate(iterable, fn, initial any) *ItIter {
	next := stepper(iterable)
	var total any
	started := false
	pendingInitial := initial != nil
	return newIt("accumulate", func() (any, bool) {
		if pendingInitial {
			pendingInitial, started, total = false, true, initial
			return total, true
		}
		v, ok := next()
		if !ok {
			return nil, false
		}
		switch {
		case !started:
			total, started = v, true
		case fn == nil:
			total = Add(total, v)
		default:
			total = Call(fn, []any{total, v}, nil)
		}
		return total, true
	})
}

// ItertoolsChain is itertools.chain(*iterables).
func ItertoolsChain(iterables ...any) *ItIter {
	return chainOf(stepper(Tuple(iterables)))
}

// ItertoolsChainFromIterable is itertools.chain.from_iterable(iterable).
func ItertoolsChainFromIterable(iterable any) *ItIter {
	return chainOf(stepper(iterable))
}

func chainOf(sources func() (any, bool)) *ItIter {
	var cur func() (any, bool)
	return newIt("chain", func() (any, bool) {
		for {
			if cur == nil {
				src, ok := sources()
				if !ok {
					return nil, false
				}
				cur = stepper(src)
			}
			if v, ok := cur(); ok {
				return v, true
			}
			cur = nil
		}
	})
}

// ItertoolsCompress is itertools.compress(data, selectors).
func ItertoolsCompress(data, selectors any) *ItIter {
	d, s := stepper(data), stepper(selectors)
	return newIt("compress", func() (any, bool) {
		for {
			v, ok := d()
			if !ok {
				return nil, false
			}
			sel, ok := s()
			if !ok {
				return nil, false
			}
			if Truth(sel) {
				return v, true
			}
		}
	})
}

func predTrue(pred, v any) bool {
	if pred == nil {
		return Truth(v)
	}
	return Truth(Call(pred, []any{v}, nil))
}

// ItertoolsDropwhile is itertools.dropwhile(predicate, iterable).
func ItertoolsDropwhile(pred, iterable any) *ItIter {
	next := stepper(iterable)
	dropping := true
	return newIt("dropwhile", func() (any, bool) {
		for {
			v, ok := next()
			if !ok {
				return nil, false
			}
			if dropping && Truth(Call(pred, []any{v}, nil)) {
				continue
			}
			dropping = false
			return v, true
		}
	})
}

// ItertoolsTakewhile is itertools.takewhile(predicate, iterable).
func ItertoolsTakewhile(pred, iterable any) *ItIter {
	next := stepper(iterable)
	stopped := false
	return newIt("takewhile", func() (any, bool) {
		if stopped {
			return nil, false
		}
		v, ok := next()
		if !ok {
			return nil, false
		}
		if !Truth(Call(pred, []any{v}, nil)) {
			stopped = true
			return nil, false
		}
		return v, true
	})
}

// ItertoolsFilterfalse is itertools.filterfalse(predicate, iterable).
func ItertoolsFilterfalse(pred, iterable any) *ItIter {
	next := stepper(iterable)
	return newIt("filterfalse", func() (any, bool) {
		for {
			v, ok := next()
			if !ok {
				return nil, false
			}
			if !predTrue(pred, v) {
				return v, true
			}
		}
	})
}

// ItertoolsStarmap is itertools.starmap(function, iterable).
func ItertoolsStarmap(fn, iterable any) *ItIter {
	next := stepper(iterable)
	return newIt("starmap", func() (any, bool) {
		v, ok := next()
		if !ok {
			return nil, false
		}
		return Call(fn, toTuple(v), nil), true
	})
}

func toTuple(v any) []any {
	var out []any
	for x := range Iter(v) {
		out = append(out, x)
	}
	return out
}

// ItertoolsPairwise is itertools.pairwise(iterable).
func ItertoolsPairwise(iterable any) *ItIter {
	next := stepper(iterable)
	var prev any
	started := false
	return newIt("pairwise", func() (any, bool) {
		if !started {
			v, ok := next()
			if !ok {
				return nil, false
			}
			prev, started = v, true
		}
		v, ok := next()
		if !ok {
			return nil, false
		}
		pair := Tuple{prev, v}
		prev = v
		return pair, true
	})
}

// ItertoolsZipLongest is itertools.zip_longest(*iterables, fillvalue=None).
func ItertoolsZipLongest(args []any, kw []KW) *ItIter {
	var fill any
	for _, k := range kw {
		if k.Name != "fillvalue" {
			panic(New(TypeError, "zip_longest() got an unexpected keyword argument '"+k.Name+"'"))
		}
		fill = k.Value
	}
	nexts := make([]func() (any, bool), len(args))
	for i, a := range args {
		nexts[i] = stepper(a)
	}
	active := len(nexts)
	alive := make([]bool, len(nexts))
	for i := range alive {
		alive[i] = true
	}
	return newIt("zip_longest", func() (any, bool) {
		if len(nexts) == 0 || active == 0 {
			return nil, false
		}
		row := make(Tuple, len(nexts))
		for i, n := range nexts {
			if !alive[i] {
				row[i] = fill
				continue
			}
			v, ok := n()
			if !ok {
				alive[i] = false
				active--
				if active == 0 {
					return nil, false
				}
				v = fill
			}
			row[i] = v
		}
		return row, true
	})
}

// isliceArg converts an islice bound: None or 0 <= x <= sys.maxsize.
func isliceArg(v any, what string) int {
	if v == nil {
		return -1
	}
	if n, ok := v.(int); ok && n >= 0 {
		return n
	}
	if b, ok := v.(bool); ok {
		return indexArg(b)
	}
	panic(New(ValueError, what+" for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
}

// ItertoolsIslice is itertools.islice(iterable, stop) or
// islice(iterable, start, stop[, step]).
func ItertoolsIslice(iterable any, args ...any) *ItIter {
	if len(args) == 0 || len(args) > 3 {
		panic(New(TypeError, "islice expected at most 4 arguments, got "+itoa(len(args)+1)))
	}
	next := stepper(iterable)
	start, stop, step := 0, -1, 1
	if len(args) == 1 {
		stop = isliceArg(args[0], "Stop argument")
	} else {
		if s := isliceArg(args[0], "Indices"); s >= 0 {
			start = s
		}
		stop = isliceArg(args[1], "Stop argument")
		if stop < 0 && args[1] != nil {
			panic(New(ValueError, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
		}
		if len(args) == 3 && args[2] != nil {
			n, ok := args[2].(int)
			if !ok || n <= 0 {
				panic(New(ValueError, "Step for islice() must be a positive integer or None."))
			}
			step = n
		}
	}
	pos, want := 0, start
	return newIt("islice", func() (any, bool) {
		if stop >= 0 && want >= stop {
			return nil, false
		}
		for pos < want {
			if _, ok := next(); !ok {
				return nil, false
			}
			pos++
		}
		v, ok := next()
		if !ok {
			return nil, false
		}
		pos++
		want += step
		if stop >= 0 && want > stop {
			want = stop
		}
		return v, true
	})
}

// ItertoolsTee is itertools.tee(iterable, n=2): n iterators over one
// shared buffer.
func ItertoolsTee(iterable, n any) Tuple {
	k := indexArg(n)
	if k < 0 {
		panic(New(ValueError, "n must be >= 0"))
	}
	next := stepper(iterable)
	var buf []any
	base := 0 // index of buf[0] in the stream
	pos := make([]int, k)
	out := make(Tuple, k)
	for i := range out {
		i := i
		out[i] = newIt("_tee", func() (any, bool) {
			if pos[i]-base >= len(buf) {
				v, ok := next()
				if !ok {
					return nil, false
				}
				buf = append(buf, v)
			}
			v := buf[pos[i]-base]
			pos[i]++
			low := pos[0]
			for _, p := range pos {
				low = min(low, p)
			}
			buf = buf[low-base:]
			base = low
			return v, true
		})
	}
	return out
}

// ItertoolsGroupby is itertools.groupby(iterable, key=None).
func ItertoolsGroupby(iterable, key any) *ItIter {
	next := stepper(iterable)
	var curKey, curVal, tgtKey any
	have, exhausted, started := false, false, false
	gen := 0
	keyOf := func(v any) any {
		if key == nil {
			return v
		}
		return Call(key, []any{v}, nil)
	}
	advance := func() bool {
		v, ok := next()
		if !ok {
			exhausted, have = true, false
			return false
		}
		curVal, curKey, have = v, keyOf(v), true
		return true
	}
	return newIt("groupby", func() (any, bool) {
		gen++
		for {
			if !have && (exhausted || !advance()) {
				return nil, false
			}
			if !started || !Eq(tgtKey, curKey) {
				break
			}
			if !advance() {
				return nil, false
			}
		}
		started = true
		tgtKey = curKey
		mine := gen
		grouper := newIt("_grouper", func() (any, bool) {
			if mine != gen {
				return nil, false
			}
			if !have && (exhausted || !advance()) {
				return nil, false
			}
			if !Eq(tgtKey, curKey) {
				return nil, false
			}
			v := curVal
			have = false
			return v, true
		})
		return Tuple{curKey, grouper}, true
	})
}

func poolOf(iterable any) []any { return toTuple(iterable) }

// ItertoolsProduct is itertools.product(*iterables, repeat=1).
func ItertoolsProduct(args []any, kw []KW) *ItIter {
	repeat := 1
	for _, k := range kw {
		if k.Name != "repeat" {
			panic(New(TypeError, "product() got an unexpected keyword argument '"+k.Name+"'"))
		}
		repeat = indexArg(k.Value)
		if repeat < 0 {
			panic(New(ValueError, "repeat argument cannot be negative"))
		}
	}
	var pools [][]any
	base := make([][]any, len(args))
	for i, a := range args {
		base[i] = poolOf(a)
	}
	for range repeat {
		pools = append(pools, base...)
	}
	idx := make([]int, len(pools))
	first := true
	return newIt("product", func() (any, bool) {
		if first {
			first = false
			for _, p := range pools {
				if len(p) == 0 {
					return nil, false
				}
			}
		} else {
			i := len(pools) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(pools[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return nil, false
			}
		}
		row := make(Tuple, len(pools))
		for i, p := range pools {
			row[i] = p[idx[i]]
		}
		return row, true
	})
}

// ItertoolsPermutations is itertools.permutations(iterable, r=None), in
// CPython's order (the cycles algorithm).
func ItertoolsPermutations(iterable, r any) *ItIter {
	pool := poolOf(iterable)
	n := len(pool)
	k := n
	if r != nil {
		k = indexArg(r)
		if k < 0 {
			panic(New(ValueError, "r must be non-negative"))
		}
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, max(k, 0))
	for i := range cycles {
		cycles[i] = n - i
	}
	first := true
	emit := func() Tuple {
		row := make(Tuple, k)
		for i := range k {
			row[i] = pool[indices[i]]
		}
		return row
	}
	return newIt("permutations", func() (any, bool) {
		if k > n {
			return nil, false
		}
		if first {
			first = false
			return emit(), true
		}
		for i := k - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				moved := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = moved
				cycles[i] = n - i
				continue
			}
			j := cycles[i]
			indices[i], indices[n-j] = indices[n-j], indices[i]
			return emit(), true
		}
		k = n + 1 // exhausted
		return nil, false
	})
}

// combos yields CPython's combinations (repl false) or
// combinations_with_replacement (repl true) of pool taken r at a time.
func combos(name string, iterable, r any, repl bool) *ItIter {
	pool := poolOf(iterable)
	n := len(pool)
	k := indexArg(r)
	if k < 0 {
		panic(New(ValueError, "r must be non-negative"))
	}
	indices := make([]int, k)
	for i := range indices {
		if !repl {
			indices[i] = i
		}
	}
	first, done := true, !repl && k > n || repl && n == 0 && k > 0
	emit := func() Tuple {
		row := make(Tuple, k)
		for i, x := range indices {
			row[i] = pool[x]
		}
		return row
	}
	return newIt(name, func() (any, bool) {
		if done {
			return nil, false
		}
		if first {
			first = false
			return emit(), true
		}
		i := k - 1
		for ; i >= 0; i-- {
			if repl && indices[i] != n-1 || !repl && indices[i] != i+n-k {
				break
			}
		}
		if i < 0 {
			done = true
			return nil, false
		}
		if repl {
			v := indices[i] + 1
			for j := i; j < k; j++ {
				indices[j] = v
			}
		} else {
			indices[i]++
			for j := i + 1; j < k; j++ {
				indices[j] = indices[j-1] + 1
			}
		}
		return emit(), true
	})
}

// ItertoolsCombinations is itertools.combinations(iterable, r).
func ItertoolsCombinations(iterable, r any) *ItIter {
	return combos("combinations", iterable, r, false)
}

// ItertoolsCombinationsWithReplacement is
// itertools.combinations_with_replacement(iterable, r).
func ItertoolsCombinationsWithReplacement(iterable, r any) *ItIter {
	return combos("combinations_with_replacement", iterable, r, true)
}
