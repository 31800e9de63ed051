package py

import (
	"strings"
	"testing"
)

// A negative base to a fractional power is complex in CPython; pyasync2go
// has no complex type, so it must stop with a message that says so, never
// compute something else.
func TestFloatPowComplexStops(t *testing.T) {
	for _, c := range [][2]any{{-8, 1.0 / 3}, {-2.5, 0.5}, {-1.0, 1e-310}} {
		var stop *UnsupportedFeature
		func() {
			defer func() { stop, _ = recover().(*UnsupportedFeature) }()
			Pow(c[0], c[1])
		}()
		if stop == nil || !strings.Contains(stop.Error(), "complex numbers") {
			t.Errorf("%v ** %v: got %v, want the complex-numbers stop", c[0], c[1], stop)
		}
	}
}
