package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func strArg(method string, v any, pos int) string {
	s, ok := v.(string)
	if !ok {
		panic(New(TypeError, method+"() argument "+itoa(pos)+" must be str, not "+TypeName(v)))
	}
	return s
}

func optChars(method string, args []any) (string, bool) {
	arity(method, args, 0, 1)
	if len(args) == 0 || args[0] == nil {
		return "", false
	}
	s, ok := args[0].(string)
	if !ok {
		panic(New(TypeError, method+" arg must be None or str"))
	}
	return s, true
}

// isPySpace is str.isspace for one character.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// findBounds is CPython's ADJUST_INDICES for find, count and startswith: unlike a slice, the
// start is not clamped to the length, so an empty needle past the end is not found.
func findBounds(n int, bounds []any) (int, int) {
	lo, hi := 0, n
	if len(bounds) > 0 && bounds[0] != nil {
		lo = sliceIndex(bounds[0])
		if lo < 0 {
			lo = max(lo+n, 0)
		}
	}
	if len(bounds) > 1 && bounds[1] != nil {
		hi = sliceIndex(bounds[1])
		if hi > n {
			hi = n
		} else if hi < 0 {
			hi = max(hi+n, 0)
		}
	}
	return lo, hi
}

func strFind(s, sub string, args []any) int {
	rs := []rune(s)
	lo, hi := findBounds(len(rs), args)
	if hi-lo < utf8.RuneCountInString(sub) {
		return -1
	}
	i := strings.Index(string(rs[lo:hi]), sub)
	if i < 0 {
		return -1
	}
	return lo + utf8.RuneCountInString(string(rs[lo:hi])[:i])
}

func strRFind(s, sub string, args []any) int {
	rs := []rune(s)
	lo, hi := findBounds(len(rs), args)
	if hi-lo < utf8.RuneCountInString(sub) {
		return -1
	}
	part := string(rs[lo:hi])
	i := strings.LastIndex(part, sub)
	if i < 0 {
		return -1
	}
	return lo + utf8.RuneCountInString(part[:i])
}

