# What happens to exceptions in threads: an uncaught one is printed by threading's excepthook
# (the thread ends, the program goes on), SystemExit ends only its thread, and exceptions from
# to_thread and executor work come back to the awaiting coroutine.
import asyncio
import sys
import threading


class SensorError(Exception):
    pass


def read_sensor(name, fail):
    if fail:
        raise SensorError(f"{name}: no signal")
    readings.append(name)


def quit_quietly():
    readings.append("quitter")
    sys.exit(3)


readings = []


async def main():
    workers = [threading.Thread(target=read_sensor, args=("north", False)),
               threading.Thread(target=read_sensor, args=("south", True), name="south-reader")]
    for w in workers:
        w.start()
        w.join()
    t = threading.Thread(target=quit_quietly)
    t.start()
    t.join()
    print("readings:", readings, [w.name for w in workers], t.name)
    try:
        await asyncio.to_thread(read_sensor, "east", True)
    except SensorError as e:
        print("to_thread raised:", e)
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, int, "x42")
    except ValueError as e:
        print("executor raised:", e)
    try:
        threading.Thread(target=print).join()
    except RuntimeError as e:
        print("RuntimeError:", e)
    started = threading.Thread(target=print, args=("printed by a thread",), daemon=True)
    started.start()
    started.join(timeout=5)
    try:
        started.start()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("still running, alive:", started.is_alive())


asyncio.run(main())
