"""The service's parts for the correspondents' report and pay, search and replace, the
newsroom's knowledge, intake, the 三校 record and exports: plain values out, permissions
from workflow.py, every refusal a ServiceError — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.ingest.people_file import PersonInput
from newsroom.proofing.avoid import AvoidWord
from newsroom.proofing.roster import RosterPost
from newsroom.searching import SearchFilters
from newsroom.service import Invalid, Newsroom, NotFound, Refused, ServiceError
from newsroom.service.report import fen, new_rate, parse_yuan, units_behind
from tests.intake.helpers import three_submissions, write_mbox
from tests.service.conftest import as_role, identity


def test_the_report_and_who_sees_pay(newsroom):
    room, _ = newsroom
    figures = room.report.figures(span=True)
    assert figures.span == (dt.date(2025, 4, 1), dt.date(2025, 4, 1))
    assert {p.name for p in figures.people} >= {"万彤", "张蔓芳"}
    assert figures.pay and {x.name for x in figures.pay} == {p.name for p in figures.people}
    assert room.report.figures(pay=False).pay is None

    room.report.set_rates([new_rate(dt.date(2025, 1, 1), "article", "", per_thousand=10000)])
    room.report.set_quota("河西区司法局", "month", 2)
    assert [(r.kind, fen(r.per_thousand)) for r in room.report.rates()] == [("article", "100.00")]
    assert [(q.unit, q.pieces) for q in room.report.quotas()] == [("河西区司法局", 2)]
    assert [u.unit for u in units_behind(room.report.units())] == ["河西区司法局"]
    assert sum(x.amount for x in room.report.pay_lines()) > 0

    wan = room.acting_as(identity(room, "u_wan"))
    own = wan.report.figures()
    assert {p.name for p in own.people} == {"万彤"} and own.pay is None
    with pytest.raises(Refused, match=r"^万彤: 只有总编和管理员可以查看稿酬$"):
        wan.report.pay_lines()
    for refused in (
        wan.report.rates,
        lambda: wan.report.set_quota("河西区司法局", "month", 0),
        lambda: as_role(room, "editor").report.set_rates([]),
    ):
        with pytest.raises(Refused, match="only a chief editor or an administrator"):
            refused()
    assert as_role(room, "chief_editor").report.rates()


def test_shares_and_bad_amounts_are_one_line(newsroom):
    room, _ = newsroom
    first = next(p for p in room.report.pay_lines() if p.name == "万彤").articles[0].article_id
    as_role(room, "editor").report.share(first, {"万彤": 3})
    with pytest.raises(Refused, match="only the desk splits bylines"):
        as_role(room, "layout").report.share(first, {})
    with pytest.raises(Invalid, match="没有：高洁"):
        room.report.share(first, {"高洁": 1})
    with pytest.raises(NotFound):
        room.report.share(999_999, {})
    with pytest.raises(Invalid):
        room.report.set_quota(" ", "month", 1)
    assert parse_yuan("12.5") == 1250
    with pytest.raises(ValueError):
        parse_yuan("-1")


def test_search_replace_and_undo_through_the_door(newsroom):
    room, draft = newsroom
    found = room.search.find("养老")
    assert found and "养老" in found[0].headline and found[0].hit is not None
    wan = room.acting_as(identity(room, "u_wan"))
    assert {r.id for r in wan.search.find("邻里节")} == {draft}
    assert not wan.search.find("养老", SearchFilters(page=1))  # the seed is not theirs
    with pytest.raises(Invalid):
        room.search.find("-养老")  # nothing to look for
    with pytest.raises(Refused, match="only the desk rebuilds the search index"):
        as_role(room, "layout").search.reindex()
    assert room.search.reindex() >= len(found)

    editor = as_role(room, "editor")
    plan = editor.search.preview("养老", "颐养", filters=SearchFilters(page=1))
    assert plan.changes and not room.search.history()
    _, dry = editor.search.replace("养老", "颐养", author="编辑甲", dry_run=True)
    assert dry is None
    _, applied = editor.search.replace("养老", "颐养", author="编辑甲")
    assert applied.replacements == len(plan.changes) and not room.search.find("养老")
    (operation,) = room.search.history()
    assert (operation.id, operation.actor) == (applied.operation_id, "编辑甲")
    editor.search.undo(applied.operation_id, author="编辑甲")
    assert room.search.find("养老") and room.search.history()[0].undone
    with pytest.raises(Invalid, match="undone already"):
        editor.search.undo(applied.operation_id, author="编辑甲")
    with pytest.raises(NotFound, match="no such replace"):
        editor.search.undo(999_999, author="编辑甲")
    with pytest.raises(Refused):
        as_role(room, "layout").search.preview("养老", "颐养")
    with pytest.raises(Invalid, match="not a regular expression"):
        editor.search.preview("(", "x", regex=True)


def test_the_newsrooms_knowledge_is_kept_by_the_desk(newsroom, tmp_path):
    from newsroom.service.knowledge import read_roster, read_words

    room, _ = newsroom
    editor, layout = as_role(room, "editor"), as_role(room, "layout")
    post = RosterPost("张三", "副书记", "区委", dt.date(2024, 1, 1), None, 1)
    assert editor.knowledge.save_posts([post]) == (1, 0)
    assert layout.knowledge.posts() == [post]
    assert "张三,副书记,区委,2024-01-01" in layout.knowledge.roster_csv()
    editor.knowledge.set_word(AvoidWord("老大难题", "cautious", "", "本报不用"))
    assert "老大难题" in {w.word for w in room.knowledge.words()}
    assert "老大难题" in layout.knowledge.words_csv()
    for change in (
        lambda: layout.knowledge.save_posts([post]),
        lambda: layout.knowledge.remove_word("老大难题"),
        lambda: as_role(room, "correspondent").knowledge.decide("一直好评", "accepted"),
    ):
        with pytest.raises(Refused, match="only editors keep the newsroom's lists"):
            change()
    with pytest.raises(Invalid, match="宜用写法与词语相同"):
        editor.knowledge.set_word(AvoidWord("过时", "outdated", "过时", ""))
    with pytest.raises(Invalid, match="没有这条规则"):
        editor.knowledge.decide("一直好评", "accepted")
    assert room.knowledge.learned() == []
    editor.knowledge.remove_post(post)
    assert room.knowledge.posts() == []

    bad = tmp_path / "名录.csv"
    bad.write_text("name,post,since\n张三,副书记,明年\n", encoding="utf-8")
    with pytest.raises(Invalid, match=":2:"):
        read_roster(bad)
    words = tmp_path / "words.csv"
    words.write_text("词语,类别\n影帝,慎用词\n", encoding="utf-8")
    assert editor.knowledge.save_words(read_words(words)) == 1


def test_the_rules_dialogs_rules_and_whitelist(newsroom):
    room, _ = newsroom
    rules = room.rules
    rules.set_rule("典型案列", "典型案例", "别字")
    rules.allow("一失万无")
    assert rules.rules() == [("典型案列", "典型案例", "别字")] and rules.whitelist() == ["一失万无"]
    text = rules.export_tsv()
    rules.remove_rule("典型案列")
    rules.disallow("一失万无")
    assert rules.rules() == [] and rules.whitelist() == []
    assert rules.import_tsv(text, source="rules.tsv") == (1, 1)
    with pytest.raises(Invalid, match=r"rules.tsv:1"):
        rules.import_tsv("相同\t相同\n", source="rules.tsv")


def test_intake_and_the_inbox_are_the_desks(newsroom, tmp_path):
    from newsroom.intake.sources import open_source

    room, _ = newsroom
    box = write_mbox(tmp_path / "tougao.mbox", three_submissions())
    source = open_source("mbox", str(box))
    try:
        heard = []
        report = as_role(room, "editor").intake.take_mail(source, progress=heard.append)
    finally:
        source.close()
    assert report.stored and heard == report.stored
    inbox = room.intake.inbox()
    assert len(inbox) == len(report.stored)
    person = room.people.list()[0]
    room.intake.assign(inbox[0].id, person.id)
    room.intake.mark_replied(inbox[0].id, "received")
    assert {(r.person, r.replied) for r in room.intake.inbox() if r.id == inbox[0].id} == {
        (person.name, "received")
    }
    with pytest.raises(NotFound):
        room.intake.assign(999_999, person.id)
    layout = as_role(room, "layout").intake
    assert not layout.allowed()
    for refused in (layout.inbox, lambda: layout.take_folder(tmp_path, settle=0)):
        with pytest.raises(Refused, match="only editors take in submissions"):
            refused()


def test_proofreading_passes_and_the_three_pass_option(newsroom):
    room, _ = newsroom
    editor = as_role(room, "editor")
    seed = next(p for p in room.report.pay_lines() if p.name == "万彤").articles[0].article_id
    row = editor.proofpasses.record(seed, proofreader="编辑甲", resolved=2)
    assert (row.number, row.label, row.resolved) == (1, "一校", 2)
    assert [p.proofreader for p in room.proofpasses.passes(seed)] == ["编辑甲"]
    with pytest.raises(Refused, match=f"^article {seed}: "):
        room.proofpasses.record(seed, proofreader="万彤")  # the writer
    with pytest.raises(NotFound, match=r"^article 999999: no such article$"):
        editor.proofpasses.record(999_999, proofreader="编辑甲")
    with pytest.raises(Refused, match="only a chief editor sets the newsroom's options"):
        editor.proofpasses.require_three(True)
    as_role(room, "chief_editor").proofpasses.require_three(True)


def test_pages_for_export_and_people_from_a_file(newsroom):
    room, _ = newsroom
    layout = as_role(room, "layout")
    page = layout.pages.for_export(1)
    assert page.number == 1 and page.articles
    assert [p.number for p in layout.pages.edition_for_export(page.date)] == [1]
    with pytest.raises(NotFound, match=r"^page 9: no such page$"):
        layout.pages.for_export(9)
    with pytest.raises(NotFound, match=r"^edition 1999-01-01: no such edition$"):
        layout.pages.edition_for_export(dt.date(1999, 1, 1))
    with pytest.raises(Refused, match="your role does not export pages"):
        as_role(room, "correspondent").pages.for_export(1)

    rows = [PersonInput("万彤", "通讯员", "河西区司法局", "wan@example.cn", line=2)]
    assert as_role(room, "editor").people.import_rows(rows, "people.csv").updated == 1
    with pytest.raises(Refused, match="only editors keep the list of people"):
        as_role(room, "layout").people.import_rows(rows, "people.csv")
    with pytest.raises(Invalid, match=r"^people.csv: line 3: "):
        room.people.import_rows([PersonInput("高洁", email="not-an-address", line=3)], "people.csv")


def test_every_refusal_is_a_service_error_and_sqlite_has_no_listener(db_path, seed_path):
    room = Newsroom.open(db_path, create=True)
    assert room.listen() is None  # SQLite: the window watches the file instead
    for part in ("report", "search", "knowledge", "intake", "proofpasses"):
        assert getattr(room, part) is getattr(room, part)  # one part per newsroom
    assert issubclass(Refused, ServiceError) and issubclass(Refused, PermissionError)
    room.close()
