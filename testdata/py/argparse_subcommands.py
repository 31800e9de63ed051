import argparse
import asyncio
import sys


async def serve(args):
    await asyncio.sleep(0.1)
    print(f"serving on {args.host}:{args.port} with {args.workers} workers")


async def migrate(args):
    for step in range(args.steps):
        await asyncio.sleep(0.05)
        print("migration step", step + 1, "dry" if args.dry_run else "live")


def make_parser():
    parser = argparse.ArgumentParser(prog="app", description="Service control tool.")
    parser.add_argument("--config", default="app.toml", help="configuration file")
    sub = parser.add_subparsers(dest="command", title="commands", help="what to do")
    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("-p", "--port", type=int, default=8080)
    s.add_argument("-w", "--workers", type=int, choices=range(1, 9), default=2, metavar="N")
    s.set_defaults(handler=serve)
    m = sub.add_parser("migrate", aliases=["mg"], help="apply database migrations")
    m.add_argument("steps", type=int, nargs="?", default=1)
    m.add_argument("--dry-run", action="store_true")
    m.set_defaults(handler=migrate)
    g = parser.add_argument_group("logging", "Options that control log output.")
    g.add_argument("--log-level", choices=["debug", "info", "warning"], default="info")
    g.add_argument("--point", nargs=2, type=float, metavar=("X", "Y"), help="a point")
    return parser


async def main():
    parser = make_parser()
    parser.print_help()
    print(sys.argv[1:], parser.prog)
    cases = [
        ["--point", "1", "2", "serve", "-p", "9000", "-w", "4"],
        ["--point", "1.5", "-2", "mg", "3", "--dry-run"],
        ["--log-level", "debug", "migrate"],
        ["serve", "-w", "12"],
        ["deploy"],
        ["serve", "--help"],
    ]
    for argv in cases:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            print("exited with", exc.code)
            continue
        print(args.command, args.point, args.log_level, args.config)
        await args.handler(args)
    ns, rest = parser.parse_known_args(["serve", "--extra", "x"])
    print(rest, ns.port)
    print(argparse.Namespace(a=1, b="x"))
    other = argparse.ArgumentParser(prog="tiny", add_help=False, exit_on_error=False)
    other.add_argument("n", type=int)
    try:
        other.parse_args(["zz"])
    except argparse.ArgumentError as exc:
        print("ArgumentError:", exc)
    print(repr(other.format_help()))


asyncio.run(main())
