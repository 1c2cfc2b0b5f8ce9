"""Plain results of parsing copy: what a file says, before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ItemKind = Literal["article", "photo"]

#: Byline role given to the photographer of a photo item (``李博 摄``).
PHOTO_ROLE = "摄影"


@dataclass(frozen=True, slots=True)
class ParsedByline:
    """One person named in a byline: ``通讯员 万彤`` → role 通讯员, name 万彤."""

    role: str
    name: str


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
