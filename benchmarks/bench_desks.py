"""Desks editing one shared PostgreSQL newsroom at once: saves, conflicts, lost updates, latency.

    python benchmarks/bench_desks.py [--seconds 60] [--desks 20] [--articles 60] [--db URL]

Each desk is a process (multiprocessing, spawn) with its own engine. Over and over it
loads a random article, waits a few milliseconds as a person typing, and saves its
change with the version it loaded (``store.editing.save_article``): a save over a
changed article is refused with ConflictError. At the end every successful save is
looked up in the revisions, and every article's current text must be its newest
revision: anything else is a lost update. The same run measures one desk alone as
the baseline.

The benchmark works in a database of its own beside the one in ``--db`` (default
``$NEWSROOM_TEST_PG``; the role must be allowed to CREATE DATABASE), dropped at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from newsroom.ingest.bulletin import parse_bulletin  # noqa: E402
from newsroom.store import articles as repo  # noqa: E402
from newsroom.store import editing  # noqa: E402
from newsroom.store.db import describe_url, open_database  # noqa: E402
from newsroom.store.models import Article, Revision  # noqa: E402

SEED = ROOT / "seeds" / "hexi-bulletin-2025-04.txt"
DEFAULT_PG = "postgresql+psycopg://newsroom:newsroom@127.0.0.1:5432/newsroom_test"
#: Paragraphs a desk writes start with this; each save replaces the desk's last one.
MARK = "【改】"


@dataclass
class DeskReport:
    desk: int
    saved: list[tuple[int, int, str]] = field(default_factory=list)  # (article, version, text)
    conflicts: int = 0
    save_ms: list[float] = field(default_factory=list)


@dataclass
class RunReport:
    desks: int
    seconds: float
    saves: int
    conflicts: int
    lost: int
    p50_ms: float
    p95_ms: float


def admin_engine(url: URL):
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def fresh_database(base: URL, name: str) -> URL:
    """An empty database of the benchmark's own beside the base one."""
    with admin_engine(base).connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    return base.set(database=name)


def drop_database(base: URL, name: str) -> None:
    with admin_engine(base).connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def seed(url: str, articles: int) -> list[int]:
    """The seed bulletin as page after page of one edition until there are enough articles."""
    items = parse_bulletin(SEED.read_text(encoding="utf-8"))
    engine = open_database(url)
    with Session(engine) as session, session.begin():
        edition = repo.get_edition(session, "河西区融媒", dt.date(2025, 4, 1))
        number, left = 1, articles
        while left > 0:
            page = repo.add_page(session, edition, number, items[:left], source_hash=str(number))
            left -= len(page.articles)
            number += 1
    with Session(engine) as session:
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
    engine.dispose()
    return ids


def desk(url: str, number: int, ids: list[int], seconds: float, start, results) -> None:
    """One desk: load a random article, type, save with the loaded version; until time is up."""
    engine = open_database(url)
    rng = random.Random(number)
    report = DeskReport(number)
    with engine.connect():
        pass  # connected before the clock starts
    start.wait()
    deadline = time.perf_counter() + seconds
    attempt = 0
    while time.perf_counter() < deadline:
        article_id = rng.choice(ids)
        with Session(engine) as session:
            article = editing.load_article(session, article_id)
            content, version = editing.content_of(article), article.version
        time.sleep(rng.uniform(0.002, 0.010))  # a person typing
        attempt += 1
        mine = f"{MARK}第{number}台第{attempt}次修改。"
        content.paragraphs = [p for p in content.paragraphs if not p.startswith(MARK)] + [mine]
        began = time.perf_counter()
        try:
            with Session(engine) as session, session.begin():
                saved = editing.save_article(
                    session, article_id, content, author=f"desk{number}", expected_version=version
                )
                new_version = saved.version
        except editing.ConflictError:
            report.conflicts += 1
            continue
        report.save_ms.append((time.perf_counter() - began) * 1000)
        report.saved.append((article_id, new_version, mine))
    engine.dispose()
    results.put(report)


def lost_updates(url: str, reports: list[DeskReport]) -> int:
    """Saves not found in their article's revisions, plus articles whose text is not
    their newest revision's, plus versions given to two saves."""
    saved = [s for r in reports for s in r.saved]
    lost = len(saved) - len(set((a, v) for a, v, _ in saved))
    engine = open_database(url)
    with Session(engine) as session:
        kept: set[tuple[int, int, str]] = set()
        newest: dict[int, Revision] = {}
        for revision in session.scalars(select(Revision).order_by(Revision.id)):
            paragraphs = revision.snapshot["paragraphs"]
            if paragraphs and paragraphs[-1].startswith(MARK):
                kept.add((revision.article_id, revision.snapshot["version"], paragraphs[-1]))
            newest[revision.article_id] = revision
        lost += sum(1 for s in saved if s not in kept)
        for article in session.scalars(select(Article)):
            last = newest[article.id].snapshot
            current = editing.content_of(editing.load_article(session, article.id))
            if (
                current != editing.ArticleContent.from_dict(last)
                or last["version"] != article.version
            ):
                lost += 1
    engine.dispose()
    return lost


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def run(base: URL, desks: int, seconds: float, articles: int) -> RunReport:
    name = f"{base.database}_bench{os.getpid()}"[:63]
    url = fresh_database(base, name).render_as_string(hide_password=False)
    try:
        ids = seed(url, articles)
        context = multiprocessing.get_context("spawn")
        start, results = context.Barrier(desks + 1), context.Queue()
        processes = [
            context.Process(target=desk, args=(url, n, ids, seconds, start, results))
            for n in range(desks)
        ]
        for process in processes:
            process.start()
        start.wait(timeout=120)
        began = time.perf_counter()
        reports = [results.get(timeout=seconds + 120) for _ in processes]
        elapsed = time.perf_counter() - began
        for process in processes:
            process.join(30)
        latencies = [ms for r in reports for ms in r.save_ms]
        return RunReport(
            desks=desks,
            seconds=elapsed,
            saves=len(latencies),
            conflicts=sum(r.conflicts for r in reports),
            lost=lost_updates(url, reports),
            p50_ms=percentile(latencies, 0.50),
            p95_ms=percentile(latencies, 0.95),
        )
    finally:
        drop_database(base, name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("NEWSROOM_TEST_PG") or DEFAULT_PG)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--articles", type=int, default=60)
    args = parser.parse_args()
    base = make_url(args.db)
    if base.get_backend_name() != "postgresql":
        parser.error("--db must be a PostgreSQL URL (postgresql+psycopg://…)")

    print(
        f"{describe_url(args.db)}: {args.articles} articles, {args.seconds:g} s per run, "
        f"{os.cpu_count()} CPUs",
        flush=True,
    )
    baseline = run(base, 1, args.seconds, args.articles)
    shared = run(base, args.desks, args.seconds, args.articles)
    rows = [
        ("desks", lambda r: f"{r.desks}"),
        ("saves", lambda r: f"{r.saves}"),
        ("saves/s", lambda r: f"{r.saves / r.seconds:.1f}"),
        ("conflicts detected", lambda r: f"{r.conflicts}"),
        ("lost updates", lambda r: f"{r.lost}"),
        ("save p50 ms", lambda r: f"{r.p50_ms:.1f}"),
        ("save p95 ms", lambda r: f"{r.p95_ms:.1f}"),
    ]
    print(f"{'':20}{'baseline':>12}{'shared':>12}")
    for label, cell in rows:
        print(f"{label:20}{cell(baseline):>12}{cell(shared):>12}")
    return 1 if baseline.lost or shared.lost else 0


if __name__ == "__main__":
    sys.exit(main())
