package rt

import (
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The datetime module (rt/py) reads the clock contract through these
// hooks: now() is time.time(), local times use TZ, and strftime is the
// C-locale strftime time.strftime uses.
func init() {
	py.DatetimeHooks.Now = wallTime
	py.DatetimeHooks.Zone = localZone
	py.DatetimeHooks.Strftime = func(format string, t time.Time) string { return strftime(format, &StructTime{T: t}) }
}
