// Command pyasync2go translates a Python asyncio program to Go, and builds or
// runs it.
//
//	pyasync2go FILE.py [-o OUT.go] [--package NAME]   print or write the Go source
//	pyasync2go run FILE.py [-- ARGS...]               build and run, passing the exit status through
//	pyasync2go build FILE.py [-o BIN]                 build a binary
//	pyasync2go check FILE.py                          report diagnostics only
//	pyasync2go version
//
// Exit status: 0 success; 2 the input was rejected (unreadable or missing
// file, syntax error, unsupported construct, bad command line); 1 anything
// else (a failed go build, which is a pyasync2go bug, or an internal error).
// `run` exits with the program's own status.
//
// This package owns only the command line: flag parsing, diagnostics
// rendering and exit statuses. Translation and building live in driver; it
// must not reach into frontend, ir or codegen beyond their public entry points.
package main
