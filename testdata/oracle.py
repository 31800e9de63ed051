#!/usr/bin/env python3
"""CPython oracle for pyasync2go: runs a Python program under the deterministic clock contract.

Usage: python3 testdata/oracle.py PROG.py [args...]

The contract (first section of asyncio-semantics.md) in short:

* virtual clock starting at 0.0 for time.monotonic/perf_counter and loop.time(); time.time() is
  EPOCH + clock (EPOCH from PYASYNC2GO_EPOCH, default 1612200605); time.sleep(x) adds x and
  returns at once; localtime/gmtime/strftime/ctime/asctime default to the virtual instant in TZ;
* the event loop jumps the clock exactly to the earliest timer deadline when it has nothing ready,
  and equal deadlines fire in scheduling order (a (when, sequence) heap key);
* while run_in_executor/to_thread work or a started threading.Thread is pending, an idle loop
  waits for real up to THREAD_GRACE seconds for a thread to report back (or to finish); only
  when none does and a timer is scheduled does it jump the clock to that timer (work that
  finishes in time takes no virtual time; a thread that waits on the loop cannot freeze it);
  other real I/O makes it block for real;
* random.seed(0) before the program runs;
* nothing ready, no timer, no pending thread or I/O work: flush stdout, write
  "deadlock: event loop has nothing to wait for" to stderr and exit with status 3;
* a module with top-level await runs its body as the main coroutine of asyncio.run();
* a Jupyter notebook (PROG.ipynb) runs as the module its code cells make, joined in order;
* the program runs as __main__ from its own directory under its base name, so file names in
  tracebacks, warnings and task reprs are "m.py", exactly as `cd dir && python3 m.py` would show;
* the standard library's directory prints as /usr/lib/python3.11 (Debian's layout) wherever this
  CPython has it, in everything the program writes to stdout and stderr.

PYASYNC2GO_CLOCK=real keeps the real clock and the stock heap order (everything else unchanged).
Standard library only; written against CPython 3.11.
"""

import ast
import asyncio
import asyncio.events
import asyncio.futures
import concurrent.futures
import concurrent.futures.thread  # noqa: F401  (see below)
import gc
import heapq
import inspect
import itertools
import operator
import os
import queue  # noqa: F401  (imported before the clock is installed: see below)
import random
import selectors
import signal
import sys
import threading
import time
import types

DEFAULT_EPOCH = 1612200605
# Where the contract says CPython's standard library lives (README, "Standard library paths").
CONTRACT_STDLIB = "/usr/lib/python3.11"
DEADLOCK_MESSAGE = "deadlock: event loop has nothing to wait for"
DEADLOCK_STATUS = 3
# Real seconds an idle loop waits for pending thread work before it advances virtual time to its
# next timer (README's clock contract; rt's threadGrace is the same).
THREAD_GRACE = 0.5
# How often that wait looks at the pending-thread count: a thread that ends without waking the
# loop (one the loop does not join) is noticed within this much real time.
THREAD_POLL = 0.005
BATCH_CHILD_TIMEOUT = 60

# Keep the oracle's own module alive once the program replaces sys.modules["__main__"].
_ORACLE_MODULE = sys.modules[__name__]


# Blocking calls in threads time out in real seconds under both clocks (README's grace rule):
# queue and concurrent.futures.thread bind time.monotonic when imported, so they are imported
# above, before install_virtual_time replaces it, as threading is.
_REAL_MONOTONIC = time.monotonic


