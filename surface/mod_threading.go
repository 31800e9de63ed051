package surface

func registerThreading() {
	addModule(&Module{Name: "threading", Coverage: "`Thread` (target/args/kwargs/name/daemon, start, join with timeout, is_alive; subclasses override `run` and call `super().__init__`; an exception in `run` prints `threading.excepthook`'s report), `Lock`, `RLock`, `Condition`, `Semaphore`, `BoundedSemaphore`, `Event`, `Barrier`, `local`, thread names and idents; blocking calls take real-time timeouts"}, []*Entry{
		// A class, so user classes may derive from it (overriding run).
		{Name: "Thread", Kind: Value, Go: "rt.ThreadClass"},
		{Name: "Lock", Go: "rt.ThreadingLock"},
		{Name: "RLock", Go: "rt.ThreadingRLock"},
		{Name: "Condition", Go: "rt.ThreadingCondition", Params: []Param{opt("lock", nil)}},
		{Name: "Semaphore", Go: "rt.ThreadingSemaphore", Params: []Param{opt("value", 1)}},
		{Name: "BoundedSemaphore", Go: "rt.ThreadingBoundedSemaphore", Params: []Param{opt("value", 1)}},
		{Name: "Event", Go: "rt.ThreadingEvent"},
		{Name: "Barrier", Go: "rt.ThreadingBarrier", Params: []Param{req("parties"), opt("action", nil), opt("timeout", nil)}},
		{Name: "BrokenBarrierError", Kind: Class, Go: "py.ThreadingBrokenBarrierError"},
		{Name: "local", Go: "rt.ThreadingLocal"},
		{Name: "current_thread", Go: "rt.ThreadingCurrentThread"},
		{Name: "main_thread", Go: "rt.ThreadingMainThread"},
		{Name: "get_ident", Go: "rt.ThreadingGetIdent", Result: Int},
		{Name: "get_native_id", Go: "rt.ThreadingGetIdent", Result: Int},
		{Name: "active_count", Go: "rt.ThreadingActiveCount", Result: Int},
		{Name: "enumerate", Go: "rt.ThreadingEnumerate"},
	})
}