func splitWhitespace(s string, maxsplit int, fromRight bool) []any {
	var out []any
	rs := []rune(s)
	if !fromRight {
		i := 0
		for {
			for i < len(rs) && isPySpace(rs[i]) {
				i++
			}
			if i >= len(rs) {
				break
			}
			if maxsplit >= 0 && len(out) == maxsplit {
				out = append(out, string(rs[i:]))
				break
			}
			j := i
			for j < len(rs) && !isPySpace(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		}
		return out
	}
	j := len(rs)
	for {
		for j > 0 && isPySpace(rs[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, string(rs[:j]))
			break
		}
		i := j
		for i > 0 && !isPySpace(rs[i-1]) {
			i--
		}
		out = append(out, string(rs[i:j]))
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func splitArgs(method string, args []any, kw []KW) (sep string, hasSep bool, maxsplit int) {
	sig := &Signature{Name: method, Params: []string{"sep", "maxsplit"}, Defaults: []any{nil, -1}}
	b := sig.Bind(args, kw)
	if b[0] != nil {
		s, ok := b[0].(string)
		if !ok {
			panic(New(TypeError, "must be str or None, not "+TypeName(b[0])))
		}
		sep, hasSep = s, true
		if sep == "" {
			panic(New(ValueError, "empty separator"))
		}
	}
	return sep, hasSep, indexArg(b[1])
}

func toStrs(xs []string) *List {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return NewList(out...)
}

func fillArg(method string, args []any) (int, string) {
	arity(method, args, 1, 2)
	fill := " "
	if len(args) == 2 {
		f, ok := args[1].(string)
		if !ok || utf8.RuneCountInString(f) != 1 {
			panic(New(TypeError, "The fill character must be exactly one character long"))
		}
		fill = f
	}
	return indexArg(args[0]), fill
}

func prefixMatch(method string, s string, arg any, rest []any, suffix bool) bool {
	rs := []rune(s)
	lo, hi := findBounds(len(rs), rest)
	part := ""
	if lo <= hi {
		part = string(rs[lo:hi])
	}
	check := func(p any) bool {
		ps, ok := p.(string)
		if !ok {
			panic(New(TypeError, method+" first arg must be str or a tuple of str, not "+TypeName(p)))
		}
		if hi-lo < utf8.RuneCountInString(ps) {
			return false
		}
		if suffix {
			return strings.HasSuffix(part, ps)
		}
		return strings.HasPrefix(part, ps)
	}
	if t, ok := arg.(Tuple); ok {
		for _, p := range t {
			if check(p) {
				return true
			}
		}
		return false
	}
	return check(arg)
}

func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

func strMethod(s, name string, args []any, kw []KW) (any, bool) {
	switch name {
	case "format":
		return StrFormat(s, args, kw), true
	case "split", "rsplit":
		sep, hasSep, maxsplit := splitArgs(name, args, kw)
		if !hasSep {
			return NewList(splitWhitespace(s, maxsplit, name == "rsplit")...), true
		}
		if name == "split" {
			return toStrs(strings.SplitN(s, sep, maxsplitN(maxsplit))), true
		}
		parts := strings.Split(s, sep)
		if maxsplit >= 0 && len(parts) > maxsplit+1 {
			head := strings.Join(parts[:len(parts)-maxsplit], sep)
			parts = append([]string{head}, parts[len(parts)-maxsplit:]...)
		}
		return toStrs(parts), true
	case "splitlines":
		sig := &Signature{Name: "splitlines", Params: []string{"keepends"}, Defaults: []any{false}}
		keep := indexArg(sig.Bind(args, kw)[0]) != 0 // an int (or bool), as CPython's 'i' argument
		return NewList(splitLines(s, keep)...), true
	case "encode":
		enc, errs := codecArgs("encode", args, kw)
		return Bytes(encode(s, lookupCodec(enc), errs)), true
	}
	noKw(name, kw)
	switch name {
	case "isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace", "isascii", "isprintable", "isidentifier", "isupper", "islower", "istitle":
		arity("str."+name, args, 0, 0)
	case "join", "zfill", "translate", "partition", "rpartition", "removeprefix", "removesuffix", "format_map":
		arity("str."+name, args, 1, 1)
	case "find", "index", "rfind", "rindex", "count", "startswith", "endswith":
		arityOld(name, args, 1, 3)
	case "expandtabs":
		arityOld(name, args, 0, 1)
	}
	switch name {
	case "maketrans":
		return strMaketrans(args, kw), true
	case "translate":
		return strTranslate(s, args[0]), true
	case "join":
		var b strings.Builder
		i := 0
		for v := range Iter(args[0]) {
			str, ok := baseOf(v).(string)
			if !ok {
				panic(New(TypeError, "sequence item "+itoa(i)+": expected str instance, "+TypeName(v)+" found"))
			}
			if i > 0 {
				b.WriteString(s)
			}
			b.WriteString(str)
			i++
		}
		return b.String(), true
	case "strip", "lstrip", "rstrip":
		chars, has := optChars(name, args)
		pred := isPySpace
		if has {
			pred = func(r rune) bool { return strings.ContainsRune(chars, r) }
		}
		switch name {
		case "strip":
			return strings.TrimFunc(s, pred), true
		case "lstrip":
			return strings.TrimLeftFunc(s, pred), true
		}
		return strings.TrimRightFunc(s, pred), true
	case "upper", "lower", "casefold", "swapcase", "title", "capitalize":
		arity("str."+name, args, 0, 0)
		switch name {
		case "upper":
			return pyUpper(s), true
		case "lower":
			return pyLower(s), true
		case "casefold":
			return pyCasefold(s), true
		case "swapcase":
			return pySwapcase(s), true
		case "title":
			return pyTitle(s), true
		}
		return pyCapitalize(s), true
	case "replace":
		arity("replace", args, 2, 3)
		old, nw := strArg("replace", args[0], 1), strArg("replace", args[1], 2)
		n := -1
		if len(args) == 3 {
			n = indexArg(args[2])
		}
		return strings.Replace(s, old, nw, n), true
	case "startswith", "endswith":
		return prefixMatch(name, s, args[0], args[1:], name == "endswith"), true
	case "find", "index", "rfind", "rindex":
		sub := strArg(name, args[0], 1)
		var i int
		if name[0] == 'r' {
			i = strRFind(s, sub, args[1:])
		} else {
			i = strFind(s, sub, args[1:])
		}
		if i < 0 && (name == "index" || name == "rindex") {
			panic(New(ValueError, "substring not found"))
		}
		return i, true
	case "count":
		sub := strArg("count", args[0], 1)
		rs := []rune(s)
		lo, hi := findBounds(len(rs), args[1:])
		if hi-lo < utf8.RuneCountInString(sub) {
			return 0, true
		}
		part := string(rs[lo:hi])
		if sub == "" {
			return utf8.RuneCountInString(part) + 1, true
		}
		return strings.Count(part, sub), true
	case "zfill":
		w := indexArg(args[0])
		n := utf8.RuneCountInString(s)
		if n >= w {
			return s, true
		}
		zeros := strings.Repeat("0", w-n)
		if s != "" && (s[0] == '+' || s[0] == '-') {
			return s[:1] + zeros + s[1:], true
		}
		return zeros + s, true
	case "ljust", "rjust", "center":
		w, fill := fillArg(name, args)
		n := utf8.RuneCountInString(s)
		if n >= w {
			return s, true
		}
		total := w - n
		switch name {
		case "ljust":
			return s + strings.Repeat(fill, total), true
		case "rjust":
			return strings.Repeat(fill, total) + s, true
		}
		left := total / 2
		if total%2 == 1 && w%2 == 1 {
			left++
		}
		return strings.Repeat(fill, left) + s + strings.Repeat(fill, total-left), true
	case "isdecimal":
		return allRunes(s, func(r rune) bool { return inRanges(decimalRanges, r) }), true
	case "isdigit":
		return allRunes(s, isPyDigit), true
	case "isnumeric":
		return allRunes(s, isPyNumeric), true
	case "isalpha":
		return allRunes(s, unicode.IsLetter), true
	case "isalnum":
		return allRunes(s, func(r rune) bool { return unicode.IsLetter(r) || isPyNumeric(r) }), true
	case "isspace":
		return allRunes(s, isPySpace), true
	case "isascii":
		return isASCII(s), true
	case "isprintable":
		for _, r := range s {
			if !isPrintable(r) {
				return false, true
			}
		}
		return true, true
	case "isidentifier":
		return isIdentifier(s), true
	case "isupper", "islower":
		return pyIsUpperLower(s, name == "islower"), true
	case "istitle":
		return pyIsTitle(s), true
	case "partition", "rpartition":
		sep := strArg(name, args[0], 1)
		if sep == "" {
			panic(New(ValueError, "empty separator"))
		}
		var i int
		if name == "partition" {
			i = strings.Index(s, sep)
			if i < 0 {
				return Tuple{s, "", ""}, true
			}
		} else {
			i = strings.LastIndex(s, sep)
			if i < 0 {
				return Tuple{"", "", s}, true
			}
		}
		return Tuple{s[:i], sep, s[i+len(sep):]}, true
	case "removeprefix":
		return strings.TrimPrefix(s, strArg(name, args[0], 1)), true
	case "removesuffix":
		return strings.TrimSuffix(s, strArg(name, args[0], 1)), true
	case "expandtabs":
		size := 8
		if len(args) == 1 {
			size = indexArg(args[0])
		}
		var b strings.Builder
		col := 0
		for _, r := range s {
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return b.String(), true
	case "format_map":
		d, ok := args[0].(*Dict)
		if !ok {
			Unsupported("str.format_map() with a mapping that is not a dict")
		}
		var kws []KW
		for k, v := range d.All() {
			if ks, ok := k.(string); ok {
				kws = append(kws, KW{ks, v})
			}
		}
		return StrFormat(s, nil, kws), true
	}
	return nil, false
}

func maxsplitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func splitLines(s string, keep bool) []any {
	var out []any
	rs := []rune(s)
	start := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch r {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		default:
			continue
		}
		end := i + 1
		if r == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
			end = i + 2
		}
		if keep {
			out = append(out, string(rs[start:end]))
		} else {
			out = append(out, string(rs[start:i]))
		}
		start = end
		i = end - 1
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// isPyDigit is str.isdigit for one character: decimal digits plus the
// characters Unicode gives a digit value (superscripts, subscripts,
// circled digits...), which are all in category No.
func isPyDigit(r rune) bool {
	if unicode.IsDigit(r) {
		return true
	}
	switch {
	case r == 0xb2 || r == 0xb3 || r == 0xb9, r == 0x2070, r >= 0x2074 && r <= 0x2079, r >= 0x2080 && r <= 0x2089,
		r >= 0x2460 && r <= 0x2468, r >= 0x2474 && r <= 0x247c, r >= 0x2488 && r <= 0x2490, r == 0x24ea,
		r >= 0x24f5 && r <= 0x24fd, r == 0x24ff, r >= 0x2776 && r <= 0x277e, r >= 0x2780 && r <= 0x2788,
		r >= 0x278a && r <= 0x2792, r >= 0x1369 && r <= 0x1371, r == 0x19da:
		return true
	}
	return false
}

// isPyNumeric is str.isnumeric for one character: Nd, Nl, No, and the CJK
// ideographs with a numeric value.
func isPyNumeric(r rune) bool {
	if unicode.IsNumber(r) {
		return true
	}
	switch r {
	case '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億', '兆', '壱', '弐', '参', '拾', '廿', '卅', '卌':
		return true
	}
	return false
}

// isIdentifier is str.isidentifier: a start character (a letter, a letter
// number or _) and then continue characters (also marks, digits and
// connector punctuation), Unicode's XID classes as far as Go's tables
// have them. re's group names and namedtuple's field names use it too.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
		if !start && (i == 0 || !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)) {
			return false
		}
	}
	return true
}
