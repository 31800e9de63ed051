#!/usr/bin/env python3
"""Oracle for rt/py's math module test (mod_math_test.go).

Draws random arguments for the math functions CPython computes with its
own code or with the C library, evaluates them with CPython 3.11, and writes
math_cases.txt: one case a line, "name<TAB>args<TAB>result", floats as
float.hex(), ints as "i<decimal>", an exception as "!Name: message".

    python3 rt/py/testdata/gen_math.py [-n N] [-o FILE]

-n N draws N arguments per generator (a long run: -n 200000 -o /tmp/m.txt,
then MATH_CASES=/tmp/m.txt go test ./rt/py -run TestMathOracle).
"""
import argparse
import math
import os
import random
import sys

ap = argparse.ArgumentParser()
ap.add_argument("-n", type=int, default=100)
ap.add_argument("-o", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "math_cases.txt"))
opts = ap.parse_args()
rng = random.Random(20261203)


def anyf():
    return rng.choice([
        lambda: rng.uniform(-10, 10),
        lambda: rng.uniform(-200, 200),
        lambda: math.ldexp(rng.random(), rng.randint(-1074, 1024)) * rng.choice([-1, 1]),
        lambda: float(rng.randint(-30, 30)) + rng.choice([0, 0.5, 1e-9]),
        lambda: rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 5e-324, 1.7976931348623157e308]),
    ])()


def pos():
    return math.ldexp(rng.random(), rng.randint(-1074, 1024))


def bigint():
    return rng.choice([
        lambda: rng.randint(-10**6, 10**6),
        lambda: rng.getrandbits(rng.randint(1, 1100)) * rng.choice([1, -1]),
        lambda: rng.randint(1, 2**1030),
    ])()


