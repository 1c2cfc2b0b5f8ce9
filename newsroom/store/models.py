"""The newsroom's records: editions, pages, articles, people, bylines, tags, revisions, rules."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, relationship

# Named constraints keep Alembic's batch migrations on SQLite and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Edition(Base):
    """One issue of the paper (期)."""

    __tablename__ = "edition"
    __table_args__ = (UniqueConstraint("paper_name", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    paper_name: Mapped[str] = mapped_column(String(100))
    date: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    pages: Mapped[list[Page]] = relationship(
        back_populates="edition", order_by="Page.number", cascade="all, delete-orphan"
    )


class Page(Base):
    """A numbered page (版) of an edition; a bulletin file is one page's copy."""

    __tablename__ = "page"
    __table_args__ = (UniqueConstraint("edition_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("edition.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(50), default="")
    source_file: Mapped[str] = mapped_column(String(1000), default="")
    source_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    edition: Mapped[Edition] = relationship(back_populates="pages")
    articles: Mapped[list[Article]] = relationship(
        back_populates="page", order_by="Article.position"
    )


class Person(Base):
    """A correspondent, reporter or photographer: one row across all their articles."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    default_role: Mapped[str] = mapped_column(String(50), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    # How the newsroom reaches them, and how a mailed draft is matched to them. Deferred:
    # on PostgreSQL a correspondent may not read other people's addresses (pg_security).
    # (The server default lets migration 0008 add them in place, without copying person.)
    email: Mapped[str] = deferred(
        mapped_column(String(254), default="", server_default="", index=True, nullable=False)
    )
    phone: Mapped[str] = deferred(
        mapped_column(String(50), default="", server_default="", nullable=False)
    )

    bylines: Mapped[list[Byline]] = relationship(back_populates="person")


class Article(Base):
    """A piece of copy (稿件) or a photo item (图片新闻)."""

    __tablename__ = "article"
    __table_args__ = (Index("ix_article_page_position", "page_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="article")
    kicker: Mapped[str] = mapped_column(String(500), default="")
    headline: Mapped[str] = mapped_column(String(500), default="")
    subheadline: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    page_id: Mapped[int | None] = mapped_column(
        ForeignKey("page.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int | None] = mapped_column(Integer)
    # The account whose draft this is (a correspondent's seat); None for desk copy.
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), index=True
    )
    chars: Mapped[int] = mapped_column(Integer, default=0)
    source_file: Mapped[str] = mapped_column(String(1000), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic concurrency: an UPDATE over a changed row raises StaleDataError.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Paragraphs joined by "\n"; deferred so that a list of many articles does not
    # load every body, and the last column so that SQLite reads list columns
    # without walking the body's overflow pages.
    body: Mapped[str] = deferred(mapped_column(Text, default="", nullable=False))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    page: Mapped[Page | None] = relationship(back_populates="articles")
    bylines: Mapped[list[Byline]] = relationship(
        back_populates="article", order_by="Byline.order", cascade="all, delete-orphan"
    )
    tags: Mapped[list[ArticleTag]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    # Revisions and events are append-only: a deleted article's go by the database's own
    # ON DELETE CASCADE (passive_deletes), never by a DELETE the desk sends.
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="article",
        order_by="Revision.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    events: Mapped[list[WorkflowEvent]] = relationship(
        back_populates="article",
        order_by="WorkflowEvent.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="article", order_by="Attachment.id", cascade="all, delete-orphan"
    )

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n") if self.body else []

    @paragraphs.setter
    def paragraphs(self, value: list[str]) -> None:
        self.body = "\n".join(value)


class Byline(Base):
    """A person named on an article in a role (通讯员, 记者, 摄影 …), in order."""

    __tablename__ = "byline"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(50), default="")
    order: Mapped[int] = mapped_column(Integer, default=0)

    article: Mapped[Article] = relationship(back_populates="bylines")
    person: Mapped[Person] = relationship(back_populates="bylines", lazy="joined")


class Tag(Base):
    """A term of the newsroom's vocabulary."""

    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("name", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="topic")  # topic/place/org/person

    articles: Mapped[list[ArticleTag]] = relationship(
        back_populates="tag", cascade="all, delete-orphan"
    )
    aliases: Mapped[list[TagAlias]] = relationship(
        back_populates="tag", order_by="TagAlias.alias", cascade="all, delete-orphan"
    )


class ArticleTag(Base):
    """A tag given to an article."""

    __tablename__ = "article_tag"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    article: Mapped[Article] = relationship(back_populates="tags")
    tag: Mapped[Tag] = relationship(back_populates="articles", lazy="joined")


class Revision(Base):
    """A saved state of an article: who, when, and the full snapshot as it was."""

    __tablename__ = "revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(String(500), default="")
    snapshot: Mapped[dict] = mapped_column(JSON)

    article: Mapped[Article] = relationship(back_populates="revisions")


class WorkflowEvent(Base):
    """One step of an article through the review workflow: who did what, when, and why."""

    __tablename__ = "workflow_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")
    actor: Mapped[str] = mapped_column(String(100), default="")
    # A return note can be a paragraph of the editor's reasons.
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    article: Mapped[Article] = relationship(back_populates="events")


