"""The correspondent network's figures: who submitted what, what was used, per person and unit.

Every figure is an SQL aggregate over one row per byline (``credit_select``): who, in
what role, on which piece, with their share of it and the piece's dates. On SQLite that
row source is a subquery; on PostgreSQL it is the ``report_credit`` view (security
barrier, installed by ``pg_security``), which shows a correspondent only the rows of
their own name, so that the database, not the desk, keeps other people's lines from them.

What counts:

- **submitted**: pieces past their draft whose earlier of creation date and edition
  date is in the period;
- **returned**: of those, pieces ever returned (退回) or returned now;
- **used**: pieces signed off (已签发) or laid out (已排版), or placed on a page of an
  edition and not spiked, returned or a draft — dated by their edition (else the day
  they last changed);
- **字数**: the article's stored count (``newsroom.textstats``), whole and by share;
- **photos**: used photo items (图片新闻) credited to the person;
- **front page / 头条**: used pieces on page 1 / at position 1 of page 1.

A shared byline is split equally unless ``byline_share`` gives weights.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import (
    Date,
    Float,
    and_,
    case,
    cast,
    column,
    delete,
    distinct,
    exists,
    func,
    null,
    or_,
    select,
    table,
    text,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from newsroom.store.models import (
    Account,
    Article,
    Byline,
    BylineShare,
    Edition,
    Page,
    Person,
    UnitQuota,
    WorkflowEvent,
)
from newsroom.store.values import Identity

#: Statuses in which a piece counts as used wherever it is; and those in which a piece
#: on a page does not.
USED_STATUSES = ("signed_off", "laid_out")
NOT_USED_ON_PAGE = ("draft", "returned", "spiked")
#: The name of the view on PostgreSQL.
VIEW = "report_credit"
#: The label of people without an organisation.
NO_UNIT = ""


def credit_select(dialect: str = "sqlite", *, for_view: bool = False):
    """One row per byline: the person, their role and unit, the piece, their share of it
    (``weight`` of ``total_weight``), its dates, whether it was used, on page 1, 头条 —
    as a subquery, so that filters on it never change the shares.

    ``for_view`` adds PostgreSQL's filter: a correspondent sees only their own name."""
    if dialect == "sqlite":  # stored as text: the day is its first ten characters
        created_on = func.substr(Article.created_at, 1, 10, type_=Date)
        changed_on = func.substr(Article.updated_at, 1, 10, type_=Date)
    else:
        created_on = func.date(Article.created_at, type_=Date)
        changed_on = func.date(Article.updated_at, type_=Date)
    submitted_on = case(
        (and_(Edition.date.is_not(None), Edition.date < created_on), Edition.date),
        else_=created_on,
    )
    used = or_(
        Article.status.in_(USED_STATUSES),
        and_(Article.page_id.is_not(None), Article.status.not_in(NOT_USED_ON_PAGE)),
    )
    returned = or_(
        Article.status == "returned",
        exists().where(WorkflowEvent.article_id == Article.id, WorkflowEvent.action == "return"),
    )
    weight = func.coalesce(BylineShare.weight, 1)
    if dialect == "sqlite":
        # SQLite joins each article's byline count and weights, grouped once; PostgreSQL
        # sums them in a window (over every byline: the view's filter applies outside).
        counts = _byline_counts()
        total_weight, per_unit = counts.c.weight, [_first_in_unit(counts).label("unit_first")]
    else:
        total_weight, per_unit = func.sum(weight).over(partition_by=Byline.article_id), []
    rows = select(
        Byline.article_id.label("article_id"),
        Person.id.label("person_id"),
        Person.name.label("name"),
        Person.organisation.label("unit"),
        Byline.role.label("role"),
        Article.kind.label("kind"),
        Article.chars.label("chars"),
        Article.status.label("status"),
        weight.label("weight"),
        total_weight.label("total_weight"),
        submitted_on.label("submitted_on"),
        case((used, 1), else_=0).label("used"),
        func.coalesce(Edition.date, changed_on).label("used_on"),
        case((returned, 1), else_=0).label("returned"),
        # On page 1, and its 头条; they count where the piece is used.
        case((Page.number == 1, 1), else_=0).label("front"),
        case((and_(Page.number == 1, Article.position == 1), 1), else_=0).label("lead"),
        Page.number.label("page"),
        Article.position.label("position"),
        *per_unit,
    ).select_from(Byline)
    if dialect == "sqlite":
        rows = rows.join(counts, counts.c.article_id == Byline.article_id)
    rows = (
        rows.join(Person, Person.id == Byline.person_id)
        .join(Article, Article.id == Byline.article_id)
        .outerjoin(Page, Page.id == Article.page_id)
        .outerjoin(Edition, Edition.id == Page.edition_id)
        .outerjoin(
            BylineShare,
            and_(
                BylineShare.article_id == Byline.article_id,
                BylineShare.person_id == Byline.person_id,
            ),
        )
        .subquery("byline_credit")
    )
    query = select(rows)
    if for_view:
        # Scalar subqueries: worked out once per query, not once per row.
        my_role = select(func.coalesce(func.newsroom_my_role(), "")).scalar_subquery()
        my_id = select(func.newsroom_my_id()).scalar_subquery()
        me = select(Account.display_name).where(Account.id == my_id).scalar_subquery()
        query = query.where(or_(my_role != "correspondent", rows.c.name == me))
    return query


