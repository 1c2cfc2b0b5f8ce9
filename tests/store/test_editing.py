"""Editing at the desk: saves and revisions, conflicts, restores, workflow steps."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store import editing
from newsroom.store.db import open_database
from newsroom.store.editing import ArticleContent, ConflictError
from newsroom.store.models import Article, Page, Person, Revision, WorkflowEvent
from newsroom.workflow import Action, Status, WorkflowError

ITEMS = [
    ParsedItem(
        kicker="引题",
        headline="主题一",
        subheadline="副题",
        bylines=[ParsedByline("记者", "孙悦"), ParsedByline("通讯员", "高洁")],
        paragraphs=["第一段。", "第二段。"],
    ),
    ParsedItem(
        headline="主题二", bylines=[ParsedByline("通讯员", "高洁")], paragraphs=["第三段。"]
    ),
]


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    with Session(engine) as session, session.begin():
        edition = repo.get_edition(session, "本报", dt.date(2025, 4, 18))
        repo.add_page(session, edition, 3, ITEMS, source_file="x.txt", source_hash="h")
    return engine


def first_id(engine) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.min(Article.id)))


def load(engine, article_id):
    with Session(engine) as s:
        article = editing.load_article(s, article_id)
        return editing.content_of(article), article.version


def save(engine, article_id, content, version, author="张编辑", note=""):
    with Session(engine) as s, s.begin():
        a = editing.save_article(
            s, article_id, content, author=author, expected_version=version, note=note
        )
        return a.version


def step(engine, article_id, action, actor, note=""):
    with Session(engine) as s, s.begin():
        return editing.transition(s, article_id, action, actor=actor, note=note).status


def test_load_and_content(engine):
    content, version = load(engine, first_id(engine))
    assert content == ArticleContent(
        "引题", "主题一", "副题", [("记者", "孙悦"), ("通讯员", "高洁")], ["第一段。", "第二段。"]
    )
    assert version == 1
    with Session(engine) as s, pytest.raises(LookupError):
        editing.load_article(s, 9999)


def test_save_stores_a_revision_with_author_and_snapshot(engine):
    aid = first_id(engine)
    content, version = load(engine, aid)
    content.paragraphs = ["第一段，改过。", "第二段。", "新加的 AI 段。"]
    content.bylines = [("记者", "孙悦"), ("通讯员", "新人")]
    new_version = save(engine, aid, content, version, note="改稿")
    assert new_version == version + 1
    with Session(engine) as s:
        revisions = editing.list_revisions(s, aid)
        assert [r.note for r in revisions] == [repo.IMPORT_NOTE, "改稿"]
        last = revisions[-1]
        assert last.author == "张编辑"
        assert last.snapshot["paragraphs"] == content.paragraphs
        assert last.snapshot["bylines"][1] == {"role": "通讯员", "name": "新人"}
        assert last.snapshot["version"] == new_version
        article = editing.load_article(s, aid)
        assert article.chars == 7 + 4 + 6
        assert s.scalar(select(func.count()).where(Person.name == "新人")) == 1
        item = ParsedItem(
            kicker="引题",
            headline="主题一",
            subheadline="副题",
            bylines=[ParsedByline("记者", "孙悦"), ParsedByline("通讯员", "新人")],
            paragraphs=content.paragraphs,
        )
        assert article.content_hash == repo.item_hash(item)


def test_a_save_with_no_change_stores_nothing(engine):
    aid = first_id(engine)
    content, version = load(engine, aid)
    content.paragraphs = [*content.paragraphs, "", "  "]  # blank lines are not paragraphs
    content.headline += " "
    assert save(engine, aid, content, version) == version
    with Session(engine) as s:
        assert len(editing.list_revisions(s, aid)) == 1


def test_a_byline_only_change_moves_the_version(engine):
    aid = first_id(engine)
    content, version = load(engine, aid)
    content.bylines.reverse()
    assert save(engine, aid, content, version) == version + 1
    assert load(engine, aid)[0].bylines == [("通讯员", "高洁"), ("记者", "孙悦")]


def test_two_editors_from_one_version_the_second_gets_a_conflict(engine):
    aid = first_id(engine)
    mine, version = load(engine, aid)
    theirs, _ = load(engine, aid)
    mine.headline = "我的主题"
    theirs.headline = "他的主题"
    save(engine, aid, mine, version, author="甲")
    with pytest.raises(ConflictError) as info:
        save(engine, aid, theirs, version, author="乙")
    assert info.value.article_id == aid and info.value.current_version == version + 1
    assert "\n" not in str(info.value) and "重新载入" in str(info.value)
    assert load(engine, aid)[0].headline == "我的主题"
    with Session(engine) as s:
        assert [r.author for r in editing.list_revisions(s, aid)] == ["", "甲"]


def test_a_save_that_lands_between_check_and_write_is_a_conflict_too(engine):
    aid = first_id(engine)
    mine, version = load(engine, aid)
    mine.headline = "我的"

    done = []

    def someone_else_saves(*_args):
        if done:
            return
        done.append(True)
        theirs = ArticleContent(**{**mine.__dict__, "headline": "他的"})
        save(engine, aid, theirs, version, author="乙")

    with Session(engine) as first, first.begin():
        event.listen(first, "before_flush", someone_else_saves)
        with pytest.raises(ConflictError) as info:
            editing.save_article(first, aid, mine, author="甲", expected_version=version)
        assert info.value.article_id == aid
    assert load(engine, aid)[0].headline == "他的"


def test_set_headline_is_a_save(engine):
    aid = first_id(engine)
    with Session(engine) as s, s.begin():
        a = editing.set_headline(s, aid, "新主题", author="张编辑", expected_version=1)
        assert a.headline == "新主题" and a.version == 2
    with Session(engine) as s, s.begin():
        revisions = editing.list_revisions(s, aid)
        assert revisions[-1].note == editing.HEADLINE_NOTE
        with pytest.raises(ConflictError):
            editing.set_headline(s, aid, "再改", author="李", expected_version=1)


def test_restore_makes_a_new_revision(engine):
    aid = first_id(engine)
    original, version = load(engine, aid)
    changed = ArticleContent(
        **{**original.__dict__, "headline": "改坏的主题", "paragraphs": ["只剩一段。"]}
    )
    version = save(engine, aid, changed, version)
    with Session(engine) as s, s.begin():
        first = editing.list_revisions(s, aid)[0]
        article = editing.restore_revision(s, first.id, author="王总编", expected_version=version)
        assert article.version == version + 1
    restored, _ = load(engine, aid)
    assert restored == original
    with Session(engine) as s:
        revisions = editing.list_revisions(s, aid)
        assert [r.note for r in revisions] == [repo.IMPORT_NOTE, "", "恢复到修订 #1"]
        assert revisions[-1].author == "王总编"
        assert revisions[-1].snapshot["headline"] == "主题一"


def test_restore_refuses_a_stale_version_and_unknown_revision(engine):
    aid = first_id(engine)
    content, version = load(engine, aid)
    content.headline = "改"
    save(engine, aid, content, version)
    with Session(engine) as s, s.begin():
        rev = editing.list_revisions(s, aid)[0]
        with pytest.raises(ConflictError):
            editing.restore_revision(s, rev.id, author="王", expected_version=version)
        with pytest.raises(LookupError):
            editing.restore_revision(s, 9999, author="王", expected_version=version)


def test_create_article_as_draft(engine):
    content = ArticleContent(headline="新稿", bylines=[("记者", "孙悦")], paragraphs=["正文。"])
    with Session(engine) as s, s.begin():
        unplaced = editing.create_article(s, content, author="张编辑")
        page = s.scalar(select(Page))
        placed = editing.create_article(s, content, author="张编辑", page_id=page.id)
        first = editing.create_article(s, content, author="张编辑", page_id=page.id, position=1)
        ids = unplaced.id, placed.id, first.id
    with Session(engine) as s:
        unplaced, placed, first = (editing.load_article(s, i) for i in ids)
        assert unplaced.status == Status.DRAFT and unplaced.page_id is None
        assert (unplaced.version, placed.version, first.version) == (1, 1, 1)
        assert unplaced.chars == 3 and unplaced.revisions[0].note == editing.NEW_NOTE
        assert unplaced.revisions[0].author == "张编辑"
        assert placed.position == 4  # after the two imported ones, then moved down by one
        assert first.position == 1
        on_page = s.scalars(select(Article.position).where(Article.page_id == first.page_id))
        assert sorted(on_page) == [1, 2, 3, 4]
        assert s.scalar(select(func.count()).where(Person.name == "孙悦")) == 1


def test_duplicate_is_an_unplaced_draft(engine):
    aid = first_id(engine)
    with Session(engine) as s, s.begin():
        copy = editing.duplicate_article(s, aid, author="张编辑")
        cid = copy.id
    with Session(engine) as s:
        copy = editing.load_article(s, cid)
        assert cid != aid and copy.status == Status.DRAFT and copy.page_id is None
        assert editing.content_of(copy) == editing.content_of(editing.load_article(s, aid))
        assert [r.note for r in copy.revisions] == [f"复制自 #{aid}"]


def test_delete_only_when_spiked(engine):
    aid = first_id(engine)
    with Session(engine) as s, s.begin(), pytest.raises(WorkflowError, match="只能删除已撤稿"):
        editing.delete_article(s, aid)
    step(engine, aid, Action.SPIKE, "张编辑")
    with Session(engine) as s, s.begin():
        editing.delete_article(s, aid)
    with Session(engine) as s:
        assert s.get(Article, aid) is None
        assert (
            s.scalar(select(func.count()).select_from(Revision).where(Revision.article_id == aid))
            == 0
        )
        assert s.scalar(select(func.count()).select_from(WorkflowEvent)) == 0


def test_transition_stores_events_and_moves_the_version(engine):
    aid = first_id(engine)  # imported: submitted
    assert step(engine, aid, Action.FIRST_REVIEW, "张编辑") == Status.FIRST_REVIEW
    assert step(engine, aid, Action.RETURN, "李主任", note="数据待核实") == Status.RETURNED
    with Session(engine) as s:
        events = editing.history(s, aid)
        assert [(e.action, e.actor, e.from_status, e.to_status) for e in events] == [
            ("first_review", "张编辑", "submitted", "first_review"),
            ("return", "李主任", "first_review", "returned"),
        ]
        assert events[1].note == "数据待核实" and isinstance(events[0].at, dt.datetime)
        assert editing.load_article(s, aid).version == 3


def test_transition_enforces_the_rules_from_the_stored_history(engine):
    aid = first_id(engine)
    step(engine, aid, Action.FIRST_REVIEW, "张编辑")
    with pytest.raises(WorkflowError, match="两个审级"):
        step(engine, aid, Action.SECOND_REVIEW, "张编辑")
    with pytest.raises(WorkflowError, match="退回"):
        step(engine, aid, Action.RETURN, "李主任")
    with pytest.raises(WorkflowError, match="不能"):
        step(engine, aid, Action.SIGN_OFF, "王总编")
    with Session(engine) as s:
        assert editing.load_article(s, aid).status == Status.FIRST_REVIEW
        assert len(editing.history(s, aid)) == 1
        assert Action.SECOND_REVIEW not in editing.allowed_actions(s, aid, actor="张编辑")
        assert Action.SECOND_REVIEW in editing.allowed_actions(s, aid, actor="李主任")
    # Returned and resubmitted: a new cycle, 张编辑 may do 复审 this time.
    step(engine, aid, Action.RETURN, "李主任", note="重写导语")
    step(engine, aid, Action.SUBMIT, "孙悦")
    step(engine, aid, Action.FIRST_REVIEW, "李主任")
    assert step(engine, aid, Action.SECOND_REVIEW, "张编辑") == Status.SECOND_REVIEW


def test_transition_with_a_stale_version_is_a_conflict(engine):
    aid = first_id(engine)
    with Session(engine) as s, s.begin(), pytest.raises(ConflictError):
        editing.transition(s, aid, Action.FIRST_REVIEW, actor="张编辑", expected_version=7)


def test_the_seed_bulletin_can_be_edited(engine, seed_path):
    from newsroom.importer import import_files

    import_files(engine, [seed_path])
    with Session(engine) as s:
        aid = s.scalar(select(func.max(Article.id)))
    content, version = load(engine, aid)
    content.paragraphs = [p.replace("案列", "案例") for p in content.paragraphs] + ["补记。"]
    assert save(engine, aid, content, version) == version + 1
    assert load(engine, aid)[0].paragraphs[-1] == "补记。"
