"""Bulletins written for these tests: bylines, photos, column cuts, headlines, other districts."""

# The bulletins below are laid out as real copy, one paragraph a line: long lines of Chinese.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.model import PHOTO_ROLE, ParsedByline, ParsedItem


def heads(item: ParsedItem) -> tuple[str, str, str]:
    return item.kicker, item.headline, item.subheadline


def people(item: ParsedItem) -> list[tuple[str, str]]:
    return [(b.role, b.name) for b in item.bylines]


def one(text: str) -> ParsedItem:
    items = parse_bulletin(text)
    assert len(items) == 1, items
    return items[0]


# --- bylines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("■ 通讯员 万彤", [("通讯员", "万彤")]),
        ("■ 记者 孙悦 通讯员 高洁", [("记者", "孙悦"), ("通讯员", "高洁")]),
        ("■ 通讯员 万彤 李明", [("通讯员", "万彤"), ("通讯员", "李明")]),
        ("■ 记者 孙悦、王芳", [("记者", "孙悦"), ("记者", "王芳")]),
        ("■ 本报记者 赵强，实习生 李四", [("本报记者", "赵强"), ("实习生", "李四")]),
        ("■ 通讯员：周平", [("通讯员", "周平")]),
        ("■通讯员万彤", [("通讯员", "万彤")]),
        ("■记者孙悦通讯员高洁", [("记者", "孙悦"), ("通讯员", "高洁")]),
        ("■ 特约通讯员 王菲菲 见习记者 张三丰", [("特约通讯员", "王菲菲"), ("见习记者", "张三丰")]),
        ("■ 文/图 李明", [("文/图", "李明")]),
        ("■ 文 李明 图 王芳", [("文", "李明"), ("图", "王芳")]),
        ("■ 区委宣传部 供稿", [("供稿", "区委宣传部")]),
        ("■ 王小明", [("", "王小明")]),
        ("□ 记者 阿不都·热合曼", [("记者", "阿不都·热合曼")]),
        ("■　通讯员　万彤　", [("通讯员", "万彤")]),
    ],
)
def test_byline_forms(line: str, expected: list[tuple[str, str]]) -> None:
    item = one(f"河西区召开会议\n\n{line}\n\n近日，河西区召开会议，部署全年工作。")
    assert item.headline == "河西区召开会议"
    assert people(item) == expected
    assert item.paragraphs == ["近日，河西区召开会议，部署全年工作。"]


def test_unknown_byline_words_are_kept() -> None:
    item = one("河西区召开会议\n\n■ 河西区融媒体中心 通讯员 万彤\n\n近日，河西区召开会议。")
    assert people(item) == [("", "河西区融媒体中心"), ("通讯员", "万彤")]


def test_byline_without_marker_right_under_headline() -> None:
    item = one(
        "红桥区召开安全生产工作会议\n\n本报记者 刘洋 通讯员 陈晨\n\n4月3日，红桥区召开会议。"
    )
    assert people(item) == [("本报记者", "刘洋"), ("通讯员", "陈晨")]
    assert item.paragraphs == ["4月3日，红桥区召开会议。"]


def test_two_byline_lines() -> None:
    item = one("河西区召开会议\n■ 记者 孙悦\n■ 通讯员 高洁\n近日，河西区召开会议。")
    assert people(item) == [("记者", "孙悦"), ("通讯员", "高洁")]


def test_article_without_byline_then_one_with() -> None:
    items = parse_bulletin(
        "西青区举办乡村振兴专题培训班\n\n"
        "提升基层干部履职能力\n\n"
        "4月9日，西青区乡村振兴专题培训班开班，全区120余名村干部参加培训。\n\n"
        "培训采取专题授课与现场教学相结合的方式进行。\n\n"
        "西青区召开一季度经济运行分析会\n\n"
        "■ 通讯员 韩冰\n\n"
        "日前，西青区召开一季度经济运行分析会。"
    )
    assert [heads(i) for i in items] == [
        ("", "西青区举办乡村振兴专题培训班", "提升基层干部履职能力"),
        ("", "西青区召开一季度经济运行分析会", ""),
    ]
    assert items[0].bylines == []
    assert len(items[0].paragraphs) == 2
    assert people(items[1]) == [("通讯员", "韩冰")]


