#!/usr/bin/env python3
"""Checks ir.Infer's types against what CPython actually does.

Usage: python3 typecheck.py SUMMARY VIOLATIONS ORACLE PROG.py

SUMMARY is ir.TypeSummary output (`scope.name: type` lines). The program runs
under the project's oracle (deterministic clock) with a tracer that looks at
every local variable of every frame of PROG.py at every line and return. Each
value must conform to the inferred type of its symbol; anything that does not
is written to VIOLATIONS, one line each. The program's own output is not
checked here.
"""

import asyncio
import builtins
import importlib.util
import inspect
import os
import re
import sys
import threading
import types

TOKEN = re.compile(r"\s*(->|[\[\](),]|[A-Za-z_<?][A-Za-z0-9_:.<>]*)")


def tokenize(s):
    out, pos = [], 0
    s = s.strip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise ValueError("bad type %r at %d" % (s, pos))
        out.append(m.group(1))
        pos = m.end()
    return out


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, want=None):
        tok = self.peek()
        if want is not None and tok != want:
            raise ValueError("want %r got %r in %r" % (want, tok, self.toks))
        self.i += 1
        return tok

    def list_until(self, close):
        items = []
        while self.peek() != close:
            items.append(self.type())
            if self.peek() == ",":
                self.take()
        self.take(close)
        return items

    def type(self):
        is_async = False
        if self.peek() == "async":
            self.take()
            is_async = True
        if self.peek() == "(":
            self.take()
            params = self.list_until(")")
            self.take("->")
            return ("func", is_async, params, self.type())
        name = self.take()
        args = []
        if self.peek() == "[":
            self.take()
            args = self.list_until("]")
        return (name, args)


def parse(text):
    p = Parser(text)
    t = p.type()
    if p.peek() is not None:
        raise ValueError("trailing tokens in %r" % text)
    return t


def mro_names(v):
    return {c.__name__ for c in type(v).__mro__}


def conforms(v, t, depth=0):
    if depth > 5:
        return True
    if t[0] == "func":
        if not callable(v):
            return False
        if t[1]:
            return inspect.iscoroutinefunction(v)
        return not inspect.iscoroutinefunction(v)
    name, args = t
    scalar = {"None": type(None), "bool": bool, "int": int, "float": float, "str": str, "range": range}
    if name in ("Any", "?"):
        return True
    if name in scalar:
        return type(v) is scalar[name]

    def each(items, et):
        for i, x in enumerate(items):
            if i > 30:
                break
            if not conforms(x, et, depth + 1):
                return False
        return True

    if name == "list":
        return type(v) is list and each(v, args[0])
    if name == "set":
        return type(v) is set and each(list(v), args[0])
    if name == "frozenset":
        return type(v) is frozenset and each(list(v), args[0])
    if name == "dict":
        return type(v) is dict and each(list(v.keys()), args[0]) and each(list(v.values()), args[1])
    if name == "tuple":
        return type(v) is tuple and len(v) == len(args) and all(
            conforms(x, a, depth + 1) for x, a in zip(v, args))
    if name == "Coroutine":
        return inspect.iscoroutine(v)
    if name in ("Task", "Future"):
        if not isinstance(v, asyncio.Future if name == "Future" else asyncio.Task):
            return False
        if v._state == "FINISHED" and v._exception is None:
            return conforms(v._result, args[0], depth + 1)
        return True
    if name == "EventLoop":
        return isinstance(v, asyncio.AbstractEventLoop)
    if name in ("Queue", "PriorityQueue", "LifoQueue"):
        return type(v).__name__ == name and each(list(v._queue), args[0])
    if name in ("dict_keys", "dict_values", "dict_items"):
        return type(v).__name__ == name and each(list(v), args[0])
    if name == "Handle":
        return isinstance(v, asyncio.Handle)
    if name == "TimerHandle":
        return isinstance(v, asyncio.TimerHandle)
    if name in ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "TaskGroup",
                "Timeout", "complex", "bytes", "slice", "ellipsis",
                "enumerate", "zip", "map", "filter", "generator"):
        return type(v).__name__ == name
    if name in ("reversed", "iterator"):
        return hasattr(v, "__next__")
    if name == "TextIO":
        return hasattr(v, "write")
    kind, _, detail = name.partition(":")
    if kind == "Exception":
        return isinstance(v, BaseException) and detail in mro_names(v)
    if kind == "Class":
        return isinstance(v, type) and v.__name__ == detail
    if kind == "Module":
        return True
    if kind in ("Builtin", "BoundMethod"):
        return callable(v)
    return False


