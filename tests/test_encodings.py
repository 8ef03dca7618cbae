"""Files that are not UTF-8: the legacy Arabic code pages recognised in the error, `--encoding` to
read them (offsets in code points, `--fix` writing them back in their code page), streaming too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.files import encodings, fixes
from arabspell.files.sources import BINARY, Unreadable, decode, stream

ARABIC = "قال الوزير إن الاتفغاق مع الجانب مستمر، «غزة».\nووصل الوفد في في الصباح.\n"
CP1256 = ARABIC.encode("cp1256")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (CP1256, "cp1256"),
        ("قال الوزير إن الاتصالات الهافية مستمرة.\n".encode("iso-8859-6"), "iso8859-6"),
        ("información económica, según él, ñandú y acción\n".encode("latin-1"), None),  # á í ó ñ are Arabic in cp1256
        ("Grüße aus Köln, schöne Äpfel, süß\n".encode("latin-1"), None),
        ("l'été à Paris, très réussi\n".encode("latin-1"), None),
        (ARABIC.encode() + b"\xd8", None),  # UTF-8 Arabic with a cut character: not a code page
        (b"caf\xe9\n", None),
    ],
)
def test_a_legacy_arabic_code_page_is_recognised(data: bytes, found: str | None) -> None:
    sniffed = encodings.sniff(data)
    assert (sniffed[0] if sniffed else None) == found


def test_the_error_names_the_code_page_and_how_to_convert_or_read_it() -> None:
    assert decode("old.txt", CP1256).error == (
        "not valid UTF-8 (byte offset 0); it looks like Windows-1256 (Arabic): check it with --encoding cp1256,"
        " or convert it with iconv -f WINDOWS-1256 -t UTF-8"
    )
    assert decode("latin1.txt", b"caf\xe9\n").error == "not valid UTF-8 (byte offset 3); convert it to UTF-8"


def test_codec_names_are_checked_and_made_canonical() -> None:
    assert encodings.codec_name("Windows-1256") == "cp1256"
    assert encodings.codec_name("ISO-8859-6") == "iso8859-6"
    for bad in ("cp1265", "rot13"):  # unknown; not a text encoding
        with pytest.raises(LookupError, match=r"unknown text encoding .*e\.g\. utf-8, cp1256, iso-8859-6"):
            encodings.codec_name(bad)


def test_the_encoding_reads_only_files_that_are_not_utf8() -> None:
    source = decode("old.txt", CP1256, "cp1256")
    assert (source.text, source.encoding) == (ARABIC, "cp1256")
    utf8 = decode("new.txt", ARABIC.encode(), "cp1256")  # an archive of both: each read right
    assert (utf8.text, utf8.encoding) == (ARABIC, "utf-8")
    bom = decode("bom.txt", "قال".encode("utf-16"), "cp1256")
    assert bom.text == "\ufeffقال" and bom.encoding.startswith("utf-16")
    assert decode("blob.txt", b"\x00\x01\xff", "cp1256").error == BINARY
    utf16 = decode("le.txt", "قال الوزير\n".encode("utf-16-le"), "utf-16-le")  # NUL bytes are its text
    assert utf16.text == "قال الوزير\n"
    assert decode("old.txt", CP1256, "iso8859-6").error == "not valid UTF-8, nor iso8859-6 (byte offset 0 in iso8859-6)"


@pytest.mark.parametrize("chunk", [1, 3, 7, 64])
@pytest.mark.parametrize(
    "data",
    [
        b"a" * 100 + CP1256,  # UTF-8 for the first pieces, then not: read whole as cp1256
        ARABIC.encode(),
        b"x" * 50 + b"\x00" + CP1256,  # binary
        b"caf\xe9" * 3,
        CP1256,
    ],
)
def test_stream_agrees_with_decode_with_an_encoding(tmp_path: Path, data: bytes, chunk: int) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    for fallback in ("cp1256", "iso8859-6", None):
        whole = decode(str(path), data, fallback)
        try:
            streamed: tuple[str | None, str | None] = ("".join(stream(str(path), chunk, fallback)), None)
        except Unreadable as exc:
            streamed = (None, exc.source.error)
        assert streamed == (whole.text, whole.error), fallback


def test_check_with_the_encoding_reports_code_point_offsets(here: Path) -> None:
    Path("old.txt").write_bytes(CP1256)
    code, out, _ = run("check", "-f", "json", "--encoding", "cp1256", "old.txt")
    findings = json.loads(out)["files"][0]["findings"]
    assert code == 1 and [(f["text"], f["offset"]) for f in findings] == [
        ("الاتفغاق", ARABIC.index("الاتفغاق")),
        ("في في", ARABIC.index("في في")),
    ]


def test_an_unknown_encoding_is_a_usage_error(here: Path) -> None:
    Path("old.txt").write_bytes(CP1256)
    code, out, err = run("check", "--encoding", "cp1265", "old.txt")
    assert (code, out) == (2, "")
    assert err.startswith("arabspell: --encoding: unknown text encoding 'cp1265' (Python codec names, e.g. utf-8,")
    assert run("learn", "--encoding", "nope", "-o", "desk.txt", ".")[0] == 2


def test_fix_writes_back_in_the_code_page_and_refuses_what_it_cannot_write(here: Path) -> None:
    Path("old.txt").write_bytes(CP1256)
    assert run("check", "--encoding", "cp1256", "--fix", "old.txt")[0] == 0
    fixed = ARABIC.replace("الاتفغاق", "الاتفاق").replace("في في", "في")
    assert Path("old.txt").read_bytes() == fixed.encode("cp1256")
    Path("arabspell.toml").write_text('[reject]\n"الوزير" = "الوزير ☃"\n', encoding="utf-8")  # no ☃ in cp1256
    Path("old.txt").write_bytes(CP1256)
    code, _, err = run("check", "--encoding", "cp1256", "--fix", "old.txt")
    assert code == 2 and "old.txt: a fix needs U+2603 (☃), which cp1256 cannot write; not written" in err
    assert Path("old.txt").read_bytes() == CP1256


def test_fix_refuses_a_codec_that_would_not_give_the_other_bytes_back(here: Path) -> None:
    data = ARABIC.encode("utf-16-le")  # no BOM; the "utf-16" codec would write one
    Path("le.txt").write_bytes(data)
    code, _, err = run("check", "--encoding", "utf-16", "--fix", "le.txt")
    assert code == 2 and "utf-16 does not write back the bytes it read; not written" in err
    assert Path("le.txt").read_bytes() == data
    with pytest.raises(fixes.NotEncodable):
        fixes.round_trips(ARABIC, data, "utf-16")
    fixes.round_trips(ARABIC, CP1256, "cp1256")


def test_learn_reads_an_archive_in_a_code_page(here: Path) -> None:
    for i in range(2):
        Path(f"{i}.txt").write_bytes("التقى الوزير غالانتوفسكي في العاصمة.\n".encode("cp1256"))
    assert run("learn", "-o", "desk.txt", ".")[0] == 2
    code, _, _ = run("learn", "--encoding", "cp1256", "-o", "desk.txt", ".")
    assert code == 0 and "غالانتوفسكي" in Path("desk.txt").read_text(encoding="utf-8")
