package py

import "strings"

// Direct helpers for the str methods ordinary code calls most, on a
// receiver and arguments already known to be str: no argument slice, no
// signature binding, no method lookup by name. CallMethod0/1/2 (fast_call.go)
// reach them for dynamic receivers; typed code can call them directly. Each
// is exactly the general method's result for these argument types (the
// general path in strmethods.go stays the reference for every other
// shape).

// StrSplit is s.split(sep) for a str sep.
func StrSplit(s, sep string) *List {
	if sep == "" {
		panic(New(ValueError, "empty separator"))
	}
	return &List{Items: boxedStrings(strings.Split(s, sep))}
}

// StrSplitWhitespace is s.split() (runs of whitespace separate, none empty).
func StrSplitWhitespace(s string) *List {
	return NewList(splitWhitespace(s, -1, false)...)
}

// StrPartition is s.partition(sep) for a str sep.
func StrPartition(s, sep string) Tuple {
	return strPartition(s, sep, sep).(Tuple)
}

// strPartition is s.partition(sep) boxed, in one allocation; it takes sep
// also as the value to put in the tuple, so that a caller holding it boxed
// already does not box it again.
func strPartition(s, sep string, boxed any) any {
	if sep == "" {
		panic(New(ValueError, "empty separator"))
	}
	i := strings.Index(s, sep)
	if i < 0 {
		return boxedPartition(s, "", "")
	}
	return boxedPartition(s[:i], boxed, s[i+len(sep):])
}

// StrStartsWith is s.startswith(prefix) for a str prefix: comparing the
// UTF-8 bytes is comparing the code points.
func StrStartsWith(s, prefix string) bool { return strings.HasPrefix(s, prefix) }

// StrEndsWith is s.endswith(suffix) for a str suffix.
func StrEndsWith(s, suffix string) bool { return strings.HasSuffix(s, suffix) }

// StrStrip is s.strip() (Python's whitespace, not Go's).
func StrStrip(s string) string { return strings.TrimFunc(s, isPySpace) }

// StrReplace is s.replace(old, new).
func StrReplace(s, old, new string) string { return strings.Replace(s, old, new, -1) }

// StrLower is s.lower().
func StrLower(s string) string { return pyLower(s) }

// StrUpper is s.upper().
func StrUpper(s string) string { return pyUpper(s) }

// StrJoin is sep.join(items): a list or tuple of plain strs is joined
// directly; anything else takes the general path (iteration, its errors).
func StrJoin(sep string, items any) string {
	var xs []any
	switch v := items.(type) {
	case *List:
		xs = v.Items
	case Tuple:
		xs = v
	default:
		r, _ := strMethod(sep, "join", []any{items}, nil)
		return r.(string)
	}
	n := len(sep) * max(len(xs)-1, 0)
	for _, x := range xs {
		s, ok := x.(string)
		if !ok {
			r, _ := strMethod(sep, "join", []any{items}, nil)
			return r.(string)
		}
		n += len(s)
	}
	var b strings.Builder
	b.Grow(n)
	for i, x := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(x.(string))
	}
	return b.String()
}
