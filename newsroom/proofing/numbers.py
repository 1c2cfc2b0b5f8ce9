"""Full-width characters (全半角) and number usage (数字用法, GB/T 15835)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from newsroom.proofing.model import Finding

_FULLWIDTH = re.compile(r"[０-９Ａ-Ｚａ-ｚ][０-９Ａ-Ｚａ-ｚ．％]*")
# 3千, 5百: GB/T 15835 keeps 万 and 亿 as units after Arabic numerals, not 千/百.
# Units such as 千米, 千克, 千瓦 and 百分点 are words, not numbers.
_THOUSAND = re.compile(r"(?<![\d.])(\d+)(?:(千)(?![米克瓦伏帕焦卡赫分字兆])|(百)(?!分))")
_CN_DIGITS = "〇一二三四五六七八九"
# A year written half in Chinese numerals, half in Arabic ones (二0二五年), or with a
# letter O or a circle for 〇 (二O二五年, 二○二五年).
_ZERO_LOOKALIKES = "OoΟ○"
_MIXED_YEAR = re.compile(r"[〇零一二三四五六七八九0-9OoΟ○]{4}(?=年)")
# An ordinal half in Chinese numerals, half in Arabic ones (第十5届).
_MIXED_ORDINAL = re.compile(
    r"第(?:[〇一二三四五六七八九十百]+[0-9]+|[0-9]+[〇一二三四五六七八九十百]+)"
)
# 百分之30: a percentage in Arabic numerals takes the sign (30%).
_PERCENT = re.compile(r"百分之([0-9]+(?:\.[0-9]+)?)")


def _usage(m: re.Match[str], sugg: str, rule: str, why: str) -> Finding:
    """A number-usage finding over the whole match."""
    return Finding(
        m.start(), m.end(), m.group(), sugg, "number", rule, f"数字用法：{why}", "warning"
    )


def iter_findings(text: str) -> Iterator[Finding]:
    for m in _FULLWIDTH.finditer(text):
        s = m.group()
        half = unicodedata.normalize("NFKC", s)
        yield Finding(
            m.start(),
            m.end(),
            s,
            half,
            "fullwidth",
            "fullwidth.alnum",
            f"全半角：数字和拉丁字母应使用半角“{half}”，不用全角“{s}”",
            "error",
        )
    for m in _THOUSAND.finditer(text):
        unit = m.group(2) or m.group(3)
        sugg = m.group(1) + ("000" if unit == "千" else "00")
        why = f"阿拉伯数字后不宜接“{unit}”，宜写作“{sugg}”"
        yield _usage(m, sugg, "number.arabic_unit", why)
    for m in _MIXED_YEAR.finditer(text):
        s = m.group()
        has_cn = any(c in _CN_DIGITS or c == "零" for c in s)
        has_ar = any((c.isdigit() and c.isascii()) or c in _ZERO_LOOKALIKES for c in s)
        if not (has_cn and has_ar):
            continue
        sugg = "".join(
            "〇"
            if c in _ZERO_LOOKALIKES or c == "零"
            else (_CN_DIGITS[int(c)] if c.isascii() else c)
            for c in s
        )
        why = f"年份不能混用汉字和阿拉伯数字，宜写作“{sugg}”"
        yield _usage(m, sugg, "number.mixed_year", why)
    for m in _MIXED_ORDINAL.finditer(text):
        sugg = "第" + "".join(_CN_DIGITS[int(c)] if c.isascii() else c for c in m.group()[1:])
        why = f"序数不能混用汉字和阿拉伯数字，宜写作“{sugg}”"
        yield _usage(m, sugg, "number.mixed_ordinal", why)
    for m in _PERCENT.finditer(text):
        sugg = m.group(1) + "%"
        yield _usage(m, sugg, "number.percent", f"阿拉伯数字的百分数宜写作“{sugg}”")
