"""Word classes the entity and topic rules use: name suffixes, titles, parts of speech."""

from __future__ import annotations

from functools import lru_cache

# Endings that make a run of words the name of an organisation. Longest first matters only
# for readability: every ending is tried.
ORG_SUFFIXES = (
    "有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "研究院", "研究所", "设计院",
    "学院", "大学", "中学", "小学", "幼儿园", "学校", "党校", "医院", "卫生院", "中心",
    "法院", "检察院", "人民政府", "政府", "委员会", "管委会", "工委", "党委", "党工委",
    "总工会", "工会", "妇联", "团委", "协会", "商会", "学会", "联合会", "基金会", "促进会",
    "研究会", "工作室", "实验室", "办公室", "服务办", "事务所", "派出所", "服务站", "工作站",
    "银行", "分行", "支行", "分公司", "分局", "分院", "图书馆", "博物馆", "美术馆", "文化馆",
    "纪念馆", "科技馆", "体育馆",
    "剧院", "报社", "电视台", "合作社", "监管局", "管理局", "科技局", "数据局", "教育局",
    "统战部", "宣传部", "组织部", "教研部", "管理处", "民二庭", "法庭", "大队", "支队",
    "局", "厅", "部", "处", "庭", "署", "所", "站", "队", "院", "委", "办", "馆", "社",
)  # fmt: skip

# Endings of place names. 区/市/县 stand only at the end of a single word (河西区, 北辰区).
PLACE_SUFFIXES = (
    "街道", "社区", "小区", "新村", "村", "镇", "乡", "大街", "街", "路", "公园", "广场",
    "花园", "园区", "产业园", "科技园", "科创园", "科创区", "商务区", "示范区", "开发区",
    "功能区", "自贸区", "片区", "步道", "湿地", "码头", "大厦", "里",
)  # fmt: skip

# Jieba should cut these as words, so the name before them stays whole and is not glued on.
SUFFIX_WORDS = (
    "科创园", "科创区", "产业园", "科技园", "管委会", "有限公司", "工作室", "服务办", "党工委",
    "监管局", "数据局", "民二庭", "民一庭", "刑庭", "商务区",
)  # fmt: skip

# Words ending like a suffix that are no name (格局 ends in 局, 干部 in 部 …).
NOT_SUFFIX = frozenset(
    """
    格局 布局 大局 结局 当局 骗局 开局 全局 局部 全部 内部 外部 干部 部分 各部 本部 总部 头部
    到处 好处 之处 相处 难处 益处 用处 场所 住所 厕所 处所 团队 部队 排队 球队 梯队 队伍 家庭
    门庭 网站 车站 一站 首站 驿站 站点 院落 庭院 委屈 委托 开办 举办 主办 承办 协办 创办 督办
    该办 市办 区办 首办 代办 包办 帮办 领办 公社 旅社 重心 核心 线路 道路 思路 路子 公路 马路
    出路 一路 全路 之路 新路 老路 退路 门路 哪里 这里 那里 心里 夜里 城里 村里 家里 手里
    展厅 大厅 餐厅 客厅 门厅 舞厅 歌厅 特办 思路 后路 来路 套路 电路 网络 部署 部位 部件 部落
    """.split()
)

# Titles and roles after which copy names a person: 法官肖霄, 副主任李理, 记者 孙悦.
TITLES = (
    "法官", "检察官", "主任", "书记", "局长", "区长", "市长", "县长", "镇长", "乡长", "村长",
    "主席", "院长", "校长", "所长", "站长", "馆长", "处长", "科长", "部长", "厅长", "庭长",
    "经理", "董事长", "总裁", "总监", "教授", "研究员", "工程师", "专家", "医生", "医师",
    "护士长", "护士", "老师", "教师", "班主任", "记者", "通讯员", "编辑", "律师", "民警",
    "警官", "网格员", "社工", "志愿者", "队长", "会长", "理事长", "秘书长", "委员", "代表",
    "负责人", "创始人", "居民", "村民", "职工", "党员", "劳模", "工匠", "运动员", "教练",
    "选手", "作者", "讲师", "博士", "导演", "主持人", "调解员", "宣讲员", "楼长", "组长",
)  # fmt: skip

# A title ends a word: 副主任, 党委书记, 本报记者. These do not, though they end like one.
NOT_TITLE = frozenset("人大代表团 代表团 代表性 代表处 委员会".split())

# Text after a surname that shows it is a form of address, not a given name.
HONORIFICS = (
    "女士", "先生", "大爷", "大妈", "大娘", "大姐", "大哥", "阿姨", "师傅", "老师", "同志",
    "某", "老", "总", "书记", "主任", "局长", "经理", "奶奶", "爷爷", "叔叔", "家", "姓", "氏",
)  # fmt: skip

