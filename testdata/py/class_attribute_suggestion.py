import asyncio


class Session:
    timeout = 5

    def __init__(self, user):
        self.user = user
        self.active = True

    async def close(self):
        await asyncio.sleep(0.1)
        self.active = False
        return self.usr


async def main():
    s = Session("ann")
    try:
        s.timout
    except AttributeError as e:
        print("caught:", e)
    try:
        Session.tmeout
    except AttributeError as e:
        print("caught:", e, e.name)
    print(getattr(s, "actve", "default"))
    print(s.usr)

asyncio.run(main())
