"""Archive search on a newsroom of 100,000 articles (~100 M characters), on SQLite and on
PostgreSQL, each beside the baseline of the same run: a LIKE '%…%' scan of the same table
(the article list's filter, ``listing.search_text``).

    python benchmarks/bench_search.py [--articles 100000] [--pg URL] [--no-pg]

The newsroom is generated from the corpus in /work/shared/data/corpus (or $NEWSROOM_CORPUS:
published news and law text, one paragraph a line): bodies of consecutive paragraphs,
~1,000 characters on average, headlines from the first clause of another line, one or
two of 800 people in the bylines, eight articles a page, four pages an edition. It goes
into a temporary SQLite file and a temporary PostgreSQL database (made beside
$NEWSROOM_TEST_PG, dropped at the end) with plain INSERT/COPY; then the index is built
as migration 0006 builds it for an existing newsroom, and timed.

Printed: index build time and size (beside the table's), for each query the median of
five runs of ``store.search.search`` (matched, ranked, first 50 with snippets) beside the
LIKE scan and their ratio, and the replace preview over ~1,000 articles beside the same
preview without the index (every article read, as for a regular expression).
"""

from __future__ import annotations

import argparse
import datetime as dt
import lzma
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CORPUS = Path(os.environ.get("NEWSROOM_CORPUS", "/work/shared/data/corpus/news-law-zh.txt.xz"))
#: A two-character word, a four-character phrase, and a word in a third of the copy.
QUERIES = ("养老", "乡村振兴", "发展")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红梅鑫波斌宇浩凯健俊帆帅旭宁"


def corpus_lines() -> list[str]:
    with lzma.open(CORPUS, "rt", encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def generate(count: int, lines: list[str]):
    """(article rows, byline rows, page rows, edition rows, people) of a made-up archive."""
    rng = random.Random(2025)
    people = sorted(
        {rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) for _ in range(900)}
    )[:800]
    editions, pages, articles, bylines = [], [], [], []
    cursor = 0
    first_day = dt.date(2017, 1, 1)
    now = dt.datetime(2026, 1, 1)
    for i in range(count):
        page_index, position = divmod(i, 8)
        edition_index, page_number = divmod(page_index, 4)
        if position == 0 and page_number == 0:
            editions.append((edition_index + 1, "河西报", first_day + dt.timedelta(edition_index)))
        if position == 0:
            pages.append((page_index + 1, edition_index + 1, page_number + 1))
        target = rng.randint(300, 1700)
        body: list[str] = []
        size = 0
        while size < target:
            line = lines[cursor % len(lines)]
            cursor += 1
            body.append(line)
            size += len(line)
        headline_line = lines[rng.randrange(len(lines))]
        headline = headline_line.replace("。", "，").split("，")[0][:24] or headline_line[:16]
        text = "\n".join(body)
        articles.append(
            (i + 1, headline, "laid_out", page_index + 1, position + 1, size, now, now, text)
        )
        for order in range(rng.choice((1, 1, 2))):
            bylines.append(
                (len(bylines) + 1, i + 1, rng.randrange(len(people)) + 1, "通讯员", order)
            )
    return articles, bylines, pages, editions, people


ARTICLE_COLUMNS = (
    "id, kind, kicker, headline, subheadline, status, page_id, position, chars, source_file, "
    "content_hash, created_at, updated_at, version, body"
)


def _article_values(row):
    id_, headline, status, page_id, position, chars, created, updated, body = row
    return (
        id_,
        "article",
        "",
        headline,
        "",
        status,
        page_id,
        position,
        chars,
        "",
        "",
        created,
        updated,
        1,
        body,
    )


