"""Checking many files on several cores, results in input order (`check --jobs N`).

Each worker process checks whole files with the same `runner.Plan`; on platforms that
fork, the workers inherit the parent's loaded lexicon instead of loading their own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace

from arabspell import engine
from arabspell.files.sources import Source, Unreadable, read, stream, streamable
from arabspell.run import check as runner
from arabspell.text import markup

#: the plan a worker process checks with (set before forking, or by `_start` when spawned)
_PLAN: runner.Plan | None = None
#: below this many files a run stays in one process (starting workers costs more)
MIN_FILES_PER_JOB = 4

Outcome = tuple[Source, "runner.Checked | None"]


def default_jobs(files: int) -> int:
    """The number of processes for a run of `files` files: every core for many files, else one."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, files // MIN_FILES_PER_JOB))


def check_one(path: str, plan: runner.Plan, fix: bool) -> Outcome:
    """Read and check one file (None for a file that could not be read); a large plain-text file
    is streamed when it is only checked, never fixed (its text is then not kept: "")."""
    if not fix and streamable(path) and markup.kind_of(path) is markup.Kind.TEXT:
        try:
            return Source(path, text=""), runner.check_stream(path, stream(path), plan)
        except Unreadable as exc:
            return exc.source, None
    source = read(path)
    if source.text is None:
        return source, None
    if not fix:  # the bytes are only needed to write a fixed file safely
        source = replace(source, data=b"")
    return source, runner.check_file(path, source.text, plan, fix=fix)


def _start(plan: runner.Plan) -> None:
    global _PLAN
    _PLAN = plan


def _work(job: tuple[str, bool]) -> Outcome:
    assert _PLAN is not None, "worker started without a plan"
    return check_one(job[0], _PLAN, job[1])


def check_files(files: list[str], plan: runner.Plan, jobs: int = 1, fix: bool = False) -> Iterator[Outcome]:
    """Each file's outcome, in the order of `files`, checked by `jobs` processes."""
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield check_one(path, plan, fix)
        return
    import multiprocessing  # only runs of many files need them: keep them off the hook's start-up
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if plan.corrector is None:  # load the lexicon once here, so forked workers inherit it
        engine.default_corrector()
    _start(plan)  # inherited by forked workers; spawned ones get it from the initializer
    initargs = () if context.get_start_method() == "fork" else (plan,)
    initializer = None if context.get_start_method() == "fork" else _start
    chunk = max(1, min(32, len(files) // (jobs * 8)))
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs) as pool:
        yield from pool.map(_work, [(path, fix) for path in files], chunksize=chunk)
