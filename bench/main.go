package main

import (
	"flag"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/rt"
)

// targetRatio is how many times faster than CPython each workload must be.
const targetRatio = 20

type workload struct {
	name, what string
	// run is the workload written in Go against rt's API (workloads.go),
	// or nil where a hand-written program under bench/handwritten/NAME
	// stands in for it, or where there is none.
	run func()
}

var workloads = []workload{
	{"spawn_gather", "gather 100k tasks that each sleep(0)", spawnGather},
	{"yields", "1M sleep(0) yields shared by two tasks", yields},
	{"queue", "Queue(maxsize=100), 1M items producer -> consumer", queue},
	{"lock", "1000 tasks x 200 turns on one Lock", lock},
	{"sleepers", "100k sleepers, distinct deadlines", sleepers},
	{"objects", "2000 objects with a Lock each, 100k method-call moves", objects},
	{"pipeline", "200k lines over a Queue: split, partition, int(), dict counts", nil},
	{"fib", "fib(27) in each of 8 gathered tasks", fib},
	{"logdeque", "logging (DEBUG filtered, INFO formatted) + deque(maxlen) in 4 workers, 200k jobs", nil},
}

var (
	only       = flag.String("only", "", "run only these workloads (comma-separated; skips the micro measurements)")
	cpuProfile = flag.String("cpuprofile", "", "write a CPU profile of the rt side's last run of a workload to this file (with -only)")
	runs       = flag.Int("runs", 5, "runs of each workload in the warm process: the best of all but the first is warm")
	colds      = flag.Int("colds", 3, "fresh processes per program for the cold figure (the best is reported)")
	generated  = flag.Bool("generated", true, "also translate the .py workloads with pyasync2go and time the generated programs")
	childOf    = flag.String("child", "", "internal: run the rt side of this workload -runs times, printing WALL CPU lines")
)

// sample is one run: wall and CPU seconds, and for a whole process its
// minor page faults (first touches of memory: the heap it grows, the pages
// of the binary it reads).
type sample struct {
	wall, cpu float64
	faults    int64
}

// program is one way of running a workload: argv up to the runs argument.
type program struct {
	label string
	argv  []string
}

// result is what the bench measured of one program.
type result struct {
	cold, warm sample
	ok         bool
}

func main() {
	flag.Parse()
	if *runs < 1 {
		*runs = 1
	}
	// The sleepers workload runs on the virtual clock (the other workloads
	// have no timers, so the clock mode does not affect them). CPython
	// ignores the variable; its sleepers really sleep, which costs no CPU.
	// Children inherit it.
	os.Setenv("PYASYNC2GO_CLOCK", "virtual")
	// The rt side runs under the collector setting every generated program
	// gets from rt.Main (the generated side gets it from rt.Main itself).
	rt.UseProgramGC()
	if *childOf != "" {
		runChild(*childOf)
		return
	}
	dir := workloadsDir()
	selected := map[string]bool{}
	for _, n := range strings.Split(*only, ",") {
		if n != "" {
			selected[n] = true
		}
	}
	var todo []workload
	for _, w := range workloads {
		if len(selected) == 0 || selected[w.name] {
			todo = append(todo, w)
		}
	}
	self, err := os.Executable()
	if err != nil {
		fail(err)
	}
	tmp, err := os.MkdirTemp("", "pyasync2go-bench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	var ws *driver.Workspace
	if *generated {
		if ws, err = driver.NewWorkspace(""); err != nil {
			fail(err)
		}
	}

	touch := freshMemoryCost(64 << 20)
	// Ratios compare CPU seconds (user + system of the whole process, GC
	// threads included): on a shared machine wall time mostly measures the
	// neighbours.
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "workload\tCPython cpu s\tgenerated cpu s\tCPython/generated\tGo on rt cpu s\tCPython/Go\tgenerated/Go\t")
	var missed, faults []string
	var yieldsCPU float64
	for _, w := range todo {
		py := measure(program{"CPython", []string{"python3", filepath.Join(dir, w.name+".py")}})
		var gen, hand result
		if ws != nil {
			bin, err := buildGenerated(ws, dir, w.name, tmp)
			if err != nil {
				fail(err)
			}
			gen = measure(program{"generated", []string{bin}})
		}
		if hw := filepath.Join(filepath.Dir(dir), "handwritten", w.name); isDir(hw) {
			bin := filepath.Join(tmp, w.name+"-handwritten")
			if err := goBuild(hw, bin); err != nil {
				fail(err)
			}
			hand = measure(program{"hand-written", []string{bin}})
		} else if w.run != nil {
			hand = measure(program{"rt", []string{self, "-child", w.name}})
		}
		if w.name == "yields" && hand.ok {
			yieldsCPU = hand.warm.cpu
		}
		check := func(what string, ratio float64) string {
			if ratio < targetRatio {
				missed = append(missed, fmt.Sprintf("%s %s %.1fx", w.name, what, ratio))
				return fmt.Sprintf("%.1fx!", ratio)
			}
			return fmt.Sprintf("%.1fx", ratio)
		}
		for _, c := range []struct {
			label        string
			py, gen, go_ sample
		}{{"cold", py.cold, gen.cold, hand.cold}, {"warm", py.warm, gen.warm, hand.warm}} {
			row := fmt.Sprintf("%s %s\t%.3f\t", w.name, c.label, c.py.cpu)
			if gen.ok {
				row += fmt.Sprintf("%.4f\t%s\t", c.gen.cpu, check("generated "+c.label, c.py.cpu/c.gen.cpu))
			} else {
				row += "-\t-\t"
			}
			if hand.ok {
				row += fmt.Sprintf("%.4f\t%s\t", c.go_.cpu, check("Go on rt "+c.label, c.py.cpu/c.go_.cpu))
			} else {
				row += "-\t-\t"
			}
			if gen.ok && hand.ok {
				row += fmt.Sprintf("%.2fx\t", c.gen.cpu/c.go_.cpu)
			} else {
				row += "-\t"
			}
			fmt.Fprintln(tw, row)
		}
		for _, r := range []struct {
			label string
			res   result
		}{{"CPython", py}, {"generated", gen}, {"Go on rt", hand}} {
			if r.res.ok {
				bytes := float64(r.res.cold.faults * pageSize)
				faults = append(faults, fmt.Sprintf("  %-13s %-10s %7d faults, %4.0f MB, about %.3f s of its %.3f s cold CPU",
					w.name, r.label, r.res.cold.faults, bytes/(1<<20), bytes*touch/1e9, r.res.cold.cpu))
			}
		}
	}
	tw.Flush()
	fmt.Println()
	for _, w := range todo {
		fmt.Printf("  %-13s %s\n", w.name, w.what)
	}
	fmt.Printf(`
cold: the whole process of a fresh run of the program as a user runs it
(start-up included; the best of %d fresh processes, CPU from rusage); warm:
the best of runs 2..%d inside one process, timed by the program itself.
generated: the .py translated by pyasync2go and built; Go on rt: the
workload written by hand in Go on rt's API (bench/handwritten/NAME when it
exists, else workloads.go run in a child process of the bench).
"!" marks a ratio below the %dx target.
`, *colds, *runs, targetRatio)
	fmt.Printf("\ncold processes' minor page faults (at %.1f ns per byte of first touch):\n%s\n", touch, strings.Join(faults, "\n"))
	if len(selected) == 0 {
		fmt.Println()
		micro(yieldsCPU, touch)
	}
	fmt.Printf("\n%s, %s/%s, GOMAXPROCS=%d\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	if len(missed) > 0 {
		fmt.Printf("below the %dx target: %s\n", targetRatio, strings.Join(missed, "; "))
	}
}

