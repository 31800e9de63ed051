package py

import (
	"strconv"
	"strings"
)

// StrFormat is str.format(*args, **kw).
func StrFormat(format string, args []any, kw []KW) string {
	auto := 0 // -1 once manual numbering is used
	manual := false
	var render func(format string, depth int) string
	lookup := func(field string) any {
		name := field
		rest := ""
		if i := strings.IndexAny(field, ".["); i >= 0 {
			name, rest = field[:i], field[i:]
		}
		var v any
		if name == "" {
			if manual {
				panic(New(ValueError, "cannot switch from manual field specification to automatic field numbering"))
			}
			if auto >= len(args) {
				panic(New(IndexError, "Replacement index "+itoa(auto)+" out of range for positional args tuple"))
			}
			v = args[auto]
			auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			if auto > 0 {
				panic(New(ValueError, "cannot switch from automatic field numbering to manual field specification"))
			}
			manual = true
			if n >= len(args) {
				panic(New(IndexError, "Replacement index "+itoa(n)+" out of range for positional args tuple"))
			}
			v = args[n]
		} else {
			found := false
			for _, k := range kw {
				if k.Name == name {
					v, found = k.Value, true
				}
			}
			if !found {
				panic(New(KeyError, name))
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				j := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if j >= 0 {
					attr, rest = rest[1:j+1], rest[j+1:]
				} else {
					rest = ""
				}
				v = GetAttr(v, attr)
				continue
			}
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				panic(New(ValueError, "Missing ']' in format string"))
			}
			key := rest[1:j]
			rest = rest[j+1:]
			if n, err := strconv.Atoi(key); err == nil {
				v = GetItem(v, n)
			} else {
				v = GetItem(v, key)
			}
		}
		return v
	}
	render = func(format string, depth int) string {
		if depth > 2 {
			panic(New(ValueError, "Max string recursion exceeded"))
		}
		var b strings.Builder
		for i := 0; i < len(format); i++ {
			c := format[i]
			if c == '}' {
				if i+1 < len(format) && format[i+1] == '}' {
					b.WriteByte('}')
					i++
					continue
				}
				panic(New(ValueError, "Single '}' encountered in format string"))
			}
			if c != '{' {
				b.WriteByte(c)
				continue
			}
			if i+1 < len(format) && format[i+1] == '{' {
				b.WriteByte('{')
				i++
				continue
			}
			// Find the matching close brace, allowing nested {} in the spec.
			level, j := 1, i+1
			for ; j < len(format) && level > 0; j++ {
				switch format[j] {
				case '{':
					level++
				case '}':
					level--
				}
			}
			if level > 0 {
				if strings.IndexByte(format[i:], '}') < 0 {
					panic(New(ValueError, "Single '{' encountered in format string"))
				}
				panic(New(ValueError, "expected '}' before end of string"))
			}
			field := format[i+1 : j-1]
			i = j - 1
			spec := ""
			var conv byte
			if k := strings.IndexByte(field, ':'); k >= 0 && !strings.Contains(field[:k], "[") {
				field, spec = field[:k], field[k+1:]
			} else if k := strings.IndexByte(field, ']'); k >= 0 {
				if m := strings.IndexByte(field[k:], ':'); m >= 0 {
					field, spec = field[:k+m], field[k+m+1:]
				}
			}
			if k := strings.IndexByte(field, '!'); k >= 0 {
				if k+2 != len(field) {
					if k+1 == len(field) {
						panic(New(ValueError, "end of string while looking for conversion specifier"))
					}
					panic(New(ValueError, "expected ':' after conversion specifier"))
				}
				conv = field[k+1]
				field = field[:k]
				if conv != 'r' && conv != 's' && conv != 'a' {
					panic(New(ValueError, "Unknown conversion specifier "+string(conv)))
				}
			}
			v := lookup(field)
			if conv != 0 {
				v = FormatConv(v, conv)
			}
			if strings.IndexByte(spec, '{') >= 0 {
				spec = render(spec, depth+1)
			}
			b.WriteString(Format(v, spec))
		}
		return b.String()
	}
	return render(format, 0)
}
