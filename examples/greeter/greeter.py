# greeter.py: the Python source of package greeter.
# greeter_gen.go is generated from it by `go generate ./examples/...`;
# greeter.out is what CPython 3.11 prints for it (python3 greeter.py > greeter.out).
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello, {name} (after {delay}s)")
    return len(name)


async def main():
    lengths = await asyncio.gather(
        greet("ada", 0.03),
        greet("grace", 0.02),
        greet("barbara", 0.01),
    )
    print("lengths:", lengths)
    print("total:", sum(lengths))


asyncio.run(main())
