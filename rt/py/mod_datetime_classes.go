package py

import (
	"iter"
	"math/big"
	"time"
)

// The classes date, time and datetime.

func setVal(self any, v any) any {
	self.(*Instance).setField(dtSlot, v)
	return nil
}

func dateCmp(a, b dateVal) int {
	switch {
	case a.y != b.y:
		return cmpInt(a.y, b.y)
	case a.m != b.m:
		return cmpInt(a.m, b.m)
	}
	return cmpInt(a.d, b.d)
}

// IsoCalendarDate is the named tuple date.isocalendar() returns.
type IsoCalendarDate struct{ year, week, weekday int }

func (c *IsoCalendarDate) tuple() Tuple { return Tuple{c.year, c.week, c.weekday} }

func (c *IsoCalendarDate) PyRepr() string {
	return "datetime.IsoCalendarDate(year=" + itoa(c.year) + ", week=" + itoa(c.week) + ", weekday=" + itoa(c.weekday) + ")"
}

func (c *IsoCalendarDate) PyType() string              { return "IsoCalendarDate" }
func (c *IsoCalendarDate) PyTypeModule() string        { return "datetime" }
func (c *IsoCalendarDate) PyLen() int                  { return 3 }
func (c *IsoCalendarDate) PyGetItem(key any) any       { return GetItem(c.tuple(), key) }
func (c *IsoCalendarDate) PyIter() iter.Seq[any]       { return Iter(c.tuple()) }
func (c *IsoCalendarDate) PyContains(x any) bool       { return Contains(c.tuple(), x) }
func (c *IsoCalendarDate) PyEq(other any) bool         { return Eq(c.tuple(), other) }
func (c *IsoCalendarDate) PyLt(other any) (bool, bool) { return Lt(c.tuple(), other), true }

func (c *IsoCalendarDate) PyGetAttr(name string) (any, bool) {
	switch name {
	case "year":
		return c.year, true
	case "week":
		return c.week, true
	case "weekday":
		return c.weekday, true
	}
	return nil, false
}

func isoCalendar(d dateVal) *IsoCalendarDate {
	y, w := time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).ISOWeek()
	return &IsoCalendarDate{y, w, weekday(d.y, d.m, d.d) + 1}
}

// dateMethods are the methods date and datetime share (they read the date
// part of either).
func dateMethods(m *dtMethods) {
	d := func(s any) dateVal { v, _ := dateOf(s); return v }
	m.prop("year", func(s any) any { return d(s).y })
	m.prop("month", func(s any) any { return d(s).m })
	m.prop("day", func(s any) any { return d(s).d })
	m.method("toordinal", func(s any, args []any, kw []KW) any { arity("toordinal", args, 0, 0); return d(s).ord() })
	m.method("weekday", func(s any, args []any, kw []KW) any {
		arity("weekday", args, 0, 0)
		v := d(s)
		return weekday(v.y, v.m, v.d)
	})
	m.method("isoweekday", func(s any, args []any, kw []KW) any {
		arity("isoweekday", args, 0, 0)
		v := d(s)
		return weekday(v.y, v.m, v.d) + 1
	})
	m.method("isocalendar", func(s any, args []any, kw []KW) any {
		arity("isocalendar", args, 0, 0)
		return isoCalendar(d(s))
	})
	m.classMethod("today", func(cls *Class, args []any, kw []KW) any {
		arity("today", args, 0, 0)
		return Call(GetAttr(cls, "fromtimestamp"), []any{clockNow()}, nil)
	})
	m.classMethod("fromordinal", func(cls *Class, args []any, kw []KW) any {
		arity("fromordinal", args, 1, 1)
		n := dtInt(args[0], 0)
		if n < 1 {
			panic(New(ValueError, "ordinal must be >= 1"))
		}
		if n > ymdToOrd(9999, 12, 31) {
			panic(New(ValueError, "year 10000 is out of range"))
		}
		y, mo, dd := ordToYmd(n)
		if cls == DatetimeType {
			return newDatetime(dtmVal{dateVal: dateVal{y, mo, dd}})
		}
		return newDate(dateVal{y, mo, dd})
	})
	m.classMethod("fromisocalendar", func(cls *Class, args []any, kw []KW) any {
		a := dtBind("fromisocalendar", args, kw, []string{"year", "week", "day"}, 3, 3)
		v := fromIsoCalendar(dtInt(a[0], 0), dtInt(a[1], 0), dtInt(a[2], 0))
		if cls == DatetimeType {
			return newDatetime(dtmVal{dateVal: v})
		}
		return newDate(v)
	})
}

