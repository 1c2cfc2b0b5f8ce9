"""One block of cases per rule family, plus correct sentences that must stay clean."""

from __future__ import annotations

import pytest

from newsroom.proofing import Proofreader
from tests.proofing.conftest import fixed

CASES = [
    # typo: dictionary, idioms, statistical
    ("全体干部要再接再励，奋力完成全年目标。", "再接再厉", "typo"),
    ("各部门要按步就班地推进工作。", "按部就班", "typo"),
    ("会议对防汛工作进行了布署。", "部署", "typo"),
    ("这是河西区与企业合作的典型案列。", "案例", "typo"),
    ("老人们迫不急待地走进新食堂。", "迫不及待", "typo"),
    ("内蒙古自治区乌兰察布市大力培育发展大数局产业。", "大数据", "typo"),
    ("全区上下要贯切落实会议精神。", "贯彻落实", "typo"),
    # a slip on the last character of a clause has context on one side only
    ("青年干部要勇于担当作为，不断提升履职能立。", "履职能力", "typo"),
    # of two odd neighbours only the real slip is reported (纠 stays)
    ("双方多年的经济纠分终于得到化解。", "经济纠纷", "typo"),
    # 文 inside 文化 is no byline: the words after it are checked
    ("活动让孩子们在传统文化中受到熏淘。", "受到熏陶", "typo"),
    ("会议要求各单位认真抓好整改落石。", "整改落实", "typo"),
    # formulation: near misses of listed formulations
    ("坚决做到“两个维户”。", "两个维护", "formulation"),
    ("深入学习贯彻习近平新时代中国特色社会注义思想。", "社会主义思想", "formulation"),
    ("牢固树立总体国家安全关。", "总体国家安全观", "formulation"),
    ("积极融入京津翼协同发展。", "京津冀", "typo"),
    # district copy drops the district from official names
    ("区退役军人事物局开展走访慰问。", "区退役军人事务局", "formulation"),
    # readings alike by fuzzy pinyin (min/ming) and shapes a stroke apart (休/体)
    ("全心全意为人明服务。", "为人民服务", "formulation"),
    ("深入学习中国特色社会主义理论休系。", "理论体系", "formulation"),
    # misquotations: any character of a word, a word mixed up with a sibling
    # formulation's, a swapped pair, and slogans used with the wrong verb
    ("全区党员要不忘初衷、牢记使命。", "不忘初心", "formulation"),
    ("坚定不移推进全面从紧治党。", "全面从严治党", "formulation"),
    ("协调推进四个全面总体布局。", "四个全面战略布局", "formulation"),
    ("区纪律监察委员会通报典型案例。", "纪律检查委员会", "formulation"),
    ("以中国特色现代化全面推进强国建设。", "以中国式现代化", "formulation"),
    ("发展全流程人民民主。", "全过程人民民主", "formulation"),
    ("牢固树立青山绿水就是金山银山的理念。", "绿水青山就是金山银山", "formulation"),
    ("河西区人民检查院召开会议。", "人民检察院", "formulation"),
    ("天津市人民政府办公室印发通知。", "人民政府办公厅", "formulation"),
    ("推进国家治理体系和治理水平现代化。", "治理能力现代化", "formulation"),
    ("引导居民践行社会主义核心价值关。", "核心价值观", "formulation"),
    ("坚持走社会主意道路。", "社会主义道路", "formulation"),
    ("坚决做到“两个确立”。", "做到“两个维护”", "formulation"),
    ("深刻领悟“两个维护”的决定性意义。", "领悟“两个确立”", "formulation"),
    ("增强“四个自信”，坚定“四个意识”。", "增强“四个意识”，坚定“四个自信”", "formulation"),
    # words or characters trading places, a number that is a count
    ("推进国家治理体系和能力治理现代化。", "体系和治理能力现代化", "formulation"),
    ("要坚持以民人为中心的发展思想。", "以人民为中心", "formulation"),
    ("严格落实中央六项规定精神。", "中央八项规定精神", "formulation"),
    # repeat
    ("没想到到政府部门主动上门。", "没想到政府", "repeat"),
    ("社区工作人员的的耐心讲解。", "人员的耐心", "repeat"),
    ("活动取得了良好效果效果。", "良好效果。", "repeat"),
    # a copy that also starts a word, leaving a stray character (居民|民意|见)
    ("街道上门征求居民民意见。", "居民意见", "repeat"),
    ("请有关关部门尽快答复。", "有关部门", "repeat"),
    ("这是一件实实在在的的好事。", "实实在在的好事", "repeat"),
    ("街道将不断断完善社区养老服务设施。", "不断完善", "repeat"),
    ("截至目前，全区区共有各级文明单位86家。", "全区共有", "repeat"),
    # mixed_script
    ("科学完善载体的布局 and 分区。", "布局和分区", "mixed_script"),
    ("可以通过线上 or 线下方式报名。", "线上或线下", "mixed_script"),
    ("咨询时间为上午9时 to 11时。", "9时至11时", "mixed_script"),
    ("活动将在each社区开展。", "在每社区", "mixed_script"),
    # punctuation
    ("活动现场,志愿者提供咨询。", "现场，志愿者", "punctuation"),
    ("区市场监管局(区知识产权局)召开会议。", "（区知识产权局）", "punctuation"),
    ("要抓好落实。。", "落实。", "punctuation"),
    ('他说：“我们一定做好。"', "做好。”", "punctuation"),
    # a quotation mark turned the wrong way, a title closed with an angle bracket
    ("居民们称他为“贴心人“。", "为“贴心人”。", "punctuation"),
    ("他说：”我们一定做好。”", "：“我们一定做好。”", "punctuation"),
    ("区档案馆编纂的《河西年鉴（2025）>出版。", "《河西年鉴（2025）》出版", "punctuation"),
    ("区人民法院（以下简称“区法院”》审结一起案件。", "（以下简称“区法院”）审结", "punctuation"),
    ("党员干部观看了影片》长津湖》。", "影片《长津湖》。", "punctuation"),
    ("律师为居民解读《民法典）中的婚姻家庭编。", "《民法典》中的", "punctuation"),
    # fullwidth / number
    ("全区已建成社区食堂２８个。", "食堂28个", "fullwidth"),
    ("展示了ＡＩ辅助诊疗技术。", "了AI辅助", "fullwidth"),
    ("共有3千余人参加。", "3000余人", "number"),
    ("滨河步道全长8百米。", "全长800米", "number"),
    ("通告自二O二五年一月一日起施行。", "二〇二五年", "number"),
    ("区运动员在第十5届全运会上夺冠。", "第十五届", "number"),
    ("外贸进出口额同比增长百分之30。", "增长30%", "number"),
    ("项目将于二0二六年竣工。", "二〇二六年", "number"),
]


