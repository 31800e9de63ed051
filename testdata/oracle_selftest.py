#!/usr/bin/env python3
"""Self-check of testdata/oracle.py (run: python3 testdata/oracle_selftest.py [-v]).

1. The tricky programs (testdata/py/trickyNN_*.py) under the oracle print exactly the CPython
   outputs recorded in the shared semantics reference (tricky/NN_name.out; for 10 the
   .virtual.out, the FIFO order the contract mandates for equal call_at deadlines). The
   reference directory is $PYASYNC2GO_TRICKY_DIR, default ../shared/tricky beside the
   repository; without it those cases are skipped.
2. Independently of that directory, tricky 01-09 print the same under the oracle as under plain
   `python3 PROG.py` with the real clock (they are timing-independent).
3. Each clause of the deterministic clock contract, checked with a small program.
4. Every example program of asyncio-semantics.md ($PYASYNC2GO_SEMANTICS, default
   ../shared/asyncio-semantics.md beside the repository; skipped without it) prints the same
   stdout and stderr under the oracle as under plain python3, except the two whose output the contract changes on
   purpose: set iteration order by address (ascompleted.py) and equal call_at deadlines (ties.py).
"""

import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "oracle.py")
CORPUS = os.path.join(HERE, "py")
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
TRICKY_DIR = os.environ.get("PYASYNC2GO_TRICKY_DIR", os.path.join(SHARED, "tricky"))
SEMANTICS = os.environ.get("PYASYNC2GO_SEMANTICS", os.path.join(SHARED, "asyncio-semantics.md"))
CONTRACT_CHANGES = {"ascompleted.py", "ties.py"}
ENV = dict(os.environ, PYASYNC2GO_CLOCK="virtual", TZ="UTC")
ENV.pop("PYASYNC2GO_EPOCH", None)


def oracle(path, *args, env=None, timeout=60):
    return subprocess.run([sys.executable, ORACLE, path, *args], capture_output=True, text=True,
                          env=env or ENV, timeout=timeout)


def tricky_programs():
    return sorted(f for f in os.listdir(CORPUS) if f.startswith("tricky") and f.endswith(".py"))


class TrickyPrograms(unittest.TestCase):
    def test_reference_outputs(self):
        if not os.path.isdir(TRICKY_DIR):
            self.skipTest(f"{TRICKY_DIR} not found")
        programs = tricky_programs()
        self.assertEqual(len(programs), 10)
        for prog in programs:
            number, rest = prog[len("tricky"):].split("_", 1)
            stem = os.path.join(TRICKY_DIR, f"{number}_{rest[:-3]}")
            expected_path = stem + ".virtual.out" if os.path.exists(stem + ".virtual.out") else stem + ".out"
            with self.subTest(prog=prog, expected=expected_path):
                with open(expected_path) as f:
                    expected = f.read()
                run = oracle(os.path.join(CORPUS, prog))
                self.assertEqual(run.returncode, 0, run.stderr)
                self.assertEqual(run.stderr, "")
                self.assertEqual(run.stdout, expected)

    def test_same_as_plain_cpython(self):
        for prog in tricky_programs():
            if prog.startswith("tricky10"):
                continue  # equal call_at deadlines: the contract deliberately diverges (FIFO)
            with self.subTest(prog=prog):
                plain = subprocess.run([sys.executable, prog], cwd=CORPUS, capture_output=True,
                                       text=True, timeout=60)
                run = oracle(os.path.join(CORPUS, prog))
                self.assertEqual((run.returncode, run.stdout), (plain.returncode, plain.stdout))


class SemanticsExamples(unittest.TestCase):
    def test_examples_match_plain_cpython(self):
        if not os.path.exists(SEMANTICS):
            self.skipTest(f"{SEMANTICS} not found")
        with open(SEMANTICS) as f:
            text = f.read()
        examples = re.findall(r"\*Example `([\w.]+)`:\*\n```python\n(.*?)```", text, re.S)
        self.assertGreater(len(examples), 20)
        with tempfile.TemporaryDirectory() as tmp:
            for name, source in examples:
                if name in CONTRACT_CHANGES:
                    continue
                with self.subTest(example=name):
                    path = os.path.join(tmp, name)
                    with open(path, "w") as f:
                        f.write(source)
                    plain = subprocess.run([sys.executable, name], cwd=tmp, capture_output=True,
                                           text=True, timeout=60)
                    run = oracle(path)
                    # Plain CPython names the script by its absolute path, the oracle by base name.
                    self.assertEqual((run.returncode, run.stdout, run.stderr),
                                     (plain.returncode, plain.stdout.replace(tmp + "/", ""),
                                      plain.stderr.replace(tmp + "/", "")))