// fromIsoCalendar is date.fromisocalendar's arithmetic and checks.
func fromIsoCalendar(y, w, d int) dateVal {
	if y < 1 || y > 9999 {
		panic(New(ValueError, "Year is out of range: "+itoa(y)))
	}
	if w <= 0 || w >= 53 {
		outOfRange := true
		if w == 53 {
			// ISO years have 53 weeks when they start on a Thursday, or
			// on a Wednesday in a leap year.
			first := weekday(y, 1, 1)
			if first == 3 || first == 2 && isLeap(y) {
				outOfRange = false
			}
		}
		if outOfRange {
			panic(New(ValueError, "Invalid week: "+itoa(w)))
		}
	}
	if d <= 0 || d >= 8 {
		panic(New(ValueError, "Invalid weekday: "+itoa(d)+" (range is [1, 7])"))
	}
	first := ymdToOrd(y, 1, 1)
	wd := (first + 6) % 7
	week1Monday := first - wd
	if wd > 3 {
		week1Monday += 7
	}
	yy, mm, dd := ordToYmd(week1Monday + (w-1)*7 + d - 1)
	return dateVal{yy, mm, dd}
}

func initDate() {
	m := newDtMethods("datetime.date")
	m.method("__init__", func(self any, args []any, kw []KW) any {
		a := dtBind("", args, kw, []string{"year", "month", "day"}, 3, 3)
		v := dateVal{dtInt(a[0], 0), dtInt(a[1], 0), dtInt(a[2], 0)}
		checkDate(v.y, v.m, v.d)
		return setVal(self, v)
	})
	dateMethods(m)
	d := func(s any) dateVal { return dtVal(s).(dateVal) }
	m.classMethod("fromtimestamp", func(cls *Class, args []any, kw []KW) any {
		arity("fromtimestamp", args, 1, 1)
		return newDate(fromTimestamp(args[0], nil, false).dateVal)
	})
	m.classMethod("fromisoformat", func(cls *Class, args []any, kw []KW) any {
		arity("fromisoformat", args, 1, 1)
		return newDate(dateFromISO(args[0]))
	})
	m.method("__repr__", func(s any, args []any, kw []KW) any {
		v := d(s)
		return "datetime.date(" + itoa(v.y) + ", " + itoa(v.m) + ", " + itoa(v.d) + ")"
	})
	iso := func(s any, args []any, kw []KW) any { arity("isoformat", args, 0, 0); return d(s).iso() }
	m.method("isoformat", iso)
	m.method("__str__", iso)
	m.method("ctime", func(s any, args []any, kw []KW) any { return ctime(d(s), timeVal{}) })
	m.method("strftime", func(s any, args []any, kw []KW) any {
		a := dtBind("strftime", args, kw, []string{"format"}, 1, 1)
		return dtStrftime(a[0], d(s), timeVal{}, false)
	})
	m.method("__format__", func(s any, args []any, kw []KW) any {
		return dtFormat(s, args, func(f any) string { return dtStrftime(f, d(s), timeVal{}, false) })
	})
	m.method("replace", func(s any, args []any, kw []KW) any {
		a := dtBind("replace", args, kw, []string{"year", "month", "day"}, 0, 3)
		v := d(s)
		v = dateVal{dtInt(a[0], v.y), dtInt(a[1], v.m), dtInt(a[2], v.d)}
		checkDate(v.y, v.m, v.d)
		return newDate(v)
	})
	for _, op := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		m.binary(op, func(a, b any) any {
			y, ok := dtVal(b).(dateVal)
			if !ok {
				return NotImplemented
			}
			return cmpResult(op, dateCmp(d(a), y))
		})
	}
	m.method("__hash__", func(s any, args []any, kw []KW) any { v := d(s); return Hash(Tuple{"date", v.y, v.m, v.d}) })
	add := func(a, b any) any {
		t, ok := asTd(b)
		if !ok {
			return NotImplemented
		}
		n := d(a).ord() + t.days
		if n < 1 || n > ymdToOrd(9999, 12, 31) {
			panic(New(OverflowError, "date value out of range"))
		}
		y, mo, dd := ordToYmd(n)
		return newDate(dateVal{y, mo, dd})
	}
	m.binary("__add__", add)
	m.binary("__radd__", add)
	m.binary("__sub__", func(a, b any) any {
		if t, ok := asTd(b); ok {
			return add(a, newTimedelta(tdFromUs(new(big.Int).Neg(t.totalUs()))))
		}
		if y, ok := dtVal(b).(dateVal); ok {
			return newTimedelta(tdFromParts(d(a).ord()-y.ord(), 0, 0))
		}
		return NotImplemented
	})
	m.method("__getattr__", func(s any, args []any, kw []KW) any { return dtMissing(s, args[0].(string), dateAttrs) })
	DateType = makeDtClass("datetime.date", nil, m)
	DateType.Dict.Set("min", newDate(dateVal{1, 1, 1}))
	DateType.Dict.Set("max", newDate(dateVal{9999, 12, 31}))
	DateType.Dict.Set("resolution", newTimedelta(tdVal{1, 0, 0}))
	DateType.buildTable()
}