gens = {
    "gamma": [lambda: (anyf(),), lambda: (rng.uniform(0, 180),), lambda: (rng.uniform(-1e-19, 1e-19),)],
    "lgamma": [lambda: (anyf(),), lambda: (rng.uniform(0, 300),), lambda: (pos(),)],
    "erf": [lambda: (anyf(),), lambda: (rng.uniform(-7, 7),), lambda: (rng.uniform(-1.3, 1.3),),
            lambda: (math.ldexp(rng.random(), rng.randint(-1074, -20)) * rng.choice([-1, 1]),)],
    "erfc": [lambda: (anyf(),), lambda: (rng.uniform(-7, 30),), lambda: (rng.uniform(-1.3, 1.3),),
             lambda: (math.ldexp(rng.random(), rng.randint(-80, -20)) * rng.choice([-1, 1]),)],
    "cbrt": [lambda: (anyf(),), lambda: (bigint(),), lambda: (rng.uniform(-1000, 1000),)],
    "hypot": [lambda: tuple(anyf() for _ in range(rng.randint(0, 5))),
              lambda: tuple(rng.uniform(-100, 100) for _ in range(rng.randint(2, 4))),
              lambda: tuple(math.ldexp(rng.random(), rng.randint(-1074, -1000)) for _ in range(3))],
    "dist": [lambda: (lambda k: (tuple(rng.uniform(-9, 9) for _ in range(k)), tuple(rng.uniform(-9, 9) for _ in range(k))))(rng.randint(1, 4))],
    "fsum": [lambda: (tuple(anyf() for _ in range(rng.randint(0, 8))),),
             lambda: (tuple(rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(rng.randint(1, 12))),)],
    "log": [lambda: (anyf(),), lambda: (bigint(),), lambda: (pos(), rng.choice([2, 10, 0.5, 3.0, pos()])),
            lambda: (bigint(), rng.choice([2, 10, 1, 7]))],
    "log2": [lambda: (anyf(),), lambda: (bigint(),)],
    "log10": [lambda: (anyf(),), lambda: (bigint(),)],
    "pow": [lambda: (anyf(), anyf()), lambda: (rng.uniform(0, 3), rng.uniform(-300, 300)), lambda: (anyf(), float(rng.randint(-5, 5)))],
    "exp": [lambda: (anyf(),), lambda: (rng.uniform(-750, 720),)],
    "exp2": [lambda: (anyf(),)],
    "sqrt": [lambda: (anyf(),), lambda: (bigint(),)],
    "fmod": [lambda: (anyf(), anyf())],
    "remainder": [lambda: (anyf(), anyf()), lambda: (rng.uniform(-100, 100), rng.choice([1.0, 2.0, 0.5, 3.0]))],
    "modf": [lambda: (anyf(),)],
    "frexp": [lambda: (anyf(),)],
    "ldexp": [lambda: (anyf(), rng.randint(-1200, 1200))],
    "copysign": [lambda: (anyf(), anyf())],
    "nextafter": [lambda: (anyf(), anyf())],
    "ulp": [lambda: (anyf(),)],
    "degrees": [lambda: (anyf(),)],
    "radians": [lambda: (anyf(),)],
    "isclose": [lambda: (anyf(), anyf()), lambda: (lambda x: (x, x * (1 + rng.uniform(-1e-8, 1e-8))))(rng.uniform(-5, 5))],
    "floor": [lambda: (anyf(),)],
    "ceil": [lambda: (anyf(),)],
    "trunc": [lambda: (anyf(),)],
    "factorial": [lambda: (rng.randint(-3, 60),)],
    "comb": [lambda: (rng.randint(-2, 80), rng.randint(-2, 80)), lambda: (bigint(), rng.randint(0, 6))],
    "perm": [lambda: (rng.randint(-2, 40), rng.randint(-2, 40))],
    "gcd": [lambda: tuple(bigint() for _ in range(rng.randint(0, 4)))],
    "lcm": [lambda: tuple(rng.randint(-10**9, 10**9) for _ in range(rng.randint(0, 4)))],
    "isqrt": [lambda: (bigint(),)],
    "sin": [lambda: (anyf(),), lambda: (rng.uniform(-7, 7),), lambda: (bigint(),)],
    "cos": [lambda: (anyf(),), lambda: (rng.uniform(-7, 7),), lambda: (bigint(),)],
    "tan": [lambda: (anyf(),), lambda: (rng.uniform(-30, 30),), lambda: (rng.uniform(-1e9, 1e9),)],
    "asin": [lambda: (anyf(),), lambda: (rng.uniform(-1.1, 1.1),), lambda: (1 - math.ldexp(rng.random(), rng.randint(-60, -1)),)],
    "acos": [lambda: (anyf(),), lambda: (rng.uniform(-1.1, 1.1),), lambda: (math.ldexp(rng.random(), rng.randint(-60, -1)) - 1,)],
    "atan": [lambda: (anyf(),), lambda: (rng.uniform(-20, 20),)],
    "atan2": [lambda: (anyf(), anyf()), lambda: (rng.uniform(-5, 5), rng.uniform(-5, 5)), lambda: (rng.randint(-9, 9), rng.randint(-9, 9))],
    "sinh": [lambda: (anyf(),), lambda: (rng.uniform(-25, 25),), lambda: (rng.uniform(-712, 712),)],
    "cosh": [lambda: (anyf(),), lambda: (rng.uniform(-25, 25),), lambda: (rng.uniform(-712, 712),)],
    "tanh": [lambda: (anyf(),), lambda: (rng.uniform(-25, 25),)],
    "asinh": [lambda: (anyf(),), lambda: (rng.uniform(-30, 30),), lambda: (bigint(),)],
    "acosh": [lambda: (anyf(),), lambda: (rng.uniform(0.5, 30),), lambda: (bigint(),)],
    "atanh": [lambda: (anyf(),), lambda: (rng.uniform(-1.1, 1.1),)],
    "log1p": [lambda: (anyf(),), lambda: (rng.uniform(-1.1, 3),), lambda: (bigint(),)],
    "expm1": [lambda: (anyf(),), lambda: (rng.uniform(-40, 40),), lambda: (rng.uniform(-1, 1),)],
    "prod": [lambda: (tuple(rng.choice([anyf(), rng.randint(-9, 9)]) for _ in range(rng.randint(0, 5))),)],
}


def enc(v):
    if isinstance(v, bool):
        return "b%d" % v
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, tuple):
        return "(" + ",".join(enc(x) for x in v) + ")"
    raise TypeError(v)


with open(opts.o, "w") as out:
    for name, gs in gens.items():
        f = getattr(math, name)
        for g in gs:
            for _ in range(opts.n):
                args = g()
                if name in ("fsum", "prod"):
                    call = lambda: f(list(args[0]))
                else:
                    call = lambda: f(*args)
                try:
                    r = enc(call())
                except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
                    r = "!%s: %s" % (type(e).__name__, e)
                out.write("%s\t%s\t%s\n" % (name, " ".join(enc(a) for a in args), r))
