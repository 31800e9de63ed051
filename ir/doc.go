// Package ir owns the program's typed representation and the analyses over
// it: the node set the frontend lowers Python into (ir.go), the static types
// (types.go), the diagnostics every phase reports through (diag.go), and
// whole-program type inference (infer.go).
//
// The IR is the meeting point of the phases, so it must not import frontend,
// codegen or rt: those depend on it, never the other way round. It reads the
// library's result types from the surface registry (package surface). Tests that
// want real Python input parse it through frontend from the external test
// package ir_test.
//
// # What Infer promises
//
// Infer sets Symbol.Type on every symbol and the type of every expression.
// A precise type is a claim about every value the expression or variable can
// hold at run time, in every execution; Any (or a nil Type) claims nothing.
// The claim is checked against CPython by TestInferredTypesHoldAtRuntime.
//
//   - Int is a Python int: a Go int or, after overflow, a *big.Int.
//   - Bool is never merged into Int: a variable holding both is Any.
//   - Func{IsAsync: true, Result: R} is an async def; calling it gives
//     Coro{R}; awaiting Coro/Task/Future{R} gives R.
//   - Object names: "EventLoop", "Queue"/"PriorityQueue"/"LifoQueue" (Elem:
//     the item type), "Lock", "Event", "Condition", "Semaphore",
//     "BoundedSemaphore", "TaskGroup", "Timeout", "Handle", "TimerHandle",
//     "TextIO" (sys.stdout), "Exception:NAME" (an exception instance, NAME its
//     class or "BaseException" when several are possible), "Class:NAME" (an
//     exception class used as a value), "Builtin:NAME" (a builtin function
//     used as a value), "BoundMethod:NAME", "Module:NAME" (a module or an
//     opaque library attribute), iterators "enumerate", "zip", "map",
//     "filter", "reversed", "iterator", "generator", and the views
//     "dict_keys", "dict_values", "dict_items" (Elem: what iteration yields).
//   - Where no single type fits — a dict keyed by ints and strings, a
//     variable assigned an int and a str, a list a dynamic call may append
//     to — the type is Any. Infer never rejects a program; it only warns when
//     an annotation disagrees with the inferred type.
package ir
