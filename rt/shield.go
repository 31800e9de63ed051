package rt

const (
	shieldInnerDoneDesc = "shield.<locals>._inner_done_callback() at " + cpythonLib + "/asyncio/tasks.py:891"
	shieldOuterDoneDesc = "shield.<locals>._outer_done_callback() at " + cpythonLib + "/asyncio/tasks.py:908"
)

// Shield is asyncio.shield(aw): an already-done inner is returned as is;
// otherwise an outer future mirrors the inner one, and cancelling the outer
// leaves the inner running (semantics W4).
func Shield(aw any) any {
	inner := ensureFutureOn(nil, aw)
	if inner.Done() {
		return inner.self()
	}
	outer := inner.loop.CreateFuture()
	innerCB := inner.addDoneCallbackFunc(func(inner *Future) {
		if outer.Cancelled() {
			if !inner.Cancelled() {
				inner.exceptionNoCheck()
			}
			return
		}
		switch {
		case inner.Cancelled():
			outer.Cancel(nil)
		case inner.exceptionNoCheck() != nil:
			outer.setExceptionPlain(inner.exc)
		default:
			outer.setResultPlain(inner.result)
		}
	}, shieldInnerDoneDesc)
	outer.addDoneCallbackFunc(func(*Future) {
		if !inner.Done() {
			inner.removeCallback(innerCB)
		}
	}, shieldOuterDoneDesc)
	return outer
}
