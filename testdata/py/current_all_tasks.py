# current_task() and all_tasks(): counts and sorted names only (set order is not portable).
import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, "is", me.get_name())
    await asyncio.sleep(0.01 * n)

async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(n), name=f"child-{n}") for n in range(1, 4)]
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.015)
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(asyncio.all_tasks() == {asyncio.current_task()})
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
