package py

import "sort"

// CPython 3.11's excepthook (not the traceback module) ends an
// AttributeError's line with ". Did you mean: 'x'?" when some attribute of
// the object is close to the missing name (Python/suggestions.c). We offer
// suggestions for instances and classes of user classes, whose dir() we
// know exactly.

const (
	suggestMoveCost      = 2
	suggestCaseCost      = 1
	suggestMaxStringSize = 40
	suggestMaxCandidates = 750
)

// objectDir is dir(object()).
var objectDir = []string{"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
	"__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
	"__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
	"__subclasshook__"}

// userDir is dir(x) for an instance or class of a user class that is not
// an exception; ok is false for other values.
func userDir(x any) ([]string, bool) {
	var cls *Class
	names := map[string]bool{}
	switch v := x.(type) {
	case *Instance:
		if v.Class == ObjectType {
			return nil, false
		}
		cls = v.Class
		if v.dict != nil {
			for k := range v.dict.All() {
				if s, ok := k.(string); ok {
					names[s] = true
				}
			}
		}
		for _, f := range v.fields {
			names[f.name] = true
		}
	case *Class:
		if v.Dict == nil {
			return nil, false
		}
		cls = v
	default:
		return nil, false
	}
	for _, k := range cls.MRO() {
		if k == ObjectType {
			continue
		}
		if k.Dict == nil {
			return nil, false // a builtin base (an exception class) has attributes we do not list
		}
		for key := range k.Dict.All() {
			if s, ok := key.(string); ok {
				names[s] = true
			}
		}
		names["__dict__"], names["__weakref__"], names["__module__"], names["__doc__"] = true, true, true, true
	}
	for _, s := range objectDir {
		names[s] = true
	}
	out := make([]string, 0, len(names))
	for s := range names {
		out = append(out, s)
	}
	sort.Strings(out)
	return out, true
}

// attrSuggestion is the " Did you mean" candidate for an AttributeError
// raised by a failed attribute lookup ("" when there is none).
func attrSuggestion(e *Exception) string {
	if !e.Class.IsSubclass(AttributeError) {
		return ""
	}
	name, ok := e.Attrs["name"].(string)
	if !ok {
		return ""
	}
	dir, ok := userDir(e.Attrs["obj"])
	if !ok || len(dir) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range dir {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein is suggestions.c's levenshtein_distance over UTF-8 bytes.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxStringSize || len(b) > suggestMaxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