class TagAlias(Base):
    """Another name of a tag (AI for 人工智能): a suggestion of the alias means the tag."""

    __tablename__ = "tag_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200), unique=True)

    tag: Mapped[Tag] = relationship(back_populates="aliases")


class Attachment(Base):
    """A file that came with an article, such as a photo embedded in a Word draft."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    article: Mapped[Article] = relationship(back_populates="attachments")


class ProofRule(Base):
    """The newsroom's own wrong → right rule for the proofreader (category custom)."""

    __tablename__ = "proof_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    wrong: Mapped[str] = mapped_column(String(100), unique=True)
    right: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ProofWhitelist(Base):
    """A term the proofreader must leave alone in this newsroom (a name, a slogan)."""

    __tablename__ = "proof_whitelist"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ProofIgnore(Base):
    """A finding an editor dismissed for one article: not shown for that article again."""

    __tablename__ = "proof_ignore"
    __table_args__ = (UniqueConstraint("article_id", "rule", "text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(String(200))


class Account(Base):
    """Someone who logs in to a shared newsroom: their role decides what they may do."""

    __tablename__ = "account"
    # User names are unique whatever their case: Admin and admin are one person.
    __table_args__ = (Index("uq_account_username_lower", text("lower(username)"), unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LoginAttempt(Base):
    """A login at the desk, right or wrong: the audit of who tried to get in, and when."""

    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_username_created_at", "username", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100))
    succeeded: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class EditLock(Base):
    """Who has an article open for editing now; it expires unless renewed (a soft lock)."""

    __tablename__ = "edit_lock"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    holder: Mapped[str] = mapped_column(String(100))
    session_key: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)


class BylineShare(Base):
    """A configured split of a shared byline: this person's weight on this article.

    Without rows an article's credit and pay are split equally among its bylines; with
    them, in proportion to the weights (70 and 30, or 2 and 1)."""

    __tablename__ = "byline_share"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    weight: Mapped[int] = mapped_column(Integer)


class PayRate(Base):
    """稿酬 rates in force from a date, for a kind of piece and a byline role ("" = any).

    Amounts are in 分 (fen) so that sums are exact; the rate in force on a piece's
    edition date applies, so last year's pay sheet comes out as it did then."""

    __tablename__ = "pay_rate"
    __table_args__ = (UniqueConstraint("effective_from", "kind", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # article / photo
    role: Mapped[str] = mapped_column(String(50), default="")
    per_thousand: Mapped[int] = mapped_column(Integer, default=0)  # per 千字
    per_piece: Mapped[int] = mapped_column(Integer, default=0)  # per piece or photo
    minimum: Mapped[int] = mapped_column(Integer, default=0)  # least a piece earns
    front_bonus: Mapped[int] = mapped_column(Integer, default=0)  # on page 1
    lead_bonus: Mapped[int] = mapped_column(Integer, default=0)  # 头条 of page 1
    monthly_cap: Mapped[int] = mapped_column(Integer, default=0)  # 0: no cap
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class UnitQuota(Base):
    """考核: the pieces a unit (a person's organisation) must have used per month or quarter."""

    __tablename__ = "unit_quota"
    __table_args__ = (UniqueConstraint("unit", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit: Mapped[str] = mapped_column(String(200))
    period: Mapped[str] = mapped_column(String(10))  # month / quarter
    pieces: Mapped[int] = mapped_column(Integer)


class RosterEntry(Base):
    """One post of an official in the newsroom's roster (领导干部名录): held from ``since``
    to ``until`` (their first and last day; None: open), ``rank`` their place in protocol
    order (1 first, 0 unranked). Previous posts stay, with their ``until``."""

    __tablename__ = "roster_entry"
    __table_args__ = (UniqueConstraint("name", "post", "unit", "since"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    post: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(100), default="")
    since: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    rank: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AvoidWordEntry(Base):
    """A word the newsroom avoids (禁用词/慎用词): its kind (banned, cautious, outdated,
    discriminatory), the preferred form and the note the proofreader shows."""

    __tablename__ = "avoid_word"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    preferred: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LearnedRule(Base):
    """A rule suggested by an editor's fix the proofreader had not flagged (wrong → right,
    the sentence as example): ``suggested`` until the desk accepts or dismisses it;
    ``seen`` counts the fixes that suggested it, ``fired`` the times it flagged saved copy
    since it was accepted. ``anywhere``: it applies inside quotation marks and names too."""

    __tablename__ = "learned_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    wrong: Mapped[str] = mapped_column(String(100), unique=True)
    right: Mapped[str] = mapped_column(String(100))
    example: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(12), default="suggested")
    anywhere: Mapped[bool] = mapped_column(Boolean, default=False)
    seen: Mapped[int] = mapped_column(Integer, default=1)
    fired: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ProofPass(Base):
    """One proofreading pass of an article (一校, 二校, 三校: ``number`` 1–3): who, when, and
    the findings resolved, ignored and left open then. Appended, never changed."""

    __tablename__ = "proof_pass"
    __table_args__ = (UniqueConstraint("article_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    proofreader: Mapped[str] = mapped_column(String(100))
    resolved: Mapped[int] = mapped_column(Integer, default=0)
    ignored: Mapped[int] = mapped_column(Integer, default=0)
    open: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class NewsroomOption(Base):
    """A rule the newsroom sets for everyone, kept where the database can enforce it
    (``three_passes``: 签发 only after 一校, 二校 and 三校)."""

    __tablename__ = "newsroom_option"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), default="")


class IntakeMessage(Base):
    """A submission that came in by mail or through the watched folder, processed once.

    ``key`` is the message's Message-ID (or a hash of a message or file without one): a
    message seen again is skipped. ``person_id`` is the correspondent the sender's address
    matched; None means the editor has to assign one. ``problem`` says why nothing could be
    made of it (a corrupt attachment, an empty mail); the editor still sees it.
    """

    __tablename__ = "intake_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(500), unique=True)
    source: Mapped[str] = mapped_column(String(500), default="")
    sender: Mapped[str] = mapped_column(String(300), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    attachments: Mapped[list] = mapped_column(JSON, default=list)
    article_ids: Mapped[list] = mapped_column(JSON, default=list)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    problem: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    replied: Mapped[str] = mapped_column(String(20), default="")


class ReplaceOperation(Base):
    """One replace across the archive (批量替换): who replaced what with what, where, and
    whether it was undone — the audit note of the whole operation."""

    __tablename__ = "replace_operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    old: Mapped[str] = mapped_column(Text)
    new: Mapped[str] = mapped_column(Text, default="")
    regex: Mapped[bool] = mapped_column(Boolean, default=False)
    # The filters as given (dates, status, person, page, tag, include_signed).
    filters: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str] = mapped_column(String(100), default="")

    changes: Mapped[list[ReplaceChange]] = relationship(
        back_populates="operation", order_by="ReplaceChange.id", cascade="all, delete-orphan"
    )


class ReplaceChange(Base):
    """An article a replace changed: its text before, the revision the replace wrote and
    the version it left, so that the operation can be undone while nobody saved since."""

    __tablename__ = "replace_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(
        ForeignKey("replace_operation.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("revision.id", ondelete="SET NULL"))
    replacements: Mapped[int] = mapped_column(Integer, default=0)
    version_after: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict] = mapped_column(JSON)

    operation: Mapped[ReplaceOperation] = relationship(back_populates="changes")
