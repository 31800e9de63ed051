import asyncio


class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self):
        await asyncio.sleep(0)
        return self.name


print(asyncio.run(Worker("w").run()))