# --- headlines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Slogan over the news fact: kicker + headline.
        (
            ["学思想 强党性", "区委理论学习中心组召开专题学习会"],
            ("学思想 强党性", "区委理论学习中心组召开专题学习会", ""),
        ),
        # News fact over a purpose line: headline + subheadline.
        (
            ["北辰区召开河湖长制工作会议", "以更实举措守护碧水清流"],
            ("", "北辰区召开河湖长制工作会议", "以更实举措守护碧水清流"),
        ),
        (
            ["河北区政务服务中心新大厅启用", "群众办事更便捷"],
            ("", "河北区政务服务中心新大厅启用", "群众办事更便捷"),
        ),
        (
            ["文明新风进万家 志愿服务暖人心", "区文明办启动“学雷锋”志愿服务月"],
            ("文明新风进万家 志愿服务暖人心", "区文明办启动“学雷锋”志愿服务月", ""),
        ),
        (
            ["为了孩子们的笑脸", "——记区第一幼儿园园长王芳"],
            ("", "为了孩子们的笑脸", "——记区第一幼儿园园长王芳"),
        ),
        # Three lines: kicker, headline, subheadline.
        (
            ["春风行动暖民心", "津南区举办春季大型招聘会", "提供岗位5000余个"],
            ("春风行动暖民心", "津南区举办春季大型招聘会", "提供岗位5000余个"),
        ),
        (["一场跨越千里的接力"], ("", "一场跨越千里的接力", "")),
    ],
)
@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_headline_mapping(lines: list[str], expected: tuple[str, str, str], separator: str) -> None:
    item = one(separator.join(lines) + "\n\n■ 通讯员 李娜\n\n近日，有关活动在区文化中心举行。")
    assert heads(item) == expected


def test_wrapped_headline_line_within_a_block() -> None:
    # Several blocks: a block of two lines is one headline line, wrapped.
    item = one(
        "科技赋能 创新发展\n\n"
        "河东区青年干部走进\n人工智能产业园活动举行\n\n"
        "■ 通讯员 陈晨\n\n"
        "近日，河东区青年干部走进人工智能产业园。"
    )
    assert heads(item) == ("科技赋能 创新发展", "河东区青年干部走进人工智能产业园活动举行", "")


def test_headline_with_comma_confirmed_by_byline() -> None:
    item = one("春风十里，不如河西\n\n■ 记者 孙悦\n\n河西区的春天来了。")
    assert heads(item) == ("", "春风十里，不如河西", "")


def test_headline_with_indented_paragraphs() -> None:
    items = parse_bulletin(
        "河西区召开会议\n■ 通讯员 万彤\n"
        "　　近日，河西区召开会议。\n"
        "　　会议强调，要加强\n党的全面领导。\n"
        "河西区举办专题研讨班\n提高防范化解重大风险能力\n"
        "　　日前，河西区举办研讨班。\n"
    )
    assert [heads(i) for i in items] == [
        ("", "河西区召开会议", ""),
        ("", "河西区举办专题研讨班", "提高防范化解重大风险能力"),
    ]
    assert items[0].paragraphs == ["近日，河西区召开会议。", "会议强调，要加强党的全面领导。"]


# --- column cuts ---------------------------------------------------------------------------


def test_cut_mid_word_and_at_a_single_character() -> None:
    item = one(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n"
        "会议要求，要发挥社区服务设\n\n施的作用，完善服务网络。要着力\n\n"
        "打\n\n造共建共治共享格局。\n\n下一步，将持续推进。"
    )
    assert item.paragraphs == [
        "会议要求，要发挥社区服务设施的作用，完善服务网络。要着力打造共建共治共享格局。",
        "下一步，将持续推进。",
    ]


def test_cut_at_the_last_character_of_a_paragraph() -> None:
    item = one(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n会议强调，要推动高质量发展\n\n。\n\n"
        "他说：“我们有信心\n\n”。\n\n会议要求：“抓好落实。\n\n”\n\n最后一段。"
    )
    assert item.paragraphs == [
        "会议强调，要推动高质量发展。",
        "他说：“我们有信心”。",
        "会议要求：“抓好落实。”",
        "最后一段。",
    ]


