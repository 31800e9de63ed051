import asyncio

STOP = object()


class Producer:
    def __init__(self, name, queue, items):
        self.name = name
        self.queue = queue
        self.items = items
        self.sent = 0

    async def run(self):
        for item in self.items:
            await self.queue.put((self.name, item))
            self.sent += 1
            await asyncio.sleep(0.05)
        await self.queue.put(STOP)


class Consumer:
    def __init__(self, queue, producers):
        self.queue = queue
        self.remaining = producers
        self.received = {}

    @property
    def done(self):
        return self.remaining == 0

    async def run(self):
        while not self.done:
            msg = await self.queue.get()
            if msg is STOP:
                self.remaining -= 1
                continue
            name, item = msg
            self.received.setdefault(name, []).append(item)

    def __len__(self):
        return sum(len(v) for v in self.received.values())


class Window:
    def __init__(self, size):
        self._size = size
        self.values = []

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        if value < 1:
            raise ValueError("window size must be positive")
        self._size = value
        del self.values[:-value]

    def push(self, v):
        self.values.append(v)
        if len(self.values) > self._size:
            self.values.pop(0)
        return sum(self.values) / len(self.values)


async def main():
    q = asyncio.Queue(maxsize=2)
    producers = [Producer(n, q, list(range(i, i + 3))) for i, n in enumerate("xyz")]
    consumer = Consumer(q, len(producers))
    await asyncio.gather(consumer.run(), *(p.run() for p in producers))
    print(consumer.received, len(consumer), consumer.done, [p.sent for p in producers])
    w = Window(3)
    print([round(w.push(v), 2) for v in [1, 2, 3, 4, 10]])
    w.size = 2
    print(w.size, w.values)
    try:
        w.size = 0
    except ValueError as e:
        print(e)
    print(STOP is not None, repr(STOP)[:17], type(STOP) is object)

asyncio.run(main())