func micro(yieldsCPU, touch float64) {
	pull := iterPullRoundTrip(5_000_000)
	fmt.Printf("bare iter.Pull round trip:    %6.1f ns cpu\n", pull)
	if yieldsCPU > 0 {
		fmt.Printf("sleep(0) yield (yields/1M):  %6.1f ns cpu  (%.1fx the bare switch; rt warm)\n", yieldsCPU*1e9/1e6, yieldsCPU*1e9/1e6/pull)
	}
	fmt.Printf("memory per pending task:     %6.0f bytes (100k tasks blocked on futures; heap + stacks)\n", bytesPerPendingTask(100_000))
	fmt.Printf("first touch of fresh memory: %6.1f ns per byte (cold runs pay it for every byte they grow the heap by)\n", touch)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// runChild is `bench -child NAME`: the rt side of a workload in a process
// of its own, so that its cold run is as fresh as the other programs'.
func runChild(name string) {
	for _, w := range workloads {
		if w.name == name && w.run != nil {
			for i := range *runs {
				s := timeIt(w.run, i == *runs-1)
				fmt.Printf("%.6f %.6f\n", s.wall, s.cpu)
			}
			return
		}
	}
	fail(fmt.Errorf("no rt side for workload %q", name))
}

// measure runs p cold (-colds fresh processes with one run each: whole
// process CPU and faults from rusage) and warm (one process with -runs
// runs: the best of all but the first, as the program timed them).
// CPython runs first; the generated and hand-written programs' stderr
// (the workload's result) must then equal CPython's. (The rt side of
// workloads.go prints no result.)
func measure(p program) result {
	var r result
	check := func(n int, errOut string) {
		switch p.label {
		case "CPython":
			pyStderr[n] = errOut
		case "generated", "hand-written":
			if errOut != pyStderr[n] {
				fail(fmt.Errorf("%s printed %q on stderr, CPython %q", strings.Join(p.argv, " "), errOut, pyStderr[n]))
			}
		}
	}
	for i := range *colds {
		s, _, errOut := runProcess(p, 1)
		if i == 0 || s.cpu < r.cold.cpu {
			r.cold = s
		}
		check(1, errOut)
	}
	_, lines, errOut := runProcess(p, *runs)
	check(*runs, errOut)
	r.warm = lines[0]
	for i, x := range lines[1:] {
		if i == 0 || x.cpu < r.warm.cpu {
			r.warm = x
		}
	}
	r.ok = true
	return r
}

// pyStderr is the current workload's CPython stderr by run count: the
// other programs must print the same.
var pyStderr = map[int]string{}

// runProcess runs p with the runs argument: the process's own rusage, the
// "WALL CPU" lines it printed, and its stderr.
func runProcess(p program, n int) (sample, []sample, string) {
	args := append(append([]string(nil), p.argv[1:]...), strconv.Itoa(n))
	if p.label == "rt" { // the bench itself: flags, not a runs argument
		args = append([]string{"-runs", strconv.Itoa(n), "-cpuprofile", *cpuProfile}, p.argv[1:]...)
	}
	cmd := exec.Command(p.argv[0], args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		fail(fmt.Errorf("%s: %w\n%s", strings.Join(cmd.Args, " "), err, stderr.String()))
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	whole := sample{
		cpu:    time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds(),
		faults: ru.Minflt,
	}
	var lines []sample
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) != 2 {
			fail(fmt.Errorf("%s: want \"WALL CPU\" lines, got %q", strings.Join(cmd.Args, " "), out))
		}
		wall, err1 := strconv.ParseFloat(fields[0], 64)
		cpu, err2 := strconv.ParseFloat(fields[1], 64)
		if err1 != nil || err2 != nil {
			fail(fmt.Errorf("%s: bad line %q", strings.Join(cmd.Args, " "), line))
		}
		lines = append(lines, sample{wall: wall, cpu: cpu})
	}
	if len(lines) != n {
		fail(fmt.Errorf("%s printed %d runs, want %d", strings.Join(cmd.Args, " "), len(lines), n))
	}
	return whole, lines, stderr.String()
}

