import asyncio
if True:
    import random
print(random.randint(1, 10))
