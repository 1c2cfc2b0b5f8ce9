"""Replace across the archive (批量替换): a preview of every change in context, applied as
one revision per changed article and one record of the operation, and undone as one step.

A literal text is looked up in the full-text index first (only the articles holding it are
read); a regular expression, which no index answers, is tried on every article the filters
allow. Matching is exact — case and width as written — inside the headline lines and each
body paragraph; bylines are people, changed by renaming or merging them, not here.

Signed-off and laid-out copy is left alone unless the chief editor (or a single-user desk)
asks for it: signed-off copy then goes back to 终审 with the workflow's amendment, as any
change after 签发 does; laid-out copy stays read-only wherever the workflow says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, undefer

from newsroom import searching, workflow
from newsroom.store import editing
from newsroom.store.models import Article, ReplaceChange, ReplaceOperation, Revision, utcnow
from newsroom.store.search import SearchFilters, filtered_ids, matching_ids
from newsroom.store.values import ArticleContent, Identity
from newsroom.workflow import Role, Status, WorkflowError

#: Characters of context on each side of a change in the preview.
CONTEXT = 16
#: The fields a replace touches, in reading order; the body is one entry per paragraph.
FIELDS = ("kicker", "headline", "subheadline", "body")
SIGNED = (Status.SIGNED_OFF, Status.LAID_OUT)
#: What the revision and the workflow note say.
NOTE = "批量替换 #{id}：{old} → {new}"
UNDO_NOTE = "撤销批量替换 #{id}"


@dataclass
class Change:
    """One occurrence to replace, with its context; ``key`` identifies it for ticking."""

    article_id: int
    field: str
    paragraph: int
    start: int
    end: int
    old: str
    new: str
    before: str
    after: str

    @property
    def key(self) -> tuple[int, str, int, int]:
        return (self.article_id, self.field, self.paragraph, self.start)

    def to_dict(self) -> dict:
        return {
            "field": self.field,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "old": self.old,
            "new": self.new,
            "before": self.before,
            "after": self.after,
        }


@dataclass
class ArticlePlan:
    """An article with occurrences: its changes, or why it is left alone."""

    article_id: int
    headline: str
    status: str
    version: int
    changes: list[Change] = field(default_factory=list)
    left_alone: str = ""  # why the article is not changed ("" when it is)

    def to_dict(self) -> dict:
        return {
            "id": self.article_id,
            "headline": self.headline,
            "status": self.status,
            "left_alone": self.left_alone,
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass
class Preview:
    """Every change a replace would make, article by article."""

    old: str
    new: str
    regex: bool
    filters: SearchFilters
    include_signed: bool
    articles: list[ArticlePlan] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        return [c for a in self.articles if not a.left_alone for c in a.changes]


@dataclass
class Applied:
    """What a replace did: the operation's number, articles and occurrences changed."""

    operation_id: int
    articles: int
    replacements: int


def require_desk(identity: Identity | None, include_signed: bool = False) -> None:
    """Only the desk replaces across the archive; only the chief editor touches signed copy."""
    if identity is None:
        return
    if identity.role not in (Role.EDITOR, Role.CHIEF_EDITOR):
        raise WorkflowError("只有编辑和总编可以批量替换")
    if include_signed and identity.role != Role.CHIEF_EDITOR:
        raise WorkflowError("只有总编可以替换已签发、已排版的稿件")


def compile_pattern(old: str, regex: bool) -> re.Pattern:
    """The pattern to look for; ValueError with one line for an empty or broken one."""
    if not old:
        raise ValueError("nothing to replace: OLD is empty")
    if not regex:
        return re.compile(re.escape(old))
    try:
        pattern = re.compile(old)
    except re.error as exc:
        raise ValueError(f"not a regular expression ({exc})") from None
    if pattern.search(""):
        raise ValueError("the regular expression matches empty text: it would replace everywhere")
    return pattern


