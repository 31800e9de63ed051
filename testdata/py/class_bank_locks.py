"""Bank accounts each guarded by their own asyncio.Lock: concurrent
transfers take both locks in a fixed order, overdrafts raise a custom
error, and the audit checks that money is conserved."""
import asyncio


class InsufficientFunds(Exception):
    def __init__(self, account, wanted):
        super().__init__(f"{account.owner} cannot pay {wanted} (balance {account.balance})")
        self.account = account
        self.wanted = wanted


class Account:
    _next = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next
        Account._next += 1
        self.lock = asyncio.Lock()
        self.history = []

    def __repr__(self):
        return f"Account#{self.number}({self.owner}, {self.balance})"

    def __lt__(self, other):
        return self.number < other.number

    async def deposit(self, amount):
        async with self.lock:
            await asyncio.sleep(0.001)
            self.balance += amount
            self.history.append(+amount)

    async def _withdraw_locked(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        await asyncio.sleep(0.001)
        self.balance -= amount
        self.history.append(-amount)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = []

    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[owner] = acct
        return acct

    async def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        first, second = sorted([a, b])
        async with first.lock:
            async with second.lock:
                try:
                    await a._withdraw_locked(amount)
                except InsufficientFunds as e:
                    self.failed.append(str(e))
                    return False
                b.balance += amount
                b.history.append(+amount)
                return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


async def main():
    bank = Bank()
    for owner, balance in [("ann", 100), ("bob", 50), ("cat", 0)]:
        bank.open(owner, balance)
    before = bank.total()
    moves = [("ann", "bob", 30), ("bob", "cat", 70), ("cat", "ann", 20),
             ("bob", "ann", 200), ("ann", "cat", 50), ("cat", "bob", 10)]
    results = await asyncio.gather(*(bank.transfer(*m) for m in moves))
    print(results)
    await asyncio.gather(*(bank.accounts[o].deposit(5) for o in ("ann", "cat", "ann")))
    for acct in sorted(bank.accounts.values()):
        print(acct, acct.history, acct.lock.locked())
    print("failed:", bank.failed)
    print("conserved:", bank.total() == before + 15, bank.total())
    try:
        async with bank.accounts["cat"].lock:
            await bank.accounts["cat"]._withdraw_locked(10_000)
    except InsufficientFunds as e:
        print(type(e).__name__, e.wanted, e.account.owner)
    print(bank.accounts["cat"].lock.locked(), type(bank.accounts["cat"].lock).__name__)


asyncio.run(main())
