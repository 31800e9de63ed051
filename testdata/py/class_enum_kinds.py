import asyncio
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Priority(IntEnum):
    LOW = 1
    NORMAL = auto()
    HIGH = auto()
    URGENT = 10


class Channel(StrEnum):
    EMAIL = auto()
    SMS = auto()
    PUSH = "push-notification"


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Mode(IntFlag):
    APPEND = 1
    CREATE = 2
    TRUNC = 4


class Region(str, Enum):
    EU = "eu-west"
    US = "us-east"

    @property
    def short(self):
        return self.value.split("-")[0].upper()


@unique
class State(Enum):
    IDLE = "idle"
    BUSY = "busy"

    def __str__(self):
        return self.value.upper()


Shape = Enum("Shape", "CIRCLE SQUARE TRIANGLE")


async def deliver(job_id, prio, channel, log):
    await asyncio.sleep(0.01 * (Priority.URGENT - prio))
    log.append((job_id, prio, channel))
    return f"{job_id}:{prio.name}:{channel}"


async def main():
    print(Priority.HIGH, repr(Priority.HIGH), f"[{Priority.HIGH:>4}]", Priority.HIGH + 1, Priority.HIGH * 2)
    print(list(Priority), Priority(2), Priority["URGENT"], Priority.URGENT > Priority.LOW, Priority.LOW == 1)
    print(sorted([Priority.URGENT, Priority.LOW, Priority.HIGH]), max(Priority), sum(Priority))
    print(["zero", "low", "normal", "high"][Priority.HIGH], {1: "one"}[Priority.LOW], isinstance(Priority.LOW, int))
    print(Channel.SMS, repr(Channel.PUSH), Channel.EMAIL == "email", Channel.PUSH.upper(), "via " + Channel.SMS)
    print(list(Channel), Channel("sms"), f"{Channel.EMAIL:_^11}", len(Channel.PUSH))
    rw = Perm.READ | Perm.WRITE
    print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, list(Perm), len(Perm), ~Perm.READ, bool(Perm.READ & Perm.EXEC))
    print(repr(Perm.READ | Perm.EXEC), list(Perm.READ | Perm.EXEC), Perm(0), Perm.__members__)
    m = Mode.APPEND | Mode.CREATE
    print(m, repr(m), m | 8, repr(m | 8), m & 2, Mode.TRUNC + 1, repr(~Mode.APPEND))
    print(Region.EU, repr(Region.US), Region.EU == "eu-west", Region.US.short, Region("us-east"), f"{Region.EU}")
    print(State.BUSY, repr(State.BUSY), f"{State.IDLE:>6}", State.IDLE.name, State.IDLE.value)
    print(list(Shape), Shape.SQUARE.value, Shape(3), repr(Shape))
    print(Priority.__members__, Priority.NORMAL.name, type(Priority.NORMAL.value).__name__)

    log = []
    jobs = [(1, Priority.LOW, Channel.EMAIL), (2, Priority.URGENT, Channel.SMS), (3, Priority.HIGH, Channel.PUSH)]
    results = await asyncio.gather(*(deliver(*j, log) for j in jobs))
    print(results)
    print(log)
    counts = {}
    for _, prio, channel in log:
        counts[channel] = counts.get(channel, 0) + prio
    print(counts, counts["sms"])

    for bad in (lambda: Priority(7), lambda: Channel["FAX"], lambda: Perm(8), lambda: Priority.LOW < "x"):
        try:
            bad()
        except (ValueError, KeyError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError", e)
    try:
        class Bad(StrEnum):
            A = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        Priority.LOW = 5
    except AttributeError as e:
        print("AttributeError", e)
    print(Priority.LOW in Priority, Channel.SMS in Priority)


asyncio.run(main())
