"""The ``roster`` family: officials' names and posts (领导干部名录) checked against the copy.

Plain data in — the newsroom's roster rows and the date of the copy — and findings out.
In copy dated D it flags, where a listed person is named right after a title:

* a post they did not hold on D: 副 dropped or added, the right post in the wrong unit,
  a post they only take later (``roster.post``);
* a post they had left by D (``roster.former``);
* a name one character away from a listed name that holds the title before it
  (区委副书记张山 → 张三, ``roster.name``);
and, in a sentence listing who attended (出席/参加…), officials out of protocol order
(``roster.order``). A title nobody in the roster holds is left alone: the roster speaks
only of the people it lists.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import ahocorasick

from newsroom.proofing.model import Finding

#: Words a post ends with; the part before is its unit (区委 + 副书记).
POST_WORDS = (
    "书记", "副书记", "常委", "委员", "区长", "副区长", "主任", "副主任", "局长", "副局长",
    "部长", "副部长", "主席", "副主席", "秘书长", "副秘书长", "镇长", "副镇长", "主任委员",
    "院长", "副院长", "检察长", "副检察长", "处长", "科长", "队长", "所长", "站长", "校长",
    "组长", "副组长", "政委", "司令员", "市长", "副市长", "省长", "副省长", "会长", "理事长",
    "党组书记", "主任科员", "调研员", "巡视员", "督察长", "审计长", "行长", "总经理", "董事长",
)  # fmt: skip
_POST_WORD = re.compile("(?:" + "|".join(sorted(POST_WORDS, key=len, reverse=True)) + ")$")
#: A sentence that lists who attended a meeting.
_ATTENDANCE = re.compile(r"出席|参加|参会|列席|陪同|到会")
_ENDS = "。！？；\n"
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: Characters right before a post that name a unit: 区卫健局 (局长).
_UNIT_RUN = re.compile(r"[\u4e00-\u9fff]*[局委部院办厅府会室所站心道镇乡司行校](?=$)")


@dataclass(frozen=True, slots=True)
class RosterPost:
    """One post a person holds or held: ``since``/``until`` are its first and last day
    (None: open), ``rank`` its place in protocol order (1 first; 0 unranked)."""

    name: str
    post: str
    unit: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    rank: int = 0

    @property
    def title(self) -> str:
        """The post as copy writes it before the name: 区委 + 副书记."""
        return self.post if self.post.startswith(self.unit) else self.unit + self.post

    def held_on(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (
            self.until is None or day <= self.until
        )


def _unit_and_word(title: str) -> tuple[str, str]:
    m = _POST_WORD.search(title)
    return (title[: m.start()], m.group()) if m else (title, "")


def _vice_variants(title: str) -> set[str]:
    """The title with 副 dropped, or added before its post word."""
    out = set()
    if "副" in title:
        out.add(title.replace("副", "", 1))
    unit, word = _unit_and_word(title)
    if word and not word.startswith("副"):
        out.add(f"{unit}副{word}")
    return out - {title, ""}


def _same(title: str, post: RosterPost) -> bool:
    """Whether ``title`` names ``post`` (in full, bare, or with more of the unit)."""
    return title.endswith(post.title) or title == post.post or title.endswith(post.post)


def _shown(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class RosterCheck:
    """Built once per roster and date; ``iter_findings`` is called per text."""

    def __init__(self, posts: Sequence[RosterPost], day: dt.date | None = None) -> None:
        self.day = day or dt.date.today()
        self.posts: dict[str, list[RosterPost]] = {}
        for p in posts:
            if p.name and p.post:
                self.posts.setdefault(p.name, []).append(p)
        titles: set[str] = set()
        for plist in self.posts.values():
            for p in plist:
                for t in (p.title, p.post):
                    titles.add(t)
                    titles |= _vice_variants(t)
        # One automaton for names and titles: the copy is read once (a megabyte: 60 ms).
        self.words = ahocorasick.Automaton()
        for word in {*self.posts, *(t for t in titles if len(t) >= 2)}:
            self.words.add_word(word, (word, word in self.posts, word in titles))
        self.words.make_automaton()
        self.near: dict[str, list[str]] = {}
        for name in self.posts:
            for i in range(len(name)):
                self.near.setdefault(name[:i] + "?" + name[i + 1 :], []).append(name)

    def iter_findings(self, text: str) -> Iterator[Finding]:
        if not self.posts:
            return
        title_ends: dict[int, int] = {}  # end → start of the longest title ending there
        names: list[tuple[int, int, str]] = []
        for end, (word, is_name, is_title) in self.words.iter(text):
            start = end + 1 - len(word)
            if is_name:
                names.append((start, -end - 1, word))
            if is_title and (end + 1 not in title_ends or start < title_ends[end + 1]):
                title_ends[end + 1] = start
        named: list[tuple[int, int, str]] = []
        for start, minus_end, name in sorted(names):
            if not named or start >= named[-1][1]:  # 张三丰 listed hides 张三 inside it
                named.append((start, -minus_end, name))
        taken = {s for s, _, _ in named}
        for start, _end, name in named:
            yield from self._post(text, start, name, title_ends)
        for end, start in title_ends.items():
            if end not in taken:
                yield from self._near_name(text, start, end)
        yield from self._order(text, named)

    def _post(self, text: str, at: int, name: str, title_ends: dict[int, int]):
        """The titles right before ``name`` (区委常委、副区长张三: both), each checked."""
        end = at
        while end in title_ends:
            start = title_ends[end]
            finding = self._title(text, start, end, name)
            if finding is not None:
                yield finding
            if start > 0 and text[start - 1] == "、":
                end = start - 1
            else:
                break

    def _title(self, text: str, start: int, end: int, name: str) -> Finding | None:
        title, day = text[start:end], self.day
        plist = self.posts[name]
        held = [p for p in plist if p.held_on(day)]
        if any(title.endswith(p.title) for p in held):
            return None
        for p in held:
            if p.unit and title == p.post:
                return self._wrong_unit(text, start, end, name, p)
        if any(_same(title, p) for p in held):
            return None
        now = "、".join(p.title for p in held) or "无在任职务"
        for p in held:
            if title in _vice_variants(p.title) or title in _vice_variants(p.post):
                what = "多了“副”" if "副" in title and "副" not in p.post else "漏了“副”"
                return _finding(
                    text, start, end, p.title, "roster.post",
                    f"职务有误（{what}）：{name}现任{p.title}", "error",
                )  # fmt: skip
        for p in plist:
            if _same(title, p) and p.until is not None and p.until < day:
                return _finding(
                    text, start, end, held[0].title if len(held) == 1 else "", "roster.former",
                    f"{name}已于{_shown(p.until)}卸任{p.title}，现任：{now}", "error",
                )  # fmt: skip
            if _same(title, p) and p.since is not None and p.since > day:
                return _finding(
                    text, start, end, held[0].title if len(held) == 1 else "", "roster.post",
                    f"{name}自{_shown(p.since)}起任{p.title}，{_shown(day)}时任：{now}", "error",
                )  # fmt: skip
        unit, word = _unit_and_word(title)
        for p in held:
            p_unit, p_word = _unit_and_word(p.title)
            if word and word == p_word and unit and unit != p_unit:
                return _finding(
                    text, start, end, p.title, "roster.post",
                    f"单位有误：{name}现任{p.title}", "error",
                )  # fmt: skip
        return None

    @staticmethod
    def _wrong_unit(text: str, start: int, end: int, name: str, p: RosterPost):
        """A bare post after another unit's name: 区卫健局局长王五 for 区教育局's 局长."""
        run = _UNIT_RUN.search(text, max(0, start - 12), start)
        if run is None:
            return None
        head = run.group()
        common = 0
        while common < min(len(head), len(p.unit)) and head[-1 - common] == p.unit[-1 - common]:
            common += 1
        if common >= min(2, len(p.unit)):  # 教育局 for 区教育局: the unit, shortened
            return None
        at = head.rfind(p.unit[0])
        unit_start = run.start() + (at if at >= 0 else max(0, len(head) - len(p.unit)))
        return _finding(
            text, unit_start, end, p.title, "roster.post",
            f"单位有误：{name}现任{p.title}", "error",
        )  # fmt: skip

    def _near_name(self, text: str, start: int, end: int) -> Iterator[Finding]:
        """After a title, a name one character off a listed name holding it that day."""
        title = text[start:end]
        for size in (3, 2):
            candidate = text[end : end + size]
            if len(candidate) < size or not all(_CJK.match(c) for c in candidate):
                continue
            if candidate in self.posts:
                return
            for i in range(size):
                for name in self.near.get(candidate[:i] + "?" + candidate[i + 1 :], ()):
                    plist = self.posts[name]
                    if any(_loosely(title, p) and p.held_on(self.day) for p in plist):
                        yield _finding(
                            text, end, end + size, name, "roster.name",
                            f"姓名疑误：名录中的{title}是{name}", "error",
                        )  # fmt: skip
                        return

    def _order(self, text: str, named: list[tuple[int, int, str]]) -> Iterator[Finding]:
        """In a sentence listing who attended, listed officials in protocol order."""
        if len(named) < 2:
            return
        sentences: dict[int, list[tuple[int, int, str]]] = {}
        for hit in named:  # grouped by the sentence they are in: no pass over the whole text
            begin = max(text.rfind(c, 0, hit[0]) for c in _ENDS) + 1
            sentences.setdefault(begin, []).append(hit)
        for begin, hits in sentences.items():
            if len(hits) < 2:
                continue
            ends = [e for e in (text.find(c, hits[-1][1]) for c in _ENDS) if e >= 0]
            if not _ATTENDANCE.search(text, begin, min(ends, default=len(text))):
                continue
            seen: set[str] = set()
            listed: list[tuple[int, int, str, int]] = []
            for s, e, name in hits:
                if name not in seen:
                    seen.add(name)
                    rank = self._rank(name)
                    if rank:
                        listed.append((s, e, name, rank))
            for before, after in itertools.pairwise(listed):
                if after[3] < before[3]:
                    yield Finding(
                        after[0], after[1], after[2], "", "roster", "roster.order",
                        f"排序有误：按名录{after[2]}应排在{before[2]}之前", "warning",
                    )  # fmt: skip
                    break

    def _rank(self, name: str) -> int:
        ranks = [p.rank for p in self.posts[name] if p.rank and p.held_on(self.day)]
        return min(ranks) if ranks else 0


def _loosely(title: str, post: RosterPost) -> bool:
    """The title could be this post, 副 aside."""
    bare_title = title.replace("副", "")
    return any(
        bare_title.endswith(t.replace("副", "")) or t.replace("副", "").endswith(bare_title)
        for t in (post.title, post.post)
    )


def _finding(text, start, end, suggestion, rule, message, severity) -> Finding:
    return Finding(start, end, text[start:end], suggestion, "roster", rule, message, severity)
