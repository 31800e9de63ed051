package py

import (
	"strings"
	"unicode"
)

// textwrap, ported from CPython 3.11's Lib/textwrap.py: TextWrapper's
// chunking (wordsep_re, matched here by hand: whitespace runs, em-dashes
// between words, words split after hyphens between letters), its line
// filling with max_lines and the placeholder, and dedent/indent.

const twWhitespace = "\t\n\x0b\x0c\r "

// TextWrapper is a textwrap.TextWrapper.
type TextWrapper struct {
	width                                             int
	initialIndent, subsequentIndent, placeholder      string
	expandTabs, replaceWhitespace, fixSentenceEndings bool
	breakLongWords, dropWhitespace, breakOnHyphens    bool
	tabsize                                           int
	maxLines                                          any
}

// newTextWrapper is TextWrapper(width=width, **kw).
func newTextWrapper(width any, kw []KW) *TextWrapper {
	w := &TextWrapper{width: 70, expandTabs: true, replaceWhitespace: true, breakLongWords: true,
		dropWhitespace: true, breakOnHyphens: true, tabsize: 8, placeholder: " [...]"}
	if width != nil {
		w.width = intArg("width", width)
	}
	for _, k := range kw {
		switch k.Name {
		case "width":
			w.width = intArg("width", k.Value)
		case "initial_indent":
			w.initialIndent = Str(k.Value)
		case "subsequent_indent":
			w.subsequentIndent = Str(k.Value)
		case "placeholder":
			w.placeholder = Str(k.Value)
		case "expand_tabs":
			w.expandTabs = Truth(k.Value)
		case "replace_whitespace":
			w.replaceWhitespace = Truth(k.Value)
		case "fix_sentence_endings":
			w.fixSentenceEndings = Truth(k.Value)
		case "break_long_words":
			w.breakLongWords = Truth(k.Value)
		case "drop_whitespace":
			w.dropWhitespace = Truth(k.Value)
		case "break_on_hyphens":
			w.breakOnHyphens = Truth(k.Value)
		case "tabsize":
			w.tabsize = intArg("tabsize", k.Value)
		case "max_lines":
			w.maxLines = k.Value
			if k.Value != nil {
				intArg("max_lines", k.Value)
			}
		default:
			panic(New(TypeError, "TextWrapper.__init__() got an unexpected keyword argument '"+k.Name+"'"))
		}
	}
	return w
}

func intArg(name string, v any) int {
	switch x := v.(type) {
	case int:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	}
	panic(New(TypeError, "'"+TypeName(v)+"' object cannot be interpreted as an integer"))
}

func isWordChar(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }
func isTwLetter(r rune) bool { return isWordChar(r) && !unicode.Is(unicode.Nd, r) }
func isWordPunct(r rune) bool {
	return isWordChar(r) || strings.ContainsRune("!\"'&.,?", r)
}
func isTwSpace(r rune) bool { return strings.ContainsRune(twWhitespace, r) }

// munge is _munge_whitespace.
func (w *TextWrapper) munge(text string) string {
	if w.expandTabs {
		text = CallMethod(text, "expandtabs", []any{w.tabsize}, nil).(string)
	}
	if w.replaceWhitespace {
		text = strings.Map(func(r rune) rune {
			if isTwSpace(r) {
				return ' '
			}
			return r
		}, text)
	}
	return text
}

