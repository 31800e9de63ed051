package py

import (
	"slices"
	"strconv"
)

// List is a Python list.
type List struct{ Items []any }

// Tuple is a Python tuple.
type Tuple []any

// NewList is a list display [a, b, c].
func NewList(items ...any) *List {
	if items == nil {
		items = []any{}
	}
	return &List{Items: items}
}

// ListFrom is list(iterable).
func ListFrom(x any) *List {
	return &List{Items: append([]any{}, toSliceIter(x)...)}
}

// Append is xs.append(v).
func (l *List) Append(v any) { l.Items = append(l.Items, v) }

// Extend is xs.extend(iterable).
func (l *List) Extend(x any) {
	if o, ok := x.(*List); ok {
		l.Items = append(l.Items, slices.Clone(o.Items)...)
		return
	}
	l.Items = append(l.Items, toSliceIter(x)...)
}

// Insert is xs.insert(i, v).
func (l *List) Insert(i int, v any) {
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = slices.Insert(l.Items, i, v)
}

// Pop is xs.pop(i); no index means the last item.
func (l *List) Pop(idx ...any) any {
	n := len(l.Items)
	if n == 0 {
		panic(New(IndexError, "pop from empty list"))
	}
	i := n - 1
	if len(idx) > 0 {
		i = indexArg(idx[0])
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			panic(New(IndexError, "pop index out of range"))
		}
	}
	v := l.Items[i]
	l.Items = slices.Delete(l.Items, i, i+1)
	return v
}

// Remove is xs.remove(v).
func (l *List) Remove(v any) {
	for i, x := range l.Items {
		if Eq(x, v) {
			l.Items = slices.Delete(l.Items, i, i+1)
			return
		}
	}
	panic(New(ValueError, "list.remove(x): x not in list"))
}

// Index is xs.index(v[, start[, stop]]).
func (l *List) Index(v any, bounds ...any) int {
	lo, hi := sliceBounds(len(l.Items), bounds)
	for i := lo; i < hi; i++ {
		if Eq(l.Items[i], v) {
			return i
		}
	}
	panic(New(ValueError, Repr(v)+" is not in list"))
}

func sliceBounds(n int, bounds []any) (int, int) {
	lo, hi := 0, n
	clamp := func(x any) int {
		i := indexArg(x)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		return i
	}
	if len(bounds) > 0 && bounds[0] != nil {
		lo = clamp(bounds[0])
	}
	if len(bounds) > 1 && bounds[1] != nil {
		hi = clamp(bounds[1])
	}
	return lo, hi
}

// Count is xs.count(v).
func (l *List) Count(v any) int { return countIn(l.Items, v) }

func countIn(items []any, v any) int {
	c := 0
	for _, x := range items {
		if Eq(x, v) {
			c++
		}
	}
	return c
}

// Reverse is xs.reverse().
func (l *List) Reverse() { slices.Reverse(l.Items) }

// Clear is xs.clear().
func (l *List) Clear() { l.Items = []any{} }

// Copy is xs.copy().
func (l *List) Copy() *List { return &List{Items: slices.Clone(l.Items)} }

// Sort is xs.sort(key=key, reverse=reverse): stable, comparing with <.
// While sorting the list looks empty, as in CPython.
func (l *List) Sort(key any, reverse bool) {
	items := l.Items
	l.Items = []any{}
	defer func() {
		if len(l.Items) > 0 {
			l.Items = items
			panic(New(ValueError, "list modified during sort"))
		}
		l.Items = items
	}()
	sortItems(items, key, reverse)
}

func sortItems(items []any, key any, reverse bool) {
	keys := items
	if key != nil {
		keys = make([]any, len(items))
		for i, it := range items {
			keys[i] = Call(key, []any{it}, nil)
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	// CPython sorts a reversed list ascending and reverses the result, so
	// equal keys keep their original order either way.
	if reverse {
		slices.Reverse(idx)
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if Lt(keys[a], keys[b]) {
			return -1
		}
		if Lt(keys[b], keys[a]) {
			return 1
		}
		return 0
	})
	if reverse {
		slices.Reverse(idx)
	}
	sorted := make([]any, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}

// indexArg converts an index operand (int, bool or __index__-able) to int.
func indexArg(x any) int {
	switch v := x.(type) {
	case int:
		return v
	case bool:
		if v {
			return 1
		}
		return 0
	}
	if n, ok := otherInt(x); ok {
		return int(n)
	}
	if o, ok := x.(*Instance); ok {
		if n, ok := o.base.(int); ok {
			return n
		}
	}
	if b, ok := x.(interface{ IsInt64() bool }); ok && !b.IsInt64() {
		panic(New(IndexError, "cannot fit 'int' into an index-sized integer"))
	}
	panic(New(TypeError, "'"+TypeName(x)+"' object cannot be interpreted as an integer"))
}

func itoa(i int) string { return strconv.Itoa(i) }
