"""The 三校 record: proofreading passes (一校, 二校, 三校) of an article — who, when, and the
findings resolved, ignored and left open — by someone other than its writer.

A person connected to PostgreSQL as their own login records a pass through the
database's ``newsroom_proof_pass`` (pg_security.py), which applies the same rules; nobody
inserts a pass row directly there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsroom import workflow
from newsroom.store.editing import load_article, require_view
from newsroom.store.models import Account, Article, NewsroomOption, ProofPass
from newsroom.store.values import Identity


@dataclass(frozen=True, slots=True)
class PassRow:
    number: int
    proofreader: str
    at: datetime
    resolved: int
    ignored: int
    open: int

    @property
    def label(self) -> str:
        return workflow.PASS_LABELS.get(self.number, f"{self.number}校")


def passes(session: Session, article_id: int) -> list[PassRow]:
    query = select(ProofPass).where(ProofPass.article_id == article_id).order_by(ProofPass.number)
    return [
        PassRow(p.number, p.proofreader, p.created_at, p.resolved, p.ignored, p.open)
        for p in session.scalars(query)
    ]


def writers(session: Session, article: Article) -> set[str]:
    """Who wrote the article: its bylines and the account that owns it."""
    names = {b.person.name for b in article.bylines}
    if article.owner_id is not None:
        owner = session.get(Account, article.owner_id)
        if owner is not None:
            names.add(owner.display_name)
    return names


def record_pass(
    session: Session,
    article_id: int,
    *,
    proofreader: str,
    resolved: int = 0,
    ignored: int = 0,
    open_findings: int = 0,
    identity: Identity | None = None,
) -> PassRow:
    """Record the next pass; WorkflowError when the rules say no (the writer, a fourth
    pass, a role that does not proofread), LookupError for an article not there."""
    article = load_article(session, article_id)
    if identity is not None:
        require_view(article, identity)
        if identity.database_login:
            from newsroom.store import pg_security

            try:
                pg_security.call(
                    session,
                    "SELECT newsroom_proof_pass(:a, :r, :i, :o)",
                    {"a": article_id, "r": resolved, "i": ignored, "o": open_findings},
                )
            except pg_security.Refused as refused:
                if refused.state == pg_security.NOT_FOUND:
                    raise LookupError(str(refused)) from None
                raise workflow.WorkflowError(str(refused)) from None
            return passes(session, article_id)[-1]
    done = session.scalar(
        select(func.count()).select_from(ProofPass).where(ProofPass.article_id == article_id)
    )
    refusal = workflow.proof_pass_refusal(
        proofreader, writers(session, article), done, identity.role if identity else None
    )
    if refusal:
        raise workflow.WorkflowError(refusal)
    row = ProofPass(
        article_id=article_id, number=done + 1, proofreader=proofreader.strip(),
        resolved=resolved, ignored=ignored, open=open_findings,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return passes(session, article_id)[-1]


THREE_PASSES = "three_passes"


def three_passes_required(session: Session) -> bool:
    return session.get(NewsroomOption, THREE_PASSES) is not None and (
        session.get(NewsroomOption, THREE_PASSES).value == "1"
    )


def require_three_passes(session: Session, required: bool) -> None:
    """The newsroom's option: 签发 only after 一校, 二校 and 三校."""
    option = session.get(NewsroomOption, THREE_PASSES)
    if option is None:
        session.add(NewsroomOption(key=THREE_PASSES, value="1" if required else "0"))
    else:
        option.value = "1" if required else "0"
    session.flush()


def sign_off_refusal(session: Session, article_id: int) -> str | None:
    done = session.scalar(
        select(func.count()).select_from(ProofPass).where(ProofPass.article_id == article_id)
    )
    return workflow.sign_off_refusal(done, three_passes_required(session))
