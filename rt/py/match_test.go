package py

import "testing"

// The match helpers return the matched parts, or nil for no match; the
// expected messages are CPython 3.11's.
func TestMatchHelpers(t *testing.T) {
	l := &List{Items: []any{1, 2, 3, 4}}
	if got := Repr(MatchSequence(l, 2, 1)); got != "[1, [2, 3], 4]" {
		t.Errorf("[a, *b, c] of [1, 2, 3, 4]: %s", got)
	}
	if MatchSequence("ab", 2, -1) != nil || MatchSequence(l, 3, -1) != nil || MatchSequence(l, 5, 0) != nil {
		t.Error("a str, a wrong length and too few items must not match a sequence pattern")
	}
	d := DictOf("a", 1, "b", 2)
	if got := Repr(MatchMapping(d, Tuple{"b"}, true)); got != "[2, {'a': 1}]" {
		t.Errorf("{'b': v, **rest}: %s", got)
	}
	if MatchMapping(d, Tuple{"z"}, false) != nil || MatchMapping(l, Tuple{}, false) != nil {
		t.Error("a missing key or a non-mapping must not match a mapping pattern")
	}
	if got := Repr(MatchClass(5, IntType, 1, Tuple{"real"})); got != "[5, 5]" {
		t.Errorf("int(x, real=r) of 5: %s", got)
	}
	cases := []struct {
		fn   func()
		want string
	}{
		{func() { MatchClass(5, 3, 0, Tuple{}) }, "called match pattern must be a type"},
		{func() { MatchClass(5, IntType, 2, Tuple{}) }, "int() accepts 1 positional sub-pattern (2 given)"},
		{func() { MatchClass(NewObject(), ObjectType, 1, Tuple{}) }, "object() accepts 0 positional sub-patterns (1 given)"},
		{func() { MatchClass(5, IntType, 0, Tuple{"real", "real"}) }, "int() got multiple sub-patterns for attribute 'real'"},
	}
	for _, c := range cases {
		exc := Try(c.fn)
		if exc == nil || !exc.Is(TypeError) || ExcStr(exc) != c.want {
			t.Errorf("got %v, want TypeError: %s", exc, c.want)
		}
	}
}