// split is _split: the chunks wordsep_re (or wordsep_simple_re) cuts.
func (w *TextWrapper) split(text string) [][]rune {
	t := []rune(text)
	at := func(i int) rune {
		if i < 0 || i >= len(t) {
			return -1
		}
		return t[i]
	}
	letter := func(i int) bool { r := at(i); return r >= 0 && isTwLetter(r) }
	// emDashAt: t[i:] is -{2,} followed by a word character.
	emDashAt := func(i int) (int, bool) {
		j := i
		for at(j) == '-' {
			j++
		}
		return j, j-i >= 2 && at(j) >= 0 && isWordChar(at(j))
	}
	var chunks [][]rune
	for p := 0; p < len(t); {
		end := p + 1
		switch {
		case isTwSpace(t[p]):
			for end < len(t) && isTwSpace(t[end]) {
				end++
			}
		case !w.breakOnHyphens:
			for end < len(t) && !isTwSpace(t[end]) {
				end++
			}
		default:
			if j, ok := emDashAt(p); ok && p > 0 && isWordPunct(t[p-1]) {
				end = j
				break
			}
			for k := p + 1; ; k++ {
				if at(k) == '-' && (letter(k-2) && letter(k-1) || letter(k-3) && at(k-2) == '-' && letter(k-1)) &&
					letter(k+1) && (letter(k+2) || at(k+2) == '-' && letter(k+3)) {
					end = k + 1
					break
				}
				if k == len(t) || isTwSpace(t[k]) {
					end = k
					break
				}
				if _, ok := emDashAt(k); ok && isWordPunct(t[k-1]) {
					end = k
					break
				}
			}
		}
		chunks = append(chunks, t[p:end])
		p = end
	}
	return chunks
}

// fixSentences is _fix_sentence_endings.
func fixSentences(chunks [][]rune) {
	ends := func(c []rune) bool {
		n := len(c)
		if n > 0 && (c[n-1] == '"' || c[n-1] == '\'') {
			n--
		}
		return n >= 2 && strings.ContainsRune(".!?", c[n-1]) && c[n-2] >= 'a' && c[n-2] <= 'z'
	}
	for i := 0; i < len(chunks)-1; {
		if string(chunks[i+1]) == " " && ends(chunks[i]) {
			chunks[i+1] = []rune("  ")
			i += 2
		} else {
			i++
		}
	}
}

func blank(c []rune) bool { return pyStripEmpty(c) }

// pyStripEmpty is `not chunk.strip()` with Python's notion of whitespace.
func pyStripEmpty(c []rune) bool {
	for _, r := range c {
		if !unicode.IsSpace(r) && !(r >= 0x1c && r <= 0x1f) {
			return false
		}
	}
	return true
}

func runeLen(s string) int { return len([]rune(s)) }

// wrap is TextWrapper.wrap.
func (w *TextWrapper) wrap(text any) *List {
	s, ok := text.(string)
	if !ok {
		panic(New(AttributeError, "'"+TypeName(text)+"' object has no attribute 'expandtabs'"))
	}
	chunks := w.split(w.munge(s))
	if w.fixSentenceEndings {
		fixSentences(chunks)
	}
	out := NewList()
	for _, l := range w.wrapChunks(chunks) {
		out.Items = append(out.Items, l)
	}
	return out
}

