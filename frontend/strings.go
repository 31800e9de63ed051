package frontend

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyasync2go/pyasync2go/ir"
)

// number lowers integer, float and imaginary literals.
func (l *lowerer) number(n *node) ir.Expr {
	base := ir.ExprBase{Pos: l.pos(n)}
	text := l.text(n)
	if strings.HasSuffix(text, "j") || strings.HasSuffix(text, "J") {
		f, ok := l.parseFloat(n, text[:len(text)-1])
		if !ok {
			return l.badExpr(n)
		}
		return &ir.ImagLit{ExprBase: base, Value: f}
	}
	if n.Type() == "float" {
		f, ok := l.parseFloat(n, text)
		if !ok {
			return l.badExpr(n)
		}
		return &ir.FloatLit{ExprBase: base, Value: f}
	}
	v, msg := parseInt(text)
	if msg != "" {
		l.errorf(n, "", "%s", msg)
		return l.badExpr(n)
	}
	return &ir.IntLit{ExprBase: base, Value: v}
}

func (l *lowerer) parseFloat(n *node, text string) (float64, bool) {
	if !validUnderscores(text) {
		l.errorf(n, "", "invalid decimal literal")
		return 0, false
	}
	clean := strings.ReplaceAll(text, "_", "")
	if strings.HasPrefix(clean, "0x") || strings.HasPrefix(clean, "0X") {
		l.errorf(n, "", "invalid hexadecimal literal")
		return 0, false
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true // inf, like CPython
		}
		l.errorf(n, "", "invalid decimal literal")
		return 0, false
	}
	return f, true
}

// validUnderscores checks Python's rule: underscores only between digits
// (or right after a base prefix).
func validUnderscores(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '_' {
			continue
		}
		if i == 0 || i == len(s)-1 || s[i+1] == '_' {
			return false
		}
		prev := s[i-1]
		if !isHexDigit(prev) && !(i == 2 && s[0] == '0' && strings.ContainsRune("xXoObB", rune(prev))) {
			return false
		}
		if !isHexDigit(s[i+1]) {
			return false
		}
	}
	return true
}

func isHexDigit(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
}

// parseInt returns the decimal text of a Python int literal, or CPython's
// complaint about it.
func parseInt(text string) (string, string) {
	base, digits, kind := 10, text, "decimal"
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base, digits, kind = 16, text[2:], "hexadecimal"
		case 'o', 'O':
			base, digits, kind = 8, text[2:], "octal"
		case 'b', 'B':
			base, digits, kind = 2, text[2:], "binary"
		}
	}
	if !validUnderscores(text) {
		return "", "invalid " + kind + " literal"
	}
	digits = strings.ReplaceAll(digits, "_", "")
	if digits == "" {
		return "", "invalid " + kind + " literal"
	}
	if base == 10 && len(digits) > 1 && digits[0] == '0' && strings.Trim(digits, "0") != "" {
		return "", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
	}
	for _, c := range digits {
		d := strings.IndexRune("0123456789abcdef", toLower(c))
		if d < 0 || d >= base {
			if d >= 0 && d < 10 {
				return "", "invalid digit '" + string(c) + "' in " + kind + " literal"
			}
			return "", "invalid " + kind + " literal"
		}
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return "", "invalid " + kind + " literal"
	}
	return v.String(), ""
}

func toLower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// strPiece is one literal of a (possibly implicitly concatenated) string.
type strPiece struct {
	bytes bool
	parts []ir.FStringPart // literal text has X == nil
}

