package codegen

import (
	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
)

// Variables whose every binding is an asyncio call returning one runtime
// type (loop = asyncio.get_running_loop(), q = asyncio.Queue(),
// t = asyncio.create_task(...)) get that Go type, and their method calls
// bind statically. The rule is syntactic, so it holds whatever type
// inference concludes: such a variable can never hold anything else.

var typedOps = map[ir.AsyncOp]string{
	ir.OpGetRunningLoop:   "Loop",
	ir.OpGetEventLoop:     "Loop",
	ir.OpNewEventLoop:     "Loop",
	ir.OpNewQueue:         "Queue",
	ir.OpNewPriorityQueue: "Queue",
	ir.OpNewLifoQueue:     "Queue",
	ir.OpCreateTask:       "Task",
}

// rtMethod is a runtime method callable with positional arguments only.
type rtMethod struct {
	goName   string
	min, max int  // positional arguments; missing optional ones are None
	variadic bool // arguments after max go to a Go variadic parameter
	void     bool
}

var rtMethods = map[string]map[string]rtMethod{
	"Loop": {
		"call_soon":            {"CallSoon", 1, 1, true, false},
		"call_soon_threadsafe": {"CallSoonThreadsafe", 1, 1, true, false},
		"call_later":           {"CallLater", 2, 2, true, false},
		"call_at":              {"CallAt", 2, 2, true, false},
		"run_in_executor":      {"RunInExecutor", 2, 2, true, false},
		"time":                 {"Time", 0, 0, false, false},
		"create_future":        {"CreateFuture", 0, 0, false, false},
		"create_task":          {"CreateTaskUnnamed", 1, 1, false, false},
		"run_until_complete":   {"RunUntilComplete", 1, 1, false, false},
		"run_forever":          {"RunForever", 0, 0, false, true},
		"stop":                 {"Stop", 0, 0, false, true},
		"close":                {"Close", 0, 0, false, true},
		"is_running":           {"IsRunning", 0, 0, false, false},
		"is_closed":            {"IsClosed", 0, 0, false, false},
	},
	"Queue": {
		"put":        {"Put", 1, 1, false, false},
		"get":        {"Get", 0, 0, false, false},
		"put_nowait": {"PutNowait", 1, 1, false, true},
		"get_nowait": {"GetNowait", 0, 0, false, false},
		"task_done":  {"TaskDone", 0, 0, false, true},
		"join":       {"Join", 0, 0, false, false},
		"qsize":      {"Qsize", 0, 0, false, false},
		"empty":      {"Empty", 0, 0, false, false},
		"full":       {"Full", 0, 0, false, false},
	},
	"Task": {
		"get_name":          {"GetName", 0, 0, false, false},
		"set_name":          {"SetName", 1, 1, false, true},
		"get_coro":          {"GetCoro", 0, 0, false, false},
		"cancel":            {"Cancel", 0, 1, false, false},
		"cancelling":        {"Cancelling", 0, 0, false, false},
		"uncancel":          {"Uncancel", 0, 0, false, false},
		"done":              {"Done", 0, 0, false, false},
		"cancelled":         {"Cancelled", 0, 0, false, false},
		"result":            {"Result", 0, 0, false, false},
		"exception":         {"Exception", 0, 0, false, false},
		"add_done_callback": {"AddDoneCallback", 1, 1, false, true},
	},
}

// typedSymbols finds the variables the rule above types.
func (g *gen) typedSymbols() {
	g.rtTypes = map[*ir.Symbol]string{}
	for s, vals := range g.storeVals {
		if s.Kind != ir.SymLocal || len(vals) != g.stores[s] || len(vals) == 0 || s.MayBeUnbound {
			continue
		}
		typ := ""
		for _, v := range vals {
			ac, ok := v.(*ir.AsyncCall)
			t := ""
			if ok {
				t = typedOps[ac.Op]
			}
			if t == "" || typ != "" && t != typ {
				typ = ""
				break
			}
			typ = t
		}
		if typ != "" {
			g.rtTypes[s] = typ
		}
	}
}

func rtTypeCode(t string) jen.Code { return jen.Op("*").Qual(rtPath, t) }

// boundMethod calls a method of a typed runtime value directly, or reports
// that the call needs the dynamic path.
func (c *fnCtx) boundMethod(recv xr, name string, args []ir.Arg) (xr, bool) {
	m, ok := rtMethods[recv.rtType][name]
	if !ok || !simplePositional(args) || len(args) < m.min || len(args) > m.max && !m.variadic {
		return xr{}, false
	}
	codes := c.argExprs(args)
	for len(codes) < m.max {
		codes = append(codes, jen.Nil())
	}
	return xr{c: jen.Add(recv.c).Dot(m.goName).Call(codes...), call: true, void: m.void}, true
}