def fill(engine, data) -> None:
    """The archive into an empty newsroom at head, without the store (no index yet)."""
    articles, bylines, pages, editions, people = data
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if engine.dialect.name == "sqlite":
            cursor.executemany(
                "INSERT INTO edition (id, paper_name, date, created_at) "
                "VALUES (?, ?, ?, '2026-01-01')",
                [(i, n, d.isoformat()) for i, n, d in editions],
            )
            cursor.executemany(
                "INSERT INTO page (id, edition_id, number, label, source_file, "
                "source_hash, created_at) VALUES (?, ?, ?, '', '', '', "
                "'2026-01-01')",
                pages,
            )
            cursor.executemany(
                "INSERT INTO person (id, name, default_role, organisation, "
                "contact) VALUES (?, ?, '通讯员', '', '')",
                list(enumerate(people, start=1)),
            )
            marks = ", ".join("?" * 15)
            cursor.executemany(
                f"INSERT INTO article ({ARTICLE_COLUMNS}) VALUES ({marks})",
                (_article_values(r) for r in articles),
            )
            cursor.executemany(
                'INSERT INTO byline (id, article_id, person_id, role, "order") '
                "VALUES (?, ?, ?, ?, ?)",
                bylines,
            )
        else:
            today = dt.datetime(2026, 1, 1)
            with cursor.copy("COPY edition (id, paper_name, date, created_at) FROM STDIN") as c:
                for i, n, d in editions:
                    c.write_row((i, n, d, today))
            with cursor.copy(
                "COPY page (id, edition_id, number, label, source_file, "
                "source_hash, created_at) FROM STDIN"
            ) as c:
                for row in pages:
                    c.write_row((*row, "", "", "", today))
            with cursor.copy(
                "COPY person (id, name, default_role, organisation, contact) FROM STDIN"
            ) as c:
                for i, name in enumerate(people, start=1):
                    c.write_row((i, name, "通讯员", "", ""))
            with cursor.copy(f"COPY article ({ARTICLE_COLUMNS}) FROM STDIN") as c:
                for row in articles:
                    c.write_row(_article_values(row))
            with cursor.copy(
                'COPY byline (id, article_id, person_id, role, "order") FROM STDIN'
            ) as c:
                for row in bylines:
                    c.write_row(row)
            for table in ("edition", "page", "person", "article", "byline"):
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def sizes(engine) -> tuple[int, int]:
    """(bytes of the index, bytes of the article table with its text)."""
    from sqlalchemy import text

    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            try:
                rows = dict(
                    connection.execute(
                        text("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
                    ).all()
                )
                index = sum(v for k, v in rows.items() if k.startswith("article_search"))
                return index, rows.get("article", 0)
            except Exception:  # no dbstat in this SQLite: the file as a whole
                return -1, Path(engine.url.database).stat().st_size
        return tuple(
            connection.execute(
                text(
                    "SELECT pg_total_relation_size('article_search'), "
                    "pg_total_relation_size('article')"
                )
            ).one()
        )


def timed(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bench(label: str, engine, data) -> None:
    from newsroom.searching import parse_query
    from newsroom.store import listing, replacing, search, search_index
    from newsroom.store.db import transaction

    start = time.perf_counter()
    fill(engine, data)
    print(f"{label}: {len(data[0]):,} articles stored in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    with engine.begin() as connection:
        search_index.rebuild(connection)
    build = time.perf_counter() - start
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE article_search")
            connection.commit()
    index_bytes, table_bytes = sizes(engine)
    print(
        f"{label}: index built in {build:.1f} s; index {index_bytes / 2**20:,.0f} MB "
        f"beside the article table's {table_bytes / 2**20:,.0f} MB"
    )
    with transaction(engine) as session:
        for query in QUERIES:
            search.search(session, query)  # warm the caches as a desk in use has them
            indexed, results = timed(lambda q=query: search.search(session, q), 5)
            matches = len(search.matching_ids(session, parse_query(query), limit=None))
            scanned, found = timed(lambda q=query: listing.search_text(session, q), 3)
            snippets = sum(1 for r in results if r.hit)
            print(
                f"{label}: {query!r:8} {matches:6,} articles; first 50 ranked with {snippets} "
                f"snippets {indexed * 1000:7.1f} ms; LIKE scan {scanned * 1000:7.1f} ms "
                f"({len(found):,} ids, unranked): {scanned / indexed:5.1f}× faster"
            )
        word, _count = _word_with_about(session, 1000)
        preview, plan = timed(
            lambda: replacing.preview(session, word, word + "们", include_signed=True), 3
        )
        regex, _ = timed(
            lambda: replacing.preview(session, word, word + "们", regex=True, include_signed=True),
            1,
        )
        print(
            f"{label}: replace preview of {word!r} ({len(plan.articles):,} articles, "
            f"{len(plan.changes):,} changes) {preview * 1000:.0f} ms; without the index "
            f"(every article read) {regex:.1f} s: {regex / preview:.0f}×"
        )


def _word_with_about(session, target: int) -> tuple[str, int]:
    """A two-character word of the copy found in about ``target`` articles."""
    from newsroom import searching
    from newsroom.store import search

    best = ("", 0)
    for word in ("扶贫", "雄安", "冬奥", "疫情", "航天", "湿地", "非遗", "养老", "海洋", "文物"):
        count = len(search.matching_ids(session, searching.parse_query(word), limit=None))
        if abs(count - target) < abs(best[1] - target):
            best = (word, count)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument(
        "--pg",
        default=os.environ.get("NEWSROOM_TEST_PG", ""),
        help="a PostgreSQL URL whose role may create databases",
    )
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    lines = corpus_lines()
    data = generate(args.articles, lines)
    del lines
    chars = sum(row[5] for row in data[0])
    print(
        f"generated {len(data[0]):,} articles, {chars / 1e6:.0f} M characters, "
        f"in {time.perf_counter() - start:.1f} s"
    )

    from newsroom.store.db import open_database

    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as folder:
            engine = open_database(Path(folder) / "archive.db")
            bench("SQLite", engine, data)
            engine.dispose()
    if args.no_pg or not args.pg:
        print("PostgreSQL: skipped (give --pg URL or set NEWSROOM_TEST_PG)")
        return 0
    _bench_postgresql(args.pg, data)
    return 0


def _bench_postgresql(url: str, data) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from newsroom.store.db import open_database

    base = make_url(url)
    name = f"{base.database}_bench{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = open_database(base.set(database=name).render_as_string(hide_password=False))
        bench("PostgreSQL", engine, data)
        engine.dispose()
    finally:
        from newsroom.store.pg_security import group_prefix
        from newsroom.workflow import Role

        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in Role:  # the newsroom's group roles outlive its database
                connection.execute(
                    text(f'DROP ROLE IF EXISTS "{group_prefix(name, "public")}_{role}"')
                )
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