@pytest.mark.parametrize(("text", "want", "category"), CASES)
def test_family_finds_and_fixes(pr, text, want, category):
    found = pr.check(text)
    assert category in {f.category for f in found}, found
    assert want in fixed(text, found)


def test_unpaired_marks(pr):
    for text, mark in (
        ("要深入开展“学雷锋志愿服务活动。", "“"),
        ("认真学习《安全生产法，强化安全意识。", "《"),
        ("他表示：“我们将继续努力。”）", "）"),
    ):
        found = [f for f in pr.check(text) if f.rule == "punctuation.unpaired"]
        assert [f.text for f in found] == [mark]


def test_column_cut_quotes_are_paired(pr):
    text = "现场对小额诉讼等案件“把脉\n\n治病”，构建审判机制。"
    assert pr.check(text) == []


CLEAN = [
    # overlapping words that share a character read as whole words
    "充分发挥体育育人功能。",
    "发展全过程人民民主。",
    "实现这一目的的关键在于落实。",
    "他说的的确是实情。",
    # the number of a congress or plenum is the writer's to choose
    "党的十八大以来，全面贯彻党的十九大和十九届历次全会精神。",
    "区委和区政府联合印发通知。",
    "高一3班的同学在百米赛跑中夺冠，增速提高了3个百分点。",
    # a given name, a body and its head, emphasis, a verb said twice
    "退休教师赵婧婧义务辅导功课，欧阳婷婷夺得冠军。",
    "市委组织部部长、区市场监管局局长出席会议。",
    "社区医生为老人量量血压、测测血糖。",
    "要做的工作还很多很多。",
    "社区通过产融融合推动项目落地。",
    "为了了解情况，记者走访了社区。",
    "老人们天天来社区食堂吃饭，常常夸饭菜可口。",
    "网格员认认真真走访每一户，仔仔细细登记每一条信息。",
    "这件事我们还得再研究研究，看看怎么办更好。",
    "为了了解群众需求，工作人员挨家挨户上门走访。",
    "他的的确确是一位值得信赖的好干部。",
    "小朋友们一个个排好队，一步一步登上观景台。",
    "到2025年年底，实现智慧养老服务覆盖率超80%。",
    "全区已建成5G基站1200余个，GDP同比增长5.2%。",
    "居民可通过App预约，PM2.5浓度同比下降8%。",
    "展厅内设置的AI虚拟主播引发热烈讨论。",
    "活动于4月15日上午9:30开始，全年投资1,200亿元。",
    "该厂新上了一台500千瓦的发电机组，线路全长3千米。",
    "坚决做到“两个维护”，增强“四个意识”。",
    "要从多个维度评估政策效果。",
    "会议强调，要始终坚持“两个毫不动摇”。",
    "孩子们说说笑笑地走进了活动室。",
    "他们走走看看，不时驻足拍照。",
    "家家户户门前挂起了红灯笼。",
    # organisation abbreviations and numbered departments
    "区住建委召开专题会议，市场监管一科负责日常检查。",
    "区人社局举办专场招聘会。",
    # current civic vocabulary jieba lacks
    "社区为老人提供助餐、助浴等服务，持之以恒纠治四风。",
    # 落石 as rock fall
    "村里修起了防护网防止落石，山体落石阻断了道路。",
    # a clause-final character that several fillers would complete
    "社区开展稳速保位行动。",
    "文/图 本报记者 张三",
    # formulations quoted right, and near-but-correct phrases
    "坚决做到“两个维护”，深刻领悟“两个确立”的决定性意义。",
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "统筹推进五位一体总体布局和四个全面战略布局。",
    "企业制定了面向海外市场的战略布局。",
    "项目实行全过程管理，全流程网上办理。",
    "坚持和发展中国特色社会主义，以中国式现代化全面推进民族复兴。",
    "市纪委监委检查组来我区督导检查。",
    "天津市人民政府办公厅印发通知，区人民政府办公室随即转发。",
    "区人民医院开展义诊，社区卫生服务中心接种疫苗。",
    "这里青山绿水，风景如画。",
    "要深入贯彻以人民为中心的发展思想。",
    "提高党全面领导农村工作的能力。",
    "中国特色社会主义理论体系是科学理论。",
    "这件事我的初衷是为了帮助居民。",
    "他说：“‘五爱’教育很重要。”",
    "比赛比分为3>2，主队晋级。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_correct_sentences_stay_clean(pr, text):
    assert pr.check(text) == []


def test_a_half_width_bracket_is_fixed_not_also_called_unpaired(pr):
    text = "区法院(以下简称“河西法院”）发布案例。"
    assert [(f.rule, f.suggestion) for f in pr.check(text)] == [("punctuation.halfwidth", "（")]


def test_custom_rules_and_whitelist():
    pr = Proofreader(custom_rules=[("区政务服务中心", "区政务服务办")], whitelist=["布署"])
    found = pr.check("区政务服务中心完成了布署。")
    assert [(f.category, f.suggestion) for f in found] == [("custom", "区政务服务办")]


def test_whitelist_silences_wording_only():
    pr = Proofreader(whitelist=["再接再励"])
    assert pr.check("要再接再励。") == []


def test_misquote_inside_book_title_is_left_alone(pr):
    # a document title is quoted as published; only sound/shape slips are questioned there
    assert pr.check("他撰写了《中国特色现代化研究》一书。") == []


def test_formulation_pairs_table_is_compiled_once(pr):
    pairs = pr.shared.formulations.pairs
    assert pairs and all(hasattr(rx, "finditer") for rx, _, _ in pairs)
