package py

// The exception classes of the thread modules (rt implements the modules;
// the registry names classes by their py symbol).
var (
	// FuturesCancelledError is concurrent.futures.CancelledError, which in
	// 3.11 is not asyncio's.
	FuturesCancelledError = NewClass("CancelledError", "concurrent.futures._base", Exception_)
	// FuturesInvalidStateError is concurrent.futures.InvalidStateError.
	FuturesInvalidStateError = NewClass("InvalidStateError", "concurrent.futures._base", Exception_)
	// QueueEmptyError is queue.Empty, which CPython defines in _queue.
	QueueEmptyError = NewClass("Empty", "_queue", Exception_)
	// QueueFullError is queue.Full.
	QueueFullError = NewClass("Full", "queue", Exception_)
)

// ThreadingBrokenBarrierError is threading.BrokenBarrierError (not
// asyncio's).
var ThreadingBrokenBarrierError = NewClass("BrokenBarrierError", "threading", RuntimeError)
