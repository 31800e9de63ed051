import asyncio

async def main(:  # ERROR
    pass

x = = 3  # ERROR

def f()  # ERROR
    return 1

print("unclosed"  # ERROR
