"""Handlers set up by hand: per-logger handlers, propagation, handler levels."""
import asyncio
import logging
import sys

root = logging.getLogger()
console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter("[root] %(levelname)s %(name)s: %(message)s"))
root.addHandler(console)
root.setLevel(logging.INFO)

api = logging.getLogger("service.api")
api_handler = logging.StreamHandler(sys.stdout)
api_handler.setLevel(logging.WARNING)
api_handler.setFormatter(logging.Formatter("[api] %(levelname)s %(module)s.%(funcName)s line %(lineno)d: %(message)s"))
api.addHandler(api_handler)

service = logging.getLogger("service")
audit = logging.getLogger("service.audit")
audit.propagate = False
audit_handler = logging.StreamHandler(sys.stdout)
audit_handler.setFormatter(logging.Formatter("{levelname:>7} | {name} | {message}", style="{"))
audit.addHandler(audit_handler)


async def handle_request(req_id, payload):
    api.info("request %d: %s", req_id, payload)
    await asyncio.sleep(0.01 * req_id)
    if not payload:
        api.warning("request %d had an empty payload", req_id)
        return None
    audit.info("request %d accepted", req_id)
    return payload.upper()


async def main():
    results = await asyncio.gather(*(handle_request(i, p) for i, p in enumerate(["ping", "", "data"])))
    print("results:", results)
    print(api.parent is service, service.parent is root, audit.propagate)
    print(repr(api), repr(root), repr(api_handler))
    print(api.isEnabledFor(logging.DEBUG), api.isEnabledFor(logging.ERROR), api.getEffectiveLevel())
    print(len(root.handlers), len(api.handlers), api.hasHandlers(), service.hasHandlers())
    api.removeHandler(api_handler)
    api.error("after removing the api handler")
    child = service.getChild("db")
    print(child.name, child.parent is service)
    child.critical("disk %s full", "/var")
    try:
        logging.getLogger(42)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        service.setLevel("CHATTY")
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        service.setLevel(2.5)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
