# Seed: ../shared/seeds/004_9dd25c40afc5d0be.txt, "Demo4" (ensure_future + run_forever),
# verbatim. run_forever never returns: under the clock contract this is the deadlock exit (3).
import asyncio

async def job(i):
    print(f"start: {i}")
    await asyncio.sleep(2)
    print(f"stop: {i}")
    return "job done"

def got_result(future):
    print(future.result())

if __name__ == "__main__":
    loop = asyncio.get_event_loop()
    task = asyncio.ensure_future(job(1))
    task.add_done_callback(got_result)
    loop.run_forever()
