package rt

import (
	"fmt"
	"iter"
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

// TimeTimeNs is time.time_ns(). Under the virtual clock it is the oracle's
// EPOCH * 10**9 + round(monotonic * 10**9), exact in integers (the float
// time() would lose the nanoseconds).
func TimeTimeNs() any {
	initClock()
	if clockState.virtual.Load() {
		return int(clockState.epoch)*1_000_000_000 + nanoseconds(clockState.vnow.Load())
	}
	return int(time.Now().UnixNano())
}

// TimeMonotonicNs is time.monotonic_ns() (and perf_counter_ns()): the
// monotonic clock in integer nanoseconds, rounded half to even as Python's
// round() rounds the oracle's float.
func TimeMonotonicNs() any { return nanoseconds(monotonic()) }

func nanoseconds(seconds float64) int {
	return int(math.RoundToEven(seconds * 1e9))
}

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

// tuple is the struct_time as the 9-tuple it is a subclass of.
func (s *StructTime) tuple() py.Tuple {
	t := s.T
	return py.Tuple{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), s.wday(), s.yday(), s.isdst()}
}

// PyGetItem is st[i] and st[i:j] (a slice is a plain tuple).
func (s *StructTime) PyGetItem(key any) any { return py.GetItem(s.tuple(), key) }

func (s *StructTime) PyLen() int { return 9 }

func (s *StructTime) PyIter() iter.Seq[any] { return py.Iter(s.tuple()) }

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

// strftime is glibc's strftime in the C locale, as CPython's time.strftime calls it: flags
// '_' '-' '0' (padding) '^' (upper case) '#' (swap case), a field width, the E and O
// modifiers, and every conversion glibc knows; an unknown conversion is copied literally.
func strftime(f string, st *StructTime) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		i = strftimeDirective(&b, f, i, st)
	}
	return b.String()
}

// strftimeDirective formats the directive starting at f[start] == '%' and returns the index
// of its last byte.
func strftimeDirective(b *strings.Builder, f string, start int, st *StructTime) int {
	t := st.T
	var pad byte
	upper, swap := false, false
	i := start + 1
flags:
	for ; i < len(f); i++ {
		switch f[i] {
		case '_', '-', '0':
			pad = f[i]
		case '^':
			upper = true
		case '#':
			swap = true
		default:
			break flags
		}
	}
	width := 0
	for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
		width = min(width*10+int(f[i]-'0'), 1<<20)
	}
	var modifier byte
	if i < len(f) && (f[i] == 'E' || f[i] == 'O') {
		modifier = f[i]
		i++
	}
	if i >= len(f) { // a '%' sequence cut by the end of the format is copied as it is
		b.WriteString(f[start:])
		return len(f) - 1
	}
	padTo := func(s string, zeros bool) {
		if n := width - len(s); n > 0 {
			c := " "
			if zeros {
				c = "0"
			}
			b.WriteString(strings.Repeat(c, n))
		}
		b.WriteString(s)
	}
	// text is a name or literal: width pads with spaces (zeros for the '0' flag).
	text := func(s string, lower bool) {
		switch {
		case lower:
			s = strings.ToLower(s)
		case upper:
			s = strings.ToUpper(s)
		}
		padTo(s, pad == '0')
	}
	// number is DO_NUMBER: at least digits digits (zeros; spaces for '_' or spacePad),
	// then the width, padded with zeros unless a flag says otherwise.
	number := func(digits, v int, spacePad bool) {
		p := pad
		if p == 0 {
			p = '0'
			if spacePad {
				p = '_'
			}
		}
		s := strconv.Itoa(v)
		if v < 0 {
			s = s[1:]
		}
		if p != '-' && len(s) < digits {
			c := "0"
			if p == '_' {
				c = " "
			}
			s = strings.Repeat(c, digits-len(s)) + s
		}
		if v < 0 {
			s = "-" + s
		}
		padTo(s, p == '0')
	}
	sub := func(format string) {
		s := strftime(format, st)
		if upper {
			s = strings.ToUpper(s)
		}
		padTo(s, pad == '0')
	}
	c := f[i]
	allowed := modifier == 0 ||
		modifier == 'E' && strings.IndexByte("cnprstuxyzCPRTXYZ%", c) >= 0 ||
		modifier == 'O' && strings.IndexByte("bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%", c) >= 0
	if !allowed {
		text(f[start:i+1], false)
		return i
	}
	hour12 := t.Hour() % 12
	if hour12 == 0 {
		hour12 = 12
	}
	wday, yday := int(t.Weekday()), t.YearDay()-1
	isoYear, isoWeek := t.ISOWeek()
	switch c {
	case 'a', 'A', 'b', 'h', 'B':
		name := weekdayNames[wday]
		if c == 'b' || c == 'h' || c == 'B' {
			name = t.Month().String()
		}
		if c != 'A' && c != 'B' {
			name = name[:3]
		}
		upper = upper || swap // '#' swaps the case of a name: C locale names become upper case
		text(name, false)
	case 'p', 'P':
		ampm := "AM"
		if t.Hour() >= 12 {
			ampm = "PM"
		}
		text(ampm, c == 'P' || swap)
	case 'Z':
		z, _ := t.Zone()
		text(z, swap)
	case 'c':
		sub("%a %b %e %H:%M:%S %Y")
	case 'x', 'D':
		sub("%m/%d/%y")
	case 'X', 'T':
		sub("%H:%M:%S")
	case 'R':
		sub("%H:%M")
	case 'r':
		sub("%I:%M:%S %p")
	case 'F':
		sub("%Y-%m-%d")
	case 'C':
		y := t.Year()
		cent := y / 100
		if y%100 < 0 {
			cent--
		}
		number(1, cent, false)
	case 'y':
		number(2, (t.Year()%100+100)%100, false)
	case 'Y':
		number(1, t.Year(), false)
	case 'G':
		number(1, isoYear, false)
	case 'g':
		number(2, (isoYear%100+100)%100, false)
	case 'V':
		number(2, isoWeek, false)
	case 'U':
		number(2, (yday-wday+7)/7, false)
	case 'W':
		number(2, (yday-(wday-1+7)%7+7)/7, false)
	case 'j':
		number(3, yday+1, false)
	case 'm':
		number(2, int(t.Month()), false)
	case 'd':
		number(2, t.Day(), false)
	case 'e':
		number(2, t.Day(), true)
	case 'H':
		number(2, t.Hour(), false)
	case 'k':
		number(2, t.Hour(), true)
	case 'I':
		number(2, hour12, false)
	case 'l':
		number(2, hour12, true)
	case 'M':
		number(2, t.Minute(), false)
	case 'S':
		number(2, t.Second(), false)
	case 'u':
		number(1, (wday+6)%7+1, false)
	case 'w':
		number(1, wday, false)
	case 's':
		number(1, int(t.Unix()), true)
	case 'z':
		_, off := t.Zone()
		sign := "+"
		if off < 0 {
			sign, off = "-", -off
		}
		text(sign, false)
		off /= 60
		number(4, off/60*100+off%60, false)
	case 'n':
		text("\n", false)
	case 't':
		text("\t", false)
	case '%':
		text("%", false)
	default:
		text(f[start:i+1], false)
	}
	return i
}
