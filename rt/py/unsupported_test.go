package py

import "testing"

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
