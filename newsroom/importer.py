"""Importing copy files into the store: all files parsed first, then one transaction."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.draft import looks_like_bulletin, parse_draft, read_draft
from newsroom.ingest.encoding import read_text_file
from newsroom.ingest.model import IngestError, ParsedItem
from newsroom.store import articles as repo
from newsroom.store.accounts import connected_as
from newsroom.workflow import IMPORTED_STATUS, Role, Status

_DATE_IN_NAME = re.compile(
    r"(?<!\d)(20\d{2})[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?(?!\d)"
)


WORD_SUFFIXES = (".docx", ".docm", ".dotx")
OTHER_WORD_SUFFIXES = (".doc", ".wps", ".rtf", ".odt", ".pages")


class ImportCancelled(Exception):
    """The person cancelled; nothing was stored."""


@dataclass(slots=True)
class LoadedCopy:
    """A file read and parsed, not yet stored.

    A bulletin (or an exported page) is a page's copy; a correspondent's draft is
    one article that waits at the desk without a page.
    """

    path: Path
    items: list[ParsedItem]
    source_hash: str
    is_page: bool = True


@dataclass(slots=True)
class ImportedPage:
    """What one file became: a page of an edition, or (a draft) articles without a page."""

    path: Path
    edition_date: dt.date | None
    page_number: int | None
    items: int
    duplicate: bool = False  # already stored: nothing new was added
    article_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class ImportReport:
    pages: list[ImportedPage] = field(default_factory=list)

    @property
    def added_items(self) -> int:
        return sum(p.items for p in self.pages if not p.duplicate)


def edition_date_for(path: Path, today: dt.date | None = None) -> dt.date:
    """The edition a file belongs to: a date in its name (``…-2025-04-18``), else today."""
    match = _DATE_IN_NAME.search(path.stem)
    if match:
        year, month, day = match.groups()
        try:
            return dt.date(int(year), int(month), int(day or 1))
        except ValueError:
            pass
    return today or dt.date.today()


def load_copy(path: str | Path) -> LoadedCopy:
    """Read and parse one file (.txt bulletin or draft, .docx draft or page).

    Raises IngestError naming the file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES or suffix in OTHER_WORD_SUFFIXES:
        items = read_draft(path)  # refuses .doc/.wps/… with a one-line reason
        content = "\x1e".join(repo.item_hash(item) for item in items)
        source_hash = repo.text_hash(content)
        is_page = len(items) > 1
    else:
        text = read_text_file(path)
        is_page = looks_like_bulletin(text)
        items = parse_bulletin(text) if is_page else [parse_draft(text)]
        source_hash = repo.text_hash(text)
    items = [item for item in items if item.headline or item.paragraphs or item.kicker]
    if not items:
        raise IngestError(f"{path}: no articles found in the file")
    return LoadedCopy(path=path, items=items, source_hash=source_hash, is_page=is_page)


