package py

import "testing"

// Counter + Counter is CPython's multiset sum; rt/py does not model it, so the operator must stop
// the program rather than raise a TypeError CPython would never raise. str + int stays CPython's
// own TypeError.
func TestOperatorOnPartlyModelledTypeStops(t *testing.T) {
	var stop *UnsupportedFeature
	func() {
		defer func() { stop, _ = recover().(*UnsupportedFeature) }()
		Add(&Counter{mapBase{NewDict()}}, &Counter{mapBase{NewDict()}})
	}()
	if stop == nil || stop.Feature != "Counter.__add__()" {
		t.Fatalf("Counter + Counter: got %v, want the Counter.__add__() stop", stop)
	}
	if exc := Try(func() { Add("a", 1) }); exc == nil || !exc.Is(TypeError) {
		t.Fatalf(`"a" + 1: got %v, want CPython's TypeError`, exc)
	}
}
