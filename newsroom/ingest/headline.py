"""Which headline line is which: kicker 引题, headline 主题, subheadline 副题.

Plain text in, plain text out; the bulletin parser finds the lines, this module tells
the news fact (河西区…召开) from a slogan over it or a line under it.
"""

from __future__ import annotations

import re

__all__ = ["DANGLING_END", "HAN", "PAIRS", "continues", "fact_score", "headline_fields", "rejoin"]

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = HAN
DANGLING_END = frozenset("的和与及暨、对将把被从向在为是并而或")  # ends a cut, never a headline
PAIRS = ("“”", "‘’", "（）", "()", "《》", "【】")

# Does a headline line state the news fact (who did what), or is it a slogan?
_SUBJECT_RE = re.compile(
    rf"[{_HAN}]{{1,6}}(?:省|市|区|县|旗|州|镇|乡|街道|村)|[区市县省镇乡](?:委|政府|人大|政协|纪委|监委)"
    rf"|[区市县][{_HAN}]{{1,8}}?(?:局|委员会|委|办公室|办|部|院|所|馆|中心|队|站|会)"
    r"|全[区市县省国]|我[区市县镇]|本[区市县]"
)
_EVENTS = "召开 举行 举办 开展 启动 成立 揭牌 印发 发布 开幕 闭幕 落幕 签约 开工 竣工 投用"
_EVENTS += " 亮相 出台 揭晓 启用 落成 开通 上线 授牌 颁奖 表彰 调研 视察 慰问 座谈 签署 落地"
_EVENT_RE = re.compile("|".join(_EVENTS.split()))
_EVENT_END_RE = re.compile(f"(?:{_EVENT_RE.pattern})\\Z")
# Two parallel phrases with a space between, 倾听企业心声 共话营商环境: a slogan.
_SLOGAN_RE = re.compile(rf"[{_HAN}”》][ \u3000]+[{_HAN}“《]")
_PURPOSE_START = frozenset("以让把用为")
# X区召开 / 举办 … an event: a line holding the verb whose object does not yet end in the
# event's noun, over a line that does (…推进会, …仪式, …大赛), is one headline wrapped.
_HOLD_RE = re.compile("召开|举办|举行|开展|启动|组织")
_EVENT_NOUN_END_RE = re.compile(r"(?:会|仪式|典礼|活动|赛|论坛|讲座|班|展|节|式)[”’》」』]?\Z")


def fact_score(line: str) -> int:
    """How much a headline line reads as the news fact rather than a slogan."""
    score = 2 if _SUBJECT_RE.match(line) else 0
    score += 3 if _EVENT_END_RE.search(line) else 1 if _EVENT_RE.search(line) else 0
    score -= 3 if _SLOGAN_RE.search(line) else 0
    score -= 4 if line.startswith("—") else 0  # ——记…: the subheadline of a profile
    score -= 1 if line[:1] in _PURPOSE_START else 0  # 以…保障…: a purpose, not a fact
    return score


def headline_fields(lines: list[str]) -> tuple[str, str, str]:
    """Map headline lines to (kicker, headline, subheadline), after joining the lines of
    one headline that was wrapped."""
    lines = rejoin(lines)
    if len(lines) == 2 and fact_score(lines[1]) > fact_score(lines[0]):
        return lines[0], lines[1], ""  # a kicker over the headline
    if len(lines) <= 2:
        return "", (lines or [""])[0], "".join(lines[1:])
    return lines[0], "".join(lines[1:-1]), lines[-1]


def rejoin(lines: list[str]) -> list[str]:
    """Headline lines with a line that goes on in the next joined to it."""
    out: list[str] = []
    for line in lines:
        if out and continues(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def continues(line: str, after: str) -> bool:
    """Whether headline line ``after`` is the rest of ``line``, wrapped: line ends where no
    headline can (…暨, …的, inside quotes), or names an event that only ``after`` ends
    (西青区召开2025年度重点项目建设 / 推进会暨项目集中签约仪式)."""
    if not line or not after or after.startswith("—"):
        return False
    if line[-1] in DANGLING_END or any(line.count(a) > line.count(b) for a, b in PAIRS):
        return True
    hold = _HOLD_RE.search(line)
    return bool(
        hold
        and len(line) - hold.end() >= 2
        and not _EVENT_NOUN_END_RE.search(line)
        and _EVENT_NOUN_END_RE.search(after)
        and not (_SUBJECT_RE.match(after) or _EVENT_END_RE.search(after))
        and not _SLOGAN_RE.search(after)
    )
