package py

import "unsafe"

// Boxing several values with one allocation. Storing a string (or a Tuple)
// in an `any` copies it to a fresh heap object of its own; str.split and
// str.partition box every part they return, so that allocation was most of
// their cost. Here the parts live side by side in one object and each
// interface points at its part. An interface holding a value of a
// non-pointer type is two words, the type and a pointer to the value
// (runtime.eface), and the garbage collector follows interior pointers, so
// such an interface keeps the whole object alive. The values are never
// written after boxing, which is what the runtime assumes of a boxed value.

// efaceWords is the layout of an `any`.
type efaceWords struct {
	typ, data unsafe.Pointer
}

var (
	stringTypeWord = typeWord("")
	tupleTypeWord  = typeWord(Tuple(nil))
)

func typeWord(v any) unsafe.Pointer { return (*efaceWords)(unsafe.Pointer(&v)).typ }

// boxString is any(*p) without copying *p: p must never be written again.
func boxString(p *string) (v any) {
	*(*efaceWords)(unsafe.Pointer(&v)) = efaceWords{stringTypeWord, unsafe.Pointer(p)}
	return v
}

// boxTuple is any(*p) without copying *p: p must never be written again.
func boxTuple(p *Tuple) (v any) {
	*(*efaceWords)(unsafe.Pointer(&v)) = efaceWords{tupleTypeWord, unsafe.Pointer(p)}
	return v
}

// partitionBox is everything str.partition's result holds, in one object.
type partitionBox struct {
	items      [3]any
	tuple      Tuple
	head, tail string
}

// boxedPartition is any(Tuple{head, sep, tail}) in one allocation; sep
// comes boxed already.
func boxedPartition(head string, sep any, tail string) any {
	b := &partitionBox{head: head, tail: tail}
	b.items = [3]any{boxString(&b.head), sep, boxString(&b.tail)}
	b.tuple = b.items[:]
	return boxTuple(&b.tuple)
}

// boxedStrings is a list's items boxing strs, in two allocations (the
// items and the strings) instead of one per string.
func boxedStrings(strs []string) []any {
	items := make([]any, len(strs))
	for i := range strs {
		items[i] = boxString(&strs[i])
	}
	return items
}