def _candidates(session, old, regex, filters, identity) -> list[int]:
    if not regex:
        tokens, prefix = searching.query_tokens(old)
        if tokens:
            query = searching.Query([searching.Term(old, tokens, prefix)])
            found = matching_ids(session, query, filters, limit=None, identity=identity)
            return sorted(i for i, _ in found)
    return filtered_ids(session, filters, identity=identity)


def preview(
    session: Session,
    old: str,
    new: str,
    *,
    regex: bool = False,
    filters: SearchFilters | None = None,
    include_signed: bool = False,
    identity: Identity | None = None,
) -> Preview:
    """Every occurrence of OLD the filters allow, with the text it would become.

    Raises ValueError for an empty or broken pattern or replacement, WorkflowError when the
    identity may not replace (or not in signed-off copy).
    """
    require_desk(identity, include_signed)
    filters = filters or SearchFilters()
    pattern = compile_pattern(old, regex)
    result = Preview(old, new, regex, filters, include_signed)
    for article in _load(session, _candidates(session, old, regex, filters, identity)):
        plan = ArticlePlan(article.id, article.headline, article.status, article.version)
        for name, paragraph, text in _texts(editing.content_of(article)):
            plan.changes += _occurrences(pattern, new, regex, article.id, name, paragraph, text)
        if not plan.changes:
            continue
        plan.left_alone = _why_left_alone(article, include_signed, identity)
        result.articles.append(plan)
    return result


def _load(session: Session, ids: list[int], chunk: int = 500):
    """The articles with body and bylines, a few hundred per query, in id order."""
    for i in range(0, len(ids), chunk):
        query = (
            select(Article)
            .where(Article.id.in_(ids[i : i + chunk]))
            .options(undefer(Article.body), selectinload(Article.bylines))
            .order_by(Article.id)
        )
        yield from session.scalars(query)


def _texts(content: ArticleContent):
    yield "kicker", 0, content.kicker
    yield "headline", 0, content.headline
    yield "subheadline", 0, content.subheadline
    for i, paragraph in enumerate(content.paragraphs):
        yield "body", i, paragraph


def _occurrences(pattern, new, regex, article_id, name, paragraph, text) -> list[Change]:
    changes = []
    for match in pattern.finditer(text):
        try:
            replacement = match.expand(new) if regex else new
        except (re.error, IndexError) as exc:
            raise ValueError(f"replacement {new!r}: {exc}") from None
        changes.append(
            Change(
                article_id,
                name,
                paragraph,
                match.start(),
                match.end(),
                match.group(0),
                replacement,
                text[max(0, match.start() - CONTEXT) : match.start()],
                text[match.end() : match.end() + CONTEXT],
            )
        )
    return changes


def _why_left_alone(article, include_signed: bool, identity: Identity | None) -> str:
    if article.status in SIGNED and not include_signed:
        return f"{workflow.status_label(article.status)}：未勾选“包括已签发稿件”"
    role, account = (identity.role, identity.account_id) if identity else (None, None)
    if not workflow.can_edit(role, account, article.owner_id, article.status):
        return f"{workflow.status_label(article.status)}：不能修改"
    return ""


def _replaced(content: ArticleContent, changes: list[Change]) -> ArticleContent:
    texts = {(n, p): t for n, p, t in _texts(content)}
    for change in sorted(changes, key=lambda c: c.start, reverse=True):
        where = (change.field, change.paragraph)
        text = texts[where]
        texts[where] = text[: change.start] + change.new + text[change.end :]
    return ArticleContent(
        kicker=texts[("kicker", 0)],
        headline=texts[("headline", 0)],
        subheadline=texts[("subheadline", 0)],
        bylines=list(content.bylines),
        paragraphs=[texts[("body", i)] for i in range(len(content.paragraphs))],
    )


