"""Tag suggestion speed per article after warm-up, beside a bare jieba.lcut of the same text.

    python benchmarks/bench_tagging.py [--rounds 20]

The articles are the seed bulletin's, cut by the tests' own splitter (no parser needed).
The line to hold: 50 ms per article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsroom.tagging import warm_up  # noqa: E402
from tests.tagging.conftest import load_seed_articles  # noqa: E402

LIMIT_MS = 50.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="times every article is tagged")
    args = parser.parse_args()

    started = time.perf_counter()
    tagger = warm_up()
    warm = time.perf_counter() - started
    import jieba  # loaded by warm_up already; its own default tokenizer is set up below

    jieba.setLogLevel(60)
    jieba.initialize()

    articles = list(load_seed_articles().values())
    tag_ms: list[float] = []
    cut_ms: list[float] = []
    for _ in range(args.rounds):
        for a in articles:
            t0 = time.perf_counter()
            tagger.suggest(a.headline, a.paragraphs, kicker=a.kicker, subheadline=a.subheadline)
            t1 = time.perf_counter()
            jieba.lcut("\n".join([a.kicker, a.headline, a.subheadline, *a.paragraphs]))
            t2 = time.perf_counter()
            tag_ms.append((t1 - t0) * 1000)
            cut_ms.append((t2 - t1) * 1000)

    chars = sum(len("".join([a.headline, *a.paragraphs])) for a in articles) / len(articles)
    print(f"warm-up (jieba, dictionaries, IDF): {warm:.2f} s")
    print(f"{len(articles)} articles x {args.rounds} rounds, {chars:.0f} characters on average")
    print(f"suggest:    mean {statistics.mean(tag_ms):6.2f} ms   p95 {p95(tag_ms):6.2f} ms")
    print(f"jieba.lcut: mean {statistics.mean(cut_ms):6.2f} ms   p95 {p95(cut_ms):6.2f} ms")
    ok = p95(tag_ms) <= LIMIT_MS
    print(f"limit {LIMIT_MS:.0f} ms per article: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
