# Seed: ../shared/seeds/000_d4a92cd25519af2a.txt, cells "In [16]" (imports) and "In [23]"
# (async action_multi with gather), run notebook-style: the top-level await is kept verbatim.
import asyncio
import time
import random

async def action_single(inp : int) -> str:
    print('input {}'.format(inp))
    await asyncio.sleep(inp)
    print('return {}'.format(inp*10))
    return inp*10

async def action_multi(inps : list) -> list:
    print('in action_multi')
    
    result = await asyncio.gather(
        *[action_single(inp) for inp in inps]
    )
    print('result: {}'.format(result))
    
    return result

if __name__ == '__main__':
    inps = range(1, 5)
    await action_multi(inps) # outside Jupyter: asyncio.run(action_multi(inps))