// lowerString lowers a string node or implicitly concatenated strings.
func (l *lowerer) lowerString(n *node) ir.Expr {
	base := ir.ExprBase{Pos: l.pos(n)}
	var nodes []*node
	if n.Type() == "concatenated_string" {
		for _, c := range children(n) {
			if c.Type() == "string" {
				nodes = append(nodes, c)
			}
		}
	} else {
		nodes = []*node{n}
	}
	anyBytes, anyStr, isF := false, false, false
	var parts []ir.FStringPart
	for _, sn := range nodes {
		piece, f := l.stringPiece(sn)
		if piece.bytes {
			anyBytes = true
		} else {
			anyStr = true
		}
		isF = isF || f
		for _, p := range piece.parts {
			if p.X == nil && len(parts) > 0 && parts[len(parts)-1].X == nil {
				parts[len(parts)-1].Lit += p.Lit
				continue
			}
			parts = append(parts, p)
		}
	}
	if anyBytes && anyStr {
		l.errorf(n, "", "cannot mix bytes and nonbytes literals")
		return l.badExpr(n)
	}
	if isF {
		return &ir.FString{ExprBase: base, Parts: parts}
	}
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p.Lit)
	}
	if anyBytes {
		// Each rune of the decoded text is one byte value (0..255).
		var out []byte
		for _, r := range sb.String() {
			out = append(out, byte(r))
		}
		return &ir.BytesLit{ExprBase: base, Value: out}
	}
	return &ir.StrLit{ExprBase: base, Value: sb.String()}
}

// stringPiece decodes one string node. Bytes literals come back with one
// rune per byte value.
func (l *lowerer) stringPiece(n *node) (strPiece, bool) {
	var start, end *node
	var interps []*node
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		switch c.Type() {
		case "string_start":
			start = c
		case "string_end":
			end = c
		case "interpolation":
			interps = append(interps, c)
		}
	}
	if start == nil || end == nil {
		return strPiece{}, false
	}
	opener := l.text(start)
	prefix := strings.ToLower(strings.TrimRight(opener, "'\""))
	raw := strings.Contains(prefix, "r")
	isBytes := strings.Contains(prefix, "b")
	isF := strings.Contains(prefix, "f")
	piece := strPiece{bytes: isBytes}
	if isBytes {
		for i := start.EndByte(); i < end.StartByte(); i++ {
			if l.src[i] >= 0x80 {
				l.errorf(n, "", "bytes can only contain ASCII literal characters")
				return piece, false
			}
		}
	}
	lit := func(from, to uint32, at *node) {
		if from >= to {
			return
		}
		text := string(l.src[from:to])
		if isF {
			text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
		}
		if !raw {
			var msg string
			text, msg = decodeEscapes(text, isBytes)
			if msg != "" {
				l.errAt(l.posAt(int(from)), "", "%s", msg)
			}
		} else if isBytes {
			text = latin1(text)
		}
		piece.parts = append(piece.parts, ir.FStringPart{Lit: text})
	}
	cur := start.EndByte()
	for _, in := range interps {
		lit(cur, in.StartByte(), n)
		piece.parts = append(piece.parts, l.interpolation(in))
		cur = in.EndByte()
	}
	lit(cur, end.StartByte(), n)
	return piece, isF
}

func latin1(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		sb.WriteRune(rune(s[i]))
	}
	return sb.String()
}

// interpolation lowers one `{expr=!r:spec}` replacement field.
func (l *lowerer) interpolation(n *node) ir.FStringPart {
	var part ir.FStringPart
	var exprNode, eqNode, convNode, specNode *node
	openEnd := n.StartByte() + 1
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		switch {
		case n.FieldNameForChild(i) == "expression":
			exprNode = c
		case c.Type() == "=" && !c.IsNamed():
			eqNode = c
		case c.Type() == "type_conversion":
			convNode = c
		case c.Type() == "format_specifier":
			specNode = c
		}
	}
	if exprNode == nil {
		l.errorf(n, "", "f-string: empty expression not allowed")
		part.X = l.badExpr(n)
		return part
	}
	part.X = l.expr(exprNode)
	if convNode != nil {
		conv := strings.TrimPrefix(l.text(convNode), "!")
		if conv != "r" && conv != "s" && conv != "a" {
			l.errorf(convNode, "", "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", conv)
		} else {
			part.Conversion = conv[0]
		}
	}
	if eqNode != nil {
		stop := n.EndByte() - 1
		if convNode != nil {
			stop = convNode.StartByte()
		} else if specNode != nil {
			stop = specNode.StartByte()
		}
		part.SelfDoc = string(l.src[openEnd:stop])
		// `{x=}` without conversion or spec shows the repr, like CPython.
		if convNode == nil && specNode == nil {
			part.Conversion = 'r'
		}
	}
	if specNode != nil {
		part.Spec = l.formatSpec(specNode)
	}
	return part
}