# Characters that end a name early: 李理和…, 孙悦从…, 秦素梅和…
NAME_STOP = frozenset(
    "和与及在从说对为向到也就是的了等将把被给于跟同以并还都所又因而或、，。；：！？“”‘’（）《》 \t"
)

# Verbs of speech after a name: 王建国说, 赵德全表示.
SPEECH = ("说", "表示", "介绍", "指出", "认为", "坦言", "感慨", "笑着说", "告诉记者", "透露")

# Parts of speech that stop any name (punctuation, particles, pronouns, adverbs …).
FUNCTION_POS = frozenset("x w p c u uj ul uz uv ud ug r rr rz d df dg e y o zg k h".split())
# Parts of speech that may carry a topic on their own.
TOPIC_POS = frozenset("n nz j nr nrt nrfg ng eng nw".split())
# Parts of speech that may stand inside a compound topic (养老|服务, 社会|治理).
COMPOUND_POS = TOPIC_POS | frozenset("vn an b v".split())
# Personal-name parts of speech of jieba.
PERSON_POS = frozenset("nr nrt nrfg".split())


# Verbs that stand inside names (天津市知识产权保护中心); any other verb ends a name.
NAME_VERBS = frozenset(
    """
    保护 创新 开放 发展 服务 管理 促进 研究 监督 检验 检测 保障 建设 交易 投资 咨询 培训 调解
    救助 孵化 运营 规划 设计 监测 应急 执法 审判 仲裁 鉴定 评估 认证 推广 合作 交流 治理 维修
    """.split()
)

# Given-name characters that mark a period after a topic word: 读书月, 宣传周, 服务日.
PERIODS = frozenset("月 周 日 节 季".split())

# Titles jieba keeps whole that begin with an organisation's ending: not to be cut.
WHOLE_TITLES = frozenset(
    "党委书记 党委副书记 党组书记 支部书记 总支书记 工委书记 党工委书记".split()
)


@lru_cache(maxsize=4096)
def split_point(word: str) -> int:
    """Where to cut a word jieba glued from an organisation and a title (中学校长 → 2), or 0."""
    if len(word) < 4 or word in WHOLE_TITLES:
        return 0
    for title in TITLES:
        head = word[: -len(title)]
        if word.endswith(title) and len(head) >= 2 and org_suffix(head):
            return len(head)
    return 0


@lru_cache(maxsize=8192)
def org_suffix(word: str) -> str:
    """The organisation ending of a word (监管局 → 局), or ""."""
    if any(word.endswith(w) for w in NOT_SUFFIX):
        return ""  # 青年干部 ends in 部 as 干部 does
    for suffix in ORG_SUFFIXES:
        if word.endswith(suffix):
            return suffix
    return ""


@lru_cache(maxsize=8192)
def place_suffix(word: str) -> str:
    if any(word.endswith(w) for w in NOT_SUFFIX):
        return ""
    for suffix in PLACE_SUFFIXES:
        if word.endswith(suffix):
            return suffix
    return ""


@lru_cache(maxsize=8192)
def title_of(word: str) -> str:
    """The title a word ends with (党委书记 → 书记), or ""."""
    if word in NOT_TITLE:
        return ""
    for title in TITLES:
        if word.endswith(title):
            return title
    return ""


# Words before 社区, 街道, 园区 … that describe a kind of place rather than name one.
PLACE_MODIFIERS = frozenset(
    """
    居家 城市 农村 智慧 和谐 文明 老旧 示范 辖区 周边 所在 基层 网格 服务 党群 机关 老年 绿色
    生态 数字 创新 工业 国际 商业 文化 体育 养老 便民 美丽 宜居 平安 法治 书香 健康 友好 完整
    低碳 学习型 科创 科技 产业 园区 企业 各 全 本 该 新 老 大 小 多个 各个 一个 两个 重点 试点
    """.split()
)

# Organisations too general to tag an article of a district paper with.
GENERIC_ORGS = frozenset(
    """
    区委 市委 省委 县委 区政府 市政府 党中央 中央 政府 该公司 母公司 子公司 分公司 本公司 新公司
    """.split()
)

# Generic words that still begin or end a telling compound: 社会治理, 国家安全, 养老服务.
COMPOUND_HEADS = frozenset("社会 国家 数据 市场 信息 生态 文化 科技 产业 知识 安全 公共".split())
COMPOUND_TAILS = frozenset(
    "服务 安全 经济 环境 治理 产业 保护 创新 管理 教育 技术 平台 市场 生态 企业 改革 数据".split()
)
