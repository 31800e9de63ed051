package py

import (
	"iter"
	"slices"
	"strings"
)

// StructSeq is a C struct sequence (sys.version_info): a tuple whose items
// are also named attributes, with a repr that names them. Compare, Eq and
// Hash treat it as its tuple; indexing, slicing (to a plain tuple), len and
// iteration go through the protocols below.
type StructSeq struct {
	Type   string // "sys.version_info"
	Fields []string
	Values Tuple
}

func (s *StructSeq) PyRepr() string {
	var b strings.Builder
	b.WriteString(s.Type + "(")
	for i, f := range s.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f + "=" + Repr(s.Values[i]))
	}
	b.WriteString(")")
	return b.String()
}

func (s *StructSeq) PyType() string {
	return s.Type[strings.LastIndex(s.Type, ".")+1:]
}

func (s *StructSeq) PyTypeModule() string {
	if i := strings.LastIndex(s.Type, "."); i >= 0 {
		return s.Type[:i]
	}
	return "builtins"
}

func (s *StructSeq) PyGetAttr(name string) (any, bool) {
	if i := slices.Index(s.Fields, name); i >= 0 {
		return s.Values[i], true
	}
	return nil, false
}

func (s *StructSeq) PyLen() int            { return len(s.Values) }
func (s *StructSeq) PyGetItem(key any) any { return GetItem(s.Values, key) }
func (s *StructSeq) PyIter() iter.Seq[any] { return slices.Values([]any(s.Values)) }
func (s *StructSeq) PyContains(x any) bool { return Contains(s.Values, x) }

// structTuple is the tuple of a struct sequence, for the comparison and
// hash operators; other values pass through.
func structTuple(x any) any {
	if s, ok := x.(*StructSeq); ok {
		return s.Values
	}
	return x
}

// SysVersionInfo is sys.version_info: the CPython release the translator
// matches (3.11.7, the oracle's).
var SysVersionInfo = &StructSeq{
	Type:   "sys.version_info",
	Fields: []string{"major", "minor", "micro", "releaselevel", "serial"},
	Values: Tuple{3, 11, 7, "final", 0},
}
