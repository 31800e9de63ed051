import asyncio

MISSING = object()


class State:
    name = "state"

    def on_event(self, machine, event):
        raise NotImplementedError(f"{type(self).__name__} cannot handle {event!r}")

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"

    def on_event(self, machine, event):
        if event == "start":
            return Running()
        return self


class Running(State):
    name = "running"

    def __init__(self):
        self.ticks = 0

    def on_event(self, machine, event):
        if event == "tick":
            self.ticks += 1
            return self
        if event == "stop":
            return Stopped(self.ticks)
        return super().on_event(machine, event)


class Stopped(State):
    name = "stopped"

    def __init__(self, ticks):
        self.ticks = ticks

    def __eq__(self, other):
        return isinstance(other, Stopped) and other.ticks == self.ticks

    __hash__ = None


class Machine:
    def __init__(self):
        self.state = Idle()
        self.history = []

    def feed(self, event):
        old = self.state
        self.state = self.state.on_event(self, event)
        if self.state is not old:
            self.history.append((old.name, event, self.state.name))

    def lookup(self, key, default=MISSING):
        value = getattr(self.state, key, default)
        return "missing" if value is MISSING else value


async def ticker(machine, n):
    for _ in range(n):
        await asyncio.sleep(0.01)
        machine.feed("tick")


async def main():
    m = Machine()
    m.feed("tick")
    m.feed("start")
    await asyncio.gather(ticker(m, 3), ticker(m, 2))
    print(m.state, m.lookup("ticks"), m.lookup("nothing"))
    try:
        m.feed("explode")
    except NotImplementedError as e:
        print("error:", e)
    m.feed("stop")
    print(m.history, m.state == Stopped(5), m.state != Stopped(4))
    print(isinstance(m.state, State), issubclass(Stopped, (Idle, State)), type(m.state).__mro__[1])
    try:
        {m.state}
    except TypeError as e:
        print(e)
    print(MISSING is MISSING, type(MISSING).__name__, isinstance(MISSING, object))

asyncio.run(main())
