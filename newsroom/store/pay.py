"""稿酬: effective-dated pay rates and the pay sheet, computed by the database.

A used piece earns, at the rate in force on its date for its kind and the byline's role
(a rate for the role beats one for any role; the latest ``effective_from`` not after
the date wins): 字数 × per 千字 / 1000 + per piece, at least the minimum, plus the
front-page and 头条 bonuses; a shared byline takes its share of that. A person's month
is then held to the smallest cap among the rates that priced it. Amounts are whole 分,
rounded half up per piece and person, in SQL, so SQLite and PostgreSQL agree.

Only a chief editor and an administrator (or a single-user desk) see amounts: the store
refuses others, and on PostgreSQL the database does, as only they may read ``pay_rate``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sqlalchemy import BigInteger, and_, case, cast, delete, func, or_, select
from sqlalchemy.orm import Session

from newsroom.store import report
from newsroom.store.models import Article, PayRate
from newsroom.store.report import Figures, _between, credits, month_of
from newsroom.store.values import Identity

#: Who may see amounts (None: a desk without accounts, or PostgreSQL's owner).
PAY_ROLES = (None, "chief_editor", "admin")
KINDS = ("article", "photo")
#: The largest amount a rate field takes, in 分 (1,000,000 元).
MAX_FEN = 100_000_000


def may_see_pay(identity: Identity | None) -> bool:
    return identity is None or identity.role in PAY_ROLES


def _require(identity: Identity | None) -> None:
    if not may_see_pay(identity):
        raise PermissionError("只有总编和管理员可以查看稿酬")


@dataclass
class Rate:
    effective_from: dt.date
    kind: str
    role: str
    per_thousand: int
    per_piece: int = 0
    minimum: int = 0
    front_bonus: int = 0
    lead_bonus: int = 0
    monthly_cap: int = 0


_AMOUNTS = ("per_thousand", "per_piece", "minimum", "front_bonus", "lead_bonus", "monthly_cap")


def set_rate(session: Session, rate: Rate, identity: Identity | None = None) -> None:
    """Add or replace the rate of a kind and role from a date (amounts in 分)."""
    _require(identity)
    if rate.kind not in KINDS:
        raise ValueError(f"稿件类型须为 article 或 photo：{rate.kind}")
    for name in _AMOUNTS:
        if not 0 <= getattr(rate, name) <= MAX_FEN:
            raise ValueError(f"{name} 须在 0–{MAX_FEN // 100} 元之间")
    role = rate.role.strip()
    session.execute(
        delete(PayRate).where(
            PayRate.effective_from == rate.effective_from,
            PayRate.kind == rate.kind,
            PayRate.role == role,
        )
    )
    values = {name: getattr(rate, name) for name in _AMOUNTS}
    session.add(PayRate(effective_from=rate.effective_from, kind=rate.kind, role=role, **values))
    session.flush()


def list_rates(session: Session, identity: Identity | None = None) -> list[Rate]:
    _require(identity)
    rows = session.scalars(
        select(PayRate).order_by(PayRate.effective_from, PayRate.kind, PayRate.role)
    )
    return [
        Rate(r.effective_from, r.kind, r.role, *(getattr(r, n) for n in _AMOUNTS)) for r in rows
    ]


def _rate_ranges(name: str):
    """Each rate with the day the next rate of its kind and role takes over (or None)."""
    until = func.lead(PayRate.effective_from).over(
        partition_by=(PayRate.kind, PayRate.role), order_by=PayRate.effective_from
    )
    columns = [getattr(PayRate, n) for n in _AMOUNTS]
    return select(
        PayRate.id, PayRate.kind, PayRate.role, PayRate.effective_from, until.label("until"),
        *columns,
    ).subquery(name)  # fmt: skip


def _priced(c, start, end, unit):
    """The credit rows ``c`` joined to the rate in force for each byline's role (else for
    any role): the joined FROM, the WHERE of the period's used pieces, the byline's amount
    in 分, the rate's id and a getter of its fields."""
    role_rate, any_rate = _rate_ranges("role_rate"), _rate_ranges("any_rate")

    def in_force(rate, role):
        return and_(
            rate.c.kind == c.c.kind,
            rate.c.role == role,
            rate.c.effective_from <= c.c.used_on,
            or_(rate.c.until.is_(None), c.c.used_on < rate.c.until),
        )

    joined = c.outerjoin(role_rate, in_force(role_rate, c.c.role)).outerjoin(
        any_rate, in_force(any_rate, "")
    )

    def rate(name: str):
        return case((role_rate.c.id.is_not(None), role_rate.c[name]), else_=any_rate.c[name])

    rate_id = func.coalesce(role_rate.c.id, any_rate.c.id)
    where = and_(c.c.used == 1, _between(c.c.used_on, start, end))
    if unit is not None:
        where = and_(where, c.c.unit == unit)
    big = lambda value: cast(value, BigInteger)  # noqa: E731  (PostgreSQL's int overflows)
    # In thousandths of a 分: 字数 × per 千字 + 1000 × per piece, at least 1000 × minimum.
    base = big(c.c.chars) * rate("per_thousand") + big(rate("per_piece")) * 1000
    floor = big(rate("minimum")) * 1000
    bonus = (c.c.front * big(rate("front_bonus")) + c.c.lead * big(rate("lead_bonus"))) * 1000
    whole = case((base < floor, floor), else_=base) + bonus
    # This byline's share, rounded half up to a whole 分.
    amount = (whole * c.c.weight * 2 + 1000 * c.c.total_weight) // (2000 * big(c.c.total_weight))
    amount = func.coalesce(case((rate_id.is_not(None), amount)), 0)
    return joined, where, amount, rate_id, rate


