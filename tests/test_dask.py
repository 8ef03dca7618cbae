"""The Dask recipe (docs/dask.md): an archive checked on a `distributed.LocalCluster` gives
the same report as `arabspell check --format json`, file for file and finding for finding."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.desk.config import Config
from arabspell.run import archive

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

#: file -> its bytes; `bad.txt` is Windows-1256, not UTF-8; `drafts/` is excluded by the config
ARCHIVE = {
    "arabspell.toml": 'exclude = ["drafts/*"]\n',
    "phone.txt": "قال الوزير إن الاتصالات الهافية مستمرة بين البلدين.\n",
    "escalation.txt": "حذرت الأمم المتحدة من تصيعد الصراع في المنطقة.\n",
    "doubled.txt": "وصل الوفد في في الصباح إلى العاصمة.\n",
    "clean.txt": "قال الوزير إن الاتصالات الهاتفية مستمرة.\n",
    "story.md": "# خبر\n\nحذر المبعوث من تصيعد القتال.\n\n```\nتصيعد الهافية\n```\n",
    "world/report.txt": "أكدت الحكومة أن المحادثات الهافية ستستمر.\n",
    "drafts/note.txt": "مسودة فيها تصيعد.\n",
}
BAD = "bad.txt"
#: a binary file: passed over with a notice, as the CLI passes it over
BLOB = "blob.txt"
TYPOS = {"phone.txt": "الهافية", "escalation.txt": "تصيعد", "world/report.txt": "الهافية"}


@pytest.fixture(scope="module")
def desk_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    for name, text in ARCHIVE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / BAD).write_bytes("قال الوزير إن الاتصالات مستمرة.\n".encode("cp1256"))
    (root / BLOB).write_bytes(b"\x00\x01binary")
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def cli_json(root: Path) -> tuple[str, str]:
    """What `arabspell check --format json` writes for the archive on stdout and on stderr."""
    result = CliRunner().invoke(app, ["check", "--format", "json", str(root)])
    assert result.exit_code == 2, result.output  # findings, and an unreadable file
    return result.stdout, result.stderr


def test_an_archive_on_a_local_cluster_matches_the_cli(desk_archive: Path, client: distributed.Client) -> None:
    results = archive.check_archive([str(desk_archive)], client=client, partition_size=2)
    stdout, stderr = cli_json(desk_archive)

    by_path = {Path(r["path"]).relative_to(desk_archive).as_posix(): r for r in results}
    assert list(by_path) == sorted(set(ARCHIVE) - {"arabspell.toml", "drafts/note.txt"} | {BAD, BLOB})
    document = archive.json_document(results)
    assert document == json.loads(stdout)
    assert [n["level"] for n in document["notices"]] == ["error", "skipped"]
    assert json.dumps(document, ensure_ascii=False, indent=1) + "\n" == stdout  # as docs/dask.md writes it

    bad = by_path[BAD]
    assert bad["error"].startswith("not valid UTF-8")
    assert f"arabspell: {bad['path']}: {bad['error']}" in stderr

    texts = {name: [f["text"] for f in r.get("findings", [])] for name, r in by_path.items()}
    for name, typo in TYPOS.items():
        assert typo in texts[name]
    assert texts["doubled.txt"] == ["في في"]
    assert texts["clean.txt"] == []
    assert texts["story.md"] == ["تصيعد"]  # the prose one; the code block's are not prose
    assert by_path["story.md"]["findings"][0]["line"] == 3


def test_each_worker_builds_the_plan_once(desk_archive: Path, client: distributed.Client) -> None:
    client.run(archive._cached_plan.cache_clear)
    results = archive.check_archive([str(desk_archive)], client=client, partition_size=1)
    stats = client.run(archive._cached_plan.cache_info).values()
    assert all(s.misses <= 1 for s in stats)
    assert sum(s.hits + s.misses for s in stats) == len(results)  # one plan asked for a file


def test_the_default_scheduler_gives_the_same_results(desk_archive: Path, client: distributed.Client) -> None:
    """Without a client argument, Dask's default scheduler runs the tasks (here synchronously)."""
    import dask

    with dask.config.set(scheduler="synchronous"):
        local = archive.check_archive([str(desk_archive)], partition_size=3)
    assert local == archive.check_archive([str(desk_archive)], client=client)


def test_check_one_reads_an_edited_dictionary(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(ARCHIVE["phone.txt"], encoding="utf-8")
    desk = tmp_path / "desk.txt"
    desk.write_text("# empty\n", encoding="utf-8")
    config = Config(dictionaries=(desk,), root=tmp_path)
    assert [f["text"] for f in archive.check_one(str(story), config)["findings"]] == ["الهافية"]
    desk.write_text("# the desk spells it so\nالهافية\n", encoding="utf-8")
    assert archive.check_one(str(story), config)["findings"] == []


def test_standard_input_is_refused() -> None:
    with pytest.raises(ValueError, match="standard input"):
        archive.check_archive(["-"], config=Config())


def test_without_dask_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"pip install 'arabspell\[dask\]'"):
        archive.check_archive(["."])


def test_each_file_is_checked_with_its_nearest_configuration_as_the_cli_does(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "arabspell.toml").write_text('ignore = ["orthography"]\n', encoding="utf-8")
    (tmp_path / "news" / "arabspell.toml").write_text('select = ["orthography"]\ninclude = ["*.md"]\n', "utf-8")
    for name in ("story.txt", "news/a.md", "news/b.txt"):
        (tmp_path / name).write_text("وتجنب تصيعد الصراع مع الخارجيه.\n", encoding="utf-8")
    import dask

    with dask.config.set(scheduler="synchronous"):
        results = archive.check_archive([str(tmp_path)])
    rules = {Path(r["path"]).relative_to(tmp_path).as_posix(): [f["rule"] for f in r["findings"]] for r in results}
    assert rules == {"news/a.md": ["orthography.taa-marbuta"], "story.txt": ["spelling.unknown-word"]}
    cli = CliRunner().invoke(app, ["check", "--format", "json", str(tmp_path)]).stdout
    assert json.loads(cli) == archive.json_document(results)
