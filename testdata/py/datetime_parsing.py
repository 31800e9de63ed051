"""Parsing user-supplied dates in a booking service: strptime and fromisoformat with their
errors, due dates and business days, ISO weeks."""
import asyncio
from datetime import date, datetime, time, timedelta, timezone

REQUESTS = [
    ("alice", "2024-03-15T14:30:00", "%Y-%m-%dT%H:%M:%S"),
    ("bob", "15/03/2024 2:30 PM", "%d/%m/%Y %I:%M %p"),
    ("carol", "March 15, 2024", "%B %d, %Y"),
    ("dave", "2024-02-30", "%Y-%m-%d"),
    ("erin", "2024-03-15 14:30", "%Y-%m-%d"),
    ("frank", "15.03.24", "%d.%m.%y"),
    ("grace", "Fri Mar 15 09:05:00 2024", "%a %b %d %H:%M:%S %Y"),
    ("heidi", "2024-075 23:59:59.5", "%Y-%j %H:%M:%S.%f"),
    ("ivan", "2024-03-15 10:00 +0530", "%Y-%m-%d %H:%M %z"),
    ("judy", "12:00 am", "%I:%M %p"),
    ("mallory", "2024-03-15", "%Y-%m-%d %Q"),
    ("niaj", "29 Feb", "%d %b"),
]

ISO = ["2024-03-15", "2024-03-15T09:00:00Z", "2024-03-15 09:00:00.123+02:00", "20240315T090000",
       "2024-W11-5", "2024-03-15T25:00", "15/03/2024", "2024-03-15T09:00:00,5-03:30", "2024-13-01"]


def business_days_after(start, n):
    day = start
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


async def book(name, text, fmt):
    await asyncio.sleep(0.1)
    when = datetime.strptime(text, fmt)
    return name, when


async def main():
    results = await asyncio.gather(*(book(*r) for r in REQUESTS), return_exceptions=True)
    for (name, text, fmt), res in zip(REQUESTS, results):
        if isinstance(res, ValueError):
            print(f"{name:8} {text!r:30} rejected: {res}")
            continue
        _, when = res
        due = business_days_after(when.date(), 3)
        print(f"{name:8} {text!r:30} -> {when!r}")
        print(f"         weekday={when.strftime('%A')} iso={when.isocalendar()} due={due} ({due:%a}) in {due - when.date()}")
    for text in ISO:
        try:
            dt = datetime.fromisoformat(text)
        except ValueError as exc:
            print(f"fromisoformat({text!r}) failed: {exc}")
        else:
            print(f"fromisoformat({text!r}) = {dt} tz={dt.tzinfo}")
    print(date.fromisoformat("2024-03-15") == datetime.fromisoformat("2024-03-15").date())
    print(time.fromisoformat("09:30:15.250"), time.fromisoformat("T0930+01:00"), date.fromisocalendar(2024, 52, 7))
    for bad in ["2024-3-5", "24-03-15"]:
        try:
            date.fromisoformat(bad)
        except ValueError as exc:
            print("date:", exc)
    try:
        datetime.strptime(20240315, "%Y%m%d")
    except TypeError as exc:
        print("TypeError:", exc)
    slots = [datetime.combine(date(2024, 3, 15), time(h, m)) for h in (9, 13) for m in (0, 45)]
    print([s.strftime("%H:%M") for s in slots], slots[-1] - slots[0])
    aware = datetime.combine(date(2024, 3, 15), time(9, tzinfo=timezone.utc))
    print(aware, aware.timetz(), aware.time(), aware.date().ctime())


asyncio.run(main())