def _byline_counts():
    """Per article: how many bylines, and the sum of their weights."""
    byline, share = aliased(Byline), aliased(BylineShare)
    return (
        select(
            byline.article_id.label("article_id"),
            func.count().label("bylines"),
            func.sum(func.coalesce(share.weight, 1)).label("weight"),
        )
        .select_from(byline)
        .outerjoin(
            share, and_(share.article_id == byline.article_id, share.person_id == byline.person_id)
        )
        .group_by(byline.article_id)
        .subquery("byline_count")
    )


def _first_in_unit(counts):
    """1 on the first of a unit's bylines on a piece (by person, then role), else 0;
    looked for only on shared pieces."""
    other, colleague = aliased(Byline), aliased(Person)
    earlier = exists().where(
        other.article_id == Byline.article_id,
        colleague.id == other.person_id,
        colleague.organisation.is_not_distinct_from(Person.organisation),
        or_(
            other.person_id < Byline.person_id,
            and_(other.person_id == Byline.person_id, other.role < Byline.role),
        ),
    )
    return case((counts.c.bylines == 1, 1), (earlier, 0), else_=1)


def view_sql() -> str:
    """The PostgreSQL view's definition, from the same select SQLite runs."""
    from sqlalchemy.dialects import postgresql

    compiled = credit_select("postgresql", for_view=True).compile(
        dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}
    )
    return f"CREATE OR REPLACE VIEW {VIEW} WITH (security_barrier) AS {compiled}"


def credits(
    session: Session,
    identity: Identity | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
):
    """The rows the report counts, as this person may see them: PostgreSQL's view, or the
    same select on SQLite, narrowed to a correspondent's own name here as well; with a
    period, only rows submitted or used in it.

    A materialized CTE: each row's share, dates and flags are worked out once, not once
    for every aggregate that reads them (the engines would otherwise inline them)."""
    dialect = session.get_bind().dialect.name
    rows = credit_select(dialect).subquery(VIEW)
    if dialect == "postgresql":
        # The planner misjudges the view's rows and compiles it (JIT): a quarter of a
        # second lost per report query. A year's rows are sorted and grouped in memory,
        # not in temporary files (4 MB by default). For this transaction only.
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL work_mem = '64MB'"))
        rows = table(VIEW, *[column(c.name, c.type) for c in rows.columns])
    mine = identity is not None and identity.role == "correspondent"
    if dialect == "sqlite" and not mine:
        query = select(rows)
    else:
        # The first of a unit's bylines on a piece among the rows this person sees (the
        # filters below apply before it): a unit counts each piece once.
        first = func.row_number().over(
            partition_by=(rows.c.article_id, rows.c.unit),
            order_by=(rows.c.person_id, rows.c.role),
        )
        columns = [c for c in rows.c if c.name != "unit_first"]
        query = select(*columns, case((first == 1, 1), else_=0).label("unit_first"))
    if mine:
        query = query.where(rows.c.name == identity.name)
    if start is not None or end is not None:
        query = query.where(
            or_(_between(rows.c.submitted_on, start, end), _between(rows.c.used_on, start, end))
        )
    return query.cte("credit").prefix_with("MATERIALIZED")


