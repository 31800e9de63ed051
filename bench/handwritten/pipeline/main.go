// Command pipeline is bench/workloads/pipeline.py written by hand in Go on
// top of package rt, the way a Go programmer would: typed locals, strings
// and strconv from the standard library, a map with a key slice for the
// dict's insertion order, and the producer and consumer as step coroutines
// around rt's Queue. It prints what the .py prints (one "WALL CPU" line per
// run on stdout, the result on stderr), so the bench can put it beside the
// generated program: it is the target the generated code is measured
// against (issue 12: within 1.5x).
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/pyasync2go/pyasync2go/rt"
)

const n = 200_000

var levels = []string{"INFO", "WARN", "ERROR", "DEBUG"}

var (
	mainInfo     = &rt.CoroInfo{Name: "main", QualName: "main", File: "pipeline.go", Line: 1}
	producerInfo = &rt.CoroInfo{Name: "producer", QualName: "producer", File: "pipeline.go", Line: 2}
	consumerInfo = &rt.CoroInfo{Name: "consumer", QualName: "consumer", File: "pipeline.go", Line: 3}
)

// stats is a dict[str, int]: a map plus the keys in insertion order.
type stats struct {
	counts map[string]int
	order  []string
}

func (s *stats) add(key string, by int) {
	if _, ok := s.counts[key]; !ok {
		s.order = append(s.order, key)
	}
	s.counts[key] += by
}

func producer(q *rt.Queue) *rt.Coro {
	i := 0
	return rt.NewStepCoro(producerInfo, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		case 2:
			goto resume2
		}
	loop:
		if i >= n {
			co.StartQueuePut(q, nil)
			goto resume2
		}
		co.StartQueuePut(q, "level="+levels[i%4]+" user=u"+strconv.Itoa(i%101)+" path=/api/items/"+strconv.Itoa(i%37)+
			" status="+strconv.Itoa(200+i%3*100)+" bytes="+strconv.Itoa(i*7%5000))
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		co.AwaitResult()
		i++
		goto loop
	resume2:
		if co.Suspend() {
			co.PC = 2
			return rt.Suspended
		}
		co.AwaitResult()
		return nil
	})
}

func consumer(q *rt.Queue, st *stats, total *int) *rt.Coro {
	return rt.NewStepCoro(consumerInfo, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		}
	loop:
		co.StartQueueGet(q)
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		if line, ok := co.AwaitResult().(string); ok {
			for _, field := range strings.Split(line, " ") {
				key, value, _ := strings.Cut(field, "=")
				switch {
				case key == "bytes":
					v, err := strconv.Atoi(value)
					if err != nil {
						panic(err)
					}
					*total += v
				case key == "status" || key == "user" && strings.HasPrefix(value, "u1"):
					st.add(value, 1)
				case key == "level":
					if _, ok := st.counts[value]; ok {
						st.counts[value]++
					}
				}
			}
			goto loop
		}
		return nil
	})
}

func run() string {
	st := &stats{counts: map[string]int{"ERROR": 0}, order: []string{"ERROR"}}
	var total int
	rt.Run(rt.NewStepCoro(mainInfo, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		}
		{
			q := rt.NewQueue(100)
			co.StartAwait(rt.Gather([]any{producer(q), consumer(q, st, &total)}, false))
		}
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		co.AwaitResult()
		return nil
	}), nil)
	var b strings.Builder
	b.WriteString(strconv.Itoa(total))
	for _, k := range st.order {
		b.WriteString(" " + k + "=" + strconv.Itoa(st.counts[k]))
	}
	return b.String()
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func main() {
	runs := 1
	if len(os.Args) > 1 {
		var err error
		if runs, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "usage: pipeline [RUNS]")
			os.Exit(2)
		}
	}
	rt.UseProgramGC()
	var result string
	for range runs {
		t0, c0 := time.Now(), cpuSeconds()
		result = run()
		fmt.Printf("%.6f %.6f\n", time.Since(t0).Seconds(), cpuSeconds()-c0)
	}
	fmt.Fprintln(os.Stderr, result)
}
