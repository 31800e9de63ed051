"""What goes wrong with dates in a reporting pipeline, caught and printed as CPython words it."""
import asyncio
from datetime import date, datetime, time, timedelta, timezone


class Window:
    def __init__(self, start, length):
        self.start = start
        self.length = length

    @property
    def end(self):
        return self.start + self.length

    def contains(self, when):
        return self.start <= when < self.end


async def check(label, fn):
    await asyncio.sleep(0)
    try:
        result = fn()
    except (TypeError, ValueError, OverflowError, ZeroDivisionError, AttributeError) as exc:
        return f"{label}: {type(exc).__name__}: {exc}"
    return f"{label}: {result!r}"


async def main():
    naive = datetime(2024, 1, 1, 12)
    aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    window = Window(aware, timedelta(hours=2))
    checks = {
        "naive < aware": lambda: naive < aware,
        "naive == aware": lambda: naive == aware,
        "naive - aware": lambda: naive - aware,
        "window.contains(naive)": lambda: window.contains(naive),
        "window.contains(aware)": lambda: window.contains(aware + timedelta(minutes=30)),
        "datetime < date": lambda: naive < date(2024, 1, 1),
        "date == datetime": lambda: date(2024, 1, 1) == naive,
        "datetime + int": lambda: naive + 1,
        "date - datetime": lambda: date(2024, 1, 2) - naive,
        "timedelta - date": lambda: timedelta(1) - date(2024, 1, 1),
        "month 13": lambda: date(2024, 13, 1),
        "Feb 30": lambda: datetime(2023, 2, 29),
        "year 0": lambda: date(0, 1, 1),
        "hour 24": lambda: time(24),
        "second 60": lambda: datetime(2024, 1, 1, 0, 0, 60),
        "float year": lambda: date(2024.0, 1, 1),
        "missing day": lambda: date(2024, 1),
        "bad keyword": lambda: datetime(2024, 1, 1, minutes=5),
        "bad tzinfo": lambda: datetime(2024, 1, 1, tzinfo="UTC"),
        "fold 2": lambda: datetime(2024, 1, 1, fold=2),
        "after max": lambda: datetime.max + timedelta(microseconds=1),
        "before min": lambda: date.min - timedelta(days=1),
        "huge delta": lambda: timedelta(days=10**9),
        "delta of str": lambda: timedelta(hours="1"),
        "delta / 0": lambda: timedelta(hours=1) / 0,
        "delta // zero delta": lambda: timedelta(hours=1) // timedelta(0),
        "delta % zero delta": lambda: timedelta(hours=1) % timedelta(0),
        "offset 24h": lambda: timezone(timedelta(hours=24)),
        "offset int": lambda: timezone(3600),
        "bad timespec": lambda: naive.isoformat(timespec="nanoseconds"),
        "bad sep": lambda: naive.isoformat(sep="--"),
        "set year": lambda: setattr(naive, "year", 2025),
        "unknown attribute": lambda: naive.millisecond,
        "naive time vs aware": lambda: time(1) < time(1, tzinfo=timezone.utc),
        "replace Feb 29": lambda: date(2024, 2, 29).replace(year=2023),
        "fromtimestamp nan": lambda: datetime.fromtimestamp(float("nan")),
        "format(int spec)": lambda: format(naive, 5),
        "ordinal 0": lambda: date.fromordinal(0),
        "iso week 54": lambda: date.fromisocalendar(2024, 54, 1),
    }
    lines = await asyncio.gather(*(check(label, fn) for label, fn in checks.items()))
    print("\n".join(lines))
    print(window.end, window.contains(aware), window.contains(window.end))
    print(sorted([aware + timedelta(minutes=m) for m in (30, -15, 0)]))
    print(max(date(2024, 5, 1), date(2023, 12, 31)), min(time(23), time(1, 30)))
    print({date(2024, 1, 1): "new year"}.get(datetime(2024, 1, 1).date()), date(2024, 1, 1) in [datetime(2024, 1, 1)])


asyncio.run(main())
