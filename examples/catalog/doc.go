// Package catalog shows pyasync2go's typed Go API (--package NAME --api):
// catalog.py, a small asyncio inventory service, is translated into
// catalog_gen.go, whose exported functions (Reserve, ReserveMany, Restock,
// SlowReport, Stock, Cancelled, Price) call the Python functions on one
// event loop that the package runs on a goroutine of its own. Calls from
// many goroutines become concurrent tasks on that loop; cancelling a
// call's context cancels its task; a Python exception comes back as an
// *Error. Nothing here is hand-written Go except this file and the tests;
// edit catalog.py and run `go generate ./examples/...`.
package catalog

//go:generate go run github.com/pyasync2go/pyasync2go/cmd/pyasync2go --package catalog --api -o catalog_gen.go catalog.py
