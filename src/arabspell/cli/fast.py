"""The fast path of a plain `arabspell check`: a pre-commit hook runs `arabspell check FILE...` on
every commit, and importing typer and click to parse that line costs as much as checking a story.
A command line of paths and the few options below is parsed here and run by the very function the
typer command calls (`checking.run_check`); anything else, help and every usage error included,
returns None and goes to typer, which says what typer says."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import NoReturn

from arabspell.cli.checking import Request, View, run_check
from arabspell.report import Format

#: flags the fast path knows, and the request field each sets
_FLAGS = {"--exit-zero": "exit_zero", "--quiet": "quiet", "-q": "quiet"}
#: options with a value the fast path knows
_FORMAT = ("--format", "-f")
_FORMATS = {f.value: f for f in Format}


def parse(argv: list[str]) -> Request | None:
    """The request of a plain check's arguments (after the program name), or None when typer must
    read them: another command, an option the fast path does not know, a value it would have to
    reject, or no path at all."""
    if not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    flags: set[str] = set()
    fmt = Format.TEXT
    args = iter(argv[1:])
    for arg in args:
        name, eq, value = arg.partition("=")
        if arg in _FLAGS:
            flags.add(_FLAGS[arg])
        elif (name == "--format" and eq) or arg in _FORMAT:
            value = value if eq else next(args, "")
            if value not in _FORMATS:
                return None
            fmt = _FORMATS[value]
        elif arg == "-" or not arg.startswith("-"):
            paths.append(arg)
        else:
            return None
    if not paths:
        return None
    return Request(paths, fmt, exit_zero="exit_zero" in flags, view=View(quiet="quiet" in flags))


def run(argv: list[str]) -> int | None:
    """Run a plain check (its exit status), or None: typer's to parse. A closed pipe (`| head`)
    and Ctrl-C end the run as click ends them: status 1, quietly or with «Aborted!»."""
    request = parse(argv)
    if request is None:
        return None
    try:
        return run_check(request)
    except KeyboardInterrupt:
        print("\nAborted!", file=sys.stderr)
        return 1
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        # what is left in the buffer would fail again at exit: send it nowhere (as click does)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def leave(status: int) -> NoReturn:
    """End the process now, its output flushed: the run has closed its files and joined its
    workers, and nothing of it is left to clean up, so the interpreter's teardown (tens of
    milliseconds of freeing the lexicon's objects one by one) is skipped. A pipe closed before the
    last flush ends it with status 1, as click does. Under a profiler or a tracer (cProfile,
    coverage, a debugger), which write their results at exit, it exits the usual way."""
    try:
        sys.stdout.flush()
    except OSError:
        status = 1
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    if sys.getprofile() is not None or sys.gettrace() is not None:
        raise SystemExit(status)
    os._exit(status)


__all__ = ["leave", "parse", "run"]
