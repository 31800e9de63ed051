package py

// heapq.merge(*iterables, key=None, reverse=False), step by step as
// CPython 3.11's Lib/heapq.py: a generator that, when first resumed, takes
// one item from every input and heapifies [key, order] lists (compared as
// lists are: == then <, so ties go to the earlier input); each step yields
// the top and, when resumed, advances that input; the last input left is
// drained directly.

type mergeInput struct {
	it    *Iterator
	value any
	entry *List // [key, order*direction]
}

// HeapqMerge is heapq.merge(*iterables, key=None, reverse=False).
func HeapqMerge(iterables []any, kw []KW) any {
	var key any
	reverse := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "reverse":
			reverse = Truth(k.Value)
		default:
			panic(New(TypeError, "merge() got an unexpected keyword argument '"+k.Name+"'"))
		}
	}
	less := Lt
	direction := 1
	if reverse {
		less = func(a, b any) bool { return Lt(b, a) }
		direction = -1
	}
	keyOf := func(v any) any {
		if key == nil {
			return v
		}
		return Call(key, []any{v}, nil)
	}
	var h []any // of *List entries
	inputs := map[*List]*mergeInput{}
	const (
		start = iota
		advance
		drain
		done
	)
	state := start
	var last *mergeInput
	return NewIterator("generator", func() (any, bool) {
		switch state {
		case start:
			for order, x := range iterables {
				in := &mergeInput{it: GetIter(x)}
				v, ok := in.it.Step()
				if !ok {
					continue
				}
				in.value = v
				in.entry = NewList(keyOf(v), order*direction)
				inputs[in.entry] = in
				h = append(h, in.entry)
			}
			for i := len(h)/2 - 1; i >= 0; i-- {
				heapSiftUpBy(h, i, less)
			}
		case advance:
			top := inputs[h[0].(*List)]
			if v, ok := top.it.Step(); ok {
				top.value = v
				top.entry.Items[0] = keyOf(v)
				heapSiftUpBy(h, 0, less)
			} else {
				lastElt := h[len(h)-1]
				h = h[:len(h)-1]
				if len(h) > 0 {
					h[0] = lastElt
					heapSiftUpBy(h, 0, less)
				}
			}
		case drain:
			if v, ok := last.it.Step(); ok {
				return v, true
			}
			state = done
			return nil, false
		case done:
			return nil, false
		}
		switch len(h) {
		case 0:
			state = done
			return nil, false
		case 1:
			last = inputs[h[0].(*List)]
			state = drain
			return last.value, true
		}
		state = advance
		return inputs[h[0].(*List)].value, true
	})
}

// heapSiftDownBy and heapSiftUpBy are heapq's _siftdown/_siftup (and the
// _max forms, with less reversed).
func heapSiftDownBy(h []any, start, pos int, less func(a, b any) bool) {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !less(item, h[parent]) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
}

func heapSiftUpBy(h []any, pos int, less func(a, b any) bool) {
	end, start, item := len(h), pos, h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !less(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	heapSiftDownBy(h, start, pos, less)
}