// The public attributes of CPython 3.11's classes (dir()), so an attribute
// rt/py lacks stops the program instead of raising an AttributeError
// CPython would not raise.
const (
	dateAttrs     = "ctime day fromisocalendar fromisoformat fromordinal fromtimestamp isocalendar isoformat isoweekday max min month replace resolution strftime timetuple today toordinal weekday year"
	datetimeAttrs = "astimezone combine ctime date day dst fold fromisocalendar fromisoformat fromordinal fromtimestamp hour isocalendar isoformat isoweekday max microsecond min minute month now replace resolution second strftime strptime time timestamp timetuple timetz today toordinal tzinfo tzname utcfromtimestamp utcnow utcoffset utctimetuple weekday year"
	timeAttrs     = "dst fold fromisoformat hour isoformat max microsecond min minute replace resolution second strftime tzinfo tzname utcoffset"
)

func dtMissing(self any, name, attrs string) any {
	for _, a := range splitFields(attrs) {
		if a == name {
			Unsupported(TypeName(self) + "." + name)
		}
	}
	panic(noAttr(self, name))
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// timeCmp compares two times (or datetimes' time parts) by their fields.
func timeCmp(a, b timeVal) int {
	switch {
	case a.h != b.h:
		return cmpInt(a.h, b.h)
	case a.mi != b.mi:
		return cmpInt(a.mi, b.mi)
	case a.s != b.s:
		return cmpInt(a.s, b.s)
	}
	return cmpInt(a.us, b.us)
}

func (t timeVal) repr() string {
	s := itoa(t.h) + ", " + itoa(t.mi)
	if t.s != 0 || t.us != 0 {
		s += ", " + itoa(t.s)
	}
	if t.us != 0 {
		s += ", " + itoa(t.us)
	}
	if t.tz != nil {
		s += ", tzinfo=" + Repr(t.tz)
	}
	if t.fold != 0 {
		s += ", fold=1"
	}
	return s
}

// timeMethods are the time attributes time and datetime share.
func timeMethods(m *dtMethods, t func(any) timeVal) {
	m.prop("hour", func(s any) any { return t(s).h })
	m.prop("minute", func(s any) any { return t(s).mi })
	m.prop("second", func(s any) any { return t(s).s })
	m.prop("microsecond", func(s any) any { return t(s).us })
	m.prop("tzinfo", func(s any) any { return t(s).tz })
	m.prop("fold", func(s any) any { return t(s).fold })
	m.method("utcoffset", func(s any, args []any, kw []KW) any {
		arity("utcoffset", args, 0, 0)
		if off, ok := tzOffset(t(s).tz); ok {
			return newTimedelta(off)
		}
		return nil
	})
	m.method("tzname", func(s any, args []any, kw []KW) any { arity("tzname", args, 0, 0); return tzName(t(s).tz) })
	m.method("dst", func(s any, args []any, kw []KW) any {
		arity("dst", args, 0, 0)
		tzOffset(t(s).tz)
		return nil
	})
}

// timeFields reads hour..microsecond, tzinfo and fold from bound
// arguments, defaulting to def.
func timeFields(a []any, def timeVal, tzSet bool) timeVal {
	v := timeVal{h: dtInt(a[0], def.h), mi: dtInt(a[1], def.mi), s: dtInt(a[2], def.s), us: dtInt(a[3], def.us), tz: def.tz, fold: dtInt(a[5], def.fold)}
	if tzSet {
		v.tz = a[4]
	}
	checkTime(v.h, v.mi, v.s, v.us, v.fold)
	checkTzinfo(v.tz)
	return v
}

var timeNames = []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}

func kwGiven(args []any, kw []KW, pos int, name string) bool {
	if len(args) > pos {
		return true
	}
	for _, k := range kw {
		if k.Name == name {
			return true
		}
	}
	return false
}

