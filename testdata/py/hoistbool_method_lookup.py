import asyncio


class Remote:
    """A proxy that logs every attribute it resolves, like an RPC stub."""

    def __init__(self, name):
        self.name = name
        self.calls = []

    def __getattr__(self, attr):
        print(f"  resolve {self.name}.{attr}")

        def stub(*args):
            self.calls.append((attr, args))
            return f"{attr}{args}"

        return stub


class Sink:
    def __init__(self):
        self.lines = []

    @property
    def writer(self):
        print("  property writer")
        return self

    def write(self, line):
        self.lines.append(line)
        return len(self.lines)


async def load(key, delay=0.01):
    print(f"  load {key}")
    await asyncio.sleep(delay)
    return key.upper()


async def swap_later(sink):
    await asyncio.sleep(0.005)
    print("  swapping write")
    sink.write = lambda line: f"swapped:{line}"


def tag(label):
    print(f"  tag {label}")
    return label


def sync_report(remote):
    # The same order in sync code: the lookup, then the arguments.
    print("sync:", remote.report(tag("x"), tag("y")))


async def main():
    remote = Remote("svc")
    sync_report(remote)
    print("rpc:", remote.fetch(await load("a"), await load("b")))
    print("calls:", remote.calls)

    sink = Sink()
    print("write:", sink.writer.write(await load("c")))

    # The method is looked up before the argument's await, so the swap
    # made during it does not affect this call; it affects the next one.
    swapper = asyncio.create_task(swap_later(sink))
    print("first:", sink.write(await load("d", 0.01)))
    await swapper
    print("second:", sink.write(await load("e")))

    try:
        remote.missing = None
        print(sink.flush(await load("f")))
    except AttributeError as exc:
        print("error:", exc)


asyncio.run(main())
