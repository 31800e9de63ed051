"""A monitoring loop: sliding windows in deques, event tallies in Counters, grouping in defaultdicts."""
import asyncio
import random
from collections import Counter, OrderedDict, defaultdict, deque

random.seed(7)


async def sensor(name, readings, window, events):
    for i in range(6):
        await asyncio.sleep(random.choice([0.1, 0.2, 0.3]))
        value = random.randint(0, 100)
        window[name].append(value)
        readings.append((name, value))
        events["reading"] += 1
        if value > 80:
            events["alarm"] += 1
            events[f"alarm:{name}"] += 1


async def main():
    window = defaultdict(lambda: deque(maxlen=3))
    readings = deque(maxlen=5)
    events = Counter()
    await asyncio.gather(*(sensor(n, readings, window, events) for n in ["north", "south", "east"]))
    print("last readings:", readings)
    print("maxlen:", readings.maxlen, "len:", len(readings))
    for name in sorted(window):
        w = window[name]
        print(f"{name:>5}: window={list(w)} avg={sum(w) / len(w):.1f}")
    print(events)
    print("top:", events.most_common(2), "total:", events.total())
    by_bucket = defaultdict(list)
    for name, value in readings:
        by_bucket[value // 25 * 25].append(name)
    print(dict(sorted(by_bucket.items())))
    history = deque(range(5))
    history.rotate(2)
    print(history, history.popleft(), history.pop(), history)
    history.extendleft([10, 20])
    print(history, history.index(20), history.count(3), 3 in history)
    cache = OrderedDict()
    for key in ["a", "b", "c", "a", "d", "b"]:
        if key in cache:
            cache.move_to_end(key)
        cache[key] = cache.get(key, 0) + 1
        if len(cache) > 3:
            print("evict", cache.popitem(last=False))
    print(cache)
    words = Counter("the quick the lazy the end".split())
    words.update(["lazy", "quick"])
    words.subtract({"the": 2})
    print(words, words["missing"], sorted(words.elements()))
    print(Counter({"a": 0}) == Counter(), OrderedDict([("a", 1)]) == {"a": 1})
    print(OrderedDict([("a", 1), ("b", 2)]) == OrderedDict([("b", 2), ("a", 1)]))


asyncio.run(main())
