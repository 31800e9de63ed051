"""Survey workers: each task measures a polygon and reports its geometry."""
import asyncio
import math
from dataclasses import dataclass


@dataclass
class Polygon:
    name: str
    points: list

    def perimeter(self):
        pts = self.points
        return math.fsum(math.dist(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))

    def area(self):
        pts = self.points
        twice = math.fsum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1]
                          for i in range(len(pts)))
        return math.fabs(twice) / 2


def zigzag(name, sides, radius):
    step = math.tau / sides
    pts = []
    for k in range(sides):
        angle = step * k
        pts.append((round(radius * math.copysign(1.0, math.pi - angle), 6), round(radius * k / sides, 6)))
    return Polygon(name, pts)


async def survey(poly, delay, results):
    await asyncio.sleep(delay)
    per = poly.perimeter()
    area = poly.area()
    # isoperimetric quotient: 1.0 for a circle
    q = 4 * math.pi * area / per ** 2 if per else math.nan
    results[poly.name] = (per, area, q)
    print(f"{poly.name:>8}: perimeter={per:.6f} area={area:.4f} q={q:.5f} diag={math.hypot(*poly.points[0]):.3f}")
    return per


async def main():
    polys = [
        Polygon("square", [(0, 0), (2, 0), (2, 2), (0, 2)]),
        Polygon("triangle", [(0, 0), (3, 0), (0, 4)]),
        Polygon("sliver", [(0, 0), (1e-9, 0), (1, 1e-9)]),
        zigzag("zigzag", 6, 3.5),
        Polygon("degenerate", [(1, 1), (1, 1)]),
    ]
    results = {}
    perims = await asyncio.gather(*(survey(p, 0.01 * (len(polys) - i), results) for i, p in enumerate(polys)))
    print("perimeters:", [round(p, 9) for p in perims])
    print("total (fsum):", math.fsum(perims), "total (sum):", sum(perims))
    best = max(results, key=lambda n: results[n][2] if not math.isnan(results[n][2]) else -1)
    print("most compact:", best, math.isclose(results[best][2], math.pi / 4, rel_tol=1e-12))
    side = math.sqrt(results["square"][1])
    print("square side", side, "floor/ceil", math.floor(side * 1.5), math.ceil(side * 1.5), math.trunc(-side * 1.5))
    print("angles:", [round(math.degrees(r), 3) for r in (math.pi / 6, math.pi / 4, 1)])
    print("radians:", math.radians(180) == math.pi, math.radians(30))
    volumes = [27, 1000.0, 2.0, -8, 1e-300, 10 ** 30]
    print("cube sides:", [math.cbrt(v) for v in volumes], math.cbrt(math.inf), math.cbrt(-0.0))
    for a, b in [((0, 0), (3, 4, 5)), ((1, 2), (4, 6))]:
        try:
            print("dist", math.dist(a, b))
        except ValueError as e:
            print("ValueError:", e)
    try:
        math.fsum([1e308, 1e308])
    except OverflowError as e:
        print("OverflowError:", e)
    print(math.fsum([math.inf, 1.0]), math.fsum([]), math.hypot(), math.hypot(-7))


asyncio.run(main())
