"""The newsroom's roster of officials (领导干部名录): posts with their dates and protocol rank.

Rows go in and out as ``newsroom.proofing.roster.RosterPost`` (plain values); a file's
rows (``roster_rows``) are checked whole before any is stored, and an import adds new
posts and updates the dates and rank of known ones — it never removes one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsroom.ingest.tables import Table, parse_date
from newsroom.proofing.roster import RosterPost
from newsroom.store.models import RosterEntry

#: Header cells read for each column (English as DESIGN.md names them, or Chinese).
COLUMNS = {
    "name": ("name", "姓名"),
    "post": ("post", "职务"),
    "unit": ("unit", "单位"),
    "since": ("since", "任职时间", "起"),
    "until": ("until", "离任时间", "止"),
    "rank": ("rank", "排序"),
}
#: The lengths of the columns (models.RosterEntry).
_LIMITS = {"name": 50, "post": 100, "unit": 100}


def _plain(row: RosterEntry) -> RosterPost:
    return RosterPost(row.name, row.post, row.unit, row.since, row.until, row.rank)


def list_posts(session: Session) -> list[RosterPost]:
    """Every post, by name, then from the earliest."""
    query = select(RosterEntry).order_by(RosterEntry.name, RosterEntry.since, RosterEntry.id)
    return [_plain(r) for r in session.scalars(query)]


def roster_rows(table: Table) -> list[RosterPost]:
    """The posts of an imported table; IngestError ``FILE:LINE: problem`` for the first bad
    row (nothing is stored then)."""
    index = {key: table.column(names) for key, names in COLUMNS.items()}
    for key in ("name", "post"):
        if index[key] is None:
            raise table.fail(
                1, f"no “{key}” column (columns: name, post, unit, since, until, rank)"
            )
    out: list[RosterPost] = []
    for number, row in zip(table.lines, table.rows, strict=True):
        values = {key: table.cell(row, i) for key, i in index.items()}
        for key, limit in _LIMITS.items():
            if len(values[key]) > limit:
                raise table.fail(number, f"{key} longer than {limit} characters")
        if not values["name"] or not values["post"]:
            raise table.fail(number, "a row needs a name and a post")
        since = parse_date(table, number, values["since"], "since")
        until = parse_date(table, number, values["until"], "until")
        if since and until and until < since:
            raise table.fail(number, f"until ({until}) is before since ({since})")
        rank_text = values["rank"] or "0"
        if not rank_text.isdigit() or len(rank_text) > 6:
            raise table.fail(number, f"rank is not a whole number: {rank_text[:20]}")
        out.append(
            RosterPost(values["name"], values["post"], values["unit"], since, until, int(rank_text))
        )
    return out


def _find(session: Session, p: RosterPost) -> RosterEntry | None:
    query = select(RosterEntry).where(
        RosterEntry.name == p.name, RosterEntry.post == p.post, RosterEntry.unit == p.unit
    )
    query = query.where(
        RosterEntry.since.is_(None) if p.since is None else RosterEntry.since == p.since
    )
    return session.scalars(query).first()


def save_posts(session: Session, posts: Iterable[RosterPost]) -> tuple[int, int]:
    """Add new posts and update the until and rank of known ones (same name, post, unit
    and since); returns (added, updated)."""
    added = updated = 0
    for p in posts:
        row = _find(session, p)
        if row is None:
            session.add(
                RosterEntry(
                    name=p.name, post=p.post, unit=p.unit, since=p.since, until=p.until,
                    rank=p.rank,
                )
            )  # fmt: skip
            added += 1
        elif (row.until, row.rank) != (p.until, p.rank):
            row.until, row.rank = p.until, p.rank
            updated += 1
        session.flush()
    return added, updated


def replace_posts(session: Session, posts: Iterable[RosterPost]) -> None:
    """The whole roster as the editor left it in the dialog."""
    session.execute(delete(RosterEntry))
    save_posts(session, posts)


def export_csv(session: Session) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(COLUMNS))
    for p in list_posts(session):
        writer.writerow([p.name, p.post, p.unit, p.since or "", p.until or "", p.rank or ""])
    return out.getvalue()


def remove_post(session: Session, post: RosterPost) -> None:
    """Remove one post (a mistaken row; a post someone left keeps its row, with until)."""
    row = _find(session, post)
    if row is not None:
        session.delete(row)
        session.flush()
