// Package greeter shows pyasync2go under go:generate: greeter.py is compiled
// into greeter_gen.go, a package with an exported Main() int that a Go
// program can call. Nothing here is hand-written Go except this file and the
// tests; edit greeter.py and run `go generate ./examples/...`.
package greeter

//go:generate go run github.com/pyasync2go/pyasync2go/cmd/pyasync2go --package greeter -o greeter_gen.go greeter.py
