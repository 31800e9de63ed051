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

	"github.com/pyasync2go/pyasync2go/rt"
)

// targetRatio is how many times faster than CPython each workload must be.
const targetRatio = 20

type workload struct {
	name, what string
	run        func()
}

var workloads = []workload{
	{"spawn_gather", "gather 100k tasks that each sleep(0)", spawnGather},
	{"yields", "1M sleep(0) yields shared by two tasks", yields},
	{"queue", "Queue(maxsize=100), 1M items producer -> consumer", queue},
	{"lock", "1000 tasks x 200 turns on one Lock", lock},
	{"sleepers", "100k sleepers, distinct deadlines", sleepers},
}

var (
	only       = flag.String("only", "", "run only this workload (and skip the micro measurements)")
	cpuProfile = flag.String("cpuprofile", "", "write a CPU profile of the rt side of the workloads to this file")
)

func main() {
	flag.Parse()
	// The sleepers workload runs on the virtual clock (the other workloads
	// have no timers, so the clock mode does not affect them).
	os.Setenv("PYASYNC2GO_CLOCK", "virtual")
	dir := workloadsDir()

	// The ratio compares CPU seconds: on a shared machine wall time mostly
	// measures the neighbours. Both are printed.
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "workload\tCPython wall s\tCPython cpu s\trt wall s\trt cpu s\tCPython/rt (cpu)\ttarget\t")
	failed := false
	var yieldsCPU float64
	for _, w := range workloads {
		if *only != "" && w.name != *only {
			continue
		}
		pyWall, pyCPU, err := runPython(filepath.Join(dir, w.name+".py"))
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", w.name, err)
			os.Exit(1)
		}
		goWall, goCPU := timeIt(w.run)
		if w.name == "yields" {
			yieldsCPU = goCPU
		}
		ratio := pyCPU / goCPU
		verdict := "ok"
		if ratio < targetRatio {
			verdict = "MISSED"
			failed = true
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.4f\t%.4f\t%.1fx\t%s\t\n", w.name, pyWall, pyCPU, goWall, goCPU, ratio, verdict)
	}
	tw.Flush()
	if *only != "" {
		return
	}
	fmt.Println()
	for _, w := range workloads {
		fmt.Printf("  %-13s %s\n", w.name, w.what)
	}
	fmt.Println()

	pull := iterPullRoundTrip(5_000_000)
	fmt.Printf("bare iter.Pull round trip:    %6.1f ns cpu\n", pull)
	fmt.Printf("sleep(0) yield (yields/1M):  %6.1f ns cpu  (%.1fx the bare switch)\n", yieldsCPU*1e9/1e6, yieldsCPU*1e9/1e6/pull)
	fmt.Printf("memory per pending task:     %6.0f bytes (100k tasks blocked on futures; heap + stacks)\n", bytesPerPendingTask(100_000))
	fmt.Printf("\n%s, %s/%s, GOMAXPROCS=%d\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	if failed {
		fmt.Printf("some workloads are below the %dx target\n", targetRatio)
	}
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

// runPython runs one CPython workload, which prints its own elapsed wall
// and CPU seconds (interpreter start-up excluded).
func runPython(path string) (wall, cpu float64, err error) {
	out, err := exec.Command("python3", path).Output()
	if err != nil {
		return 0, 0, fmt.Errorf("python3 %s: %w", path, err)
	}
	fields := strings.Fields(string(out))
	if len(fields) != 2 {
		return 0, 0, fmt.Errorf("python3 %s: want \"WALL CPU\", got %q", path, out)
	}
	if wall, err = strconv.ParseFloat(fields[0], 64); err == nil {
		cpu, err = strconv.ParseFloat(fields[1], 64)
	}
	return wall, cpu, err
}

// timeIt returns fn's wall and CPU seconds (CPU of the whole process,
// garbage collector threads included).
func timeIt(fn func()) (wall, cpu float64) {
	runtime.GC()
	if *cpuProfile != "" {
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
	return time.Since(start).Seconds(), processCPU() - cpu0
}

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
		loop.CreateTask(rt.NewStepCoro(info, func(co *rt.Coro) any {
			if co.PC == 0 {
				co.StartAwait(f)
			}
			if co.Suspend() {
				co.PC = 1
				return rt.Suspended
			}
			return co.AwaitResult()
		}), nil)
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
