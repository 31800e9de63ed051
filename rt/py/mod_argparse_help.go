package py

import (
	"regexp"
	"strings"
	"unicode"
)

// helpFormatter is argparse.HelpFormatter: sections of items formatted
// lazily, so the widest invocation is known when the help is laid out.
type helpFormatter struct {
	prog            string
	indentIncrement int
	maxHelpPosition int
	width           int
	currentIndent   int
	level           int
	actionMaxLength int
	root            *helpSection
	current         *helpSection
}

type helpSection struct {
	f       *helpFormatter
	parent  *helpSection
	heading any
	items   []func() string
}

func newHelpFormatter(prog string) *helpFormatter {
	width := terminalColumns() - 2
	f := &helpFormatter{prog: prog, indentIncrement: 2, width: width}
	f.maxHelpPosition = min(24, max(width-20, 2*f.indentIncrement))
	f.root = &helpSection{f: f}
	f.current = f.root
	return f
}

func (f *helpFormatter) indent() { f.currentIndent += f.indentIncrement; f.level++ }
func (f *helpFormatter) dedent() { f.currentIndent -= f.indentIncrement; f.level-- }

func (s *helpSection) formatHelp() string {
	if s.parent != nil {
		s.f.indent()
	}
	var parts []string
	for _, item := range s.items {
		parts = append(parts, item())
	}
	itemHelp := strings.Join(parts, "")
	if s.parent != nil {
		s.f.dedent()
	}
	if itemHelp == "" {
		return ""
	}
	heading := ""
	if s.heading != nil && s.heading != ArgparseSuppress {
		heading = strings.Repeat(" ", s.f.currentIndent) + Str(s.heading) + ":\n"
	}
	return "\n" + heading + itemHelp + "\n"
}

func (f *helpFormatter) addItem(fn func() string) { f.current.items = append(f.current.items, fn) }

func (f *helpFormatter) startSection(heading any) {
	f.indent()
	s := &helpSection{f: f, parent: f.current, heading: heading}
	f.addItem(s.formatHelp)
	f.current = s
}

func (f *helpFormatter) endSection() {
	f.current = f.current.parent
	f.dedent()
}

func (f *helpFormatter) addText(text any) {
	if text != nil && text != ArgparseSuppress {
		t := Str(text)
		f.addItem(func() string { return f.formatText(t) })
	}
}

// addUsage adds the usage line; prefix nil is "usage: ".
func (f *helpFormatter) addUsage(usage any, actions []*argAction, prefix *string) {
	if usage == ArgparseSuppress {
		return
	}
	f.addItem(func() string { return f.formatUsage(usage, actions, prefix) })
}

func (f *helpFormatter) addArgument(a *argAction) {
	if a.help == ArgparseSuppress {
		return
	}
	invocations := []string{f.formatActionInvocation(a)}
	f.indent()
	for _, sub := range a.choiceActions {
		invocations = append(invocations, f.formatActionInvocation(sub))
	}
	f.dedent()
	n := 0
	for _, inv := range invocations {
		n = max(n, StrLen(inv))
	}
	f.actionMaxLength = max(f.actionMaxLength, n+f.currentIndent)
	f.addItem(func() string { return f.formatAction(a) })
}

var longBreak = regexp.MustCompile(`\n\n\n+`)

func (f *helpFormatter) formatHelp() string {
	help := f.root.formatHelp()
	if help != "" {
		help = longBreak.ReplaceAllString(help, "\n\n")
		help = strings.Trim(help, "\n") + "\n"
	}
	return help
}

var usagePart = regexp.MustCompile(`\(.*?\)+(\s|$)|\[.*?\]+(\s|$)|\S+`)

// usageParts is re.findall(part_regexp, text) for argparse's
// `\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+` (Go has no lookahead: the
// matched whitespace is given back).
func usageParts(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		loc := usagePart.FindStringIndex(text[i:])
		if loc == nil {
			break
		}
		m := text[i+loc[0] : i+loc[1]]
		end := i + loc[1]
		if t := strings.TrimRightFunc(m, unicode.IsSpace); t != m && (m[0] == '(' || m[0] == '[') {
			end -= len(m) - len(t)
			m = t
		}
		out = append(out, m)
		i = end
	}
	return out
}

