"""The desk: the window's one gateway to the store and its application-wide signals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from newsroom import workflow
from newsroom.lazy import lazy
from newsroom.settings import Settings
from newsroom.store.location import describe_url
from newsroom.store.values import ArticleContent, ArticleRow, Identity, new_session_key
from newsroom.workflow import Role

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from newsroom.store.models import Revision
    from newsroom.store.people import PersonRow

# Loaded when the desk first reads or writes, after the window is on screen.
sa = lazy("sqlalchemy")
orm = lazy("sqlalchemy.orm")
db = lazy("newsroom.store.db")
accounts = lazy("newsroom.store.accounts")
editing = lazy("newsroom.store.editing")
listing = lazy("newsroom.store.listing")
people = lazy("newsroom.store.people")


#: The workflow note of a save that took signed-off copy back to 终审.
AMEND_NOTE = "签发后修改了稿件，须重新签发"


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
    """Short units of work on the store; every change is announced by a signal.

    Widgets never hold a Session: they ask the desk, get plain values back,
    and listen to its signals (the application-wide hub).
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
        engine: Engine | str,
        settings: Settings,
        parent: QObject | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        # An engine, or the URL of an SQLite newsroom to open on first use: the window
        # shows its first rows (store/peek.py) before SQLAlchemy is even loaded.
        self._engine: Engine | None = None if isinstance(engine, str) else engine
        self._url = engine if isinstance(engine, str) else ""
        self.settings = settings
        #: Who logged in to a shared newsroom; None on a single-user desk.
        self.identity = identity
        self.last_owner_id: int | None = None
        self._desk_key = desk_lock_key()

    # --- the database -------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = db.open_database(self._url)
        return self._engine

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

    def switch_engine(self, engine: Engine) -> None:
        old, self._engine = self._engine, engine
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
        return self._owner_filter

    @property
    def _owner_filter(self) -> int | None:
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
        with orm.Session(self.engine) as session:
            return listing.load_rows(session, ids, offset=offset, limit=limit, viewer=self.identity)

    def search(self, text: str) -> set[int]:
        with orm.Session(self.engine) as session:
            return listing.search_text(session, text)

    def load(self, article_id: int) -> tuple[ArticleContent, int, str, str]:
        """Content, version, status and kind of an article."""
        with orm.Session(self.engine) as session:
            article = editing.load_article(session, article_id)
            self.last_owner_id = article.owner_id
            return editing.content_of(article), article.version, article.status, article.kind

    def article_stamp(self, article_id: int) -> tuple | None:
        """Changes whenever anyone changes the article (text, bylines, status, place, tags);
        None when it is gone."""
        with orm.Session(self.engine) as session:
            return editing.article_stamp(session, article_id)

    def history(self, article_id: int) -> list[workflow.Event]:
        with orm.Session(self.engine) as session:
            return editing.history(session, article_id)

    def allowed_actions(self, article_id: int, status: str) -> list[workflow.Action]:
        return workflow.allowed_actions(status, self.history(article_id), self.user, self.role)

    def revisions(self, article_id: int) -> list[Revision]:
        with orm.Session(self.engine, expire_on_commit=False) as session:
            revisions = editing.list_revisions(session, article_id)
            session.expunge_all()
            return revisions

    def people(self) -> list[PersonRow]:
        with orm.Session(self.engine) as session:
            return people.list_people(session)

    def person_names(self) -> list[str]:
        with orm.Session(self.engine) as session:
            return people.person_names(session)

    # --- changing -----------------------------------------------------------
    def _change(self, work, *, announce: int | None = None, reload: bool = False):
        try:
            with orm.Session(self.engine, expire_on_commit=False) as session, session.begin():
                result = work(session)
        except editing.ConflictError as exc:
            raise DeskConflict(str(exc)) from exc
        except (workflow.WorkflowError, LookupError, ValueError) as exc:
            from newsroom.ui.messages import desk_message

            line = str(exc).strip().splitlines()[0] if str(exc) else type(exc).__name__
            raise DeskError(desk_message(line)) from exc
        if announce is not None:
            self.article_saved.emit(announce)
        if reload:
            self.articles_changed.emit()
        return result

    def save(self, article_id: int, content: ArticleContent, version: int) -> int:
        """Save; returns the new version. Raises DeskError on a conflict.

        Saving signed-off copy also records the workflow's amendment (签发后改稿, back to
        终审) in the same unit of work: the text never changes after 签发 unrecorded.
        """

        def work(session):
            article = editing.save_article(
                session,
                article_id,
                content,
                author=self.user,
                expected_version=version,
                identity=self.identity,
            )
            return self._amended(session, article)

        return self._change(work, announce=article_id).version

    def _amended(self, session, article):
        """The article after its text changed: signed-off copy goes back to 终审 with the
        workflow's amendment, in the same unit of work (whichever way the text changed)."""
        amend = workflow.amendment(article.status)
        if amend is None:
            return article
        return editing.transition(
            session, article.id, amend, actor=self.user, note=AMEND_NOTE, identity=self.identity
        )

    @property
    def _lock_key(self) -> str:
        """This desk and the person at it: two people at one machine are two holders."""
        import hashlib

        return hashlib.sha256(f"{self._desk_key}\0{self.user}".encode()).hexdigest()[:32]

    def take_lock(self, article_id: int) -> str:
        """Hold the article as being edited here; returns who else holds it now, or ""."""
        try:
            with orm.Session(self.engine) as session, session.begin():
                return (
                    accounts.take_lock(session, article_id, self.user or "?", self._lock_key) or ""
                )
        except sa.exc.SQLAlchemyError:
            return ""  # a lock is a courtesy: never stop editing for it

    def release_lock(self, article_id: int) -> None:
        try:
            with orm.Session(self.engine) as session, session.begin():
                accounts.release_lock(session, article_id, self._lock_key)
        except sa.exc.SQLAlchemyError:
            pass

    def change_stamp(self) -> tuple:
        """Something that changes when any article is added, saved or moves on."""
        with orm.Session(self.engine) as session:
            return listing.change_stamp(session)

    def inbox_count(self) -> int:
        """Submitted copy waiting for 初审."""
        with orm.Session(self.engine) as session:
            return listing.inbox_count(session)

    def keep_unsaved(self, article_id: int, content: ArticleContent, note: str) -> None:
        """Store a version that was not saved over the article as a revision of its own."""
        self._change(
            lambda s: editing.keep_unsaved_version(
                s, article_id, content, author=self.user, note=note
            ),
            announce=article_id,
        )

    def last_author(self, article_id: int) -> str:
        revisions = self.revisions(article_id)
        return revisions[-1].author if revisions else ""

    def set_headline(self, article_id: int, headline: str) -> None:
        def work(session):
            version = editing.load_article(session, article_id).version
            article = editing.set_headline(
                session,
                article_id,
                headline,
                author=self.user,
                expected_version=version,
                identity=self.identity,
            )
            return self._amended(session, article)

        self._change(work, announce=article_id)

    def transition(self, article_id: int, action: str, note: str = "") -> str:
        article = self._change(
            lambda s: editing.transition(
                s, article_id, action, actor=self.user, note=note, identity=self.identity
            ),
            announce=article_id,
        )
        return article.status

    def create(self, content: ArticleContent) -> int:
        article = self._change(
            lambda s: editing.create_article(s, content, author=self.user, identity=self.identity),
            reload=True,
        )
        return article.id

    def duplicate(self, article_id: int) -> int:
        article = self._change(
            lambda s: editing.duplicate_article(
                s, article_id, author=self.user, identity=self.identity
            ),
            reload=True,
        )
        return article.id

    def delete(self, article_id: int) -> None:
        self._change(
            lambda s: editing.delete_article(s, article_id, identity=self.identity), reload=True
        )

    def restore(self, revision_id: int, version: int) -> int:
        def work(session):
            article = editing.restore_revision(
                session,
                revision_id,
                author=self.user,
                expected_version=version,
                identity=self.identity,
            )
            return self._amended(session, article)

        article = self._change(work)
        self.article_saved.emit(article.id)
        return article.version

    def update_person(self, person_id: int, **fields: str) -> None:
        self._change(lambda s: people.update_person(s, person_id, **fields))
        self.people_changed.emit()
        self.articles_changed.emit()

    def merge_people(self, keep_id: int, merge_id: int) -> None:
        self._change(lambda s: people.merge_people(s, keep_id, merge_id))
        self.people_changed.emit()
        self.articles_changed.emit()