def load_summary(path):
    types_by_name = {}
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            name, _, typ = line.partition(": ")
            types_by_name.setdefault(name, []).append((typ, parse(typ)))
    return types_by_name


def scope_prefix(code):
    qual = code.co_qualname
    if code.co_name == "<module>":
        return ""
    if code.co_name in ("<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"):
        outer = qual.rsplit(".", 1)[0] if "." in qual else ""
        if outer.endswith(".<locals>"):
            outer = outer[: -len(".<locals>")]
        return (outer + "." if outer else "") + "<comp>."
    return qual + "."


def main(argv):
    summary_path, violations_path, oracle_path, prog = argv[1:5]
    expected = load_summary(summary_path)
    prog_name = os.path.basename(prog)
    seen = set()
    # Written as found: a program may leave through os._exit (deadlock).
    out = open(violations_path, "w")

    def check_frame(frame):
        code = frame.f_code
        if os.path.basename(code.co_filename) != prog_name:
            return
        prefix = scope_prefix(code)
        for var, value in list(frame.f_locals.items()):
            cands = expected.get(prefix + var)
            if not cands:
                continue
            if any(conforms(value, parsed) for _, parsed in cands):
                continue
            key = (prefix + var, type(value).__name__)
            if key in seen:
                continue
            seen.add(key)
            shown = repr(value)
            if len(shown) > 60:
                shown = shown[:60] + "..."
            out.write("%s: %s holds %s (%s)\n" % (
                prefix + var, " | ".join(t for t, _ in cands), shown, type(value).__name__))
            out.flush()

    raising = set()  # frames whose last event was an exception

    def check_return(frame, value):
        code = frame.f_code
        if code.co_flags & (inspect.CO_COROUTINE | inspect.CO_GENERATOR | inspect.CO_ASYNC_GENERATOR):
            return  # 'return' also fires at every suspension
        qual = code.co_qualname
        owner, _, fname = qual.rpartition(".")
        if owner.endswith(".<locals>"):
            owner = owner[: -len(".<locals>")]
        key = (owner + "." if owner else "") + fname
        cands = [(t, p) for t, p in expected.get(key, []) if p[0] == "func" and not p[1]]
        if not cands or any(conforms(value, p[3]) for _, p in cands):
            return
        seen_key = (key + "()", type(value).__name__)
        if seen_key in seen:
            return
        seen.add(seen_key)
        out.write("%s returned %r (%s) but is %s\n" % (
            key, value, type(value).__name__, " | ".join(t for t, _ in cands)))
        out.flush()

    def local_trace(frame, event, arg):
        if event == "exception":
            raising.add(frame)
        elif event == "line":
            raising.discard(frame)
            check_frame(frame)
        elif event == "return":
            check_frame(frame)
            if frame in raising:
                raising.discard(frame)
            else:
                check_return(frame, arg)
        return local_trace

    def global_trace(frame, event, arg):
        if os.path.basename(frame.f_code.co_filename) != prog_name:
            return None
        return local_trace

    spec = importlib.util.spec_from_file_location("pyasync2go_oracle", oracle_path)
    oracle = importlib.util.module_from_spec(spec)
    sys.modules["pyasync2go_oracle"] = oracle
    spec.loader.exec_module(oracle)
    sys.settrace(global_trace)
    threading.settrace(global_trace)
    status = 0
    try:
        status = oracle.main([oracle_path, prog])
    except SystemExit as e:
        status = e.code
    finally:
        sys.settrace(None)
        out.close()
    return status if isinstance(status, int) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