def test_real_paragraph_ends_are_not_joined() -> None:
    item = one(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n第一段结束。\n\n第二段以问号结束？\n\n"
        "第三段以感叹号结束！\n\n第四段以冒号结束：\n\n第五段以引号结束。”\n\n"
        "第六段以括号结束（完）\n\n第七段以省略号结束……\n\n第八段。"
    )
    assert len(item.paragraphs) == 8


def test_wrapped_lines_within_a_block_are_joined() -> None:
    item = one(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n会议强调，要坚持\n问题导向，抓好落实。\n会议要求，要压实责任。"
    )
    assert item.paragraphs == ["会议强调，要坚持问题导向，抓好落实。", "会议要求，要压实责任。"]


@pytest.mark.parametrize("ending", ["”", "）", "。”", "！”", "。）"])
def test_last_paragraph_ending_in_quote_or_bracket(ending: str) -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n"
        f"会议强调，要让“真创新”受到“真保护{ending}\n\n"
        "河西区举办志愿服务活动\n\n■ 通讯员 李娜\n\n近日，活动举行。"
    )
    assert [i.headline for i in items] == ["河西区召开会议", "河西区举办志愿服务活动"]
    assert items[0].paragraphs == [f"会议强调，要让“真创新”受到“真保护{ending}"]


def test_short_unpunctuated_block_after_a_paragraph_starts_an_item() -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n会议强调，要抓好落实。\n\n"
        "河西区启动全民健身月\n\n近日，河西区启动全民健身月活动，将持续一个月。"
    )
    assert [i.headline for i in items] == ["河西区召开会议", "河西区启动全民健身月"]
    assert items[1].paragraphs == ["近日，河西区启动全民健身月活动，将持续一个月。"]


def test_subheadings_stay_inside_the_article() -> None:
    item = one(
        "河西区推进老旧小区改造\n\n■ 记者 赵强\n\n日前，改造工程全面启动。\n\n"
        "一、坚持规划引领\n\n该区坚持规划先行。\n\n"
        "聚焦民生需求\n\n聚焦民生需求，该区广泛征求居民意见。\n\n"
        "（二）强化资金保障\n\n区财政安排专项资金。"
    )
    assert item.paragraphs == [
        "日前，改造工程全面启动。",
        "一、坚持规划引领",
        "该区坚持规划先行。",
        "聚焦民生需求",
        "聚焦民生需求，该区广泛征求居民意见。",
        "（二）强化资金保障",
        "区财政安排专项资金。",
    ]


@pytest.mark.parametrize(
    "start",
    [
        "河西区将注重数字赋能",  # names a subject, as a headline would
        "会议强调要坚定贯彻党和",  # ends on a word that cannot end a headline
        "区市场监管局在走访天津汇智星源科技有限公司中了",
        "活动最后一站青年干部们来到",
    ],
)
def test_short_start_of_a_cut_paragraph_is_not_a_headline(start: str) -> None:
    # A paragraph cut a few characters in: the lead after it does not repeat it.
    item = one(
        f"河西区召开会议\n\n■ 通讯员 万彤\n\n会议通报了有关情况。\n\n{start}\n\n"
        "国家对民营经济发展的基本方针政策，始终坚持“两个毫不动摇”。\n\n最后一段。"
    )
    assert item.paragraphs == [
        "会议通报了有关情况。",
        f"{start}国家对民营经济发展的基本方针政策，始终坚持“两个毫不动摇”。",
        "最后一段。",
    ]


def test_prose_fragment_after_a_paragraph_is_not_a_headline() -> None:
    # Short, unpunctuated at the end, but with a comma inside: a column cut, not a headline.
    item = one(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n会议通报了有关情况。\n\n"
        "随后，区财政局、区税务局负责同志分别就税\n\n务工作作了发言。"
    )
    assert item.paragraphs == [
        "会议通报了有关情况。",
        "随后，区财政局、区税务局负责同志分别就税务工作作了发言。",
    ]


