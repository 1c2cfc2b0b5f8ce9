"""``newsroom roster``, ``newsroom words`` and ``proofread --db --date``: the issue's checks
from the command line, with hostile files refused in one line and nothing stored."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from openpyxl import Workbook

from newsroom.cli import main
from newsroom.store import roster
from newsroom.store.db import open_database, transaction

COPY = "区委书记张三主持会议。\n区委副书记张山出席会议。\n"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def newsroom(capsys, db_url, seed_path, tmp_path):
    assert run(capsys, "import", seed_path, "--db", db_url)[0] == 0
    path = tmp_path / "roster.csv"
    path.write_text("name,post,unit,since,until,rank\n张三,区委副书记,,2024-01-01,,2\n")
    code, out, err = run(capsys, "roster", "import", path, "--db", db_url)
    assert code == 0, err
    assert "1 posts added" in out
    return db_url


def test_the_issues_roster_check(capsys, newsroom, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    code, out, _ = run(capsys, "proofread", copy, "--db", newsroom, "--date", "2025-04-01",
                       "--json")  # fmt: skip
    assert code == 1
    found = {(f["text"], f["suggestion"], f["rule"]) for f in json.loads(out)}
    assert ("区委书记", "区委副书记", "roster.post") in found
    assert ("张山", "张三", "roster.name") in found
    # Before he took the post, the roster has nothing to say of it.
    code, out, _ = run(capsys, "proofread", copy, "--db", newsroom, "--date", "2023-04-01",
                       "--json")  # fmt: skip
    assert not any(f["category"] == "roster" for f in json.loads(out))
    # Without --db the newsroom's roster does not apply.
    _, out, _ = run(capsys, "proofread", copy, "--json")
    assert not any(f["category"] == "roster" for f in json.loads(out))


def test_a_banned_word_from_an_imported_list(capsys, newsroom, tmp_path):
    words = tmp_path / "words.tsv"
    words.write_text("word\tkind\tpreferred\tnote\n老大难题\tbanned\t难题\t本报不用此说法\n")
    code, out, err = run(capsys, "words", "import", words, "--db", newsroom)
    assert code == 0, err
    copy = tmp_path / "copy.txt"
    copy.write_text("停车难是个老大难题。\n", encoding="utf-8")
    code, out, _ = run(capsys, "proofread", copy, "--db", newsroom, "--json")
    (f,) = [f for f in json.loads(out) if f["category"] == "words"]
    assert f["message"].endswith("本报不用此说法") and f["suggestion"] == "难题"
    _, out, _ = run(capsys, "words", "export", "--db", newsroom)
    assert "老大难题,banned,难题,本报不用此说法" in out


def test_xlsx_in_and_out(capsys, newsroom, tmp_path):
    book = Workbook()
    book.active.append(["姓名", "职务", "单位", "任职时间", "离任时间", "排序"])
    book.active.append(["李四", "书记", "区委", None, None, 1])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    code, out, err = run(capsys, "roster", "import", path, "--db", newsroom)
    assert code == 0, err
    out_path = tmp_path / "out.xlsx"
    assert run(capsys, "roster", "export", "--db", newsroom, "-o", out_path)[0] == 0
    code, out, _ = run(capsys, "roster", "import", out_path, "--db", newsroom)
    assert code == 0 and "0 posts added, 0 updated" in out


def _xlsx_with(extra: dict[str, bytes]) -> bytes:
    book = Workbook()
    book.active.append(["name", "post"])
    book.active.append(["王五", "局长"])
    buffer = io.BytesIO()
    book.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, extra.get(info.filename, src.read(info.filename)))
    return out.getvalue()


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("bad.csv", "name,post,since\n李四,书记,\n王五,局长,2024-99-01\n", ":3: since"),
        ("binary.csv", bytes(range(256)) * 20, "binary"),
        ("empty.csv", b"", "empty"),
        ("notzip.xlsx", b"PK\x03\x04 not really", "corrupt .xlsx"),
        ("text.xlsx", b"name,post\n", "not a .docx"),
        ("entities.xlsx", "doctype", "DOCTYPE"),
        ("bomb.xlsx", "bomb", "zip bomb"),
    ],
)
def test_hostile_files_are_one_line_and_store_nothing(
    capsys, newsroom, tmp_path, name, content, problem
):
    path = tmp_path / name
    if content == "doctype":
        xml = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
        content = _xlsx_with({"xl/workbook.xml": xml})
    elif content == "bomb":
        content = _xlsx_with({"docProps/app.xml": b" " * (20 * 1024 * 1024)})
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    code, out, err = run(capsys, "roster", "import", path, "--db", newsroom)
    assert code == 2 and out == "" and err.count("\n") == 1 and str(path) in err
    if problem:
        assert problem in err
    with transaction(open_database(newsroom)) as session:
        assert len(roster.list_posts(session)) == 1  # only the fixture's row
