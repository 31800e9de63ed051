"""Configuration objects whose properties validate on assignment; bad
values from an async loader are caught and reported per field."""
import asyncio


class ConfigError(ValueError):
    def __init__(self, name, value, reason):
        super().__init__(f"{name}={value!r}: {reason}")
        self.name = name


class ServerConfig:
    _instances = 0

    def __init__(self, host="localhost", port=8080):
        self.host = host
        self.port = port
        self._timeout = 5.0
        self._history = []
        ServerConfig._instances += 1

    @property
    def port(self):
        return self._port

    @port.setter
    def port(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError("port", value, "must be an int")
        if not 0 < value < 65536:
            raise ConfigError("port", value, "out of range")
        self._port = value

    @property
    def timeout(self):
        return self._timeout

    @timeout.setter
    def timeout(self, value):
        value = float(value)
        if value <= 0:
            raise ConfigError("timeout", value, "must be positive")
        self._history.append(self._timeout)
        self._timeout = value

    @timeout.deleter
    def timeout(self):
        self._timeout = self._history.pop() if self._history else 5.0

    @property
    def url(self):
        return f"http://{self.host}:{self.port}/"

    def __repr__(self):
        return f"ServerConfig({self.host!r}, {self.port}, timeout={self.timeout})"


async def fetch_settings(source):
    await asyncio.sleep(0.01)
    return {
        "a": [("port", 9000), ("timeout", "2.5")],
        "b": [("port", "80"), ("timeout", 0), ("port", 70000)],
        "c": [("timeout", 1), ("timeout", 3), ("url", "x")],
    }[source]


async def load(source):
    cfg = ServerConfig(host=f"{source}.internal")
    errors = []
    for name, value in await fetch_settings(source):
        try:
            setattr(cfg, name, value)
        except ConfigError as e:
            errors.append(str(e))
        except AttributeError as e:
            errors.append(f"AttributeError: {e}")
    return cfg, errors


async def main():
    results = await asyncio.gather(*(load(s) for s in "abc"))
    for cfg, errors in results:
        print(cfg, cfg.url)
        for err in errors:
            print("   !", err)
    cfg = results[2][0]
    del cfg.timeout
    print("after del:", cfg.timeout)
    del cfg.timeout
    del cfg.timeout
    print("after 3 dels:", cfg.timeout)
    try:
        ServerConfig(port=0)
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, ConfigError))
    print("instances:", ServerConfig._instances)
    print(type(ServerConfig.port).__name__, ServerConfig.url.fget.__name__)


asyncio.run(main())
