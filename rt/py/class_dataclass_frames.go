package py

// Frames of the methods the dataclass decorator generates. CPython compiles
// them from source text (dataclasses._create_fn runs exec), so an exception
// that passes through one (raised by __post_init__ or a default factory, by
// hashing or comparing a field, by assigning to a frozen field) shows
// `File "<string>", line N, in NAME` in its traceback, with no source line.
// The Go functions below stand for those frames: the //line directives give
// each call of body the file "<string>" and the line CPython's generated
// source has there, and pythonFrames names the frame after
// stringFrameNames.

// stringFrameNames maps each marker function to the Python method it is.
var stringFrameNames = map[string]string{
	"dcInitFrame":    "__init__",
	"dcEqFrame":      "__eq__",
	"dcLtFrame":      "__lt__",
	"dcLeFrame":      "__le__",
	"dcGtFrame":      "__gt__",
	"dcGeFrame":      "__ge__",
	"dcHashFrame":    "__hash__",
	"dcSetattrFrame": "__setattr__",
	"dcDelattrFrame": "__delattr__",
}

// dcInitMaxLine is the last line of a generated __init__ that
// dcInitFrame can stand for (line 3 is the first body line, one line per
// initialised field, then the __post_init__ call).
const dcInitMaxLine = 66

// dcInitFrameAt runs body as line `line` of a generated __init__. Past
// dcInitMaxLine there is no marker: an exception passing through stops the
// program as unsupported rather than print a traceback without the frame.
func dcInitFrameAt(line int, body func()) {
	if line <= dcInitMaxLine {
		dcInitFrame(line, body)
		return
	}
	if e := Try(body); e != nil {
		Unsupported("a traceback through the __init__ of a dataclass with more than 63 fields")
	}
}

// The marker functions come last: the //line directives number every line
// after them.

//go:noinline
func dcInitFrame(line int, body func()) {
	switch line {
	case 3:
//line <string>:3
		body()
	case 4:
//line <string>:4
		body()
	case 5:
//line <string>:5
		body()
	case 6:
//line <string>:6
		body()
	case 7:
//line <string>:7
		body()
	case 8:
//line <string>:8
		body()
	case 9:
//line <string>:9
		body()
	case 10:
//line <string>:10
		body()
	case 11:
//line <string>:11
		body()
	case 12:
//line <string>:12
		body()
	case 13:
//line <string>:13
		body()
	case 14:
//line <string>:14
		body()
	case 15:
//line <string>:15
		body()
	case 16:
//line <string>:16
		body()
	case 17:
//line <string>:17
		body()
	case 18:
//line <string>:18
		body()
	case 19:
//line <string>:19
		body()
	case 20:
//line <string>:20
		body()
	case 21:
//line <string>:21
		body()
	case 22:
//line <string>:22
		body()
	case 23:
//line <string>:23
		body()
	case 24:
//line <string>:24
		body()
	case 25:
//line <string>:25
		body()
	case 26:
//line <string>:26
		body()
	case 27:
//line <string>:27
		body()
	case 28:
//line <string>:28
		body()
	case 29:
//line <string>:29
		body()
	case 30:
//line <string>:30
		body()
	case 31:
//line <string>:31
		body()
	case 32:
//line <string>:32
		body()
	case 33:
//line <string>:33
		body()
	case 34:
//line <string>:34
		body()
	case 35:
//line <string>:35
		body()
	case 36:
//line <string>:36
		body()
	case 37:
//line <string>:37
		body()
	case 38:
//line <string>:38
		body()
	case 39:
//line <string>:39
		body()
	case 40:
//line <string>:40
		body()
	case 41:
//line <string>:41
		body()
	case 42:
//line <string>:42
		body()
	case 43:
//line <string>:43
		body()
	case 44:
//line <string>:44
		body()
	case 45:
//line <string>:45
		body()
	case 46:
//line <string>:46
		body()
	case 47:
//line <string>:47
		body()
	case 48:
//line <string>:48
		body()
	case 49:
//line <string>:49
		body()
	case 50:
//line <string>:50
		body()
	case 51:
//line <string>:51
		body()
	case 52:
//line <string>:52
		body()
	case 53:
//line <string>:53
		body()
	case 54:
//line <string>:54
		body()
	case 55:
//line <string>:55
		body()
	case 56:
//line <string>:56
		body()
	case 57:
//line <string>:57
		body()
	case 58:
//line <string>:58
		body()
	case 59:
//line <string>:59
		body()
	case 60:
//line <string>:60
		body()
	case 61:
//line <string>:61
		body()
	case 62:
//line <string>:62
		body()
	case 63:
//line <string>:63
		body()
	case 64:
//line <string>:64
		body()
	case 65:
//line <string>:65
		body()
	case 66:
//line <string>:66
		body()
	}
}

//go:noinline
func dcEqFrame(body func()) {
//line <string>:4
	body()
}

//go:noinline
func dcLtFrame(body func()) {
//line <string>:4
	body()
}

//go:noinline
func dcLeFrame(body func()) {
//line <string>:4
	body()
}

//go:noinline
func dcGtFrame(body func()) {
//line <string>:4
	body()
}

//go:noinline
func dcGeFrame(body func()) {
//line <string>:4
	body()
}

//go:noinline
func dcHashFrame(body func()) {
//line <string>:3
	body()
}

//go:noinline
func dcSetattrFrame(body func()) {
//line <string>:4
	body()
}

//go:noinline
func dcDelattrFrame(body func()) {
//line <string>:4
	body()
}
