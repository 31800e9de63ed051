"""Alternate constructors with classmethods, helpers as staticmethods, and
a class-level registry that subclasses join when they are defined."""
import asyncio
import json


class Message:
    registry = {}
    kind = "base"
    created = 0

    def __init__(self, sender, body):
        self.sender = sender
        self.body = body
        type(self).created += 1

    @classmethod
    def register(cls, subclass):
        cls.registry[subclass.kind] = subclass
        return subclass

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        kind = data.pop("kind", "base")
        target = cls.registry.get(kind, cls)
        return target(**data)

    @classmethod
    def count(cls):
        return f"{cls.__name__}: {cls.created}"

    @staticmethod
    def normalize(sender):
        return sender.strip().lower()

    def render(self):
        return f"[{self.kind}] {self.normalize(self.sender)}: {self.body}"


@Message.register
class Alert(Message):
    kind = "alert"

    def __init__(self, sender, body, level=1):
        super().__init__(sender, body)
        self.level = level

    def render(self):
        return super().render() + "!" * self.level


@Message.register
class Chat(Message):
    kind = "chat"

    @classmethod
    def quick(cls, text):
        sender, _, body = text.partition(": ")
        return cls(sender, body)


async def deliver(msg, inbox):
    await asyncio.sleep(0.01 * len(inbox))
    inbox.append(msg.render())


async def main():
    raw = [
        '{"kind": "alert", "sender": " Ops ", "body": "disk full", "level": 3}',
        '{"kind": "chat", "sender": "Ann", "body": "hi"}',
        '{"sender": "SYSTEM", "body": "boot"}',
        '{"kind": "unknown", "sender": "x", "body": "y"}',
    ]
    msgs = [Message.from_json(r) for r in raw]
    msgs.append(Chat.quick("Bob: see you"))
    for m in msgs:
        print(type(m).__name__, m.render())
    inbox = []
    await asyncio.gather(*(deliver(m, inbox) for m in msgs))
    print(inbox)
    print(Message.count(), Alert.count(), Chat.count())
    print(sorted(Message.registry), Message.registry["chat"] is Chat)
    print(Message.normalize("  MiXeD "), Alert.normalize is Message.normalize)
    try:
        Message.from_json('{"kind": "alert", "sender": "a"}')
    except TypeError as e:
        print("TypeError:", e)
    bound = Chat.quick
    print(bound.__name__, bound.__self__ is Chat, type(bound).__name__)


asyncio.run(main())
