"""The seed bulletin, field by field: every item, headline line, byline and column cut."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.encoding import read_text_file
from newsroom.ingest.model import PHOTO_ROLE, ParsedByline, ParsedItem

SEED = Path(__file__).resolve().parents[2] / "seeds" / "hexi-bulletin-2025-04.txt"

# (kind, kicker, headline, subheadline, bylines, paragraph count), in reading order.
EXPECTED = [
    (
        "article",
        "",
        "河西区推动全区养老服务高质量发展",
        "实施“4+4+1”工程 描绘幸福夕阳美景",
        [("通讯员", "万彤")],
        4,
    ),
    (
        "article",
        "智在河西 数创发展",
        "区级机关青年理论学习小组人工智能与数字经济探索行活动开展",
        "",
        [("通讯员", "张蔓芳")],
        7,
    ),
    (
        "article",
        "",
        "国家安全教育宣讲会暨驿站思政课举行 自觉捍卫国家安全",
        "",
        [("通讯员", "赵钰真")],
        3,
    ),
    (
        "article",
        "",
        "区委工作会议暨党的建设工作领导小组会议召开",
        "以高质量党建保障高质量发展",
        [("通讯员", "岳志欣")],
        2,
    ),
    (
        "article",
        "",
        "河西区举办保障发展安全推进区域社会治理专题研讨班",
        "提高防范化解重大风险能力",
        [],
        4,
    ),
    ("photo", "", "", "", [(PHOTO_ROLE, "李博")], 1),
    ("article", "", "河西区法院科技创新司法保护工作室揭牌成立", "", [("通讯员", "张蔓芳")], 4),
    (
        "article",
        "",
        "河西区政务服务办内外双循环互促共进",
        "畅通“高效办成一件事”",
        [("通讯员", "万彤")],
        3,
    ),
    (
        "article",
        "倾听企业心声 共话营商环境",
        "河西区民营企业座谈会召开",
        "",
        [("通讯员", "岳志欣")],
        3,
    ),
    (
        "article",
        "",
        "“零距离”服务新落户企业",
        "精准破解专利预审备案难题",
        [("通讯员", "张蔓芳")],
        5,
    ),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return read_text_file(SEED)


@pytest.fixture(scope="module")
def items(seed_text: str) -> list[ParsedItem]:
    return parse_bulletin(seed_text)


def test_ten_items_in_order(items: list[ParsedItem]) -> None:
    assert len(items) == 10
    assert [item.kind for item in items].count("article") == 9
    # The photo comes after the fifth article (the 研讨班 one, which has no byline):
    # sixth of ten items in reading order.
    assert [item.kind for item in items].index("photo") == 5


@pytest.mark.parametrize("index", range(10))
def test_item_fields(items: list[ParsedItem], index: int) -> None:
    kind, kicker, headline, subheadline, bylines, count = EXPECTED[index]
    item = items[index]
    assert item.kind == kind
    assert (item.kicker, item.headline, item.subheadline) == (kicker, headline, subheadline)
    assert item.bylines == [ParsedByline(role, name) for role, name in bylines]
    assert len(item.paragraphs) == count


def test_photo_item(items: list[ParsedItem]) -> None:
    photo = items[5]
    assert photo.kind == "photo"
    assert photo.paragraphs == [
        "1500米海棠步道闯入粉色梦境，天津文化中心的海棠步道已进入盛花期。"
        "绵延的粉色花带如云似霞，与现代建筑群交相辉映，吸引市民游客纷纷前来打卡。"
    ]
    assert photo.bylines == [ParsedByline("摄影", "李博")]
    assert not photo.headline and not photo.kicker and not photo.subheadline


@pytest.mark.parametrize(
    ("index", "joined"),
    [
        (0, "发挥养老设施点、线、面、网相结合的优势"),
        (0, "推动更多党建资源转化为养老服务资源。打造硬件设施适老化改造"),
        (0, "通过不断深化完善病床、康床、家床"),
        (3, "学习教育，加强党的全面领导"),
        (3, "要完善大统战工作格局"),
        (4, "市国家密码管理局商用密码管理处相关负责同志"),
        (6, "案件“把脉治病”，构建"),
        (6, "集团型企业税务信息化软件咨询专家"),
    ],
)
def test_column_cuts_rejoined(items: list[ParsedItem], index: int, joined: str) -> None:
    # Each joined phrase lies inside exactly one paragraph of its article.
    assert sum(joined in p for p in items[index].paragraphs) == 1


def test_paragraphs_end_at_sentence_ends(items: list[ParsedItem]) -> None:
    for item in items:
        for paragraph in item.paragraphs:
            assert paragraph[-1] in "。！？”", paragraph[-20:]
            assert paragraph == paragraph.strip()


def test_cut_paragraphs_whole(items: list[ParsedItem]) -> None:
    first = items[0].paragraphs
    assert first[1].startswith("据介绍，河西区将注重基础融合")
    assert first[1].endswith("敬老孝老观念倡导的全域老年友好营造体系。")
    assert first[2].endswith("广泛开展普通人群重点慢性病的早期筛查等举措，保障健康促进。")
    party = items[3].paragraphs
    assert party[1].startswith("会议强调，要深入学习贯彻")
    assert party[1].endswith("推进全面从严治党向纵深发展，以高质量党建保障高质量发展。")
    court = items[6].paragraphs
    assert court[2].startswith("随后举办了“西岸同心服务团”专题讲座")
    assert court[2].endswith("有效帮助企业提高法治观念和风险防范意识。")


def test_real_paragraph_ends_not_joined(items: list[ParsedItem]) -> None:
    assert items[0].paragraphs[0].endswith("加快推动全区养老服务高质量发展。")
    assert items[0].paragraphs[3].startswith("河西区将注重数字赋能")
    assert items[6].paragraphs[0] == "日前，河西区法院科技创新司法保护工作室揭牌成立。"


def test_copy_errors_kept_verbatim(items: list[ParsedItem]) -> None:
    # The parser does not proofread: errors and wordplay reach the editor as written.
    body = "".join(p for item in items for p in item.paragraphs)
    for phrase in ("典型案列", "没想到到", "布局 and 分区", "办理流程 and 天津市", "“一失万无”"):
        assert phrase in body
    for phrase in ("“青”力而为", "暖“新”礼包"):
        assert phrase in body


def test_no_character_lost(seed_text: str, items: list[ParsedItem]) -> None:
    out = Counter()
    for item in items:
        for text in (item.kicker, item.headline, item.subheadline, *item.paragraphs):
            out.update(text)
        for byline in item.bylines:
            out.update(byline.role + byline.name)
    lost = Counter(c for c in seed_text if not c.isspace()) - out
    # Only the byline markers; the 摄 of the credit lives on in the role 摄影.
    assert lost == Counter({"■": 8})


def test_reading_the_seed_twice_is_stable(seed_text: str) -> None:
    assert parse_bulletin(seed_text) == parse_bulletin(seed_text)
