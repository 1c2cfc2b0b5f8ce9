"""The word lists the engine reads from ``resources/tagging/`` (plain files, no jieba)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from .model import VocabularyTerm


def resource(name: str) -> Traversable:
    return files("newsroom.resources") / "tagging" / name


def _lines(name: str) -> list[str]:
    text = resource(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def word_list(name: str) -> frozenset[str]:
    return frozenset(word for line in _lines(name) for word in line.split())


@dataclass(frozen=True, slots=True)
class DictionaryEntry:
    word: str
    freq: int | None
    tag: str | None


def user_dictionary() -> tuple[DictionaryEntry, ...]:
    entries = []
    for line in _lines("userdict.txt"):
        word, *rest = line.split()
        freq = int(rest[0]) if rest and rest[0].isdigit() else None
        tag = rest[-1] if rest and not rest[-1].isdigit() else None
        entries.append(DictionaryEntry(word, freq, tag))
    return tuple(entries)


@cache
def policy_terms() -> tuple[str, ...]:
    """Current policy terms and set phrases kept whole (``policy_terms.txt``)."""
    return tuple(line.strip() for line in _lines("policy_terms.txt") if "、" not in line)


@cache
def default_vocabulary() -> tuple[VocabularyTerm, ...]:
    """The small starting vocabulary shipped with the app (``vocabulary.tsv``)."""
    text = resource("vocabulary.tsv").read_text(encoding="utf-8")
    terms = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, spellings = [*line.split("\t"), "", ""][:3]
        aliases = tuple(a.strip() for a in spellings.split("|") if a.strip())
        terms.append(VocabularyTerm(name.strip(), kind.strip(), aliases))
    return tuple(terms)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the rules look words up in."""

    generic: frozenset[str]  # not a topic alone
    noise: frozenset[str]  # not part of any topic, nor a person
    surnames: frozenset[str]  # single-character family names
    compound_surnames: frozenset[str]  # 欧阳, 司马 …
    places: frozenset[str]  # trusted place names (the user dictionary's ns)
    orgs: frozenset[str]  # trusted organisation names (the user dictionary's nt)


@cache
def lexicon() -> Lexicon:
    names = word_list("surnames.txt")
    entries = user_dictionary()
    return Lexicon(
        generic=word_list("generic.txt"),
        noise=word_list("noise.txt"),
        surnames=frozenset(n for n in names if len(n) == 1),
        compound_surnames=frozenset(n for n in names if len(n) == 2),
        places=frozenset(e.word for e in entries if e.tag == "ns") | GAZETTEER,
        orgs=frozenset(e.word for e in entries if e.tag == "nt"),
    )


# Places jieba tags ns that are places indeed: its ns tag alone is too loose (城市, 深度 …).
GAZETTEER = frozenset(
    """
    北京 上海 重庆 天津 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东
    河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆
    香港 澳门 北京市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省
    福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省
    甘肃省 青海省 台湾省 京津冀 雄安 雄安新区 渤海 渤海湾 海河 石家庄 唐山 保定 廊坊 沧州
    承德 张家口 秦皇岛 邯郸 邢台 衡水 济南 青岛 南京 杭州 武汉 广州 深圳 成都 西安 沈阳 大连
    哈尔滨 长春 郑州 长沙 合肥 福州 厦门 南昌 昆明 贵阳 南宁 兰州 西宁 银川 太原 呼和浩特
    乌鲁木齐 拉萨 海口 苏州 宁波 无锡 青海 甘南 和田 承德市 张家口市 河西 津门 滨海
    """.split()
)
