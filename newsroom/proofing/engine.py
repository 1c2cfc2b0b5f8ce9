"""The proofreader: runs every rule family, then drops what guards and whitelists protect."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from newsroom.newscopy import ROLE_WORDS
from newsroom.proofing.avoid import AvoidCheck, AvoidWord
from newsroom.proofing.charlm import get_model
from newsroom.proofing.confusables import get_confusables
from newsroom.proofing.context import NgramScorer
from newsroom.proofing.custom import CustomRules
from newsroom.proofing.families import REGISTRY, priorities
from newsroom.proofing.formulation import Formulations
from newsroom.proofing.idioms import IdiomIndex
from newsroom.proofing.learn import QUOTED, LearnedRules
from newsroom.proofing.lexicon import load_lexicon, read_lines
from newsroom.proofing.mixed_script import MixedScript
from newsroom.proofing.model import Finding, ProofOptions
from newsroom.proofing.repeat import RepeatRule
from newsroom.proofing.roster import RosterCheck, RosterPost
from newsroom.proofing.slips import SlipChecker
from newsroom.proofing.typo import TypoDictionary
from newsroom.proofing.typo_stats import StatDetector

# When two findings overlap, the more specific rule wins (families.py gives the order).
_PRIORITY = priorities()
# The model's families (the same-sound detector, typo_stats, only proposes to them).
_STATISTICAL = frozenset({"typo.context", "typo.confusable", "typo.de"})
# Findings about wording; punctuation and digit forms are checked even inside names and quotes.
_WORDING = frozenset(f.name for f in REGISTRY if f.wording)
_CJK = "\u4e00-\u9fff"
_NEAR = 2
# “青”力而为, 暖“新”礼包: a quoted single character (or two) is a pun on a homophone.
_PUN = re.compile(rf"[“‘\"']([{_CJK}]{{1,2}})[”’\"']")
_SHORT_QUOTE = re.compile(r"[“‘]([^”’\n]{1,8})[”’]")
# 文 and 图 are bylines only where no word runs into them (文/图 张三, （文 张三）):
# inside 红色文化熏淘 or 地图 they are ordinary characters.
# The byline roles of newsroom.newscopy, and 编辑 and 作者, which running text also uses.
_BYLINE_ROLES = "|".join((*ROLE_WORDS, "编辑", "作者"))
_BYLINE = re.compile(
    rf"(?:{_BYLINE_ROLES}|(?<![{_CJK}])[文图](?:/[文图])?)[ 　:：]*([{_CJK}·]{{2,4}})"
)
_CREDIT = re.compile(rf"^[ 　]*([{_CJK}]{{2,4}})[ 　]+摄[ 　]*$", re.M)
_TITLES = (
    "法官|检察官|专家|教授|副教授|讲师|主任|副主任|书记|副书记|区长|副区长|局长|副局长|经理|"
    "校长|院长|老师|医生|护士|主席|部长|处长|科长|队长|站长|所长|社长|总编|同志|先生|女士|"
    "居民|志愿者|村民|老人|代表|工程师|律师|民警|社工|网格员|负责人|党员|会长|理事长|董事长"
)


def _pun_name_re(surnames: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{_TITLES})([{surnames}][{_CJK}]{{1,2}})")


@dataclass(frozen=True)
class _Shared:
    lex: object
    typo: TypoDictionary
    stats: StatDetector
    slips: SlipChecker
    formulations: Formulations
    repeat: RepeatRule
    mixed: MixedScript
    title_name: re.Pattern[str]


_lock = threading.Lock()


def _scorer() -> NgramScorer | None:
    lm = get_model()
    return NgramScorer(lm) if lm is not None else None


@cache
def _shared() -> _Shared:
    lex = load_lexicon()
    surnames = "".join(read_lines("surnames.txt"))
    stats = StatDetector(lex, surnames)
    return _Shared(
        lex,
        TypoDictionary(lex.freq),
        stats,
        SlipChecker(
            _scorer(),
            lex.freq,
            surnames,
            get_confusables(),
            stats.proposals,
            lex.tags,
            IdiomIndex(lex.freq, lex.tags, lex.confusable).proposals,
        ),
        Formulations(lex),
        RepeatRule(lex, surnames),
        MixedScript(),
        _pun_name_re(surnames),
    )


@cache
def _policy_automaton():
    import ahocorasick

    from newsroom.tagging.lexicon import policy_terms

    auto = ahocorasick.Automaton()
    for term in policy_terms():
        auto.add_word(term, len(term))
    auto.make_automaton()
    return auto


def _policy_spans(text: str) -> list[tuple[int, int]]:
    """Where the current policy terms and set phrases (专精特新 …) stand in the text."""
    return [(end - n + 1, end + 1) for end, n in _policy_automaton().iter(text)]


class _Spans:
    """Sorted, merged intervals answering "does [start, end) touch any of them" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def hit(self, f: Finding) -> bool:
        k = bisect.bisect_left(self.ends, f.start + 1)
        return k < len(self.starts) and self.starts[k] < max(f.end, f.start + 1)


