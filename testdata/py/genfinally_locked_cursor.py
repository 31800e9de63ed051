# A database-style cursor generator that holds a lock and a transaction
# context manager while it yields rows. Closing it early (a for loop that
# breaks, next() on a fresh cursor, an explicit close() in a finally clause,
# contextlib.closing) runs __exit__ with GeneratorExit and releases the
# lock right there; send() and throw() drive an accumulator exactly.
import asyncio
import contextlib
import threading

db_lock = threading.Lock()

TABLE = [
    {"id": 1, "user": "ana", "amount": 120},
    {"id": 2, "user": "bo", "amount": 75},
    {"id": 3, "user": "ana", "amount": 310},
    {"id": 4, "user": "cy", "amount": 42},
    {"id": 5, "user": "bo", "amount": 9},
]


class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  BEGIN {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = "COMMIT" if exc_type is None else f"ROLLBACK ({exc_type.__name__})"
        print(f"  {outcome} {self.name}")
        return False


def cursor(query, where=lambda row: True):
    with db_lock:
        print(f"  lock held: {db_lock.locked()}")
        with Transaction(query):
            for row in TABLE:
                if where(row):
                    yield row
    print(f"  {query}: all rows read")


def totals():
    """An accumulator: send amounts in, get the running total back."""
    total = 0
    count = 0
    try:
        while True:
            try:
                amount = yield total
            except ValueError as e:
                print(f"  totals: skipped ({e})")
                continue
            total += amount
            count += 1
    except GeneratorExit:
        print(f"  totals: closed after {count} amounts")
        raise
    finally:
        print(f"  totals: final {total}")


async def report(user):
    await asyncio.sleep(0.01)
    acc = totals()
    try:
        next(acc)
        for row in cursor(f"rows of {user}", lambda r: r["user"] == user):
            if row["amount"] > 300:
                acc.throw(ValueError(f"amount {row['amount']} needs review"))
                continue
            running = acc.send(row["amount"])
            print(f"{user}: +{row['amount']} -> {running}")
    finally:
        acc.close()
    print(f"{user}: lock free again: {not db_lock.locked()}")


def first_big(limit):
    for row in cursor("big rows"):
        if row["amount"] > limit:
            return row["id"]
    return None


async def main():
    print("first big:", first_big(100))
    print("lock after return:", db_lock.locked())
    print("peek:", next(cursor("peek"))["user"])
    print("users:", sorted({row["user"] for row in TABLE}))
    for user in ["ana", "bo"]:
        await report(user)
    with contextlib.closing(cursor("page")) as rows:
        page = [next(rows)["id"], next(rows)["id"]]
        print("page:", page, "locked:", db_lock.locked())
    print("after page, locked:", db_lock.locked())
    print("count:", sum(1 for _ in TABLE), len(list(cursor("count"))))
    try:
        for row in cursor("failing"):
            print("row", row["id"])
            if row["id"] == 2:
                raise KeyError(row["user"])
    except KeyError as e:
        print("failed on", e, "locked:", db_lock.locked())


asyncio.run(main())
