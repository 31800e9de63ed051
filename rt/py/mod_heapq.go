package py

// heapq over Python lists, with heapq.py's sift algorithm (the C module
// makes the same comparisons in the same order, all with `<`).

func heapList(fn string, x any, one bool) *List {
	l, ok := x.(*List)
	if !ok {
		if one {
			panic(New(TypeError, fn+"() argument must be list, not "+TypeName(x)))
		}
		panic(New(TypeError, fn+"() argument 1 must be list, not "+TypeName(x)))
	}
	return l
}

func heapSiftDown(h []any, start, pos int) { heapSiftDownBy(h, start, pos, Lt) }

func heapSiftUp(h []any, pos int) { heapSiftUpBy(h, pos, Lt) }

// HeapqHeappush is heapq.heappush(heap, item).
func HeapqHeappush(heap, item any) {
	l := heapList("heappush", heap, false)
	l.Items = append(l.Items, item)
	heapSiftDown(l.Items, 0, len(l.Items)-1)
}

// HeapqHeappop is heapq.heappop(heap).
func HeapqHeappop(heap any) any {
	l := heapList("heappop", heap, true)
	n := len(l.Items)
	if n == 0 {
		panic(New(IndexError, "index out of range"))
	}
	last := l.Items[n-1]
	l.Items = l.Items[:n-1]
	if n == 1 {
		return last
	}
	top := l.Items[0]
	l.Items[0] = last
	heapSiftUp(l.Items, 0)
	return top
}

// HeapqHeapreplace is heapq.heapreplace(heap, item): pop, then push.
func HeapqHeapreplace(heap, item any) any {
	l := heapList("heapreplace", heap, false)
	if len(l.Items) == 0 {
		panic(New(IndexError, "index out of range"))
	}
	top := l.Items[0]
	l.Items[0] = item
	heapSiftUp(l.Items, 0)
	return top
}

// HeapqHeappushpop is heapq.heappushpop(heap, item): push, then pop.
func HeapqHeappushpop(heap, item any) any {
	l := heapList("heappushpop", heap, false)
	if len(l.Items) > 0 && Lt(l.Items[0], item) {
		item, l.Items[0] = l.Items[0], item
		heapSiftUp(l.Items, 0)
	}
	return item
}

// HeapqHeapify is heapq.heapify(x).
func HeapqHeapify(x any) {
	l := heapList("heapify", x, true)
	for i := len(l.Items)/2 - 1; i >= 0; i-- {
		heapSiftUp(l.Items, i)
	}
}

// HeapqNlargest is heapq.nlargest(n, iterable, key=None): documented as
// sorted(iterable, key=key, reverse=True)[:n].
func HeapqNlargest(n, iterable, key any) *List {
	return heapFirst(n, iterable, key, true)
}

// HeapqNsmallest is heapq.nsmallest(n, iterable, key=None):
// sorted(iterable, key=key)[:n].
func HeapqNsmallest(n, iterable, key any) *List {
	return heapFirst(n, iterable, key, false)
}

func heapFirst(n, iterable, key any, reverse bool) *List {
	k := indexArg(n)
	sorted := CallBuiltin("sorted", []any{iterable}, []KW{{Name: "key", Value: key}, {Name: "reverse", Value: reverse}}).(*List)
	if k < 0 {
		k = 0
	}
	if k < len(sorted.Items) {
		sorted.Items = sorted.Items[:k]
	}
	return sorted
}
