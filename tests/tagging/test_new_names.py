"""Names that are in no dictionary: new companies, communities, parks, streets and people."""

from __future__ import annotations

import pytest

# key: (headline, paragraphs, wanted (tag, kind), unwanted tags)
TEXTS: dict[str, tuple[str, list[str], list[tuple[str, str]], list[str]]] = {
    "new_companies": (
        "区科技局走访新落户企业",
        [
            "近日，区科技局走访天津云帆数智科技有限公司和天津津沽蓝海生物医药有限公司，"
            "了解企业研发需求。天津云帆数智科技有限公司总经理郑广源介绍，公司主要从事"
            "工业互联网平台开发，今年已申请发明专利5项。",
            "区科技局副局长韩立新表示，将帮助企业对接高校院所，做好科技型企业认定服务，"
            "让更多工业互联网企业在河西区扎根。",
        ],
        [
            ("天津云帆数智科技有限公司", "org"),
            ("天津津沽蓝海生物医药有限公司", "org"),
            ("郑广源", "person"),
            ("韩立新", "person"),
            ("区科技局", "org"),
            ("工业互联网", "topic"),
        ],
        ["云帆", "数智", "蓝海", "科技有限公司", "生物医药有限公司"],
    ),
    "new_community": (
        "紫金南里社区办起邻里文化节",
        [
            "日前，友谊路街道紫金南里社区举办首届邻里文化节，200余名居民参加。",
            "社区党委书记魏春燕说，邻里文化节已成为社区的品牌活动。居民王女士和刘大爷"
            "在活动中表演了快板。紫金南里社区还组织志愿者为高龄老人送餐上门。",
        ],
        [("紫金南里社区", "place"), ("友谊路街道", "place"), ("魏春燕", "person")],
        ["王女士", "刘大爷", "紫金南里", "友谊路街道紫金南里社区"],
    ),
    "other_district": (
        "果园新村街道举办中医义诊",
        [
            "近日，北辰区果园新村街道民生路社区与天津市北辰区中医医院联合举办义诊活动，"
            "副院长邱晓峰带领医护人员为居民义诊。",
            "果园新村街道有关负责人介绍，街道将把中医义诊办成常态化的为民服务项目。",
        ],
        [
            ("果园新村街道", "place"),
            ("北辰区", "place"),
            ("天津市北辰区中医医院", "org"),
            ("邱晓峰", "person"),
            ("中医义诊", "topic"),
        ],
        ["果园", "新村"],
    ),
    "new_park": (
        "天津智谷数字产业园迎来首批企业",
        [
            "位于大沽南路的天津智谷数字产业园日前迎来首批12家企业入驻，涵盖数字内容、"
            "工业软件、跨境电商等领域。",
            "园区运营方天津智谷园区管理有限公司负责人钱文博介绍，天津智谷数字产业园"
            "将为入驻企业提供跨境电商培训和融资对接服务。",
        ],
        [
            ("天津智谷数字产业园", "place"),
            ("大沽南路", "place"),
            ("天津智谷园区管理有限公司", "org"),
            ("钱文博", "person"),
            ("跨境电商", "topic"),
        ],
        ["智谷"],
    ),
    "new_people": (
        "区教育局启动青少年读书月",
        [
            "本报记者孙悦从区教育局获悉，第二届青少年读书月日前启动。",
            "区教育局党委书记、局长冯振东在启动仪式上说，读书月将持续到5月底。"
            "天津市第四十二中学校长秦素梅和学生代表欧阳明轩一同为读书月揭幕。",
        ],
        [
            ("孙悦", "person"),
            ("冯振东", "person"),
            ("秦素梅", "person"),
            ("欧阳明轩", "person"),
            ("区教育局", "org"),
            ("天津市第四十二中学", "org"),
            ("读书月", "topic"),
        ],
        ["振东", "孙悦从"],
    ),
    # A lone 里 after a noun is "in" (麦田里, 车间里), and 向 after a title is "towards"
    # unless a given name follows (书记向红梅).
    "locatives_and_prepositions": (
        "麦收时节农机忙",
        [
            "在西堤头镇的麦田里，联合收割机来回穿梭。镇农机站车间里，维修工人加班检修机具。",
            "镇党委书记向红梅说，全镇职工向劳动模范学习，确保颗粒归仓。",
        ],
        [("西堤头镇", "place"), ("向红梅", "person")],
        ["麦田里", "车间里", "向劳动"],
    ),
    # A place's root is no topic beside the place (精武 beside 精武镇); 部署 is no office
    # (河东区部署); figures and occasions say nothing alone (同比, 仪式, 年度).
    "roots_and_empty_words": (
        "精武镇部署2025年度重点项目建设",
        [
            "日前，精武镇部署2025年度重点项目建设工作，并举行项目集中签约仪式。",
            "一季度，精武镇固定资产投资同比增长12.5%，重点项目开工率同比提高8个百分点。"
            "精武镇将为项目建设提供全程服务，签约仪式上，8个项目现场签约。",
        ],
        [("精武镇", "place"), ("重点项目", "topic")],
        ["精武", "精武镇部署", "同比", "同比增长", "仪式", "年度"],
    ),
}

PEOPLE = {
    "郑广源", "韩立新", "魏春燕", "邱晓峰", "钱文博", "孙悦", "冯振东", "秦素梅", "欧阳明轩",
    "向红梅",
}  # fmt: skip


@pytest.mark.parametrize("key", list(TEXTS))
def test_new_local_names_come_out_whole(tagger, key):
    headline, paragraphs, wanted, unwanted = TEXTS[key]
    got = tagger.suggest(headline, paragraphs, limit=100)
    kinds = {s.tag: s.kind for s in got}
    for tag, kind in wanted:
        assert tag in kinds, f"{key}: {tag} missing from {[s.tag for s in got]}"
        assert kinds[tag] == kind, f"{key}: {tag} is {kinds[tag]}, want {kind}"
    for tag in unwanted:
        assert tag not in kinds, f"{key}: {tag} should not be suggested"
    people = {s.tag for s in got if s.kind == "person"}
    assert people <= PEOPLE, f"{key}: junk people {people - PEOPLE}"


def test_names_are_not_in_the_user_dictionary():
    """The new names above must come out by rule, not because a dictionary knows them."""
    from importlib.resources import files

    userdict = (files("newsroom.resources") / "tagging" / "userdict.txt").read_text("utf-8")
    words = {line.split()[0] for line in userdict.splitlines() if line.strip()}
    for name in ("紫金南里", "果园新村", "云帆", "智谷", "郑广源", "民生路", "津沽蓝海"):
        assert not any(name in word for word in words), name