func (f *helpFormatter) formatUsage(usage any, actions []*argAction, prefixPtr *string) string {
	prefix := "usage: "
	if prefixPtr != nil {
		prefix = *prefixPtr
	}
	var text string
	switch {
	case usage != nil:
		text = strings.ReplaceAll(Str(usage), "%(prog)s", f.prog)
	case len(actions) == 0:
		text = f.prog
	default:
		prog := f.prog
		var optionals, positionals []*argAction
		for _, a := range actions {
			if len(a.optionStrings) > 0 {
				optionals = append(optionals, a)
			} else {
				positionals = append(positionals, a)
			}
		}
		actionUsage := f.formatActionsUsage(append(slices2(optionals), positionals...))
		text = prog
		if actionUsage != "" {
			text += " " + actionUsage
		}
		textWidth := f.width - f.currentIndent
		if StrLen(prefix)+StrLen(text) > textWidth {
			optParts := usageParts(f.formatActionsUsage(optionals))
			posParts := usageParts(f.formatActionsUsage(positionals))
			getLines := func(parts []string, indent string, prefix *string) []string {
				var lines, line []string
				lineLen := len(indent) - 1
				if prefix != nil {
					lineLen = StrLen(*prefix) - 1
				}
				for _, part := range parts {
					if lineLen+1+StrLen(part) > textWidth && len(line) > 0 {
						lines = append(lines, indent+strings.Join(line, " "))
						line = nil
						lineLen = len(indent) - 1
					}
					line = append(line, part)
					lineLen += StrLen(part) + 1
				}
				if len(line) > 0 {
					lines = append(lines, indent+strings.Join(line, " "))
				}
				if prefix != nil {
					lines[0] = lines[0][len(indent):]
				}
				return lines
			}
			var lines []string
			if float64(StrLen(prefix)+StrLen(prog)) <= 0.75*float64(textWidth) {
				indent := strings.Repeat(" ", StrLen(prefix)+StrLen(prog)+1)
				switch {
				case len(optParts) > 0:
					lines = getLines(append([]string{prog}, optParts...), indent, &prefix)
					lines = append(lines, getLines(posParts, indent, nil)...)
				case len(posParts) > 0:
					lines = getLines(append([]string{prog}, posParts...), indent, &prefix)
				default:
					lines = []string{prog}
				}
			} else {
				indent := strings.Repeat(" ", StrLen(prefix))
				parts := append(slices2s(optParts), posParts...)
				lines = getLines(parts, indent, nil)
				if len(lines) > 1 {
					lines = nil
					lines = append(lines, getLines(optParts, indent, nil)...)
					lines = append(lines, getLines(posParts, indent, nil)...)
				}
				lines = append([]string{prog}, lines...)
			}
			text = strings.Join(lines, "\n")
		}
	}
	return prefix + text + "\n\n"
}

func slices2(a []*argAction) []*argAction { return append([]*argAction(nil), a...) }
func slices2s(a []string) []string        { return append([]string(nil), a...) }

var (
	usageOpenSpace  = regexp.MustCompile(`([\[(]) `)
	usageSpaceClose = regexp.MustCompile(` ([\])])`)
	usageEmpty      = regexp.MustCompile(`[\[(] *[\])]`)
)

func (f *helpFormatter) formatActionsUsage(actions []*argAction) string {
	var parts []string
	for _, a := range actions {
		switch {
		case a.help == ArgparseSuppress:
		case len(a.optionStrings) == 0:
			parts = append(parts, f.formatArgs(a, a.dest))
		default:
			opt := a.optionStrings[0]
			var part string
			if n, ok := a.nargs.(int); ok && n == 0 {
				part = opt // Action.format_usage
			} else {
				part = opt + " " + f.formatArgs(a, strings.ToUpper(a.dest))
			}
			if !a.required {
				part = "[" + part + "]"
			}
			parts = append(parts, part)
		}
	}
	text := strings.Join(parts, " ")
	text = usageOpenSpace.ReplaceAllString(text, "$1")
	text = usageSpaceClose.ReplaceAllString(text, "$1")
	text = usageEmpty.ReplaceAllString(text, "")
	return strings.TrimSpace(text)
}

var whitespaceRun = regexp.MustCompile(`[ \t\n\r\f\v]+`)