func initTime() {
	m := newDtMethods("datetime.time")
	t := func(s any) timeVal { return dtVal(s).(timeVal) }
	m.method("__init__", func(self any, args []any, kw []KW) any {
		a := dtBind("", args, kw, timeNames, 0, 5)
		return setVal(self, timeFields(a, timeVal{}, true))
	})
	timeMethods(m, t)
	m.method("__repr__", func(s any, args []any, kw []KW) any { return "datetime.time(" + t(s).repr() + ")" })
	iso := func(s any, args []any, kw []KW) any {
		a := dtBind("isoformat", args, kw, []string{"timespec"}, 0, 1)
		spec := "auto"
		if a[0] != nil {
			spec = Str(a[0])
		}
		return timeISO(t(s), spec) + tzSuffix(t(s).tz)
	}
	m.method("isoformat", iso)
	m.method("__str__", func(s any, args []any, kw []KW) any { return iso(s, nil, nil) })
	m.method("strftime", func(s any, args []any, kw []KW) any {
		a := dtBind("strftime", args, kw, []string{"format"}, 1, 1)
		return dtStrftime(a[0], dateVal{1900, 1, 1}, t(s), true)
	})
	m.method("__format__", func(s any, args []any, kw []KW) any {
		return dtFormat(s, args, func(f any) string { return dtStrftime(f, dateVal{1900, 1, 1}, t(s), true) })
	})
	m.method("replace", func(s any, args []any, kw []KW) any {
		a := dtBind("replace", args, kw, timeNames, 0, 5)
		return dtNew(TimeType, timeFields(a, t(s), kwGiven(args, kw, 4, "tzinfo")))
	})
	m.classMethod("fromisoformat", func(cls *Class, args []any, kw []KW) any {
		arity("fromisoformat", args, 1, 1)
		return dtNew(TimeType, timeFromISO(args[0]))
	})
	for _, op := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		m.binary(op, func(a, b any) any {
			y, ok := dtVal(b).(timeVal)
			if !ok {
				return NotImplemented
			}
			x := t(a)
			if x.tz == y.tz {
				return cmpResult(op, timeCmp(x, y))
			}
			o1, ok1 := tzOffset(x.tz)
			o2, ok2 := tzOffset(y.tz)
			if ok1 != ok2 {
				if op == "__eq__" || op == "__ne__" {
					return op == "__ne__"
				}
				panic(New(TypeError, "can't compare offset-naive and offset-aware times"))
			}
			u1 := new(big.Int).Sub(dtmVal{timeVal: x}.totalUs(), o1.totalUs())
			u2 := new(big.Int).Sub(dtmVal{timeVal: y}.totalUs(), o2.totalUs())
			return cmpResult(op, u1.Cmp(u2))
		})
	}
	m.method("__hash__", func(s any, args []any, kw []KW) any {
		x := t(s)
		off, _ := tzOffset(x.tz)
		return Hash(normBig(new(big.Int).Sub(dtmVal{timeVal: x}.totalUs(), off.totalUs())))
	})
	m.method("__getattr__", func(s any, args []any, kw []KW) any { return dtMissing(s, args[0].(string), timeAttrs) })
	TimeType = makeDtClass("datetime.time", nil, m)
	TimeType.Dict.Set("min", dtNew(TimeType, timeVal{}))
	TimeType.Dict.Set("max", dtNew(TimeType, timeVal{h: 23, mi: 59, s: 59, us: 999999}))
	TimeType.Dict.Set("resolution", newTimedelta(tdVal{0, 0, 1}))
	TimeType.buildTable()
}

