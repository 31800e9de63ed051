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
// Values are `any` except where a binding is provably of one runtime type:
// a variable whose every binding is asyncio.get_running_loop(),
// asyncio.Queue() or asyncio.create_task() becomes a *rt.Loop, *rt.Queue or
// *rt.Task and its method calls bind statically. The rule is syntactic, so
// it never depends on type inference being right.
//
// An async def compiles to one of rt's two coroutine forms (DESIGN.md,
// "Stackless coroutines"). When every await sits where the body can be split
// (step.go: a statement `await E`, `targets = await E`, `x op= await E`,
// `return await E`, or awaits among the arguments of a call to a builtin,
// library function or def bound once; nested only in if/while/for, async
// with and the body or else clause of try), it becomes a step function: a
// state machine with resume labels that runs on the loop's stack, with
// async with and try lowered to handler regions. Anything else (an await in
// an except or finally clause, inside a larger expression, in a
// comprehension, ...) keeps the goroutine form, rt.NewCoro, and the
// generated code says why next to the call.
//
// Generator functions, generator expressions (generator.go) and async
// generators compile to the same step form, with yield as the suspension
// point; async for and async comprehensions (asynccomp.go) exist only in
// the step form. What cannot be split is rejected with a diagnostic.
//
// The generated file imports only rt, rt/py and the Go standard library, is
// gofmt-clean, and carries //line directives so Go positions (compile errors,
// panics, tracebacks via runtime.Callers) point at the Python source.
package codegen
