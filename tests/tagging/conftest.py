"""Fixtures for the tagging tests: one warmed-up engine per session, the seed's articles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsroom.tagging import Tagger, TagSuggestion, warm_up

SEED = Path(__file__).resolve().parents[2] / "seeds" / "hexi-bulletin-2025-04.txt"

# Lines that end a paragraph; any other line was cut by the column layout and goes on.
_PARAGRAPH_END = re.compile(r"[。！？!?”」』）)…]$")


@dataclass(frozen=True)
class SeedArticle:
    """One item of the seed, cut by hand so these tests do not depend on the parser."""

    key: str
    kicker: str
    headline: str
    subheadline: str
    paragraphs: tuple[str, ...]


# (key, kicker, headline lines, subheadline): headline lines are joined as the parser would.
_HEADS: list[tuple[str, str, tuple[str, ...], str]] = [
    ("养老", "", ("河西区推动全区养老服务高质量发展",), "实施“4+4+1”工程 描绘幸福夕阳美景"),
    (
        "人工智能",
        "智在河西 数创发展",
        ("区级机关青年理论学习小组", "人工智能与数字经济探索行活动开展"),
        "",
    ),
    ("国家安全", "", ("国家安全教育宣讲会暨驿站思政课举行 自觉捍卫国家安全",), ""),
    (
        "党建",
        "",
        ("区委工作会议暨党的建设工作领导小组会议召开",),
        "以高质量党建保障高质量发展",
    ),
    (
        "研讨班",
        "",
        ("河西区举办保障发展安全推进区域社会治理专题研讨班",),
        "提高防范化解重大风险能力",
    ),
    ("海棠", "", (), ""),
    ("法院", "", ("河西区法院科技创新司法保护工作室揭牌成立",), ""),
    ("政务服务", "", ("河西区政务服务办内外双循环互促共进",), "畅通“高效办成一件事”"),
    ("民营企业", "倾听企业心声 共话营商环境", ("河西区民营企业座谈会召开",), ""),
    ("专利", "“零距离”服务新落户企业", ("精准破解专利预审备案难题",), ""),
]

# Where each item starts in the seed: its first headline line (the photo: its caption).
_STARTS = {"海棠": "1500米海棠步道"}


def _paragraphs(lines: list[str]) -> tuple[str, ...]:
    paragraphs: list[str] = []
    joining = False
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        if joining and paragraphs:
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
        joining = not _PARAGRAPH_END.search(line)
    return tuple(paragraphs)


def load_seed_articles() -> dict[str, SeedArticle]:
    text = SEED.read_text(encoding="utf-8-sig")
    starts = []
    for key, kicker, heads, _sub in _HEADS:
        first = _STARTS.get(key) or kicker or heads[0]
        starts.append(text.index(first))
    ends = [*starts[1:], len(text)]
    articles = {}
    for (key, kicker, heads, sub), start, end in zip(_HEADS, starts, ends, strict=True):
        skip = {kicker, *heads, sub}
        lines = [
            line
            for line in text[start:end].splitlines()
            if line.strip() not in skip and not line.startswith("■")
        ]
        if key == "海棠":  # the photographer's credit is a byline, not copy
            lines = [line for line in lines if not line.rstrip().endswith(" 摄")]
        articles[key] = SeedArticle(key, kicker, "".join(heads), sub, _paragraphs(lines))
    return articles


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, SeedArticle]:
    return load_seed_articles()


@pytest.fixture(scope="session")
def tagger(tmp_path_factory) -> Tagger:
    """The shared engine, loaded once; jieba's cache goes to a temporary folder."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(cache))
        return warm_up()


def suggest(tagger: Tagger, article: SeedArticle, **kwargs) -> list[TagSuggestion]:
    return tagger.suggest(
        article.headline,
        article.paragraphs,
        kicker=article.kicker,
        subheadline=article.subheadline,
        **kwargs,
    )
