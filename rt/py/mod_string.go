package py

import (
	"strings"
	"unicode/utf8"
)

// The string module: its constants, capwords, and Template with
// CPython 3.11's default pattern (Lib/string.py): `$$`, `$identifier`,
// `${identifier}` with ASCII identifiers, anything else after `$` is an
// invalid placeholder.

// String constants.
const (
	StringWhitespace     = " \t\n\r\x0b\x0c"
	StringAsciiLowercase = "abcdefghijklmnopqrstuvwxyz"
	StringAsciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	StringAsciiLetters   = StringAsciiLowercase + StringAsciiUppercase
	StringDigits         = "0123456789"
	StringHexdigits      = StringDigits + "abcdef" + "ABCDEF"
	StringOctdigits      = "01234567"
	StringPunctuation    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	StringPrintable      = StringDigits + StringAsciiLetters + StringPunctuation + StringWhitespace
)

// StringCapwords is string.capwords(s, sep=None).
func StringCapwords(s, sep any) any {
	words := CallMethod(s, "split", []any{sep}, nil)
	var parts []string
	for w := range Iter(words) {
		parts = append(parts, CallMethod(w, "capitalize", nil, nil).(string))
	}
	j := " "
	if sep != nil && Truth(sep) {
		j = Str(sep)
	}
	return strings.Join(parts, j)
}

// Template is a string.Template.
type Template struct{ template any }

// StringTemplate is string.Template(template).
func StringTemplate(template any) *Template { return &Template{template: template} }

func (t *Template) PyType() string       { return "Template" }
func (t *Template) PyTypeModule() string { return "string" }
func (t *Template) PyRepr() string       { return "<string.Template object at " + addrHex(t) + ">" }

// placeholder is one match of the pattern: kind is "escaped", "named",
// "braced" or "invalid"; start and end are rune offsets of the whole
// match.
type placeholder struct {
	kind, name string
	start, end int
}

func isIdentStart(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func isIdentChar(r rune) bool { return isIdentStart(r) || r >= '0' && r <= '9' }

// scan finds the pattern's matches in order.
func (t *Template) scan() ([]rune, []placeholder) {
	s, ok := t.template.(string)
	if !ok {
		panic(New(TypeError, "expected string or bytes-like object, got '"+TypeName(t.template)+"'"))
	}
	rs := []rune(s)
	var out []placeholder
	for i := 0; i < len(rs); i++ {
		if rs[i] != '$' {
			continue
		}
		p := placeholder{start: i, kind: "invalid", end: i + 1}
		switch j := i + 1; {
		case j < len(rs) && rs[j] == '$':
			p.kind, p.end = "escaped", j+1
		case j < len(rs) && isIdentStart(rs[j]):
			k := j + 1
			for k < len(rs) && isIdentChar(rs[k]) {
				k++
			}
			p.kind, p.name, p.end = "named", string(rs[j:k]), k
		case j+1 < len(rs) && rs[j] == '{' && isIdentStart(rs[j+1]):
			k := j + 2
			for k < len(rs) && isIdentChar(rs[k]) {
				k++
			}
			if k < len(rs) && rs[k] == '}' {
				p.kind, p.name, p.end = "braced", string(rs[j+1:k]), k+1
			}
		}
		out = append(out, p)
		i = p.end - 1
	}
	return rs, out
}

// invalid raises Template's ValueError for an invalid placeholder whose
// `$` is at rune offset at.
func (t *Template) invalid(rs []rune, at int) {
	i := at + 1
	lines := CallMethod(string(rs[:i]), "splitlines", []any{true}, nil).(*List).Items
	lineno, colno := 1, 1
	if len(lines) > 0 {
		n := 0
		for _, l := range lines[:len(lines)-1] {
			n += utf8.RuneCountInString(l.(string))
		}
		colno, lineno = i-n, len(lines)
	}
	panic(New(ValueError, "Invalid placeholder in string: line "+itoa(lineno)+", col "+itoa(colno)))
}

// substitute is substitute (safe false) and safe_substitute.
func (t *Template) substitute(name string, args []any, kw []KW, safe bool) string {
	if len(args) > 1 {
		panic(New(TypeError, "Template."+name+"() takes from 1 to 2 positional arguments but "+itoa(len(args)+1)+" were given"))
	}
	var mapping any
	switch {
	case len(kw) > 0:
		d := NewDict()
		for _, k := range kw {
			d.Set(k.Name, k.Value)
		}
		mapping = d
		if len(args) == 1 {
			mapping = CollectionsChainMap(d, args[0])
		}
	case len(args) == 1:
		mapping = args[0]
	default:
		mapping = NewDict()
	}
	rs, ps := t.scan()
	var b strings.Builder
	last := 0
	for _, p := range ps {
		b.WriteString(string(rs[last:p.start]))
		last = p.end
		switch p.kind {
		case "escaped":
			b.WriteByte('$')
		case "invalid":
			if !safe {
				t.invalid(rs, p.start)
			}
			b.WriteByte('$')
		default:
			if !safe {
				b.WriteString(Str(GetItem(mapping, p.name)))
				continue
			}
			var v any
			if exc := Try(func() { v = GetItem(mapping, p.name) }); exc != nil {
				if !exc.Is(KeyError) {
					panic(exc)
				}
				b.WriteString(string(rs[p.start:p.end]))
				continue
			}
			b.WriteString(Str(v))
		}
	}
	b.WriteString(string(rs[last:]))
	return b.String()
}

func (t *Template) PyGetAttr(name string) (any, bool) {
	switch name {
	case "template":
		return t.template, true
	case "delimiter":
		return "$", true
	case "substitute", "safe_substitute":
		return NewMethod(name, t, func(a []any, kw []KW) any {
			return t.substitute(name, a, kw, name == "safe_substitute")
		}), true
	case "get_identifiers":
		return NewMethod(name, t, func(a []any, kw []KW) any {
			noKw(name, kw)
			arity(name, a, 0, 0)
			_, ps := t.scan()
			out := NewList()
			seen := map[string]bool{}
			for _, p := range ps {
				if (p.kind == "named" || p.kind == "braced") && !seen[p.name] {
					seen[p.name] = true
					out.Items = append(out.Items, p.name)
				}
			}
			return out
		}), true
	case "is_valid":
		return NewMethod(name, t, func(a []any, kw []KW) any {
			noKw(name, kw)
			arity(name, a, 0, 0)
			_, ps := t.scan()
			for _, p := range ps {
				if p.kind == "invalid" {
					return false
				}
			}
			return true
		}), true
	}
	return nil, false
}
