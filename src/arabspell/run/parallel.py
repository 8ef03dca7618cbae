"""Checking many files on several cores, results in input order (`check --jobs N`).

Each worker process checks whole files with the same `Plan`; on platforms that
fork, the workers inherit the parent's loaded lexicon instead of loading their own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from arabspell import engine
from arabspell.files.sources import Source
from arabspell.run.check import Checked, Plan, check_path

#: the plan a worker process checks with (set before forking, or by `_start` when spawned)
_PLAN: Plan | None = None
#: below this many files a run stays in one process (starting workers costs more)
MIN_FILES_PER_JOB = 4

Outcome = tuple[Source, Checked | None]


def default_jobs(files: int) -> int:
    """The number of processes for a run of `files` files: every core for many files, else one."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, files // MIN_FILES_PER_JOB))


def _start(plan: Plan) -> None:
    global _PLAN
    _PLAN = plan


def _work(job: tuple[str, bool]) -> Outcome:
    assert _PLAN is not None, "worker started without a plan"
    return check_path(job[0], _PLAN, job[1])


def check_files(files: list[str], plan: Plan, jobs: int = 1, fix: bool = False) -> Iterator[Outcome]:
    """Each file's outcome, in the order of `files`, checked by `jobs` processes."""
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield check_path(path, plan, fix)
        return
    import multiprocessing  # only runs of many files need them: keep them off the hook's start-up
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    engine.corrector_for(plan.settings)  # load the lexicon once here, so forked workers inherit it
    _start(plan)  # inherited by forked workers; spawned ones get it from the initializer
    initargs = () if context.get_start_method() == "fork" else (plan,)
    initializer = None if context.get_start_method() == "fork" else _start
    chunk = max(1, min(32, len(files) // (jobs * 8)))
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs) as pool:
        yield from pool.map(_work, [(path, fix) for path in files], chunksize=chunk)
