# Streams, sockets, subprocesses, signal handlers and process pools are out of scope: each gets a
# diagnostic that says so.
import asyncio
import signal  # ERROR "module 'signal' is not supported \(signal handlers are out of scope\)"
from concurrent.futures import ProcessPoolExecutor  # ERROR "'concurrent\.futures\.ProcessPoolExecutor' is not supported \(process pools are out of scope; ThreadPoolExecutor is supported\)"
from subprocess import run  # ERROR "module 'subprocess' is not supported \(subprocesses are out of scope\)"


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(2, print)  # ERROR "'add_signal_handler' is not supported \(signal handlers are out of scope\)"
    reader, writer = await asyncio.open_connection("example.com", 80)  # ERROR "'asyncio\.open_connection' is not supported \(streams and sockets are out of scope\)"
    server = await asyncio.start_server(print, "127.0.0.1", 0)  # ERROR "'asyncio\.start_server' is not supported \(streams and sockets are out of scope\)"
    proc = await asyncio.create_subprocess_exec("ls")  # ERROR "'asyncio\.create_subprocess_exec' is not supported \(subprocesses are out of scope\)"
    shell = await asyncio.create_subprocess_shell("ls")  # ERROR "'asyncio\.create_subprocess_shell' is not supported \(subprocesses are out of scope\)"


asyncio.run(main())
