"""Timestamped log lines from concurrent tasks, in several zones and formats."""
import asyncio
import time
from datetime import datetime, timedelta, timezone

ZONES = {
    "UTC": timezone.utc,
    "NYC": timezone(timedelta(hours=-5), "EST"),
    "IST": timezone(timedelta(hours=5, minutes=30)),
    "NPT": timezone(timedelta(hours=5, minutes=45), "Nepal"),
    "odd": timezone(-timedelta(hours=3, minutes=30, seconds=15)),
}


def stamp(fmt="%Y-%m-%d %H:%M:%S"):
    return datetime.fromtimestamp(time.time()).strftime(fmt)


async def service(name, period, count, zone):
    for i in range(count):
        await asyncio.sleep(period)
        now = datetime.now(ZONES[zone])
        print(f"[{stamp()}] {name:>6} #{i} local={now.isoformat(timespec='milliseconds')} "
              f"zone={now.tzname()} offset={now.utcoffset()} utc={now.astimezone(timezone.utc):%H:%M:%S}")


async def main():
    t0 = datetime.now(timezone.utc)
    await asyncio.gather(service("api", 0.75, 3, "NYC"), service("db", 1.2, 2, "IST"),
                         service("cache", 2.0, 1, "NPT"), service("edge", 0.4, 2, "odd"))
    t1 = datetime.now(timezone.utc)
    print("elapsed:", t1 - t0)
    for label, zone in ZONES.items():
        local = t1.astimezone(zone)
        print(f"{label:>4}: {local} | {local.strftime('%a %d %b %Y %I:%M:%S %p %Z %z')} | repr {zone!r} | str {zone}")
    for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
        print(f"{spec:>12}: {t1.isoformat(timespec=spec)} {t1.isoformat(' ', spec)}")
    print(t1.ctime(), "|", t1.timestamp(), "|", datetime.fromtimestamp(t1.timestamp(), ZONES["IST"]))
    print(datetime.utcfromtimestamp(0), datetime.fromtimestamp(1.5e9, timezone.utc), datetime.fromtimestamp(-86400.25))
    naive = datetime(2024, 7, 4, 12, 0)
    print(naive.astimezone(), naive.timestamp(), naive.replace(tzinfo=ZONES["NYC"]).timestamp())
    print("same instant:", t1 == t1.astimezone(ZONES["odd"]), hash(t1) == hash(t1.astimezone(ZONES["IST"])))
    print(f"{t1:%j %U %W %u %w %G-W%V %C %y %e|%k|%l|%D|%T|%R|%r|%c|%x|%X|%%|%f}")


asyncio.run(main())
