package rt

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
)

// The schedule trace (`pyasync2go run --trace FILE`, or PYASYNC2GO_TRACE=FILE
// for a built program) records what the event loop did: each task's steps,
// what a step left the task waiting on, task creation, cancellation requests
// and completions, and callbacks the loop ran, with times from the loop's
// clock (virtual or real). At exit it writes FILE.json in Chrome's
// trace-event format (Perfetto, chrome://tracing: one lane per task, named
// after it, with flow arrows from a task to the task it awaits) and
// FILE.html, one self-contained page that draws the same lanes.
//
// When the variable is unset, activeTrace is nil and each hook is a nil
// check.

// TraceEnv names the trace file prefix.
const TraceEnv = "PYASYNC2GO_TRACE"

var activeTrace *tracer

type tracer struct {
	mu     sync.Mutex
	prefix string
	events []traceEvent
	lanes  map[*Task]int
	tasks  []*Task // lane i+1; lane 0 is the loop's own callbacks
	flows  int
}

// traceEvent is one record of Chrome's trace-event format.
type traceEvent struct {
	Name string         `json:"name"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"` // microseconds
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	S    string         `json:"s,omitempty"`
	ID   int            `json:"id,omitempty"`
	Bp   string         `json:"bp,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

func startTrace() {
	if prefix := os.Getenv(TraceEnv); prefix != "" {
		activeTrace = &tracer{prefix: prefix, lanes: map[*Task]int{}}
	}
}

// now is the loop's clock in microseconds.
func (tr *tracer) now(l *Loop) float64 { return l.Time() * 1e6 }

func (tr *tracer) lane(t *Task) int {
	if id, ok := tr.lanes[t]; ok {
		return id
	}
	tr.tasks = append(tr.tasks, t)
	id := len(tr.tasks)
	tr.lanes[t] = id
	return id
}

func (tr *tracer) add(e traceEvent) {
	e.Pid = 1
	tr.events = append(tr.events, e)
}

func (tr *tracer) taskCreated(t *Task) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	args := map[string]any{"coro": t.coro.info.QualName}
	if cur := t.loop.currentTask; cur != nil {
		args["created by"] = cur.GetName()
	}
	tr.add(traceEvent{Name: "created", Ph: "i", S: "t", Ts: tr.now(t.loop), Tid: tr.lane(t), Args: args})
}

func (tr *tracer) stepBegin(t *Task) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.add(traceEvent{Name: "step", Ph: "B", Ts: tr.now(t.loop), Tid: tr.lane(t)})
}

// stepEnd closes a step with how it left the task: done, or waiting on a
// future (a flow arrow when that future is another task).
func (tr *tracer) stepEnd(t *Task) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	ts, lane := tr.now(t.loop), tr.lane(t)
	args := map[string]any{}
	switch {
	case t.state == futCancelled:
		args["outcome"] = "cancelled"
	case t.state == futFinished && t.exc != nil:
		args["outcome"] = "raised " + t.exc.Class.QualifiedName()
	case t.state == futFinished:
		args["outcome"] = "returned"
	case t.futWaiter != nil:
		f := t.futWaiter
		awaited := []*Future{f}
		if g, ok := f.outer.(*gatheringFuture); ok {
			awaited = g.children
		}
		var names []string
		for _, a := range awaited {
			if a.task == nil || a.task == t {
				names = append(names, a.PyType())
				continue
			}
			names = append(names, a.task.GetName())
			tr.flows++
			tr.add(traceEvent{Name: "awaits", Ph: "s", Ts: ts, Tid: lane, ID: tr.flows})
			tr.add(traceEvent{Name: "awaits", Ph: "f", Bp: "e", Ts: ts, Tid: tr.lane(a.task), ID: tr.flows})
		}
		args["awaits"] = strings.Join(names, ", ")
		if len(awaited) > 1 || awaited[0] != f {
			args["awaits"] = f.PyType() + " of " + args["awaits"].(string)
		}
	default:
		args["outcome"] = "yielded"
	}
	tr.add(traceEvent{Name: "step", Ph: "E", Ts: ts, Tid: lane, Args: args})
}

func (tr *tracer) cancelRequested(t *Task) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	args := map[string]any{}
	if cur := t.loop.currentTask; cur != nil {
		args["by"] = cur.GetName()
	}
	tr.add(traceEvent{Name: "cancel requested", Ph: "i", S: "t", Ts: tr.now(t.loop), Tid: tr.lane(t), Args: args})
}

// callback records a handle the loop ran that is not a task step.
func (tr *tracer) callback(l *Loop, desc string) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.add(traceEvent{Name: desc, Ph: "i", S: "t", Ts: tr.now(l), Tid: 0})
}

// finishTrace writes the trace files; a failure to write is reported on
// stderr and does not change the program's exit status.
func finishTrace() {
	tr := activeTrace
	if tr == nil {
		return
	}
	activeTrace = nil
	tr.mu.Lock()
	defer tr.mu.Unlock()
	events := make([]traceEvent, 0, len(tr.events)+len(tr.tasks)+2)
	events = append(events, traceEvent{Name: "process_name", Ph: "M", Pid: 1, Args: map[string]any{"name": "asyncio"}},
		traceEvent{Name: "thread_name", Ph: "M", Pid: 1, Args: map[string]any{"name": "event loop"}})
	// A lane is named after its task's name at the end (create_task(name=)
	// renames after creation, set_name later still).
	for i, t := range tr.tasks {
		events = append(events, traceEvent{Name: "thread_name", Ph: "M", Pid: 1, Tid: i + 1, Args: map[string]any{"name": t.GetName()}})
	}
	events = append(events, tr.events...)
	data, err := json.MarshalIndent(map[string]any{"traceEvents": events, "displayTimeUnit": "ms"}, "", " ")
	if err == nil {
		err = os.WriteFile(tr.prefix+".json", append(data, '\n'), 0o644)
	}
	if err == nil {
		err = os.WriteFile(tr.prefix+".html", []byte(strings.Replace(traceHTML, "/*TRACE*/null", string(data), 1)), 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pyasync2go: writing the trace: %v\n", err)
	}
}

// traceHTML draws the trace as lanes: one row per task, a mark per step at
// its time, the step's details on hover, and a line from a task to the
// task it awaits. It needs no network.
const traceHTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>pyasync2go schedule</title>
<style>
body{font:13px system-ui,sans-serif;margin:16px;color:#222}
#lanes{position:relative}
.lane{position:relative;height:28px;border-bottom:1px solid #ddd}
.name{position:absolute;left:0;width:150px;top:6px;overflow:hidden;white-space:nowrap;font-weight:600}
.track{position:absolute;left:160px;right:10px;top:0;bottom:0}
.mark{position:absolute;top:6px;width:10px;height:16px;margin-left:-5px;border-radius:3px;background:#3b7dd8}
.mark.created{background:#8bc34a;width:6px;margin-left:-3px}
.mark.cancel{background:#e53935}
.mark.cb{background:#999}
#axis{position:relative;margin-left:160px;margin-right:10px;height:20px;color:#666}
.tick{position:absolute;top:0;transform:translateX(-50%);white-space:nowrap}
svg{position:absolute;left:0;top:0;pointer-events:none}
</style></head><body>
<h1>Schedule</h1>
<p id="summary"></p>
<div id="lanes"></div>
<div id="axis"></div>
<script>
const trace = /*TRACE*/null;
const ev = trace.traceEvents;
const names = {};
for (const e of ev) if (e.ph === "M" && e.name === "thread_name") names[e.tid] = e.args.name;
const times = ev.filter(e => e.ph !== "M").map(e => e.ts);
const t0 = Math.min(0, ...times), t1 = Math.max(1, ...times);
const x = ts => (100 * (ts - t0) / (t1 - t0)) + "%";
const lanesEl = document.getElementById("lanes");
const tracks = {};
for (const tid of Object.keys(names).map(Number).sort((a, b) => a - b)) {
  const lane = document.createElement("div"); lane.className = "lane"; lane.dataset.tid = tid;
  const name = document.createElement("div"); name.className = "name"; name.textContent = names[tid];
  const track = document.createElement("div"); track.className = "track";
  lane.append(name, track); lanesEl.append(lane); tracks[tid] = track;
}
const fmt = ts => (ts / 1e6).toFixed(6).replace(/0+$/, "").replace(/\.$/, "") + " s";
let steps = 0;
const begins = {};
function mark(tid, ts, cls, title) {
  const m = document.createElement("div"); m.className = "mark " + cls; m.style.left = x(ts); m.title = title;
  tracks[tid].append(m); return m;
}
for (const e of ev) {
  if (e.ph === "B") begins[e.tid] = e;
  else if (e.ph === "E") {
    steps++;
    const detail = Object.entries(e.args || {}).map(([k, v]) => k + ": " + v).join(", ");
    mark(e.tid, begins[e.tid].ts, "step", names[e.tid] + " step at " + fmt(begins[e.tid].ts) + (detail ? " (" + detail + ")" : ""));
  } else if (e.ph === "i") {
    const cls = e.name === "created" ? "created" : e.name === "cancel requested" ? "cancel" : "cb";
    const detail = Object.entries(e.args || {}).map(([k, v]) => k + ": " + v).join(", ");
    mark(e.tid, e.ts, cls, e.name + " at " + fmt(e.ts) + (detail ? " (" + detail + ")" : ""));
  }
}
const axis = document.getElementById("axis");
for (let i = 0; i <= 4; i++) {
  const t = document.createElement("div"); t.className = "tick"; t.style.left = (25 * i) + "%";
  t.textContent = fmt(t0 + (t1 - t0) * i / 4); axis.append(t);
}
document.getElementById("summary").textContent =
  (Object.keys(names).length - 1) + " tasks, " + steps + " steps, " + fmt(t1 - t0) + " of loop time";
</script></body></html>
`
