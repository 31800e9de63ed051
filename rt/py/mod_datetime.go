package py

import (
	"math"
	"math/big"
	"strings"
	"time"
)

// The datetime module, as Modules/_datetimemodule.c behaves (messages
// included). Its classes are builtin classes in the one class model: each
// has a namespace of Go methods, so operators, comparisons, hashing,
// attribute reads and isinstance go through the machinery user classes
// use. An instance keeps its Go value in a hidden slot (dtSlot). Class.Name
// is CPython's tp_name ("datetime.date"), which its messages print;
// dtTypeNames gives __name__.
//
// The clock, the local zone and strftime come from package rt (the clock
// contract) through DatetimeHooks.

// DatetimeHooks connects the module to rt's clock contract: Now is
// time.time(), Zone the local zone (TZ), Strftime glibc's strftime of a
// broken-down local time.
var DatetimeHooks struct {
	Now      func() float64
	Zone     func() *time.Location
	Strftime func(format string, t time.Time) string
}

// dtSlot is the field holding an instance's Go value; no attribute name
// can spell it.
const dtSlot = "\x00datetime"

// The datetime module's classes.
var (
	TimedeltaType, DateType, DatetimeType, TimeType, TzinfoType, TimezoneType *Class
)

// dtTypeNames maps the datetime module's classes to their __name__.
var dtTypeNames = map[*Class]string{}

// dtMethods is one class's namespace under construction.
type dtMethods struct {
	cls   string // tp_name, for messages
	ns    *Dict
	props []string
}

func newDtMethods(cls string) *dtMethods { return &dtMethods{cls: cls, ns: NewDict()} }

// method adds a method taking self first.
func (m *dtMethods) method(name string, fn func(self any, args []any, kw []KW) any) {
	m.ns.Set(name, &Function{Name: name, QualName: m.cls[strings.IndexByte(m.cls, '.')+1:] + "." + name,
		Fn: func(args []any, kw []KW) any {
			if len(args) == 0 {
				panic(New(TypeError, "descriptor '"+name+"' of '"+m.cls+"' object needs an argument"))
			}
			return fn(args[0], args[1:], kw)
		}})
}

// classMethod adds a classmethod.
func (m *dtMethods) classMethod(name string, fn func(cls *Class, args []any, kw []KW) any) {
	m.ns.Set(name, &ClassMethod{Fn: &Function{Name: name, Builtin: true, Fn: func(args []any, kw []KW) any {
		return fn(args[0].(*Class), args[1:], kw)
	}}})
}

// prop adds a read-only attribute.
func (m *dtMethods) prop(name string, get func(self any) any) {
	m.ns.Set(name, &Property{Get: &Function{Name: name, Builtin: true, Fn: func(args []any, kw []KW) any { return get(args[0]) }}})
	m.props = append(m.props, name)
}

// binary adds a binary operator method; fn returns NotImplemented to
// decline.
func (m *dtMethods) binary(name string, fn func(self, other any) any) {
	m.method(name, func(self any, args []any, kw []KW) any {
		arity(name, args, 1, 1)
		return fn(self, args[0])
	})
}

// makeDtClass builds the datetime module's class tp_name with base (nil:
// object).
func makeDtClass(tpName string, base *Class, m *dtMethods) *Class {
	c := makeBuiltinClass("datetime", tpName, base, m)
	dtTypeNames[c] = c.QualName
	return c
}

// makeBuiltinClass builds a class a module of the runtime implements:
// instances hold a Go value in dtSlot, its attributes are read-only
// (unless m sets __setattr__), and programs cannot subclass it.
func makeBuiltinClass(module, tpName string, base *Class, m *dtMethods) *Class {
	name := tpName[strings.IndexByte(tpName, '.')+1:]
	if m.ns.Contains("__setattr__") {
		return newBuiltinClass(module, tpName, name, base, m)
	}
	m.method("__setattr__", func(self any, args []any, kw []KW) any {
		attr, _ := args[0].(string)
		// The message names the base class that defines the attribute
		// (date.year, even on a datetime).
		var definer *Class
		for k := TypeOf(self); k != ObjectType; k = k.Base {
			if v, ok := k.Dict.Get(attr); ok {
				if _, isProp := v.(*Property); isProp {
					definer = k
				}
			}
		}
		if definer != nil {
			panic(New(AttributeError, "attribute '"+attr+"' of '"+definer.Name+"' objects is not writable"))
		}
		panic(noAttr(self, attr))
	})
	return newBuiltinClass(module, tpName, name, base, m)
}

