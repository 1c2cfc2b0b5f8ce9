"""Score the bulletin parser on the blind bulletins in ``tests/ingest/blind/``.

Each ``NAME.txt`` there has a companion ``NAME.expected.json`` written by hand, as an
editor reads the copy, before the parser was run on it: per item its kind, kicker,
headline, subheadline, bylines ``[[role, name], …]``, paragraph count, and the first
10 characters of the first paragraph and the last 10 of the last.

An expected item is paired with the parsed item of the same headline (else the one at
the same position). A subheadline's leading dash (``——``) is typographic and is not
compared. Run ``python -m tests.ingest.blind_score`` for the per-file table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.model import ParsedItem

BLIND = Path(__file__).resolve().parent / "blind"
FIELDS = (
    "kind",
    "kicker",
    "headline",
    "subheadline",
    "bylines",
    "paragraphs",
    "first",
    "last",
)


def blind_files() -> list[Path]:
    return sorted(BLIND.glob("*.txt"))


def expected(path: Path) -> list[dict[str, Any]]:
    doc = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return list(doc["items"])


def summary(item: ParsedItem) -> dict[str, Any]:
    """The same fields as an expectation, from a parsed item."""
    paras = item.paragraphs
    return {
        "kind": item.kind,
        "kicker": item.kicker,
        "headline": item.headline,
        "subheadline": item.subheadline,
        "bylines": [[b.role, b.name] for b in item.bylines],
        "paragraphs": len(paras),
        "first": paras[0][:10] if paras else "",
        "last": paras[-1][-10:] if paras else "",
    }


def _norm(field: str, value: Any) -> Any:
    if field == "subheadline":
        return str(value).lstrip("—-－ ")
    return value


@dataclass
class FileScore:
    name: str
    items_expected: int
    items_parsed: int
    items_exact: int
    fields_matched: int
    fields_total: int
    misses: list[str]


def _pair(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    by_headline: dict[str, int] = {}
    for k, item in enumerate(got):
        by_headline.setdefault(item["headline"], k)
    pairs: list[dict[str, Any] | None] = []
    for k, item in enumerate(want):
        at = by_headline.get(item["headline"], k)
        pairs.append(got[at] if at < len(got) else None)
    return pairs


def score_file(path: Path) -> FileScore:
    text = path.read_bytes().decode("utf-8")
    want = expected(path)
    got = [summary(item) for item in parse_bulletin(text)]
    score = FileScore(path.name, len(want), len(got), 0, 0, len(want) * len(FIELDS), [])
    for k, (w, g) in enumerate(zip(want, _pair(want, got), strict=True)):
        wrong = [f for f in FIELDS if g is None or _norm(f, w[f]) != _norm(f, g[f])]
        score.fields_matched += len(FIELDS) - len(wrong)
        score.items_exact += not wrong
        for field in wrong:
            shown = "(no item)" if g is None else repr(g[field])
            score.misses.append(f"item {k + 1} {field}: want {w[field]!r}, got {shown}")
    return score


def main() -> None:
    total = [0, 0, 0, 0]
    for path in blind_files():
        s = score_file(path)
        print(
            f"{s.name}: items {s.items_parsed}/{s.items_expected} parsed, "
            f"{s.items_exact} exact; fields {s.fields_matched}/{s.fields_total}"
        )
        for miss in s.misses:
            print("   ", miss)
        for i, v in enumerate((s.items_exact, s.items_expected, s.fields_matched, s.fields_total)):
            total[i] += v
    print(f"TOTAL: items exact {total[0]}/{total[1]}; fields {total[2]}/{total[3]}")


if __name__ == "__main__":
    main()
