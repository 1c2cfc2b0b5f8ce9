"""Plain input of the DOCX export: pages of articles, with no database or Qt in sight."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

from newsroom.newscopy import Byline

__all__ = ["LayoutArticle", "LayoutByline", "LayoutPage"]

#: One person in a byline: role 通讯员, name 万彤; role 摄影 (PHOTO_ROLE) for a photographer.
LayoutByline = Byline


@dataclass(slots=True)
class LayoutArticle:
    """An article or photo item in reading order; images are (filename, data) pairs."""

    kind: Literal["article", "photo"] | str = "article"
    kicker: str = ""
    headline: str = ""
    subheadline: str = ""
    bylines: list[LayoutByline] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    images: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(slots=True)
class LayoutPage:
    """One page of an edition: 版次 ``number`` and its label (要闻, 综合 …)."""

    paper_name: str
    date: datetime.date
    number: int
    label: str = ""
    articles: list[LayoutArticle] = field(default_factory=list)
