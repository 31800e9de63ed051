package py

import (
	"math"
	"math/big"
	"strings"
	"time"
)

// date, time, datetime and timezone of the datetime module. A date's Go
// value is dateVal; a datetime's is dtmVal (a date plus a timeVal).

type dateVal struct{ y, m, d int }

type timeVal struct {
	h, mi, s, us int
	tz           any // nil or a tzinfo
	fold         int
}

type dtmVal struct {
	dateVal
	timeVal
}

// tzVal is a timezone: a fixed offset and an optional name.
type tzVal struct {
	off  tdVal
	name any // nil or str
}

var utcZone *Instance

func (d dateVal) ord() int { return ymdToOrd(d.y, d.m, d.d) }

func (t timeVal) daySecs() int { return t.h*3600 + t.mi*60 + t.s }

// dateOf is the date part of a date or datetime.
func dateOf(x any) (dateVal, bool) {
	switch v := dtVal(x).(type) {
	case dateVal:
		return v, true
	case dtmVal:
		return v.dateVal, true
	}
	return dateVal{}, false
}

func newDate(d dateVal) *Instance { return dtNew(DateType, d) }

func newDatetime(v dtmVal) *Instance { return dtNew(DatetimeType, v) }

// dtFromUs is the datetime at us microseconds from 0001-01-01T00:00
// (ordinal 1), keeping tz and fold; OverflowError past the year range.
func dtFromUs(us *big.Int, tz any) dtmVal {
	days, rem := new(big.Int).DivMod(us, usPerDay, new(big.Int))
	if !days.IsInt64() || days.Int64() < 0 || days.Int64() >= int64(ymdToOrd(10000, 1, 1)-1) {
		panic(New(OverflowError, "date value out of range"))
	}
	y, m, d := ordToYmd(int(days.Int64()) + 1)
	r := rem.Int64()
	s := int(r / 1000000)
	return dtmVal{dateVal{y, m, d}, timeVal{h: s / 3600, mi: s / 60 % 60, s: s % 60, us: int(r % 1000000), tz: tz}}
}

func (v dtmVal) totalUs() *big.Int {
	n := new(big.Int).Mul(big.NewInt(int64(v.ord()-1)), usPerDay)
	return n.Add(n, big.NewInt(int64(v.daySecs())*1000000+int64(v.us)))
}

// tzOffset is tz.utcoffset(dt) for a timezone (ok false for None).
func tzOffset(tz any) (tdVal, bool) {
	if tz == nil {
		return tdVal{}, false
	}
	z, ok := dtVal(tz).(tzVal)
	if !ok {
		Unsupported("tzinfo classes other than datetime.timezone")
	}
	return z.off, true
}

func (z tzVal) tzname() string {
	if s, ok := z.name.(string); ok {
		return s
	}
	off := z.off
	if off.isZero() {
		return "UTC"
	}
	sign := "+"
	if off.days < 0 {
		sign = "-"
		off = tdFromUs(new(big.Int).Neg(off.totalUs()))
	}
	s := off.days*86400 + off.secs
	out := "UTC" + sign + pad2(s/3600) + ":" + pad2(s/60%60)
	if off.us != 0 {
		return out + ":" + pad2(s%60) + "." + leftPad(itoa(off.us), 6, '0')
	}
	if s%60 != 0 {
		out += ":" + pad2(s%60)
	}
	return out
}

// formatOffset is format_utcoffset: "+HH<sep>MM[<sep>SS[.ffffff]]".
func formatOffset(off tdVal, sep string) string {
	sign := "+"
	if off.days < 0 {
		sign = "-"
		off = tdFromUs(new(big.Int).Neg(off.totalUs()))
	}
	s := off.days*86400 + off.secs
	out := sign + pad2(s/3600) + sep + pad2(s/60%60)
	if s%60 != 0 || off.us != 0 {
		out += sep + pad2(s%60)
		if off.us != 0 {
			out += "." + leftPad(itoa(off.us), 6, '0')
		}
	}
	return out
}

func tzName(tz any) any {
	if tz == nil {
		return nil
	}
	z, ok := dtVal(tz).(tzVal)
	if !ok {
		Unsupported("tzinfo classes other than datetime.timezone")
	}
	return z.tzname()
}

func newTimezone(off tdVal, name any) *Instance {
	if name == nil && off.isZero() && utcZone != nil {
		return utcZone
	}
	return dtNew(TimezoneType, tzVal{off, name})
}

func tzArg(fname string, dt any) {
	if dt != nil && !DatetimeType.IsInstance(dt) {
		panic(New(TypeError, fname+"(dt) argument must be a datetime instance or None, not "+TypeName(dt)))
	}
}