func (f *helpFormatter) formatText(text string) string {
	text = strings.ReplaceAll(text, "%(prog)s", f.prog)
	if strings.Contains(text, "%") {
		text = Str(Mod(text, DictOf("prog", f.prog)))
	}
	width := max(f.width-f.currentIndent, 11)
	indent := strings.Repeat(" ", f.currentIndent)
	return f.fillText(text, width, indent) + "\n\n"
}

func (f *helpFormatter) fillText(text string, width int, indent string) string {
	text = strings.TrimSpace(whitespaceRun.ReplaceAllString(text, " "))
	lines := textwrap(text, width, indent)
	return strings.Join(lines, "\n")
}

func (f *helpFormatter) formatAction(a *argAction) string {
	helpPosition := min(f.actionMaxLength+2, f.maxHelpPosition)
	helpWidth := max(f.width-helpPosition, 11)
	actionWidth := helpPosition - f.currentIndent - 2
	header := f.formatActionInvocation(a)
	indentFirst := 0
	pad := strings.Repeat(" ", f.currentIndent)
	hasHelp := a.help != nil && Truth(a.help)
	switch {
	case !hasHelp:
		header = pad + header + "\n"
	case StrLen(header) <= actionWidth:
		header = pad + header + strings.Repeat(" ", actionWidth-StrLen(header)) + "  "
	default:
		header = pad + header + "\n"
		indentFirst = helpPosition
	}
	parts := []string{header}
	if hasHelp && strings.TrimSpace(Str(a.help)) != "" {
		helpText := f.expandHelp(a)
		if helpText != "" {
			lines := textwrap(strings.TrimSpace(whitespaceRun.ReplaceAllString(helpText, " ")), helpWidth, "")
			if len(lines) > 0 {
				parts = append(parts, strings.Repeat(" ", indentFirst)+lines[0]+"\n")
				for _, l := range lines[1:] {
					parts = append(parts, strings.Repeat(" ", helpPosition)+l+"\n")
				}
			}
		}
	} else if !strings.HasSuffix(header, "\n") {
		parts = append(parts, "\n")
	}
	f.indent()
	for _, sub := range a.choiceActions {
		parts = append(parts, f.formatAction(sub))
	}
	f.dedent()
	return strings.Join(parts, "")
}

func (f *helpFormatter) formatActionInvocation(a *argAction) string {
	if len(a.optionStrings) == 0 {
		m := f.metavar(a, a.dest, 1)
		if len(m) != 1 {
			// metavar, = ...: a tuple metavar on a positional.
			panic(New(ValueError, unpackMessage(len(m))))
		}
		return m[0]
	}
	if n, ok := a.nargs.(int); ok && n == 0 {
		return strings.Join(a.optionStrings, ", ")
	}
	args := f.formatArgs(a, strings.ToUpper(a.dest))
	var parts []string
	for _, s := range a.optionStrings {
		parts = append(parts, s+" "+args)
	}
	return strings.Join(parts, ", ")
}

func (f *helpFormatter) metavar(a *argAction, def string, n int) []string {
	var result string
	switch {
	case a.metavar != nil:
		if t, ok := a.metavar.(Tuple); ok {
			out := make([]string, len(t))
			for i, v := range t {
				out[i] = Str(v)
			}
			return out
		}
		result = Str(a.metavar)
	case a.choices != nil:
		var strs []string
		if pc, ok := a.choices.(*parserChoices); ok {
			strs = pc.a.parserNames
		} else {
			for c := range Iter(a.choices) {
				strs = append(strs, Str(c))
			}
		}
		result = "{" + strings.Join(strs, ",") + "}"
	default:
		result = def
	}
	out := make([]string, n)
	for i := range out {
		out[i] = result
	}
	return out
}

func (f *helpFormatter) formatArgs(a *argAction, def string) string {
	switch n := a.nargs.(type) {
	case nil:
		return f.metavar(a, def, 1)[0]
	case int:
		return strings.Join(f.metavar(a, def, n), " ")
	case string:
		switch n {
		case nargsOptional:
			return "[" + f.metavar(a, def, 1)[0] + "]"
		case nargsZeroOrMore:
			m := f.metavar(a, def, 1)
			if len(m) == 2 {
				return "[" + m[0] + " [" + m[1] + " ...]]"
			}
			return "[" + m[0] + " ...]"
		case nargsOneOrMore:
			m := f.metavar(a, def, 2)
			return m[0] + " [" + m[1] + " ...]"
		case nargsRemainder:
			return "..."
		case nargsParser:
			return f.metavar(a, def, 1)[0] + " ..."
		}
	}
	return ""
}

