package surface

import (
	"sort"
	"strings"
)

// README markers around the generated table of the supported surface.
const (
	ReadmeBegin = "<!-- surface:begin (generated from surface/; go test ./surface -update) -->"
	ReadmeEnd   = "<!-- surface:end -->"
)

// ReadmeTable is README's table of supported modules and builtins.
func ReadmeTable() string {
	var b strings.Builder
	b.WriteString("| Module | Coverage | Supported names |\n|---|---|---|\n")
	for _, m := range Modules() {
		var names []string
		for _, e := range Entries(m.Name) {
			n := "`" + e.Name
			if e.Kind == Func {
				n += "()"
			}
			names = append(names, n+"`")
		}
		list := strings.Join(names, ", ")
		if m.AnnotationOnly {
			list = "all of `typing`, never evaluated"
		}
		b.WriteString("| `" + m.Name + "` | " + m.Coverage + " | " + list + " |\n")
	}
	bs := BuiltinNames()
	sort.Strings(bs)
	for i, n := range bs {
		bs[i] = "`" + n + "()`"
	}
	b.WriteString("| builtins | functions (the builtin exception classes too) | " + strings.Join(bs, ", ") + " |\n")
	return b.String()
}
