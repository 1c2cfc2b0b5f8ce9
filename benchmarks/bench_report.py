"""The correspondent report and the pay sheet over a year of a large newsroom.

    python benchmarks/bench_report.py [--articles 100000] [--people 500] [--runs 3]
                                      [--pg postgresql+psycopg://…/empty_database]

Builds a newsroom of ARTICLES pieces on a year of editions (8 pages a day), bylined by
PEOPLE people in 40 units — a sixth of the pieces shared by two, a tenth photos, some
spiked or returned — with rates and quotas, then times the year's report (per person and
per unit) and pay sheet (lines, and lines with the pieces behind them) beside a baseline
in the same run: one plain ``SELECT person_id, count(*) … GROUP BY person_id`` over the
same bylines. Target: report + pay sheet < 2 s. Writing the pay sheet's XLSX (every piece
behind every line) is timed too, as a figure beside it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEAR = 2025
PAGES_PER_DAY = 8


def build(engine, count: int, people: int) -> None:
    """The newsroom's rows, inserted in bulk (the import path is measured elsewhere)."""
    from sqlalchemy import insert

    from newsroom.store.db import transaction
    from newsroom.store.models import Article, Byline, Edition, Page, PayRate, Person, UnitQuota

    rng = random.Random(2025)
    days = [dt.date(YEAR, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    units = [f"河西区第{n}街道" for n in range(1, 41)]
    roles = ["通讯员"] * 7 + ["记者", "摄影"]
    with transaction(engine) as session:
        session.execute(
            insert(Edition),
            [{"id": i + 1, "paper_name": "河西报", "date": d} for i, d in enumerate(days)],
        )
        session.execute(
            insert(Page),
            [
                {"id": i * PAGES_PER_DAY + n, "edition_id": i + 1, "number": n, "label": ""}
                for i in range(len(days))
                for n in range(1, PAGES_PER_DAY + 1)
            ],
        )
        session.execute(
            insert(Person),
            [
                {
                    "id": p,
                    "name": f"通讯员{p:03d}",
                    "default_role": rng.choice(roles),
                    "organisation": units[p % len(units)],
                }
                for p in range(1, people + 1)
            ],
        )
        pages = len(days) * PAGES_PER_DAY
        per_page = -(-count // pages)
        articles, bylines = [], []
        for a in range(1, count + 1):
            page = (a - 1) // per_page + 1
            kind = "photo" if rng.random() < 0.1 else "article"
            status = rng.choices(
                ["submitted", "signed_off", "laid_out", "spiked", "returned"], [3, 2, 4, 0.5, 0.5]
            )[0]
            created = dt.datetime.combine(days[(page - 1) // PAGES_PER_DAY], dt.time(8))
            articles.append(
                {"id": a, "kind": kind, "headline": f"稿件{a}", "status": status,
                 "page_id": None if status in ("spiked", "returned") else page,
                 "position": (a - 1) % per_page + 1, "chars": rng.randint(200, 2500),
                 "created_at": created, "updated_at": created, "version": 1, "body": ""}
            )  # fmt: skip
            first = rng.randint(1, people)
            names = [first] + ([rng.randint(1, people)] if rng.random() < 1 / 6 else [])
            for order, person in enumerate(dict.fromkeys(names)):
                role = "摄影" if kind == "photo" else ("记者" if order else "通讯员")
                bylines.append({"article_id": a, "person_id": person, "role": role, "order": order})
        for start in range(0, len(articles), 20_000):
            session.execute(insert(Article), articles[start : start + 20_000])
        for start in range(0, len(bylines), 20_000):
            session.execute(insert(Byline), bylines[start : start + 20_000])
        session.execute(
            insert(PayRate),
            [
                {
                    "effective_from": dt.date(YEAR, 1, 1),
                    "kind": "article",
                    "role": "",
                    "per_thousand": 8000,
                    "per_piece": 0,
                    "minimum": 3000,
                    "front_bonus": 2000,
                    "lead_bonus": 5000,
                    "monthly_cap": 300000,
                },
                {
                    "effective_from": dt.date(YEAR, 7, 1),
                    "kind": "article",
                    "role": "",
                    "per_thousand": 10000,
                    "per_piece": 0,
                    "minimum": 3000,
                    "front_bonus": 2000,
                    "lead_bonus": 5000,
                    "monthly_cap": 300000,
                },
                {
                    "effective_from": dt.date(YEAR, 1, 1),
                    "kind": "article",
                    "role": "记者",
                    "per_thousand": 0,
                    "per_piece": 0,
                    "minimum": 0,
                    "front_bonus": 0,
                    "lead_bonus": 0,
                    "monthly_cap": 0,
                },
                {
                    "effective_from": dt.date(YEAR, 1, 1),
                    "kind": "photo",
                    "role": "",
                    "per_thousand": 0,
                    "per_piece": 5000,
                    "minimum": 0,
                    "front_bonus": 2000,
                    "lead_bonus": 0,
                    "monthly_cap": 0,
                },
            ],
        )
        session.execute(
            insert(UnitQuota),
            [
                {"unit": u, "period": "month", "pieces": 150 + 10 * (i % 5)}
                for i, u in enumerate(units)
            ],
        )


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(label: str, engine, runs: int) -> None:
    from sqlalchemy import func, select

    from newsroom import report_files
    from newsroom.store import pay, report
    from newsroom.store.db import transaction
    from newsroom.store.models import Article, Byline

    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)

    def baseline():
        with transaction(engine) as session:
            query = (
                select(Byline.person_id, func.count())
                .join(Article, Article.id == Byline.article_id)
                .group_by(Byline.person_id)
            )
            return session.execute(query).all()

    def people_and_units():
        # What the report page asks for anyone else: people and units (one query).
        with transaction(engine) as session:
            return report.people_and_units(session, start, end)

    def report_and_pay_sheet():
        # What a chief editor's report page asks: people, units with their quotas, and
        # the pay lines (one query).
        with transaction(engine) as session:
            return pay.report_and_pay(session, start, end)

    def pay_sheet(with_articles: bool):
        def run():
            with transaction(engine) as session:
                return pay.pay_lines(session, start, end, with_articles=with_articles)

        return run

    base, rows = timed(baseline, runs)
    stats, (people, units) = timed(people_and_units, runs)
    both, (_, _, lines) = timed(report_and_pay_sheet, runs)
    base_after, _ = timed(baseline, runs)
    full, detailed = timed(pay_sheet(True), 1)
    xlsx, _ = timed(lambda: report_files.write_pay_xlsx(io.BytesIO(), detailed, "bench"), 1)
    pieces = sum(len(x.articles) for x in detailed)
    base = min(base, base_after)
    print(f"\n{label}")
    print(f"  baseline COUNT … GROUP BY person   {base:6.3f} s  ({len(rows)} people)")
    print(
        f"  year's report, people + units      {stats:6.3f} s  ({len(people)} lines, "
        f"{len(units)} units, {len(report.units_behind(units))} behind quota)"
    )
    print(
        f"  year's report + pay sheet lines    {both:6.3f} s  ({len(lines)} pay lines) = "
        f"{both / base:.1f}× the baseline (target < 2 s: {'met' if both < 2 else 'NOT met'})"
    )
    print(f"  pay sheet with the pieces behind   {full:6.3f} s  ({pieces} pieces)")
    print(f"  writing that pay sheet as XLSX     {xlsx:6.3f} s  (write-only mode)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pg", help="an EMPTY PostgreSQL database to build the newsroom in")
    args = parser.parse_args()

    from newsroom.store.db import open_database

    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "bench.db")
        began = time.perf_counter()
        build(engine, args.articles, args.people)
        print(f"built {args.articles} articles, {args.people} people on SQLite in "
              f"{time.perf_counter() - began:.1f} s")  # fmt: skip
        measure(f"SQLite, {args.articles} articles, {args.people} people", engine, args.runs)
        engine.dispose()
    if args.pg:
        engine = open_database(args.pg)
        build(engine, args.articles, args.people)
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        measure(f"PostgreSQL, {args.articles} articles, {args.people} people", engine, args.runs)
        engine.dispose()


if __name__ == "__main__":
    main()
