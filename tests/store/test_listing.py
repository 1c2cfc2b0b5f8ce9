"""The article list's rows and its search, alike on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store.listing import load_rows, search_text

ITEMS = [
    ParsedItem(headline="增长100%的秘密", paragraphs=["下划线_不是通配符。"]),
    ParsedItem(headline="路径 C:\\稿件", paragraphs=["反斜杠也照原样找。"]),
    ParsedItem(headline="普通稿件", paragraphs=["增长100个百分点。"]),
    ParsedItem(
        kind="photo",
        paragraphs=["海棠盛开，" + "游人如织" * 20],
        bylines=[ParsedByline("摄影", "李博")],
    ),
]


@pytest.fixture
def ids(engine) -> list[int]:
    with Session(engine) as session, session.begin():
        return [a.id for a in repo.add_unplaced(session, ITEMS)]


@pytest.mark.parametrize(
    ("text", "found"),
    [("100%", [0]), ("100", [0, 2]), ("_", [0]), ("C:\\", [1]), ("%", [0]), ("海棠", [3])],
)
def test_search_takes_wildcards_literally(engine, ids, text, found):
    with Session(engine) as session:
        assert search_text(session, text) == {ids[i] for i in found}


def test_a_photo_row_shows_the_start_of_its_caption(engine, ids):
    with Session(engine) as session:
        rows = load_rows(session, [ids[3]])
    assert rows[0].headline == ("海棠盛开，" + "游人如织" * 20)[:40]
    assert rows[0].byline_text == "摄影 李博" and rows[0].position is None
