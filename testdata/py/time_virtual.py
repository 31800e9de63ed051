# time under the virtual clock: time(), monotonic(), perf_counter(), blocking sleep, strftime,
# localtime and ctime all follow the same instant (EPOCH + virtual seconds, zone from TZ).
import asyncio
import time

print(time.time(), time.monotonic(), time.perf_counter())
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.strftime("%X"), time.ctime())
lt = time.localtime()
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, lt.tm_wday, lt.tm_yday)
time.sleep(2.5)
print(time.time(), time.monotonic(), time.strftime("%X"))
print(time.strftime("%a %b %d %H:%M:%S %Y", time.localtime(0)), time.ctime(86400 * 365))

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    print("loop.time()", loop.time())
    await asyncio.sleep(1.25)
    print("after sleep", loop.time(), time.time(), time.strftime("%H:%M:%S"))
    time.sleep(0.5)
    print("blocking sleep inside the loop", loop.time())
    await asyncio.sleep(0)
    print(f"elapsed {time.perf_counter() - t0:.2f}s")

asyncio.run(main())
print(time.time() - 1612200605, time.monotonic())
