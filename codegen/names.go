package codegen

import (
	"strconv"
	"strings"
	"unicode"
)

// reservedNames are Go identifiers a Python name must never become: keywords,
// predeclared identifiers, the imported packages and the names the generated
// file itself declares.
var reservedNames = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`
		break case chan const continue default defer else fallthrough for func go goto if
		import interface map package range return select struct switch type var
		any bool byte comparable complex64 complex128 error float32 float64 int int8 int16
		int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr true false iota nil
		append cap clear close complex copy delete imag len make max min new panic print
		println real recover
		rt py slices main init program co moduleInfo Main`) {
		m[s] = true
	}
	return m
}()

// goIdent converts a Python identifier to lowerCamelCase: say_after ⇒
// sayAfter, task_1 ⇒ task1, MyError ⇒ myError. Leading underscores are
// dropped, so generated temporaries (which start with "_") never collide
// with user names.
func goIdent(py string) string {
	var b strings.Builder
	upperNext := false
	for _, r := range py {
		switch {
		case r == '_':
			upperNext = b.Len() > 0
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if b.Len() == 0 {
				if unicode.IsDigit(r) {
					b.WriteByte('x')
				}
				b.WriteRune(unicode.ToLower(r))
			} else if upperNext {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(r)
			}
			upperNext = false
		default:
			// Python accepts combining marks and connector punctuation in
			// identifiers; Go does not.
			b.WriteByte('x')
			upperNext = false
		}
	}
	s := b.String()
	if s == "" {
		return "v"
	}
	if reservedNames[s] {
		return "py" + strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// namer hands out Go identifiers that are unique along a chain of nested
// scopes, so an inner function never shadows a name it needs from outside.
type namer struct {
	parent *namer
	used   map[string]bool
}

func newNamer(parent *namer) *namer { return &namer{parent: parent, used: map[string]bool{}} }

func (n *namer) taken(s string) bool {
	for p := n; p != nil; p = p.parent {
		if p.used[s] {
			return true
		}
	}
	return reservedNames[s]
}

// fresh reserves base, or base2, base3, ... if base is taken.
func (n *namer) fresh(base string) string {
	name := base
	for i := 2; n.taken(name); i++ {
		name = base + strconv.Itoa(i)
	}
	n.used[name] = true
	return name
}
