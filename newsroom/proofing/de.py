"""的, 地 and 得 — the structural particles native writers swap most.

The grammar books' rules, read off the words on either side (jieba's part of speech):
an adverbial before a verb takes 地 (有条不紊地进行, 切实地把); a verb or adjective before its
complement of degree takes 得 (讲得生动, 装修得很用心); a modifier before a noun takes 的
(流利的英语, 我们的目标). Each rule only proposes: the language model must find the sentence
clearly likelier with the other particle (``slips.DE_AGREE``), which keeps 你说的很对 and
前所未有的决心 as written.
"""

from __future__ import annotations

import re

_PARTICLE = re.compile("[的地得]")
_CLAUSE = re.compile(r"[^，。；：！？,.;:!?]*")
# Adverbials: idioms, fixed phrases, adverbs and adverb-like adjectives.
_ADVERBIAL = frozenset({"i", "l", "ad", "d", "z"})
_VERB = frozenset({"v", "vd", "p"})
_PREDICATE = frozenset({"v", "vi", "a", "ad", "an", "b"})
# Modifiers that take 的 before a noun: adjectives and pronouns (nouns before 地 are
# places more often than slips: 兵地, 校地).
_NOMINAL = frozenset({"r", "a", "b"})
_NOUN = frozenset({"n", "nz", "ng"})
# What opens a complement of degree or state after 得.
_DEGREE = (
    "很",
    "太",
    "非常",
    "十分",
    "相当",
    "特别",
    "格外",
    "更加",
    "越来越",
    "极其",
    "挺",
    "真",
    "不亦乐乎",
    "满头大汗",
    "合不拢嘴",
    "热火朝天",
    "井井有条",
    "红红火火",
    "又快又好",
)
# Complements of state that only 得 introduces after a verb: four-character descriptions of
# how it turned out (跑得满头大汗, 打扫得干干净净). Before one that closes its clause, the
# writer's 的 is a slip even where the model barely prefers 得 (``sure``).
_STATE = frozenset(
    {
        "满头大汗", "合不拢嘴", "不亦乐乎", "热火朝天", "井井有条", "红红火火", "津津有味",
        "有声有色", "淋漓尽致", "一干二净", "一塌糊涂", "心花怒放", "泪流满面", "面红耳赤",
        "头头是道", "乱七八糟", "满满当当", "如火如荼", "栩栩如生", "惟妙惟肖", "汗流浃背",
        "气喘吁吁", "筋疲力尽", "精疲力竭", "焕然一新", "一清二楚", "有条不紊", "恰到好处",
        "无影无踪", "目瞪口呆", "哈哈大笑", "前仰后合", "眉开眼笑", "热泪盈眶",
    }
)  # fmt: skip
_CLOSES = frozenset("，。；：！？、）”")
_PRONOUN_ENDS = frozenset("你我他她它们家")
# Verbs too light to carry a particle rule (他是的, 有的, 在的).
_LIGHT = frozenset("是有在为")


def _left(text: str, i: int, tags: dict[str, str]) -> tuple[str, str]:
    for k in (4, 3, 2, 1):
        w = text[max(0, i - k) : i]
        if len(w) == k and w in tags:
            return w, tags[w]
    return "", ""


def _right(text: str, i: int, tags: dict[str, str]) -> tuple[str, str]:
    for k in (4, 3, 2, 1):
        w = text[i + 1 : i + 1 + k]
        if len(w) == k and w in tags:
            return w, tags[w]
    return "", ""


def _reduplicated(word: str) -> bool:
    """慢慢, 认认真真: reduplicated words are adverbials before a verb."""
    return (len(word) == 2 and word[0] == word[1]) or (
        len(word) == 4 and word[0] == word[1] and word[2] == word[3]
    )


def proposals(text: str, tags: dict[str, str]) -> list[tuple[int, str]]:
    """(position, other particle) where the words around a particle ask for another one."""
    out = []
    for m in _PARTICLE.finditer(text):
        i, p = m.start(), m.group()
        # Inside a word (地方, 得出, 实地) the character is no particle.
        if text[i : i + 2] in tags or text[max(0, i - 1) : i + 1] in tags:
            continue
        left, lt = _left(text, i, tags)
        right, rt = _right(text, i, tags)
        if not left:
            continue
        after = text[i + 1 : i + 5]
        clause = _CLAUSE.match(text, i + 1).group()
        # 期盼的更加和平、安全的世界: a degree word opening a longer modifier is no complement.
        degree = any(after.startswith(d) for d in _DEGREE) and "的" not in clause
        adverbial = lt in _ADVERBIAL or _reduplicated(left)
        want = ""
        # 你说的很对, 他做的很好: after a pronoun, a one-character verb with 的 names what
        # was said or done — the writer's 的 stands.
        nominal = len(left) == 1 and text[max(0, i - 2) : i - 1] in _PRONOUN_ENDS
        if sure(text, i, tags):
            want = "得"
        elif degree and lt in _PREDICATE and left[-1] not in _LIGHT and not nominal:
            want = "得"
        elif adverbial and rt in _VERB and right not in _LIGHT:
            want = "地"
        elif p != "的" and _modifier(left, lt, p) and rt in _NOUN:
            want = "的"
        if want and want != p:
            out.append((i, want))
    return out


def _modifier(left: str, tag: str, particle: str) -> bool:
    """A word that modifies a noun with 的: an adjective or pronoun; before 地, also a
    two-character word jieba reads as an adverb (整齐地蔬菜大棚: 地 never links a noun)."""
    return tag in _NOMINAL or (particle == "地" and tag == "d" and len(left) >= 2)


def _reduplicated_state(word: str) -> bool:
    """干干净净, 清清楚楚: AABB, a state when it ends its clause after a verb."""
    return len(word) == 4 and word[0] == word[1] and word[2] == word[3] and word[0] != word[2]


def sure(text: str, i: int, tags: dict[str, str]) -> bool:
    """The 的 at ``i`` stands between a verb and a complement of state that closes its
    clause (跑的满头大汗。, 打扫的干干净净，): 得 unless the model strongly disagrees."""
    if text[i : i + 1] != "的":
        return False
    state = text[i + 1 : i + 5]
    if not (state in _STATE or _reduplicated_state(state)):
        return False
    if text[i + 5 : i + 6] not in _CLOSES and i + 5 != len(text):
        return False
    left, lt = _left(text, i, tags)
    return lt in ("v", "vi", "a") and left[-1:] not in _LIGHT
