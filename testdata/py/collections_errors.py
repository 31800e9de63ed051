"""Error cases of the collections types, caught and reported by a job runner."""
import asyncio
from collections import Counter, OrderedDict, defaultdict, deque


async def attempt(label, action):
    await asyncio.sleep(0.01)
    try:
        result = action()
    except (IndexError, KeyError, ValueError, TypeError, RuntimeError) as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: ok {result!r}")


def mutate_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


async def main():
    full = deque([1, 2], maxlen=2)
    jobs = [
        ("pop empty", lambda: deque().pop()),
        ("popleft empty", lambda: deque().popleft()),
        ("index out of range", lambda: full[5]),
        ("remove missing", lambda: full.remove(9)),
        ("index missing", lambda: full.index(9)),
        ("insert into full", lambda: full.insert(0, 0)),
        ("negative maxlen", lambda: deque([], maxlen=-1)),
        ("rotate by str", lambda: full.rotate("x")),
        ("mutate during iteration", mutate_while_iterating),
        ("missing with no factory", lambda: defaultdict(None)["k"]),
        ("factory not callable", lambda: defaultdict(5)),
        ("popitem empty", lambda: OrderedDict().popitem()),
        ("move missing", lambda: OrderedDict().move_to_end("k")),
        ("counter missing", lambda: Counter("aab")["z"]),
        ("deque equality", lambda: deque([1, 2]) == [1, 2]),
        ("maxlen zero", lambda: deque([1, 2, 3], maxlen=0)),
    ]
    for label, action in jobs:
        await attempt(label, action)


asyncio.run(main())
