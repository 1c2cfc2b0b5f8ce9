"""Page furniture in a bulletin: lines that belong to the page, not to any article.

A page line (``第2版 综合新闻``), the page's staff (``责任编辑：刘文静　校对：王芳``), a column
label standing alone (``图片新闻``, ``简讯``) and, above the first article only, a date line
(``2025年5月8日 星期四``, ``西青报 2025年5月15日``: further down a date on its own line may
be the date under a notice, which is copy). The layout prints these itself; imported as
copy they would become a kicker or the last paragraph of an article.
"""

from __future__ import annotations

import re

__all__ = ["is_furniture"]

_NUM = r"[\d０-９一二三四五六七八九十百]+"
_SPACE = r"[ \t\u3000\xa0]"
# A page line: 第2版, 第3版 综合新闻, 第 4 版（要闻）.
_PAGE_LABEL = rf"{_SPACE}*[（(【]?[^\s，。；]{{1,8}}[）)】]?"
_PAGE_RE = re.compile(rf"第{_SPACE}*{_NUM}{_SPACE}*版(?:{_PAGE_LABEL})?")
_DATE = rf"\d{{4}}{_SPACE}*年{_SPACE}*\d{{1,2}}{_SPACE}*月{_SPACE}*\d{{1,2}}{_SPACE}*日"
_DATE_RE = re.compile(_DATE)
# Words a date line may carry beside the date: the weekday, the issue, the paper's name.
_DATE_WORD_RE = re.compile(
    rf"{_DATE}|(?:星期|周)[一二三四五六日天]|第{_NUM}期|总第{_NUM}期|农历\S{{2,8}}"
    rf"|{_PAGE_RE.pattern}|[^\s\d，。；：:！？、“”]{{2,12}}"
)
# The page's staff only: an article's own credits (策划, 制图, 设计 …) are copy.
_STAFF = "本版责任编辑 本版编辑 责任编辑 责编 编辑 美术编辑 美编 校对 版式 排版 值班编辑 值班主任"
_STAFF_ALT = "|".join(sorted(_STAFF.split(), key=len, reverse=True))
# One or more "role：name" pairs: 责任编辑：刘文静　校对：王芳.
_STAFF_RE = re.compile(
    rf"(?:(?:{_STAFF_ALT}){_SPACE}*[:：]{_SPACE}*[^\s:：，。]{{1,12}}{_SPACE}*)+"
)
_LABELS = frozenset(
    "图片新闻 新闻图片 图片报道 图说 简讯 快讯 短讯 简讯快递 本区简讯 新闻简讯 要闻"
    " 综合新闻 新闻速递 资讯 动态 工作动态 一线传真 基层传真 本版导读 导读".split()
)
_BRACKETS = "【】[]〔〕［］（）()《》"


def is_furniture(line: str, top: bool = False) -> bool:
    """Whether a stripped, non-blank line is page furniture rather than copy; ``top``: the
    line comes before any copy on the page."""
    if len(line) > 40:
        return False
    if line.strip(_BRACKETS) in _LABELS or _PAGE_RE.fullmatch(line) or _STAFF_RE.fullmatch(line):
        return True
    return top and _is_date_line(line)


def _is_date_line(line: str) -> bool:
    """A dated line with nothing but the date, weekday, issue, page and a name."""
    if not _DATE_RE.search(line):
        return False
    words = [w for w in re.split(rf"{_SPACE}+", line) if w]
    return len(words) <= 5 and all(_DATE_WORD_RE.fullmatch(w) for w in words)
