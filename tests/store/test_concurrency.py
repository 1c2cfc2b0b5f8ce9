"""Two desks on one article: the second save is refused and nobody's text is lost."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
import threading
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store import editing
from newsroom.store.db import open_database
from newsroom.store.editing import ArticleContent, ConflictError
from newsroom.store.models import Article, Revision

ITEM = ParsedItem(
    headline="河西区举办邻里节",
    bylines=[ParsedByline("记者", "孙悦")],
    paragraphs=["近日，河西区举办邻里节。", "居民们欢聚一堂。"],
)


def seed(engine) -> int:
    with Session(engine) as session, session.begin():
        edition = repo.get_edition(session, "本报", dt.date(2025, 4, 18))
        page = repo.add_page(session, edition, 1, [ITEM], source_file="x.txt", source_hash="h")
        return page.articles[0].id


def load(engine, article_id: int) -> tuple[ArticleContent, int]:
    with Session(engine) as session:
        article = editing.load_article(session, article_id)
        return editing.content_of(article), article.version


def save(engine, article_id: int, content: ArticleContent, version: int, author: str) -> int:
    with Session(engine) as session, session.begin():
        saved = editing.save_article(
            session, article_id, content, author=author, expected_version=version
        )
        return saved.version


def revisions(engine, article_id: int) -> list[tuple[str, list[str], int]]:
    with Session(engine) as session:
        return [
            (r.author, r.snapshot["paragraphs"], r.snapshot["version"])
            for r in editing.list_revisions(session, article_id)
        ]


def test_two_desks_the_second_save_is_refused_and_nothing_is_lost(db_url):
    # Two engines: two desks, each with its own connections.
    first_desk, second_desk = open_database(db_url), open_database(db_url)
    article_id = seed(first_desk)
    mine, version = load(first_desk, article_id)
    theirs, their_version = load(second_desk, article_id)
    assert version == their_version == 1

    mine.paragraphs = [*mine.paragraphs, "甲编辑补充的一段。"]
    theirs.paragraphs = ["乙编辑重写的导语。", *theirs.paragraphs[1:]]
    assert save(first_desk, article_id, mine, version, "甲") == 2
    with pytest.raises(ConflictError) as info:
        save(second_desk, article_id, theirs, their_version, "乙")
    assert info.value.current_version == 2

    # The refused text is still the second desk's to keep: reloaded at the new
    # version (after resolving the conflict by hand) it is saved as a revision.
    assert load(second_desk, article_id)[0].paragraphs == mine.paragraphs
    _, current = load(second_desk, article_id)
    assert save(second_desk, article_id, theirs, current, "乙") == 3
    history = revisions(first_desk, article_id)
    assert [(author, version) for author, _, version in history] == [("", 1), ("甲", 2), ("乙", 3)]
    assert history[1][1] == mine.paragraphs and history[2][1] == theirs.paragraphs
    assert load(first_desk, article_id)[0].paragraphs == theirs.paragraphs


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_save_waiting_on_an_uncommitted_one_is_a_conflict(db_url):
    """PostgreSQL: the second UPDATE waits for the first transaction's row lock, then
    finds the version moved on; it must not overwrite the first save."""
    engine = open_database(db_url)
    article_id = seed(engine)
    mine, version = load(engine, article_id)
    theirs, _ = load(engine, article_id)
    mine.headline, theirs.headline = "甲的主题", "乙的主题"
    outcome: list[BaseException | int] = []

    def second_desk() -> None:
        try:
            outcome.append(save(engine, article_id, theirs, version, "乙"))
        except BaseException as exc:  # reported to the test thread
            outcome.append(exc)

    with Session(engine) as session, session.begin():
        editing.save_article(session, article_id, mine, author="甲", expected_version=version)
        waiting = threading.Thread(target=second_desk)
        waiting.start()
        time.sleep(0.3)  # the second desk has read version 1 and waits on the row lock
        assert waiting.is_alive() and not outcome
    waiting.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
    content, version = load(engine, article_id)
    assert (content.headline, version) == ("甲的主题", 2)
    assert [a for a, _, _ in revisions(engine, article_id)] == ["", "甲"]


def _desk(url: str, article_id: int, desk: int, attempts: int, start, results) -> None:
    """One process saving the article again and again, each time from what it loaded."""
    engine = open_database(url)
    rng = random.Random(desk)
    saved: list[tuple[int, str]] = []
    conflicts = 0
    start.wait()
    for attempt in range(attempts):
        content, version = load(engine, article_id)
        content.paragraphs = [f"第{desk}台第{attempt}次保存。", *content.paragraphs[:1]]
        time.sleep(rng.uniform(0, 0.004))  # someone typing
        try:
            new_version = save(engine, article_id, content, version, f"desk{desk}")
        except ConflictError:
            conflicts += 1
        else:
            saved.append((new_version, content.paragraphs[0]))
    engine.dispose()
    results.put((desk, saved, conflicts))


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_four_processes_saving_one_article_lose_nothing(db_url):
    engine = open_database(db_url)
    article_id = seed(engine)
    desks, attempts = 4, 25
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(desks), context.Queue()
    processes = [
        context.Process(target=_desk, args=(db_url, article_id, d, attempts, start, results))
        for d in range(desks)
    ]
    for process in processes:
        process.start()
    reports = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(30)
        assert process.exitcode == 0

    saves = [s for _, saved, _ in reports for s in saved]
    conflicts = sum(c for *_, c in reports)
    assert len(saves) + conflicts == desks * attempts
    assert saves and conflicts  # they did get in each other's way
    # Every successful save got its own version, and the article is the last of them.
    versions = sorted(v for v, _ in saves)
    assert versions == list(range(2, len(saves) + 2))
    last_text = max(saves)[1]
    content, version = load(engine, article_id)
    assert version == len(saves) + 1 and content.paragraphs[0] == last_text
    with Session(engine) as session:
        count = session.scalar(
            select(func.count()).select_from(Revision).where(Revision.article_id == article_id)
        )
        assert count == len(saves) + 1
        assert session.get(Article, article_id).version == version
    kept = {(v, paragraphs[0]) for _, paragraphs, v in revisions(engine, article_id)}
    assert set(saves) <= kept
