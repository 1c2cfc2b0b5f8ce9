"""Standard formulations (规范表述): near misses are caught without being listed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate

import ahocorasick

from newsroom.proofing.lexicon import Lexicon, read_lines, read_tsv
from newsroom.proofing.model import Finding, make

# A word of the text at least this frequent at the differing spot means the
# text says something else on purpose (两个维度 is not a miss of 两个维护).
_REAL_WORD_FREQ = 10
# A differing end character that forms a word this frequent with the text beside it.
_EDGE_WORD_FREQ = 500
_LONG = 6
# Official names are written without the city or district in district copy
# (河西区委区级机关工委 → 区委区级机关工委): the short form is a formulation too.
_PLACE_PREFIXES = (("天津市河西区", "区"), ("河西区", "区"), ("天津市", "市"))
_SHORT_FORM_MIN = 6
# Readings typed or heard alike (front/back nasals, flat/retroflex initials):
# 人民明主 is a slip for 人民民主 though 明 and 民 differ in pinyin.
_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"))
_FUZZY_FINALS = (("ing", "in"), ("eng", "en"), ("ang", "an"))


# Misquotations of any kind (不忘初心 → 不忘初衷, 全过程 → 全流程, 青山绿水): formulations at
# least this long are aligned against spans of the text one character shorter or longer.
_ALIGN_MIN = 5
# Only a word of the formulation may change, and at most this many words of it.
_ALIGN_WORDS = 1
# Formulations this long are distinctive enough that an inner word may be replaced whole
# (治理体系和治理水平现代化).
_ALIGN_LONG = 10
_TITLE = re.compile(r"《[^》\n]{1,40}》")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


_PARTICLES = set("的之和与及、地得了")
_NUMERALS = set("〇零一二三四五六七八九十百千万两0123456789")
_SERIES = set("大届中次")


def _other_choice(w: str, f: str) -> bool:
    """Whether w differs from f only where a writer chooses, not slips: in the number of
    a congress, plenum or plan (党的十五大 is not 党的十九大 misquoted, while 六项规定 is a
    slip of 八项规定) or in joining words (市委和市政府, not 市委、市政府)."""
    if len(w) == len(f):
        where = [j for j, (a, b) in enumerate(zip(w, f, strict=True)) if a != b]
        mine, theirs = [w[j] for j in where], [f[j] for j in where]
        if where and all(c in _NUMERALS for c in mine + theirs):
            return all(_in_series(f, j) for j in where)
    else:
        a, b = Counter(w), Counter(f)
        mine = list((a - b).elements())
    return bool(mine) and all(c in _PARTICLES for c in mine)


def _near_miss(text: str, ws: int, f: str) -> Finding:
    return make(
        text,
        ws,
        ws + len(f),
        f,
        "formulation",
        "formulation.near_miss",
        f"规范表述：疑为“{f}”",
        "error",
    )


def _in_series(f: str, j: int) -> bool:
    """Whether the numeral f[j] counts off one of a series: 十九大, 二十届, 三中全会, 十四五."""
    end = j
    while end < len(f) and f[end] in _NUMERALS:
        end += 1
    start = j
    while start > 0 and f[start - 1] in _NUMERALS:
        start -= 1
    run = f[start:end]
    return f[end : end + 1] in _SERIES or (len(run) == 3 and run.endswith("五"))


def _extra(w: str, f: str) -> str:
    """Characters one of w and f has beyond the other (the inserted or dropped ones)."""
    a, b = Counter(w), Counter(f)
    return "".join(((a - b) + (b - a)).elements())


def _worth_aligning(text: str, ws: int, f: str, head: str, tail: str, piece_end: int) -> bool:
    """Whether formulation f, placed at ws, has its head or tail there and its ends (or,
    when long, two characters at one end) close by: worth an alignment."""
    n = len(f)
    we = ws + n
    return (text.startswith(head, ws) or text.startswith(tail, ws + piece_end)) and (
        (f[0] in text[max(ws - 1, 0) : ws + 2] and f[-1] in text[we - 2 : we + 1])
        or (n >= 8 and (text.startswith(f[-2:], we - 2) or text.startswith(f[: n // 2], ws)))
    )


def _outside_longer(near: list[Finding], exact: set[tuple[int, int]]) -> list[Finding]:
    """A listed formulation written right is no misquote of a shorter sibling it covers
    (河西区科技局 is not 河西区委 one character off): those findings are dropped."""
    spans = sorted(exact)
    starts = [s for s, _ in spans]
    longest = max(e - s for s, e in spans)
    return [
        f
        for f in near
        if not any(
            s <= f.start and f.end <= e and e - s > f.end - f.start
            for s, e in spans[bisect_left(starts, f.end - longest) : bisect_right(starts, f.start)]
        )
    ]


def _align(w: str, f: str) -> tuple[int, list[float]] | None:
    """Edit distance of w to f (a swapped pair of adjacent pieces counts as one edit)
    and the positions of f that change (j + 0.5 for an insertion before f[j + 1])."""
    if len(f) == len(w):
        rotated = _rotated_block(w, f)
        if rotated is not None:
            return 1, rotated
    d = _osa_table(w, f)
    return d[len(f)][len(w)], _changed(d, w, f)


def _rotated_block(w: str, f: str) -> list[float] | None:
    """The positions of a block of 2–4 characters of f that w has rotated (三重一大 →
    三大一重 is one slip), or None."""
    diffs = [j for j in range(len(f)) if w[j] != f[j]]
    p, q = diffs[0], diffs[-1] + 1
    if 2 <= q - p <= 4 and sorted(w[p:q]) == sorted(f[p:q]):
        block = f[p:q]
        for cut in range(1, q - p):
            if w[p:q] == block[cut:] + block[:cut]:
                return [float(j) for j in range(p, q)]
    return None


def _osa_table(w: str, f: str) -> list[list[int]]:
    """The optimal string alignment distances of every prefix of f to every prefix of w."""
    n, m = len(f), len(w)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            c = 0 if f[i - 1] == w[j - 1] else 1
            v = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and f[i - 1] == w[j - 2] and f[i - 2] == w[j - 1]:
                v = min(v, d[i - 2][j - 2] + 1)
            d[i][j] = v
    return d


def _changed(d: list[list[int]], w: str, f: str) -> list[float]:
    """The backtrace of _osa_table: positions of f that change, insertions at j + 0.5."""
    changed: list[float] = []
    i, j = len(f), len(w)
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (f[i - 1] != w[j - 1]):
            if f[i - 1] != w[j - 1]:
                changed.append(i - 1)
            i, j = i - 1, j - 1
        elif (
            i > 1
            and j > 1
            and f[i - 1] == w[j - 2]
            and f[i - 2] == w[j - 1]
            and (d[i][j] == d[i - 2][j - 2] + 1)
        ):
            changed += [i - 1, i - 2]
            i, j = i - 2, j - 2
        elif i and d[i][j] == d[i - 1][j] + 1:
            changed.append(i - 1)
            i -= 1
        else:
            changed.append(i - 0.5)
            j -= 1
    return changed


def _fuzzy(py: str) -> str:
    for a, b in _FUZZY_INITIALS:
        if py.startswith(a):
            py = b + py[len(a) :]
            break
    for a, b in _FUZZY_FINALS:
        if py.endswith(a):
            return py[: -len(a)] + b
    return py


def _short_forms(items: list[str]) -> list[str]:
    known, out = set(items), []
    for f in items:
        for prefix, level in _PLACE_PREFIXES:
            if f.startswith(prefix):
                short = level + f[len(prefix) :]
                if len(short) >= _SHORT_FORM_MIN and short not in known:
                    known.add(short)
                    out.append(short)
                break
    return out


def _pieces(n: int, k: int) -> list[tuple[int, int]]:
    """Split range(n) into k+1 pieces: with at most k differences one piece matches exactly."""
    step = n / (k + 1)
    cuts = [round(step * j) for j in range(k + 2)]
    return [(cuts[j], cuts[j + 1]) for j in range(k + 1)]


class Formulations:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.items = [ln.split("\t")[0].strip() for ln in read_lines("formulations.txt")]
        self.items += _short_forms(self.items)
        self.exact = set(self.items)
        self.auto = ahocorasick.Automaton()
        self.words: list[list[tuple[int, int]]] = []
        self.chars = [frozenset(f) for f in self.items]
        table: dict[str, list[tuple[int, int, int, tuple[int, ...], str, int, str, str]]] = {}
        for idx, f in enumerate(self.items):
            self.words.append(self._segment(f))
            n = len(f)
            if n < 4:
                continue
            k = 1 if n < 7 else 2
            for a, b in _pieces(n, k):
                # k + 1 positions outside the piece: a window differing at all of them is
                # more than k characters off, so it is passed over at a glance.
                outside = [j for j in range(n) if not a <= j < b]
                sample = tuple(outside[:: max(1, len(outside) // (k + 1))][: k + 1])
                if len(sample) < k + 1:
                    sample = ()
                # A misquote changes one word: on one side of an intact piece the text
                # reads exactly as the formulation (prefix before it or suffix after it).
                table.setdefault(f[a:b], []).append((idx, b, k, sample, f, n, f[:a], f[b:]))
        for piece, refs in table.items():
            self.auto.add_word(piece, refs)
        self.auto.make_automaton()
        # Every stretch of a listed formulation: a span that is one (中国特色社会主义理论 of
        # …理论体系) is no misquote of a sibling (中国特色社会主义制度).
        self.inner = {
            f[a:b]
            for f in self.items
            for a in range(len(f))
            for b in range(a + _ALIGN_MIN - 1, len(f) + 1)
        }
        # Slogans swapped with their partner (坚决做到“两个确立”): pattern whose group 1
        # is the wrong slogan, and the slogan that goes with the verb.
        self.pairs = [
            (re.compile(row[0]), row[1].strip(), row[2].strip() if len(row) > 2 else "")
            for row in read_tsv("formulation_pairs.tsv")
        ]
        # The slogans the table is about, and each pattern's longest run of characters: a
        # paragraph naming none of them is not scanned.
        self.pair_slogans = tuple(
            {fix for _, fix, _ in self.pairs}
            | {max(re.findall("[\u4e00-\u9fff]+", rx.pattern), key=len) for rx, _, _ in self.pairs}
        )

    def _segment(self, f: str) -> list[tuple[int, int]]:
        """Greedy longest-word segmentation of a formulation (spans of its words)."""
        out, i, fr = [], 0, self.lex.freq
        while i < len(f):
            j = next((j for j in range(min(len(f), i + 6), i + 1, -1) if f[i:j] in fr), i + 1)
            out.append((i, j))
            i = j
        return out

    def _alike(self, a: str, b: str) -> bool:
        conf, py = self.lex.confusable, self.lex.pinyin
        if b in conf.get(a, "") or a in conf.get(b, ""):
            return True
        pa, pb = py.get(a), py.get(b)
        return bool(pa and pb) and _fuzzy(pa) == _fuzzy(pb)

    def iter_findings(self, text: str) -> Iterator[Finding]:
        exact, near, probes = self._scan(text)
        if near and exact:
            near = _outside_longer(near, exact)
        yield from near
        if probes:
            yield from self._misquotes(text, probes, exact, near)
        if any(x in text for x in self.pair_slogans):
            yield from self._pairs(text)

    def _scan(self, text: str) -> tuple[set[tuple[int, int]], list[Finding], list[tuple[int, int]]]:
        """One pass of the automaton: the spans of formulations written right, the near
        misses of the same length, and the (start, formulation) pairs worth aligning."""
        seen: set[tuple[int, int]] = set()
        exact: set[tuple[int, int]] = set()
        probes: list[tuple[int, int]] = []
        near: list[Finding] = []
        lt, chars = len(text), self.chars
        for end, refs in self.auto.iter(text):
            for idx, piece_end, k, sample, f, n, head, tail in refs:
                # The piece ends at `end`, so the formulation would start here.
                ws = end + 1 - piece_end
                we = ws + n
                close = (
                    ws >= 0
                    and we <= lt
                    and (not sample or any(text[ws + j] == f[j] for j in sample))
                )
                if close and text.startswith(f, ws):
                    exact.add((ws, we))
                    continue
                # Misquotes one character longer or shorter (不忘初心 → 不忘初衷) are aligned.
                probe = n >= _ALIGN_MIN and _worth_aligning(text, ws, f, head, tail, piece_end)
                if not (close or probe) or (ws, idx) in seen:
                    continue
                seen.add((ws, idx))
                if close:
                    near.extend(self._check(text, ws, f, idx, k))
                # More characters foreign to the formulation than the edits allow (with one
                # shifted in or out) rule a misquote out before any alignment.
                if probe and sum(c not in chars[idx] for c in text[ws:we]) <= k + 1:
                    probes.append((ws, idx))
        return exact, near, probes

    def _misquotes(
        self,
        text: str,
        probes: list[tuple[int, int]],
        exact: set[tuple[int, int]],
        near: list[Finding],
    ) -> Iterator[Finding]:
        """Misquotes found by aligning the probes, where no near miss already stands."""
        items, lt = self.items, len(text)
        aligned: set[tuple[int, int, int]] = set()
        titles = [m.span() for m in _TITLE.finditer(text)] if "《" in text else []
        covered = {p for s, e in exact for p in range(s, e)}
        # How many characters before each position a correct formulation covers.
        marks = bytearray(lt)
        for p in covered:
            marks[p] = 1
        before = [0, *accumulate(marks)]

        def taken_by_exact(ws: int, n: int) -> int:
            lo, hi = min(max(ws, 0), lt), min(max(ws + n, 0), lt)
            return before[hi] - before[lo]

        # A span mostly taken by a correct formulation leaves no room for a misquote.
        cands = [
            c
            for ws, idx in probes
            if taken_by_exact(ws, len(items[idx])) < len(items[idx]) - 2
            for c in self._near(text, ws, idx, covered, titles, aligned)
        ]
        # Of overlapping readings the closest (then the longest formulation) wins.
        taken = [(f.start, f.end) for f in near]
        for _dist, _neg_n, ws, we, fd in sorted(cands, key=lambda c: c[:2]):
            if any(s < we and ws < e for s, e in taken):
                continue
            taken.append((ws, we))
            yield fd

    def _pairs(self, text: str) -> Iterator[Finding]:
        for rx, fix, why in self.pairs:
            for m in rx.finditer(text):
                yield make(
                    text,
                    m.start(1),
                    m.end(1),
                    fix,
                    "formulation",
                    "formulation.pair",
                    f"规范表述：应为“{fix}”" + (f"（{why}）" if why else ""),
                    "error",
                )

    def _near(
        self,
        text: str,
        base: int,
        idx: int,
        covered: set[int],
        titles: list[tuple[int, int]],
        aligned: set[tuple[int, int, int]],
    ) -> Iterator[tuple[int, int, int, int, Finding]]:
        """Spans one edit (two for longer formulations) away, changed only inside one word."""
        for ws, we in self._near_spans(text, base, idx):
            if (ws, we, idx) in aligned:
                continue
            aligned.add((ws, we, idx))
            found = self._misquote(text, base, ws, we, idx, covered, titles)
            if found is not None:
                yield found

    def _near_spans(self, text: str, base: int, idx: int) -> list[tuple[int, int]]:
        """Where formulation idx may stand near ``base``: anchored at both ends, or (long,
        same length) on two characters at one end: 办公室 → 办公厅, 青山绿水就是金山银山."""
        f = self.items[idx]
        n = len(f)
        lt = len(text)
        first, last = f[0], f[-1]
        starts = [s for s in (base - 1, base, base + 1) if 0 <= s < lt and text[s] == first]
        ends = [
            e for e in (base + n - 1, base + n, base + n + 1) if 0 < e <= lt and text[e - 1] == last
        ]
        spans = [(s, e) for s in starts for e in ends if abs(e - s - n) <= 1]
        if n >= 8 and base >= 0 and base + n <= lt:
            spans.append((base, base + n))
        return spans

    def _misquote(
        self,
        text: str,
        base: int,
        ws: int,
        we: int,
        idx: int,
        covered: set[int],
        titles: list[tuple[int, int]],
    ) -> tuple[int, int, int, int, Finding] | None:
        """text[ws:we] as a misquote of formulation idx (edits, -length, span, finding),
        or None when it is not one."""
        f = self.items[idx]
        n = len(f)
        res = self._aligned(text, base, ws, we, idx)
        if res is None:
            return None
        size = we - ws
        w = text[ws:we]
        changed = res[1]
        if not self._inside_one_word(idx, changed, size == n):
            return None
        lo = ws + int(min(changed))
        hi = ws + int(max(changed)) + 1
        if any(p in covered for p in range(lo, hi)):
            return None
        if any(s <= ws and we <= e for s, e in titles):
            return None
        fd = make(
            text,
            ws,
            we,
            f,
            "formulation",
            "formulation.misquote",
            f"规范表述：疑为“{f}”",
            "error",
        )
        # A particle dropped or added (党全面领导) is style, not a misquote.
        if size != n and set(_extra(w, f)) <= _PARTICLES:
            return None
        if _other_choice(w, f):
            return None
        # A whole word replaced (总体布局 for 战略布局, 中国特色 for 中国式) is a mix-up
        # of sibling formulations only if the new word sits beside its neighbour in
        # another listed formulation; otherwise it is just another phrase (区人民医院).
        if res[0] >= 2 and not (
            w[:2] == f[:2]
            and w[-2:] == f[-2:]
            and (
                n >= _ALIGN_LONG
                or text[max(fd.start - 2, 0) : fd.end] in self.inner
                or text[fd.start : fd.end + 2] in self.inner
            )
        ):
            return None
        return res[0], -n, ws, we, fd

    def _aligned(self, text: str, base: int, ws: int, we: int, idx: int):
        """_align's (edits, changed positions) of text[ws:we] against formulation idx when
        the span is a plausible slip of it (one edit, two for long ones), else None."""
        f = self.items[idx]
        n = len(f)
        k = 1 if n < 6 else 2
        size = we - ws
        if (ws, we) == (base, base + n) and not (text[ws] == f[0] and text[we - 1] == f[-1]):
            if not (text.startswith(f[: n // 2], ws) or text.startswith(f[-2:], we - 2)):
                return None
        w = text[ws:we]
        if w == f or (size == n and sum(a != b for a, b in zip(w, f, strict=True)) > 4):
            return None
        if w in self.inner or w in self.lex.freq:
            return None
        if sum(c not in self.chars[idx] for c in w) > k:
            return None
        if len(_CJK_RE.findall(w)) < len(w) - sum(not _CJK_RE.match(c) for c in f):
            return None
        res = _align(w, f)
        if res is None or not 0 < res[0] <= k:
            return None
        return res

    def _inside_one_word(self, idx: int, changed, same_size: bool) -> bool:
        """Every change inside one multi-character word of formulation idx, or two
        neighbouring words swapped whole (环境生态局 for 生态环境局), which is one slip too."""
        words = {
            (a, b)
            for j in changed
            for a, b in self.words[idx]
            if a <= j < b and (j == int(j) or a < j)
        }
        swapped = (
            len(words) == 2
            and same_size
            and sorted(words)[0][1] == sorted(words)[1][0]
            and {float(j) for a, b in words for j in range(a, b)} == set(changed)
        )
        if not swapped and (len(words) != _ALIGN_WORDS or any(b - a < 2 for a, b in words)):
            return False
        return all(any(a <= j < b for a, b in words) for j in changed)

    def _check(self, text: str, ws: int, f: str, idx: int, k: int) -> Iterator[Finding]:
        n = len(f)
        window = text[ws : ws + n]
        if window == f:
            return
        diffs = [j for j in range(n) if window[j] != f[j]]
        if (
            len(diffs) == 2
            and window[diffs[0]] == f[diffs[1]]
            and window[diffs[1]] == f[diffs[0]]
            and window not in self.lex.freq
            and not set(window) & _NUMERALS - set(f)
        ):
            # Two characters trading places (三大一重 for 三重一大).
            yield _near_miss(text, ws, f)
            return
        if not diffs or len(diffs) > k:
            return
        fr = self.lex.freq
        # A differing first or last character that makes a common word with its neighbour
        # outside the span belongs to that word: 河西区|位于 is no slip of 河西区委.
        if diffs[-1] == n - 1 and fr.get(text[ws + n - 1 : ws + n + 1], 0) >= _EDGE_WORD_FREQ:
            return
        if diffs[0] == 0 and ws and fr.get(text[ws - 1 : ws + 1], 0) >= _EDGE_WORD_FREQ:
            return
        for j in diffs:
            ch = window[j]
            if not ("\u4e00" <= ch <= "\u9fff") or not self._alike(ch, f[j]):
                return
            a, b = next((a, b) for a, b in self.words[idx] if a <= j < b)
            # The text's own word at that spot is a real, different word: not a
            # miss — unless the formulation is long enough that five or more
            # matching characters around it leave no doubt (伟大复星 → 复兴).
            if n < _LONG and b - a >= 2 and fr.get(window[a:b], 0) >= _REAL_WORD_FREQ:
                return
        if window in self.exact or window in fr or _other_choice(window, f):
            return
        yield _near_miss(text, ws, f)
