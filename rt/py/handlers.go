package py

// Handlers is what a step function's frame is handling (its part of
// CPython's exc_info stack) when an except or finally clause suspends: the
// clause's exception must be current whenever the frame runs, including
// while it drives what it awaits, and never while it is suspended.
//
// Handling does this for a clause that runs to its end within one call;
// Handlers keeps the exceptions in the frame (a generated variable) across
// suspensions. Run makes them current for one step, Enter and Leave bracket
// each clause inside the step. A nil entry (a finally clause entered
// without an exception) keeps depths static and handles nothing.
type Handlers struct {
	excs []*Exception
	// base is the length of the current state's stack below this frame's
	// entries, while a step runs.
	base int
}

// Run runs one step of the frame with its exceptions current. An exception
// escaping the step gets its traceback and __context__ settled while they
// still are, as Handling does.
func (h *Handlers) Run(step func() any) any {
	s := excState()
	h.base = len(s.handling)
	for _, e := range h.excs {
		if e != nil {
			s.handling = append(s.handling, e)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok {
				AddTraceback(e)
			}
			h.trimLive(s)
			panic(r)
		}
		h.trimLive(s)
	}()
	return step()
}

func (h *Handlers) trimLive(s *ExcState) {
	for i := h.base; i < len(s.handling); i++ {
		s.handling[i] = nil
	}
	s.handling = s.handling[:h.base]
}

// Enter starts a clause handling e (nil: a finally clause entered without
// an exception).
func (h *Handlers) Enter(e *Exception) {
	h.excs = append(h.excs, e)
	if e != nil {
		s := excState()
		s.handling = append(s.handling, e)
	}
}

// Leave ends the clauses entered after the first depth ones (by falling off
// their end, jumping out, or raising into an enclosing region's handler).
func (h *Handlers) Leave(depth int) {
	if depth >= len(h.excs) {
		return
	}
	h.excs = h.excs[:depth]
	live := h.base
	for _, e := range h.excs {
		if e != nil {
			live++
		}
	}
	s := excState()
	for i := live; i < len(s.handling); i++ {
		s.handling[i] = nil
	}
	s.handling = s.handling[:live]
}

// HandlingAny reports whether the current thread of control is handling an
// exception anywhere (a coroutine boundary alone does not count). While it
// is not, a coroutine awaited inline needs no boundary of its own.
func HandlingAny() bool {
	for _, e := range excState().handling {
		if e != nil {
			return true
		}
	}
	return false
}
