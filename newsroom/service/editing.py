"""The editing part of the service: what the window's desk does to one article at a time.

Opening, saving (signed-off copy goes back to 终审 in the same unit of work), the
headline from the list, keeping a version that was not saved, moving copy through the
workflow, new and copied articles, restoring a revision, soft edit locks, and what tells
a desk that the newsroom changed. Plain values out; failures as ServiceErrors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsroom import workflow
from newsroom.lazy import lazy
from newsroom.store.values import ArticleContent

if TYPE_CHECKING:
    from newsroom.service.newsroom import Newsroom

editing = lazy("newsroom.store.editing")
listing = lazy("newsroom.store.listing")
store_accounts = lazy("newsroom.store.accounts")

#: The workflow note of a save that took signed-off copy back to 终审.
AMEND_NOTE = "签发后修改了稿件，须重新签发"


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    """An article as the editor opens it: its text and where it stands."""

    content: ArticleContent
    version: int
    status: str
    kind: str
    owner_id: int | None


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    """One saved state of an article, as the history pane lists and compares it."""

    id: int
    article_id: int
    author: str
    created_at: dt.datetime
    note: str
    snapshot: dict[str, Any]


class Editing:
    """One article at a time, as the person at the desk may change it."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    @property
    def _identity(self):
        return self._newsroom.identity

    # --- reading ----------------------------------------------------------------------
    def load(self, article_id: int) -> LoadedArticle:
        with self._newsroom.reading() as session:
            article = editing.load_article(session, article_id)
            return LoadedArticle(
                editing.content_of(article),
                article.version,
                article.status,
                article.kind,
                article.owner_id,
            )

    def stamp(self, article_id: int) -> tuple | None:
        """Changes whenever anyone changes the article (text, bylines, status, place,
        tags); None when it is gone or no longer visible here."""
        with self._newsroom.reading() as session:
            return editing.article_stamp(session, article_id)

    def history(self, article_id: int) -> list[workflow.Event]:
        with self._newsroom.reading() as session:
            return editing.history(session, article_id)

    def revisions(self, article_id: int) -> list[RevisionRecord]:
        with self._newsroom.reading() as session:
            return [
                RevisionRecord(r.id, r.article_id, r.author, r.created_at, r.note, r.snapshot)
                for r in editing.list_revisions(session, article_id)
            ]

    def change_stamp(self) -> tuple:
        """Something that changes when any article is added, saved, moved on or tagged."""
        with self._newsroom.reading() as session:
            return listing.change_stamp(session)

    def inbox_count(self) -> int:
        """Submitted copy waiting for 初审."""
        with self._newsroom.reading() as session:
            return listing.inbox_count(session)

    # --- changing ---------------------------------------------------------------------
    def _amended(self, session, article, actor: str):
        """The article after its text changed: signed-off copy goes back to 终审 with the
        workflow's amendment, in the same unit of work (whichever way the text changed)."""
        amend = workflow.amendment(article.status)
        if amend is None:
            return article
        return editing.transition(
            session, article.id, amend, actor=actor, note=AMEND_NOTE, identity=self._identity
        )

    def save(self, article_id: int, content: ArticleContent, version: int, *, author: str) -> int:
        """Save over ``version``; the new version. ``Conflict`` when someone saved since."""
        with self._newsroom.writing() as session:
            article = editing.save_article(
                session,
                article_id,
                content,
                author=author,
                expected_version=version,
                identity=self._identity,
            )
            return self._amended(session, article, author).version

    def set_headline(self, article_id: int, headline: str, *, author: str) -> None:
        with self._newsroom.writing() as session:
            version = editing.load_article(session, article_id).version
            article = editing.set_headline(
                session,
                article_id,
                headline,
                author=author,
                expected_version=version,
                identity=self._identity,
            )
            self._amended(session, article, author)

    def keep_unsaved(
        self, article_id: int, content: ArticleContent, *, author: str, note: str
    ) -> None:
        """Store a version that was not saved over the article as a revision of its own."""
        with self._newsroom.writing() as session:
            editing.keep_unsaved_version(session, article_id, content, author=author, note=note)

    def transition(self, article_id: int, action: str, *, actor: str, note: str = "") -> str:
        with self._newsroom.writing() as session:
            article = editing.transition(
                session, article_id, action, actor=actor, note=note, identity=self._identity
            )
            return article.status

    def create(self, content: ArticleContent, *, author: str) -> int:
        with self._newsroom.writing() as session:
            return editing.create_article(
                session, content, author=author, identity=self._identity
            ).id

    def duplicate(self, article_id: int, *, author: str) -> int:
        with self._newsroom.writing() as session:
            return editing.duplicate_article(
                session, article_id, author=author, identity=self._identity
            ).id

    def delete(self, article_id: int) -> None:
        with self._newsroom.writing() as session:
            editing.delete_article(session, article_id, identity=self._identity)

    def restore(self, revision_id: int, version: int, *, author: str) -> tuple[int, int]:
        """Restore a revision over ``version``: (article id, new version)."""
        with self._newsroom.writing() as session:
            article = editing.restore_revision(
                session,
                revision_id,
                author=author,
                expected_version=version,
                identity=self._identity,
            )
            article = self._amended(session, article, author)
            return article.id, article.version

    # --- soft locks -------------------------------------------------------------------
    def take_lock(self, article_id: int, holder: str, key: str) -> str:
        """Hold the article as being edited; who else holds it now, or ""."""
        with self._newsroom.writing() as session:
            return store_accounts.take_lock(session, article_id, holder, key) or ""

    def release_lock(self, article_id: int, key: str) -> None:
        with self._newsroom.writing() as session:
            store_accounts.release_lock(session, article_id, key)
