package rt

import "github.com/pyasync2go/pyasync2go/rt/py"

// Redirect is contextlib.redirect_stdout / redirect_stderr: while it is
// entered, print() and the stream's write go to new_target. Entering again
// stacks, as _RedirectStream's _old_targets does.
type Redirect struct {
	kind   string // "redirect_stdout" or "redirect_stderr"
	stream *py.Stream
	target any
	saved  []redirectState
}

type redirectState struct {
	on     bool
	target any
}

// ContextlibRedirectStdout is contextlib.redirect_stdout(new_target).
func ContextlibRedirectStdout(target any) *Redirect {
	return &Redirect{kind: "redirect_stdout", stream: py.Stdout, target: target}
}

// ContextlibRedirectStderr is contextlib.redirect_stderr(new_target).
func ContextlibRedirectStderr(target any) *Redirect {
	return &Redirect{kind: "redirect_stderr", stream: py.Stderr, target: target}
}

func (r *Redirect) PyType() string       { return r.kind }
func (r *Redirect) PyTypeModule() string { return "contextlib" }
func (r *Redirect) PyRepr() string {
	return "<contextlib." + r.kind + " object at " + hexAddr(r) + ">"
}
func (r *Redirect) PyGetAttr(name string) (any, bool) { return cmMethods(r, name) }

// PyEnter flushes what the real stream holds (so it keeps its place
// before the redirected text) and returns new_target.
func (r *Redirect) PyEnter() any {
	r.stream.Flush()
	on, t := r.stream.Redirect(r.target)
	r.saved = append(r.saved, redirectState{on, t})
	return r.target
}

func (r *Redirect) PyExit(*py.Exception) bool {
	s := r.saved[len(r.saved)-1]
	r.saved = r.saved[:len(r.saved)-1]
	r.stream.Restore(s.on, s.target)
	return false
}