def month_of(session: Session, value):
    """YYYY-MM of a date column, on either engine."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(value, "YYYY-MM")
    return func.strftime("%Y-%m", value)


def _between(value, start: dt.date | None, end: dt.date | None):
    clauses = []
    if start is not None:
        clauses.append(value >= start)
    if end is not None:
        clauses.append(value <= end)
    return and_(true(), *clauses)


_COUNTS = ("submitted", "returned", "used", "used_share", "chars", "chars_share", "photos",
           "front_page", "lead")  # fmt: skip


@dataclass
class Figures:
    """One line of the report: a person in a role, or a unit (then name and role are "")."""

    name: str
    unit: str
    role: str
    submitted: int
    returned: int
    used: int
    used_share: float
    chars: int
    chars_share: float
    photos: int
    front_page: int
    lead: int
    people: int = 1
    quota: int | None = None  # pieces the unit had to have used in the period

    def add(self, other: Figures) -> None:
        """Add another line's counts to this one (a person's months)."""
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def quota_met(self) -> bool | None:
        return None if self.quota is None else self.used + self.photos >= self.quota

    def as_dict(self) -> dict:
        out = {
            "name": self.name,
            "unit": self.unit,
            "role": self.role,
            "submitted": self.submitted,
            "returned": self.returned,
            "used": self.used,
            "used_share": round(self.used_share, 2),
            "chars": self.chars,
            "chars_share": round(self.chars_share),
            "photos": self.photos,
            "front_page": self.front_page,
            "lead": self.lead,
        }
        if not self.name:
            del out["name"], out["role"]
            out["people"] = self.people
            out["quota"] = self.quota
            out["quota_met"] = self.quota_met
        return out


def _flags(c, start, end):
    """Per credit row: 1/0 for each thing the report counts, and the row's share."""
    c = c.c
    submitted = and_(c.status != "draft", _between(c.submitted_on, start, end))
    used = and_(c.used == 1, _between(c.used_on, start, end))
    used_article = and_(used, c.kind == "article")

    def flag(condition):
        return case((condition, 1), else_=0)

    share = cast(c.weight, Float) / cast(c.total_weight, Float)
    return {
        "submitted": flag(submitted),
        "returned": flag(and_(submitted, c.returned == 1)),
        "used": flag(used_article),
        "used_share": case((used_article, share), else_=0),
        "chars": case((used_article, c.chars), else_=0),
        "chars_share": case((used_article, c.chars * share), else_=0),
        "photos": flag(and_(used, c.kind == "photo")),
        "front": flag(and_(used, c.front == 1)),
        "lead": flag(and_(used, c.lead == 1)),
    }, or_(submitted, used)


def _sums(values: dict):
    return [func.coalesce(func.sum(v), 0).label(k) for k, v in values.items()]


#: What a unit counts once per piece however many of its people share it; the shares
#: (used_share, chars_share) add up over its people instead.
PER_PIECE = ("submitted", "returned", "used", "chars", "photos", "front", "lead")