# --- photos ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("李博 摄", ["李博"]),
        ("李博　摄", ["李博"]),
        ("李博/摄", ["李博"]),
        ("李博／摄", ["李博"]),
        ("李博摄", ["李博"]),
        ("李博 王芳 摄", ["李博", "王芳"]),
        ("李博、王芳 摄", ["李博", "王芳"]),
        ("记者 李博 摄", ["李博"]),
        ("本报记者 李博 摄", ["李博"]),
        ("■ 摄影 李博", ["李博"]),
    ],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_photo_mid_page(credit: str, names: list[str], separator: str) -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n近日，河西区召开会议。\n\n"
        f"市民在公园赏花。{separator}{credit}\n\n"
        "河西区举办运动会\n\n■ 通讯员 李娜\n\n日前，运动会开幕。"
    )
    assert [i.kind for i in items] == ["article", "photo", "article"]
    photo = items[1]
    assert photo.paragraphs == ["市民在公园赏花。"]
    assert photo.bylines == [ParsedByline(PHOTO_ROLE, name) for name in names]
    assert items[0].paragraphs == ["近日，河西区召开会议。"]
    assert items[2].headline == "河西区举办运动会"


def test_credit_at_the_end_of_the_caption_line() -> None:
    items = parse_bulletin(
        "海棠花开正当时，市民纷纷前来打卡。 李博 摄\n\n河西区召开会议\n\n■ 通讯员 万彤\n\n正文。"
    )
    assert items[0].kind == "photo"
    assert items[0].paragraphs == ["海棠花开正当时，市民纷纷前来打卡。"]
    assert people(items[0]) == [("摄影", "李博")]


def test_photo_with_a_title_line() -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n近日，河西区召开会议。\n\n"
        "春到海河\n\n海河两岸柳枝吐绿，游人如织。\n王芳 摄"
    )
    assert [i.kind for i in items] == ["article", "photo"]
    assert items[1].headline == "春到海河"
    assert items[1].paragraphs == ["海河两岸柳枝吐绿，游人如织。"]


def test_two_photos_in_a_row_and_one_at_the_top() -> None:
    items = parse_bulletin(
        "清晨的海河公园。\n张伟/摄\n\n老人在社区食堂就餐。\n陈静　摄\n\n"
        "河西区召开会议\n\n■ 通讯员 万彤\n\n近日，河西区召开会议。"
    )
    assert [(i.kind, i.paragraphs, people(i)) for i in items[:2]] == [
        ("photo", ["清晨的海河公园。"], [("摄影", "张伟")]),
        ("photo", ["老人在社区食堂就餐。"], [("摄影", "陈静")]),
    ]
    assert items[2].headline == "河西区召开会议"


def test_text_after_a_photo_continues_the_article_before_it() -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n会议要求，要发挥社区服务设\n\n"
        "公园里的郁金香竞相开放。\n刘洋 摄\n\n施的作用。\n\n下一步，将持续推进。"
    )
    assert [i.kind for i in items] == ["article", "photo"]
    assert items[0].paragraphs == ["会议要求，要发挥社区服务设施的作用。", "下一步，将持续推进。"]


# --- odd input -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\u3000\n\t", "\r\n\r\n"])
def test_empty_input(text: str) -> None:
    assert parse_bulletin(text) == []


def test_crlf_and_stray_blank_lines() -> None:
    text = "\r\n\r\n\r\n河西区召开会议  \r\n\r\n■ 通讯员 万彤\r\n\r\n\u3000\u3000近日，河西区召开会议。  \r\n\r\n\r\n"
    item = one(text)
    assert (item.headline, people(item), item.paragraphs) == (
        "河西区召开会议",
        [("通讯员", "万彤")],
        ["近日，河西区召开会议。"],
    )


def test_page_starting_mid_article() -> None:
    items = parse_bulletin(
        "续上版。会议强调，要抓好落实。\n\n河西区召开会议\n\n■ 通讯员 万彤\n\n正文。"
    )
    assert heads(items[0]) == ("", "", "")
    assert items[0].paragraphs == ["续上版。会议强调，要抓好落实。"]
    assert items[1].headline == "河西区召开会议"


