"""Formatter styles, date formats and record attributes under the clock contract."""
import asyncio
import logging
import sys
import time

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(
    "%(asctime)s.%(msecs)03d %(created).3f %(filename)s %(module)s %(threadName)s %(levelno)s %(message)s",
    datefmt="%H:%M:%S"))
log = logging.getLogger("clock")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

dollar = logging.getLogger("dollar")
dh = logging.StreamHandler(sys.stdout)
dh.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
dollar.addHandler(dh)


def blocking_step(n):
    time.sleep(0.25)
    log.debug("blocking step %d", n)


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.125)
        log.info("tick %d of %d", i + 1, n)


async def main():
    log.info("start %s", {"run": 1})
    log.info("mapping %(user)s/%(job)d", {"user": "ann", "job": 7})
    await asyncio.gather(ticker(3), asyncio.sleep(0.2))
    blocking_step(1)
    log.warning("no args: 100%")
    log.error(ValueError("an exception object as the message"))
    dollar.warning("dollar style %s", "works")
    plain = logging.Formatter()
    handler.setFormatter(plain)
    log.info("plain formatter")
    for bad in ["nothing to format", "%(message)"]:
        try:
            logging.Formatter(bad)
        except ValueError as exc:
            print("ValueError:", exc)
    for bad in ["{message", "{levelname!x}", "{name:zz}", "}{message}", "no fields"]:
        try:
            logging.Formatter(bad, style="{")
        except ValueError as exc:
            print("ValueError:", exc)
    for bad in ["cost: $", "$$"]:
        try:
            logging.Formatter(bad, style="$")
        except ValueError as exc:
            print("ValueError:", exc)
    try:
        logging.Formatter("%(message)s", style="#")
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
