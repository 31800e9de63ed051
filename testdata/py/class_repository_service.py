"""An async repository behind a service layer: dataclass models, custom
not-found and validation errors, and concurrent lookups."""
import asyncio
from dataclasses import dataclass, field


class RepositoryError(Exception):
    pass


class NotFound(RepositoryError):
    def __init__(self, kind, key):
        super().__init__(kind, key)
        self.kind = kind
        self.key = key

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


class ValidationError(RepositoryError):
    def __init__(self, field_name, problem):
        super().__init__(f"{field_name}: {problem}")
        self.field_name = field_name


@dataclass
class User:
    id: int
    name: str
    email: str
    roles: list = field(default_factory=list)
    active: bool = True


class UserRepository:
    latency = 0.01

    def __init__(self):
        self._rows = {}
        self.reads = 0
        self.writes = 0

    async def get(self, user_id):
        await asyncio.sleep(self.latency)
        self.reads += 1
        try:
            return self._rows[user_id]
        except KeyError:
            raise NotFound("user", user_id) from None

    async def put(self, user):
        await asyncio.sleep(self.latency)
        self.writes += 1
        self._rows[user.id] = user

    async def all(self):
        await asyncio.sleep(self.latency)
        return sorted(self._rows.values(), key=lambda u: u.name)


class UserService:
    def __init__(self, repo):
        self.repo = repo
        self._next_id = 1

    def _validate(self, name, email):
        if not name.strip():
            raise ValidationError("name", "must not be blank")
        if "@" not in email:
            raise ValidationError("email", f"{email!r} is not an address")

    async def register(self, name, email, *roles):
        self._validate(name, email)
        user = User(self._next_id, name, email, list(roles))
        self._next_id += 1
        await self.repo.put(user)
        return user

    async def deactivate(self, user_id):
        user = await self.repo.get(user_id)
        user.active = False
        await self.repo.put(user)
        return user

    async def names(self, ids):
        found = await asyncio.gather(*(self.repo.get(i) for i in ids), return_exceptions=True)
        return [u.name if isinstance(u, User) else f"<{u}>" for u in found]


async def main():
    repo = UserRepository()
    svc = UserService(repo)
    for name, email, roles in [("ada", "ada@example.org", ("admin",)),
                               ("bob", "bob@example.org", ()),
                               ("", "x@example.org", ()),
                               ("cy", "cy.example.org", ("ops", "dev"))]:
        try:
            user = await svc.register(name, email, *roles)
            print("registered", user)
        except ValidationError as e:
            print(f"rejected ({e.field_name}):", e)

    print(await svc.deactivate(2))
    try:
        await svc.deactivate(42)
    except NotFound as e:
        print("error:", e, "| args:", e.args, "| kind:", e.kind)
    except RepositoryError:
        print("unreachable")

    print(await svc.names([1, 7, 2]))
    for u in await repo.all():
        print(f"{u.id:>3} {u.name:<5} active={u.active} roles={','.join(u.roles) or '-'}")
    print("reads", repo.reads, "writes", repo.writes)
    print(User(9, "z", "z@z") == User(9, "z", "z@z"), User(9, "z", "z@z") == User(9, "z", "y@z"))


asyncio.run(main())