def test_form_feed_and_line_separator_are_not_line_breaks() -> None:
    item = one("河西区召开会议\n\n■ 通讯员 万彤\n\n第一句。\x0c第二句。\u2028第三句。")
    assert item.paragraphs == ["第一句。\x0c第二句。\u2028第三句。"]


# --- whole bulletins from other districts --------------------------------------------------

NANKAI = """

南开区召开优化营商环境推进会

■ 记者 孙悦 通讯员 高洁

4月8日，南开区召开优化营商环境推进会，总结一季度工作，部署下一阶段任务。会议通报了全区营商环境评价情况，6个部门作交流发言。

会议指出，优化营商环境是一项系统工程，各部门要坚持问题导向，持续深化“放管服”改革，推动政务服务从“能办”向“好办、易办”转变，让企业群众办事更加便

捷。要聚焦企业全生命周期，完善惠企政策直达机制，做到应享尽享、免申即享。

会议要求，要强化督查问效，对企业反映的问题建立台账、限时办结，以实际行动赢得企业信赖和

满意。

书香润童心 阅读伴成长

南开区开展第十届少儿阅读季活动

■通讯员李晓红

4月12日，南开区第十届少儿阅读季活动在区图书馆启动。活动以“书香润童心 阅读伴成长”为主题，将持续至6月底。

本届阅读季共设置亲子共读、经典诵读、绘本剧展演等8大板块，预计开展各类线下活动60余场，并依托“南开悦读”小程序推出线上打卡、好书推荐等服务，让孩子们在家门口就能感受阅读的乐趣。

区图书馆负责人介绍，今年还将联合辖区中小学建立“校园图书角”20个，推动优质阅读资源向基层延伸。



市民在水上公园观赏盛开的郁金香。据悉，今年园区新引进郁金香品种30余个，花期将持续到4月下旬。
本报记者 周明 摄

南开区举办2025年春季招聘会

提供就业岗位3200余个

4月15日，南开区2025年春季招聘会在区体育中心举办，共有126家用人单位参会，提供岗位3200余个，涵盖智能制造、现代服务、文化创意等多个领域。

招聘会现场还设置了政策咨询区和直播带岗区，工作人员为求职者提供社保、创业担保贷款等政策解读。据统计，当天进场求职者2800余人次，初步达成就业意向560余人

。

区人社局相关负责人表示，下一步将持续开展“春风行动”系列招聘活动，搭建供需对接平台，全力促进高质量充分就

业。

“一站式”服务暖民心

万兴街道社区服务综合体投用

■ 通讯员 王海涛 刘洋

日前，万兴街道“一站式”社区服务综合体正式投用，居民办理社保、医保、养老等23项高频事项实现“一窗通办”。

综合体设置了党群服务站、日间照料中心、儿童托管室等功能区域。居民张大爷说：“以前办事要跑好几个地方，现在家门口就能办好，真方便！”
"""


def test_nankai_bulletin() -> None:
    items = parse_bulletin(NANKAI)
    assert [(i.kind, *heads(i), people(i), len(i.paragraphs)) for i in items] == [
        (
            "article",
            "",
            "南开区召开优化营商环境推进会",
            "",
            [("记者", "孙悦"), ("通讯员", "高洁")],
            3,
        ),
        (
            "article",
            "书香润童心 阅读伴成长",
            "南开区开展第十届少儿阅读季活动",
            "",
            [("通讯员", "李晓红")],
            3,
        ),
        ("photo", "", "", "", [("摄影", "周明")], 1),
        ("article", "", "南开区举办2025年春季招聘会", "提供就业岗位3200余个", [], 3),
        (
            "article",
            "“一站式”服务暖民心",
            "万兴街道社区服务综合体投用",
            "",
            [("通讯员", "王海涛"), ("通讯员", "刘洋")],
            2,
        ),
    ]
    body = {p for i in items for p in i.paragraphs}
    assert any("让企业群众办事更加便捷。要聚焦" in p for p in body)
    assert any(p.endswith("以实际行动赢得企业信赖和满意。") for p in body)
    assert any(p.endswith("初步达成就业意向560余人。") for p in body)
    assert any(p.endswith("全力促进高质量充分就业。") for p in body)


