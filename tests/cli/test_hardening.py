"""Careless and hostile use of the command line: exports that must not clobber, databases
that must not be touched, numbers and names out of bounds, logins that are guessed."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat

import pytest
from sqlalchemy.orm import Session

from newsroom.cli import main
from newsroom.store import accounts
from newsroom.store.db import open_database

PASSWORD = "secret-123"


def run(capsys, *args):
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # a usage error from argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err


@pytest.fixture
def page(capsys, seed_path, db_url):
    assert run(capsys, "import", seed_path, "--db", db_url)[0] == 0
    return db_url


# --- 6, 7: exports ---------------------------------------------------------------------
def test_export_onto_a_fifo_or_device_is_refused_and_they_survive(capsys, page, tmp_path):
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "export", "--db", page, "--page", 1, "-o", fifo)
    assert code == 2 and one_line(err) and "not a regular file" in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    code, _, err = run(capsys, "export", "--db", page, "--page", 1, "-o", os.devnull)
    assert code == 2 and one_line(err)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    code, _, err = run(capsys, "export", "--db", page, "--page", 1, "-o", folder)
    assert code == 2 and one_line(err) and folder.is_dir()


def test_a_new_export_follows_the_umask_and_an_old_one_keeps_its_mode(capsys, page, tmp_path):
    old = os.umask(0o022)
    try:
        new = tmp_path / "new.docx"
        assert run(capsys, "export", "--db", page, "--page", 1, "-o", new)[0] == 0
        assert stat.S_IMODE(os.stat(new).st_mode) == 0o644
        kept = tmp_path / "kept.docx"
        kept.write_bytes(b"old")
        os.chmod(kept, 0o640)
        assert run(capsys, "export", "--db", page, "--page", 1, "-o", kept)[0] == 0
        assert stat.S_IMODE(os.stat(kept).st_mode) == 0o640 and kept.read_bytes() != b"old"
    finally:
        os.umask(old)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files


def test_an_export_through_a_symlink_writes_its_target(capsys, page, tmp_path):
    target = tmp_path / "shared" / "page1.docx"
    target.parent.mkdir()
    target.write_bytes(b"yesterday")
    link = tmp_path / "link.docx"
    link.symlink_to(target)
    assert run(capsys, "export", "--db", page, "--page", 1, "-o", link)[0] == 0
    assert link.is_symlink() and target.read_bytes().startswith(b"PK")


def test_a_full_disk_is_one_line_and_the_old_file_stays(capsys, page, tmp_path, monkeypatch):
    import zipfile

    from newsroom import layout

    def full(*_args, **_kwargs):
        raise zipfile.LargeZipFile("[Errno 28] No space left on device")

    monkeypatch.setattr(layout, "write_page", full)
    out = tmp_path / "page.docx"
    out.write_bytes(b"the page as it was")
    code, _, err = run(capsys, "export", "--db", page, "--page", 1, "-o", out)
    assert code == 2 and one_line(err) and "No space left" in err
    assert out.read_bytes() == b"the page as it was"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("newsroom.db")] == [
        "page.docx"
    ]


def test_an_edition_is_written_whole_or_not_at_all(capsys, page, tmp_path, monkeypatch):
    from newsroom import layout

    folder = tmp_path / "edition"
    assert run(capsys, "export", "--db", page, "--edition", "2025-04-01", "-o", folder)[0] == 0
    before = sorted(p.name for p in folder.iterdir())
    real = layout.write_page

    def dies_after_one(page_layout, out, **options):
        real(page_layout, out, **options)
        raise OSError(28, "No space left on device")  # killed midway, as it were

    monkeypatch.setattr("newsroom.layout.docx_writer.write_page", dies_after_one)
    code, _, err = run(capsys, "export", "--db", page, "--edition", "2025-04-01", "-o", folder)
    assert code == 2 and one_line(err)
    assert sorted(p.name for p in folder.iterdir()) == before  # the earlier edition stands
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("newsroom.db")] == [
        "edition"
    ]
    fresh = tmp_path / "fresh"
    code, _, _ = run(capsys, "export", "--db", page, "--edition", "2025-04-01", "-o", fresh)
    assert code == 2 and not fresh.exists()  # nothing that looks like an edition
    monkeypatch.setattr("newsroom.layout.docx_writer.write_page", real)
    old = os.umask(0o022)
    try:
        assert run(capsys, "export", "--db", page, "--edition", "2025-04-01", "-o", fresh)[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(fresh).st_mode) == 0o755
    assert {stat.S_IMODE(os.stat(p).st_mode) for p in fresh.iterdir()} == {0o644}


# --- 8: databases that are not ours to change --------------------------------------------
def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_schema_is_refused_untouched(capsys, seed_path, db_path, tmp_path):
    open_database(db_path).dispose()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(db_path)
    for args in (("list",), ("import", seed_path), ("review", 1, "submit")):
        code, _, err = run(capsys, *args, "--db", db_path)
        assert code == 2 and one_line(err) and "newer" in err and "9999" in err, err
    assert _digest(db_path) == before
    assert not (tmp_path / "newsroom.db-wal").exists()
    assert sqlite3.connect(db_path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_newer_schema_on_the_server_is_refused(capsys, db_url):
    from sqlalchemy import text

    engine = open_database(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    code, _, err = run(capsys, "list", "--db", db_url)
    assert code == 2 and one_line(err) and "newer" in err


def test_another_programs_database_is_not_a_newsroom(capsys, seed_path, tmp_path):
    other = tmp_path / "accounts.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)")
    connection.commit()
    connection.close()
    before = _digest(other)
    for args in (("list",), ("import", seed_path)):
        code, _, err = run(capsys, *args, "--db", other)
        assert code == 2 and one_line(err) and "not a newsroom database" in err
    assert _digest(other) == before


def test_a_mistyped_path_is_not_made_into_a_database(capsys, page, tmp_path):
    missing = tmp_path / "newsrom.db"
    for args in (
        ("list",),
        ("export", "--page", 1, "-o", tmp_path / "x.docx"),
        ("review", 1, "first_review", "--as", "编辑甲"),
        ("tags",),
        ("proofread", "--article", 1),
    ):
        code, _, err = run(capsys, *args, "--db", missing)
        assert code == 2 and one_line(err) and "no such database" in err, (args, err)
    assert not missing.exists()


# --- 9, 10: numbers, dates and names out of bounds --------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ("import", "x.txt", "--page", "99999999999999999999"),
        ("export", "--page", "99999999999999999999", "-o", "x.docx"),
        ("review", "99999999999", "submit"),
        ("proofread", "--article", "99999999999"),
        ("import", "x.txt", "--date", "0001-01-01"),
        ("import", "x.txt", "--date", "9999-12-31"),
        ("export", "--edition", "9999-12-31", "-o", "x"),
    ],
)
def test_numbers_and_dates_out_of_bounds_are_one_line(capsys, args, db_url):
    code, _, err = run(capsys, *args, "--db", db_url)
    assert code == 2 and one_line(err), err


def test_review_of_a_huge_id_in_range_is_no_such_article(capsys, page):
    code, _, err = run(capsys, "review", 2**31 - 1, "submit", "--as", "编辑甲", "--db", page)
    assert code == 2 and one_line(err) and "no such article" in err


def test_account_options_may_come_before_or_after_the_name(capsys, db_path, monkeypatch):
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "account", "add", "--db", db_path, "boss", "--role", "admin")
    assert code == 0, err
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "account", "--db", db_path, "--user", "boss", "list")
    assert code == 0 and "boss" in out, err


def test_a_locked_database_is_one_line(capsys, page, db_path, monkeypatch):
    if not page.startswith("sqlite"):
        pytest.skip("SQLite's own lock")
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", PASSWORD)
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for args in (("review", 1, "first_review", "--as", "编辑甲"),
                     ("account", "add", "boss", "--role", "admin")):  # fmt: skip
            code, _, err = run(capsys, *args, "--db", page)
            assert code == 2 and one_line(err) and "locked" in err, err
    finally:
        holder.rollback()
        holder.close()


def test_a_read_only_database_is_one_line(capsys, seed_path, db_path, monkeypatch):
    """Opened read-only (as a file on a read-only share is), review and account add say so."""
    assert run(capsys, "import", seed_path, "--db", db_path)[0] == 0
    before = _digest(db_path)
    read_only = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", PASSWORD)
    for args in (("review", 1, "first_review", "--as", "编辑甲"),
                 ("account", "add", "boss", "--role", "admin")):  # fmt: skip
        code, _, err = run(capsys, *args, "--db", read_only)
        assert code == 2 and one_line(err) and "read-only" in err, err
    assert _digest(db_path) == before


# --- 4: logins ----------------------------------------------------------------------------
@pytest.fixture
def desk(db_path):
    engine = open_database(db_path)
    with Session(engine) as session, session.begin():
        accounts.create_account(session, "boss", PASSWORD, "admin", "管理员")
        accounts.create_account(session, "wan", PASSWORD, "correspondent", "万彤")
        accounts.create_account(session, "zhao", PASSWORD, "correspondent", "赵钰真")
    return engine


@pytest.mark.parametrize(
    ("username", "password", "why"),
    [
        ("Boss", PASSWORD, "已存在"),
        ("evil\nroot  管理员  在用", PASSWORD, "可见字符"),
        ("x" * 10_000, PASSWORD, "最长"),
        ("newbie", " " * 8, "空白"),
        ("newbie", "short", "至少"),
        ("", PASSWORD, "不能为空"),
    ],
)
def test_user_names_and_passwords_are_checked(desk, username, password, why):
    with Session(desk) as session, pytest.raises(ValueError, match=why):
        accounts.create_account(session, username, password, "editor")


def test_display_names_are_one_line(desk):
    with Session(desk) as session, pytest.raises(ValueError, match="可见字符"):
        accounts.create_account(session, "newbie", PASSWORD, "editor", "编辑\n管理员")
    with Session(desk) as session, pytest.raises(ValueError, match="可见字符"):
        accounts.update_account(session, 1, display_name="x\rroot")


def test_a_long_or_forged_name_on_the_command_line_is_one_line(capsys, desk, db_path, monkeypatch):
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "list", "--db", db_path, "--user", "x" * 10_000)
    assert code == 2 and one_line(err) and len(err) < 200
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "account", "add", "evil\nroot", "--role", "admin",
                       "--db", db_path, "--user", "boss")  # fmt: skip
    assert code == 2 and one_line(err)
    # A row an older release let in is shown on one line all the same.
    with desk.begin() as connection:
        from sqlalchemy import text

        connection.execute(text("UPDATE account SET display_name = 'x\nroot  管理员' "
                                "WHERE username = 'zhao'"))  # fmt: skip
    code, out, _ = run(capsys, "account", "list", "--db", db_path, "--user", "boss")
    assert code == 0 and len(out.splitlines()) == 4


def test_failed_logins_are_recorded_and_slow_down(desk, db_path, capsys, monkeypatch):
    import datetime as dt

    from newsroom.store.models import utcnow

    now = utcnow()
    with Session(desk) as session:
        for i in range(accounts.FAILURES_BEFORE_BACKOFF):
            at = now + dt.timedelta(seconds=i)
            assert accounts.authenticate(session, "wan", "guess", at) is None
        with pytest.raises(accounts.LoginRefused):  # even the right password must wait
            accounts.authenticate(session, "wan", PASSWORD, now + dt.timedelta(seconds=10))
        later = now + accounts.FAILURE_WINDOW + dt.timedelta(seconds=10)
        assert accounts.authenticate(session, "wan", PASSWORD, later).role == "correspondent"
        failures = accounts.login_failures(session)
    assert [f.username for f in failures] == ["wan"] * accounts.FAILURES_BEFORE_BACKOFF
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "account", "failures", "--db", db_path, "--user", "boss")
    assert code == 0 and out.count("wan") == accounts.FAILURES_BEFORE_BACKOFF


def test_user_names_are_one_person_whatever_their_case(desk):
    with Session(desk) as session:
        assert accounts.authenticate(session, "WAN", PASSWORD).role == "correspondent"


# --- 3: a correspondent's import ---------------------------------------------------------
def test_a_correspondents_import_is_their_draft_and_tells_nothing_of_others(
    capsys, desk, db_path, seed_path, monkeypatch, tmp_path
):
    draft = tmp_path / "draft.txt"
    draft.write_text("社区邻里节\n\n■ 通讯员 万彤\n\n近日，社区举办邻里节。\n", encoding="utf-8")
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "import", seed_path, "--page", 1, "--db", db_path, "--user", "wan")
    assert code == 2 and one_line(err) and "no page" in err
    code, out, err = run(capsys, "import", draft, "--db", db_path, "--user", "wan")
    assert code == 0 and "draft →" in out, err
    code, out, err = run(capsys, "import", draft, "--db", db_path, "--user", "zhao")
    assert code == 0 and "already" not in out, out  # wan's draft is not zhao's business
    code, out, _ = run(capsys, "list", "--json", "--db", db_path, "--user", "zhao")
    (item,) = json.loads(out)
    assert item["status"] == "draft" and item["page"] is None
    code, out, _ = run(capsys, "import", draft, "--db", db_path, "--user", "zhao")
    assert "already imported" in out  # their own, imported twice


# --- 11: two imports at once ----------------------------------------------------------------
def test_an_import_that_collides_with_another_is_retried_then_called_busy(
    capsys, seed_path, db_path, monkeypatch
):
    from sqlalchemy.exc import IntegrityError

    from newsroom import importer

    real = importer._store_all
    calls = []

    def collides_once(*args):
        calls.append(1)
        if len(calls) == 1:
            raise IntegrityError("INSERT INTO page", {}, Exception("UNIQUE constraint failed"))
        return real(*args)

    monkeypatch.setattr(importer, "_store_all", collides_once)
    code, out, err = run(capsys, "import", seed_path, "--db", db_path)
    assert code == 0 and "10 items" in out, err

    def always(*_args):
        raise IntegrityError("INSERT INTO page", {}, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(importer, "_store_all", always)
    other = seed_path.with_name("other.txt")
    code, _, err = run(capsys, "import", seed_path, "--db", db_path)
    assert code == 2 and one_line(err) and "busy" in err and str(other) not in err


def test_commands_that_read_copy_log_in_first(capsys, desk, db_path, monkeypatch, tmp_path):
    """export, tags --db and proofread --article ask who is there, as list does."""
    from newsroom.store import editing
    from newsroom.store.values import ArticleContent

    with Session(desk) as session, session.begin():
        zhao = accounts.authenticate(session, "zhao", PASSWORD)
    with Session(desk) as session, session.begin():
        theirs = editing.create_article(
            session, ArticleContent(headline="赵的草稿", paragraphs=["近日。"]),
            author=zhao.name, identity=zhao,
        ).id  # fmt: skip
    monkeypatch.delenv("NEWSROOM_PASSWORD", raising=False)
    for args in (("tags",), ("proofread", "--article", theirs), ("export", "--page", 1, "-o", "x")):
        code, _, err = run(capsys, *args, "--db", db_path)
        assert code == 2 and one_line(err) and "--user" in err, (args, err)
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "tags", "--json", "--db", db_path, "--user", "wan")
    assert code == 0 and json.loads(out) == []
    code, _, err = run(capsys, "proofread", "--article", theirs, "--db", db_path, "--user", "wan")
    assert code == 2 and "no such article" in err
    code, _, err = run(capsys, "export", "--page", 1, "-o", tmp_path / "x.docx", "--db", db_path,
                       "--user", "wan")  # fmt: skip
    assert code == 2 and "does not export" in err


def test_two_imports_at_once_into_one_sqlite_file_both_land(capsys, seed_path, db_path, tmp_path):
    """Two desks importing two pages of one edition at the same moment."""
    import subprocess
    import sys

    assert run(capsys, "import", seed_path, "--db", db_path, "--date", "2025-04-01")[0] == 0
    text = seed_path.read_text(encoding="utf-8")
    files = []
    for k in (1, 2):
        path = tmp_path / f"page{k}-2025-04-01.txt"
        path.write_text(text.replace("养老", f"养老{k}"), encoding="utf-8")
        files.append(path)
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "newsroom", "import", str(path), "--db", str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    done = [(desk.communicate(timeout=120), desk.returncode) for desk in desks]
    assert [code for _, code in done] == [0, 0], done
    pages = sorted(out.split("page ")[1].split()[0] for (out, _), _ in done)
    assert pages == ["2", "3"]


def test_another_programs_database_on_the_server_is_not_a_newsroom(capsys, db_url, seed_path):
    if not db_url.startswith("postgresql"):
        pytest.skip("the SQLite case is test_another_programs_database_is_not_a_newsroom")
    from sqlalchemy import create_engine, inspect, text

    other = create_engine(db_url)
    with other.begin() as connection:
        connection.execute(text("CREATE TABLE ledger (id integer PRIMARY KEY, amount real)"))
    for args in (("list",), ("import", seed_path)):
        code, _, err = run(capsys, *args, "--db", db_url)
        assert code == 2 and one_line(err) and "not a newsroom database" in err
    assert inspect(other).get_table_names() == ["ledger"]
    other.dispose()
