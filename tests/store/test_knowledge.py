"""The roster and the words to avoid in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.ingest.model import IngestError
from newsroom.ingest.tables import read_table
from newsroom.proofing.avoid import AvoidWord, starter_list
from newsroom.proofing.roster import RosterPost
from newsroom.store import avoid_words, roster
from newsroom.store.db import open_database, transaction
from newsroom.store.proofrules import load_rule_set


def test_posts_are_added_then_updated_never_removed(db_url, tmp_path):
    engine = open_database(db_url)
    first = [
        RosterPost("张三", "区委副书记", "", dt.date(2024, 1, 1), None, 2),
        RosterPost("张三", "区长", "区政府", None, dt.date(2023, 12, 31), 0),
    ]
    with transaction(engine) as session:
        assert roster.save_posts(session, first) == (2, 0)
    later = [RosterPost("张三", "区委副书记", "", dt.date(2024, 1, 1), dt.date(2025, 5, 1), 2)]
    with transaction(engine) as session:
        assert roster.save_posts(session, later + first[1:]) == (0, 1)
    with transaction(engine) as session:
        posts = roster.list_posts(session)
        rules = load_rule_set(session)
    assert len(posts) == 2 and rules.roster == tuple(posts)
    assert {p.until for p in posts} == {dt.date(2025, 5, 1), dt.date(2023, 12, 31)}


def test_a_roster_file_is_read_whole_or_refused(tmp_path):
    good = tmp_path / "roster.csv"
    good.write_text(
        "姓名,职务,单位,任职时间,离任时间,排序\n张三,副书记,区委,2024/1/1,,2\n李四,书记,区委,,,\n",
        encoding="utf-8",
    )
    posts = roster.roster_rows(read_table(good))
    assert posts[0] == RosterPost("张三", "副书记", "区委", dt.date(2024, 1, 1), None, 2)
    assert posts[0].title == "区委副书记"
    for body, problem in (
        ("name,post,since\n张三,书记,2024-13-01\n", ":2: since is not a date"),
        ("name,post,rank\n张三,书记,first\n", ":2: rank is not a whole number"),
        ("name,unit\n张三,区委\n", ":1: no “post” column"),
        ("name,post,since,until\n张三,书记,2025-01-01,2024-01-01\n", ":2: until"),
        ("name,post\n,书记\n", ":2: a row needs a name"),
    ):
        bad = tmp_path / "bad.csv"
        bad.write_text(body, encoding="utf-8")
        with pytest.raises(IngestError) as info:
            roster.roster_rows(read_table(bad))
        assert problem in str(info.value) and str(bad) in str(info.value)


def test_the_starter_words_come_with_a_new_newsroom_and_can_be_changed(db_url):
    engine = open_database(db_url)
    with transaction(engine) as session:
        words = avoid_words.list_words(session)
        assert {w.word for w in words} == {w.word for w in starter_list()}
        avoid_words.set_word(session, AvoidWord("老大难", "慎用词", "难题", "本报慎用"))
        avoid_words.remove_word(session, "民工")
        with pytest.raises(ValueError):
            avoid_words.set_word(session, AvoidWord("甲", "unknown"))
    with transaction(engine) as session:
        rule_set = load_rule_set(session)
    kept = {w.word: w for w in rule_set.words}
    assert kept["老大难"] == AvoidWord("老大难", "cautious", "难题", "本报慎用")
    assert "民工" not in kept
