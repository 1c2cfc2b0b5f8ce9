"""The report part of the service: the correspondent network's figures, the units' 考核,
the pay sheet (稿酬) and what it is computed from — rates, quotas, shared bylines.

The figures are the store's SQL aggregates (store/report.py, store/pay.py), each read in
one short unit of work. A correspondent gets only the lines of their own name; only a
chief editor or an administrator (or a single-user desk) sees rates and amounts, and on
PostgreSQL the database refuses them to anyone else as well.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsroom.lazy import lazy
from newsroom.service.errors import Refused

if TYPE_CHECKING:
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.pay import PayLine, Rate
    from newsroom.store.report import Figures, Quota

store_pay = lazy("newsroom.store.pay")
store_report = lazy("newsroom.store.report")

#: Who splits a shared byline: the desk (a single-user desk too).
SHARE_ROLES = (None, "editor", "chief_editor")


def fen(value: int) -> str:
    """分 as 元 with two decimals: 12345 → "123.45"."""
    return store_pay.fen(value)


def parse_yuan(text: str) -> int:
    """ "123.45" 元 → 12345 分; ValueError for anything else (negative, three decimals)."""
    return store_pay.parse_yuan(text)


def new_rate(effective_from: dt.date, kind: str, role: str, **amounts: int) -> Rate:
    """A rate of a kind (article, photo) and byline role ("": any) from a date, in 分."""
    return store_pay.Rate(effective_from, kind, role, **amounts)


def units_behind(units: list[Figures]) -> list[Figures]:
    """The units short of their quota, furthest behind first."""
    return store_report.units_behind(units)


@dataclass
class ReportFigures:
    """What the window's report page shows, read in one unit of work."""

    people: list[Figures] = field(default_factory=list)
    units: list[Figures] = field(default_factory=list)
    pay: list[PayLine] | None = None  # None: this person may not see amounts
    span: tuple[dt.date, dt.date] | None = None  # the period asked for, when it was open


class Report:
    """People and units for a period (None: open-ended), the pay sheet, and its rates,
    quotas and shares."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    # --- who may see what -------------------------------------------------------------
    def may_see_pay(self) -> bool:
        return store_pay.may_see_pay(self._newsroom.identity)

    def require_pay(self) -> None:
        """Rates, quotas and amounts are the chief editor's and the administrator's."""
        identity = self._newsroom.identity
        if not self.may_see_pay():
            raise Refused(f"{identity.name}: only a chief editor or an administrator")

    def _refused(self, exc: Exception) -> Refused:
        identity = self._newsroom.identity
        return Refused(f"{identity.name if identity else ''}: {exc}")

    # --- the figures ------------------------------------------------------------------
    def figures(
        self,
        start: dt.date | None = None,
        end: dt.date | None = None,
        unit: str | None = None,
        *,
        span: bool = False,
        pay: bool = True,
    ) -> ReportFigures:
        """People and units, and (``pay``, for who may see amounts) the pay sheet's lines
        without the pieces behind them (``pay_lines`` has those), all from one query.
        With ``span`` the period is the whole span of the newsroom's copy, returned too."""
        identity = self._newsroom.identity
        result = ReportFigures()
        with self._newsroom.reading() as session:
            if span:
                result.span = start, end = store_report.period_of(session, identity)
            args = (session, start, end, unit, identity)
            if pay and store_pay.may_see_pay(identity):
                result.people, result.units, result.pay = store_pay.report_and_pay(*args)
            else:
                result.people, result.units = store_report.people_and_units(*args)
        return result

    def units(
        self, start: dt.date | None = None, end: dt.date | None = None, unit: str | None = None
    ) -> list[Figures]:
        """Per unit: pieces, 字数 by share, people, and the unit's quota met or short."""
        with self._newsroom.reading() as session:
            return store_report.unit_report(session, start, end, unit, self._newsroom.identity)

    def pay_lines(
        self, start: dt.date | None = None, end: dt.date | None = None, unit: str | None = None
    ) -> list[PayLine]:
        """The pay sheet: a line per person, role and month, with the pieces behind it."""
        try:
            with self._newsroom.reading() as session:
                return store_pay.pay_lines(session, start, end, unit, self._newsroom.identity)
        except Refused as exc:
            raise self._refused(exc) from None

    # --- rates, quotas, shares --------------------------------------------------------
    def rates(self) -> list[Rate]:
        """The rate table, oldest first."""
        self.require_pay()
        with self._newsroom.reading() as session:
            return store_pay.list_rates(session, self._newsroom.identity)

    def set_rates(self, rates: list[Rate]) -> None:
        """Add or replace each rate (of its kind and role from its date): all or none."""
        self.require_pay()
        with self._newsroom.writing() as session:
            for rate in rates:
                store_pay.set_rate(session, rate, self._newsroom.identity)

    def quotas(self) -> list[Quota]:
        self.require_pay()
        with self._newsroom.reading() as session:
            return store_report.list_quotas(session)

    def set_quota(self, unit: str, period: str, pieces: int) -> None:
        """A unit's pieces per month or quarter; 0 removes the quota."""
        self.require_pay()
        with self._newsroom.writing() as session:
            store_report.set_quota(session, unit, period, pieces)

    def share(self, article_id: int, weights: dict[str, int]) -> None:
        """Split an article's credit by weights per byline name; empty: equally again."""
        identity = self._newsroom.identity
        if identity is not None and identity.role not in SHARE_ROLES:
            raise Refused(f"{identity.name}: only the desk splits bylines")
        with self._newsroom.writing() as session:
            store_report.set_shares(session, article_id, dict(weights))
