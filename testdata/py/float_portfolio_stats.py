"""Portfolio growth report: compound interest, CAGR, volatility, percentiles."""
import asyncio
import random

PRICES = {
    "ACME": [100.0, 103.2, 101.7, 108.9, 115.3, 111.0, 119.4, 124.8],
    "GLOBEX": [55.5, 54.1, 57.9, 60.2, 58.8, 63.4, 66.1, 70.0],
    "INITECH": [12.0, 12.6, 11.9, 13.8, 15.1, 14.2, 16.9, 18.3],
}


def compound(principal: float, rate: float, per_year: int, years: float) -> float:
    return principal * (1 + rate / per_year) ** (per_year * years)


def cagr(start: float, end: float, years: float) -> float:
    return (end / start) ** (1 / years) - 1


def percentile(values: list, q: float) -> float:
    xs = sorted(values)
    k = (len(xs) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def stdev(values: list) -> float:
    mean = sum(values) / len(values)
    return (sum((v - mean) ** 2 for v in values) / (len(values) - 1)) ** 0.5


def geometric_mean(returns: list) -> float:
    prod = 1.0
    for r in returns:
        prod *= 1 + r
    return prod ** (1 / len(returns)) - 1


async def analyse(symbol: str, prices: list) -> dict:
    await asyncio.sleep(len(symbol) * 0.01)
    returns = [b / a - 1 for a, b in zip(prices, prices[1:])]
    return {
        "symbol": symbol,
        "cagr": cagr(prices[0], prices[-1], len(prices) / 4),
        "vol": stdev(returns) * 4 ** 0.5,
        "geo": geometric_mean(returns),
        "p10": percentile(returns, 0.1),
        "p90": percentile(returns, 0.9),
    }


async def main():
    reports = await asyncio.gather(*(analyse(s, p) for s, p in PRICES.items()))
    for rep in sorted(reports, key=lambda r: r["cagr"], reverse=True):
        print(f"{rep['symbol']:<8} cagr={rep['cagr']:.3%} vol={rep['vol']:.6g} geo={rep['geo']!r}")
        print(f"         p10={rep['p10']:+.4e} p90={rep['p90']:.5f}")

    for per_year in (1, 4, 12, 365):
        amount = compound(10_000.0, 0.045, per_year, 10)
        print(per_year, amount, round(amount, 2), f"{amount:,.2f}")

    random.seed(7)
    paths = []
    for _ in range(5):
        value = 1000.0
        for month in range(24):
            value *= (1 + random.uniform(-0.06, 0.075)) ** (30 / 31)
        paths.append(value)
        await asyncio.sleep(0)
    print([round(p, 4) for p in paths])
    print(percentile(paths, 0.5), max(paths) ** (1 / 24), min(paths) ** -0.25)
    print(10 ** -23, 1.1 ** 10, 2 ** (1 / 3), 7 ** 0.5, 1e-3 ** 1.5)


asyncio.run(main())
