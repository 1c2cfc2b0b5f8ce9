"""Bulletin import throughput: parse and store, beside str.split over the same text.

    python benchmarks/bench_import.py [--bulletins 1000]

Bulletins are generated from the seed's own lines, re-ordered and re-cut into
columns, so the parser meets copy it has not seen in that order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsroom.importer import LoadedCopy, store_copies  # noqa: E402
from newsroom.ingest.bulletin import parse_bulletin  # noqa: E402
from newsroom.store.articles import text_hash  # noqa: E402
from newsroom.store.db import open_database  # noqa: E402

SEED = ROOT / "seeds" / "hexi-bulletin-2025-04.txt"


def generate(count: int, rng: random.Random) -> list[str]:
    items = parse_bulletin(SEED.read_text(encoding="utf-8"))
    articles = [i for i in items if i.kind == "article"]
    paragraphs = [p for i in articles for p in i.paragraphs]
    bulletins = []
    for _ in range(count):
        blocks = []
        for article in rng.sample(articles, k=min(6, len(articles))):
            blocks += [
                line for line in (article.kicker, article.headline, article.subheadline) if line
            ]
            if article.bylines:
                blocks.append("■ " + " ".join(f"{b.role} {b.name}" for b in article.bylines))
            for paragraph in rng.sample(paragraphs, k=rng.randint(2, 5)):
                if len(paragraph) > 60 and rng.random() < 0.4:  # a column cut
                    cut = rng.randint(10, len(paragraph) - 10)
                    blocks += [paragraph[:cut], paragraph[cut:]]
                else:
                    blocks.append(paragraph)
        bulletins.append("\n\n".join(blocks) + "\n")
    return bulletins


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bulletins", type=int, default=1000)
    args = parser.parse_args()
    bulletins = generate(args.bulletins, random.Random(20250418))
    chars = sum(len(b) for b in bulletins)

    split_s, _ = timed(lambda: [b.split() for b in bulletins])
    parse_s, parsed = timed(lambda: [parse_bulletin(b) for b in bulletins])
    items = sum(len(p) for p in parsed)
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "bench.db")
        copies = [
            LoadedCopy(Path(f"bulletin-{n}.txt"), p, text_hash(b))
            for n, (p, b) in enumerate(zip(parsed, bulletins, strict=True))
        ]
        store_s, _ = timed(store_copies, engine, copies, page=1, edition_date=dt.date(2025, 4, 1))
        engine.dispose()

    print(f"{args.bulletins} bulletins, {chars:,} characters, {items:,} items")
    print(f"{'step':<18}{'seconds':>10}{'chars/s':>16}{'× str.split':>14}")
    for name, seconds in (
        ("str.split", split_s),
        ("parse", parse_s),
        ("store (SQLite)", store_s),
        ("parse + store", parse_s + store_s),
    ):
        print(f"{name:<18}{seconds:>10.3f}{chars / seconds:>16,.0f}{seconds / split_s:>14.1f}")
    verdict = "meets" if chars / parse_s >= 1_000_000 else "MISSES"
    print(f"parse target ≥ 1,000,000 chars/s: {verdict}")


if __name__ == "__main__":
    main()
