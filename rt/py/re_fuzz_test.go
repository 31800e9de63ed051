package py

import (
	"testing"
)

// FuzzRE: compiling and running any pattern on any string raises Python
// exceptions (re.error, OverflowError) or stops as unsupported, never a Go
// panic.
func FuzzRE(f *testing.F) {
	for _, s := range []string{`(a|b)*c`, `(?P<x>a)(?P=x)`, `(?<=ab)c`, `(?(1)a|b)`, `a{2,3}?`, `[^\W\d]+`, `(?i)ſ`, `(?>a+)b`, `\b\B^$`, `(a*)*?x`} {
		f.Add(s, "aabc ab\nſ 12")
	}
	f.Fuzz(func(t *testing.T, pattern, s string) {
		func() {
			defer func() {
				if r := recover(); r != nil {
					switch r.(type) {
					case *Exception, *UnsupportedFeature:
					default:
						t.Fatalf("pattern %q on %q: Go panic %v", pattern, s, r)
					}
				}
			}()
			p := reCompilePattern(pattern, 0)
			p.match(s, 0, len(s), reModeSearch)
			p.findall(s, 0, len(s))
			p.split(s, 0)
			p.subn(`\g<0>`, s, 0)
		}()
	})
}
