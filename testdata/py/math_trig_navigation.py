"""Drone navigation: tasks compute headings, great-circle distances and
climb profiles for waypoints, and a supervisor collects what failed."""
import asyncio
import math

EARTH_KM = 6371.0088


def haversine(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    dlat, dlon = lat2 - lat1, lon2 - lon1
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


def bearing(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    dlon = lon2 - lon1
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def climb_angle(rise, run):
    return math.degrees(math.atan(rise / run))


async def leg(name, a, b, delay, log):
    await asyncio.sleep(delay)
    d = haversine(a, b)
    hdg = bearing(a, b)
    log.append((name, d, hdg))
    print(f"{name}: {d} km heading {hdg}")
    print(f"  {name} repr-level: tan={math.tan(math.radians(hdg))!r} acos={math.acos(math.cos(math.radians(hdg)))!r}")
    return d


async def profile(samples):
    out = []
    for rise, run in samples:
        await asyncio.sleep(0)
        try:
            angle = climb_angle(rise, run)
            slope = math.tan(math.radians(angle))
            out.append((angle, slope, math.hypot(rise, run)))
        except ZeroDivisionError as e:
            out.append(("vertical", str(e)))
    return out


async def main():
    points = {
        "HQ": (52.5200, 13.4050),
        "depot": (48.8566, 2.3522),
        "pole": (89.9999, 0.0),
        "antipode": (-52.5200, -166.5950),
        "same": (52.5200, 13.4050),
    }
    log = []
    legs = [("HQ->depot", "HQ", "depot"), ("depot->pole", "depot", "pole"),
            ("HQ->antipode", "HQ", "antipode"), ("HQ->same", "HQ", "same")]
    dists = await asyncio.gather(*(leg(n, points[a], points[b], 0.01 * i, log) for i, (n, a, b) in enumerate(legs)))
    print("total", math.fsum(dists))
    print("profile", await profile([(3, 4), (1, 1e9), (-2.5, 7), (5, 0)]))

    # the angles a gimbal sweeps, with every function of the family
    for deg in (0, 30, 45, 60, 90, 120, 180, 270, 360, 1e6, -0.0):
        r = math.radians(deg)
        print(deg, math.sin(r), math.cos(r), math.tan(r))
    for v in (0.0, 0.25, 0.5, 0.75, 0.97, 0.9999999, 1.0, -1.0, -0.3):
        print("inv", v, math.asin(v), math.acos(v), math.atan(v))
    for y, x in ((1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (math.inf, math.inf), (3, 1e-320)):
        print("atan2", y, x, math.atan2(y, x))
    print("big", math.sin(1e22), math.cos(1e300), math.tan(2 ** 60), math.sin(12345678901234567890))

    # caught domain errors as the supervisor reports them
    bad = [("asin", math.asin, 1.5), ("acos", math.acos, -2), ("sin", math.sin, math.inf),
           ("cos", math.cos, -math.inf), ("tan", math.tan, math.inf), ("atan", math.atan, math.nan)]
    for name, fn, arg in bad:
        try:
            print(name, arg, "->", fn(arg))
        except ValueError as e:
            print(f"{name}({arg}) failed: {type(e).__name__}: {e}")
    try:
        math.sin("north")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