func (l *lowerer) formatSpec(n *node) *ir.FString {
	spec := &ir.FString{ExprBase: ir.ExprBase{Pos: l.pos(n)}}
	cur := n.StartByte()
	if n.ChildCount() > 0 && n.Child(0).Type() == ":" {
		cur = n.Child(0).EndByte()
	}
	addLit := func(to uint32) {
		if cur < to {
			text, _ := decodeEscapes(string(l.src[cur:to]), false)
			spec.Parts = append(spec.Parts, ir.FStringPart{Lit: text})
		}
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c.Type() != "format_expression" {
			continue
		}
		addLit(c.StartByte())
		part := ir.FStringPart{}
		if e := c.ChildByFieldName("expression"); e != nil {
			part.X = l.expr(e)
		} else {
			part.X = l.badExpr(c)
		}
		for j := 0; j < int(c.ChildCount()); j++ {
			if cc := c.Child(j); cc.Type() == "type_conversion" {
				if conv := strings.TrimPrefix(l.text(cc), "!"); conv != "" {
					part.Conversion = conv[0]
				}
			}
		}
		spec.Parts = append(spec.Parts, part)
		cur = c.EndByte()
	}
	addLit(n.EndByte())
	return spec
}

// decodeEscapes resolves backslash escapes of a non-raw literal. For bytes
// literals every result rune is one byte value.
func decodeEscapes(s string, isBytes bool) (string, string) {
	if !strings.Contains(s, "\\") && !isBytes {
		return s, ""
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			sb.WriteRune(r)
			i += size
			continue
		}
		e := s[i+1]
		i += 2
		switch e {
		case '\n':
		case '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			sb.WriteByte(e)
		case 'a':
			sb.WriteByte(7)
		case 'b':
			sb.WriteByte(8)
		case 'f':
			sb.WriteByte(12)
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'v':
			sb.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if isBytes {
				v &= 0xFF
			}
			sb.WriteRune(rune(v))
		case 'x':
			if i+2 > len(s) || !isHexDigit(s[i]) || !isHexDigit(s[i+1]) {
				if isBytes {
					return "", "(value error) invalid \\x escape at position " + strconv.Itoa(sb.Len())
				}
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape"
			}
			v, _ := strconv.ParseUint(s[i:i+2], 16, 8)
			sb.WriteRune(rune(v))
			i += 2
		case 'u', 'U':
			if isBytes {
				sb.WriteByte('\\')
				sb.WriteByte(e)
				continue
			}
			n := 4
			if e == 'U' {
				n = 8
			}
			ok := i+n <= len(s)
			for k := 0; ok && k < n; k++ {
				ok = isHexDigit(s[i+k])
			}
			if !ok {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\" + string(e) + strings.Repeat("X", n) + " escape"
			}
			v, _ := strconv.ParseUint(s[i:i+n], 16, 32)
			if v > 0x10FFFF {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character"
			}
			if v >= 0xD800 && v <= 0xDFFF {
				// CPython keeps a lone surrogate in a str and fails only when it is
				// encoded (printing it raises UnicodeEncodeError); Go strings are UTF-8
				// and cannot hold one, so the translation refuses rather than print U+FFFD.
				return "", fmt.Sprintf("a surrogate code point (\\%s) in a str literal is not supported", s[i-1:i+n])
			}
			sb.WriteRune(rune(v))
			i += n
		case 'N':
			if isBytes {
				sb.WriteString("\\N")
				continue
			}
			if i >= len(s) || s[i] != '{' {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape"
			}
			close := strings.IndexByte(s[i:], '}')
			if close < 0 {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape"
			}
			r, ok := lookupUnicodeName(s[i+1 : i+close])
			if !ok {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name"
			}
			sb.WriteRune(r)
			i += close + 1
		default:
			// Unknown escapes keep the backslash (CPython only warns).
			sb.WriteByte('\\')
			r, size := utf8.DecodeRuneInString(s[i-1:])
			sb.WriteRune(r)
			i += size - 1
		}
	}
	return sb.String(), ""
}