def apply(
    session: Session,
    plan: Preview,
    *,
    author: str,
    selected: set[tuple] | None = None,
    identity: Identity | None = None,
) -> Applied:
    """Make the previewed changes (those ``selected`` by key, or all): one revision per
    changed article, its author the person, and one record of the whole operation.

    An article saved by someone since the preview raises editing.ConflictError and the
    unit of work changes nothing.
    """
    require_desk(identity, plan.include_signed)
    operation = ReplaceOperation(
        actor=author,
        old=plan.old,
        new=plan.new,
        regex=plan.regex,
        filters={**plan.filters.to_dict(), "include_signed": plan.include_signed},
    )
    session.add(operation)
    session.flush()
    note = NOTE.format(id=operation.id, old=_short(plan.old), new=_short(plan.new))
    articles = replacements = 0
    for article_plan in plan.articles:
        if article_plan.left_alone:
            continue
        chosen = [c for c in article_plan.changes if selected is None or c.key in selected]
        if not chosen:
            continue
        article = editing.load_article(session, article_plan.article_id)
        if article.version != article_plan.version:
            raise editing.ConflictError(article.id, article.version)
        before = editing.content_of(article)
        saved = editing.save_article(
            session,
            article.id,
            _replaced(before, chosen),
            author=author,
            expected_version=article_plan.version,
            note=note,
            identity=identity,
        )
        revision_id = _last_revision(session, article.id)
        amend = workflow.amendment(saved.status)
        if amend is not None:
            saved = editing.transition(
                session, article.id, amend, actor=author, note=note, identity=identity
            )
        session.add(
            ReplaceChange(
                operation=operation,
                article_id=article.id,
                revision_id=revision_id,
                replacements=len(chosen),
                version_after=saved.version,
                before=before.to_dict(),
            )
        )
        articles += 1
        replacements += len(chosen)
    session.flush()
    return Applied(operation.id, articles, replacements)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _last_revision(session: Session, article_id: int) -> int | None:
    return session.scalar(select(func.max(Revision.id)).where(Revision.article_id == article_id))


def undo(
    session: Session, operation_id: int, *, author: str, identity: Identity | None = None
) -> Applied:
    """Put back the text every article of the operation had before it, as new revisions.

    All or nothing: an article saved since the replace raises ValueError naming it (its
    history still holds both versions); an operation undone already is refused too.
    """
    require_desk(identity)
    operation = session.get(ReplaceOperation, operation_id)
    if operation is None:
        raise LookupError(f"replace #{operation_id}: no such replace")
    if operation.undone_at is not None:
        raise ValueError(f"replace #{operation_id}: undone already ({operation.undone_by})")
    require_desk(identity, bool(operation.filters.get("include_signed")))
    changed_since = []
    for change in operation.changes:
        article = editing.load_article(session, change.article_id)
        if article.version != change.version_after:
            changed_since.append(str(change.article_id))
    if changed_since:
        raise ValueError(
            f"replace #{operation_id}: article {', '.join(changed_since)} saved since; "
            "restore them from their history instead"
        )
    note = UNDO_NOTE.format(id=operation_id)
    count = 0
    for change in operation.changes:
        # Copy the replace sent back to 终审 stays there: the chief editor signs it again.
        editing.save_article(
            session,
            change.article_id,
            ArticleContent.from_dict(change.before),
            author=author,
            expected_version=change.version_after,
            note=note,
            identity=identity,
        )
        count += change.replacements
    operation.undone_at = utcnow()
    operation.undone_by = author
    session.flush()
    return Applied(operation_id, len(operation.changes), count)


@dataclass
class OperationRow:
    """A replace in the list of past ones."""

    id: int
    actor: str
    old: str
    new: str
    articles: int
    created_at: object
    undone: bool


def list_operations(session: Session, limit: int = 50) -> list[OperationRow]:
    """The newest replaces first, with how many articles each changed."""
    count = (
        select(func.count(ReplaceChange.id))
        .where(ReplaceChange.operation_id == ReplaceOperation.id)
        .scalar_subquery()
    )
    query = select(ReplaceOperation, count).order_by(ReplaceOperation.id.desc()).limit(limit)
    return [
        OperationRow(o.id, o.actor, o.old, o.new, n, o.created_at, o.undone_at is not None)
        for o, n in session.execute(query)
    ]
