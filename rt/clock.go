package rt

import (
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// defaultEpoch is the contract's virtual wall-clock origin (2021-02-01T17:30:05Z).
const defaultEpoch = 1612200605

// clockState is process-wide because CPython's time module is: every loop and
// every thread reads the same monotonic clock.
var clockState struct {
	once sync.Once
	// mu serialises writers; readers (every loop iteration reads the
	// clock) only load the atomics.
	mu      sync.Mutex
	virtual atomic.Bool
	vnow    atomicFloat
	epoch   float64
	start   time.Time
	// lastReal is the last real monotonic reading handed out.
	lastReal atomicFloat
}

type atomicFloat struct{ bits atomic.Uint64 }

func (f *atomicFloat) Load() float64   { return math.Float64frombits(f.bits.Load()) }
func (f *atomicFloat) Store(v float64) { f.bits.Store(math.Float64bits(v)) }

func initClock() {
	clockState.once.Do(func() {
		clockState.start = time.Now()
		clockState.epoch = defaultEpoch
		if os.Getenv("PYASYNC2GO_CLOCK") == "virtual" {
			clockState.virtual.Store(true)
		}
		if e := os.Getenv("PYASYNC2GO_EPOCH"); e != "" {
			if v, err := strconv.ParseFloat(e, 64); err == nil {
				clockState.epoch = v
			}
		}
	})
}

// setVirtualClock switches the clock mode; tests use it to run both contracts
// in one process. It resets virtual time to 0.
func setVirtualClock(virtual bool) {
	initClock()
	clockState.mu.Lock()
	clockState.virtual.Store(virtual)
	clockState.vnow.Store(0)
	clockState.mu.Unlock()
}

func clockIsVirtual() bool {
	initClock()
	return clockState.virtual.Load()
}

// monotonic is time.monotonic(): seconds since process start on the real
// clock (the origin is unobservable in CPython too), virtual seconds otherwise.
func monotonic() float64 {
	initClock()
	if clockState.virtual.Load() {
		return clockState.vnow.Load()
	}
	// Strictly increasing, as CPython's ns clock is in practice (L6):
	// successive call_later deadlines must never tie.
	now := time.Since(clockState.start).Seconds()
	for {
		old := clockState.lastReal.bits.Load()
		next := now
		if last := math.Float64frombits(old); next <= last {
			next = math.Nextafter(last, math.Inf(1))
		}
		if clockState.lastReal.bits.CompareAndSwap(old, math.Float64bits(next)) {
			return next
		}
	}
}

// advanceVirtualTo jumps the virtual clock forward (never backward): the
// contract says an idle loop moves exactly to the earliest deadline.
func advanceVirtualTo(t float64) {
	clockState.mu.Lock()
	if t > clockState.vnow.Load() {
		clockState.vnow.Store(t)
	}
	clockState.mu.Unlock()
}

func wallTime() float64 {
	initClock()
	if clockState.virtual.Load() {
		return clockState.epoch + clockState.vnow.Load()
	}
	return float64(time.Now().UnixNano()) / 1e9
}

func toSeconds(v any, fname string) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	case int64:
		return float64(x)
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		return f
	}
	// Anything else fails where CPython's source first uses it.
	switch fname {
	case "call_later", "timeout", "wait", "as_completed": // loop.time() + delay
		if v == nil && fname == "call_later" {
			panic(py.New(py.TypeError, "delay must not be None"))
		}
		py.Add(0.0, v)
	case "wait_for": // if timeout <= 0
		py.LtE(v, 0)
	case "timeout_at", "reschedule": // if when <= loop.time()
		py.LtE(v, 0.0)
	}
	panic(py.New(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", pyTypeName(v))))
}

// TimeTime is time.time().
func TimeTime() float64 { return wallTime() }

// TimeMonotonic is time.monotonic().
func TimeMonotonic() float64 { return monotonic() }

// TimePerfCounter is time.perf_counter(); same clock as monotonic, as on Linux.
func TimePerfCounter() float64 { return monotonic() }

// TimeProcessTime is time.process_time(): CPU seconds of the process (user
// + system). It is real under the virtual clock too, as in the oracle.
func TimeProcessTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// TimeSleep is the blocking time.sleep(secs): it stalls the whole loop, and
// under the virtual clock it is the only way running code spends time.
func TimeSleep(secs any) {
	d := toSeconds(secs, "sleep")
	if math.IsNaN(d) {
		panic(py.New(py.ValueError, "Invalid value NaN (not a number)"))
	}
	if d < 0 {
		panic(py.New(py.ValueError, "sleep length must be non-negative"))
	}
	initClock()
	if clockState.virtual.Load() {
		clockState.mu.Lock()
		clockState.vnow.Store(clockState.vnow.Load() + d)
		clockState.mu.Unlock()
		return
	}
	time.Sleep(time.Duration(d * 1e9))
}

// StructTime is time.struct_time for the local zone named by TZ.
type StructTime struct{ T time.Time }

func localZone() *time.Location {
	if tz := os.Getenv("TZ"); tz != "" {
		if loc, err := time.LoadLocation(strings.TrimPrefix(tz, ":")); err == nil {
			return loc
		}
		return time.UTC
	}
	return time.Local
}

func instant(secs any) time.Time {
	var s float64
	if secs == nil {
		s = wallTime()
	} else {
		s = toSeconds(secs, "localtime")
	}
	sec := math.Floor(s)
	return time.Unix(int64(sec), int64((s-sec)*1e9)).In(localZone())
}

// TimeLocaltime is time.localtime(secs); secs nil means now.
func TimeLocaltime(secs any) any { return &StructTime{T: instant(secs)} }

// TimeCtime is time.ctime(secs).
func TimeCtime(secs any) string {
	t := instant(secs)
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", t.Weekday().String()[:3], t.Month().String()[:3], t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}

func (s *StructTime) yday() int { return s.T.YearDay() }

// wday follows Python: Monday is 0.
func (s *StructTime) wday() int { return (int(s.T.Weekday()) + 6) % 7 }

func (s *StructTime) isdst() int {
	if s.T.IsDST() {
		return 1
	}
	return 0
}

func (s *StructTime) PyRepr() string {
	t := s.T
	return fmt.Sprintf("time.struct_time(tm_year=%d, tm_mon=%d, tm_mday=%d, tm_hour=%d, tm_min=%d, tm_sec=%d, tm_wday=%d, tm_yday=%d, tm_isdst=%d)",
		t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), s.wday(), s.yday(), s.isdst())
}

func (s *StructTime) PyGetAttr(name string) (any, bool) {
	t := s.T
	switch name {
	case "tm_year":
		return t.Year(), true
	case "tm_mon":
		return int(t.Month()), true
	case "tm_mday":
		return t.Day(), true
	case "tm_hour":
		return t.Hour(), true
	case "tm_min":
		return t.Minute(), true
	case "tm_sec":
		return t.Second(), true
	case "tm_wday":
		return s.wday(), true
	case "tm_yday":
		return s.yday(), true
	case "tm_isdst":
		return s.isdst(), true
	case "tm_zone":
		z, _ := t.Zone()
		return z, true
	}
	return nil, false
}

// TimeStrftime is time.strftime(format, t); t nil means localtime().
func TimeStrftime(format any, t any) string {
	f, ok := format.(string)
	if !ok {
		panic(py.New(py.TypeError, fmt.Sprintf("strftime() argument 1 must be str, not %s", pyTypeName(format))))
	}
	var st *StructTime
	switch x := t.(type) {
	case nil:
		st = &StructTime{T: instant(nil)}
	case *StructTime:
		st = x
	case py.Tuple:
		if len(x) != 9 {
			panic(py.New(py.TypeError, fmt.Sprintf("time.struct_time() takes a 9-sequence (%d-sequence given)", len(x))))
		}
		f := make([]int, 6)
		for i := range f {
			n, ok := x[i].(int)
			if !ok {
				panic(py.New(py.TypeError, "'"+pyTypeName(x[i])+"' object cannot be interpreted as an integer"))
			}
			f[i] = n
		}
		st = &StructTime{T: time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, localZone())}
	default:
		panic(py.New(py.TypeError, "Tuple or struct_time argument required"))
	}
	return strftime(f, st)
}

var weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func strftime(f string, st *StructTime) string {
	t := st.T
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 == len(f) {
			b.WriteByte(c)
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'X', 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", t.Hour(), t.Minute())
		case 'x', 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
		case 'c':
			b.WriteString(fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", t.Weekday().String()[:3], t.Month().String()[:3], t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year()))
		case 'a':
			b.WriteString(weekdayNames[t.Weekday()][:3])
		case 'A':
			b.WriteString(weekdayNames[t.Weekday()])
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", st.wday()+1)
		case 'Z':
			z, _ := t.Zone()
			b.WriteString(z)
		case 'z':
			_, off := t.Zone()
			sign := '+'
			if off < 0 {
				sign = '-'
				off = -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off%3600/60)
		case 's':
			fmt.Fprintf(&b, "%d", t.Unix())
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}
