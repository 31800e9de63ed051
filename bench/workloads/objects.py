# 2000 Account objects with a Lock each; 2000 tellers move money 50 times
# each through method calls, attribute reads and writes, a small Transfer
# record per move
import asyncio, sys, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 1

ACCOUNTS, ROUNDS = 2000, 50


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = asyncio.Lock()
        self.moves = 0

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.moves += 1
        return True

    def deposit(self, amount):
        self.balance += amount
        self.moves += 1


class Transfer:
    def __init__(self, src, dst, amount):
        self.src = src
        self.dst = dst
        self.amount = amount


class Teller:
    def __init__(self, accounts, offset):
        self.accounts = accounts
        self.offset = offset
        self.done = 0
        self.last = None

    async def move(self, src, dst, amount):
        async with src.lock:
            ok = src.withdraw(amount)
        if ok:
            async with dst.lock:
                dst.deposit(amount)
            self.last = Transfer(src.ident, dst.ident, amount)
            self.done += 1
        await asyncio.sleep(0)

    async def run(self):
        accounts = self.accounts
        n = len(accounts)
        for r in range(ROUNDS):
            i = (self.offset * 7 + r * 13) % n
            await self.move(accounts[i], accounts[(i + 1) % n], 1 + r % 5)


async def main():
    accounts = [Account(i, 100) for i in range(ACCOUNTS)]
    tellers = [Teller(accounts, k) for k in range(ACCOUNTS)]
    await asyncio.gather(*[t.run() for t in tellers])
    total = 0
    for a in accounts:
        total += a.balance
    assert total == ACCOUNTS * 100


# Each run prints its wall and CPU seconds; the first run starts on a cold
# heap, the later ones reuse the memory the earlier ones freed.
for _ in range(RUNS):
    t0, c0 = time.perf_counter(), time.process_time()
    asyncio.run(main())
    print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
