# A simulation stepped by worker threads in lock-step: a threading.Barrier with an action
# advances the shared step counter between phases, a Semaphore caps concurrent writers, and a
# timed-out barrier breaks for everyone. The event loop awaits the whole run via to_thread.
import asyncio
import threading

PARTIES = 3
state = {"step": 0, "cells": [0] * PARTIES}
writers = threading.Semaphore(1)
history = []


def advance():
    history.append(tuple(state["cells"]))
    state["step"] += 1


barrier = threading.Barrier(PARTIES, action=advance)


def cell(i, steps):
    for s in range(steps):
        with writers:
            state["cells"][i] += i + s
        barrier.wait(timeout=30)
    return i


def run_simulation(steps):
    workers = [threading.Thread(target=cell, args=(i, steps), name=f"cell-{i}") for i in range(PARTIES)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return state["step"]


def lonely_wait(b):
    try:
        b.wait()
        return "passed"
    except threading.BrokenBarrierError:
        return f"broken={b.broken}"


async def main():
    steps = await asyncio.to_thread(run_simulation, 3)
    print("steps:", steps, "history:", history)
    print("barrier:", barrier.parties, barrier.n_waiting, barrier.broken)
    short = threading.Barrier(2, timeout=0.05)
    print("alone:", await asyncio.to_thread(lonely_wait, short))
    short.reset()
    print("after reset broken:", short.broken)
    short.abort()
    print("after abort:", await asyncio.to_thread(lonely_wait, short))
    print("BrokenBarrierError is a", threading.BrokenBarrierError.__mro__[1].__name__)
    print("loop time", asyncio.get_running_loop().time())


asyncio.run(main())
