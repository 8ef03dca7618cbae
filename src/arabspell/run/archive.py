"""Checking an archive file by file, in parallel with Dask: the same pipeline and findings as
`arabspell check --format json`, one result dict a file.

`check_one` is plain Python (no Dask needed) and is what each Dask task runs; `check_archive`
spreads a list of files over a Dask scheduler (a `distributed` cluster, or the local default);
`json_document` turns the results into the CLI's JSON report. Dask is imported only by
`check_archive`: install it with `pip install 'arabspell[dask]'`. See docs/dask.md.

Every path must be readable at the same location on every worker (a shared file system).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from arabspell.desk import config as configuration
from arabspell.desk.config import Config
from arabspell.desk.nearest import Configs
from arabspell.files import sources, walk
from arabspell.report.base import summary_of
from arabspell.report.json import document, finding_dict
from arabspell.run.check import Plan, check_path, plan
from arabspell.text.lines import LineIndex

if TYPE_CHECKING:
    from distributed import Client

#: One file's record: {"path", "findings", "words"}, or {"path", "error", "skipped"} when it is not
#: read (`skipped`: passed over on purpose, a binary file).
Record = dict[str, Any]

DASK_MISSING = "checking an archive with Dask needs dask[bag]: pip install 'arabspell[dask]'"

#: The identity of a desk dictionary on disk: its path, modification time and size.
FileStamp = tuple[str, int, int]


def check_one(path: str, config: Config | None = None) -> Record:
    """Read and check one file as `arabspell check` does (`run.check.check_path`: markup
    skipped, suppressions and accepted words applied; no baseline, no fixes) and return its record.

    Without `config`, the configuration is found from the path, as the CLI finds it.
    Raises ConfigError, OSError or DeskError when the configuration or its dictionaries
    cannot be used; an unreadable file is a record with an `error`, never an exception.
    """
    path = str(path)
    if path == sources.STDIN:
        raise ValueError("check_one needs a file, not standard input")
    settings = config if config is not None else configuration.find([path])
    source, checked = check_path(path, _plan(settings))
    if checked is None:  # a binary file is passed over (a notice), anything else an error
        return {"path": path, "error": source.error, "skipped": source.skipped}
    lines = checked.lines or LineIndex(source.text or "")
    return {"path": path, "findings": [finding_dict(f, lines) for f in checked.findings], "words": checked.words}


def _plan(config: Config) -> Plan:
    """The plan of a configuration, built once per process (per worker) while its dictionaries
    are unchanged on disk: the lexicon and the desk's words are loaded once, not once a file."""
    files = config.dictionaries + ((config.model,) if config.model else ())
    return _cached_plan(config, _stamps(files))


@lru_cache(maxsize=8)
def _cached_plan(config: Config, stamps: tuple[FileStamp, ...]) -> Plan:
    """`run.check.plan` memoised on the configuration (hashable: `origin` is not compared) and on
    its dictionaries' stamps, so a worker that outlives a dictionary edit reads the new one."""
    del stamps  # part of the cache key only
    return plan(config)


def _stamps(dictionaries: tuple[Path, ...]) -> tuple[FileStamp, ...]:
    """Path, mtime and size of each dictionary and model (a missing one: zeros; `plan` reports it)."""
    stamps = []
    for path in dictionaries:
        try:
            stat = os.stat(path)
        except OSError:
            stamps.append((str(path), 0, 0))
        else:
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


def files_of(paths: list[str], config: Config | None = None) -> list[str]:
    """The files a run checks, as the CLI finds them: directories searched with the include and
    exclude globs of `config`, or without it of each file's nearest configuration, each
    directory's files sorted, ignore files honoured."""
    configs = Configs()
    of = (lambda path: config) if config is not None else configs.of
    files = list(walk.expand([str(p) for p in paths], lambda p: of(p).included(p), lambda p: of(p).excluded(p)))
    if sources.STDIN in files:
        raise ValueError("an archive check needs files, not standard input")
    return files


def check_archive(
    paths: list[str],
    client: Client | None = None,
    config: Config | None = None,
    partition_size: int = 50,
) -> list[Record]:
    """Check files and directories with Dask; one result a file (see `check_one`), in the
    order `arabspell check` reports them.

    Each partition of `partition_size` files is one Dask task. With `client`, the tasks run on
    its cluster; without, on Dask's default scheduler (a `distributed.Client` made earlier in
    this process, else local processes). Without `config`, each file's configuration is its
    nearest, as the CLI finds it, read on the client and sent with the file's task.
    """
    try:
        import dask.bag as db
    except ImportError as exc:
        raise ImportError(DASK_MISSING) from exc
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    files = files_of(paths, config)
    if not files:
        return []
    configs = Configs()  # read here, on the client: each file's nearest, sent with its task
    jobs = [(path, config if config is not None else configs.of(path)) for path in files]
    bag = db.from_sequence(jobs, partition_size=partition_size).starmap(check_one)
    results: list[Record] = client.compute(bag).result() if client is not None else bag.compute()
    return results


def json_document(results: list[Record]) -> dict[str, Any]:
    """The CLI's JSON report (`{"version", "files", "summary"}`, docs/output-schema.md) of the
    readable files' records; files with an `error` are left out of `files`, as the CLI leaves
    them out, and listed as `notices`, as the CLI lists them."""
    from arabspell.report.base import Level, Notice

    read = [r for r in results if "error" not in r]
    counts = summary_of(len(read), sum(r["words"] for r in read), (f["rule"] for r in read for f in r["findings"]))
    levels = {True: Level.SKIPPED, False: Level.ERROR}
    notices = [Notice(r["path"], r["error"], levels[r.get("skipped", False)]) for r in results if "error" in r]
    return document([{"path": r["path"], "findings": r["findings"]} for r in read], counts, notices)