// buildGenerated translates workload name with pyasync2go and builds it
// into its own binary, as `pyasync2go build` would.
func buildGenerated(ws *driver.Workspace, dir, name, tmp string) (string, error) {
	path := filepath.Join(dir, name+".py")
	src, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	goSrc, diags := driver.Translate(path, src, codegen.Options{})
	if diags.HasErrors() {
		return "", fmt.Errorf("%s: %v", path, diags)
	}
	bin := filepath.Join(tmp, name)
	return bin, ws.BuildProgram(goSrc, bin)
}

// goBuild builds the hand-written program in dir (a package of this module).
func goBuild(dir, out string) error {
	cmd := exec.Command("go", "build", "-o", out, ".")
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func workloadsDir() string {
	_, file, _, ok := runtime.Caller(0)
	if ok {
		if d := filepath.Join(filepath.Dir(file), "workloads"); isDir(d) {
			return d
		}
	}
	return filepath.Join("bench", "workloads")
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// timeIt returns fn's wall and CPU seconds (CPU of the whole process,
// garbage collector threads included); profile writes -cpuprofile.
func timeIt(fn func(), profile bool) sample {
	runtime.GC()
	if profile && *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			panic(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			panic(err)
		}
		defer pprof.StopCPUProfile()
	}
	cpu0 := processCPU()
	start := time.Now()
	fn()
	return sample{wall: time.Since(start).Seconds(), cpu: processCPU() - cpu0}
}

const pageSize = 4096

func processCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// iterPullRoundTrip is the floor for a task switch: CPU ns per bare
// next/yield round trip of an iter.Pull coroutine.
func iterPullRoundTrip(n int) float64 {
	next, stop := iter.Pull(func(yield func(struct{}) bool) {
		for yield(struct{}{}) {
		}
	})
	defer stop()
	next()
	cpu0 := processCPU()
	for range n {
		next()
	}
	return (processCPU() - cpu0) * 1e9 / float64(n)
}

// freshMemoryCost is the CPU cost per byte of touching memory the process
// never used before (page faults): the floor under a cold run's allocations.
func freshMemoryCost(size int) float64 {
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return 0
	}
	defer syscall.Munmap(b)
	cpu0 := processCPU()
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	return (processCPU() - cpu0) * 1e9 / float64(size)
}

// bytesPerPendingTask measures heap + stack held by n started tasks, each
// blocked on its own future, then lets them finish.
func bytesPerPendingTask(n int) float64 {
	loop := rt.NewEventLoop()
	rt.SetEventLoop(loop)
	defer rt.SetEventLoop(nil)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	futs := make([]*rt.Future, n)
	info := coroInfo("blocked", 1)
	for i := range futs {
		f := loop.CreateFuture()
		futs[i] = f
		coro := rt.NewStepCoro(info, func(co *rt.Coro) any {
			if co.PC == 0 {
				co.StartAwait(f)
			}
			if co.Suspend() {
				co.PC = 1
				return rt.Suspended
			}
			return co.AwaitResult()
		})
		loop.CreateTask(coro, nil)
	}
	loop.Stop()
	loop.RunForever() // one iteration: every task starts and blocks
	runtime.GC()
	runtime.ReadMemStats(&after)
	used := float64((after.HeapInuse + after.StackInuse) - (before.HeapInuse + before.StackInuse))
	for _, f := range futs {
		f.SetResult(nil)
	}
	for range 2 {
		loop.Stop()
		loop.RunForever()
	}
	loop.Close()
	return used / float64(n)
}