func newBuiltinClass(module, tpName, name string, base *Class, m *dtMethods) *Class {
	var bases Tuple
	if base != nil {
		bases = Tuple{base}
	}
	if base != nil {
		// The module's own subclasses (datetime of date) are allowed.
		saved := base.construct
		base.construct = nil
		defer func() { base.construct = saved }()
	}
	c := MakeClass(tpName, name, bases, m.ns)
	c.Module = module
	// Builtin classes cannot be subclassed by translated programs.
	c.construct = func([]any, []KW) any { panic("unreachable") }
	return c
}

// dtNew makes an instance of c holding v.
func dtNew(c *Class, v any) *Instance {
	o := &Instance{Class: c}
	o.setField(dtSlot, v)
	return o
}

// dtVal is the Go value of a datetime-module instance (nil for others).
func dtVal(x any) any {
	if o, ok := x.(*Instance); ok {
		v, _ := o.getField(dtSlot)
		return v
	}
	return nil
}

// dtBind binds the arguments of a C function parsed with
// PyArg_ParseTupleAndKeywords: names in order, the first nreq required,
// at most npos positional. fname "" is the anonymous "function".
func dtBind(fname string, args []any, kw []KW, names []string, nreq, npos int) []any {
	fn, kwfor := "function", "this function"
	if fname != "" {
		fn, kwfor = fname+"()", fname+"()"
	}
	if len(args) > npos {
		panic(New(TypeError, fn+" takes at most "+itoa(npos)+" argument"+plural(npos)+" ("+itoa(len(args)+len(kw))+" given)"))
	}
	out := make([]any, len(names))
	set := make([]bool, len(names))
	for i, a := range args {
		out[i], set[i] = a, true
	}
	for _, k := range kw {
		i := indexOf(names, k.Name)
		if i < 0 {
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for "+kwfor))
		}
		if set[i] {
			panic(New(TypeError, "argument for "+fn+" given by name ('"+k.Name+"') and position ("+itoa(i+1)+")"))
		}
		out[i], set[i] = k.Value, true
	}
	for i := 0; i < nreq; i++ {
		if !set[i] {
			panic(New(TypeError, fn+" missing required argument '"+names[i]+"' (pos "+itoa(i+1)+")"))
		}
	}
	return out
}

// dtInt is an int argument ("i" format).
func dtInt(x any, def int) int {
	if x == nil {
		return def
	}
	if _, ok := x.(float64); ok {
		panic(New(TypeError, "'float' object cannot be interpreted as an integer"))
	}
	if b, ok := x.(*big.Int); ok {
		if b.Sign() > 0 {
			panic(New(OverflowError, "signed integer is greater than maximum"))
		}
		panic(New(OverflowError, "signed integer is less than minimum"))
	}
	return indexArg(x)
}

// ---- calendar arithmetic (datetime.py's helpers) ----

var daysInMonth = [...]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var daysBeforeMonth = [...]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func monthDays(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return daysInMonth[m]
}

// ymdToOrd is the proleptic Gregorian ordinal (0001-01-01 is 1).
func ymdToOrd(y, m, d int) int {
	py := y - 1
	n := py*365 + py/4 - py/100 + py/400 + daysBeforeMonth[m] + d
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

func ordToYmd(n int) (int, int, int) {
	t := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n-1)
	return t.Year(), int(t.Month()), t.Day()
}

// weekday is Monday 0 .. Sunday 6.
func weekday(y, m, d int) int { return (ymdToOrd(y, m, d) + 6) % 7 }

func checkDate(y, m, d int) {
	if y < 1 || y > 9999 {
		panic(New(ValueError, "year "+itoa(y)+" is out of range"))
	}
	if m < 1 || m > 12 {
		panic(New(ValueError, "month must be in 1..12"))
	}
	if d < 1 || d > monthDays(y, m) {
		panic(New(ValueError, "day is out of range for month"))
	}
}

func checkTime(h, mi, s, us, fold int) {
	switch {
	case h < 0 || h > 23:
		panic(New(ValueError, "hour must be in 0..23"))
	case mi < 0 || mi > 59:
		panic(New(ValueError, "minute must be in 0..59"))
	case s < 0 || s > 59:
		panic(New(ValueError, "second must be in 0..59"))
	case us < 0 || us > 999999:
		panic(New(ValueError, "microsecond must be in 0..999999"))
	case fold != 0 && fold != 1:
		panic(New(ValueError, "fold must be either 0 or 1"))
	}
}

