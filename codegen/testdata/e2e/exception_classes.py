# user exception classes: construction, matching, tuples of classes
import asyncio
class AppError(Exception):
    """Base error."""
class RetryError(AppError): pass
async def work(n):
    if n % 2:
        raise RetryError(f"odd {n}")
    return n
async def main():
    for n in range(3):
        try:
            print(await work(n))
        except AppError as e:
            print("caught", type(e).__name__, e, isinstance(e, RetryError), repr(e))
    try:
        raise AppError
    except (ValueError, AppError) as e:
        print("tuple", repr(e))
asyncio.run(main())
