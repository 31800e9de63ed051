"""Usage billing: metering tasks record usage in periods, timedelta arithmetic prorates and
splits them, and invoices print dates the way accountants like."""
import asyncio
from datetime import date, datetime, timedelta

RATE_PER_HOUR = 0.42


def month_end(d):
    first_next = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_next - timedelta(days=1)


def split_by_day(start, end):
    pieces = []
    cur = start
    while cur < end:
        nxt = min(datetime.combine(cur.date() + timedelta(days=1), datetime.min.time()), end)
        pieces.append((cur.date(), nxt - cur))
        cur = nxt
    return pieces


async def meter(customer, sessions, ledger):
    for start, minutes in sessions:
        await asyncio.sleep(minutes / 1000)
        begin = datetime.fromisoformat(start)
        ledger.append((customer, begin, begin + timedelta(minutes=minutes)))


async def main():
    ledger = []
    await asyncio.gather(
        meter("acme", [("2024-01-31T22:30", 180), ("2024-02-15T09:00", 45.5)], ledger),
        meter("globex", [("2024-02-28T23:59:30", 1), ("2024-02-29T12:00", 60 * 24 * 2)], ledger),
        meter("initech", [("2023-12-31T23:00", 120)], ledger),
    )
    ledger.sort(key=lambda e: (e[0], e[1]))
    for customer, begin, end in ledger:
        used = end - begin
        hours = used / timedelta(hours=1)
        print(f"{customer:8} {begin:%d %b %Y %H:%M} -> {end:%d %b %H:%M:%S} used {used} = {hours:.4f} h "
              f"cost {hours * RATE_PER_HOUR:.2f}")
        for day, part in split_by_day(begin, end):
            share = part / used
            print(f"           {day.isoformat()} {str(part):>16} {share:6.2%} full days={part // timedelta(days=1)} rest={part % timedelta(hours=1)}")
    for d in [date(2024, 1, 15), date(2024, 2, 10), date(2023, 2, 1), date(2024, 12, 31)]:
        end = month_end(d)
        print(d, "period ends", end, f"({(end - d).days} days left, week {end.isocalendar()[1]}, {end:%a})")
    quarter = timedelta(days=91, hours=6)
    print(quarter, quarter * 4, quarter / 3, quarter // 7, -quarter, abs(-quarter), quarter * 0.1, 2.5 * quarter)
    print(repr(quarter), repr(-timedelta(microseconds=1)), timedelta(weeks=1.5, hours=-36), timedelta(seconds=86399.9999995))
    print(divmod(timedelta(days=10), timedelta(days=3)), timedelta(hours=36).days, timedelta(hours=36).seconds)
    print(sorted([timedelta(hours=2), timedelta(minutes=-5), timedelta(0), timedelta(days=-1)]))
    print(timedelta.max, timedelta.min, timedelta.resolution, date.max, date.min, datetime.max)
    print(bool(timedelta(0)), bool(timedelta(microseconds=1)), timedelta(hours=1) == timedelta(minutes=60), hash(timedelta(1)) == hash(timedelta(hours=24)))


asyncio.run(main())