@dataclass
class PayLine:
    """What the paper owes one person, in one role, for one month (分)."""

    name: str
    unit: str
    role: str
    month: str
    pieces: int
    photos: int
    chars: int
    earned: int  # before the cap
    cap: int | None
    unpriced: int  # pieces no rate covered
    articles: list[PayItem] = field(default_factory=list)

    @property
    def amount(self) -> int:
        return self.earned if self.cap is None else min(self.earned, self.cap)


@dataclass
class PayItem:
    """A piece behind a pay line."""

    article_id: int
    headline: str
    kind: str
    date: dt.date | None
    page: int | None
    position: int | None
    chars: int
    share: float
    amount: int


def pay_lines(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    identity: Identity | None = None,
    *,
    with_articles: bool = True,
) -> list[PayLine]:
    """The pay sheet: one line per person, role and month, by unit and name; with the
    pieces behind each line unless ``with_articles`` is false."""
    _require(identity)
    credit = credits(session, identity, start, end)
    joined, where, amount, rate_id, rate = _priced(credit, start, end, unit)
    c = credit.c
    month = month_of(session, c.used_on).label("month")
    article, photo = c.kind == "article", c.kind == "photo"
    query = (
        select(
            c.person_id,
            func.max(c.name),
            func.max(c.unit),
            c.role,
            month,
            func.sum(case((article, 1), else_=0)),
            func.sum(case((photo, 1), else_=0)),
            func.sum(case((article, c.chars), else_=0)),
            func.sum(amount),
            func.min(case((rate("monthly_cap") > 0, rate("monthly_cap")))),
            func.sum(case((rate_id.is_(None), 1), else_=0)),
        )
        .select_from(joined)
        .where(where)
        .group_by(c.person_id, c.role, month)
    )
    lines = {}
    for (
        person_id,
        name,
        unit_,
        role,
        month_,
        pieces,
        photos,
        chars,
        earned,
        cap,
        unpriced,
    ) in session.execute(query):
        lines[(person_id, role, month_)] = PayLine(
            name, unit_ or "", role, month_, pieces, photos, int(chars), int(earned), cap, unpriced
        )
    if with_articles and lines:
        detail = (
            select(
                c.person_id,
                c.role,
                month,
                c.article_id,
                Article.headline,
                c.kind,
                c.used_on,
                c.page,
                c.position,
                c.chars,
                c.weight,
                c.total_weight,
                amount.label("amount"),
            )
            .select_from(joined)
            .join(Article, Article.id == c.article_id)
            .where(where)
            .order_by(c.used_on, c.page, c.position, c.article_id)
        )
        for r in session.execute(detail):
            line = lines.get((r.person_id, r.role, r.month))
            if line is not None:
                line.articles.append(
                    PayItem(
                        r.article_id,
                        r.headline,
                        r.kind,
                        _date(r.used_on),
                        r.page,
                        r.position,
                        r.chars,
                        r.weight / r.total_weight,
                        int(r.amount),
                    )
                )
    return sorted(lines.values(), key=_pay_order)


