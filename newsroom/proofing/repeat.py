"""Doubled characters and words (重复字词: 没想到到, 效果效果), sparing real reduplication."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from newsroom.proofing.lexicon import Lexicon, read_lines
from newsroom.proofing.model import Finding, make

_AA = re.compile(r"([\u4e00-\u9fff])\1")
_ABAB = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
# A doubled character that starts a word this frequent is two words (到|到底, 为了|了解).
_WORD_FREQ = 50
# A doubled character jieba knows this well is a word of its own (天天, 常常);
# rarer entries such as 了了 are segmentation debris.
_PAIR_FREQ = 20
# Measure words and numerals reduplicate freely after 一 (一排排, 一件件).
_AFTER_YI = "一"
_NUMERALS = frozenset("一二三四五六七八九十百千万两〇零")
# Particles that end a word of their own before the next one (目的|的, 为了|了, 似的|的,
# 反对|对, 社会|会).
_WORD_FINAL_PARTICLES = "的地得了对会"
_EMPHATIC_HEADS = frozenset("很最好真太多")
# Last characters of names of bodies, which the next word often starts again with a
# title or a part of the body (组织部|部长, 海关|关长, 我党|党务, 研究馆|馆员).
_BODY_SUFFIXES = frozenset("部局司处科股室馆站班队所院校厂省市州县区乡镇村组会社党团委关署厅办")
# Scoring a doubled character that is a word or starts one (居民|民意|见 or 居民|意见?):
# the text around it is segmented with and without one copy, words scored by jieba's
# frequencies (single characters too).  Dropping the copy must gain this much.
_CONTEXT = 4
_DROP_GAIN = 7.0
# A given name doubles a character (赵婧婧, 欧阳婷婷): after a surname, a character this
# rare as a word of its own is taken for a name.
_NAME_CHAR_FREQ = 3000
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙".split()
    + "宇文 司徒 夏侯 轩辕 令狐 钟离 端木 西门 南宫".split()
)


class RepeatRule:
    def __init__(self, lex: Lexicon, surnames: str = "") -> None:
        self.lex = lex
        self.allowed = set(read_lines("reduplication.txt"))
        self.surnames = frozenset(surnames)

    def _starts_word(self, text: str, i: int) -> bool:
        f = self.lex.freq
        return any(f.get(text[i : i + n], 0) >= _WORD_FREQ for n in (2, 3, 4))

    def _ends_word(self, text: str, i: int) -> bool:
        f = self.lex.freq
        return any(
            i - n + 1 >= 0 and f.get(text[i - n + 1 : i + 1], 0) >= _WORD_FREQ for n in (2, 3, 4)
        )

    def _aa_ok(self, text: str, i: int) -> bool:
        c = text[i]
        pair = c + c
        f = self.lex.freq
        if pair in self.allowed:
            return True
        if f.get(c, 0) < _NAME_CHAR_FREQ and (
            (i and text[i - 1] in self.surnames) or text[i - 2 : i] in _COMPOUND_SURNAMES
        ):
            return True  # 赵婧婧, 欧阳婷婷
        if c in _BODY_SUFFIXES and f.get(text[i + 1 : i + 3], 0) >= 3:
            return True
        # 天天, 常常 are words; 同时时, 进一步步 only make a stray one.
        if f.get(pair, 0) >= _PAIR_FREQ:
            return not self._stray_copy(text, i)
        # AABB (认认真真, 家家户户) and ABB tails (绿油油) are reduplication.
        nxt = text[i + 2 : i + 4]
        if len(nxt) == 2 and nxt[0] == nxt[1]:
            return True
        prev = text[i - 2 : i]
        if len(prev) == 2 and prev[0] == prev[1] and c not in _WORD_FINAL_PARTICLES:
            return True  # not 实实在在的的
        if i and text[i - 1] == _AFTER_YI:
            return True
        if c in _NUMERALS:
            return True  # “十五五”规划, 九九重阳, 五五分成
        if c in _WORD_FINAL_PARTICLES and f.get(text[i - 1 : i + 1], 0) >= _WORD_FREQ:
            return True
        # 为了|了解, 人民|民主: the first ends a word and the second begins one — unless
        # the copy only makes a stray word (居民民意见, 开开展).
        if self._starts_word(text, i + 1):
            return not self._stray_copy(text, i)
        # Words with the doubled character inside (的的确确 is caught above).
        return any(
            f.get(text[a : a + n], 0) >= 3
            for n in (3, 4)
            for a in range(i - n + 2, i + 1)
            if a >= 0
        )

    def _segment(self, text: str) -> tuple[float, list[int]]:
        """Log-probability of the likeliest segmentation of a short text, and where its
        single-character words start."""
        f, logt = self.lex.freq, self.lex.logt
        best = [0.0] + [-math.inf] * len(text)
        back = [0] * (len(text) + 1)
        for a in range(len(text)):
            for b in range(a + 1, min(len(text), a + 6) + 1):
                n = f.get(text[a:b], 0) + (b == a + 1)
                if n and best[a] + math.log(n) - logt > best[b]:
                    best[b], back[b] = best[a] + math.log(n) - logt, a
        singles, b = [], len(text)
        while b:
            a = back[b]
            if b == a + 1 and "\u4e00" <= text[a] <= "\u9fff":
                singles.append(a)
            b = a
        return best[-1], singles

    def _stray_copy(self, text: str, i: int) -> bool:
        """Whether the copy at text[i + 1] only strands a character: dropping it leaves
        fewer characters standing alone (居民|民意|见 → 居民|意见, 有关|关|部门 → 有关|部门)
        and reads far likelier, where a real overlap reads as whole words either way
        (两国|国旗, 海关|关长, 体育|育人)."""
        if not self._ends_word(text, i):
            return False  # the first copy must close a known word (居民, 有关, 进一步)
        a, b = max(0, i - _CONTEXT), min(len(text), i + 2 + _CONTEXT)
        around, k = text[a:b], i - a
        score, singles = self._segment(around)
        score_without, singles_without = self._segment(around[:k] + around[k + 1 :])
        return len(singles) > len(singles_without) and score_without - score >= _DROP_GAIN

    def iter_findings(self, text: str) -> Iterator[Finding]:
        for m in _AA.finditer(text):
            i = m.start()
            if self._aa_ok(text, i):
                continue
            c = text[i]
            yield make(
                text,
                i + 1,
                i + 2,
                "",
                "repeat",
                "repeat.char",
                f"重复字：“{c}”连写两次，疑多一个",
                "error",
            )
        f = self.lex.freq
        for m in _ABAB.finditer(text):
            w = m.group(1)
            if w[0] == _AFTER_YI:  # 一步一步, 一天一天
                continue
            # 研究研究, 商量商量: a few verbs and adjectives reduplicate as ABAB.
            if w + w in self.allowed or w[0] == w[1] or f.get(w, 0) < 3:
                continue
            # Said twice for emphasis or duration: 很多很多, 最难最难, 想着想着.
            if w[0] in _EMPHATIC_HEADS or w[-1] == "着":
                continue
            yield make(
                text,
                m.end() - len(w),
                m.end(),
                "",
                "repeat",
                "repeat.word",
                f"重复词：“{w}”连写两次，疑多一个",
                "error",
            )
