"""Layered configuration: defaults, env overrides, JSON file text, validation with properties."""
import asyncio
import json
import os
from abc import ABC, abstractmethod
from collections import ChainMap
from dataclasses import dataclass, field, fields, asdict
from enum import Enum
from typing import Any, ClassVar, Dict, List, Optional


class Env(Enum):
    DEV = "development"
    STAGING = "staging"
    PROD = "production"

    @classmethod
    def parse(cls, text: str) -> "Env":
        for member in cls:
            if text.lower() in (member.value, member.name.lower()):
                return member
        raise ValueError(f"unknown environment {text!r}")


class ConfigError(Exception):
    def __init__(self, key: str, problem: str):
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}")


class Source(ABC):
    priority: ClassVar[int] = 0

    @abstractmethod
    async def load(self) -> Dict[str, Any]:
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} priority={self.priority}>"


class DefaultsSource(Source):
    priority = 0

    async def load(self):
        return {"port": 8080, "workers": 2, "env": "development", "debug": False, "db_url": "sqlite://"}


class JsonSource(Source):
    priority = 10

    def __init__(self, text: str):
        self.text = text

    async def load(self):
        await asyncio.sleep(0.01)
        try:
            return json.loads(self.text)
        except json.JSONDecodeError as exc:
            raise ConfigError("<json>", f"line {exc.lineno} col {exc.colno}: {exc.msg}") from exc


class EnvSource(Source):
    priority = 20
    PREFIX = "APP_"

    async def load(self):
        out = {}
        for key, value in sorted(os.environ.items()):
            if key.startswith(self.PREFIX):
                name = key[len(self.PREFIX):].lower()
                out[name] = int(value) if value.isdigit() else value
        return out


class Settings:
    def __init__(self, values: Dict[str, Any]):
        self._values = dict(values)
        self._port = 0
        self.port = values["port"]

    @property
    def port(self) -> int:
        return self._port

    @port.setter
    def port(self, value: int) -> None:
        if not isinstance(value, int) or not (0 < value < 65536):
            raise ConfigError("port", f"invalid port {value!r}")
        self._port = value

    @port.deleter
    def port(self):
        raise ConfigError("port", "cannot delete")

    @property
    def env(self) -> Env:
        return Env.parse(self._values["env"])

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting named {name!r}") from None


@dataclass
class PoolConfig:
    size: int = 5
    timeout: float = 2.5
    hosts: List[str] = field(default_factory=lambda: ["db1", "db2"])
    label: Optional[str] = None


async def build(sources: List[Source]) -> Settings:
    loaded = await asyncio.gather(*(s.load() for s in sources))
    ordered = sorted(zip(sources, loaded), key=lambda pair: pair[0].priority, reverse=True)
    merged = ChainMap(*(values for _, values in ordered))
    print("layers:", [repr(s) for s, _ in ordered])
    print("merged:", dict(sorted(merged.items())))
    return Settings(merged)


async def main():
    os.environ["APP_WORKERS"] = "8"
    os.environ["APP_ENV"] = "STAGING"
    settings = await build([DefaultsSource(), JsonSource('{"port": 9000, "debug": true, "region": "eu"}'), EnvSource()])
    print(settings.port, settings.workers, settings.env, settings.env.value, settings.debug, settings.region)
    try:
        settings.port = 70000
    except ConfigError as exc:
        print("rejected:", exc, "| key:", exc.key)
    try:
        del settings.port
    except ConfigError as exc:
        print("rejected:", exc)
    try:
        settings.missing
    except AttributeError as exc:
        print("AttributeError:", exc)
    try:
        await build([DefaultsSource(), JsonSource('{"port": 1,\n "x": }')])
    except ConfigError as exc:
        print("bad json ->", exc, "| cause:", type(exc.__cause__).__name__)
    try:
        Env.parse("qa")
    except ValueError as exc:
        print(exc)
    pool = PoolConfig(size=10, label="primary")
    print(pool, [f.name for f in fields(pool)])
    print(json.dumps(asdict(pool), indent=2, sort_keys=True))
    print([(f.name, f.init, f.default_factory() if f.name == "hosts" else f.default) for f in fields(PoolConfig)][:3])
    del os.environ["APP_ENV"]
    print(os.environ.get("APP_ENV", "<unset>"), os.getenv("APP_WORKERS"))
    try:
        Source()
    except TypeError as exc:
        print(exc)


asyncio.run(main())