def report_and_pay(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    identity: Identity | None = None,
) -> tuple[list[Figures], list[Figures], list[PayLine]]:
    """The report (people, units) and the pay sheet's lines in one query: per person, role
    and month the report's counts and the amounts; a person's figures are the sums of
    their months (each piece counts in one month only). Without the pieces behind the
    lines."""
    _require(identity)
    credit = credits(session, identity, start, end)
    joined, used_here, amount, rate_id, rate = _priced(credit, start, end, unit)
    c = credit.c

    def when_used(value):
        return case((used_here, value), else_=0)

    capped = case((and_(used_here, rate("monthly_cap") > 0), rate("monthly_cap")))
    lines, units = report.tally(
        session, credit, start, end, unit,
        source=joined,
        by=[month_of(session, c.used_on).label("month")],
        extra=[
            func.sum(when_used(amount)).label("earned"),
            func.min(capped).label("cap"),
            func.sum(when_used(case((rate_id.is_(None), 1), else_=0))).label("unpriced"),
            func.sum(when_used(1)).label("pieces_used"),
        ],
    )  # fmt: skip
    people: dict[tuple, Figures] = {}
    pay: list[PayLine] = []
    for row in lines:
        month = report.figures_of(row, row.name, row.role)
        key = (row.person_id, row.role)
        if key in people:
            people[key].add(month)
        else:
            people[key] = replace(month)
        if row.pieces_used:
            pay.append(
                PayLine(
                    row.name, row.unit or "", row.role, row.month, month.used, month.photos,
                    month.chars, int(row.earned), _whole(row.cap), int(row.unpriced),
                )
            )  # fmt: skip
    units_ = report.with_quotas(session, [report.figures_of(r) for r in units], start, end, unit)
    return report.by_name(list(people.values())), units_, sorted(pay, key=_pay_order)


def people_and_pay(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    identity: Identity | None = None,
) -> tuple[list[Figures], list[PayLine]]:
    """The people report and the pay sheet's lines (``report_and_pay`` without units)."""
    people, _, lines = report_and_pay(session, start, end, unit, identity)
    return people, lines


def _pay_order(line: PayLine):
    # Sorted here: PostgreSQL's collation would order names unlike SQLite.
    return (line.month, line.unit, line.name, line.role)


def _whole(value) -> int | None:
    return None if value is None else int(value)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def fen(value: int) -> str:
    """分 as 元 with two decimals: 12345 → "123.45"."""
    return f"{value // 100}.{value % 100:02d}"


def parse_yuan(text: str) -> int:
    """ "123.45" 元 → 12345 分; ValueError for anything else (negative, three decimals)."""
    found = re.fullmatch(r"(\d{1,9})(?:\.(\d{1,2}))?", text.strip(), re.ASCII)
    if found is None:
        raise ValueError(f"不是金额（元，最多两位小数）：{text[:40]}")
    return int(found[1]) * 100 + int(((found[2] or "") + "00")[:2])
