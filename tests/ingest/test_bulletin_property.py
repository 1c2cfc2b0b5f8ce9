"""Properties of the bulletin parser on any text: it never raises and loses no character."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.ingest import bulletin
from newsroom.ingest.bulletin import ROLES, parse_bulletin
from newsroom.ingest.model import ParsedItem

MARKERS = set("■□")
SEPARATORS = set("、，,;；:：/／")
# A photo credit (记者 李博 摄) gives up its 摄, and its role word, for the role 摄影.
CREDIT_WORDS = set("摄") | set("".join(ROLES))
ROLE_RE = re.compile("|".join(ROLES))

CJK = "河西区召开会议举行活动开展发展高质量通讯员记者本报万彤李博孙悦王芳春风十里一二"
PUNCTUATION = "。，、；：！？…“”‘’（）《》【】—·%,.;:!?()\"'/／"
SPACES = ["\n", "\n", "\n", " ", "\u3000", "\t", "\r", "\x0c", "\u2028", "\x1c", "\x85"]
ALPHABET = st.sampled_from([*CJK, *PUNCTUATION, *"■□摄影文图 ab12\u200b\ufeff", *SPACES])

FRAGMENTS = [
    "河西区召开民营企业座谈会",
    "倾听企业心声 共话营商环境",
    "以高质量党建保障高质量发展",
    "区级机关青年理论学习小组\n人工智能与数字经济探索行活动开展",
    "■ 通讯员 万彤",
    "■ 记者 孙悦 通讯员 高洁、李明",
    "■通讯员张蔓芳",
    "■ 文/图 李明",
    "■",
    "本报记者 赵强",
    "近日，河西区民营企业座谈会召开。",
    "会议强调，要发挥养老设",
    "施点、线、面、网相结合的优势。",
    "打",
    "。",
    "”",
    "）",
    "他说：“我们会继续努力。”",
    "一、坚持规划引领",
    "聚焦内循环",
    "1500米海棠步道闯入粉色梦境。",
    "李博 摄",
    "记者 李博 摄",
    "李博/摄",
    "王芳　摄",
    "摄影：李博",
    "海棠花开。 李博 摄",
    "摄",
    "（完）",
    "and",
    "\u3000\u3000",
]
SEPARATOR_TEXT = st.sampled_from(["", "\n", "\n\n", "\n\n\n", " ", "\r\n", "\u3000"])
BULLETIN = st.lists(
    st.tuples(st.one_of(st.sampled_from(FRAGMENTS), st.text(ALPHABET, max_size=6)), SEPARATOR_TEXT),
    max_size=30,
).map(lambda parts: "".join(a + b for a, b in parts))

ANY_TEXT = st.one_of(st.text(ALPHABET, max_size=200), st.text(max_size=100), BULLETIN)
SETTINGS = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def lost_characters(text: str, items: list[ParsedItem]) -> Counter[str]:
    out: Counter[str] = Counter()
    for item in items:
        for field in (item.kicker, item.headline, item.subheadline, *item.paragraphs):
            out.update(field)
        for byline in item.bylines:
            out.update(byline.role + byline.name)
    return Counter(c for c in text if not c.isspace()) - out


def check(text: str) -> None:
    items = bulletin._parse(text)  # not through the safety net: a bug must show here
    assert parse_bulletin(text) == items
    lost = set(lost_characters(text, items))
    assert lost <= MARKERS | SEPARATORS | CREDIT_WORDS, lost
    if "摄" not in text:
        assert lost <= MARKERS | SEPARATORS, lost
        if not MARKERS & set(text) and not ROLE_RE.search(text):
            assert not lost, lost
    for item in items:
        assert item.kind in ("article", "photo")
        for field in (item.kicker, item.headline, item.subheadline):
            assert field == field.strip()
        for paragraph in item.paragraphs:
            assert paragraph and paragraph == paragraph.strip()


@SETTINGS
@given(ANY_TEXT)
def test_never_raises_and_loses_nothing(text: str) -> None:
    check(text)


@SETTINGS
@given(BULLETIN)
def test_bulletin_like_text(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.sampled_from(["\n", "\n\n"]))
def test_every_item_has_content(fragments: list[str], separator: str) -> None:
    for item in parse_bulletin(separator.join(fragments)):
        assert item.headline or item.kicker or item.subheadline or item.paragraphs or item.bylines


def test_examples_found_by_fuzzing() -> None:
    for text in (
        "■ 文/图 李明 李博 摄",
        "图；摄\n文讯",
        "■\n\n\n\u2028 发挥养老设\n\n\n■ 文/图 李明\n\nand\n\n■ 文/图 李明李博 摄",
        "\ud800■ 李博 摄 ■ 通讯员 万彤",
        "■ 记者 摄",
        "李博 摄",
        "\n摄\n",
    ):
        check(text)
