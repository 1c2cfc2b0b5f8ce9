"""Plain results of parsing copy: what a file says, before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsroom.newscopy import PHOTO_ROLE, Byline

__all__ = [
    "PHOTO_ROLE",
    "IngestError",
    "ItemKind",
    "ParsedAttachment",
    "ParsedByline",
    "ParsedItem",
]

ItemKind = Literal["article", "photo"]

#: A byline as a file says it: the newsroom's one Byline (newsroom.newscopy).
ParsedByline = Byline


@dataclass(frozen=True, slots=True)
class ParsedAttachment:
    """A file that came with a draft, such as a photo embedded in a Word document."""

    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class ParsedItem:
    """One article or photo item as found in a bulletin or draft, in reading order."""

    kind: ItemKind = "article"
    kicker: str = ""
    headline: str = ""
    subheadline: str = ""
    bylines: list[ParsedByline] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    attachments: list[ParsedAttachment] = field(default_factory=list)


class IngestError(Exception):
    """Copy that cannot be read: the message is one line naming the problem."""
