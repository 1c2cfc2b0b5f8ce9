"""``newsroom tags``: a bulletin file tagged without storing, or the stored articles by id."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm import Session

from newsroom.cli import main
from newsroom.store.db import open_database
from newsroom.store.models import Article
from newsroom.store.vocabulary import add_tag, set_aliases

KINDS = {"topic", "place", "org", "person"}


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def tags_json(capsys, *args) -> list[dict]:
    code, out, err = run(capsys, "tags", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def assert_contract(item: dict) -> None:
    assert isinstance(item["suggested"], list) and item["suggested"]
    for s in item["suggested"]:
        assert set(s) == {"tag", "kind", "score"}
        assert s["kind"] in KINDS and s["tag"].strip()
        assert 0.0 < s["score"] <= 1.0
    scores = [s["score"] for s in item["suggested"]]
    assert scores == sorted(scores, reverse=True)


def test_a_bulletin_file_is_tagged_without_storing(capsys, seed_path, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSROOM_DB", str(tmp_path / "must-not-exist.db"))
    items = tags_json(capsys, seed_path)
    assert len(items) == 10
    assert all(set(i) == {"headline", "suggested"} for i in items)
    for item in items:
        assert_contract(item)
    first = items[0]
    assert first["headline"] == "河西区推动全区养老服务高质量发展"
    assert first["suggested"][0]["tag"] == "养老服务"
    assert {"养老服务", "智慧养老"} <= {s["tag"] for s in first["suggested"]}
    last = {s["tag"]: s["kind"] for s in items[-1]["suggested"]}
    assert last.get("天津汇智星源科技有限公司") == "org"
    assert {"知识产权", "专利"} <= set(last)
    photo = items[5]
    assert photo["headline"].startswith("1500米海棠步道")
    assert not (tmp_path / "must-not-exist.db").exists()


def test_human_output_is_one_line_per_article(capsys, seed_path):
    code, out, _ = run(capsys, "tags", seed_path, "--limit", "3")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("河西区推动全区养老服务高质量发展: 养老服务(topic 0.")
    assert all(line.count("(") == 3 for line in lines)


def test_limit_caps_the_suggestions(capsys, seed_path):
    assert all(len(i["suggested"]) <= 2 for i in tags_json(capsys, seed_path, "--limit", "2"))


def test_stored_articles_are_keyed_by_id(capsys, seed_path, db_path):
    assert run(capsys, "import", seed_path, "--db", db_path)[0] == 0
    listed = json.loads(run(capsys, "list", "--db", db_path, "--json")[1])
    items = tags_json(capsys, "--db", db_path)
    assert [i["id"] for i in items] == [a["id"] for a in listed]
    assert all(set(i) == {"id", "suggested"} for i in items)
    for item in items:
        assert_contract(item)
    assert items[0]["suggested"][0]["tag"] == "养老服务"
    # Tagging reads, it never gives tags.
    assert all(
        a["tags"] == [] for a in json.loads(run(capsys, "list", "--db", db_path, "--json")[1])
    )


def test_an_alias_in_the_database_vocabulary_suggests_its_tag(capsys, seed_path, db_path):
    assert run(capsys, "import", seed_path, "--db", db_path)[0] == 0
    engine = open_database(db_path)
    with Session(engine) as s, s.begin():
        court = s.query(Article).filter(Article.headline.like("河西区法院%")).one()
        add_tag(s, court.id, "河西区人民法院", "org")
        set_aliases(s, tags_of_id(s, "河西区人民法院"), ["河西区法院"])
        court_id = court.id
    engine.dispose()
    items = {i["id"]: i for i in tags_json(capsys, "--db", db_path)}
    tags = {s["tag"]: s["kind"] for s in items[court_id]["suggested"]}
    assert tags.get("河西区人民法院") == "org"
    assert "河西区法院" not in tags
    # The same vocabulary serves a file tagged against that database.
    by_headline = {i["headline"]: i for i in tags_json(capsys, seed_path, "--db", db_path)}
    court_tags = {
        s["tag"] for s in by_headline["河西区法院科技创新司法保护工作室揭牌成立"]["suggested"]
    }
    assert "河西区人民法院" in court_tags


def tags_of_id(session, name: str) -> int:
    from newsroom.store.models import Tag

    return session.query(Tag.id).filter(Tag.name == name).scalar()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\xff" * 300, ""),
    ],
)
def test_bad_file_exits_2_with_one_line_naming_it(capsys, tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run(capsys, "tags", bad)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(bad) in err and problem in err


def test_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "tags", tmp_path / "nowhere.txt")
    assert code == 2 and "nowhere.txt" in err and len(err.strip().splitlines()) == 1


def test_help_lists_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "newsroom tags" in capsys.readouterr().out
