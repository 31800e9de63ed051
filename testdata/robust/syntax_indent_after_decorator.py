import asyncio


class Item:
    def __init__(self, qty):
        self.qty = qty

    @property
        def total(self):
        return self.qty * 2


async def main():
    print(Item(2).total)


asyncio.run(main())
