"""``newsroom place ID --page N``: unplaced copy reaches a page, under the planner's rules."""

from __future__ import annotations

import json

from newsroom.cli import main

DRAFT = "社区邻里节温暖人心\n\n■ 通讯员 万彤\n\n近日，社区举办邻里节，居民们欢聚一堂。\n"


def run(capsys, *args):
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # a usage error, from argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def articles(capsys, db):
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert code == 0
    return {a["id"]: a for a in json.loads(out)}


def seed_and_draft(capsys, seed_path, db, tmp_path) -> int:
    draft = tmp_path / "邻里节.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert run(capsys, "import", seed_path, "--db", db)[0] == 0
    assert run(capsys, "import", draft, "--db", db)[0] == 0
    unplaced = [a for a in articles(capsys, db).values() if a["page"] is None]
    assert [a["headline"] for a in unplaced] == ["社区邻里节温暖人心"]
    return unplaced[0]["id"]


def test_an_unplaced_article_goes_on_page_2(capsys, seed_path, db_url, tmp_path):
    draft = seed_and_draft(capsys, seed_path, db_url, tmp_path)
    code, out, err = run(capsys, "place", draft, "--page", 2, "--db", db_url)
    assert (code, err) == (0, "")
    assert out == f"article {draft}: page 2 of 2025-04-01, position 1\n"
    placed = articles(capsys, db_url)[draft]
    assert (placed["page"], placed["position"]) == (2, 1)


def test_a_position_puts_it_among_the_page_and_keeps_the_rest_in_order(
    capsys, seed_path, db_url, tmp_path
):
    draft = seed_and_draft(capsys, seed_path, db_url, tmp_path)
    before = sorted(
        (a["position"], i) for i, a in articles(capsys, db_url).items() if a["page"] == 1
    )
    code, out, _ = run(
        capsys, "place", draft, "--page", 1, "--position", 3, "--date", "2025-04-01", "--db", db_url
    )
    assert code == 0 and out.endswith("position 3\n")
    after = sorted(
        (a["position"], i) for i, a in articles(capsys, db_url).items() if a["page"] == 1
    )
    order = [i for _, i in before]
    order.insert(2, draft)
    assert [i for _, i in after] == order
    assert [p for p, _ in after] == list(range(1, len(order) + 1))
    # Past the end is last.
    code, out, _ = run(capsys, "place", draft, "--page", 1, "--position", 99, "--db", db_url)
    assert code == 0 and out.endswith(f"position {len(order)}\n")


def test_bad_input_is_one_line_and_exit_2(capsys, seed_path, db_url, tmp_path):
    draft = seed_and_draft(capsys, seed_path, db_url, tmp_path)
    for args, words in (
        (("place", 999, "--page", 1), "article 999"),
        (("place", draft, "--page", 1, "--date", "2030-01-01"), "edition 2030-01-01"),
        (("place", draft, "--page", 0), "--page"),
        (("place", draft), "--page"),
        (("place", "x", "--page", 1), "ID"),
        (("place", draft, "--page", 1, "--date", "2025-13-01"), "date"),
    ):
        code, out, err = run(capsys, *args, "--db", db_url)
        assert code == 2 and out == "" and err.count("\n") == 1 and words in err, args
    assert articles(capsys, db_url)[draft]["page"] is None  # nothing changed


def test_spiked_copy_goes_on_no_page(capsys, seed_path, db_url, tmp_path):
    draft = seed_and_draft(capsys, seed_path, db_url, tmp_path)
    run(capsys, "review", draft, "submit", "--db", db_url)  # if the import left it a draft
    code = run(
        capsys, "review", draft, "spike", "--note", "重复", "--as", "编辑甲", "--db", db_url
    )[0]
    assert code == 0
    code, _, err = run(capsys, "place", draft, "--page", 1, "--db", db_url)
    assert code == 2 and "spiked" in err and err.count("\n") == 1


def test_a_missing_database_is_refused_not_created(capsys, tmp_path):
    missing = tmp_path / "none.db"
    code, _, err = run(capsys, "place", 1, "--page", 1, "--db", missing)
    assert code == 2 and err.count("\n") == 1 and not missing.exists()


def test_only_roles_that_plan_pages_may_place(capsys, seed_path, db_path, tmp_path, monkeypatch):
    from sqlalchemy.orm import Session

    from newsroom.store import accounts
    from newsroom.store.db import open_database

    draft = seed_and_draft(capsys, seed_path, db_path, tmp_path)
    with Session(open_database(db_path)) as session, session.begin():
        accounts.create_account(session, "wan", "secret-123", "correspondent", "万彤")
        accounts.create_account(session, "lay", "secret-123", "layout", "美编")
    monkeypatch.setenv("NEWSROOM_PASSWORD", "secret-123")
    code, _, err = run(capsys, "place", draft, "--page", 2, "--db", db_path, "--user", "wan")
    assert code == 2 and "plan pages" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "place", draft, "--page", 2, "--db", db_path, "--user", "lay")
    assert code == 0 and "page 2" in out


def test_on_postgresql_layout_staff_place_copy_and_a_correspondent_cannot(
    capsys, monkeypatch, pg_url, seed_path, tmp_path
):
    """Each person as their own database login: the database's grants agree with the
    command's rule."""
    from tests.store.test_database_roles import add_account, cli, name

    add_account(capsys, monkeypatch, pg_url, None, name("boss"), "admin", "管理员")
    for base, role, display in (
        ("ed1", "editor", "编辑甲"),
        ("lay", "layout", "美编"),
        ("wan", "correspondent", "万彤"),
    ):
        add_account(capsys, monkeypatch, pg_url, name("boss"), name(base), role, display)
    draft_file = tmp_path / "邻里节.txt"
    draft_file.write_text(DRAFT, encoding="utf-8")
    assert cli(capsys, monkeypatch, name("ed1"), "import", seed_path, db_url=pg_url)[0] == 0
    assert cli(capsys, monkeypatch, name("ed1"), "import", draft_file, db_url=pg_url)[0] == 0

    def listed():
        code, out, _ = cli(capsys, monkeypatch, name("ed1"), "list", "--json", db_url=pg_url)
        assert code == 0
        return {a["headline"]: a for a in json.loads(out)}

    draft = listed()["社区邻里节温暖人心"]["id"]
    code, _, err = cli(capsys, monkeypatch, name("wan"), "place", draft, "--page", 2, db_url=pg_url)
    assert code == 2 and "plan pages" in err and err.count("\n") == 1
    code, out, err = cli(
        capsys, monkeypatch, name("lay"), "place", draft, "--page", 2, db_url=pg_url
    )
    assert (code, err) == (0, "") and "page 2" in out
    assert listed()["社区邻里节温暖人心"]["page"] == 2