func initTimezone() {
	m := newDtMethods("datetime.timezone")
	m.method("__init__", func(self any, args []any, kw []KW) any {
		a := dtBind("timezone", args, kw, []string{"offset", "name"}, 1, 2)
		off, ok := asTd(a[0])
		if !ok {
			panic(New(TypeError, "timezone() argument 1 must be datetime.timedelta, not "+TypeName(a[0])))
		}
		if a[1] != nil {
			if _, ok := a[1].(string); !ok {
				panic(New(TypeError, "timezone() argument 2 must be str, not "+TypeName(a[1])))
			}
		}
		if off.days < -1 || off.days >= 1 {
			panic(New(ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "+off.repr()+"."))
		}
		self.(*Instance).setField(dtSlot, tzVal{off, a[1]})
		return nil
	})
	z := func(s any) tzVal { return dtVal(s).(tzVal) }
	m.method("utcoffset", func(s any, args []any, kw []KW) any {
		arity("utcoffset", args, 1, 1)
		tzArg("utcoffset", args[0])
		return newTimedelta(z(s).off)
	})
	m.method("tzname", func(s any, args []any, kw []KW) any {
		arity("tzname", args, 1, 1)
		tzArg("tzname", args[0])
		return z(s).tzname()
	})
	m.method("dst", func(s any, args []any, kw []KW) any {
		arity("dst", args, 1, 1)
		tzArg("dst", args[0])
		return nil
	})
	m.method("fromutc", func(s any, args []any, kw []KW) any {
		arity("fromutc", args, 1, 1)
		v, ok := dtVal(args[0]).(dtmVal)
		if !ok {
			panic(New(TypeError, "fromutc: argument must be a datetime"))
		}
		if v.tz != s {
			panic(New(ValueError, "fromutc: dt.tzinfo is not self"))
		}
		return newDatetime(dtFromUs(new(big.Int).Add(v.totalUs(), z(s).off.totalUs()), s))
	})
	m.method("__repr__", func(s any, args []any, kw []KW) any {
		if z(s) == (tzVal{}) {
			// timezone(timedelta(0)) is timezone.utc in CPython.
			return "datetime.timezone.utc"
		}
		r := "datetime.timezone(" + z(s).off.repr()
		if z(s).name != nil {
			r += ", " + Repr(z(s).name)
		}
		return r + ")"
	})
	m.method("__str__", func(s any, args []any, kw []KW) any { return z(s).tzname() })
	m.binary("__eq__", func(a, b any) any {
		y, ok := dtVal(b).(tzVal)
		if !ok {
			return NotImplemented
		}
		return z(a).off == y.off
	})
	m.method("__hash__", func(s any, args []any, kw []KW) any {
		o := z(s).off
		return Hash(Tuple{"timedelta", o.days, o.secs, o.us})
	})
	TimezoneType = makeDtClass("datetime.timezone", TzinfoType, m)
	utcZone = dtNew(TimezoneType, tzVal{})
	TimezoneType.Dict.Set("utc", utcZone)
	TimezoneType.Dict.Set("min", dtNew(TimezoneType, tzVal{off: tdVal{-1, 60, 0}}))
	TimezoneType.Dict.Set("max", dtNew(TimezoneType, tzVal{off: tdVal{0, 86340, 0}}))
	TimezoneType.buildTable()
}

// ---- shared formatting ----

// timeISO is the time part of isoformat for a timespec.
func timeISO(t timeVal, spec string) string {
	if spec == "auto" {
		spec = "seconds"
		if t.us != 0 {
			spec = "microseconds"
		}
	}
	switch spec {
	case "hours":
		return pad2(t.h)
	case "minutes":
		return pad2(t.h) + ":" + pad2(t.mi)
	case "seconds":
		return pad2(t.h) + ":" + pad2(t.mi) + ":" + pad2(t.s)
	case "milliseconds":
		return pad2(t.h) + ":" + pad2(t.mi) + ":" + pad2(t.s) + "." + leftPad(itoa(t.us/1000), 3, '0')
	case "microseconds":
		return pad2(t.h) + ":" + pad2(t.mi) + ":" + pad2(t.s) + "." + leftPad(itoa(t.us), 6, '0')
	}
	panic(New(ValueError, "Unknown timespec value"))
}

func (d dateVal) iso() string {
	return leftPad(itoa(d.y), 4, '0') + "-" + pad2(d.m) + "-" + pad2(d.d)
}

func tzSuffix(tz any) string {
	if off, ok := tzOffset(tz); ok {
		return formatOffset(off, ":")
	}
	return ""
}

var monthAbbr = []string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var dayAbbr = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

func ctime(d dateVal, t timeVal) string {
	day := itoa(d.d)
	if d.d < 10 {
		day = " " + day
	}
	return dayAbbr[weekday(d.y, d.m, d.d)] + " " + monthAbbr[d.m] + " " + day + " " + pad2(t.h) + ":" + pad2(t.mi) + ":" +
		pad2(t.s) + " " + leftPad(itoa(d.y), 4, '0')
}

// dtStrftime is wrap_strftime: %z, %Z and %f are the object's, the rest
// is time.strftime of its time tuple. hasTz is false for dates.
func dtStrftime(format any, d dateVal, t timeVal, hasTz bool) string {
	f, ok := format.(string)
	if !ok {
		panic(New(TypeError, "strftime() argument 1 must be str, not "+TypeName(format)))
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 'z':
			if hasTz {
				if off, ok := tzOffset(t.tz); ok {
					b.WriteString(formatOffset(off, ""))
				}
			}
		case 'Z':
			if hasTz {
				if n, ok := tzName(t.tz).(string); ok {
					b.WriteString(strings.ReplaceAll(n, "%", "%%"))
				}
			}
		case 'f':
			b.WriteString(leftPad(itoa(t.us), 6, '0'))
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	if DatetimeHooks.Strftime == nil {
		Unsupported("strftime outside a translated program")
	}
	return DatetimeHooks.Strftime(b.String(), time.Date(d.y, time.Month(d.m), d.d, t.h, t.mi, t.s, 0, time.UTC))
}

func dtFormat(self any, args []any, strftime func(f any) string) any {
	arity("__format__", args, 1, 1)
	f, ok := args[0].(string)
	if !ok {
		panic(New(TypeError, "format() argument 2 must be str, not "+TypeName(args[0])))
	}
	if f == "" {
		return Str(self)
	}
	return strftime(f)
}

// ---- timestamps and the clock ----

// timestampParts splits a timestamp into seconds and microseconds rounded
// half to even (_PyTime_ObjectToTimeval).
func timestampParts(ts any) (int64, int) {
	if f, ok := ts.(float64); ok {
		if math.IsNaN(f) {
			panic(New(ValueError, "Invalid value NaN (not a number)"))
		}
		ip, fp := math.Modf(f)
		fp = roundHalfEven(fp * 1e6)
		if fp >= 1e6 {
			fp -= 1e6
			ip++
		} else if fp < 0 {
			fp += 1e6
			ip--
		}
		if ip >= 1<<63 || ip < -(1<<63) {
			panic(New(OverflowError, "timestamp out of range for platform time_t"))
		}
		return int64(ip), int(fp)
	}
	if b, ok := ts.(*big.Int); ok && !b.IsInt64() {
		panic(New(OverflowError, "timestamp out of range for platform time_t"))
	}
	return int64(indexArg(ts)), 0
}

func localZone() *time.Location {
	if DatetimeHooks.Zone == nil {
		return time.UTC
	}
	return DatetimeHooks.Zone()
}

func clockNow() float64 {
	if DatetimeHooks.Now == nil {
		Unsupported("datetime's clock outside a translated program")
	}
	return DatetimeHooks.Now()
}

// fromTimestamp is datetime.fromtimestamp(ts, tz); utc selects
// utcfromtimestamp (naive UTC).
func fromTimestamp(ts, tz any, utc bool) dtmVal {
	checkTzinfo(tz)
	secs, us := timestampParts(ts)
	if secs > 1<<50 || secs < -(1<<50) {
		panic(New(OverflowError, "timestamp out of range for platform time_t"))
	}
	loc := time.UTC
	if tz == nil && !utc {
		loc = localZone()
	}
	t := time.Unix(secs, 0).In(loc)
	if t.Year() < 1 || t.Year() > 9999 {
		panic(New(ValueError, "year "+itoa(t.Year())+" is out of range"))
	}
	v := dtmVal{dateVal{t.Year(), int(t.Month()), t.Day()}, timeVal{h: t.Hour(), mi: t.Minute(), s: t.Second(), us: us}}
	if tz != nil {
		off, _ := tzOffset(tz)
		v = dtFromUs(new(big.Int).Add(v.totalUs(), off.totalUs()), tz)
	}
	return v
}

// localOffset is the local zone's offset and name at a UTC instant
// (local_timezone_from_timestamp).
func localTimezone(unix int64) *Instance {
	name, off := time.Unix(unix, 0).In(localZone()).Zone()
	return newTimezone(tdFromParts(0, off, 0), name)
}

// localUnix is the Unix time of a naive local datetime (local_to_seconds).
func localUnix(v dtmVal) int64 {
	return time.Date(v.y, time.Month(v.m), v.d, v.h, v.mi, v.s, 0, localZone()).Unix()
}

var epochUs = dtmVal{dateVal: dateVal{1970, 1, 1}}.totalUs()

// utcUs is an aware datetime's UTC instant in microseconds from year 1,
// and a naive one's local wall time made UTC through the local zone.
func (v dtmVal) utcUs() *big.Int {
	if off, ok := tzOffset(v.tz); ok {
		return new(big.Int).Sub(v.totalUs(), off.totalUs())
	}
	n := new(big.Int).Mul(big.NewInt(localUnix(v)), big.NewInt(1000000))
	n.Add(n, big.NewInt(int64(v.us)))
	return n.Add(n, epochUs)
}

func timeIn(y, m, d int, z *time.Location) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, z)
}
