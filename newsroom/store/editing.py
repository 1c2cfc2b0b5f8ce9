"""Editing articles at the desk: saves with revisions, conflicts, workflow steps, restores."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, object_session, selectinload, undefer
from sqlalchemy.orm.exc import StaleDataError

from newsroom import workflow
from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store.articles import PeopleCache, item_hash, new_article, snapshot
from newsroom.store.models import (
    Account,
    Article,
    ArticleTag,
    Byline,
    Page,
    Revision,
    WorkflowEvent,
)
from newsroom.store.values import ArticleContent, Identity
from newsroom.textstats import count_chars
from newsroom.workflow import Status, WorkflowError

#: Revision notes the desk writes itself.
NEW_NOTE = "新建"
HEADLINE_NOTE = "修改主题"


class ConflictError(Exception):
    """Someone saved the article since it was loaded; saving now would lose their work."""

    def __init__(self, article_id: int, current_version: int | None) -> None:
        self.article_id = article_id
        self.current_version = current_version
        super().__init__(f"稿件 #{article_id} 已被他人修改，请重新载入后再改")


def load_article(session: Session, article_id: int) -> Article:
    """The article with body and bylines, as the database has it now."""
    article = session.scalar(
        select(Article)
        .where(Article.id == article_id)
        .options(undefer(Article.body), selectinload(Article.bylines))
        # The session may hold an older copy; the version check needs the stored one.
        .execution_options(populate_existing=True)
    )
    if article is None:
        raise LookupError(f"稿件 #{article_id} 不存在")
    return article


def article_stamp(session: Session, article_id: int) -> tuple | None:
    """What changes when anyone changes the article: its version (text, bylines, status and
    place all move it on) and its tags. None when it is gone or no longer visible here."""
    version = session.execute(
        select(Article.version, Article.status).where(Article.id == article_id)
    ).one_or_none()
    if version is None:
        return None
    tags = session.scalars(
        select(ArticleTag.tag_id)
        .where(ArticleTag.article_id == article_id)
        .order_by(ArticleTag.tag_id)
    )
    return (*version, tuple(tags))


def content_of(article: Article) -> ArticleContent:
    return ArticleContent(
        kicker=article.kicker,
        headline=article.headline,
        subheadline=article.subheadline,
        bylines=[(b.role, b.person.name) for b in article.bylines],
        paragraphs=article.paragraphs,
    )


def content_hash(kind: str, content: ArticleContent) -> str:
    """The same hash an imported item gets, so equal copy hashes alike however it came in."""
    return item_hash(_parsed(kind, content))


def _parsed(kind: str, content: ArticleContent) -> ParsedItem:
    return ParsedItem(
        kind="photo" if kind == "photo" else "article",
        kicker=content.kicker,
        headline=content.headline,
        subheadline=content.subheadline,
        bylines=[ParsedByline(role, name) for role, name in content.bylines],
        paragraphs=list(content.paragraphs),
    )


def require_view(article: Article, identity: Identity | None) -> None:
    if identity is not None and not workflow.can_view(
        identity.role, identity.account_id, article.owner_id
    ):
        raise WorkflowError("这篇稿件不属于您")
    if identity is not None and article.status == Status.DRAFT and _private_draft(article):
        if article.owner_id != identity.account_id:
            raise WorkflowError("这是通讯员尚未提交的草稿")


def _private_draft(article: Article) -> bool:
    """A correspondent's draft: theirs alone until they submit it (store/listing.visible_to)."""
    if article.owner_id is None:
        return False
    session = object_session(article)
    role = session.scalar(select(Account.role).where(Account.id == article.owner_id))
    return role == workflow.Role.CORRESPONDENT


def require_edit(article: Article, identity: Identity | None) -> None:
    """The one check before any change of an article's text (rules in workflow.py)."""
    if identity is None:
        return
    require_view(article, identity)
    if not workflow.can_edit(identity.role, identity.account_id, article.owner_id, article.status):
        raise WorkflowError(f"稿件处于“{workflow.status_label(article.status)}”状态，您不能修改")


def require_role_may_write(identity: Identity | None) -> None:
    if identity is not None and not workflow.can_edit(
        identity.role, identity.account_id, identity.account_id, Status.DRAFT
    ):
        raise WorkflowError("您的角色不能撰写稿件")


def keep_unsaved_version(
    session: Session, article_id: int, content: ArticleContent, *, author: str, note: str
) -> Revision:
    """Keep a version that was not saved over the article (the other side of a conflict)
    as a revision of its own, so that nothing anyone wrote is lost."""
    article = load_article(session, article_id)
    new = content.normalized()
    data = snapshot(article)
    data.update(
        kicker=new.kicker,
        headline=new.headline,
        subheadline=new.subheadline,
        bylines=[{"role": r, "name": n} for r, n in new.bylines],
        paragraphs=list(new.paragraphs),
        chars=count_chars(new.paragraphs),
        unapplied=True,
    )
    revision = Revision(article=article, author=author, note=note, snapshot=data)
    session.add(revision)
    session.flush()
    return revision


