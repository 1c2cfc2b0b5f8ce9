"""Rules learned from the editors' fixes: suggested when a saved revision changes what the
proofreader did not flag, accepted or dismissed by the desk, counted when they fire."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from newsroom.proofing.learn import suggest
from newsroom.store.models import LearnedRule, utcnow
from newsroom.workflow import Role

STATUSES = ("suggested", "accepted", "dismissed")


@dataclass(frozen=True, slots=True)
class LearnedRow:
    wrong: str
    right: str
    example: str
    status: str
    anywhere: bool
    seen: int
    fired: int


def accepted_rules(session: Session) -> tuple[tuple[str, str, bool], ...]:
    """(wrong, right, anywhere) of the accepted rules — the columns every role may read."""
    query = (
        select(LearnedRule.wrong, LearnedRule.right, LearnedRule.anywhere)
        .where(LearnedRule.status == "accepted")
        .order_by(LearnedRule.wrong)
    )
    return tuple((w, r, bool(a)) for w, r, a in session.execute(query))


def list_learned(session: Session) -> list[LearnedRow]:
    """Suggestions first (most often seen), then accepted and dismissed rules; nothing for
    a correspondent's login on PostgreSQL (the examples are the desk's copy)."""
    try:
        with session.begin_nested():
            rows = list(session.scalars(select(LearnedRule).order_by(LearnedRule.wrong)))
    except SQLAlchemyError:
        return []
    out = [
        LearnedRow(r.wrong, r.right, r.example, r.status, r.anywhere, r.seen, r.fired) for r in rows
    ]
    return sorted(out, key=lambda r: (STATUSES.index(r.status), -r.seen, r.wrong))


def _flagged(text: str) -> list[tuple[int, int]]:
    """What the shipped proofreader flags in the text (its tables are loaded once per
    process; in the window they already are)."""
    from newsroom.proofing import get_proofreader

    return [(f.start, f.end) for f in get_proofreader().check(text)]


def learn_from_save(session: Session, old: str, new: str, identity=None) -> list[str]:
    """After the desk saved ``new`` over ``old``: suggest rules from its fixes and count
    the accepted rules that fire in the new text. A correspondent's own edits teach
    nothing. Never lets the save fail: a refusal or error here is dropped. Returns the
    wrong forms suggested."""
    if identity is not None and identity.role == Role.CORRESPONDENT:
        return []
    try:
        with session.begin_nested():
            return _learn(session, old, new)
    except SQLAlchemyError:
        return []


def _learn(session: Session, old: str, new: str) -> list[str]:
    changed = []
    for rule in session.scalars(select(LearnedRule).where(LearnedRule.status == "accepted")):
        more = new.count(rule.wrong) - old.count(rule.wrong)
        if more > 0:
            rule.fired += more
    for s in suggest(old, new, _flagged):
        row = session.scalar(select(LearnedRule).where(LearnedRule.wrong == s.wrong))
        if row is None:
            session.add(LearnedRule(wrong=s.wrong, right=s.right, example=s.example))
        elif row.status == "suggested" and row.right == s.right:
            row.seen += 1
            row.example = s.example
        else:
            continue
        changed.append(s.wrong)
    session.flush()
    return changed


def decide(session: Session, wrong: str, status: str, anywhere: bool = False) -> None:
    """Accept (as the newsroom's rule) or dismiss a suggested rule."""
    if status not in STATUSES:
        raise ValueError(f"unknown status: {status}")
    row = session.scalar(select(LearnedRule).where(LearnedRule.wrong == wrong))
    if row is None:
        raise ValueError(f"没有这条规则：{wrong}")
    row.status, row.anywhere = status, anywhere
    if status == "accepted":
        row.accepted_at, row.fired = utcnow(), 0
    session.flush()


def remove(session: Session, wrong: str) -> None:
    session.execute(delete(LearnedRule).where(LearnedRule.wrong == wrong))
