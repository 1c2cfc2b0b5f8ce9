"""``newsroom search`` and ``newsroom replace`` on the seed bulletin, as the issue checks them."""

from __future__ import annotations

import json

from sqlalchemy import select

from newsroom.cli import main
from newsroom.store.db import open_database, transaction
from newsroom.store.models import Revision


def run(capsys, *args):
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # a usage error, from argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def seeded(capsys, seed_path, db):
    assert run(capsys, "import", seed_path, "--db", db)[0] == 0


def listed(capsys, db):
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert code == 0
    return json.loads(out)


def revisions(db):
    with transaction(open_database(db)) as session:
        return [(r.article_id, r.author, r.note) for r in session.scalars(select(Revision))]


def test_search_finds_the_article_about_the_word_first_with_a_snippet(capsys, seed_path, db_url):
    seeded(capsys, seed_path, db_url)
    code, out, err = run(capsys, "search", "养老", "--db", db_url, "--json")
    assert (code, err) == (0, "")
    results = json.loads(out)
    articles = {a["id"]: a for a in listed(capsys, db_url)}
    # The first hit is the article whose headline says it: the one most about the word.
    first = results[0]
    assert "养老" in first["headline"]
    assert "养老" in first["snippet"]
    start, end = first["highlights"][0]
    assert first["snippet"][start:end] == "养老"
    hit = first["hit"]
    paragraph = articles[first["id"]]["paragraphs"][hit["paragraph"]]
    assert paragraph[hit["start"] : hit["end"]] == "养老"
    # Every article that holds the word, and only those.
    holding = {
        a["id"] for a in articles.values() if "养老" in a["headline"] + "".join(a["paragraphs"])
    }
    assert {r["id"] for r in results} == holding
    code, out, _ = run(capsys, "search", "养老", "--db", db_url)
    assert code == 0 and "【养老】" in out


def test_search_filters_and_bad_queries(capsys, seed_path, db_url):
    seeded(capsys, seed_path, db_url)
    code, out, _ = run(capsys, "search", "河西", "--page", 2, "--db", db_url, "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(capsys, "search", "河西", "--status", "已提交", "--db", db_url, "--json")
    assert code == 0 and json.loads(out)
    for args, says in (
        (["--", "-养老"], "nothing to search for"),
        (["养老", "--status", "done"], "no such status"),
        ([], "give a query"),
        (["养老", "--from", "2025-05-01", "--to", "2025-04-01"], "is after"),
    ):
        code, out, err = run(capsys, "search", "--db", db_url, *args)
        assert code == 2 and says in err and err.count("\n") == 1, err


def test_a_dry_run_lists_changes_and_changes_nothing(capsys, seed_path, db_url):
    seeded(capsys, seed_path, db_url)
    before, history = listed(capsys, db_url), revisions(db_url)
    code, out, err = run(capsys, "replace", "河西区", "河西", "--dry-run", "--db", db_url)
    assert (code, err) == (0, "")
    assert "【河西区 → 河西】" in out and "dry run: nothing changed" in out
    assert listed(capsys, db_url) == before and revisions(db_url) == history


def test_applying_writes_the_revisions_the_dry_run_showed_and_undo_takes_them_back(
    capsys, seed_path, db_url
):
    seeded(capsys, seed_path, db_url)
    before = listed(capsys, db_url)
    code, out, _ = run(capsys, "replace", "河西区", "河西", "--dry-run", "--json", "--db", db_url)
    shown = json.loads(out)
    assert shown["operation"] is None and shown["changes"] > 0
    code, out, err = run(capsys, "replace", "河西区", "河西", "--as", "张编辑", "--json",
                         "--db", db_url)  # fmt: skip
    assert (code, err) == (0, "")
    applied = json.loads(out)
    assert applied["articles"] == shown["articles"] and applied["operation"]
    written = [r for r in revisions(db_url) if r[2].startswith("批量替换")]
    assert sorted(r[0] for r in written) == sorted(a["id"] for a in shown["articles"])
    assert {r[1] for r in written} == {"张编辑"}
    # Each article is now exactly its text before with the dry run's changes made.
    after = {a["id"]: a for a in listed(capsys, db_url)}
    was = {a["id"]: a for a in before}
    for article in shown["articles"]:
        assert after[article["id"]] != was[article["id"]]
        expected = _with_changes(was[article["id"]], article["changes"])
        assert {k: after[article["id"]][k] for k in expected} == expected
    code, out, _ = run(capsys, "replace", "--history", "--db", db_url)
    assert "河西区 → 河西" in out
    code, out, err = run(capsys, "replace", "--undo", applied["operation"], "--db", db_url)
    assert (code, err) == (0, ""), err
    assert [(a["headline"], a["paragraphs"]) for a in listed(capsys, db_url)] == [
        (a["headline"], a["paragraphs"]) for a in before
    ]
    code, _, err = run(capsys, "replace", "--undo", applied["operation"], "--db", db_url)
    assert code == 2 and "undone already" in err
    code, _, err = run(capsys, "replace", "--undo", 999, "--db", db_url)
    assert code == 2 and "no such replace" in err


def test_replace_refuses_bad_input_in_one_line(capsys, seed_path, db_url):
    seeded(capsys, seed_path, db_url)
    for args, says in (
        (["(", "x", "--regex"], "not a regular expression"),
        (["", "x"], "OLD is empty"),
        (["河西"], "give OLD and NEW"),
        (["(河西)", r"\2", "--regex"], "replacement"),
    ):
        code, _, err = run(capsys, "replace", *args, "--db", db_url)
        assert code == 2 and says in err and err.count("\n") == 1, err


def _with_changes(article: dict, changes: list[dict]) -> dict:
    texts = {(f, 0): article[f] for f in ("kicker", "headline", "subheadline")}
    texts |= {("body", i): p for i, p in enumerate(article["paragraphs"])}
    for change in sorted(changes, key=lambda c: c["start"], reverse=True):
        where = (change["field"], change["paragraph"])
        old = texts[where]
        assert old[change["start"] : change["end"]] == change["old"]
        texts[where] = old[: change["start"]] + change["new"] + old[change["end"] :]
    return {
        "kicker": texts[("kicker", 0)],
        "headline": texts[("headline", 0)],
        "subheadline": texts[("subheadline", 0)],
        "paragraphs": [texts[("body", i)] for i in range(len(article["paragraphs"]))],
    }


def test_a_saved_search_runs_again_by_name(capsys, seed_path, db_url):
    seeded(capsys, seed_path, db_url)
    code, first, _ = run(capsys, "search", "养老", "--page", 1, "--save", "养老稿", "--db",
                         db_url, "--json")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "search", "--saved")
    assert out == "养老稿\t养老\n"
    code, again, _ = run(capsys, "search", "--run", "养老稿", "--db", db_url, "--json")
    assert (code, again) == (0, first)
    code, _, err = run(capsys, "search", "--run", "无此名", "--db", db_url)
    assert code == 2 and "no such saved search" in err