class PendingThreads:
    """Counts the program's thread work the loop waits for under the grace rule: each started
    threading.Thread until its run() returns (a pool's own worker threads excepted: they idle
    between work items), and each work item submitted to a ThreadPoolExecutor until its future's
    done callbacks have run (so a result hand-off to the loop is queued before the count drops)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._count = 0

    def pending(self):
        with self._lock:
            return self._count

    def add(self, n):
        with self._lock:
            self._count += n

    def mark(self, future):
        with self._lock:
            future._oracle_counted = True

    def release(self, future):
        # Once per future, whichever of submit and the worker's callbacks comes last.
        with self._lock:
            if getattr(future, "_oracle_counted", False):
                future._oracle_counted = False
                self._count -= 1

    def install(self):
        import concurrent.futures._base as base
        import concurrent.futures.thread as pool
        counter = self
        real_start = threading.Thread.start
        real_bootstrap_inner = threading.Thread._bootstrap_inner
        real_submit = pool.ThreadPoolExecutor.submit
        real_invoke = base.Future._invoke_callbacks

        def start(thread):
            if getattr(thread, "_target", None) is not pool._worker:
                thread._oracle_counted = True
                counter.add(1)
            try:
                real_start(thread)
            except BaseException:
                if getattr(thread, "_oracle_counted", False):
                    counter.add(-1)
                raise

        def bootstrap_inner(thread):
            try:
                real_bootstrap_inner(thread)
            finally:
                if getattr(thread, "_oracle_counted", False):
                    counter.add(-1)

        def submit(executor, fn, /, *args, **kwargs):
            counter.add(1)
            try:
                future = real_submit(executor, fn, *args, **kwargs)
            except BaseException:
                counter.add(-1)
                raise
            counter.mark(future)
            if future.done():  # the worker may have finished (and run its callbacks) already
                counter.release(future)
            return future

        def invoke_callbacks(future):
            try:
                real_invoke(future)
            finally:
                counter.release(future)

        threading.Thread.start = start
        threading.Thread._bootstrap_inner = bootstrap_inner
        pool.ThreadPoolExecutor.submit = submit
        base.Future._invoke_callbacks = invoke_callbacks


_USER_THREADS = PendingThreads()


class VirtualClock:
    """Seconds since program start; advanced only by time.sleep and by the idle event loop."""

    def __init__(self, epoch):
        self.epoch = epoch
        self.now = 0.0
        self._lock = threading.Lock()

    def advance(self, seconds):
        with self._lock:
            self.now += seconds

    def jump_to(self, deadline):
        # Setting (rather than adding the select timeout) keeps the clock exactly equal to the
        # deadline, so no float error creeps into later deadline comparisons.
        with self._lock:
            if deadline > self.now:
                self.now = deadline

    def wall(self):
        return self.epoch + self.now


def _nanoseconds(seconds):
    return round(seconds * 1_000_000_000)


def install_virtual_time(clock):
    real_localtime = time.localtime
    real_gmtime = time.gmtime
    real_strftime = time.strftime
    real_asctime = time.asctime

    def virtual_sleep(secs):
        if not isinstance(secs, float):
            secs = operator.index(secs)  # CPython accepts floats and __index__ ints only
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        clock.advance(float(secs))

    def virtual_localtime(secs=None):
        return real_localtime(clock.wall() if secs is None else secs)

    def virtual_gmtime(secs=None):
        return real_gmtime(clock.wall() if secs is None else secs)

    def virtual_strftime(format, t=None):
        if t is None:
            return real_strftime(format, real_localtime(clock.wall()))
        return real_strftime(format, t)

    def virtual_asctime(t=None):
        return real_asctime(real_localtime(clock.wall()) if t is None else t)

    def virtual_ctime(secs=None):
        return real_asctime(real_localtime(clock.wall() if secs is None else secs))

    time.time = clock.wall
    time.time_ns = lambda: clock.epoch * 1_000_000_000 + _nanoseconds(clock.now)
    time.monotonic = lambda: clock.now
    time.monotonic_ns = lambda: _nanoseconds(clock.now)
    time.perf_counter = lambda: clock.now
    time.perf_counter_ns = lambda: _nanoseconds(clock.now)
    time.sleep = virtual_sleep
    time.localtime = virtual_localtime
    time.gmtime = virtual_gmtime
    time.strftime = virtual_strftime
    time.asctime = virtual_asctime
    time.ctime = virtual_ctime
    # asyncio imported logging before the clock was installed: its start time (the origin of
    # records' relativeCreated) is the program's start on the virtual clock, as it would be had
    # the program imported logging itself.
    import logging
    logging._startTime = clock.wall()
    install_virtual_datetime()


def install_virtual_datetime():
    """datetime.now() and utcnow() read the virtual time.time(), as date.today() already does.

    CPython's C datetime reads the system clock directly for these two, and its types are
    immutable, so the classmethods are replaced in the type's own dict (reached through gc, the
    type cache told with PyType_Modified). Everything else stays CPython's C implementation.
    """
    import ctypes
    import datetime

    def now(cls, tz=None):
        return cls.fromtimestamp(time.time(), tz)

    def utcnow(cls):
        return cls.utcfromtimestamp(time.time())

    namespace = gc.get_referents(datetime.datetime.__dict__)[0]
    namespace["now"] = classmethod(now)
    namespace["utcnow"] = classmethod(utcnow)
    ctypes.pythonapi.PyType_Modified(ctypes.py_object(datetime.datetime))


class FifoTimerHandle(asyncio.TimerHandle):
    """A TimerHandle ordered by (when, sequence): equal deadlines fire in scheduling order."""

    __slots__ = ("_sequence",)
    _next_sequence = itertools.count()

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._sequence = next(FifoTimerHandle._next_sequence)

    def _key(self):
        return (self._when, self._sequence)

    def __lt__(self, other):
        if isinstance(other, FifoTimerHandle):
            return self._key() < other._key()
        return super().__lt__(other)

    def __le__(self, other):
        if isinstance(other, FifoTimerHandle):
            return self._key() <= other._key()
        return super().__le__(other)

    def __gt__(self, other):
        if isinstance(other, FifoTimerHandle):
            return self._key() > other._key()
        return super().__gt__(other)

    def __ge__(self, other):
        if isinstance(other, FifoTimerHandle):
            return self._key() >= other._key()
        return super().__ge__(other)

    __hash__ = asyncio.TimerHandle.__hash__


def deadlock_exit():
    try:
        sys.stdout.flush()
    finally:
        sys.stderr.write(DEADLOCK_MESSAGE + "\n")
        sys.stderr.flush()
        os._exit(DEADLOCK_STATUS)


class VirtualSelector(selectors.DefaultSelector):
    """Replaces the loop's idle wait by a jump of the virtual clock to the earliest deadline."""

    def __init__(self, clock):
        super().__init__()
        self.clock = clock
        self.loop = None

    def _thread_work_pending(self):
        return self.loop._pending_thread_work > 0 or _USER_THREADS.pending() > 0

    def select(self, timeout=None):
        if timeout is not None and timeout <= 0:
            return super().select(0)
        if self._thread_work_pending():
            # The grace rule: wait for real while a thread may still report back; a timer
            # fires only once no thread has for THREAD_GRACE seconds.
            start = _REAL_MONOTONIC()
            while True:
                events = super().select(THREAD_POLL)
                if events:
                    return events
                if not self._thread_work_pending():
                    break
                if _REAL_MONOTONIC() - start >= THREAD_GRACE and self.loop._scheduled:
                    break
        # One registration is the loop's own self-pipe; anything more is real I/O.
        if len(self.get_map()) > 1:
            events = super().select(0 if timeout is not None else None)
            if events:
                return events
        elif timeout is None:
            deadlock_exit()
        events = super().select(0)
        if events:
            return events
        scheduled = self.loop._scheduled
        if scheduled:
            self.clock.jump_to(scheduled[0]._when)
        return events


