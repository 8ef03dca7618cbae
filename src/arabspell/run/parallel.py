"""Checking many files on several cores, results in input order (`check --jobs N`).

Each worker process checks whole files, each with its own `Plan` (the plan of its configuration):
the parent builds every plan before the pool starts and numbers them, and a job names its plan by
that number. On platforms that fork, the workers inherit the plans and the parent's loaded
lexicon instead of loading their own; spawned workers get the plans once, from the initializer.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from arabspell import engine
from arabspell.files.sources import STDIN, Source
from arabspell.run.check import Checked, Plan, check_path

#: the plans a worker process checks with (set before forking, or by `_start` when spawned)
_PLANS: tuple[Plan, ...] = ()
#: below this many files a run stays in one process (starting workers costs more)
MIN_FILES_PER_JOB = 4

Outcome = tuple[Source, Checked | None]
#: a file to check and the plan to check it with
Job = tuple[str, Plan]


def default_jobs(files: int) -> int:
    """The number of processes for a run of `files` files: every core for many files, else one."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, files // MIN_FILES_PER_JOB))


def _start(plans: tuple[Plan, ...]) -> None:
    global _PLANS
    _PLANS = plans


def _work(job: tuple[str, int, bool]) -> Outcome:
    path, number, fix = job
    assert number < len(_PLANS), "worker started without its plans"
    return check_path(path, _PLANS[number], fix)


def check_files(
    jobs: list[Job], processes: int = 1, fix: bool = False, stdin_name: str | None = None
) -> Iterator[Outcome]:
    """Each file's outcome with its plan, in the order of `jobs`, checked by `processes` processes
    (one when standard input is among them, which goes by `stdin_name`: `run.check.check_path`)."""
    if processes <= 1 or len(jobs) < 2 or any(path == STDIN for path, _ in jobs):
        for path, plan in jobs:
            yield check_path(path, plan, fix, stdin_name)
        return
    import multiprocessing  # only runs of many files need them: keep them off the hook's start-up
    from concurrent.futures import ProcessPoolExecutor

    numbers: dict[int, int] = {}
    for _, plan in jobs:
        numbers.setdefault(id(plan), len(numbers))
    plans = tuple({id(plan): plan for _, plan in jobs}.values())  # in the order of their numbers
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    for plan in plans:  # load the lexicon (and each desk's) once here, so forked workers inherit it
        engine.corrector_for(plan.settings)
    _start(plans)  # inherited by forked workers; spawned ones get them from the initializer
    forked = context.get_start_method() == "fork"
    initializer, initargs = (None, ()) if forked else (_start, (plans,))
    chunk = max(1, min(32, len(jobs) // (processes * 8)))
    work = [(path, numbers[id(plan)], fix) for path, plan in jobs]
    with ProcessPoolExecutor(processes, mp_context=context, initializer=initializer, initargs=initargs) as pool:
        yield from pool.map(_work, work, chunksize=chunk)