class Contract(unittest.TestCase):
    def run_program(self, source, *args, env=None, name="m.py"):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(textwrap.dedent(source))
            return oracle(path, *args, env=env)

    def assert_output(self, source, expected, status=0, env=None):
        run = self.run_program(source, env=env)
        self.assertEqual(run.stdout, textwrap.dedent(expected), run.stderr)
        self.assertEqual(run.returncode, status, run.stderr)
        return run

    def test_clock_starts_at_zero_and_epoch(self):
        self.assert_output("""\
            import time
            print(time.time(), time.monotonic(), time.perf_counter(), time.time_ns(), time.monotonic_ns())
            """, "1612200605.0 0.0 0.0 1612200605000000000 0\n")
        self.assert_output("""\
            import time
            print(time.time())
            """, "1000.0\n", env=dict(ENV, PYASYNC2GO_EPOCH="1000"))

    def test_blocking_sleep_adds_without_sleeping(self):
        run = self.assert_output("""\
            import time
            time.sleep(3600)
            print(time.monotonic(), time.time(), time.strftime("%H:%M:%S"), time.ctime())
            print(time.localtime().tm_hour, time.gmtime().tm_hour, time.asctime())
            """, "3600.0 1612204205.0 18:30:05 Mon Feb  1 18:30:05 2021\n"
                 "18 18 Mon Feb  1 18:30:05 2021\n")
        self.assertEqual(run.stderr, "")

    def test_zone_from_tz(self):
        self.assert_output("""\
            import time
            print(time.strftime("%H:%M %Z"))
            """, "18:30 CET\n", env=dict(ENV, TZ="Europe/Berlin"))

    def test_loop_jumps_exactly_to_deadlines(self):
        self.assert_output("""\
            import asyncio, time
            async def main():
                loop = asyncio.get_running_loop()
                for _ in range(3):
                    await asyncio.sleep(0.1)
                print(loop.time(), time.monotonic(), loop.time() == 0.1 + 0.1 + 0.1)
                await asyncio.sleep(86400 * 3)
                print(loop.time())
            asyncio.run(main())
            """, "0.30000000000000004 0.30000000000000004 True\n259200.3\n")

    def test_equal_deadlines_fire_fifo(self):
        self.assert_output("""\
            import asyncio
            async def main():
                loop = asyncio.get_running_loop(); out = []
                when = loop.time() + 0.01
                for i in range(7): loop.call_at(when, out.append, i)
                for i in range(3): loop.call_later(0.01, out.append, f"later{i}")
                await asyncio.sleep(0.05)
                print(out)
            asyncio.run(main())
            """, "[0, 1, 2, 3, 4, 5, 6, 'later0', 'later1', 'later2']\n")

    def test_policy_covers_every_way_to_get_a_loop(self):
        self.assert_output("""\
            import asyncio
            a = asyncio.get_event_loop(); b = asyncio.new_event_loop()
            async def t(): return asyncio.get_running_loop().time()
            print(type(a).__init__.__qualname__, type(b).__init__.__qualname__, a.run_until_complete(asyncio.sleep(5, "ok")), a.time())
            print(type(a).__name__, repr(type(b)), asyncio.run(t()))
            """, "VirtualEventLoop.__init__ VirtualEventLoop.__init__ ok 5.0\n"
                 "_UnixSelectorEventLoop <class 'asyncio.unix_events._UnixSelectorEventLoop'> 5.0\n")

    def test_random_seeded_with_zero(self):
        random.seed(0)
        expected = [random.random(), random.randint(1, 100)]
        self.assert_output("""\
            import random
            print([random.random(), random.randint(1, 100)])
            """, f"{expected}\n")

    def test_deadlock_exit(self):
        run = self.assert_output("""\
            import asyncio
            async def main():
                print("before")
                await asyncio.Event().wait()
            asyncio.run(main())
            """, "before\n", status=3)
        self.assertEqual(run.stderr, "deadlock: event loop has nothing to wait for\n")

    def test_run_forever_without_work_is_a_deadlock(self):
        run = self.assert_output("""\
            import asyncio
            loop = asyncio.new_event_loop()
            loop.call_later(1, print, "timer")
            loop.run_forever()
            """, "timer\n", status=3)
        self.assertTrue(run.stderr.endswith("deadlock: event loop has nothing to wait for\n"))

    def test_thread_work_blocks_for_real(self):
        # The thread waits for real; virtual time must not move and no deadlock may be declared.
        run = self.assert_output("""\
            import asyncio, threading, time
            def slow():
                threading.Event().wait(0.3)
                return "thread result"
            async def main():
                loop = asyncio.get_running_loop()
                print(await asyncio.to_thread(slow), loop.time())
                print(await loop.run_in_executor(None, slow), loop.time())
            asyncio.run(main())
            print("after run")
            """, "thread result 0.0\nthread result 0.0\nafter run\n")
        self.assertEqual(run.stderr, "")

    def test_notebook_mode(self):
        self.assert_output("""\
            import asyncio
            print(asyncio.current_task().get_name())
            await asyncio.sleep(1)
            print(asyncio.get_running_loop().time())
            """, "Task-1\n1.0\n")

    def test_base_name_everywhere(self):
        run = self.run_program("""\
            import asyncio, sys
            async def f():
                await asyncio.sleep(1)
            async def main():
                t = asyncio.create_task(f())
                print(__file__, sys.argv, __name__)
                print(t)
                f()
                raise KeyError("k")
            asyncio.run(main())
            """, "arg")
        self.assertEqual(run.stdout, "m.py ['m.py', 'arg'] __main__\n"
                                     "<Task pending name='Task-2' coro=<f() running at m.py:2>>\n")
        self.assertEqual(run.returncode, 1)
        self.assertIn("m.py:8: RuntimeWarning: coroutine 'f' was never awaited\n", run.stderr)
        self.assertIn('Traceback (most recent call last):\n  File "m.py", line 10, in <module>\n',
                      run.stderr)
        self.assertNotIn("oracle.py", run.stderr)
        self.assertTrue(run.stderr.endswith("KeyError: 'k'\n"))

    def test_stdlib_paths_print_as_the_contracts(self):
        # Whatever directory this CPython's library lives in, a task repr and a traceback frame
        # inside asyncio name /usr/lib/python3.11, on stdout and on stderr alike.
        run = self.run_program("""\
            import asyncio
            async def main():
                print(asyncio.current_task())
                loop = asyncio.get_running_loop()
                loop.call_soon(lambda: 1 / 0)
                await asyncio.sleep(0)
            asyncio.run(main())
            """)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180]>", run.stdout)
        self.assertIn('  File "/usr/lib/python3.11/asyncio/events.py", line 80, in _run\n', run.stderr)
        real = os.path.dirname(os.__file__)
        if real != "/usr/lib/python3.11":
            self.assertNotIn(real, run.stdout + run.stderr)

    def test_exit_statuses(self):
        run = self.assert_output("print('x'); raise ValueError('v')\n", "x\n", status=1)
        self.assertTrue(run.stderr.endswith("ValueError: v\n"))
        self.assert_output("import sys; print('y'); sys.exit(7)\n", "y\n", status=7)
        self.assert_output("import sys; sys.exit(None)\n", "", status=0)
        run = self.assert_output("import sys; sys.exit('message')\n", "", status=1)
        self.assertEqual(run.stderr, "message\n")
        self.assert_output("import asyncio, sys\nasync def m(): sys.exit(4)\nasyncio.run(m())\n", "", status=4)

    def test_batch_mode_matches_single_runs(self):
        programs = ["deadlock.py", "uncaught_in_asyncio_run.py", "to_thread.py", "sys_exit_code.py",
                    "tricky08_done_callbacks_names.py", "toplevel_await_tasks.py", "random_seed0.py"]
        with tempfile.TemporaryDirectory() as out:
            batch = subprocess.run([sys.executable, ORACLE, "--batch", out, "2",
                                    *(os.path.join(CORPUS, p) for p in programs)],
                                   capture_output=True, text=True, env=ENV, timeout=120)
            self.assertEqual(batch.returncode, 0, batch.stderr)
            for prog in programs:
                with self.subTest(prog=prog):
                    single = oracle(os.path.join(CORPUS, prog))
                    stem = os.path.join(out, prog[:-3])
                    with open(stem + ".stdout") as f, open(stem + ".stderr") as g, open(stem + ".status") as h:
                        self.assertEqual((f.read(), g.read(), int(h.read())),
                                         (single.stdout, single.stderr, single.returncode))

    def test_real_clock_opt_out(self):
        run = self.assert_output("""\
            import time
            print(time.time() > 1700000000, time.monotonic() > 0)
            """, "True True\n", env=dict(ENV, PYASYNC2GO_CLOCK="real"))
        self.assertEqual(run.stderr, "")


if __name__ == "__main__":
    unittest.main()