# asyncio logs the selector's class name at DEBUG ("Using selector: ..."):
# report the one CPython would have used.
VirtualSelector.__name__ = VirtualSelector.__qualname__ = selectors.DefaultSelector.__name__


class VirtualEventLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        selector = VirtualSelector(_CLOCK)
        self._pending_thread_work = 0
        self._pending_lock = threading.Lock()
        super().__init__(selector)
        selector.loop = self

    def time(self):
        return _CLOCK.now

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = FifoTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _thread_work_started(self):
        with self._pending_lock:
            self._pending_thread_work += 1

    def _thread_work_finished(self, _=None):
        with self._pending_lock:
            self._pending_thread_work -= 1
        # Wake the loop: it may already be blocked in select(None) because it
        # saw this work as pending after the result hand-off (queued by an
        # earlier done callback) had woken it once. Without this second
        # wake-up the loop waits forever instead of advancing virtual time.
        self._write_to_self()

    def run_in_executor(self, executor, func, *args):
        # Same as BaseEventLoop.run_in_executor (3.11), plus a pending-work count that is released
        # only after the result hand-off has been queued on the loop (its callback runs first).
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        self._thread_work_started()
        try:
            work = executor.submit(func, *args)
        except BaseException:
            self._thread_work_finished()
            raise
        result = asyncio.futures.wrap_future(work, loop=self)
        work.add_done_callback(self._thread_work_finished)
        return result

    async def shutdown_default_executor(self):
        # The executor is joined by a helper thread that reports back via call_soon_threadsafe.
        self._thread_work_started()
        try:
            await super().shutdown_default_executor()
        finally:
            self._thread_work_finished()


