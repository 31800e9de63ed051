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
	run        func()
}

var workloads = []workload{
	{"spawn_gather", "gather 100k tasks that each sleep(0)", spawnGather},
	{"yields", "1M sleep(0) yields shared by two tasks", yields},
	{"queue", "Queue(maxsize=100), 1M items producer -> consumer", queue},
	{"lock", "1000 tasks x 200 turns on one Lock", lock},
	{"sleepers", "100k sleepers, distinct deadlines", sleepers},
	{"objects", "2000 objects with a Lock each, 100k method-call moves", objects},
}

var (
	only       = flag.String("only", "", "run only this workload (and skip the micro measurements)")
	cpuProfile = flag.String("cpuprofile", "", "write a CPU profile of the rt side of the workloads to this file")
	runs       = flag.Int("runs", 5, "runs of each workload per process: the first is cold, the best of the rest is warm")
	generated  = flag.Bool("generated", true, "also translate the .py workloads with pyasync2go and time the generated programs")
)

// sample is one run: wall and CPU seconds.
type sample struct {
	wall, cpu float64
	// faults: page faults (first touches of memory, fresh or handed back
	// to the OS by the scavenger) during the run; rt side only.
	faults int64
}

// coldWarm splits a process's runs: the first one ran on a cold heap; warm
// is the best CPU time of the others (the first one when there is no other).
func coldWarm(s []sample) (cold, warm sample) {
	cold, warm = s[0], s[0]
	for i, x := range s[1:] {
		if i == 0 || x.cpu < warm.cpu {
			warm = x
		}
	}
	return cold, warm
}

func main() {
	flag.Parse()
	if *runs < 1 {
		*runs = 1
	}
	// The sleepers workload runs on the virtual clock (the other workloads
	// have no timers, so the clock mode does not affect them). CPython
	// ignores the variable; its sleepers really sleep, which costs no CPU.
	os.Setenv("PYASYNC2GO_CLOCK", "virtual")
	// The rt side runs under the collector setting every generated program
	// gets from rt.Main (the generated side gets it from rt.Main itself).
	rt.UseProgramGC()
	dir := workloadsDir()

	var genBin string
	if *generated {
		bin, cleanup, err := buildGenerated(dir)
		if err != nil {
			fmt.Fprintf(os.Stderr, "building the generated workloads: %v\n", err)
			os.Exit(1)
		}
		defer cleanup()
		genBin = bin
	}

	// Ratios compare CPU seconds (user + system of the whole process, GC
	// threads included): on a shared machine wall time mostly measures the
	// neighbours.
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "workload\tCPython cpu s\trt cpu s\tCPython/rt\t"
	if genBin != "" {
		head += "generated cpu s\tCPython/generated\t"
	}
	fmt.Fprintln(tw, head)
	var missed []string
	var yieldsCPU float64
	var coldGrowth []string
	touch := freshMemoryCost(64 << 20)
	for _, w := range workloads {
		if *only != "" && w.name != *only {
			continue
		}
		py, err := runTimed(exec.Command("python3", filepath.Join(dir, w.name+".py"), strconv.Itoa(*runs)))
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", w.name, err)
			os.Exit(1)
		}
		var goRuns []sample
		for range *runs {
			goRuns = append(goRuns, timeIt(w.run))
		}
		var gen []sample
		if genBin != "" {
			if gen, err = runTimed(exec.Command(genBin, w.name, strconv.Itoa(*runs))); err != nil {
				fmt.Fprintf(os.Stderr, "%s (generated): %v\n", w.name, err)
				os.Exit(1)
			}
		}
		pyCold, pyWarm := coldWarm(py)
		goCold, goWarm := coldWarm(goRuns)
		if mb := float64(goCold.faults*pageSize) / (1 << 20); mb >= 1 {
			coldGrowth = append(coldGrowth, fmt.Sprintf("  %-13s %5.0f MB touched first, about %.3f s of its %.3f s cold CPU", w.name, mb, float64(goCold.faults*pageSize)*touch/1e9, goCold.cpu))
		}
		if w.name == "yields" {
			yieldsCPU = goWarm.cpu
		}
		check := func(what string, ratio float64) string {
			if ratio < targetRatio {
				missed = append(missed, fmt.Sprintf("%s %s %.1fx", w.name, what, ratio))
				return fmt.Sprintf("%.1fx!", ratio)
			}
			return fmt.Sprintf("%.1fx", ratio)
		}
		genCold, genWarm := sample{}, sample{}
		if gen != nil {
			genCold, genWarm = coldWarm(gen)
		}
		for _, c := range []struct {
			label       string
			py, rt, gen sample
		}{{"cold", pyCold, goCold, genCold}, {"warm", pyWarm, goWarm, genWarm}} {
			row := fmt.Sprintf("%s %s\t%.3f\t%.4f\t%s\t", w.name, c.label, c.py.cpu, c.rt.cpu, check("rt "+c.label, c.py.cpu/c.rt.cpu))
			if gen != nil {
				row += fmt.Sprintf("%.4f\t%s\t", c.gen.cpu, check("generated "+c.label, c.py.cpu/c.gen.cpu))
			}
			fmt.Fprintln(tw, row)
		}
	}
	tw.Flush()
	if *only != "" {
		return
	}
	fmt.Println()
	for _, w := range workloads {
		fmt.Printf("  %-13s %s\n", w.name, w.what)
	}
	fmt.Printf(`
cold: the first run in a fresh process; warm: the best of the next %d in the
same process. rt: the workload written against rt's API as codegen lowers it
(workloads.go); generated: the .py translated by pyasync2go and built.
"!" marks a ratio below the %dx target.
`, *runs-1, targetRatio)
	if len(coldGrowth) > 0 {
		fmt.Printf("\nrt cold runs' page faults (at %.1f ns per byte of first touch):\n%s\n", touch, strings.Join(coldGrowth, "\n"))
	}
	fmt.Println()

	pull := iterPullRoundTrip(5_000_000)
	fmt.Printf("bare iter.Pull round trip:    %6.1f ns cpu\n", pull)
	fmt.Printf("sleep(0) yield (yields/1M):  %6.1f ns cpu  (%.1fx the bare switch; rt warm)\n", yieldsCPU*1e9/1e6, yieldsCPU*1e9/1e6/pull)
	fmt.Printf("memory per pending task:     %6.0f bytes (100k tasks blocked on futures; heap + stacks)\n", bytesPerPendingTask(100_000))
	fmt.Printf("first touch of fresh memory: %6.1f ns per byte (cold runs pay it for every byte they grow the heap by)\n", touch)
	fmt.Printf("\n%s, %s/%s, GOMAXPROCS=%d\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	if len(missed) > 0 {
		fmt.Printf("below the %dx target: %s\n", targetRatio, strings.Join(missed, "; "))
	}
}

