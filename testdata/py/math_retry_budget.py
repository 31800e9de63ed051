"""A retry planner: exponential backoff, failure odds and a budget check per job."""
import asyncio
import math


class BudgetExceeded(Exception):
    pass


def backoff(attempt, base=0.05, factor=1.7, cap=2.0):
    return min(cap, base * math.pow(factor, attempt))


def odds_all_fail(p_fail, tries):
    # log-space keeps tiny probabilities finite
    return math.exp(tries * math.log(p_fail)) if p_fail > 0 else 0.0


def ways(n, k):
    return math.comb(n, k), math.perm(n, k)


async def plan(job, p_fail, tries, budget):
    delays = [backoff(a) for a in range(tries)]
    total = math.fsum(delays)
    await asyncio.sleep(total / 100)
    print(f"{job}: delays={[round(d, 4) for d in delays]} total={total!r}")
    print(f"{job}: P(all fail)={odds_all_fail(p_fail, tries):.3e} log2(1/p)={math.log2(1 / p_fail) if p_fail else math.inf:.4f}")
    if total > budget:
        raise BudgetExceeded(f"{job} needs {total:.3f}s, budget {budget}s")
    return total


async def main():
    jobs = [("sync", 0.2, 4, 1.0), ("upload", 0.5, 8, 5.0), ("index", 0.01, 3, 0.5), ("mirror", 0.9, 12, 3.0)]
    results = await asyncio.gather(*(plan(*j) for j in jobs), return_exceptions=True)
    for (name, *_), r in zip(jobs, results):
        if isinstance(r, Exception):
            print("failed:", type(r).__name__, r)
        else:
            print("planned:", name, r, math.ulp(r))
    print("growth:", 1.1 ** 10, math.pow(1.1, 10), math.exp(10 * math.log(1.1)), math.exp2(0.5), 10 ** -23)
    print("ways:", ways(20, 3), ways(5, 7), math.factorial(20), math.factorial(30))
    print("gcd/lcm:", math.gcd(84, 126, 210), math.lcm(4, 6, 10), math.gcd(), math.lcm(), math.gcd(-2 ** 70, 2 ** 65))
    print("isqrt:", math.isqrt(10 ** 30 + 12345), math.isqrt(0))
    print("erf:", math.erf(0.5), math.erf(-1.1), math.erfc(2.5), math.erfc(-0.3), 1 - math.erf(3.0), math.erfc(30))
    print("gamma:", math.gamma(0.5) ** 2, math.gamma(7), math.lgamma(1000.25), math.gamma(1e-300))
    print("log:", math.log(1024, 2), math.log(10 ** 400), math.log10(10 ** 400), math.log(8, 2.0), math.log(True))
    m, e = math.frexp(123.456)
    print("frexp/ldexp:", math.frexp(-0.1), (m, e), math.ldexp(m, e), math.modf(-2.75))
    print("remainder:", [math.remainder(x, 2) for x in (3, 5, -3, 2.5)], math.fmod(-10, 3), -10 % 3)
    checks = [
        ("factorial(-1)", lambda: math.factorial(-1)),
        ("factorial(2.5)", lambda: math.factorial(2.5)),
        ("isqrt(-4)", lambda: math.isqrt(-4)),
        ("comb(-1, 2)", lambda: math.comb(-1, 2)),
        ("perm(4, -1)", lambda: math.perm(4, -1)),
        ("log(-1)", lambda: math.log(-1)),
        ("log(0)", lambda: math.log(0)),
        ("log(5, 1)", lambda: math.log(5, 1)),
        ("pow(0, -1)", lambda: math.pow(0, -1)),
        ("pow(10, 400)", lambda: math.pow(10, 400)),
        ("exp(800)", lambda: math.exp(800)),
        ("gamma(-2)", lambda: math.gamma(-2)),
        ("sqrt(-0.5)", lambda: math.sqrt(-0.5)),
        ("ceil(inf)", lambda: math.ceil(math.inf)),
        ("floor(nan)", lambda: math.floor(math.nan)),
        ("trunc('7')", lambda: math.trunc("7")),
        ("sqrt('4')", lambda: math.sqrt("4")),
        ("ldexp(1.0, 2.0)", lambda: math.ldexp(1.0, 2.0)),
        ("isclose tol", lambda: math.isclose(1, 1.1, rel_tol=-0.1)),
        ("fsum inf-inf", lambda: math.fsum([math.inf, -math.inf])),
        ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
    ]
    for label, fn in checks:
        try:
            print(label, "->", fn())
        except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
            print(label, "->", type(e).__name__ + ":", e)
    print("nextafter:", math.nextafter(0.0, -1.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -0.0))
    print("ulp:", math.ulp(0.0), math.ulp(1e308), math.ulp(-math.inf), math.ulp(1.7976931348623157e308))
    print("prod:", math.prod([]), math.prod([2, 3.5]), math.prod([True, 2]), math.prod([[1], 2][::-1], start=1))


asyncio.run(main())
