"""Smart-home controller: lights expose on/off/dim as functools.partialmethod
shortcuts of one setter, and fade tasks run concurrently."""
import asyncio
from functools import partialmethod


class Light:
    def __init__(self, name):
        self.name = name
        self.state = None

    def set_state(self, state, *, brightness=100):
        self.state = (state, brightness)
        return f"{self.name} -> {state} @ {brightness}"

    on = partialmethod(set_state, "on")
    off = partialmethod(set_state, "off", brightness=0)
    dim = partialmethod(set_state, "on", brightness=30)

    async def fade(self, steps):
        for b in range(steps, 0, -1):
            await asyncio.sleep(0)
            self.set_state("on", brightness=b * 10)
        return self.off()


async def main():
    a, b = Light("hall"), Light("porch")
    print(a.on(), b.dim(), a.dim(brightness=55), Light.on(b))
    print(await asyncio.gather(a.fade(3), b.fade(2)))
    print(a.state, b.state)
    try:
        a.on("extra")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
