package rt

import (
	"testing"

	"github.com/pyasync2go/pyasync2go/rt/py"
	"github.com/stretchr/testify/assert"
)

// Output of `python3 st.py`:
//
//	import time, os
//	os.environ["TZ"] = "Europe/Paris"; time.tzset()
//	t = time.localtime(1612200605.75)
//	print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %X %I%p %Z %z %y %w %u %%", t))
//	print(time.ctime(1612200605))
//	print(t)
//	os.environ["TZ"] = "UTC"; time.tzset()
//	print(time.strftime("%X %x %c", time.localtime(1612200605)))
func TestStrftimeLocalZone(t *testing.T) {
	t.Setenv("TZ", "Europe/Paris")
	st := TimeLocaltime(1612200605.75)
	assert.Equal(t, "2021-02-01 18:30:05 Mon Monday Feb February 032 18:30:05 06PM CET +0100 21 1 1 %",
		TimeStrftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %X %I%p %Z %z %y %w %u %%", st))
	assert.Equal(t, "Mon Feb  1 18:30:05 2021", TimeCtime(1612200605))
	assert.Equal(t, "time.struct_time(tm_year=2021, tm_mon=2, tm_mday=1, tm_hour=18, tm_min=30, tm_sec=5, tm_wday=0, tm_yday=32, tm_isdst=0)",
		st.(*StructTime).PyRepr())
	t.Setenv("TZ", "UTC")
	assert.Equal(t, "17:30:05 02/01/21 Mon Feb  1 17:30:05 2021", TimeStrftime("%X %x %c", TimeLocaltime(1612200605)))
	// time.strftime("%Y-%m-%d %H:%M", (2024, 3, 9, 7, 5, 0, 0, 0, 0)) == '2024-03-09 07:05'
	assert.Equal(t, "2024-03-09 07:05", TimeStrftime("%Y-%m-%d %H:%M", py.Tuple{2024, 3, 9, 7, 5, 0, 0, 0, 0}))
}

// Under the virtual clock time.time() is EPOCH + clock and strftime(fmt)
// formats that instant (the oracle's contract).
func TestVirtualWallClock(t *testing.T) {
	testMu.Lock()
	defer testMu.Unlock()
	t.Setenv("TZ", "UTC")
	setVirtualClock(true)
	defer setVirtualClock(false)
	assert.Equal(t, 1612200605.0, TimeTime())
	TimeSleep(2.5)
	assert.Equal(t, 2.5, TimeMonotonic())
	assert.Equal(t, 2.5, TimePerfCounter())
	assert.Equal(t, "17:30:07", TimeStrftime("%X", nil))
	// The _ns forms are the oracle's integers: EPOCH * 10**9 + round(now * 10**9).
	assert.Equal(t, 2_500_000_000, TimeMonotonicNs())
	assert.Equal(t, 1612200607_500_000_000, TimeTimeNs())
	TimeSleep(0.1) // 2.6 is not exact in binary; round() still gives the nearest ns
	assert.Equal(t, 2_600_000_000, TimeMonotonicNs())
}