class Proofreader:
    """Checks text against all rule families; build once, call ``check`` many times."""

    def __init__(
        self,
        options: ProofOptions | None = None,
        custom_rules: Sequence[tuple[str, str]] = (),
        whitelist: Iterable[str] = (),
        roster: Sequence[RosterPost] = (),
        words: Sequence[AvoidWord] = (),
        date: dt.date | None = None,
        learned: Sequence[tuple[str, str, bool]] = (),
    ) -> None:
        """``roster`` and ``words`` are the newsroom's officials and words to avoid;
        ``date`` the day the copy is dated (the roster's posts are those held on it;
        default today); ``learned`` the rules accepted from editors' fixes (wrong, right,
        whether it applies inside quotes and names too)."""
        self.options = options or ProofOptions()
        self.custom = CustomRules(custom_rules, whitelist)
        self.roster = RosterCheck(roster, date) if roster else None
        self.words = AvoidCheck(words) if words else None
        self.learned = LearnedRules(learned) if learned else None

    @property
    def shared(self) -> _Shared:
        with _lock:  # two worker threads must not build the tables twice
            return _shared()

    def check(self, text: str) -> list[Finding]:
        """All findings in ``text``, sorted by start offset, never overlapping."""
        if not text:
            return []
        o = self.options
        found: list[Finding] = []
        for family in REGISTRY:
            if family.check is None:
                continue
            sharing = [family, *(g for g in REGISTRY if g.source == family.name)]
            on = {g.name for g in sharing if getattr(o, g.name)}
            if not on:
                continue
            findings = family.check(self, text)
            if len(sharing) > 1:  # one checker, several families: keep the ones switched on
                findings = (f for f in findings if f.category in on)
            found.extend(findings)
        if o.statistical:
            found = self.shared.slips.veto(text, found)
        return self._resolve(text, self._guard(text, found))

    def check_paragraph(self, paragraph: str, offset: int = 0) -> list[Finding]:
        """Re-check one edited paragraph; offsets are shifted by ``offset`` into the article."""
        return (
            [f.shifted(offset) for f in self.check(paragraph)] if offset else self.check(paragraph)
        )

    def _protected_spans(self, text: str) -> list[tuple[int, int]]:
        """Where wording is not questioned: the whitelist, the names of bylines and credits
        wherever they recur, names after a title, and the ■ lines of a pun."""
        protected = self.custom.whitelisted_spans(text)
        names = {m.group(1) for m in _BYLINE.finditer(text)}
        names.update(m.group(1) for m in _CREDIT.finditer(text))
        for name in names:
            protected.extend((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
        protected.extend(m.span(1) for m in self.shared.title_name.finditer(text))
        # The pun and the few characters after it (“青”力而为) are deliberate.
        protected.extend((m.start(), m.end()) for m in re.finditer(r"^[ 　]*■.*$", text, re.M))
        return protected

    def _guard(self, text: str, found: list[Finding]) -> list[Finding]:
        if not found:
            return found
        protected = self._protected_spans(text)
        prot = _Spans(protected)
        puns = _Spans((m.start(), m.end() + 4) for m in _PUN.finditer(text))
        quotes = _Spans(m.span() for m in _SHORT_QUOTE.finditer(text))
        quoted = None
        whole = _Spans(_policy_spans(text))
        out = []
        for f in found:
            # Policy terms are words of their own: no typo is found by cutting into them.
            if f.category == "typo" and whole.hit(f):
                continue
            wording = f.category in _WORDING
            if wording and f.category != "custom" and prot.hit(f):
                continue
            if f.rule == "custom.learned":  # learned from fixes: not in names or quotes
                quoted = quoted or _Spans(m.span() for m in QUOTED.finditer(text))
                if prot.hit(f) or quoted.hit(f):
                    continue
            if f.category in ("typo", "formulation") and puns.hit(f):
                continue
            # Quoted short phrases are slogans more often than slips: only the
            # dictionary, not the statistics, may question them.
            if f.rule in _STATISTICAL and quotes.hit(f):
                continue
            out.append(f)
        return out

    @staticmethod
    def _resolve(text: str, found: list[Finding]) -> list[Finding]:
        def prio(f: Finding) -> int:
            return _PRIORITY.get(f.rule, _PRIORITY.get(f.category, 9))

        taken: set[int] = set()  # code points already claimed by a finding
        near: set[int] = set()  # neighbourhood of certain wording errors
        chosen: list[Finding] = []
        for f in sorted(found, key=lambda f: (prio(f), f.start, -f.end)):
            cells = range(f.start, max(f.end, f.start + 1))
            if any(c in taken for c in cells):
                continue
            # A known error next door explains why a character looks odd (贯切 → 贯彻).
            if f.rule in _STATISTICAL and f.start in near:
                continue
            if f.category in _WORDING:
                near.update(range(f.start - _NEAR, f.end + _NEAR))
            taken.update(cells)
            chosen.append(f)
        return sorted(chosen, key=lambda f: (f.start, f.end))


_default: Proofreader | None = None


def get_proofreader() -> Proofreader:
    """The shared default proofreader (no newsroom rules), built on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = Proofreader()
    return _default
