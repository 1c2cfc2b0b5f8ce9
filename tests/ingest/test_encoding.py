"""Reading copy files: every encoding of the seed parses alike; bad files fail in one line."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest

from newsroom.ingest import encoding
from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.encoding import decode_bytes, read_text_file
from newsroom.ingest.model import IngestError

SEED = Path(__file__).resolve().parents[2] / "seeds" / "hexi-bulletin-2025-04.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "utf-16-be-no-bom": lambda t: t.encode("utf-16-be"),
    "utf-32-le-bom": lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"),
    "utf-32-be-bom": lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be"),
    "utf-8-crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "gbk-crlf": lambda t: t.replace("\n", "\r\n").encode("gbk"),
    "utf-16-le-bom-cr": lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r").encode("utf-16-le"),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_seed_in_every_encoding_reads_the_same(tmp_path: Path, seed_text: str, name: str) -> None:
    path = _write(tmp_path, f"seed-{name}.txt", ENCODINGS[name](seed_text))
    text = read_text_file(path)
    assert text == seed_text
    assert parse_bulletin(text) == parse_bulletin(seed_text)


def test_read_accepts_str_and_path(seed_text: str) -> None:
    assert read_text_file(str(SEED)) == read_text_file(SEED) == seed_text


def test_text_is_not_otherwise_changed() -> None:
    # Full-width forms, the ideographic space and compatibility characters stay as written.
    text = "ＡＢＣ１２３\u3000“引号”\uf900\t\x0cend\n"
    assert decode_bytes(text.encode("utf-8"), "x.txt") == text
    assert decode_bytes(("\ufeff" + text).encode("utf-8"), "x.txt") == text


def test_line_endings_normalised() -> None:
    assert decode_bytes(b"a\r\nb\rc\n\r\nd", "x.txt") == "a\nb\nc\n\nd"


def test_rare_characters_in_gbk_names_still_decode() -> None:
    # A name with a character outside GB2312 (喆) among plenty of ordinary text.
    text = "■ 通讯员 王喆\n\n" + "近日，河西区召开民营企业座谈会，深入学习贯彻有关精神。" * 3
    assert decode_bytes(text.encode("gbk"), "x.txt") == text


def _error(data: bytes, source: str = "seeds/x.txt") -> str:
    with pytest.raises(IngestError) as info:
        decode_bytes(data, source)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{source}: ")
    return message


def test_binary_data() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    assert _error(png) == "seeds/x.txt: not a text file (binary data)"


def test_random_bytes() -> None:
    rng = random.Random(20250415)
    for _ in range(50):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(16, 4096)))
        message = _error(data)
        assert "binary" in message or "cannot decode" in message


def test_many_control_characters() -> None:
    data = "河西区召开会议。".encode() + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 4
    assert "binary" in _error(data)


def test_few_stray_control_characters_are_tolerated() -> None:
    text = "河西区召开会议，部署全年工作。\x1a" + "会议强调，要抓好落实。" * 20
    assert decode_bytes(text.encode("utf-8"), "x.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        "Café au lait, naïve façade, déjà vu: São Paulo à côté.".encode("latin-1"),
        "Grüße aus Köln. Über die Brücke".encode("latin-1"),
        "caf\u00e9s".encode("latin-1"),
        "天津市河西區舉辦專題研討班，提高防範化解重大風險能力。".encode("big5"),
        "東京都で会議が開かれました。".encode("shift_jis"),
        bytes(range(0x80, 0x100)),
    ],
)
def test_text_in_other_encodings_is_refused(data: bytes) -> None:
    assert "cannot decode" in _error(data)


def test_gb18030_private_use_is_refused() -> None:
    # 0xAAA1 is in GBK's user-defined area: it decodes, to a private-use character.
    data = "河西区召开会议".encode("gbk") + b"\xaa\xa1" + "部署工作。".encode("gbk")
    assert "cannot decode" in _error(data)


def test_bad_utf16_after_bom() -> None:
    data = codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00"  # a lone high surrogate
    assert "UTF-16" in _error(data)


def test_empty_and_whitespace_only() -> None:
    assert _error(b"") == "seeds/x.txt: empty file"
    assert _error(codecs.BOM_UTF8) == "seeds/x.txt: empty file"
    assert "only whitespace" in _error(b" \r\n\t\n")
    assert "only whitespace" in _error("\u3000\u3000\n\n".encode())
    assert "only whitespace" in _error("\u3000\n".encode("gbk"))


def test_too_large_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "MAX_BYTES", 10)
    assert "too large" in _error("河西区召开会议".encode())


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(IngestError, match=r"missing\.txt: no such file$"):
        read_text_file(path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is a folder") as info:
        read_text_file(tmp_path)
    assert str(info.value).startswith(f"{tmp_path}: ")


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(encoding.MAX_BYTES + 1)
    with pytest.raises(IngestError, match=r"huge\.txt: file too large") as info:
        read_text_file(path)
    assert "\n" not in str(info.value)


def test_too_large_file_with_patched_limit(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(encoding, "MAX_BYTES", 100)
    path = _write(tmp_path, "big.txt", "河西区召开会议。".encode() * 20)
    with pytest.raises(IngestError, match="too large"):
        read_text_file(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", "河西区".encode())
    path.chmod(0)
    try:
        with pytest.raises(IngestError, match=r"secret\.txt: cannot read the file"):
            read_text_file(path)
    finally:
        path.chmod(0o644)


def test_read_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "locked.txt", "河西区".encode())

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(encoding, "open", refuse, raising=False)
    with pytest.raises(
        IngestError, match=r"locked\.txt: cannot read the file \(permission denied\)$"
    ):
        read_text_file(path)


def test_bom_less_utf16_ascii() -> None:
    text = "Hexi district bulletin, April 2025.\nPage 1\n"
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == text
    assert decode_bytes(text.encode("utf-16-be"), "x.txt") == text


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError, match="not a regular file"):
        read_text_file(fifo)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("binary.txt", b"\x00\x01\x02\x03" * 100),
        ("empty.txt", b""),
        ("blank.txt", b"\n\n   \n"),
        ("latin.txt", "Crème brûlée à la façon de Lyon".encode("latin-1")),
    ],
)
def test_file_errors_name_the_file_in_one_line(tmp_path: Path, name: str, data: bytes) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(IngestError) as info:
        read_text_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert len(message.splitlines()) == 1


def test_odd_file_names_stay_on_one_line() -> None:
    with pytest.raises(IngestError) as info:
        decode_bytes(b"", "bad\nname\udcff.txt")
    assert str(info.value) == "bad\\nname\\udcff.txt: empty file"
