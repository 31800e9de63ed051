// Package surface is the one registry of the Python surface the translator
// supports: each importable module with its functions, values and classes,
// and the builtin functions, with their parameters, result types, Go symbols
// and whether they are awaitable or return nothing.
//
// The frontend's import and attribute checks, ir.Infer's library typing,
// codegen's call emission and README's table of supported modules all read
// it, so adding a library function is one entry here plus its runtime code.
// asyncio's operations keep their own lowering (ir.AsyncCall, typed Loop,
// Queue and Task calls), but their names and signatures come from here too.
//
// surface sits below ir (ir imports it), so result types are described by
// surface.Type, which ir.Infer maps onto its own types. It must never be
// imported by rt: the runtime knows nothing about the translator.
package surface
