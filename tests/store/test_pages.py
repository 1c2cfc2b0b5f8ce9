"""Pages for layout: the plan of an edition, moving copy, and how long a page runs."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from newsroom.importer import import_files
from newsroom.layout.fit import page_fit
from newsroom.layout.stylesheet import default_stylesheet
from newsroom.store import editing, pages
from newsroom.store.db import open_database
from newsroom.workflow import Action


@pytest.fixture
def engine(db_url, seed_path):
    engine = open_database(db_url)
    import_files(engine, [seed_path])
    return engine


def test_plan_lists_pages_and_articles_in_order(engine):
    with Session(engine) as session:
        edition_id, date, _paper = pages.editions(session)[0]
        plan = pages.plan(session, edition_id)
    assert date.isoformat() == "2025-04-01"
    assert [p.number for p in plan] == [1]
    assert len(plan[0].articles) == 10 and plan[0].articles[5].kind == "photo"


def test_moving_an_article_to_a_new_page_keeps_its_version(engine):
    with Session(engine) as session, session.begin():
        edition_id = pages.editions(session)[0][0]
        page_one = pages.plan(session, edition_id)[0]
        second = pages.add_page(session, edition_id, "综合")
        moving = page_one.articles[9].id
        version = editing.load_article(session, moving).version
        pages.place(session, second.id, [moving])
        rest = [a.id for a in page_one.articles if a.id != moving]
        pages.place(session, page_one.id, list(reversed(rest)))
    with Session(engine) as session:
        plan = pages.plan(session, edition_id)
        assert [len(p.articles) for p in plan] == [9, 1]
        assert plan[1].label == "综合" and plan[1].articles[0].id == moving
        assert [a.id for a in plan[0].articles] == list(reversed(rest))
        assert editing.load_article(session, moving).version == version


def test_spiked_copy_is_not_laid_out(engine):
    with Session(engine) as session, session.begin():
        editing.transition(session, 1, Action.SPIKE, actor="编辑")
    with Session(engine) as session:
        page = pages.find_page(session, 1)
        layout = pages.layout_page(session, page.id)
        assert len(layout.articles) == 9
        assert len(pages.plan(session, page.edition_id)[0].articles) == 9


def test_the_seed_overfills_one_a3_page(engine):
    sheet = default_stylesheet()
    with Session(engine) as session:
        layout = pages.layout_page(session, pages.find_page(session, 1).id)
    fit = page_fit(layout.articles, sheet)
    assert fit.chars > 5000
    # The rendered seed page runs onto a second page; the estimate must say so too.
    assert fit.verdict == "over"
    small = page_fit(layout.articles[:2], sheet)
    assert small.verdict == "under" and small.lines < fit.lines
