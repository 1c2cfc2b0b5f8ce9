"""The command line: import and list, and bad input that changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsroom.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, db):
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert code == 0
    return json.loads(out)


def test_import_then_list_json(capsys, seed_path, db_url):
    code, out, err = run(capsys, "import", seed_path, "--db", db_url)
    assert code == 0, err
    assert "10 items" in out
    items = listed(capsys, db_url)
    assert len(items) == 10
    assert [i["position"] for i in items] == list(range(1, 11))
    assert {i["page"] for i in items} == {1}
    keys = {
        "id",
        "kind",
        "kicker",
        "headline",
        "subheadline",
        "bylines",
        "paragraphs",
        "status",
        "page",
        "position",
        "tags",
        "chars",
    }
    assert all(keys <= set(i) for i in items)
    assert [i["kind"] for i in items].count("photo") == 1
    photo = next(i for i in items if i["kind"] == "photo")
    assert photo["bylines"] == [{"role": "摄影", "name": "李博"}]
    assert all(i["chars"] > 0 for i in items)


def test_importing_twice_does_not_duplicate(capsys, seed_path, db_url):
    assert run(capsys, "import", seed_path, "--db", db_url)[0] == 0
    code, out, _ = run(capsys, "import", seed_path, "--db", db_url)
    assert code == 0 and "already imported" in out
    assert len(listed(capsys, db_url)) == 10


def test_page_option_and_edition_from_file_name(capsys, seed_path, db_url):
    assert run(capsys, "import", seed_path, "--db", db_url, "--page", 4)[0] == 0
    items = listed(capsys, db_url)
    assert {i["page"] for i in items} == {4}
    assert {i["edition"] for i in items} == {"2025-04-01"}


def test_gb18030_copy_imports_like_utf8(capsys, seed_path, db_url, other_db_url, tmp_path):
    gbk = tmp_path / "bulletin-gbk.txt"
    gbk.write_bytes(seed_path.read_text(encoding="utf-8").encode("gb18030"))
    assert run(capsys, "import", gbk, "--db", db_url, "--date", "2025-04-02")[0] == 0
    other = other_db_url
    assert run(capsys, "import", seed_path, "--db", other)[0] == 0
    strip = [
        {k: v for k, v in i.items() if k not in ("id", "edition")} for i in listed(capsys, db_url)
    ]
    assert strip == [
        {k: v for k, v in i.items() if k not in ("id", "edition")} for i in listed(capsys, other)
    ]


def bad_inputs(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    return {"binary": binary, "empty": empty, "missing": tmp_path / "nope.txt", "directory": folder}


@pytest.mark.parametrize("kind", ["binary", "empty", "missing", "directory"])
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    capsys, kind, seed_path, db_url, tmp_path
):
    assert run(capsys, "import", seed_path, "--db", db_url)[0] == 0
    before = listed(capsys, db_url)
    bad = bad_inputs(tmp_path)[kind]
    code, out, err = run(capsys, "import", bad, "--db", db_url)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(bad) in err
    assert "Traceback" not in err
    assert listed(capsys, db_url) == before


def test_bad_input_creates_no_database(capsys, tmp_path):
    db = tmp_path / "new.db"
    code, _, err = run(capsys, "import", bad_inputs(tmp_path)["binary"], "--db", db)
    assert code == 2 and not db.exists() and "binary" in err


def test_one_bad_file_stores_none_of_the_batch(capsys, seed_path, db_url, tmp_path):
    other = tmp_path / "page2-2025-04-01.txt"
    other.write_text("另一版的稿件\n\n■ 记者 孙悦\n\n今天下雨了。\n", encoding="utf-8")
    bad = bad_inputs(tmp_path)["empty"]
    code, _, err = run(capsys, "import", seed_path, other, bad, "--db", db_url)
    assert code == 2 and str(bad) in err
    code, out, err = run(capsys, "list", "--db", db_url, "--json")
    if db_url.startswith("sqlite"):  # bad input never creates a database, nor does list
        assert code == 2 and "no such database" in err
        assert not (tmp_path / "newsroom.db").exists()
    else:
        assert json.loads(out) == []


def test_occupied_page_is_refused(capsys, seed_path, db_url, tmp_path):
    assert run(capsys, "import", seed_path, "--db", db_url, "--page", 2)[0] == 0
    other = tmp_path / "other-2025-04.txt"
    other.write_text(
        "新的一版\n\n■ 记者 孙悦\n\n今天下雨了。\n\n另一篇稿件\n\n■ 通讯员 高洁\n\n明天放晴。\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", other, "--db", db_url, "--page", 2)
    assert code == 2 and "page 2" in err
    assert len(listed(capsys, db_url)) == 10


def test_bad_page_number_is_a_usage_error(capsys, seed_path, db_path):
    with pytest.raises(SystemExit) as info:
        main(["import", str(seed_path), "--db", str(db_path), "--page", "0"])
    assert info.value.code == 2


def test_human_list_is_a_table(capsys, seed_path, db_url):
    run(capsys, "import", seed_path, "--db", db_url)
    code, out, _ = run(capsys, "list", "--db", db_url)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 11
    assert "主题" in lines[0] and "通讯员 万彤" in out


def test_database_from_environment(capsys, seed_path, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSROOM_DB", str(tmp_path / "env.db"))
    assert run(capsys, "import", seed_path)[0] == 0
    assert (tmp_path / "env.db").exists()


def test_unreadable_database_is_exit_2(capsys, seed_path, tmp_path):
    bad_db = tmp_path / "broken.db"
    bad_db.write_bytes(b"not a database" * 100)
    code, _, err = run(capsys, "list", "--db", bad_db)
    assert code == 2 and err.count("\n") == 1 and str(bad_db) in err


def test_help_documents_the_commands():
    result = subprocess.run(
        [sys.executable, "-m", "newsroom", "--help"], capture_output=True, text=True, check=True
    )
    for word in ("import", "list", "--db", "NEWSROOM_DB"):
        assert word in result.stdout


def test_a_draft_waits_on_no_page_and_is_not_imported_twice(capsys, db_url, tmp_path):
    draft = tmp_path / "来稿.txt"
    draft.write_text("社区举办邻里节\n通讯员 王芳\n\n近日，某社区举办邻里节。\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", draft, "--db", db_url)
    assert code == 0 and "draft" in out and "not on a page" in out
    items = listed(capsys, db_url)
    assert len(items) == 1 and items[0]["page"] is None
    assert items[0]["headline"] == "社区举办邻里节"
    assert items[0]["bylines"] == [{"role": "通讯员", "name": "王芳"}]
    code, out, _ = run(capsys, "import", draft, "--db", db_url)
    assert code == 0 and "already imported" in out
    assert len(listed(capsys, db_url)) == 1


def test_a_word_draft_with_a_picture(capsys, db_url, tmp_path):
    import docx

    from tests.layout.helpers import png

    document = docx.Document()
    document.add_paragraph("河西区举办邻里节")
    document.add_paragraph("记者 孙悦")
    document.add_paragraph("近日，河西区举办邻里节，居民们欢聚一堂。")
    picture = tmp_path / "photo.png"
    picture.write_bytes(png(8, 6))
    document.add_picture(str(picture))
    path = tmp_path / "来稿.docx"
    document.save(path)
    assert run(capsys, "import", path, "--db", db_url)[0] == 0
    items = listed(capsys, db_url)
    assert items[0]["headline"] == "河西区举办邻里节" and items[0]["page"] is None
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from newsroom.store.db import open_database
    from newsroom.store.models import Attachment

    with Session(open_database(db_url)) as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 1


def test_a_corrupt_word_file_is_exit_2(capsys, db_url, tmp_path):
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run(capsys, "import", bad, "--db", db_url)
    assert code == 2 and str(bad) in err and err.count("\n") == 1


def test_a_closed_pipe_is_not_a_traceback(seed_path, db_url, tmp_path):
    import os

    run_import = subprocess.run(
        [sys.executable, "-m", "newsroom", "import", str(seed_path), "--db", str(db_url)],
        capture_output=True,
        check=True,
    )
    assert run_import.returncode == 0
    reader, writer = os.pipe()
    os.close(reader)  # nobody reads: the first write fails with a broken pipe
    result = subprocess.run(
        [sys.executable, "-m", "newsroom", "list", "--db", str(db_url)],
        stdout=writer,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(writer)
    assert "Traceback" not in result.stderr