def _present_as(cls, like):
    """Gives an oracle subclass the name of the CPython class it stands for, so that
    type(x).__name__, type(x) and reprs built from the class name print as in plain CPython."""
    cls.__name__, cls.__qualname__, cls.__module__ = like.__name__, like.__qualname__, like.__module__


_present_as(FifoTimerHandle, asyncio.TimerHandle)
_present_as(VirtualEventLoop, asyncio.SelectorEventLoop)


class VirtualEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualEventLoop


_CLOCK = None


def notebook_source(data):
    """A Jupyter notebook's code cells joined in order, each ending in a newline (README,
    "Notebooks"; frontend/notebook.go joins them the same way)."""
    import json
    parts = []
    for cell in json.loads(data)["cells"]:
        if cell.get("cell_type") != "code":
            continue
        src = cell.get("source", "")
        if isinstance(src, list):
            src = "".join(src)
        if src and not src.endswith("\n"):
            src += "\n"
        parts.append(src)
    return "".join(parts).encode("utf-8")


def compile_program(source, filename):
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    return compile(source, filename, "exec", flags=flags, dont_inherit=True)


def make_main_module(filename):
    module = types.ModuleType("__main__")
    module.__file__ = filename
    module.__cached__ = None
    module.__loader__ = None
    module.__spec__ = None
    module.__builtins__ = __builtins__
    return module


# The program's module runs a few levels deeper than under `python3 prog.py`: below it are this
# script's frames and exec. _DEPTH_PROBE, exec'd from main like the program, measures how many
# (a module-level recursion reaches 999 under `python3`), and hide_oracle_depth gives the program
# those levels back: the real limit grows by that much, and sys.getrecursionlimit and
# sys.setrecursionlimit show and take the limit, and report the depth, as the program would see
# them without the oracle.
_DEPTH_PROBE = compile(
    "def _probe(n):\n    global _reached\n    _reached = n\n    _probe(n + 1)\n"
    "try:\n    _probe(1)\nexcept RecursionError:\n    pass\n",
    "<depth probe>", "exec")


def hide_oracle_depth(reached, frames_below):
    offset = 999 - reached
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit
    real_set(real_get() + offset)

    def getrecursionlimit():
        return real_get() - offset

    def setrecursionlimit(limit, /):
        n = operator.index(limit)
        if n < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        depth, f = 0, sys._getframe()
        while f is not None:
            depth, f = depth + 1, f.f_back
        depth -= frames_below  # this call counts as a level, as CPython's C function does
        if depth >= n:
            raise RecursionError(f"cannot set the recursion limit to {n} at the recursion depth {depth}: "
                                 "the limit is too low")
        real_set(n + offset)

    sys.getrecursionlimit, sys.setrecursionlimit = getrecursionlimit, setrecursionlimit


class StdlibPathStream:
    """A text stream that prints this CPython's standard-library directory as CONTRACT_STDLIB.

    CPython writes each traceback line, task repr and log record in one write() call, so a
    per-write replacement sees every path whole."""

    def __init__(self, stream, real):
        self._stream = stream
        self._real = real

    def write(self, s):
        self._stream.write(s.replace(self._real, CONTRACT_STDLIB))
        return len(s)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def install_stdlib_paths():
    real = os.path.dirname(os.__file__)
    if real != CONTRACT_STDLIB:
        sys.stdout = StdlibPathStream(sys.stdout, real)
        sys.stderr = StdlibPathStream(sys.stderr, real)


def drop_oracle_frames(exc, seen=None):
    """Drop the oracle's own frame from exc and every exception chained to it or grouped in it,
    so each traceback starts at the program, as with `python3 m.py`."""
    seen = set() if seen is None else seen
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        exc.__traceback__ = tb.tb_next
    drop_oracle_frames(exc.__cause__, seen)
    drop_oracle_frames(exc.__context__, seen)
    for inner in getattr(exc, "exceptions", ()):
        drop_oracle_frames(inner, seen)