def tally(session: Session, c, start, end, unit, *, source=None, by=(), extra=()):
    """One query for a period's lines and units.

    Lines: per person and role (and the labelled columns ``by``, such as the month), the
    sums of the report's flags and the labelled aggregates ``extra``, over the credit rows
    ``c`` (or ``source``, those rows joined to more). Units: from those lines, in the same
    statement — each piece once (its first byline of the unit), the shares summed, the
    people counted. Returns (line rows, unit rows); a unit row has no person_id."""
    flags, any_in_period = _flags(c, start, end)
    once = {f"unit_{k}": case((c.c.unit_first == 1, flags[k]), else_=0) for k in PER_PIECE}
    where = any_in_period if unit is None else and_(any_in_period, c.c.unit == unit)
    lines = (
        select(
            c.c.person_id,
            func.max(c.c.name).label("name"),
            func.max(c.c.unit).label("unit"),
            c.c.role,
            *by,
            *_sums(flags),
            *_sums(once),
            *extra,
        )
        .select_from(c if source is None else source)
        .where(where)
        .group_by(c.c.person_id, c.c.role, *by)
        .cte("lines")
        .prefix_with("MATERIALIZED")
    )
    own = [lines.c[x.name] for x in (*by, *extra)]
    person_rows = select(
        *[lines.c[k] for k in ("person_id", "name", "unit", "role")],
        *own,
        *[lines.c[k] for k in flags],
        null().label("people"),
    )
    unit_rows = select(
        null(), null(), lines.c.unit, null(),
        *[null() for _ in own],
        *[func.sum(lines.c[f"unit_{k}" if k in PER_PIECE else k]) for k in flags],
        func.count(distinct(lines.c.person_id)),
    ).group_by(lines.c.unit)  # fmt: skip
    rows = session.execute(union_all(person_rows, unit_rows)).all()
    return [r for r in rows if r.person_id is not None], [r for r in rows if r.person_id is None]


def figures_of(row, name: str = "", role: str = "") -> Figures:
    """A line's or a unit's figures from its row (PostgreSQL sums come back as Decimal)."""
    return Figures(
        name=name,
        unit=row.unit or NO_UNIT,
        role=role,
        submitted=int(row.submitted),
        returned=int(row.returned),
        used=int(row.used),
        used_share=float(row.used_share),
        chars=int(row.chars),
        chars_share=float(row.chars_share),
        photos=int(row.photos),
        front_page=int(row.front),
        lead=int(row.lead),
        people=1 if row.people is None else int(row.people),
    )


def people_and_units(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    identity: Identity | None = None,
) -> tuple[list[Figures], list[Figures]]:
    """The report in one query: per person and role, and per unit with its 考核 quota.
    For the period (None: open-ended), optionally one unit's; a correspondent gets only
    their own lines (and the unit figures of those)."""
    lines, units = tally(session, credits(session, identity, start, end), start, end, unit)
    people = [figures_of(row, row.name, row.role) for row in lines]
    return by_name(people), with_quotas(session, [figures_of(r) for r in units], start, end, unit)


def by_name(lines: list[Figures]) -> list[Figures]:
    # Sorted here: PostgreSQL's collation would order names unlike SQLite.
    return sorted(lines, key=lambda f: (f.unit, f.name, f.role))


def people_report(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    identity: Identity | None = None,
) -> list[Figures]:
    """Per person and role, for the period (None: open-ended), optionally one unit's.

    A correspondent gets only their own lines."""
    return people_and_units(session, start, end, unit, identity)[0]


def unit_report(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    identity: Identity | None = None,
) -> list[Figures]:
    """Per unit: distinct pieces (a piece two of its people share counts once), 字数 by
    share, people, and the unit's 考核 quota for the period with met or short."""
    return people_and_units(session, start, end, unit, identity)[1]


def with_quotas(
    session: Session, units: list[Figures], start: dt.date | None, end: dt.date | None, unit
) -> list[Figures]:
    """The units by name, each with its quota for the period, and the units with a quota
    and no copy in it (only ``unit``'s when one is asked for)."""
    lines = {f.unit: f for f in units}
    for name, pieces in quotas_for_period(session, start, end).items():
        if name not in lines and unit in (None, name):  # a unit with a quota and no copy
            lines[name] = Figures(name="", unit=name, role="", submitted=0, returned=0,
                                  used=0, used_share=0.0, chars=0, chars_share=0.0, photos=0,
                                  front_page=0, lead=0, people=0)  # fmt: skip
        if name in lines:
            lines[name].quota = pieces
    return [lines[name] for name in sorted(lines)]