// wrapChunks is _wrap_chunks.
func (w *TextWrapper) wrapChunks(chunks [][]rune) []string {
	var lines []string
	if w.width <= 0 {
		panic(New(ValueError, "invalid width "+itoa(w.width)+" (must be > 0)"))
	}
	maxLines, limited := 0, w.maxLines != nil
	if limited {
		maxLines = intArg("max_lines", w.maxLines)
		indent := w.initialIndent
		if maxLines > 1 {
			indent = w.subsequentIndent
		}
		if runeLen(indent)+runeLen(strings.TrimLeftFunc(w.placeholder, unicode.IsSpace)) > w.width {
			panic(New(ValueError, "placeholder too large for max width"))
		}
	}
	// chunks is used as a stack: the next chunk is the last element.
	for i, j := 0, len(chunks)-1; i < j; i, j = i+1, j-1 {
		chunks[i], chunks[j] = chunks[j], chunks[i]
	}
	for len(chunks) > 0 {
		var cur [][]rune
		curLen := 0
		indent := w.initialIndent
		if len(lines) > 0 {
			indent = w.subsequentIndent
		}
		width := w.width - runeLen(indent)
		if w.dropWhitespace && blank(chunks[len(chunks)-1]) && len(lines) > 0 {
			chunks = chunks[:len(chunks)-1]
		}
		for len(chunks) > 0 {
			l := len(chunks[len(chunks)-1])
			if curLen+l > width {
				break
			}
			cur = append(cur, chunks[len(chunks)-1])
			chunks = chunks[:len(chunks)-1]
			curLen += l
		}
		if len(chunks) > 0 && len(chunks[len(chunks)-1]) > width {
			cur, chunks = w.handleLongWord(chunks, cur, curLen, width)
			curLen = 0
			for _, c := range cur {
				curLen += len(c)
			}
		}
		if w.dropWhitespace && len(cur) > 0 && blank(cur[len(cur)-1]) {
			curLen -= len(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if len(cur) == 0 {
			continue
		}
		join := func(cs [][]rune) string {
			var b strings.Builder
			for _, c := range cs {
				b.WriteString(string(c))
			}
			return b.String()
		}
		if !limited || len(lines)+1 < maxLines ||
			(len(chunks) == 0 || w.dropWhitespace && len(chunks) == 1 && blank(chunks[0])) && curLen <= width {
			lines = append(lines, indent+join(cur))
			continue
		}
		placed := false
		for len(cur) > 0 {
			if !blank(cur[len(cur)-1]) && curLen+runeLen(w.placeholder) <= width {
				cur = append(cur, []rune(w.placeholder))
				lines = append(lines, indent+join(cur))
				placed = true
				break
			}
			curLen -= len(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if !placed {
			if len(lines) > 0 {
				prev := strings.TrimRightFunc(lines[len(lines)-1], unicode.IsSpace)
				if runeLen(prev)+runeLen(w.placeholder) <= w.width {
					lines[len(lines)-1] = prev + w.placeholder
					break
				}
			}
			lines = append(lines, indent+strings.TrimLeftFunc(w.placeholder, unicode.IsSpace))
		}
		break
	}
	return lines
}

// handleLongWord is _handle_long_word.
func (w *TextWrapper) handleLongWord(chunks, cur [][]rune, curLen, width int) ([][]rune, [][]rune) {
	spaceLeft := 1
	if width >= 1 {
		spaceLeft = width - curLen
	}
	if w.breakLongWords {
		end := spaceLeft
		chunk := chunks[len(chunks)-1]
		if w.breakOnHyphens && len(chunk) > spaceLeft {
			hyphen := -1
			for i := min(spaceLeft, len(chunk)) - 1; i >= 0; i-- {
				if chunk[i] == '-' {
					hyphen = i
					break
				}
			}
			if hyphen > 0 && strings.Trim(string(chunk[:hyphen]), "-") != "" {
				end = hyphen + 1
			}
		}
		end = min(max(end, 0), len(chunk))
		cur = append(cur, chunk[:end])
		chunks[len(chunks)-1] = chunk[end:]
	} else if len(cur) == 0 {
		cur = append(cur, chunks[len(chunks)-1])
		chunks = chunks[:len(chunks)-1]
	}
	return cur, chunks
}

// widthArg takes width from wrap/fill/shorten's arguments after text:
// positional or keyword; def is the default (nil: required).
func widthArg(name string, args []any, kw []KW, def any) (any, []KW) {
	if len(args) > 1 {
		panic(New(TypeError, name+"() takes from 1 to 2 positional arguments but "+itoa(len(args)+1)+" were given"))
	}
	width := def
	if len(args) == 1 {
		width = args[0]
	}
	var rest []KW
	for _, k := range kw {
		if k.Name == "width" {
			if len(args) == 1 {
				panic(New(TypeError, name+"() got multiple values for argument 'width'"))
			}
			width = k.Value
			continue
		}
		rest = append(rest, k)
	}
	if width == nil {
		panic(New(TypeError, name+"() missing 1 required positional argument: 'width'"))
	}
	return width, rest
}

// TextwrapWrap is textwrap.wrap(text, width=70, **kwargs).
func TextwrapWrap(text any, args []any, kw []KW) any {
	width, kw := widthArg("wrap", args, kw, 70)
	return newTextWrapper(width, kw).wrap(text)
}

// TextwrapFill is textwrap.fill(text, width=70, **kwargs).
func TextwrapFill(text any, args []any, kw []KW) any {
	width, kw := widthArg("fill", args, kw, 70)
	return newTextWrapper(width, kw).fill(text)
}

func (w *TextWrapper) fill(text any) string {
	var parts []string
	for _, l := range w.wrap(text).Items {
		parts = append(parts, l.(string))
	}
	return strings.Join(parts, "\n")
}

// TextwrapShorten is textwrap.shorten(text, width, **kwargs).
func TextwrapShorten(text any, args []any, kw []KW) any {
	width, kw := widthArg("shorten", args, kw, nil)
	w := newTextWrapper(width, kw)
	w.maxLines = 1
	words := CallMethod(CallMethod(text, "strip", nil, nil), "split", nil, nil).(*List)
	var ws []string
	for _, x := range words.Items {
		ws = append(ws, x.(string))
	}
	return w.fill(strings.Join(ws, " "))
}

// TextwrapDedent is textwrap.dedent(text).
func TextwrapDedent(text any) any {
	s, ok := text.(string)
	if !ok {
		panic(New(TypeError, "expected string or bytes-like object, got '"+TypeName(text)+"'"))
	}
	lines := strings.Split(s, "\n")
	margin, have := "", false
	for i, l := range lines {
		if l != "" && strings.Trim(l, " \t") == "" {
			lines[i] = ""
			continue
		}
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if ind == l {
			continue // empty line
		}
		switch {
		case !have:
			margin, have = ind, true
		case strings.HasPrefix(ind, margin):
		case strings.HasPrefix(margin, ind):
			margin = ind
		default:
			for j := 0; j < len(margin) && j < len(ind); j++ {
				if margin[j] != ind[j] {
					margin = margin[:j]
					break
				}
			}
		}
	}
	if margin != "" {
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, margin)
		}
	}
	return strings.Join(lines, "\n")
}

// TextwrapIndent is textwrap.indent(text, prefix, predicate=None).
func TextwrapIndent(text, prefix, predicate any) any {
	p := Str(prefix)
	var b strings.Builder
	for l := range Iter(CallMethod(text, "splitlines", []any{true}, nil)) {
		line := l.(string)
		var keep bool
		if predicate == nil {
			keep = Truth(CallMethod(line, "strip", nil, nil))
		} else {
			keep = Truth(Call(predicate, []any{line}, nil))
		}
		if keep {
			b.WriteString(p)
		}
		b.WriteString(line)
	}
	return b.String()
}

// TextwrapTextWrapper is textwrap.TextWrapper(width=70, **kwargs).
func TextwrapTextWrapper(args []any, kw []KW) any {
	var width any
	if len(args) > 1 {
		panic(New(TypeError, "TextWrapper.__init__() takes from 1 to 2 positional arguments but "+itoa(len(args)+1)+" were given"))
	}
	if len(args) == 1 {
		width = args[0]
	}
	return newTextWrapper(width, kw)
}

func (w *TextWrapper) PyType() string       { return "TextWrapper" }
func (w *TextWrapper) PyTypeModule() string { return "textwrap" }
func (w *TextWrapper) PyRepr() string       { return "<textwrap.TextWrapper object at " + addrHex(w) + ">" }
func (w *TextWrapper) PyGetAttr(name string) (any, bool) {
	switch name {
	case "width":
		return w.width, true
	case "wrap", "fill":
		return NewMethod(name, w, func(a []any, kw []KW) any {
			noKw(name, kw)
			arity(name, a, 1, 1)
			if name == "wrap" {
				return w.wrap(a[0])
			}
			return w.fill(a[0])
		}), true
	}
	return nil, false
}