func checkTzinfo(tz any) {
	if tz != nil && !TzinfoType.IsInstance(tz) {
		panic(New(TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '"+TypeName(tz)+"'"))
	}
}

func pad2(n int) string { return leftPad(itoa(n), 2, '0') }

// ---- timedelta ----

// tdVal is a normalised timedelta: 0 <= secs < 86400, 0 <= us < 1e6.
type tdVal struct{ days, secs, us int }

const maxDeltaDays = 999999999

var usPerDay = big.NewInt(86400 * 1000000)

// tdFromUs normalises a microsecond count (microseconds_to_delta_ex).
func tdFromUs(n *big.Int) tdVal {
	days, rem := new(big.Int).DivMod(n, usPerDay, new(big.Int))
	if !days.IsInt64() || days.Int64() > maxDeltaDays || days.Int64() < -maxDeltaDays {
		panic(New(OverflowError, "days="+days.String()+"; must have magnitude <= 999999999"))
	}
	r := rem.Int64()
	return tdVal{int(days.Int64()), int(r / 1000000), int(r % 1000000)}
}

func tdFromParts(days, secs, us int) tdVal {
	n := new(big.Int).Mul(big.NewInt(int64(days)), usPerDay)
	n.Add(n, big.NewInt(int64(secs)*1000000+int64(us)))
	return tdFromUs(n)
}

func (t tdVal) totalUs() *big.Int {
	n := new(big.Int).Mul(big.NewInt(int64(t.days)), usPerDay)
	return n.Add(n, big.NewInt(int64(t.secs)*1000000+int64(t.us)))
}

func (t tdVal) cmp(u tdVal) int {
	switch {
	case t.days != u.days:
		return cmpInt(t.days, u.days)
	case t.secs != u.secs:
		return cmpInt(t.secs, u.secs)
	}
	return cmpInt(t.us, u.us)
}

func (t tdVal) isZero() bool { return t == tdVal{} }

func newTimedelta(t tdVal) *Instance { return dtNew(TimedeltaType, t) }

func asTd(x any) (tdVal, bool) {
	t, ok := dtVal(x).(tdVal)
	return t, ok
}

func (t tdVal) repr() string {
	var parts []string
	if t.days != 0 {
		parts = append(parts, "days="+itoa(t.days))
	}
	if t.secs != 0 {
		parts = append(parts, "seconds="+itoa(t.secs))
	}
	if t.us != 0 {
		parts = append(parts, "microseconds="+itoa(t.us))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)"
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")"
}

func (t tdVal) str() string {
	s := ""
	if t.days != 0 {
		s = itoa(t.days) + " day"
		if t.days != 1 && t.days != -1 {
			s += "s"
		}
		s += ", "
	}
	s += itoa(t.secs/3600) + ":" + pad2(t.secs/60%60) + ":" + pad2(t.secs%60)
	if t.us != 0 {
		s += "." + leftPad(itoa(t.us), 6, '0')
	}
	return s
}

// tdAccum is accum() of delta_new: num times factor microseconds added to
// sofar, float fractions into leftover.
func tdAccum(tag string, sofar *big.Int, num any, factor int64, leftover *float64) {
	switch v := num.(type) {
	case int, bool, *big.Int:
		sofar.Add(sofar, new(big.Int).Mul(toNum(v).big(), big.NewInt(factor)))
		return
	case float64:
		intpart, frac := math.Modf(v)
		sofar.Add(sofar, new(big.Int).Mul(bigFromFloat(intpart), big.NewInt(factor)))
		if frac == 0 {
			return
		}
		ip, fp := math.Modf(float64(factor) * frac)
		sofar.Add(sofar, bigFromFloat(ip))
		*leftover += fp
		return
	}
	panic(New(TypeError, "unsupported type for timedelta "+tag+" component: "+TypeName(num)))
}

func bigFromFloat(f float64) *big.Int {
	if math.IsInf(f, 0) {
		panic(New(OverflowError, "cannot convert float infinity to integer"))
	}
	if math.IsNaN(f) {
		panic(New(ValueError, "cannot convert float NaN to integer"))
	}
	b, _ := big.NewFloat(f).Int(nil)
	return b
}

// roundHalfEven rounds like C's round() then breaks ties to even.
func roundHalfEven(x float64) float64 {
	r := math.Round(x)
	if math.Abs(x-r) == 0.5 {
		r = 2 * math.Round(x/2)
	}
	return r
}

func timedeltaInit(self any, args []any, kw []KW) any {
	names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	a := dtBind("__new__", args, kw, names, 0, 7)
	factors := []int64{86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000}
	x := new(big.Int)
	leftover := 0.0
	// CPython accumulates in this order: us, ms, seconds, minutes, hours, days, weeks.
	for _, i := range []int{2, 3, 1, 4, 5, 0, 6} {
		if a[i] != nil {
			tdAccum(names[i], x, a[i], factors[i], &leftover)
		}
	}
	if leftover != 0 {
		whole := math.Round(leftover)
		if math.Abs(whole-leftover) == 0.5 {
			odd := 0.0
			if x.Bit(0) == 1 {
				odd = 1
			}
			whole = 2*math.Round((leftover+odd)*0.5) - odd
		}
		x.Add(x, big.NewInt(int64(whole)))
	}
	self.(*Instance).setField(dtSlot, tdFromUs(x))
	return nil
}

// tdMulRatio is delta * (num/den) rounded half to even (multiply_truedivide_timedelta).
func tdMulRatio(t tdVal, num, den *big.Int) tdVal {
	n := new(big.Int).Mul(t.totalUs(), num)
	return tdFromUs(divRoundHalfEven(n, den))
}

func divRoundHalfEven(n, d *big.Int) *big.Int {
	if d.Sign() < 0 {
		n, d = new(big.Int).Neg(n), new(big.Int).Neg(d)
	}
	q, r := new(big.Int).DivMod(n, d, new(big.Int))
	r2 := new(big.Int).Lsh(r, 1)
	if c := r2.Cmp(d); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// floatRatio is float.as_integer_ratio.
func floatRatio(f float64) (*big.Int, *big.Int) {
	if math.IsInf(f, 0) {
		panic(New(OverflowError, "cannot convert Infinity to integer ratio"))
	}
	if math.IsNaN(f) {
		panic(New(ValueError, "cannot convert NaN to integer ratio"))
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	return r.Num(), r.Denom()
}

func bigIntArg(x any) (*big.Int, bool) {
	switch x.(type) {
	case int, bool, *big.Int:
		return toNum(x).big(), true
	}
	return nil, false
}

func divZero(msg string) { panic(New(ZeroDivisionError, msg)) }

func initTimedelta() {
	m := newDtMethods("datetime.timedelta")
	m.method("__init__", timedeltaInit)
	m.prop("days", func(s any) any { return dtVal(s).(tdVal).days })
	m.prop("seconds", func(s any) any { return dtVal(s).(tdVal).secs })
	m.prop("microseconds", func(s any) any { return dtVal(s).(tdVal).us })
	m.method("total_seconds", func(s any, args []any, kw []KW) any {
		arity("total_seconds", args, 0, 0)
		n := dtVal(s).(tdVal).totalUs()
		f, _ := new(big.Rat).SetFrac(n, big.NewInt(1000000)).Float64()
		return f
	})
	m.method("__repr__", func(s any, args []any, kw []KW) any { return dtVal(s).(tdVal).repr() })
	m.method("__str__", func(s any, args []any, kw []KW) any { return dtVal(s).(tdVal).str() })
	m.method("__bool__", func(s any, args []any, kw []KW) any { return !dtVal(s).(tdVal).isZero() })
	m.method("__hash__", func(s any, args []any, kw []KW) any {
		t := dtVal(s).(tdVal)
		return Hash(Tuple{"timedelta", t.days, t.secs, t.us})
	})
	m.method("__neg__", func(s any, args []any, kw []KW) any {
		return newTimedelta(tdFromUs(new(big.Int).Neg(dtVal(s).(tdVal).totalUs())))
	})
	m.method("__pos__", func(s any, args []any, kw []KW) any { return s })
	m.method("__abs__", func(s any, args []any, kw []KW) any {
		if dtVal(s).(tdVal).days < 0 {
			return newTimedelta(tdFromUs(new(big.Int).Neg(dtVal(s).(tdVal).totalUs())))
		}
		return s
	})
	tdCmp(m)
	add := func(a, b any) any {
		x, ok1 := asTd(a)
		y, ok2 := asTd(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		return newTimedelta(tdFromUs(new(big.Int).Add(x.totalUs(), y.totalUs())))
	}
	m.binary("__add__", add)
	m.binary("__radd__", add)
	m.binary("__sub__", func(a, b any) any {
		x, _ := asTd(a)
		y, ok := asTd(b)
		if !ok {
			return NotImplemented
		}
		return newTimedelta(tdFromUs(new(big.Int).Sub(x.totalUs(), y.totalUs())))
	})
	m.binary("__rsub__", func(a, b any) any {
		x, _ := asTd(a)
		y, ok := asTd(b)
		if !ok {
			return NotImplemented
		}
		return newTimedelta(tdFromUs(new(big.Int).Sub(y.totalUs(), x.totalUs())))
	})
	mul := func(a, b any) any {
		x, _ := asTd(a)
		if n, ok := bigIntArg(b); ok {
			return newTimedelta(tdFromUs(new(big.Int).Mul(x.totalUs(), n)))
		}
		if f, ok := b.(float64); ok {
			num, den := floatRatio(f)
			return newTimedelta(tdMulRatio(x, num, den))
		}
		return NotImplemented
	}
	m.binary("__mul__", mul)
	m.binary("__rmul__", mul)
	m.binary("__truediv__", func(a, b any) any {
		x, _ := asTd(a)
		if y, ok := asTd(b); ok {
			d := y.totalUs()
			if d.Sign() == 0 {
				divZero("division by zero")
			}
			f, _ := new(big.Rat).SetFrac(x.totalUs(), d).Float64()
			return f
		}
		if n, ok := bigIntArg(b); ok {
			if n.Sign() == 0 {
				divZero("integer division or modulo by zero")
			}
			return newTimedelta(tdFromUs(divRoundHalfEven(x.totalUs(), n)))
		}
		if f, ok := b.(float64); ok {
			num, den := floatRatio(f)
			if num.Sign() == 0 {
				divZero("float division by zero")
			}
			return newTimedelta(tdMulRatio(x, den, num))
		}
		return NotImplemented
	})
	m.binary("__floordiv__", func(a, b any) any {
		x, _ := asTd(a)
		if y, ok := asTd(b); ok {
			d := y.totalUs()
			if d.Sign() == 0 {
				divZero("integer division or modulo by zero")
			}
			return normBig(floorDivBig(x.totalUs(), d))
		}
		if n, ok := bigIntArg(b); ok {
			if n.Sign() == 0 {
				divZero("integer division or modulo by zero")
			}
			return newTimedelta(tdFromUs(floorDivBig(x.totalUs(), n)))
		}
		return NotImplemented
	})
	mod := func(x, y tdVal) *big.Int {
		d := y.totalUs()
		if d.Sign() == 0 {
			divZero("integer modulo by zero")
		}
		q := floorDivBig(x.totalUs(), d)
		return new(big.Int).Sub(x.totalUs(), q.Mul(q, d))
	}
	m.binary("__mod__", func(a, b any) any {
		x, _ := asTd(a)
		y, ok := asTd(b)
		if !ok {
			return NotImplemented
		}
		return newTimedelta(tdFromUs(mod(x, y)))
	})
	m.binary("__divmod__", func(a, b any) any {
		x, _ := asTd(a)
		y, ok := asTd(b)
		if !ok {
			return NotImplemented
		}
		r := mod(x, y)
		return Tuple{normBig(floorDivBig(x.totalUs(), y.totalUs())), newTimedelta(tdFromUs(r))}
	})
	TimedeltaType = makeDtClass("datetime.timedelta", nil, m)
	for name, v := range map[string]tdVal{"min": {-maxDeltaDays, 0, 0}, "max": {maxDeltaDays, 86399, 999999}, "resolution": {0, 0, 1}} {
		TimedeltaType.Dict.Set(name, newTimedelta(v))
	}
	TimedeltaType.buildTable()
}

// tdCmp adds timedelta's comparisons.
func tdCmp(m *dtMethods) {
	for _, op := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		m.binary(op, func(a, b any) any {
			x, _ := asTd(a)
			y, ok := asTd(b)
			if !ok {
				return NotImplemented
			}
			return cmpResult(op, x.cmp(y))
		})
	}
}

func cmpResult(op string, c int) bool {
	switch op {
	case "__eq__":
		return c == 0
	case "__ne__":
		return c != 0
	case "__lt__":
		return c < 0
	case "__le__":
		return c <= 0
	case "__gt__":
		return c > 0
	}
	return c >= 0
}

func init() {
	TzinfoType = makeDtClass("datetime.tzinfo", nil, newDtMethods("datetime.tzinfo"))
	initTimedelta()
	initTimezone()
	initDate()
	initTime()
	initDatetime()
}

// DatetimeUTC is datetime.UTC (timezone.utc).
func DatetimeUTC() any { return utcZone }