def _check_version(article: Article, expected_version: int | None) -> None:
    if expected_version is not None and article.version != expected_version:
        raise ConflictError(article.id, article.version)


def _flush(session: Session, article: Article) -> None:
    """Flush; a row changed under us by another session is a conflict, not a crash."""
    article_id = article.id  # read now: after a failed flush, attributes cannot load
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(article_id, None) from None


def _record(session: Session, article: Article, author: str, note: str) -> None:
    session.add(Revision(article=article, author=author, note=note, snapshot=snapshot(article)))
    session.flush()


def save_article(
    session: Session,
    article_id: int,
    content: ArticleContent,
    *,
    author: str,
    expected_version: int,
    note: str = "",
    identity: Identity | None = None,
) -> Article:
    """Store the editor's content as a new revision; nothing when nothing changed.

    Raises ConflictError when the article was saved by someone since ``expected_version``,
    WorkflowError when the identity may not change this article now.
    """
    article = load_article(session, article_id)
    require_edit(article, identity)
    _check_version(article, expected_version)
    new = content.normalized()
    old = content_of(article)
    if new == old:
        return article
    article.kicker, article.headline, article.subheadline = (
        new.kicker,
        new.headline,
        new.subheadline,
    )
    article.paragraphs = new.paragraphs
    if new.bylines != old.bylines:
        people = PeopleCache(session)
        article.bylines = [
            Byline(person=people.get(name, role), role=role, order=i)
            for i, (role, name) in enumerate(new.bylines)
        ]
    article.chars = count_chars(new.paragraphs)
    # The hash covers bylines too, so the article row changes and its version moves on
    # even when only a byline (a row of its own) was edited.
    article.content_hash = content_hash(article.kind, new)
    _flush(session, article)
    _record(session, article, author, note)
    from newsroom.store.learning import learn_from_save

    learn_from_save(session, _plain_text(old), _plain_text(new), identity)
    return article


def _plain_text(content: ArticleContent) -> str:
    """Headline lines and paragraphs, one a line: the text the proofreader reads."""
    lines = (content.kicker, content.headline, content.subheadline)
    return "\n".join([line for line in lines if line] + list(content.paragraphs))


def set_headline(
    session: Session,
    article_id: int,
    headline: str,
    *,
    author: str,
    expected_version: int,
    identity: Identity | None = None,
) -> Article:
    """An inline edit of the headline in the article list: a save like any other."""
    content = content_of(load_article(session, article_id))
    content.headline = headline
    return save_article(
        session,
        article_id,
        content,
        author=author,
        expected_version=expected_version,
        note=HEADLINE_NOTE,
        identity=identity,
    )


def _place_on_page(session: Session, article: Article, page_id: int, position: int | None) -> None:
    page = session.get(Page, page_id)
    if page is None:
        raise LookupError(f"版面 #{page_id} 不存在")
    if position is None:
        highest = session.scalar(
            select(func.max(Article.position)).where(Article.page_id == page_id)
        )
        position = (highest or 0) + 1
    else:
        # Make room: reading order has one article per place. The versions stay: moving
        # an article down the page is not a save that an open editor must reload for.
        session.execute(
            update(Article)
            .where(Article.page_id == page_id, Article.position >= position)
            .values(position=Article.position + 1)
            .execution_options(synchronize_session="fetch")
        )
    article.page = page
    article.position = position


def create_article(
    session: Session,
    content: ArticleContent,
    *,
    author: str,
    page_id: int | None = None,
    position: int | None = None,
    identity: Identity | None = None,
) -> Article:
    """A new draft, optionally placed on a page (at the end unless a position is given).

    A correspondent's new draft is theirs: only they (and the desk) see it.
    """
    require_role_may_write(identity)
    content = content.normalized()
    article = new_article(_parsed("article", content), PeopleCache(session), status=Status.DRAFT)
    article.owner_id = identity.account_id if identity else None
    article.events = []
    article.page = None
    if page_id is not None:
        with session.no_autoflush:  # the half-built article must not be flushed yet
            _place_on_page(session, article, page_id, position)
    session.add(article)
    session.flush()
    _record(session, article, author, NEW_NOTE)
    return article


def duplicate_article(
    session: Session, article_id: int, *, author: str, identity: Identity | None = None
) -> Article:
    """A copy of the article's text and tags as a new draft that is on no page."""
    source = load_article(session, article_id)
    require_view(source, identity)
    require_role_may_write(identity)
    content = content_of(source)
    tags = [t.tag for t in source.tags]  # loaded before the half-built copy exists
    copy = new_article(_parsed(source.kind, content), PeopleCache(session), status=Status.DRAFT)
    copy.tags = [ArticleTag(tag=tag) for tag in tags]
    copy.events = []
    copy.page = None
    copy.owner_id = identity.account_id if identity else None
    session.add(copy)
    session.flush()
    _record(session, copy, author, f"复制自 #{source.id}")
    return copy


