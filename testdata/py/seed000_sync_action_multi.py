# Seed: ../shared/seeds/000_d4a92cd25519af2a.txt, cells "In [16]" (imports) and "In [24]"
# (synchronous action_single/action_multi with time.sleep).
import asyncio
import time
import random

def action_single(inp : int) -> str:
    print('input {}'.format(inp))
    time.sleep(inp)
    print('return {}'.format(inp*10))
    return inp*10

def action_multi(inps : list) -> list:
    print('in action_multi')
    
    result = [action_single(inp) for inp in inps]
    print('result: {}'.format(result))
    
    return result

if __name__ == '__main__':
    inps = range(1, 5)
    action_multi(inps)
