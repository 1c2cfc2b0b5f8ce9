"""The newsroom's own vocabulary of copy, written once for every layer that speaks it.

A byline is people in roles (``■ 记者 孙悦 通讯员 高洁``); a photo item credits its
photographer in the role 摄影; an article reads as its headline lines and then its
paragraphs. The importer, the store, the revision diff, the DOCX and HTML writers, the
bylines editor and the proofreader all import these from here instead of keeping copies
that drift apart. Plain Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "BYLINE_MARK",
    "EDITOR_ROLES",
    "PHOTO_ROLE",
    "ROLE_WORDS",
    "Byline",
    "article_text",
    "byline_groups",
    "byline_text",
]

#: Byline role given to the photographer of a photo item (``李博 摄``).
PHOTO_ROLE = "摄影"
#: Opens a byline paragraph on a page: ``■ 通讯员 万彤``; the draft importer reads it back.
BYLINE_MARK = "■"

_ROLE_WORDS = "本报记者 本报通讯员 本报特约记者 本报实习生 特约记者 特约通讯员 见习记者"
_ROLE_WORDS += " 实习记者 摄影记者 首席记者 融媒体记者 全媒体记者 记者 通讯员 实习生 摄影"
_ROLE_WORDS += " 摄像 撰文 撰稿 供稿"
#: Roles that may open a byline, longest first so that 本报记者 wins over 记者 in a pattern.
ROLE_WORDS: tuple[str, ...] = tuple(sorted(_ROLE_WORDS.split(), key=len, reverse=True))
#: The roles an editor picks from for a byline row, commonest first; "" is no role.
EDITOR_ROLES: tuple[str, ...] = (
    "通讯员",
    "记者",
    "本报记者",
    "特约记者",
    "见习记者",
    "实习生",
    PHOTO_ROLE,
    "编辑",
    "",
)


@dataclass(frozen=True, slots=True)
class Byline:
    """One person named in a byline: ``通讯员 万彤`` → role 通讯员, name 万彤."""

    role: str
    name: str


def _pair(byline: Any) -> tuple[str, str]:
    """(role, name) of a Byline, a ``{"role", "name"}`` dict, a pair, or a stored byline
    (which names its ``person``)."""
    if isinstance(byline, dict):
        return byline.get("role") or "", byline.get("name") or ""
    if isinstance(byline, tuple | list):
        return byline[0], byline[1]
    person = getattr(byline, "person", None)
    return byline.role, person.name if person is not None else byline.name


def byline_groups(bylines: Iterable[Any]) -> list[str]:
    """``["记者 孙悦", "通讯员 高洁 王芳"]``: each run of one role said once, before its names.

    Takes Bylines, ``{"role", "name"}`` dicts (revision snapshots), (role, name) pairs
    (the article list's rows) or stored bylines (role and ``person.name``).
    """
    groups: list[list[str]] = []
    last_role: str | None = None
    for byline in bylines:
        role, name = (part.strip() for part in _pair(byline))
        if role != last_role or not groups:
            last_role = role
            groups.append([role] if role else [])
        if name:
            groups[-1].append(name)
    return [" ".join(group) for group in groups if group]


def byline_text(bylines: Iterable[Any]) -> str:
    """``记者 孙悦 通讯员 高洁 王芳``: the byline as one line, each role said once.

    The printed page puts BYLINE_MARK before it (``■ 记者 孙悦 …``).
    """
    return " ".join(byline_groups(bylines))


def article_text(kicker: str, headline: str, subheadline: str, paragraphs: Iterable[str]) -> str:
    """The article as the proofreader reads it: its headline lines, then one paragraph a line."""
    return "\n".join([line for line in (kicker, headline, subheadline) if line] + list(paragraphs))
