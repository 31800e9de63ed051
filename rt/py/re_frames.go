package py

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// CPython's re module is Python code over _sre, so a traceback through it
// shows frames of re/__init__.py, re/_parser.py and re/_compiler.py: the
// module function called, and for a malformed pattern or template the
// parser's calls down to the raise. The engine records those calls as it
// mirrors the parser (reTokenizer.frames), and the exceptions that leave
// the module carry the frames CPython prints. Their source lines come from
// CPython's own files (re_tables.go).

const reLibDir = "/usr/lib/python3.11/re/"

// reCallFrame is a frame of re's Python code: the line it is at, and the
// call on that line a traceback underlines ("" for none; reTokenizerCall
// for the Tokenizer method called on the line).
type reCallFrame struct {
	file string // "_parser.py"
	line int
	fn   string
	expr string
}

// reTokenizerCall stands for the call of a Tokenizer method on a line.
const reTokenizerCall = "<tokenizer call>"

var reTokenizerCallRE = regexp.MustCompile(`(sourceget|sget|source\.get|sourcematch|source\.match|s\.match|source\.getwhile|source\.seek|Tokenizer)\([^()]*\)`)

func reFrame(f reCallFrame) Frame {
	text := reSourceLines[f.file+":"+strconv.Itoa(f.line)]
	src := text
	if f.expr == reTokenizerCall {
		f.expr = reTokenizerCallRE.FindString(text)
	}
	if f.expr != "" && f.expr != text {
		if i := strings.Index(text, f.expr); i >= 0 {
			src += "\n" + strings.Repeat(" ", 4+utf8.RuneCountInString(text[:i])) + strings.Repeat("^", utf8.RuneCountInString(f.expr))
		}
	}
	return Frame{File: reLibDir + f.file, Line: f.line, Func: f.fn, Source: src}
}

func reFrames(fs []reCallFrame) []Frame {
	out := make([]Frame, len(fs))
	for i, f := range fs {
		out[i] = reFrame(f)
	}
	return out
}

// raiseIn gives an exception the calling Python frames followed by re's
// frames down to its raise.
func raiseIn(e *Exception, fs ...reCallFrame) *Exception {
	e.Traceback = append(pythonFrames(), reFrames(fs)...)
	return e
}

// The frames on the way into the parser and the compiler.
var (
	reCompileFrame = reCallFrame{"__init__.py", 294, "_compile", "_compiler.compile(pattern, flags)"}
	reParseFrames  = []reCallFrame{reCompileFrame, {"_compiler.py", 745, "compile", "_parser.parse(p, flags)"}}
	reCodeFrames   = []reCallFrame{reCompileFrame, {"_compiler.py", 749, "compile", "_code(p, flags)"}, {"_compiler.py", 582, "_code", ""}}
	reSubxFrames   = []reCallFrame{{"__init__.py", 317, "_subx", "_compile_repl(template, pattern)"}, {"__init__.py", 308, "_compile_repl", "_parser.parse_template(repl, pattern)"}}
	reExpandFrames = []reCallFrame{{"__init__.py", 312, "_expand", "_parser.parse_template(template, pattern)"}}
)

// reEntries are the module's functions: the line of their return
// statement, and the method the compiled pattern runs.
var reEntries = map[string]struct {
	line int
	call string
}{
	"match": {166, ".match(string)"}, "fullmatch": {171, ".fullmatch(string)"}, "search": {176, ".search(string)"},
	"sub": {185, ".sub(repl, string, count)"}, "subn": {196, ".subn(repl, string, count)"},
	"split": {206, ".split(string, maxsplit)"}, "findall": {216, ".findall(string)"},
	"finditer": {223, ".finditer(string)"}, "compile": {227, ""},
}

// reEntryFrame is the frame of re.<name>; compiling says whether the
// exception came from _compile (underlined) or from the pattern's method.
func reEntryFrame(name string, compiling bool) Frame {
	e := reEntries[name]
	expr := "_compile(pattern, flags)"
	if !compiling {
		expr += e.call
	}
	return reFrame(reCallFrame{"__init__.py", e.line, name, expr})
}

// reTry runs body, returning the Python exception it raised; the
// exception's frames are filled while the raising code is still on the
// stack.
func reTry(body func() any) (r any, exc *Exception) {
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(*Exception)
			if !ok {
				panic(x)
			}
			if len(e.Traceback) == 0 {
				e.Traceback = pythonFrames()
			}
			exc = e
		}
	}()
	return body(), nil
}

// reCall runs body as the module function name: an exception leaving it
// gets the function's frame below the caller's, as CPython's traceback
// shows it.
func reCall(name string, compiling bool, body func() any) any {
	r, exc := reTry(body)
	if exc != nil {
		// Back in this frame, the Python frames on the stack are the
		// caller's: the function's frame goes right after them.
		outer := min(len(pythonFrames()), len(exc.Traceback))
		tb := append([]Frame{}, exc.Traceback[:outer]...)
		tb = append(tb, reEntryFrame(name, compiling))
		exc.Traceback = append(tb, exc.Traceback[outer:]...)
		panic(exc)
	}
	return r
}

// reModuleCompile is _compile(pattern, flags) called by re.<name>.
func reModuleCompile(name string, pattern, flags any) *RePattern {
	return reCall(name, true, func() any { return reCompilePattern(pattern, flags) }).(*RePattern)
}
