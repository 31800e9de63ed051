package surface

import "strings"

// outOfScope names what the project deliberately leaves out (README, "Out
// of scope"): streams, sockets, subprocesses and signal handlers, and
// process pools. The frontend names the reason in its diagnostic.
var outOfScope = map[string]string{
	"asyncio.open_connection":                "streams and sockets are out of scope",
	"asyncio.start_server":                   "streams and sockets are out of scope",
	"asyncio.open_unix_connection":           "streams and sockets are out of scope",
	"asyncio.start_unix_server":              "streams and sockets are out of scope",
	"asyncio.StreamReader":                   "streams and sockets are out of scope",
	"asyncio.StreamWriter":                   "streams and sockets are out of scope",
	"asyncio.create_subprocess_exec":         "subprocesses are out of scope",
	"asyncio.create_subprocess_shell":        "subprocesses are out of scope",
	"concurrent.futures.ProcessPoolExecutor": "process pools are out of scope; ThreadPoolExecutor is supported",
	// Loop methods, matched by name on any receiver.
	".add_signal_handler":    "signal handlers are out of scope",
	".remove_signal_handler": "signal handlers are out of scope",
	".subprocess_exec":       "subprocesses are out of scope",
	".subprocess_shell":      "subprocesses are out of scope",
}

// outOfScopeModules are modules that only serve what is out of scope.
var outOfScopeModules = map[string]string{
	"signal":          "signal handlers are out of scope",
	"socket":          "streams and sockets are out of scope",
	"ssl":             "streams and sockets are out of scope",
	"selectors":       "streams and sockets are out of scope",
	"subprocess":      "subprocesses are out of scope",
	"multiprocessing": "processes are out of scope; threading and concurrent.futures.ThreadPoolExecutor are supported",
}

// OutOfScope returns why module.name is deliberately unsupported, or "".
// An empty module asks about a method name (loop.add_signal_handler).
func OutOfScope(module, name string) string { return outOfScope[module+"."+name] }

// OutOfScopeModule returns why a module (or its package) is deliberately
// unsupported, or "".
func OutOfScopeModule(module string) string {
	top, _, _ := strings.Cut(module, ".")
	return outOfScopeModules[top]
}