def report_uncaught(exc):
    drop_oracle_frames(exc)
    tb = exc.__traceback__
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    sys.excepthook(type(exc), exc, tb)


def main(argv):
    global _CLOCK
    if len(argv) < 2:
        sys.stderr.write("usage: python3 oracle.py PROG.py [args...]\n")
        return 2
    program_path = os.path.abspath(argv[1])
    program_dir, filename = os.path.split(program_path)
    with open(program_path, "rb") as f:
        source = f.read()
    if program_path.endswith(".ipynb"):
        source = notebook_source(source)

    virtual = os.environ.get("PYASYNC2GO_CLOCK", "virtual") != "real"
    epoch = int(os.environ.get("PYASYNC2GO_EPOCH", DEFAULT_EPOCH))
    if virtual:
        _CLOCK = VirtualClock(epoch)
        install_virtual_time(_CLOCK)
        _USER_THREADS.install()
        asyncio.set_event_loop_policy(VirtualEventLoopPolicy())

    install_stdlib_paths()
    os.chdir(program_dir)
    sys.argv = [filename] + argv[2:]
    sys.path[0] = program_dir
    code = compile_program(source, filename)
    module = make_main_module(filename)
    sys.modules["__main__"] = module
    random.seed(0)
    probe = {}
    exec(_DEPTH_PROBE, probe)
    frames_below, f = 0, sys._getframe()
    while f is not None:
        frames_below, f = frames_below + 1, f.f_back
    hide_oracle_depth(probe["_reached"], frames_below)

    try:
        if code.co_flags & inspect.CO_COROUTINE:
            asyncio.run(eval(code, module.__dict__))
        else:
            exec(code, module.__dict__)
    except SystemExit as exc:
        # The exception may still be printed later (a task that held it, at exit): print it
        # without the oracle's frame.
        drop_oracle_frames(exc)
        raise
    except KeyboardInterrupt as exc:
        report_uncaught(exc)
        del exc
        sys.stdout.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
        return 130
    except BaseException as exc:
        report_uncaught(exc)
        del exc
        return 1
    return 0


def run_batch(argv):
    """--batch OUTDIR JOBS PROG.py...: run each program as if alone, JOBS at a time.

    A child still running after BATCH_CHILD_TIMEOUT seconds of real time is killed by SIGALRM
    (status 142).

    Each program runs in a child forked from this process before anything of the contract is
    installed, so it sees exactly what a fresh `oracle.py PROG.py` sees, minus the interpreter
    start-up cost. For PROG.py the child's stdout and stderr go to OUTDIR/PROG.stdout and
    OUTDIR/PROG.stderr; the parent writes the exit status to OUTDIR/PROG.status (128+N for a
    child killed by signal N). Returns once every child has finished.
    """
    out_dir, jobs, programs = argv[0], max(1, int(argv[1])), argv[2:]
    running = {}
    pending = list(programs)
    # The interpreter's own objects live forever; keeping them out of the children's collections
    # saves copying every page they sit on (about a third of a child's cost).
    gc.freeze()
    while pending or running:
        while pending and len(running) < jobs:
            program = pending.pop(0)
            stem = os.path.join(out_dir, os.path.splitext(os.path.basename(program))[0])
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                for fd, suffix in ((1, ".stdout"), (2, ".stderr")):
                    target = os.open(stem + suffix, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                    os.dup2(target, fd)
                    os.close(target)
                signal.alarm(BATCH_CHILD_TIMEOUT)
                # The interpreter's normal exit (SystemExit below) ends the child.
                return ("child", main([sys.argv[0], program]))
            running[pid] = stem
        pid, wait_status = os.wait()
        stem = running.pop(pid)
        if os.WIFSIGNALED(wait_status):
            status = 128 + os.WTERMSIG(wait_status)
        else:
            status = os.WEXITSTATUS(wait_status)
        with open(stem + ".status", "w") as f:
            f.write(f"{status}\n")
    return ("parent", 0)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--batch":
        sys.exit(run_batch(sys.argv[2:])[1])
    sys.exit(main(sys.argv))
