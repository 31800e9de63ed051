package py

import (
	"strings"
	"testing"
)

// Counter | dict is dict's union in CPython (Counter.__or__ declines, dict.__ror__ answers); rt/py
// does not model it, so the operator must stop the program rather than raise a TypeError CPython
// would never raise. str + int stays CPython's own TypeError.
func TestOperatorOnPartlyModelledTypeStops(t *testing.T) {
	var stop *UnsupportedFeature
	func() {
		defer func() { stop, _ = recover().(*UnsupportedFeature) }()
		BitOr(&Counter{mapBase{NewDict()}}, NewDict())
	}()
	if stop == nil || stop.Feature != "Counter.__or__()" {
		t.Fatalf("Counter | dict: got %v, want the Counter.__or__() stop", stop)
	}
	if exc := Try(func() { Add("a", 1) }); exc == nil || !exc.Is(TypeError) {
		t.Fatalf(`"a" + 1: got %v, want CPython's TypeError`, exc)
	}
}

// Every method UnimplementedMethod names must really stop the program when
// called, so the translator's diagnostic never rejects a call that would
// have run.
func TestUnimplementedMethodsStop(t *testing.T) {
	samples := map[string]any{"str": "ab", "list": NewList(1), "tuple": Tuple{1}, "dict": DictOf(1, 2),
		"set": NewSet(1), "frozenset": NewFrozenSet(1), "int": 7, "bool": true, "float": 1.5, "range": NewRange(0, 3, 1)}
	checked := 0
	for tname, x := range samples {
		for _, name := range strings.Fields(pyTypeAttrs[tname]) {
			if !UnimplementedMethod(tname, name) {
				continue
			}
			var stop *UnsupportedFeature
			func() {
				defer func() { stop, _ = recover().(*UnsupportedFeature) }()
				CallMethod(x, name, nil, nil)
			}()
			if stop == nil {
				t.Errorf("%s.%s(): UnimplementedMethod says it stops, but it ran", tname, name)
			}
			checked++
		}
	}
	if UnimplementedMethod("str", "upper") || !UnimplementedMethod("str", "__len__") || UnimplementedMethod("str", "no_such") {
		t.Error("UnimplementedMethod: wrong for str.upper, str.__len__ or str.no_such")
	}
	t.Logf("%d unimplemented methods stop", checked)
}
