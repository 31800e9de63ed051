package py

// FormatHandled renders an exception the way traceback.print_exception
// does for one being handled (logging's formatException, with the
// trailing newline): its own traceback starts at the frame that caught
// it, as exc.__traceback__ does there. exc nil is print_exception(None,
// None, None): "NoneType: None".
//
// The location marks (^ and ~ lines) are FormatTraceback's, which leaves
// out a mark it cannot place from the source line (traceback_carets.go):
// a logging handler's text gets the same marks as asyncio's logger.
func FormatHandled(exc *Exception) string {
	if exc == nil {
		return "NoneType: None\n"
	}
	top := *exc
	if exc.CatchDepth < len(exc.Traceback) {
		top.Traceback = exc.Traceback[exc.CatchDepth:]
	}
	return FormatTraceback(&top)
}