def delete_article(session: Session, article_id: int, *, identity: Identity | None = None) -> None:
    """Delete for good, with its revisions and events; only spiked copy may go."""
    article = load_article(session, article_id)
    refusal = workflow.can_delete(identity.role if identity else None, article.status)
    if refusal:
        raise WorkflowError(refusal)
    session.delete(article)
    session.flush()


def _events_query(article_id: int):
    return (
        select(WorkflowEvent)
        .where(WorkflowEvent.article_id == article_id)
        .order_by(WorkflowEvent.id)
    )


def _as_events(rows: Iterable[WorkflowEvent]) -> list[workflow.Event]:
    return [
        workflow.Event(
            action=e.action,
            actor=e.actor,
            at=e.created_at,
            note=e.note,
            from_status=e.from_status,
            to_status=e.to_status,
        )
        for e in rows
    ]


def history(session: Session, article_id: int) -> list[workflow.Event]:
    """The article's workflow steps, oldest first."""
    return _as_events(session.scalars(_events_query(article_id)))


def allowed_actions(
    session: Session, article_id: int, *, actor: str, role: str | None = None
) -> list[workflow.Action]:
    """The buttons to show for this article and this user."""
    article = session.get(Article, article_id)
    if article is None:
        raise LookupError(f"稿件 #{article_id} 不存在")
    return workflow.allowed_actions(article.status, history(session, article_id), actor, role)


def transition(
    session: Session,
    article_id: int,
    action: str | workflow.Action,
    *,
    actor: str,
    note: str = "",
    expected_version: int | None = None,
    role: str | None = None,
    identity: Identity | None = None,
) -> Article:
    """Move the article on by one workflow action, checked against its stored history.

    A person connected to PostgreSQL as their own login moves it through the database's
    newsroom_transition, which applies the same rules and writes the event itself.
    """
    article = load_article(session, article_id)
    if identity is not None:
        require_view(article, identity)
        role = identity.role
        if identity.database_login:
            return _transition_in_database(session, article, action, note, expected_version)
    _check_version(article, expected_version)
    previous = article.status
    target = workflow.check(previous, action, history(session, article_id), actor, note, role)
    if str(action) == workflow.Action.SIGN_OFF:
        from newsroom.store.proofpass import sign_off_refusal

        refusal = sign_off_refusal(session, article_id)
        if refusal:
            raise WorkflowError(refusal)
    session.add(
        WorkflowEvent(
            article=article,
            action=str(workflow.Action(action)),
            from_status=previous,
            to_status=str(target),
            actor=actor.strip(),
            note=note.strip(),
        )
    )
    article.status = str(target)  # an UPDATE of the row: the version moves on
    _flush(session, article)
    return article


def _transition_in_database(
    session: Session,
    article: Article,
    action: str | workflow.Action,
    note: str,
    expected_version: int | None,
) -> Article:
    from newsroom.store import pg_security

    article_id = article.id
    try:
        pg_security.call(
            session,
            "SELECT newsroom_transition(:a, :act, :note, :v)",
            {"a": article_id, "act": str(action), "note": note, "v": expected_version},
        )
    except pg_security.Refused as refused:
        if refused.state == pg_security.CONFLICT:
            raise ConflictError(article_id, None) from None
        if refused.state == pg_security.NOT_FOUND:
            raise LookupError(str(refused)) from None
        raise WorkflowError(str(refused)) from None
    return load_article(session, article_id)


def list_revisions(session: Session, article_id: int) -> list[Revision]:
    """The article's revisions, oldest first."""
    query = select(Revision).where(Revision.article_id == article_id).order_by(Revision.id)
    return list(session.scalars(query))


def revision_number(session: Session, revision: Revision) -> int:
    """1-based place of the revision in its article's history, as the history pane shows it."""
    return (
        session.scalar(
            select(func.count()).where(
                Revision.article_id == revision.article_id, Revision.id <= revision.id
            )
        )
        or 0
    )


def restore_revision(
    session: Session,
    revision_id: int,
    *,
    author: str,
    expected_version: int,
    identity: Identity | None = None,
) -> Article:
    """Bring back a revision's text as a new revision; status, page and tags stay as they are."""
    revision = session.get(Revision, revision_id)
    if revision is None:
        raise LookupError(f"修订 #{revision_id} 不存在")
    content = ArticleContent.from_dict(revision.snapshot)
    note = f"恢复到修订 #{revision_number(session, revision)}"
    return save_article(
        session,
        revision.article_id,
        content,
        author=author,
        expected_version=expected_version,
        note=note,
        identity=identity,
    )
