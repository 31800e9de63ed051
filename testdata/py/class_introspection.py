import asyncio


class Settings:
    """Application settings."""
    debug = False
    retries = 3

    class Limits:
        max_conn = 10

    def __init__(self, **overrides):
        for key, value in overrides.items():
            setattr(self, key, value)

    @classmethod
    def from_pairs(cls, pairs):
        return cls(**dict(pairs))

    @property
    def summary(self):
        return ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))


async def main():
    s = Settings(debug=True, name="svc")
    print(s.debug, Settings.debug, s.retries, hasattr(s, "name"), hasattr(Settings, "name"))
    print(vars(s), s.__dict__ is vars(s), s.summary)
    s.__dict__["extra"] = 1
    print(s.extra, getattr(s, "extra"), getattr(s, "missing", None))
    delattr(s, "extra")
    del s.name
    print(vars(s), hasattr(s, "extra"))
    try:
        delattr(s, "retries")
    except AttributeError as e:
        print("delattr:", e)
    Settings.retries = 5
    t = type(s)(retries=1)
    print(s.retries, t.retries, Settings.retries, type(t) is Settings, t.__class__.__name__)
    print(Settings.Limits.__qualname__, Settings.Limits().max_conn, Settings.__doc__, Settings.__module__)
    u = Settings.from_pairs([("a", 1), ("b", 2)])
    print(u.summary, Settings.from_pairs.__qualname__, Settings.__name__)
    registry = {Settings: "settings", Settings.Limits: "limits"}
    print(registry[type(u)], [k.__name__ for k in registry])
    print(isinstance(Settings, type), type(Settings).__name__, issubclass(Settings.Limits, object))
    for name in ("debug", "retries", "nope"):
        print(name, getattr(Settings, name, "<none>"))
    await asyncio.sleep(0)
    setattr(Settings, "debug", "changed")
    print(s.debug, t.debug)

asyncio.run(main())
