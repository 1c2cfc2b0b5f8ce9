"""The newsroom's proofreading rules and whitelist in the store."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from newsroom.store import proofrules
from newsroom.store.db import open_database


def test_rules_and_whitelist_reach_the_rule_set(engine):
    with Session(engine) as session, session.begin():
        proofrules.set_rule(session, "河西报社", "河西区融媒体中心")
        proofrules.set_rule(session, "河西报社", "河西区融媒体中心", "改名后")
        proofrules.add_to_whitelist(session, "一失万无")
        proofrules.add_to_whitelist(session, "一失万无")
    with Session(engine) as session:
        rule_set = proofrules.load_rule_set(session)
        assert rule_set.rules == (("河西报社", "河西区融媒体中心"),)
        assert rule_set.whitelist == ("一失万无",)
        assert proofrules.list_rules(session)[0].note == "改名后"


def test_tsv_round_trip(engine, other_db_url):
    with Session(engine) as session, session.begin():
        proofrules.set_rule(session, "再接再励", "再接再厉", "成语")
        proofrules.add_to_whitelist(session, "青力而为")
        text = proofrules.export_tsv(session)
    other = open_database(other_db_url)
    with Session(other) as session, session.begin():
        assert proofrules.import_tsv(session, text) == (1, 1)
    with Session(other) as session:
        assert proofrules.load_rule_set(session).rules == (("再接再励", "再接再厉"),)
        assert proofrules.whitelist_terms(session) == ["青力而为"]


def test_bad_tsv_line_stores_nothing(engine):
    with pytest.raises(ValueError, match=r"rules\.tsv:2"):
        with Session(engine) as session, session.begin():
            proofrules.import_tsv(session, "甲乙\t甲丙\n同样\t同样\n", source="rules.tsv")
    with Session(engine) as session:
        assert proofrules.load_rule_set(session).rules == ()


def test_ignored_findings_are_per_article(engine, seed_path):
    from newsroom.importer import import_files

    import_files(engine, [seed_path])
    with Session(engine) as session, session.begin():
        proofrules.ignore(session, 1, "typo.dict", "列")
        proofrules.ignore(session, 1, "typo.dict", "列")
    with Session(engine) as session:
        assert proofrules.ignored(session, 1) == {("typo.dict", "列")}
        assert proofrules.ignored(session, 2) == set()
