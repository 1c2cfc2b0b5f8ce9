"""Plain values the store hands out and the window shows: no SQLAlchemy here, so the
window can import them before the database is opened."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

from newsroom.newscopy import byline_text


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is at the desk: shown in revisions and events, checked by workflow.py."""

    name: str
    role: str | None = None  # None: a single-user desk, where anyone may do anything
    account_id: int | None = None
    # Connected to PostgreSQL as their own login: the database enforces the role.
    database_login: bool = False


@dataclass(slots=True)
class ArticleRow:
    """One line of the article list. The fields without a default are read from the
    article's row (SELECTED_FIELDS); the others are attached from their own tables."""

    id: int
    kind: str
    edition: dt.date | None
    page: int | None
    position: int | None
    kicker: str
    headline: str
    status: str
    chars: int
    updated_at: dt.datetime
    bylines: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    tags: list[str] = field(default_factory=list)
    editing_by: str = ""  # who holds the soft edit lock now

    #: The row's byline (``通讯员 万彤 记者 孙悦``): newsroom.newscopy.byline_text of its pairs.
    byline_text = property(lambda row: byline_text(row.bylines))

    @property
    def people(self) -> list[str]:
        return [name for _, name in self.bylines]


#: What a reader of the list (listing.load_rows, peek.peek) selects for each row, by name and
#: in this order: ArticleRow's fields without a default, which Python keeps first, so a
#: result's values are the row's leading arguments.
SELECTED_FIELDS = tuple(
    f.name for f in fields(ArticleRow) if f.default is MISSING and f.default_factory is MISSING
)


@dataclass
class ArticleContent:
    """What an editor changes in an article: the text, not its place or status."""

    kicker: str = ""
    headline: str = ""
    subheadline: str = ""
    bylines: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    paragraphs: list[str] = field(default_factory=list)

    def normalized(self) -> ArticleContent:
        """As it is stored: fields trimmed, one paragraph a line, no blank paragraphs or
        nameless bylines (a plain-text editor gives blank lines and stray spaces)."""
        paragraphs = [
            line.strip() for p in self.paragraphs for line in p.splitlines() if line.strip()
        ]
        bylines = [(r.strip(), n.strip()) for r, n in self.bylines if n.strip()]
        return ArticleContent(
            self.kicker.strip(),
            self.headline.strip(),
            self.subheadline.strip(),
            bylines,
            paragraphs,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, the same shape as a revision snapshot's text fields."""
        return {
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "bylines": [{"role": r, "name": n} for r, n in self.bylines],
            "paragraphs": list(self.paragraphs),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleContent:
        """From ``to_dict``, a revision snapshot or ``list --json``; bylines as dicts or pairs."""
        bylines = [
            (b.get("role", ""), b.get("name", "")) if isinstance(b, dict) else (b[0], b[1])
            for b in data.get("bylines") or []
        ]
        return cls(
            kicker=data.get("kicker") or "",
            headline=data.get("headline") or "",
            subheadline=data.get("subheadline") or "",
            bylines=bylines,
            paragraphs=list(data.get("paragraphs") or []),
        )


def new_session_key() -> str:
    """Tells this desk's edit locks from another desk's under the same name."""
    return secrets.token_hex(8)


_FIELDS = ("kicker", "headline", "subheadline", "bylines", "paragraphs")


def merge_content(
    base: ArticleContent, mine: ArticleContent, theirs: ArticleContent
) -> tuple[ArticleContent, list[str]]:
    """Someone else's changes to the text I loaded (base), laid under my unsaved ones: each
    field changed on one side only takes that side. Returns the result and the fields both
    sides changed differently (a clash the person must settle; mine is kept there)."""
    merged, clashes = {}, []
    for name in _FIELDS:
        old, own, other = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if own == old or own == other:
            merged[name] = other
        else:
            merged[name] = own
            if other != old:
                clashes.append(name)
    return ArticleContent(**merged), clashes
