package py

import (
	"strings"
	"unicode/utf8"
)

// strMaketrans is str.maketrans(x[, y[, z]]) (unicode_maketrans_impl).
func strMaketrans(args []any, kw []KW) any {
	noKw("maketrans", kw)
	arity("maketrans", args, 1, 3)
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			panic(New(TypeError, "if you give only one argument to maketrans it must be a dict"))
		}
		for k, v := range src.All() {
			switch key := k.(type) {
			case string:
				if utf8.RuneCountInString(key) != 1 {
					panic(New(ValueError, "string keys in translate table must be of length 1"))
				}
				r, _ := utf8.DecodeRuneInString(key)
				d.Set(int(r), v)
			case int, bool:
				d.Set(k, v)
			default:
				panic(New(TypeError, "keys in translate table must be strings or integers"))
			}
		}
		return d
	}
	x, ok := args[0].(string)
	if !ok {
		panic(New(TypeError, "maketrans() argument 1 must be str, not "+TypeName(args[0])))
	}
	y, ok := args[1].(string)
	if !ok {
		panic(New(TypeError, "maketrans() argument 2 must be str, not "+TypeName(args[1])))
	}
	xs, ys := []rune(x), []rune(y)
	if len(xs) != len(ys) {
		panic(New(ValueError, "the first two maketrans arguments must have equal length"))
	}
	for i, r := range xs {
		d.Set(int(r), int(ys[i]))
	}
	if len(args) == 3 {
		z, ok := args[2].(string)
		if !ok {
			panic(New(TypeError, "maketrans() argument 3 must be str, not "+TypeName(args[2])))
		}
		for _, r := range z {
			d.Set(int(r), nil)
		}
	}
	return d
}

// strTranslate is s.translate(table): table[ord(c)] for each character, where a LookupError
// keeps the character, None deletes it, an int or str replaces it.
func strTranslate(s string, table any) string {
	var b strings.Builder
	for _, r := range s {
		var v any
		if d, ok := table.(*Dict); ok {
			var found bool
			if v, found = d.Get(int(r)); !found {
				b.WriteRune(r)
				continue
			}
		} else if exc := Try(func() { v = GetItem(table, int(r)) }); exc != nil {
			if !exc.Is(LookupError) {
				panic(exc)
			}
			b.WriteRune(r)
			continue
		}
		switch m := v.(type) {
		case nil:
		case string:
			b.WriteString(m)
		case int, bool:
			n := indexArg(m)
			if n < 0 || n > 0x10ffff {
				panic(New(ValueError, "character mapping must be in range(0x110000)"))
			}
			b.WriteRune(rune(n))
		default:
			panic(New(TypeError, "character mapping must return integer, None or str"))
		}
	}
	return b.String()
}
