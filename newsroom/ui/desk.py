"""The desk: the window's one gateway to the store and its application-wide signals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from newsroom import workflow
from newsroom.settings import Settings
from newsroom.store import editing, people
from newsroom.store.db import describe_url
from newsroom.store.listing import ArticleRow, load_rows, search_text
from newsroom.store.models import Revision


class DeskError(Exception):
    """Something the person must be told in one line: a conflict, a refused transition."""


class Desk(QObject):
    """Short units of work on the store; every change is announced by a signal.

    Widgets never hold a Session: they ask the desk, get plain values back,
    and listen to its signals (the application-wide hub).
    """

    article_saved = Signal(int)  # an article's content, status or history changed
    articles_changed = Signal()  # articles added or removed: the list reloads
    people_changed = Signal()
    database_changed = Signal()

    def __init__(self, engine: Engine, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.settings = settings

    # --- the database -------------------------------------------------------
    @property
    def database_name(self) -> str:
        return describe_url(self.engine.url.render_as_string(hide_password=False))

    def switch_engine(self, engine: Engine) -> None:
        old, self.engine = self.engine, engine
        old.dispose()
        self.database_changed.emit()
        self.articles_changed.emit()

    @property
    def user(self) -> str:
        return self.settings.user_name

    # --- reading ------------------------------------------------------------
    def rows(
        self, ids: Sequence[int] | None = None, *, offset: int = 0, limit: int | None = None
    ) -> list[ArticleRow]:
        with Session(self.engine) as session:
            return load_rows(session, ids, offset=offset, limit=limit)

    def search(self, text: str) -> set[int]:
        with Session(self.engine) as session:
            return search_text(session, text)

    def load(self, article_id: int) -> tuple[editing.ArticleContent, int, str, str]:
        """Content, version, status and kind of an article."""
        with Session(self.engine) as session:
            article = editing.load_article(session, article_id)
            return editing.content_of(article), article.version, article.status, article.kind

    def history(self, article_id: int) -> list[workflow.Event]:
        with Session(self.engine) as session:
            return editing.history(session, article_id)

    def allowed_actions(self, article_id: int, status: str) -> list[workflow.Action]:
        return workflow.allowed_actions(status, self.history(article_id), self.user)

    def revisions(self, article_id: int) -> list[Revision]:
        with Session(self.engine, expire_on_commit=False) as session:
            revisions = editing.list_revisions(session, article_id)
            session.expunge_all()
            return revisions

    def people(self) -> list[people.PersonRow]:
        with Session(self.engine) as session:
            return people.list_people(session)

    def person_names(self) -> list[str]:
        with Session(self.engine) as session:
            return people.person_names(session)

    # --- changing -----------------------------------------------------------
    def _change(self, work, *, announce: int | None = None, reload: bool = False):
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                result = work(session)
        except (editing.ConflictError, workflow.WorkflowError, LookupError, ValueError) as exc:
            raise DeskError(
                str(exc).strip().splitlines()[0] if str(exc) else type(exc).__name__
            ) from exc
        if announce is not None:
            self.article_saved.emit(announce)
        if reload:
            self.articles_changed.emit()
        return result

    def save(self, article_id: int, content: editing.ArticleContent, version: int) -> int:
        """Save; returns the new version. Raises DeskError on a conflict."""
        article = self._change(
            lambda s: editing.save_article(
                s, article_id, content, author=self.user, expected_version=version
            ),
            announce=article_id,
        )
        return article.version

    def set_headline(self, article_id: int, headline: str) -> None:
        def work(session):
            version = editing.load_article(session, article_id).version
            editing.set_headline(
                session, article_id, headline, author=self.user, expected_version=version
            )

        self._change(work, announce=article_id)

    def transition(self, article_id: int, action: str, note: str = "") -> str:
        article = self._change(
            lambda s: editing.transition(s, article_id, action, actor=self.user, note=note),
            announce=article_id,
        )
        return article.status

    def create(self, content: editing.ArticleContent) -> int:
        article = self._change(
            lambda s: editing.create_article(s, content, author=self.user), reload=True
        )
        return article.id

    def duplicate(self, article_id: int) -> int:
        article = self._change(
            lambda s: editing.duplicate_article(s, article_id, author=self.user), reload=True
        )
        return article.id

    def delete(self, article_id: int) -> None:
        self._change(lambda s: editing.delete_article(s, article_id), reload=True)

    def restore(self, revision_id: int, version: int) -> int:
        def work(session):
            return editing.restore_revision(
                session, revision_id, author=self.user, expected_version=version
            )

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
