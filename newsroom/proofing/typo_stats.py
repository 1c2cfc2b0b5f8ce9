"""Statistical typos: a character forming no word where a look-alike or sound-alike would."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from newsroom.proofing.lexicon import COVER_FREQ, Lexicon
from newsroom.proofing.model import Finding

# The correction must make the local segmentation this much more likely
# (natural log): e^7.5 ≈ 1800×.  Tuned on odw.train: ≤ 2% of its correct lines flagged.
MARGIN = 7.5
# The last character of a clause (before punctuation or the end) has context on
# one side only, so a slip there can break just one word: 使命敢, 能立, 新台接.  Lone
# characters ending a clause are rare in correct copy once function characters
# are excluded, so one side's evidence is worth a lower margin.
END_MARGIN = 6.5
# ... and there the best correction must also clearly beat the next best.
END_LEAD = 1.0
# Characters that are place/province abbreviations or common in names of
# organisations: replacing them is more often wrong than right.
_PROTECTED = set("冀沪渝粤皖闽赣鲁豫鄂湘桂琼黔滇陕陇晋津蒙辽吉")
# Suffixes of place and organisation names: the characters just before them
# are names (芹泉镇, 一冶集团, 特诊科), which the statistics must not "correct".
_PLACE_SUFFIX = re.compile(
    r"(?:镇|村|乡|县|旗|街道|社区|里|庄|路|大街|道|桥|湾|屯|寨|堡|营|胡同"
    r"|科|局|处|室|所|院|厅|委|集团|公司|中心|医院|学校|大学|中学|小学)"
)
# Last characters of organisation names: an unknown abbreviation or a number
# before them (人社局, 住建委, 网信办, 一科, 三处) is a name, not a slip of the suffix.
_ORG_END = frozenset("局委办厅署科处室")
_NUMERALS = frozenset("一二三四五六七八九十0123456789")
# What may follow the last character of a clause.
_CLAUSE_END = frozenset("。，；：？！…）”’」』》,.;:?!)")
_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Function characters stand alone in correct copy all the time; the
# statistics cannot tell a slip of 的/地/得 from proper use, so they are never suspects.
_FUNCTION_CHARS = frozenset(
    "的了是在和与及对将把被为从向等也都就还又而并或以于之其所要能会可有无不没很更最已着过"
    "这那此每各某该其他们我你您它个们吗呢吧啊之乎者"
)


def _chinese_run(s: str, i: int) -> tuple[int, int]:
    """Bounds of the run of Chinese characters around i, at most 4 characters each way."""
    lo = i
    while lo > i - 4 and lo > 0 and "\u4e00" <= s[lo - 1] <= "\u9fff":
        lo -= 1
    hi = i + 1
    while hi < i + 5 and hi < len(s) and "\u4e00" <= s[hi] <= "\u9fff":
        hi += 1
    return lo, hi


class StatDetector:
    """Precision-tuned noisy-channel check over a unigram word model (jieba frequencies)."""

    def __init__(self, lex: Lexicon, surnames: str) -> None:
        self.lex = lex
        self.freq = lex.freq
        self.surnames = set(surnames)
        self.words2 = lex.words2
        self.logt = lex.logt

    def _suspects(self, s: str) -> list[int]:
        """Positions of characters that sit inside no known word (the only ones worth a look)."""
        n = len(s)
        w2, bg, f = self.words2, self.lex.bigrams, self.freq
        pairs = [s[k : k + 2] for k in range(n - 1)]
        # cov[k + 1] tells whether pair k is a frequent word; the ends are sentinels.
        cov = [False, *[p in w2 for p in pairs], False]
        out = []
        for i in [
            i for i in range(n) if not (cov[i] or cov[i + 1]) and "\u4e00" <= s[i] <= "\u9fff"
        ]:
            if not ((i and pairs[i - 1] in bg) or (i < n - 1 and pairs[i] in bg)):
                out.append(i)
                continue
            if not any(
                f.get(s[a : a + ln], 0) >= COVER_FREQ
                for ln in (3, 4, 5)
                for a in range(max(0, i - ln + 1), min(i, n - ln) + 1)
            ):
                out.append(i)
        return out

    def _seg(self, s: str) -> float:
        """Log-probability of the best segmentation of a short window (jieba's unigram model)."""
        f, logt = self.freq, self.logt
        best = [0.0] + [-1e9] * len(s)
        for j in range(1, len(s) + 1):
            for k in range(max(0, j - 4), j):
                v = f.get(s[k:j])
                if v is None:
                    if j - k > 1:
                        continue
                    v = 0.5
                score = best[k] + math.log(v) - logt
                if score > best[j]:
                    best[j] = score
        return best[-1]

    def _is_name(self, s: str, i: int, unc: set[int]) -> bool:
        # 张蔓芳: a surname standing alone, followed by one or two odd characters.
        for back in (1, 2):
            j = i - back
            if j >= 0 and s[j] in self.surnames and j in unc:
                return True
        # 崔成龙, 陈曦: the odd character is the surname itself, before a given name.
        if s[i] in self.surnames and (i + 1 in unc or i + 2 in unc):
            return True
        return bool(_PLACE_SUFFIX.match(s[i + 1 : i + 4]) or _PLACE_SUFFIX.match(s[i + 2 : i + 5]))

    def proposals(self, text: str) -> list[tuple[int, str]]:
        """(position, correction) of every finding: what the slip decision weighs."""
        return [(f.start, f.suggestion) for f in self.iter_findings(text)]

    def iter_findings(self, text: str) -> Iterator[Finding]:
        conf = self.lex.confusable
        s = text
        # One pass over the whole text: pairs across punctuation are simply no words.
        sus = self._suspects(s)
        unc = set(sus)
        hits: list[tuple[float, Finding]] = []
        for i in sus:
            c = s[i]
            if c in _FUNCTION_CHARS or c in _PROTECTED or not ("\u4e00" <= c <= "\u9fff"):
                continue
            if c in _ORG_END and i and (i - 1 in unc or s[i - 1] in _NUMERALS):
                continue
            cs = conf.get(c)
            if not cs:
                continue
            lo, hi = _chinese_run(s, i)
            if hi - lo < 3:
                continue
            cands = self._fillers(s, i, lo, hi, cs)
            if not cands or self._is_name(s, i, unc):
                continue
            hit = self._weigh(s, i, lo, hi, cands)
            if hit is not None:
                hits.append(hit)
        # Two odd neighbours (纠分) are usually one slip: the other character only
        # looks odd beside it, so only the more convincing of the two is reported.
        # On a tie the left one stays.
        score_at = {fd.start: (score, -fd.start) for score, fd in hits}
        for score, fd in hits:
            mine = (score, -fd.start)
            if all(score_at.get(j, mine) <= mine for j in (fd.start - 1, fd.start + 1)):
                yield fd

    def _fillers(self, s: str, i: int, lo: int, hi: int, cs: str) -> set[str]:
        """Confusables of s[i] that make a common word of two to four characters there."""
        masked = self.lex.masked
        cands: set[str] = set()
        for ln in (2, 3, 4):
            for a in range(max(lo, i - ln + 1), min(i, hi - ln) + 1):
                fills = masked.get(s[a:i] + "\0" + s[i + 1 : a + ln])
                if fills:
                    cands.update(x for x in fills if x in cs)
        return cands

    def _weigh(
        self, s: str, i: int, lo: int, hi: int, cands: set[str]
    ) -> tuple[float, Finding] | None:
        """The finding at i with how far its best filler clears the margin, or None when
        no filler segments the window convincingly better than the character written."""
        f, n, c = self.freq, len(s), s[i]
        wlo, whi = max(lo, i - 3), min(hi, i + 4)
        win = s[wlo:whi]
        here = self._seg(win)
        at_end = hi == i + 1 and (hi == n or s[hi] in _CLAUSE_END)
        margin = END_MARGIN if at_end else MARGIN
        gains = sorted(
            ((self._seg(win[: i - wlo] + x + win[i - wlo + 1 :]) - here, x) for x in cands),
            reverse=True,
        )
        best, fix = gains[0]
        if best < margin:
            return None
        # With context on one side only, several fillers that all make a word
        # (保位 → 保卫/保住/保佑) show the left word wants a partner, not which.
        if at_end and len(gains) > 1 and best - gains[1][0] < END_LEAD:
            return None
        word = max(
            (
                s[a:i] + fix + s[i + 1 : a + ln]
                for ln in (2, 3, 4)
                for a in range(max(lo, i - ln + 1), min(i, hi - ln) + 1)
            ),
            key=lambda w: f.get(w, 0),
        )
        found = Finding(
            i,
            i + 1,
            c,
            fix,
            "typo",
            "typo.statistical",
            f"疑似错别字：“{c}”与上下文不成词，可能应为“{fix}”（{word}）",
            "warning",
        )
        return best - margin, found
