import asyncio
import warnings


class LegacyAPIWarning(UserWarning):
    pass


def old_fetch(url):
    warnings.warn(f"old_fetch({url!r}) is deprecated; use fetch()", DeprecationWarning, stacklevel=2)
    return url.upper()


def check_config(cfg):
    if "timeout" not in cfg:
        warnings.warn("no timeout configured, using 30s")
    if cfg.get("retries", 0) > 5:
        warnings.warn(LegacyAPIWarning(f"{cfg['retries']} retries is excessive"))


async def job(i):
    await asyncio.sleep(0.01 * i)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check_config({"retries": i * 3})
        old_fetch(f"/item/{i}")
    for w in caught:
        print(f"job {i}: {w.category.__name__}: {w.message} (line {w.lineno})")
    return len(caught)


async def main():
    counts = await asyncio.gather(*(job(i) for i in range(3)))
    print("caught per job:", counts)
    for _ in range(3):
        check_config({})
    print(old_fetch("/quiet"))
    warnings.filterwarnings("ignore", message="no timeout")
    check_config({})
    warnings.simplefilter("error", LegacyAPIWarning)
    try:
        check_config({"timeout": 1, "retries": 9})
    except LegacyAPIWarning as exc:
        print("raised:", repr(exc))
    with warnings.catch_warnings(record=True, action="once") as log:
        for _ in range(4):
            warnings.warn("only once", RuntimeWarning)
        print(len(log), str(log[0].message), log[0].category)
    try:
        warnings.warn("x", category=int)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        warnings.simplefilter("sometimes")
    except AssertionError as exc:
        print("AssertionError:", exc)
    warnings.resetwarnings()
    warnings.warn("final warning", UserWarning)
    print("done")


asyncio.run(main())
