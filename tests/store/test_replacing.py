"""Replace across the archive: preview, ticked changes, revisions, signed copy, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store import editing, replacing, search
from newsroom.store.db import open_database, transaction
from newsroom.store.models import Article, ReplaceOperation, Revision
from newsroom.store.values import Identity
from newsroom.workflow import Action, Status, WorkflowError

ITEMS = [
    ParsedItem(
        headline="河西区养老服务中心开业",
        bylines=[ParsedByline("记者", "孙悦")],
        paragraphs=["河西区首家综合养老服务中心开业。", "河西区民政局到场。"],
    ),
    ParsedItem(headline="口袋公园迎客来", paragraphs=["河西区新建口袋公园三处。"]),
    ParsedItem(headline="社区食堂暖人心", paragraphs=["老人吃上热乎饭。"]),
]


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    with transaction(engine) as session:
        edition = repo.get_edition(session, "本报", dt.date(2025, 4, 18))
        repo.add_page(session, edition, 1, ITEMS, source_file="x.txt", source_hash="h")
    return engine


def texts(engine):
    with transaction(engine) as session:
        rows = session.scalars(select(Article).order_by(Article.id)).all()
        return {a.id: (a.headline, a.body, a.status, a.version) for a in rows}


def revisions(engine):
    with transaction(engine) as session:
        return [(r.article_id, r.author, r.note) for r in session.scalars(select(Revision))]


def run_preview(engine, old="河西区", new="河西", **options):
    with transaction(engine) as session:
        return replacing.preview(session, old, new, **options)


def test_a_preview_lists_every_change_in_context_and_changes_nothing(engine):
    before, history = texts(engine), revisions(engine)
    plan = run_preview(engine)
    assert [(c.field, c.paragraph, c.old, c.new) for c in plan.changes] == [
        ("headline", 0, "河西区", "河西"),
        ("body", 0, "河西区", "河西"),
        ("body", 1, "河西区", "河西"),
        ("body", 0, "河西区", "河西"),
    ]
    change = plan.changes[1]
    assert change.before == "" and change.after.startswith("首家综合")
    assert texts(engine) == before and revisions(engine) == history


def test_applying_writes_what_the_preview_showed_one_revision_per_article(engine):
    with transaction(engine) as session:
        plan = replacing.preview(session, "河西区", "河西")
        applied = replacing.apply(session, plan, author="张编辑")
    assert (applied.articles, applied.replacements) == (2, 4)
    after = texts(engine)
    assert [h for h, *_ in after.values()] == [
        "河西养老服务中心开业",
        "口袋公园迎客来",
        "社区食堂暖人心",
    ]
    changed = [r for r in revisions(engine) if r[2].startswith("批量替换")]
    assert sorted(r[0] for r in changed) == sorted({c.article_id for c in plan.changes})
    assert {r[1] for r in changed} == {"张编辑"}
    assert f"#{applied.operation_id}" in changed[0][2]
    with transaction(engine) as session:
        assert [r.headline for r in search.search(session, "河西区")] == []
        operation = session.get(ReplaceOperation, applied.operation_id)
        assert (operation.actor, operation.old, operation.new) == ("张编辑", "河西区", "河西")


def test_only_ticked_changes_are_made(engine):
    with transaction(engine) as session:
        plan = replacing.preview(session, "河西区", "河西")
        headline_change = plan.changes[0]
        applied = replacing.apply(session, plan, author="张编辑", selected={headline_change.key})
    assert applied.replacements == 1
    first = texts(engine)[headline_change.article_id]
    assert first[0] == "河西养老服务中心开业" and first[1].count("河西区") == 2


def test_undo_restores_every_article_as_one_step_unless_saved_since(engine):
    original = texts(engine)
    with transaction(engine) as session:
        applied = replacing.apply(
            session, replacing.preview(session, "河西区", "河西"), author="甲"
        )
    with transaction(engine) as session:
        replacing.undo(session, applied.operation_id, author="甲")
    assert [v[:2] for v in texts(engine).values()] == [v[:2] for v in original.values()]
    with transaction(engine) as session, pytest.raises(ValueError, match="undone already"):
        replacing.undo(session, applied.operation_id, author="甲")
    # Saved by someone after the replace: the undo is refused and changes nothing.
    with transaction(engine) as session:
        applied = replacing.apply(
            session, replacing.preview(session, "河西区", "河西"), author="甲"
        )
    target = min(texts(engine))
    with transaction(engine) as session:
        article = editing.load_article(session, target)
        content = editing.content_of(article)
        content.paragraphs.append("补记一段。")
        editing.save_article(
            session, target, content, author="乙", expected_version=article.version
        )
    snapshot = texts(engine)
    with transaction(engine) as session, pytest.raises(ValueError, match=str(target)):
        replacing.undo(session, applied.operation_id, author="甲")
    assert texts(engine) == snapshot


def test_signed_off_copy_is_left_alone_unless_the_chief_editor_asks(engine):
    target = min(texts(engine))
    with transaction(engine) as session:
        for action, actor in (
            (Action.FIRST_REVIEW, "甲"),
            (Action.SECOND_REVIEW, "乙"),
            (Action.FINAL_REVIEW, "丙"),
            (Action.SIGN_OFF, "丙"),
        ):
            editing.transition(session, target, action, actor=actor)
    plan = run_preview(engine)
    left = [a for a in plan.articles if a.left_alone]
    assert [a.article_id for a in left] == [target] and "已签发" in left[0].left_alone
    editor = Identity("编辑甲", role="editor", account_id=None)
    with pytest.raises(WorkflowError):
        run_preview(engine, include_signed=True, identity=editor)
    with transaction(engine) as session:
        plan = replacing.preview(session, "河西区", "河西", include_signed=True)
        replacing.apply(session, plan, author="总编")
    headline, _, status, _ = texts(engine)[target]
    assert headline == "河西养老服务中心开业" and status == Status.FINAL_REVIEW


def test_filters_regex_and_bad_input(engine):
    only_page = run_preview(engine, filters=search.SearchFilters(page=2))
    assert only_page.changes == []
    plan = run_preview(engine, old=r"(河西)区(\w)", new=r"\1\2", regex=True)
    assert {c.new for c in plan.changes} == {"河西养", "河西首", "河西民", "河西新"}
    for old, new, regex in (("", "x", False), ("(", "x", True), ("a*", "x", True)):
        with pytest.raises(ValueError):
            run_preview(engine, old=old, new=new, regex=regex)
    with pytest.raises(ValueError):
        run_preview(engine, old="(河西)", new=r"\2", regex=True)
    layout = Identity("美编", role="layout", account_id=None)
    with pytest.raises(WorkflowError):
        run_preview(engine, identity=layout)


def test_punctuation_is_replaced_though_the_index_holds_no_punctuation(engine):
    plan = run_preview(engine, old="。", new="！")
    assert len(plan.changes) == 4