def period_of(session: Session, identity: Identity | None = None) -> tuple[dt.date, dt.date]:
    """The first and last day the newsroom's copy spans (for an open-ended report)."""
    c = credits(session, identity)
    row = session.execute(
        select(
            func.min(c.c.submitted_on),
            func.min(c.c.used_on),
            func.max(c.c.submitted_on),
            func.max(c.c.used_on),
        )
    ).one()
    lows = [_as_date(v) for v in row[:2] if v is not None]
    highs = [_as_date(v) for v in row[2:] if v is not None]
    today = dt.date.today()
    return min(lows, default=today), max(highs, default=today)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def months_between(start: dt.date, end: dt.date) -> list[str]:
    """YYYY-MM of every calendar month the period touches."""
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# --- 考核 quotas


@dataclass
class Quota:
    unit: str
    period: str  # month / quarter
    pieces: int


PERIODS = ("month", "quarter")


def set_quota(session: Session, unit: str, period: str, pieces: int) -> None:
    """A unit's pieces per month or quarter; 0 removes the quota."""
    unit = unit.strip()
    if not unit:
        raise ValueError("单位不能为空")
    if period not in PERIODS:
        raise ValueError(f"考核周期须为 month 或 quarter：{period}")
    if not 0 <= pieces <= 100_000:
        raise ValueError(f"篇数须在 0–100000 之间：{pieces}")
    session.execute(delete(UnitQuota).where(UnitQuota.unit == unit, UnitQuota.period == period))
    if pieces:
        session.add(UnitQuota(unit=unit, period=period, pieces=pieces))
    session.flush()


def list_quotas(session: Session) -> list[Quota]:
    rows = session.scalars(select(UnitQuota).order_by(UnitQuota.unit, UnitQuota.period))
    return [Quota(q.unit, q.period, q.pieces) for q in rows]


def quotas_for_period(
    session: Session, start: dt.date | None, end: dt.date | None
) -> dict[str, int]:
    """Pieces each unit with a quota had to have used in the period: a monthly quota once
    per calendar month the period touches, a quarterly one per three months (rounded up)."""
    quotas = list_quotas(session)
    if not quotas:
        return {}
    if start is None or end is None:
        low, high = period_of(session)
        start, end = start or low, end or high
    months = len(months_between(start, end)) if start <= end else 0
    wanted: dict[str, int] = {}
    for quota in quotas:
        times = months if quota.period == "month" else -(-months // 3)
        wanted[quota.unit] = wanted.get(quota.unit, 0) + quota.pieces * times
    return wanted


def units_behind(lines: list[Figures]) -> list[Figures]:
    """The units short of their quota, furthest behind first."""
    short = [f for f in lines if f.quota_met is False]
    return sorted(short, key=lambda f: (f.used + f.photos - (f.quota or 0), f.unit))


# --- Shared bylines


def set_shares(session: Session, article_id: int, weights: dict[str, int]) -> None:
    """Split an article's credit by weights per byline name; empty: equally again."""
    article = session.get(Article, article_id)
    if article is None:
        raise LookupError(f"稿件 #{article_id} 不存在")
    people = {b.person.name: b.person_id for b in article.bylines}
    unknown = sorted(set(weights) - set(people))
    if unknown:
        raise ValueError(f"稿件 #{article_id} 的署名中没有：{'、'.join(unknown)}")
    if weights and set(weights) != set(people):
        missing = "、".join(sorted(set(people) - set(weights)))
        raise ValueError(f"须给出每个署名的份额，缺：{missing}")
    if any(not 1 <= w <= 10_000 for w in weights.values()):
        raise ValueError("份额须为 1–10000 的整数")
    session.execute(delete(BylineShare).where(BylineShare.article_id == article_id))
    for name, weight in weights.items():
        session.add(BylineShare(article_id=article_id, person_id=people[name], weight=weight))
    session.flush()