// buildGenerated translates every workload with pyasync2go and builds them
// into one binary (driver.BuildMany: `bin NAME [args]` runs workload NAME).
func buildGenerated(dir string) (bin string, cleanup func(), err error) {
	progs := map[string][]byte{}
	for _, w := range workloads {
		path := filepath.Join(dir, w.name+".py")
		src, err := os.ReadFile(path)
		if err != nil {
			return "", nil, err
		}
		goSrc, diags := driver.Translate(path, src, codegen.Options{Package: w.name})
		if diags.HasErrors() {
			return "", nil, fmt.Errorf("%s: %v", path, diags)
		}
		progs[w.name] = goSrc
	}
	ws, err := driver.NewWorkspace("")
	if err != nil {
		return "", nil, err
	}
	tmp, err := os.MkdirTemp("", "pyasync2go-bench")
	if err != nil {
		return "", nil, err
	}
	bin = filepath.Join(tmp, "workloads")
	if err := ws.BuildMany(progs, bin); err != nil {
		os.RemoveAll(tmp)
		return "", nil, err
	}
	return bin, func() { os.RemoveAll(tmp) }, nil
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

// runTimed runs a workload program (CPython or generated), which prints
// one "WALL CPU" line per run, timed inside the program (start-up excluded).
func runTimed(cmd *exec.Cmd) ([]sample, error) {
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", strings.Join(cmd.Args, " "), err)
	}
	var samples []sample
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return nil, fmt.Errorf("%s: want \"WALL CPU\" lines, got %q", strings.Join(cmd.Args, " "), out)
		}
		wall, err1 := strconv.ParseFloat(fields[0], 64)
		cpu, err2 := strconv.ParseFloat(fields[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s: bad line %q", strings.Join(cmd.Args, " "), line)
		}
		samples = append(samples, sample{wall: wall, cpu: cpu})
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("%s printed nothing", strings.Join(cmd.Args, " "))
	}
	return samples, nil
}

// timeIt returns fn's wall and CPU seconds (CPU of the whole process,
// garbage collector threads included).
func timeIt(fn func()) sample {
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
	faults0 := minorFaults()
	cpu0 := processCPU()
	start := time.Now()
	fn()
	return sample{wall: time.Since(start).Seconds(), cpu: processCPU() - cpu0, faults: minorFaults() - faults0}
}

const pageSize = 4096

func minorFaults() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return ru.Minflt
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
