"""Checksum workers are threading.Thread subclasses: each overrides run(), reports
back to the asyncio loop with call_soon_threadsafe, and one of them crashes."""
import asyncio
import hashlib
import threading


class ChecksumWorker(threading.Thread):
    def __init__(self, loop, results, job_id, payload):
        super().__init__(name=f"checksum-{job_id}", daemon=True)
        self.loop = loop
        self.results = results
        self.job_id = job_id
        self.payload = payload
        self.digest = None
        self.ran_as_self = False

    def run(self):
        self.ran_as_self = threading.current_thread() is self
        if not self.payload:
            raise ValueError(f"job {self.job_id}: empty payload")
        self.digest = hashlib.sha256(self.payload).hexdigest()[:12]
        self.loop.call_soon_threadsafe(self.results.put_nowait, (self.job_id, self.name, self.digest))


class AuditThread(threading.Thread):
    """No run() override: the target runs through Thread.run."""

    def describe(self):
        return f"{type(self).__name__}:{self.name}"


def audit(log, entries):
    for entry in entries:
        log.append(entry.upper())


async def collect(results, expected):
    got = {}
    for _ in range(expected):
        job_id, name, digest = await asyncio.wait_for(results.get(), timeout=5)
        got[job_id] = (name, digest)
    return got


async def main():
    loop = asyncio.get_running_loop()
    results = asyncio.Queue()
    payloads = {1: b"alpha", 2: b"beta", 3: b"", 4: b"delta"}
    workers = [ChecksumWorker(loop, results, job_id, data) for job_id, data in payloads.items()]
    print(repr(workers[0]), workers[0].daemon, workers[0].ident)
    for w in workers:
        w.start()
    got = await collect(results, expected=3)
    for w in workers:
        await asyncio.to_thread(w.join)
    for job_id in sorted(got):
        name, digest = got[job_id]
        print(f"job {job_id} on {name}: {digest}")
    for w in workers:
        state = "ok" if w.digest else "failed"
        print(w.name, state, w.is_alive(), w.ran_as_self, isinstance(w, threading.Thread))

    log = []
    auditor = AuditThread(target=audit, args=(log, ["start", "stop"]), name="auditor")
    print(auditor.describe(), repr(auditor))
    auditor.start()
    await asyncio.to_thread(auditor.join, 2)
    print(log, repr(auditor).startswith("<AuditThread(auditor, stopped"))
    try:
        auditor.start()
    except RuntimeError as exc:
        print("restart:", exc)


asyncio.run(main())
