"""The desk: the window's one gateway to the store and its application-wide signals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from newsroom import workflow
from newsroom.service import Conflict, Newsroom, ServiceError
from newsroom.service.editing import AMEND_NOTE, LoadedArticle, RevisionRecord
from newsroom.settings import Settings
from newsroom.store.location import describe_url
from newsroom.store.values import ArticleContent, ArticleRow, Identity, new_session_key
from newsroom.workflow import Role

if TYPE_CHECKING:
    from newsroom.service.people import PersonRow

__all__ = ["AMEND_NOTE", "Desk", "DeskConflict", "DeskError", "LoadedArticle"]


def desk_lock_key() -> str:
    """This desk's key for edit locks, the same after a restart: a lock left by a crash of
    this desk is its own and taken over, never shown as someone else editing."""
    from PySide6.QtCore import QSettings

    store = QSettings()
    key = str(store.value("desk/lock_key", "") or "")
    if not key:
        key = new_session_key()
        store.setValue("desk/lock_key", key)
    return key


class DeskError(Exception):
    """Something the person must be told in one line: a conflict, a refused transition."""


class DeskConflict(DeskError):
    """Someone saved the article since it was loaded: the window offers a choice."""


class Desk(QObject):
    """The window's hub: every change goes through the newsroom's service
    (``newsroom.service``) and is announced by a signal.

    Widgets never hold a Session: they ask the desk, get plain values back, and listen to
    its signals.
    """

    article_saved = Signal(int)  # an article's content, status or history changed
    articles_changed = Signal()  # articles added or removed: the list reloads
    people_changed = Signal()
    database_changed = Signal()
    #: Another desk changed the newsroom (a notification or the poll saw it): open copy
    #: checks whether it is among the changes.
    changed_elsewhere = Signal()

    def __init__(
        self,
        engine: Any,
        settings: Settings,
        parent: QObject | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        # An engine, or the URL of an SQLite newsroom to open on first use: the window
        # shows its first rows (store/peek.py) before SQLAlchemy is even loaded.
        self._engine = None if isinstance(engine, str) else engine
        self._url = engine if isinstance(engine, str) else ""
        self.settings = settings
        #: Who logged in to a shared newsroom; None on a single-user desk.
        self.identity = identity
        self._desk_key = desk_lock_key()

    # --- the database -------------------------------------------------------
    @property
    def engine(self):
        if self._engine is None:
            self._engine = Newsroom.open(self._url, create=True).engine
        return self._engine

    @property
    def newsroom(self) -> Newsroom:
        """The service for this database and the person at it (asked anew each time: the
        window may switch databases or log someone else in)."""
        return Newsroom(self.engine, self.identity)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def url(self) -> str:
        """The database's URL as shown to people (no password)."""
        return str(self._engine.url) if self._engine is not None else self._url

    @property
    def database_name(self) -> str:
        if self._engine is None:
            return describe_url(self._url)
        return describe_url(self._engine.url.render_as_string(hide_password=False))

    def switch_engine(self, engine, identity: Identity | None) -> None:
        """Work on another database, as the person who logged in to it."""
        old, self._engine, self.identity = self._engine, engine, identity
        if old is not None:
            old.dispose()
        self.database_changed.emit()
        self.articles_changed.emit()

    @property
    def user(self) -> str:
        return self.identity.name if self.identity else self.settings.user_name

    @property
    def role(self) -> str | None:
        return self.identity.role if self.identity else None

    @property
    def correspondent_id(self) -> int | None:
        """The account of a correspondent at this desk (whose copy is their own), else None."""
        if self.identity and self.identity.role == Role.CORRESPONDENT:
            return self.identity.account_id
        return None

    def can_edit(self, status: str, owner_id: int | None) -> bool:
        if self.identity is None:
            return True
        return workflow.can_edit(self.identity.role, self.identity.account_id, owner_id, status)

    # --- reading ------------------------------------------------------------
    def rows(
        self, ids: Sequence[int] | None = None, *, offset: int = 0, limit: int | None = None
    ) -> list[ArticleRow]:
        return self.newsroom.articles.rows(ids, offset=offset, limit=limit)

    def search(self, text: str) -> set[int]:
        return self.newsroom.articles.search(text)

    def load(self, article_id: int) -> LoadedArticle:
        """The article's content, version, status, kind and owner."""
        return self._ask(lambda: self.newsroom.editing.load(article_id))

    def article_stamp(self, article_id: int) -> tuple | None:
        """Changes whenever anyone changes the article (text, bylines, status, place, tags);
        None when it is gone."""
        return self.newsroom.editing.stamp(article_id)

    def history(self, article_id: int) -> list[workflow.Event]:
        return self.newsroom.editing.history(article_id)

    def allowed_actions(self, article_id: int, status: str) -> list[workflow.Action]:
        return workflow.allowed_actions(status, self.history(article_id), self.user, self.role)

    def revisions(self, article_id: int) -> list[RevisionRecord]:
        return self.newsroom.editing.revisions(article_id)

    def people(self) -> list[PersonRow]:
        return self.newsroom.people.list()

    def person_names(self) -> list[str]:
        return self.newsroom.people.names()

    def change_stamp(self) -> tuple:
        """Something that changes when any article is added, saved or moves on."""
        return self.newsroom.editing.change_stamp()

    def inbox_count(self) -> int:
        """Submitted copy waiting for 初审."""
        return self.newsroom.editing.inbox_count()

    def last_author(self, article_id: int) -> str:
        revisions = self.revisions(article_id)
        return revisions[-1].author if revisions else ""

    # --- changing -----------------------------------------------------------
    @staticmethod
    def _ask(work):
        """Run one service call; its refusals become a DeskError in the window's words."""
        try:
            return work()
        except Conflict as exc:
            raise DeskConflict(str(exc)) from exc
        except ServiceError as exc:
            from newsroom.ui.messages import desk_message

            line = str(exc).strip().splitlines()[0] if str(exc) else type(exc).__name__
            raise DeskError(desk_message(line)) from exc

    def _change(self, work, *, announce: int | None = None, reload: bool = False):
        result = self._ask(work)
        if announce is not None:
            self.article_saved.emit(announce)
        if reload:
            self.articles_changed.emit()
        return result

    def save(self, article_id: int, content: ArticleContent, version: int) -> int:
        """Save; returns the new version. Raises DeskConflict when someone saved meanwhile.

        Saving signed-off copy also records the workflow's amendment (签发后改稿, back to
        终审) in the same unit of work: the text never changes after 签发 unrecorded.
        """
        return self._change(
            lambda: self.newsroom.editing.save(article_id, content, version, author=self.user),
            announce=article_id,
        )

    @property
    def _lock_key(self) -> str:
        """This desk and the person at it: two people at one machine are two holders."""
        import hashlib

        return hashlib.sha256(f"{self._desk_key}\0{self.user}".encode()).hexdigest()[:32]

    def take_lock(self, article_id: int) -> str:
        """Hold the article as being edited here; returns who else holds it now, or ""."""
        try:
            return self.newsroom.editing.take_lock(article_id, self.user or "?", self._lock_key)
        except ServiceError:
            return ""  # a lock is a courtesy: never stop editing for it

    def release_lock(self, article_id: int) -> None:
        try:
            self.newsroom.editing.release_lock(article_id, self._lock_key)
        except ServiceError:
            pass

    def keep_unsaved(self, article_id: int, content: ArticleContent, note: str) -> None:
        """Store a version that was not saved over the article as a revision of its own."""
        self._change(
            lambda: self.newsroom.editing.keep_unsaved(
                article_id, content, author=self.user, note=note
            ),
            announce=article_id,
        )

    def set_headline(self, article_id: int, headline: str) -> None:
        self._change(
            lambda: self.newsroom.editing.set_headline(article_id, headline, author=self.user),
            announce=article_id,
        )

    def transition(self, article_id: int, action: str, note: str = "") -> str:
        return self._change(
            lambda: self.newsroom.editing.transition(
                article_id, action, actor=self.user, note=note
            ),
            announce=article_id,
        )

    def create(self, content: ArticleContent) -> int:
        return self._change(
            lambda: self.newsroom.editing.create(content, author=self.user), reload=True
        )

    def duplicate(self, article_id: int) -> int:
        return self._change(
            lambda: self.newsroom.editing.duplicate(article_id, author=self.user), reload=True
        )

    def delete(self, article_id: int) -> None:
        self._change(lambda: self.newsroom.editing.delete(article_id), reload=True)

    def restore(self, revision_id: int, version: int) -> int:
        article_id, new_version = self._change(
            lambda: self.newsroom.editing.restore(revision_id, version, author=self.user)
        )
        self.article_saved.emit(article_id)
        return new_version

    def update_person(self, person_id: int, **fields: str) -> None:
        self._change(lambda: self.newsroom.people.update(person_id, **fields))
        self.people_changed.emit()
        self.articles_changed.emit()

    def merge_people(self, keep_id: int, merge_id: int) -> None:
        self._change(lambda: self.newsroom.people.merge(keep_id, merge_id))
        self.people_changed.emit()
        self.articles_changed.emit()