def load_copies(
    paths: Sequence[str | Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[LoadedCopy]:
    """Read and parse every file before anything is stored."""
    loaded: list[LoadedCopy] = []
    for done, path in enumerate(paths, start=1):
        if cancelled and cancelled():
            raise ImportCancelled()
        loaded.append(load_copy(path))
        if progress:
            progress(done, len(paths))
    return loaded


def store_copies(
    engine: Engine,
    copies: Sequence[LoadedCopy],
    *,
    page: int | None = None,
    edition_date: dt.date | None = None,
    paper_name: str = "本报",
    author: str = "",
    owner_id: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Store parsed files, each as one page, in one transaction: all or nothing.

    A file stored before is reported as a duplicate and not added again. With an owner
    (a correspondent importing) every file becomes that person's drafts on no page, and
    only their own copy counts as stored before.
    """
    for attempt in (1, 2):
        try:
            return _store_all(
                engine, copies, page, edition_date, paper_name, author, owner_id, cancelled
            )
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            # Another desk stored copy at the same moment (the same page number, the same
            # file, SQLite's write lock): once more, now seeing theirs; then say the
            # newsroom was busy.
            collided = isinstance(exc, IntegrityError) or (
                isinstance(exc, OperationalError) and "locked" in reason
            )
            if not collided:
                raise IngestError(
                    f"import: cannot store the copy ({reason}); nothing was stored"
                ) from None
            if attempt == 2:
                raise IngestError(
                    f"import: the newsroom was busy (another import stored copy at the same "
                    f"time: {reason}); nothing was stored, try again"
                ) from None
    raise AssertionError("unreachable")


def _store_all(
    engine: Engine,
    copies: Sequence[LoadedCopy],
    page: int | None,
    edition_date: dt.date | None,
    paper_name: str,
    author: str,
    owner_id: int | None,
    cancelled: Callable[[], bool] | None,
) -> ImportReport:
    report = ImportReport()
    with Session(engine, expire_on_commit=False) as session, session.begin():
        if owner_id is None:
            # A correspondent connected as their own PostgreSQL login (the window's import
            # too) brings in their own drafts, whoever called.
            identity, _owner = connected_as(session)
            if identity is not None and identity.role == Role.CORRESPONDENT:
                owner_id = identity.account_id
        people = repo.PeopleCache(session)
        pages_so_far = 0
        for copy in copies:
            if cancelled and cancelled():
                raise ImportCancelled()
            if owner_id is not None:
                stored = _store_draft(session, copy, people, author, owner_id)
            else:
                index = pages_so_far
                pages_so_far += copy.is_page
                stored = _store_one(
                    session, copy, people, page, edition_date, paper_name, index, author
                )
            report.pages.append(stored)
    return report


def import_files(engine: Engine, paths: Sequence[str | Path], **options) -> ImportReport:
    """Read, parse and store files; raises IngestError or ImportCancelled, storing nothing."""
    progress = options.pop("progress", None)
    cancelled = options.get("cancelled")
    copies = load_copies(paths, progress=progress, cancelled=cancelled)
    return store_copies(engine, copies, **options)


def _store_one(
    session: Session,
    copy: LoadedCopy,
    people: repo.PeopleCache,
    page: int | None,
    edition_date: dt.date | None,
    paper_name: str,
    index: int,
    author: str = "",
) -> ImportedPage:
    if not copy.is_page:
        return _store_draft(session, copy, people, author)
    # Pages added earlier in this batch are flushed, so the same file twice is caught too.
    existing = repo.find_page_by_hash(session, copy.source_hash)
    if existing is not None:
        return ImportedPage(
            copy.path, existing.edition.date, existing.number, len(copy.items), duplicate=True
        )
    date = edition_date or edition_date_for(copy.path)
    edition = repo.get_edition(session, paper_name, date)
    number = page + index if page is not None else repo.next_page_number(session, edition)
    if repo.find_page(session, edition, number) is not None:
        raise IngestError(
            f"{copy.path}: page {number} of the {date.isoformat()} edition already has copy"
        )
    stored = repo.add_page(
        session,
        edition,
        number,
        copy.items,
        people=people,
        author=author,
        source_file=str(copy.path),
        source_hash=copy.source_hash,
    )
    return ImportedPage(
        copy.path, date, number, len(copy.items), article_ids=[a.id for a in stored.articles]
    )


def _store_draft(
    session: Session,
    copy: LoadedCopy,
    people: repo.PeopleCache,
    author: str,
    owner_id: int | None = None,
) -> ImportedPage:
    """A correspondent's draft: an article at the desk, on no page until layout places it.

    Their own import stays a draft (草稿) of theirs until they submit it.
    """
    hashes = [repo.item_hash(i) for i in copy.items]
    existing = repo.find_articles_by_hash(session, hashes, owner_id)
    if existing:
        return ImportedPage(
            copy.path, None, None, len(copy.items), duplicate=True, article_ids=existing
        )
    added = repo.add_unplaced(
        session,
        copy.items,
        people=people,
        author=author,
        source_file=str(copy.path),
        owner_id=owner_id,
        status=Status.DRAFT if owner_id is not None else IMPORTED_STATUS,
    )
    return ImportedPage(copy.path, None, None, len(added), article_ids=[a.id for a in added])
