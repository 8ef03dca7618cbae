"""Each file's configuration, found as ruff finds it: the nearest configuration file walking up
from the file's folder, so that a folder of an archive can have settings of its own.

The nearest file wins whole (settings are not merged across files). The search is cached per
folder: a folder is looked at once (a stat for each of the three names) and remembers its
answer, which its subfolders then reuse, so checking 4,000 files in 20 folders costs a few stats
per folder, not per file; each file found is read once. With an explicit file (`--config`) it is
the configuration of every path. The command line's settings go over each (`merge`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from arabspell.desk.config import Config, here, load
from arabspell.files.sources import STDIN, real

#: the command line's settings over a file's configuration
Merge = Callable[[Config], Config]


def _as_is(config: Config) -> Config:
    return config


class Configs:
    """The configuration of each path of a run, found once per folder and loaded once per file
    (an explicit one when made: ConfigError for one that cannot be used)."""

    def __init__(self, explicit: Path | None = None, merge: Merge = _as_is) -> None:
        self._explicit = explicit
        self._merge = merge
        #: a folder as spelled (absolute, links not resolved) -> its configuration
        self._by_folder: dict[str, Config] = {}
        #: a resolved folder -> the configuration file it and its subfolders without one use
        self._found: dict[Path, Path | None] = {}
        #: a configuration file (None: none, the defaults) -> its configuration, merged
        self._loaded: dict[Path | None, Config] = {}
        if explicit is not None:  # read now: a file named that cannot be used is an error, files or not
            self._load(explicit)

    def of(self, path: str) -> Config:
        """The configuration of a file: the nearest one walking up from its folder (standard
        input: from the current directory). Raises ConfigError for a file that cannot be used."""
        folder = os.getcwd() if path == STDIN else os.path.dirname(os.path.abspath(path))
        config = self._by_folder.get(folder)
        if config is None:
            found = self._explicit if self._explicit is not None else self.file_for(Path(folder))
            config = self._by_folder[folder] = self._load(found)
        return config

    def file_for(self, folder: Path) -> Path | None:
        """The configuration file a folder uses: its own, else its parent's, and so on up (None:
        none). Every folder on the way remembers the answer, so none is looked at twice."""
        current = real(folder)
        walked: list[Path] = []
        while current not in self._found:
            found = here(current)
            if found is not None or current.parent == current:
                self._found[current] = found
                break
            walked.append(current)
            current = current.parent
        answer = self._found[current]
        self._found.update(dict.fromkeys(walked, answer))
        return answer

    def _load(self, path: Path | None) -> Config:
        if path not in self._loaded:
            self._loaded[path] = self._merge(load(path) if path is not None else Config())
        return self._loaded[path]
