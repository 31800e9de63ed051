package surface

func registerFutures() {
	addModule(&Module{Name: "concurrent.futures", Coverage: "`ThreadPoolExecutor` (submit, map, shutdown, `with`, max_workers, thread_name_prefix, initializer), `Future` (result, exception, done, running, cancel, add_done_callback), `wait`, `as_completed`; also to `loop.run_in_executor` and `asyncio.wrap_future`; not `ProcessPoolExecutor`"}, []*Entry{
		{Name: "ThreadPoolExecutor", Go: "rt.NewThreadPoolExecutor", Params: []Param{opt("max_workers", nil), opt("thread_name_prefix", ""), opt("initializer", nil), opt("initargs", nil)}},
		{Name: "Future", Go: "rt.NewConcurrentFuture"},
		{Name: "wait", Go: "rt.FuturesWait", Params: []Param{req("fs"), opt("timeout", nil), opt("return_when", "ALL_COMPLETED")}},
		{Name: "as_completed", Go: "rt.FuturesAsCompleted", Params: []Param{req("fs"), opt("timeout", nil)}},
		{Name: "CancelledError", Kind: Class, Go: "py.FuturesCancelledError"},
		{Name: "TimeoutError", Kind: Class, Go: "py.TimeoutError"},
		{Name: "InvalidStateError", Kind: Class, Go: "py.FuturesInvalidStateError"},
		{Name: "FIRST_COMPLETED", Kind: Value, Const: "FIRST_COMPLETED", Result: Str},
		{Name: "FIRST_EXCEPTION", Kind: Value, Const: "FIRST_EXCEPTION", Result: Str},
		{Name: "ALL_COMPLETED", Kind: Value, Const: "ALL_COMPLETED", Result: Str},
	})
}
