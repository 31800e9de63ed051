// Package codegen turns an *ir.Module into Go source that runs on the
// cooperative runtime (package rt) and the Python value layer (package rt/py).
//
// It owns only the translation: naming Go identifiers, lowering Python
// statements and expressions to calls into rt and py, and the shape of the
// generated program (program(), main/Main). It must not change the IR, parse
// Python, or implement Python semantics itself: anything semantic lives in
// rt or rt/py, and anything it cannot translate faithfully is reported as an
// error diagnostic instead of emitting Go that would behave differently.
//
// Values are `any` except where ir.Infer's types prove a local, parameter or
// result of a plain def is an int, float, str or bool (typed_scalar.go: it is
// then py.Int, float64, string or bool, boxed where it meets dynamic code;
// Options.Dynamic turns that off), and where a binding is provably of one
// runtime type:
// a variable whose every binding is asyncio.get_running_loop(),
// asyncio.Queue() or asyncio.create_task() becomes a *rt.Loop, *rt.Queue or
// *rt.Task and its method calls bind statically. The rule is syntactic, so
// it never depends on type inference being right.
//
// Every function that can suspend (async def, generator, async generator,
// generator expression, a module with top-level await) compiles to one
// form, a step function (DESIGN.md, "Stackless coroutines"): a state
// machine with resume labels that runs on its driver's stack. First the
// evaluation-order pass (hoist.go) rewrites the body so that each await
// and yield starts a statement of its own, with the operands Python
// evaluates before it in temporaries, in Python's order; then step.go
// flattens the statements that suspend into labels and gotos, with try,
// with and async with as handler regions (generator.go and asynccomp.go
// add yields, async for and async comprehensions). What the pass cannot
// place exactly is rejected with a diagnostic naming the construct.
//
// The generated file imports only rt, rt/py and the Go standard library, is
// gofmt-clean, and carries //line directives so Go positions (compile errors,
// panics, tracebacks via runtime.Callers) point at the Python source. Every
// statement is generated with its directive; linedir.go then drops those
// that Go's own line counting makes redundant, so the file reads as Go.
package codegen
