package surface

func registerDatetime() {
	class := func(name, goName string) *Entry { return &Entry{Name: name, Kind: Value, Go: "py." + goName} }
	addModule(&Module{Name: "datetime", Coverage: "`date`, `time`, `datetime`, `timedelta`, `timezone` (fixed offsets): arithmetic, comparisons, `isoformat`/`fromisoformat`, `strftime`/`strptime` (not %U %W %G %V), `now`/`today`/`fromtimestamp` under the clock contract; not tzinfo subclasses, `timetuple`"}, []*Entry{
		class("date", "DateType"),
		class("time", "TimeType"),
		class("datetime", "DatetimeType"),
		class("timedelta", "TimedeltaType"),
		class("timezone", "TimezoneType"),
		class("tzinfo", "TzinfoType"),
		{Name: "UTC", Kind: Value, Go: "py.DatetimeUTC", GoCall: true},
		{Name: "MINYEAR", Kind: Value, Const: 1, Result: Int},
		{Name: "MAXYEAR", Kind: Value, Const: 9999, Result: Int},
	})
}
