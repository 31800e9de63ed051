"""Every statistics function over random data sets: ints, floats, cancelling magnitudes, one-item sets."""
import random
import statistics as st

for trial in range(160):
    k = random.randint(1, 12)
    kind = trial % 4
    if kind == 0:
        data = [random.uniform(-100, 100) for _ in range(k)]
    elif kind == 1:
        data = [random.randint(-50, 50) for _ in range(k)]
    elif kind == 2:
        data = [random.choice([0.1, 0.2, 0.3, 1e16, -1e16, 3, 7]) for _ in range(k)]
    else:
        data = [random.randint(1, 10) * random.random() for _ in range(k)]
    out = []
    for fn in [st.mean, st.fmean, st.median, st.median_low, st.median_high, lambda d: st.median_grouped(d), st.mode, st.multimode,
               st.variance, st.pvariance, st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean, lambda d: st.quantiles(d)]:
        try:
            out.append(repr(fn(data)))
        except (st.StatisticsError, ValueError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(trial, " ".join(out))
