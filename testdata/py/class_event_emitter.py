"""An event emitter whose listeners are bound methods: scheduled with
call_soon and call_later, handed to add_done_callback, compared and
removed by equality, and used as sort keys."""
import asyncio


class Emitter:
    def __init__(self):
        self.listeners = {}

    def on(self, event, fn):
        self.listeners.setdefault(event, []).append(fn)

    def off(self, event, fn):
        self.listeners[event].remove(fn)

    def emit(self, event, *args):
        loop = asyncio.get_running_loop()
        for fn in self.listeners.get(event, []):
            loop.call_soon(fn, *args)


class Sensor:
    def __init__(self, name, emitter):
        self.name = name
        self.emitter = emitter
        self.readings = []
        self.ticks = 0

    def tick(self):
        self.ticks += 1
        value = self.ticks * 10 + len(self.name)
        self.emitter.emit("reading", self.name, value)
        if self.ticks < 3:
            asyncio.get_running_loop().call_later(0.1, self.tick)

    def record(self, name, value):
        if name == self.name:
            self.readings.append(value)


class Dashboard:
    def __init__(self):
        self.lines = []

    def show(self, name, value):
        self.lines.append(f"{name}={value}")

    def task_done(self, task):
        self.lines.append(f"task {task.get_name()} -> {task.result()}")

    def score(self, sensor):
        return -sum(sensor.readings)


async def main():
    em = Emitter()
    dash = Dashboard()
    a, b = Sensor("alpha", em), Sensor("b", em)
    em.on("reading", dash.show)
    em.on("reading", a.record)
    em.on("reading", b.record)
    loop = asyncio.get_running_loop()
    loop.call_soon(a.tick)
    loop.call_later(0.05, b.tick)
    await asyncio.sleep(0.5)
    print(dash.lines)
    print(a.readings, b.readings)
    print(dash.show == dash.show, dash.show is dash.show, a.record == b.record)
    em.off("reading", dash.show)
    em.emit("reading", "alpha", 999)
    await asyncio.sleep(0)
    print(len(dash.lines), a.readings[-1])
    t = asyncio.create_task(asyncio.sleep(0.01, result="ok"), name="sleeper")
    t.add_done_callback(dash.task_done)
    await t
    await asyncio.sleep(0)
    print(dash.lines[-1])
    print([s.name for s in sorted([a, b], key=dash.score)])
    m = a.tick
    print(m.__self__ is a, m.__func__ is Sensor.tick, m.__name__, type(m).__name__)
    try:
        em.off("reading", dash.show)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
