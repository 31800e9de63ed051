#!/usr/bin/env python3
"""Writes rt/py/pytables.go from CPython 3.11 itself (its Unicode 14 database).

    python3 rt/py/testdata/gen_tables.py > rt/py/pytables.go

The tables are facts about CPython that Go's standard library does not carry:

* str case mapping: CPython's full mappings (SpecialCasing: 'ß'.upper() == 'SS') for upper,
  lower, title and casefold, and the character properties its final-sigma rule and
  swapcase/istitle use (Cased, Case_Ignorable, Uppercase, Lowercase, titlecase). Go's unicode
  tables have only the simple one-rune mappings, and a newer Unicode version. Each property is
  read back through str methods, so it is exactly what CPython applies.
* the decimal digits (str.isdecimal), which int() and float() accept in any script.
* the attribute names of the builtin types (dir(str) ...): rt/py reports a real Python method it
  does not implement as an unsupported feature, never as an AttributeError CPython would not
  raise.
* the same for the instances of the standard library's classes the runtime models (asyncio's
  locks, queues, futures, tasks, handles and loop; threading's, queue's, concurrent.futures'
  and contextvars' objects): dir() of a fresh instance, so it holds the attributes __init__
  sets too, the private ones tutorials print (Semaphore._value, Queue._unfinished_tasks).

rt/py's TestTablesMatchPython regenerates this output and compares it with the file.
"""
import asyncio
import collections
import concurrent.futures
import contextvars
import queue
import sys
import threading

assert sys.version_info[:2] == (3, 11), "the tables must come from CPython 3.11"

CHARS = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


def mapping_tables(name, fn):
    """Single-rune changes as (lo, hi, stride, delta) runs, multi-rune results as a list."""
    single, multi = [], []
    for c in CHARS:
        m = fn(c)
        if m == c:
            continue
        if len(m) == 1:
            single.append((ord(c), ord(m) - ord(c)))
        else:
            multi.append((ord(c), m))
    runs = []
    for cp, delta in single:
        if runs:
            lo, hi, stride, d = runs[-1]
            if d == delta and (cp - hi == stride or (lo == hi and cp - hi in (1, 2))):
                runs[-1] = (lo, cp, cp - hi if lo == hi else stride, d)
                continue
        runs.append((cp, cp, 1, delta))
    out = [f"var {name}Runs = []caseRun{{"]
    out += [f"\t{{0x{lo:04X}, 0x{hi:04X}, {stride}, {delta}}}," for lo, hi, stride, delta in runs]
    out.append("}")
    out.append("")
    out.append(f"var {name}Multi = []caseMulti{{")
    out += [f"\t{{0x{cp:04X}, {go_string(m)}}}," for cp, m in multi]
    out.append("}")
    out.append("")
    return out


def go_string(s):
    return '"' + "".join(f"\\u{ord(ch):04X}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08X}" for ch in s) + '"'


def range_table(name, pred):
    ranges = []
    for c in CHARS:
        if pred(c):
            cp = ord(c)
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    out = [f"var {name} = []runeRange{{"]
    out += [f"\t{{0x{lo:04X}, 0x{hi:04X}}}," for lo, hi in ranges]
    out.append("}")
    out.append("")
    return out


# Cased: in CPython's title(), a character after a cased one is lowered.
def cased(c):
    return ("x" + c + "b").title()[-1] == "b"


# Case_Ignorable: final sigma looks through these. 'A' + c + 'Σ' ends in final sigma when c is
# ignorable, or cased and not ignorable; c + 'Σ' only in the second case.
def case_ignorable(c):
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2" and (c + "\u03a3").lower()[-1] != "\u03c2"


TYPES = {
    "str": str, "list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset,
    "int": int, "bool": bool, "float": float, "range": range, "bytes": bytes, "bytearray": bytearray,
    "dict_keys": type({}.keys()), "dict_values": type({}.values()), "dict_items": type({}.items()),
    # collections' types, which rt/py models only in part (mod_collections*.go).
    "Counter": collections.Counter, "deque": collections.deque,
    "defaultdict": collections.defaultdict, "OrderedDict": collections.OrderedDict,
}


def stdlib_instances():
    """Fresh instances of the standard library classes the runtime models, some of which only
    exist inside a running event loop."""
    async def nothing():
        pass

    async def collect():
        loop = asyncio.get_running_loop()
        task = loop.create_task(nothing())
        gathering = asyncio.gather(task)
        objs = [
            asyncio.Lock(), asyncio.Event(), asyncio.Condition(), asyncio.Semaphore(),
            asyncio.BoundedSemaphore(), asyncio.Barrier(2), asyncio.Queue(), asyncio.PriorityQueue(),
            asyncio.LifoQueue(), loop.create_future(), task, gathering, loop.call_soon(print),
            loop.call_later(1, print), loop, asyncio.TaskGroup(), asyncio.timeout(1), asyncio.Runner(),
        ]
        await gathering
        return objs

    var = contextvars.ContextVar("v")
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    objs = asyncio.run(collect()) + [
        threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore(),
        threading.BoundedSemaphore(), threading.Event(), threading.Barrier(2), threading.Thread(),
        queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue(),
        concurrent.futures.Future(), pool, var, var.set(1), contextvars.copy_context(),
    ]
    pool.shutdown()
    return objs


lines = [
    "// Code generated by testdata/gen_tables.py from CPython 3.11; DO NOT EDIT.",
    "",
    "package py",
    "",
    "// pyTypeAttrs is dir(T) in CPython 3.11 for the builtin types rt/py models.",
    "var pyTypeAttrs = map[string]string{",
]
for tname, t in TYPES.items():
    lines.append(f'\t"{tname}": "{" ".join(sorted(dir(t)))}",')
lines += ["}", ""]
lines += [
    "// pyInstanceAttrs is dir(x) in CPython 3.11 for a fresh instance x of each standard library",
    "// class the runtime models, keyed by the class's module and name.",
    "var pyInstanceAttrs = map[string]string{",
]
for obj in stdlib_instances():
    key = f"{type(obj).__module__}.{type(obj).__qualname__}"
    lines.append(f'\t"{key}": "{" ".join(sorted(dir(obj)))}",')
lines += ["}", ""]
lines += mapping_tables("upper", str.upper)
lines += mapping_tables("lower", str.lower)
lines += mapping_tables("title", str.title)
lines += mapping_tables("fold", str.casefold)
lines += range_table("casedRanges", cased)
lines += range_table("caseIgnorableRanges", case_ignorable)
lines += range_table("uppercaseRanges", str.isupper)
lines += range_table("lowercaseRanges", str.islower)
lines += range_table("titlecaseRanges", lambda c: c.istitle() and not c.isupper())
lines += range_table("decimalRanges", str.isdecimal)
sys.stdout.write("\n".join(lines).rstrip("\n") + "\n")
