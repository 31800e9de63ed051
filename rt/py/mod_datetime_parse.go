package py

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Parsing: fromisoformat as _datetimemodule.c's parse_isoformat_* (3.11's
// wider grammar), and strptime as Lib/_strptime.py in the C locale. The
// _strptime regular expressions need nothing RE2 lacks, and Go's regexp
// picks the submatch a backtracking engine would, so they are used as
// they are.

func isoInvalid(s string) *Exception {
	return New(ValueError, "Invalid isoformat string: "+Repr(s))
}

func isoArg(x any) string {
	s, ok := x.(string)
	if !ok {
		panic(New(TypeError, "fromisoformat: argument must be str"))
	}
	return s
}

// isoScanner reads a NUL-terminated copy of the string, as the C parser
// reads its buffer.
type isoScanner []byte

func (b isoScanner) digits(p, n int) (int, int, bool) {
	v := 0
	for i := 0; i < n; i++ {
		c := b[p+i]
		if c < '0' || c > '9' {
			return 0, p, false
		}
		v = v*10 + int(c-'0')
	}
	return v, p + n, true
}

// date parses b[0:end] (parse_isoformat_date); rv < 0 on failure.
func (b isoScanner) date(end int) (dateVal, int) {
	y, p, ok := b.digits(0, 4)
	if !ok {
		return dateVal{}, -1
	}
	sep := b[p] == '-'
	if sep {
		p++
	}
	if b[p] == 'W' {
		p++
		w, q, ok := b.digits(p, 2)
		if !ok {
			return dateVal{}, -3
		}
		p = q
		d := 1
		if p < end {
			if sep {
				if b[p] != '-' {
					return dateVal{}, -4
				}
				p++
			}
			if d, _, ok = b.digits(p, 1); !ok {
				return dateVal{}, -5
			}
		}
		var out dateVal
		if exc := Try(func() { out = fromIsoCalendar(y, w, d) }); exc != nil {
			return dateVal{}, -2
		}
		return out, 0
	}
	m, p, ok := b.digits(p, 2)
	if !ok {
		return dateVal{}, -1
	}
	if sep {
		if b[p] != '-' {
			return dateVal{}, -1
		}
		p++
	}
	d, _, ok := b.digits(p, 2)
	if !ok {
		return dateVal{}, -1
	}
	return dateVal{y, m, d}, 0
}

// hhmmss is parse_hh_mm_ss_ff over b[p:end].
func (b isoScanner) hhmmss(p, end int) (vals [4]int, rv int) {
	hasSep := true
	for i := 0; i < 3; i++ {
		v, q, ok := b.digits(p, 2)
		if !ok {
			return vals, -3
		}
		vals[i] = v
		p = q
		c := b[p]
		p++
		if i == 0 {
			hasSep = c == ':'
		}
		switch {
		case p >= end:
			if c != 0 {
				return vals, 1
			}
			return vals, 0
		case hasSep && c == ':':
			continue
		case c == '.' || c == ',':
		case !hasSep:
			p--
			continue
		default:
			return vals, -4
		}
		break
	}
	n := min(end-p, 6)
	if n <= 0 {
		return vals, -3
	}
	us, q, ok := b.digits(p, n)
	if !ok {
		return vals, -3
	}
	for k := n; k < 6; k++ {
		us *= 10
	}
	vals[3] = us
	for p = q; b[p] >= '0' && b[p] <= '9'; p++ {
	}
	if b[p] != 0 {
		return vals, 1
	}
	return vals, 0
}