// expandHelp is _expand_help: the help string %-formatted with the
// action's attributes.
func (f *helpFormatter) expandHelp(a *argAction) string {
	help := Str(a.help)
	if !strings.Contains(help, "%") {
		return help
	}
	params := NewDict()
	put := func(k string, v any) {
		if v == ArgparseSuppress {
			return
		}
		if fn, ok := v.(*Function); ok {
			v = fn.Name
		} else if c, ok := v.(*Class); ok {
			v = c.Name
		}
		params.Set(k, v)
	}
	opts := make([]any, len(a.optionStrings))
	for i, s := range a.optionStrings {
		opts[i] = s
	}
	put("option_strings", NewList(opts...))
	put("dest", a.dest)
	put("nargs", a.nargs)
	put("const", a.constV)
	put("default", a.defaultV)
	put("type", a.typ)
	if a.choices != nil {
		var strs []string
		for c := range Iter(a.choices) {
			strs = append(strs, Str(c))
		}
		put("choices", strings.Join(strs, ", "))
	} else {
		put("choices", nil)
	}
	put("required", a.required)
	put("help", a.help)
	put("metavar", a.metavar)
	put("prog", f.prog)
	return Str(Mod(help, params))
}

// textwrap is textwrap.wrap(text, width) (and fill's lines, with indent as
// both initial and subsequent indent) for text whose whitespace argparse
// already collapsed to single spaces: words break after hyphens inside
// them, and words longer than a line are cut.
func textwrap(text string, width int, indent string) []string {
	chunks := wrapChunks(text)
	var lines []string
	for len(chunks) > 0 {
		var cur []string
		curLen := 0
		w := width - StrLen(indent)
		if len(lines) > 0 && strings.TrimSpace(chunks[0]) == "" {
			chunks = chunks[1:]
		}
		for len(chunks) > 0 {
			l := StrLen(chunks[0])
			if curLen+l <= w {
				cur = append(cur, chunks[0])
				curLen += l
				chunks = chunks[1:]
			} else {
				break
			}
		}
		if len(chunks) > 0 && StrLen(chunks[0]) > w {
			// _handle_long_word with break_long_words
			spaceLeft := max(w-curLen, 1)
			if w < 1 {
				spaceLeft = 1
			}
			r := []rune(chunks[0])
			if len(cur) == 0 || spaceLeft > 0 {
				cur = append(cur, string(r[:min(spaceLeft, len(r))]))
				curLen += min(spaceLeft, len(r))
				chunks[0] = string(r[min(spaceLeft, len(r)):])
			}
		}
		if len(cur) > 0 && strings.TrimSpace(cur[len(cur)-1]) == "" {
			curLen -= StrLen(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			lines = append(lines, indent+strings.Join(cur, ""))
		}
	}
	return lines
}

// wrapChunks splits text into textwrap's chunks: spaces, and words cut
// after the hyphens of hyphenated words (TextWrapper.wordsep_re).
func wrapChunks(text string) []string {
	var chunks []string
	for i, word := range strings.Split(text, " ") {
		if i > 0 {
			chunks = append(chunks, " ")
		}
		if word == "" {
			continue
		}
		r := []rune(word)
		isLetter := func(k int) bool { return k >= 0 && k < len(r) && (unicode.IsLetter(r[k]) || r[k] == '_') }
		start := 0
		for k := 1; k < len(r)-1; k++ {
			if r[k] != '-' {
				continue
			}
			// -(?: (?<=lt{2}-) | (?<=lt-lt-)) (?= lt -? lt)
			before := isLetter(k-1) && isLetter(k-2) || isLetter(k-1) && k >= 3 && r[k-2] == '-' && isLetter(k-3)
			after := isLetter(k+1) && (isLetter(k+2) || k+3 < len(r) && r[k+2] == '-' && isLetter(k+3))
			if before && after {
				chunks = append(chunks, string(r[start:k+1]))
				start = k + 1
			}
		}
		chunks = append(chunks, string(r[start:]))
	}
	return chunks
}

func unpackMessage(n int) string {
	if n == 0 {
		return "not enough values to unpack (expected 1, got 0)"
	}
	return "too many values to unpack (expected 1)"
}