func initDatetime() {
	m := newDtMethods("datetime.datetime")
	v := func(s any) dtmVal { return dtVal(s).(dtmVal) }
	names := append([]string{"year", "month", "day"}, timeNames...)
	m.method("__init__", func(self any, args []any, kw []KW) any {
		a := dtBind("", args, kw, names, 3, 8)
		d := dateVal{dtInt(a[0], 0), dtInt(a[1], 0), dtInt(a[2], 0)}
		checkDate(d.y, d.m, d.d)
		return setVal(self, dtmVal{d, timeFields(a[3:], timeVal{}, true)})
	})
	dateMethods(m)
	timeMethods(m, func(s any) timeVal { return v(s).timeVal })
	m.classMethod("now", func(cls *Class, args []any, kw []KW) any {
		a := dtBind("now", args, kw, []string{"tz"}, 0, 1)
		return newDatetime(fromTimestamp(clockNow(), a[0], false))
	})
	m.classMethod("utcnow", func(cls *Class, args []any, kw []KW) any {
		arity("utcnow", args, 0, 0)
		return newDatetime(fromTimestamp(clockNow(), nil, true))
	})
	m.classMethod("fromtimestamp", func(cls *Class, args []any, kw []KW) any {
		a := dtBind("fromtimestamp", args, kw, []string{"timestamp", "tz"}, 1, 2)
		return newDatetime(fromTimestamp(a[0], a[1], false))
	})
	m.classMethod("utcfromtimestamp", func(cls *Class, args []any, kw []KW) any {
		arity("utcfromtimestamp", args, 1, 1)
		return newDatetime(fromTimestamp(args[0], nil, true))
	})
	m.classMethod("combine", func(cls *Class, args []any, kw []KW) any {
		a := dtBind("combine", args, kw, []string{"date", "time", "tzinfo"}, 2, 3)
		d, ok := dateOf(a[0])
		if !ok {
			panic(New(TypeError, "combine() argument 1 must be datetime.date, not "+TypeName(a[0])))
		}
		t, ok := dtVal(a[1]).(timeVal)
		if !ok {
			panic(New(TypeError, "combine() argument 2 must be datetime.time, not "+TypeName(a[1])))
		}
		if kwGiven(args, kw, 2, "tzinfo") {
			checkTzinfo(a[2])
			t.tz = a[2]
		}
		return newDatetime(dtmVal{d, t})
	})
	m.classMethod("fromisoformat", func(cls *Class, args []any, kw []KW) any {
		arity("fromisoformat", args, 1, 1)
		return newDatetime(datetimeFromISO(args[0]))
	})
	m.classMethod("strptime", func(cls *Class, args []any, kw []KW) any {
		arity("strptime", args, 2, 2)
		return newDatetime(strptime(args[0], args[1]))
	})
	m.method("__repr__", func(s any, args []any, kw []KW) any {
		x := v(s)
		return "datetime.datetime(" + itoa(x.y) + ", " + itoa(x.m) + ", " + itoa(x.d) + ", " + x.timeVal.repr() + ")"
	})
	iso := func(s any, args []any, kw []KW) any {
		a := dtBind("isoformat", args, kw, []string{"sep", "timespec"}, 0, 2)
		sep := "T"
		if a[0] != nil {
			str, ok := a[0].(string)
			if !ok || len([]rune(str)) != 1 {
				panic(New(TypeError, "isoformat() argument 1 must be a unicode character, not "+TypeName(a[0])))
			}
			sep = str
		}
		spec := "auto"
		if a[1] != nil {
			spec = Str(a[1])
		}
		x := v(s)
		return x.iso() + sep + timeISO(x.timeVal, spec) + tzSuffix(x.tz)
	}
	m.method("isoformat", iso)
	m.method("__str__", func(s any, args []any, kw []KW) any { return iso(s, []any{" "}, nil) })
	m.method("ctime", func(s any, args []any, kw []KW) any { return ctime(v(s).dateVal, v(s).timeVal) })
	m.method("strftime", func(s any, args []any, kw []KW) any {
		a := dtBind("strftime", args, kw, []string{"format"}, 1, 1)
		return dtStrftime(a[0], v(s).dateVal, v(s).timeVal, true)
	})
	m.method("__format__", func(s any, args []any, kw []KW) any {
		return dtFormat(s, args, func(f any) string { return dtStrftime(f, v(s).dateVal, v(s).timeVal, true) })
	})
	m.method("date", func(s any, args []any, kw []KW) any { arity("date", args, 0, 0); return newDate(v(s).dateVal) })
	m.method("time", func(s any, args []any, kw []KW) any {
		arity("time", args, 0, 0)
		t := v(s).timeVal
		t.tz = nil
		return dtNew(TimeType, t)
	})
	m.method("timetz", func(s any, args []any, kw []KW) any {
		arity("timetz", args, 0, 0)
		return dtNew(TimeType, v(s).timeVal)
	})
	m.method("replace", func(s any, args []any, kw []KW) any {
		a := dtBind("replace", args, kw, names, 0, 8)
		x := v(s)
		d := dateVal{dtInt(a[0], x.y), dtInt(a[1], x.m), dtInt(a[2], x.d)}
		checkDate(d.y, d.m, d.d)
		return newDatetime(dtmVal{d, timeFields(a[3:], x.timeVal, kwGiven(args, kw, 7, "tzinfo"))})
	})
	m.method("timestamp", func(s any, args []any, kw []KW) any {
		arity("timestamp", args, 0, 0)
		x := v(s)
		if x.tz == nil {
			return float64(localUnix(x)) + float64(x.us)/1e6
		}
		f, _ := new(big.Rat).SetFrac(new(big.Int).Sub(x.utcUs(), epochUs), big.NewInt(1000000)).Float64()
		return f
	})
	m.method("astimezone", func(s any, args []any, kw []KW) any {
		a := dtBind("astimezone", args, kw, []string{"tz"}, 0, 1)
		x := v(s)
		checkTzinfo(a[0])
		utc := x.utcUs()
		tz := a[0]
		if tz == nil {
			unix, _ := new(big.Int).Div(new(big.Int).Sub(utc, epochUs), big.NewInt(1000000)), 0
			tz = localTimezone(unix.Int64())
		}
		if tz == x.tz {
			return s
		}
		off, _ := tzOffset(tz)
		return newDatetime(dtFromUs(new(big.Int).Add(utc, off.totalUs()), tz))
	})
	for _, op := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		m.binary(op, func(a, b any) any { return datetimeCompare(op, a, b) })
	}
	m.method("__hash__", func(s any, args []any, kw []KW) any {
		x := v(s)
		off, _ := tzOffset(x.tz)
		return Hash(normBig(new(big.Int).Sub(x.totalUs(), off.totalUs())))
	})
	add := func(a, b any) any {
		t, ok := asTd(b)
		if !ok {
			return NotImplemented
		}
		x := v(a)
		r := dtFromUs(new(big.Int).Add(x.totalUs(), t.totalUs()), x.tz)
		return newDatetime(r)
	}
	m.binary("__add__", add)
	m.binary("__radd__", add)
	m.binary("__sub__", func(a, b any) any {
		if t, ok := asTd(b); ok {
			return add(a, newTimedelta(tdFromUs(new(big.Int).Neg(t.totalUs()))))
		}
		y, ok := dtVal(b).(dtmVal)
		if !ok {
			return NotImplemented
		}
		x := v(a)
		if x.tz == y.tz {
			return newTimedelta(tdFromUs(new(big.Int).Sub(x.totalUs(), y.totalUs())))
		}
		o1, ok1 := tzOffset(x.tz)
		o2, ok2 := tzOffset(y.tz)
		if ok1 != ok2 {
			panic(New(TypeError, "can't subtract offset-naive and offset-aware datetimes"))
		}
		d := new(big.Int).Sub(x.totalUs(), y.totalUs())
		d.Sub(d, o1.totalUs())
		return newTimedelta(tdFromUs(d.Add(d, o2.totalUs())))
	})
	m.method("__getattr__", func(s any, args []any, kw []KW) any { return dtMissing(s, args[0].(string), datetimeAttrs) })
	DatetimeType = makeDtClass("datetime.datetime", DateType, m)
	DatetimeType.Dict.Set("min", newDatetime(dtmVal{dateVal: dateVal{1, 1, 1}}))
	DatetimeType.Dict.Set("max", newDatetime(dtmVal{dateVal{9999, 12, 31}, timeVal{h: 23, mi: 59, s: 59, us: 999999}}))
	DatetimeType.Dict.Set("resolution", newTimedelta(tdVal{0, 0, 1}))
	DatetimeType.buildTable()
}

// datetimeCompare is datetime_richcompare.
func datetimeCompare(op string, a, b any) any {
	x := dtVal(a).(dtmVal)
	y, ok := dtVal(b).(dtmVal)
	if !ok {
		if _, isDate := dtVal(b).(dateVal); isDate {
			switch op {
			case "__eq__":
				return false
			case "__ne__":
				return true
			}
			panic(New(TypeError, "can't compare "+TypeName(a)+" to "+TypeName(b)))
		}
		return NotImplemented
	}
	if x.tz == y.tz {
		return cmpResult(op, x.totalUs().Cmp(y.totalUs()))
	}
	o1, ok1 := tzOffset(x.tz)
	o2, ok2 := tzOffset(y.tz)
	if ok1 != ok2 {
		switch op {
		case "__eq__":
			return false
		case "__ne__":
			return true
		}
		panic(New(TypeError, "can't compare offset-naive and offset-aware datetimes"))
	}
	u1 := new(big.Int).Sub(x.totalUs(), o1.totalUs())
	u2 := new(big.Int).Sub(y.totalUs(), o2.totalUs())
	return cmpResult(op, u1.Cmp(u2))
}