// time parses b[p:] (parse_isoformat_time); rv 1 means an offset.
func (b isoScanner) time(p int) (timeVal, int) {
	end := len(b) - 1
	tzPos := p
	for ; tzPos < end; tzPos++ {
		if c := b[tzPos]; c == 'Z' || c == '+' || c == '-' {
			break
		}
	}
	vals, rv := b.hhmmss(p, tzPos)
	t := timeVal{h: vals[0], mi: vals[1], s: vals[2], us: vals[3]}
	switch {
	case rv < 0:
		return t, rv
	case tzPos == end:
		if rv == 1 {
			return t, -5
		}
		return t, 0
	case b[tzPos] == 'Z':
		if b[tzPos+1] != 0 {
			return t, -5
		}
		t.tz = utcZone
		return t, 1
	}
	sign := 1
	if b[tzPos] == '-' {
		sign = -1
	}
	tz, rv := b.hhmmss(tzPos+1, end)
	if rv != 0 {
		return t, -5
	}
	secs := sign * (tz[0]*3600 + tz[1]*60 + tz[2])
	if secs == 0 && tz[3] == 0 {
		t.tz = utcZone
	} else {
		off := tdFromParts(0, secs, sign*tz[3])
		if off.days < -1 || off.days >= 1 {
			panic(New(ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "+off.repr()+"."))
		}
		t.tz = newTimezone(off, nil)
	}
	return t, 1
}

func newIsoScanner(s string) isoScanner { return isoScanner(s + "\x00") }

func dateFromISO(x any) dateVal {
	s := isoArg(x)
	if n := len(s); n != 7 && n != 8 && n != 10 {
		panic(isoInvalid(s))
	}
	d, rv := newIsoScanner(s).date(len(s))
	if rv < 0 {
		panic(isoInvalid(s))
	}
	checkDate(d.y, d.m, d.d)
	return d
}

func timeFromISO(x any) timeVal {
	s := isoArg(x)
	body := strings.TrimPrefix(s, "T")
	if len(body) < 2 {
		panic(isoInvalid(s))
	}
	t, rv := newIsoScanner(body).time(0)
	if rv < 0 {
		panic(isoInvalid(s))
	}
	checkTime(t.h, t.mi, t.s, t.us, 0)
	return t
}

// isoSeparator is _find_isoformat_datetime_separator.
func isoSeparator(s string) int {
	n := len(s)
	if n == 7 {
		return 7
	}
	digit := func(i int) bool { return s[i] >= '0' && s[i] <= '9' }
	if s[4] == '-' {
		if s[5] != 'W' {
			return 10
		}
		if n > 8 && s[8] == '-' {
			if n == 9 {
				return -1
			}
			if n > 10 && digit(10) {
				return 8
			}
			return 10
		}
		return 8
	}
	if s[4] == 'W' {
		idx := 7
		for idx < n && digit(idx) {
			idx++
		}
		if idx < 9 {
			return idx
		}
		if idx%2 == 0 {
			return 7
		}
		return 8
	}
	return 8
}

func datetimeFromISO(x any) dtmVal {
	s := isoArg(x)
	if len(s) < 7 {
		panic(isoInvalid(s))
	}
	sep := isoSeparator(s)
	if sep < 0 {
		panic(isoInvalid(s))
	}
	b := newIsoScanner(s)
	d, rv := b.date(min(sep, len(s)))
	if rv < 0 {
		panic(isoInvalid(s))
	}
	var t timeVal
	if sep < len(s) {
		// The separator is one character, which may take several bytes.
		_, size := decodeRune(s[sep:])
		t, rv = b.time(sep + size)
		if rv < 0 {
			panic(isoInvalid(s))
		}
	}
	checkDate(d.y, d.m, d.d)
	checkTime(t.h, t.mi, t.s, t.us, 0)
	return dtmVal{d, t}
}

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// ---- strptime ----

var strptimeBase = map[byte]string{
	'd': `(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'G': `(?P<G>\d\d\d\d)`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'U': `(?P<U>5[0-3]|[0-4]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'V': `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'z': `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))`,
	'A': `(?P<A>wednesday|thursday|saturday|tuesday|monday|friday|sunday)`,
	'a': `(?P<a>mon|tue|wed|thu|fri|sat|sun)`,
	'B': `(?P<B>september|february|november|december|january|october|august|march|april|june|july|may)`,
	'b': `(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
	'p': `(?P<p>am|pm)`,
	'%': `%`,
}

var fullMonths = []string{"", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

var strptimeCache sync.Map // format -> *regexp.Regexp

var (
	strptimeSpecial = regexp.MustCompile(`([\\.^$*+?(){}\[\]|])`)
	strptimeSpace   = regexp.MustCompile(`\s+`)
)

// strptimePattern is TimeRE.pattern; ok is false with the message of the
// ValueError CPython raises for the format.
func strptimePattern(format string) (string, string) {
	f := strptimeSpecial.ReplaceAllString(format, `\$1`)
	f = strptimeSpace.ReplaceAllString(f, `\s+`)
	var b strings.Builder
	for {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			break
		}
		if i+1 >= len(f) {
			return "", "stray % in format '" + format + "'"
		}
		b.WriteString(f[:i])
		c := f[i+1]
		var pat string
		switch c {
		case 'W':
			pat = strings.Replace(strptimeBase['U'], "U", "W", 1)
		case 'c':
			pat, _ = strptimePattern("%a %b %d %H:%M:%S %Y")
		case 'x':
			pat, _ = strptimePattern("%m/%d/%y")
		case 'X':
			pat, _ = strptimePattern("%H:%M:%S")
		case 'Z':
			pat = `(?P<Z>` + strings.Join(zoneNames(), "|") + `)`
		default:
			p, ok := strptimeBase[c]
			if !ok {
				bad := string(f[i+1:])
				r, _ := decodeRune(bad)
				if r == '\\' {
					r = '%'
				}
				if bad == "" {
					r = 0
				}
				return "", "'" + string(r) + "' is a bad directive in format '" + format + "'"
			}
			pat = p
		}
		b.WriteString(pat)
		_, size := decodeRune(f[i+1:])
		f = f[i+1+size:]
	}
	b.WriteString(f)
	return b.String(), ""
}

// zoneNames are LocaleTime.timezone's names: utc, gmt and the local
// zone's abbreviations, longest first.
func zoneNames() []string {
	names := []string{"utc", "gmt"}
	seen := map[string]bool{"utc": true, "gmt": true}
	for _, n := range localZoneAbbrevs() {
		n = strings.ToLower(n)
		if !seen[n] {
			seen[n] = true
			names = append(names, regexp.QuoteMeta(n))
		}
	}
	// sorted by length, longest first (a stable sort keeps ties in order)
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && len(names[j]) > len(names[j-1]); j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return names
}

// localZoneAbbrevs are time.tzname: the local zone's standard and
// daylight abbreviations (January and July of 2021, as a fixed probe).
func localZoneAbbrevs() []string {
	z := localZone()
	jan, _ := timeIn(2021, 1, 1, z).Zone()
	jul, _ := timeIn(2021, 7, 1, z).Zone()
	if jan == jul {
		return []string{jan}
	}
	return []string{jan, jul}
}

func strptime(data, format any) dtmVal {
	for i, a := range []any{data, format} {
		if _, ok := a.(string); !ok {
			panic(New(TypeError, "strptime() argument "+itoa(i+1)+" must be str, not "+TypeName(a)))
		}
	}
	s, f := data.(string), format.(string)
	var re *regexp.Regexp
	if v, ok := strptimeCache.Load(f); ok {
		re = v.(*regexp.Regexp)
	} else {
		pat, msg := strptimePattern(f)
		if msg != "" {
			panic(New(ValueError, msg))
		}
		re = regexp.MustCompile(`(?i)^(?:` + pat + `)`)
		strptimeCache.Store(f, re)
	}
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		panic(New(ValueError, "time data "+Repr(s)+" does not match format "+Repr(f)))
	}
	if loc[1] != len(s) {
		panic(New(ValueError, "unconverted data remains: "+s[loc[1]:]))
	}
	year, month, day, hour, minute, second, fraction := -1, 1, 1, 0, 0, 0, 0
	julian := -1
	var gmtoff, gmtoffFrac int
	hasOff := false
	var tzname string
	group := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && loc[2*i] >= 0 {
			group[name] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	atoi := func(x string) int { n, _ := strconv.Atoi(strings.TrimSpace(x)); return n }
	for _, name := range re.SubexpNames() {
		v, ok := group[name]
		if !ok {
			continue
		}
		switch name {
		case "y":
			year = atoi(v)
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case "Y":
			year = atoi(v)
		case "m":
			month = atoi(v)
		case "B":
			month = indexOf(fullMonths, strings.ToLower(v))
		case "b":
			month = indexOf(lowerAbbr(monthAbbr), strings.ToLower(v))
		case "d":
			day = atoi(v)
		case "H":
			hour = atoi(v)
		case "I":
			hour = atoi(v)
			switch strings.ToLower(group["p"]) {
			case "", "am":
				if hour == 12 {
					hour = 0
				}
			case "pm":
				if hour != 12 {
					hour += 12
				}
			}
		case "M":
			minute = atoi(v)
		case "S":
			second = atoi(v)
		case "f":
			fraction = atoi(v + strings.Repeat("0", 6-len(v)))
		case "A", "a", "w", "u":
			// The weekday only matters with %U/%W/%V, which stop below.
		case "j":
			julian = atoi(v)
		case "U", "W", "G", "V":
			Unsupported("strptime's %" + name + " directive")
		case "z":
			hasOff = true
			if v != "Z" {
				z := v
				if z[3] == ':' {
					z = z[:3] + z[4:]
					if len(z) > 5 {
						if z[5] != ':' {
							panic(New(ValueError, "Inconsistent use of : in "+v))
						}
						z = z[:5] + z[6:]
					}
				}
				gmtoff = atoi(z[1:3])*3600 + atoi(z[3:5])*60
				if len(z) >= 7 {
					gmtoff += atoi(z[5:7])
				}
				rest := ""
				if len(z) > 8 {
					rest = z[8:]
				}
				gmtoffFrac = atoi(rest + strings.Repeat("0", 6-len(rest)))
				if z[0] == '-' {
					gmtoff, gmtoffFrac = -gmtoff, -gmtoffFrac
				}
			}
		case "Z":
			tzname = v
		}
	}
	leapFix := false
	if year < 0 {
		year = 1900
		if month == 2 && day == 29 {
			year, leapFix = 1904, true
		}
	}
	if julian >= 0 {
		y, m, d := ordToYmd(julian - 1 + ymdToOrd(year, 1, 1))
		year, month, day = y, m, d
	} else {
		checkDate(year, month, day)
	}
	if leapFix {
		year = 1900
	}
	checkDate(year, month, day)
	v := dtmVal{dateVal{year, month, day}, timeVal{h: hour, mi: minute, s: second, us: fraction}}
	if hasOff {
		off := tdFromParts(0, gmtoff, gmtoffFrac)
		if off.days < -1 || off.days >= 1 {
			panic(New(ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "+off.repr()+"."))
		}
		if tzname != "" {
			v.tz = dtNew(TimezoneType, tzVal{off, tzname})
		} else {
			v.tz = newTimezone(off, nil)
		}
	}
	return v
}

func lowerAbbr(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.ToLower(x)
	}
	return out
}
