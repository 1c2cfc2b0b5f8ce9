"""What the 审校签字单 of a page lists: each article, its three reviews and its three
proofreading passes with names and times, and the findings the last pass left open."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsroom import workflow
from newsroom.layout.sign_sheet import SignRow, SignSheet
from newsroom.store.editing import history
from newsroom.store.models import Article, Edition, Page
from newsroom.store.proofpass import passes

#: The reviews and sign-off of the current cycle, in the order the form prints them.
STEPS = (
    workflow.Action.FIRST_REVIEW,
    workflow.Action.SECOND_REVIEW,
    workflow.Action.FINAL_REVIEW,
    workflow.Action.SIGN_OFF,
)


def sign_sheet(session: Session, number: int, date: dt.date | None = None) -> SignSheet | None:
    """The form of page ``number`` of the edition of ``date`` (else the newest); None when
    there is no such page."""
    query = select(Page).join(Edition).where(Page.number == number)
    query = query.where(Edition.date == date) if date else query.order_by(Edition.date.desc())
    page = session.scalars(query).first()
    if page is None:
        return None
    articles = session.scalars(
        select(Article).where(Article.page_id == page.id).order_by(Article.position, Article.id)
    )
    rows = []
    for article in articles:
        if article.kind != "article":
            continue
        events = workflow.current_cycle(history(session, article.id))
        signed = {}
        for event in events:
            if event.action in STEPS:
                signed[event.action] = (event.actor, event.at)
        done = passes(session, article.id)
        rows.append(
            SignRow(
                article.id,
                article.headline or "（无标题）",
                [signed.get(step) for step in STEPS],
                [(p.proofreader, p.at) for p in done],
                done[-1].open if done else None,
            )
        )
    return SignSheet(page.edition.paper_name, page.edition.date, page.number, page.label, rows)
