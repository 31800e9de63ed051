#!/usr/bin/env python3
"""Oracle for rt/py's table tests.

Extracts every Python expression written as  c(`...`, ...)  in ../*_test.go,
evaluates it with CPython (3.11), and writes cases.json mapping the
expression to the resulting str, or to "!ExcName: message" if it raised.
Each expression must evaluate to a str. Run from anywhere:

    python3 rt/py/testdata/gen_cases.py
"""
import glob
import json
import os
import random
import re
import sys
import warnings

warnings.simplefilter("ignore")

here = os.path.dirname(os.path.abspath(__file__))
exprs = []
for path in sorted(glob.glob(os.path.join(here, "..", "*_test.go"))):
    with open(path) as f:
        text = f.read()
        exprs += re.findall(r"\bc\(\s*`([^`]*)`", text)
        defs = dict(re.findall(r"const (\w+Defs) = `([^`]*)`", text))
        exprs += [defs[name] + rest for name, rest in re.findall(r"\bc\((\w+Defs)\+`([^`]*)`", text)]
        exprs += ["tb:" + src for src in re.findall(r"const tbSource\w* = `([^`]*)`", text)]


def run_traceback(src):
    """Run src as the program m.py; return the traceback CPython prints."""
    import linecache
    import traceback
    linecache.cache["m.py"] = (len(src), None, src.splitlines(True), "m.py")
    try:
        exec(compile(src, "m.py", "exec"), {"__name__": "__main__"})
    except BaseException as e:  # noqa: BLE001
        e.__traceback__ = e.__traceback__.tb_next  # drop this script's frame
        return "".join(traceback.format_exception(e))
    return "no exception"


def run(expr):
    if expr.startswith("tb:"):
        return run_traceback(expr[3:])
    random.seed(0)
    env = {"random": random}
    try:
        if "\n" in expr or expr.startswith("exec:"):
            code = expr[5:] if expr.startswith("exec:") else expr
            exec(code, env)
            v = env["out"]
        else:
            v = eval(expr, env)
    except BaseException as e:  # noqa: BLE001 - the oracle records every failure
        return "!%s: %s" % (type(e).__name__, e)
    if not isinstance(v, str):
        raise SystemExit("case %r evaluated to %s, not str" % (expr, type(v).__name__))
    return v


out = {}
for e in exprs:
    out[e] = run(e)
with open(os.path.join(here, "cases.json"), "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write("\n")
print("%d cases (python %s)" % (len(out), sys.version.split()[0]))