BINHAI = """滨海新区举行重点项目集中签约仪式

■ 本报记者 钱进 通讯员 孔雪

4月16日，滨海新区举行2025年第二批重点项目集中签约仪式，32个项目现场签约，总投资额超过260亿元，涉及生物医药、新能源、高端装备等领域。

签约项目中，外资项目8个，总投资额约45亿元。新区有关负责人表示，将为签约企业提供“一对一”专

员服务，推动项目早落地、早投产、早见效。

港城春色

东疆港区的樱花大道迎来最佳观赏期，吸引不少市民前来游览。
记者 孙立 摄

塘沽街道开展“敲门行动”

为独居老人送上安心服务

近日，塘沽街道组织社区工作者和志愿者开展“敲门行动”，定期上门探访独居老人，帮助他们解决生活难题。

截至目前，共走访独居老人320余户，解决实际问题85件（数据截至4月15日）

新区召开安全生产委员会全体会议

■ 通讯员 邹雨

日前，新区召开安全生产委员会全体会议，研究部署当前安全生产重点工作。会议强调，要坚决守住安全底线，以高水平安全保障高质量发

展。
"""


def test_binhai_bulletin() -> None:
    items = parse_bulletin(BINHAI)
    assert [(i.kind, *heads(i), people(i), len(i.paragraphs)) for i in items] == [
        (
            "article",
            "",
            "滨海新区举行重点项目集中签约仪式",
            "",
            [("本报记者", "钱进"), ("通讯员", "孔雪")],
            2,
        ),
        ("photo", "", "港城春色", "", [("摄影", "孙立")], 1),
        ("article", "", "塘沽街道开展“敲门行动”", "为独居老人送上安心服务", [], 2),
        ("article", "", "新区召开安全生产委员会全体会议", "", [("通讯员", "邹雨")], 1),
    ]
    assert "提供“一对一”专员服务" in items[0].paragraphs[1]
    assert items[2].paragraphs[1].endswith("（数据截至4月15日）")
    assert items[3].paragraphs[0].endswith("以高水平安全保障高质量发展。")


JINNAN = """春耕正当时

津南区全力保障春耕生产

■ 通讯员 田野 孙禾

眼下正值春耕备耕关键时期，津南区各涉农街镇抢抓农时，组织农户开展土地平整、种子采购、农机检修等工作，确保春耕生产有序推进。

在小站镇的一处农机合作社，十余台拖拉机正在进行检修保养。合作社负责人告诉记者：“今年我们新购置了3台智能播种机，效率能提高一倍多。”

区农业农村委相关负责人介绍，今年全区计划种植粮食作物20万亩，目前已储备化肥1.2万吨、种子300余吨，能够满足春耕需

要。

科技助农 数字赋能

津南区建成首个智慧农业示范园

■ 记者 孙悦

日前，津南区首个智慧农业示范园在葛沽镇建成投用，园区引入物联网监测、无人机植保等技术。

工作人员介绍，通过手机就能实时查看土壤墒情和作物长势，实现“看天种地”向“知天而作”转变。

田间地头，农户们正忙着播种。
王芳 李强 摄

津南区开展“护苗”专项行动

■ 通讯员 方圆

近日，津南区文化市场综合执法支队联合区教育局开展“护苗”专项行动，对校园周边文具店、书店等进行检查。
"""


def test_jinnan_bulletin() -> None:
    items = parse_bulletin(JINNAN)
    assert [(i.kind, *heads(i), people(i), len(i.paragraphs)) for i in items] == [
        (
            "article",
            "春耕正当时",
            "津南区全力保障春耕生产",
            "",
            [("通讯员", "田野"), ("通讯员", "孙禾")],
            3,
        ),
        ("article", "科技助农 数字赋能", "津南区建成首个智慧农业示范园", "", [("记者", "孙悦")], 2),
        ("photo", "", "", "", [("摄影", "王芳"), ("摄影", "李强")], 1),
        ("article", "", "津南区开展“护苗”专项行动", "", [("通讯员", "方圆")], 1),
    ]
    assert items[0].paragraphs[2].endswith("能够满足春耕需要。")
    assert items[2].paragraphs == ["田间地头，农户们正忙着播种。"]
