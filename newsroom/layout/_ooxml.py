"""The WordprocessingML that python-docx has no API for: styles with East Asian fonts, columns."""

from __future__ import annotations

import copy
import re
from xml.sax.saxutils import quoteattr

from lxml import etree

from newsroom.layout.stylesheet import STYLE_IDS, PageSetup, ParagraphStyle, StyleSheet

__all__ = [
    "CJK_QUOTES",
    "FRAME_STYLE",
    "FRAME_STYLE_ID",
    "W",
    "clean_text",
    "new_paragraph",
    "quote_styles",
    "section_break",
    "set_columns",
    "set_page",
    "styles_xml",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
_TWIPS_PER_MM = 1440 / 25.4
# Characters that XML 1.0 cannot hold; copy pasted from other programs sometimes has them.
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
# The paragraph a layout person most likely types next, as Word's "style for following".
_NEXT = {"引题": "主题", "主题": "副题", "副题": "署名", "署名": "稿件正文", "小标题": "稿件正文"}
_NEXT |= {"图片说明": "摄影署名"}
# Chinese text in every style, so that a program choosing a fallback face picks a
# Simplified Chinese one (not the Japanese face of the same family).
_LANG = '<w:lang w:eastAsia="zh-CN"/>'
#: The box where a photo item's picture goes, when the copy has none yet.
FRAME_STYLE, FRAME_STYLE_ID = "图片位置", "Tupianweizhi"
QUOTE_STYLE_ID = "Zhongwenyinhao"
#: Quotation marks Chinese and Latin share: set in the East Asian font.
CJK_QUOTES = frozenset("“”‘’")


def twips(mm: float) -> int:
    return round(mm * _TWIPS_PER_MM)


def styles_xml(sheet: StyleSheet) -> bytes:
    """A complete styles.xml: Word's four default styles plus one style per sheet entry.

    Written out rather than edited from python-docx's template, whose 160 built-in styles
    (and latent styles) would clutter the style list layout staff map from.
    """
    body = sheet.style("稿件正文")
    size = round(body.size_pt * 2)
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        f'<w:styles xmlns:w="{W_NS}">',
        "<w:docDefaults><w:rPrDefault><w:rPr>",
        _fonts(body),
        f'<w:kern w:val="2"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>',
        "</w:rPr></w:rPrDefault>",
        '<w:pPrDefault><w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr></w:pPrDefault>',
        "</w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">',
        '<w:name w:val="Normal"/><w:qFormat/></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">',
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>',
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">',
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>',
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>',
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>',
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>',
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">',
        '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>',
        "<w:unhideWhenUsed/></w:style>",
    ]
    parts.extend(_style_xml(style) for style in sheet.styles)
    parts.append(_frame_style_xml(sheet))
    for font, (sid, name) in quote_styles(sheet).items():
        # Character styles, not direct formatting: LibreOffice ignores w:hint and sets a
        # quotation mark beside Latin text (“4+4+1”) in the Latin font, half as wide.
        parts.append(
            f'<w:style w:type="character" w:customStyle="1" w:styleId="{sid}">'
            f'<w:name w:val="{name}"/><w:rPr><w:rFonts w:ascii={quoteattr(font)} '
            f'w:hAnsi={quoteattr(font)} w:eastAsia={quoteattr(font)} w:hint="eastAsia"/>'
            "</w:rPr></w:style>"
        )
    parts.append("</w:styles>")
    return "".join(parts).encode("utf-8")


def quote_styles(sheet: StyleSheet) -> dict[str, tuple[str, str]]:
    """East Asian font → (id, name) of the character style for CJK quotation marks."""
    out: dict[str, tuple[str, str]] = {}
    for style in sheet.styles:
        if style.east_asian not in out:
            out[style.east_asian] = (
                f"{QUOTE_STYLE_ID}{len(out) + 1}",
                f"中文引号（{style.east_asian}）",
            )
    return out


def _frame_style_xml(sheet: StyleSheet) -> str:
    """图片位置: a ruled box a column wide, where the picture goes, kept with its caption."""
    caption = sheet.style("图片说明")
    height = round(sheet.page.column_width_mm * 0.75 / 25.4 * 72 * 20)  # 4:3, in twips
    rule = '<w:{0} w:val="single" w:sz="4" w:space="1" w:color="808080"/>'
    borders = "".join(rule.format(side) for side in ("top", "left", "bottom", "right"))
    size = round(caption.size_pt * 2)
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{FRAME_STYLE_ID}">'
        f'<w:name w:val="{FRAME_STYLE}"/><w:basedOn w:val="Normal"/>'
        f'<w:next w:val="{STYLE_IDS["图片说明"]}"/><w:qFormat/>'
        f"<w:pPr><w:keepNext/><w:pBdr>{borders}</w:pBdr>"
        f'<w:spacing w:before="120" w:after="0" w:line="{height}" w:lineRule="exact"/>'
        '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        f'<w:rPr>{_fonts(caption)}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        f"{_LANG}</w:rPr></w:style>"
    )


def _fonts(style: ParagraphStyle) -> str:
    latin, east = quoteattr(style.latin), quoteattr(style.east_asian)
    # The hint makes Word set characters both scripts share (“”‘’…—) in the Chinese font:
    # Chinese quotation marks in a Latin font come out half as wide.
    fonts = f"w:ascii={latin} w:hAnsi={latin} w:eastAsia={east} w:cs={latin}"
    return f'<w:rFonts {fonts} w:hint="eastAsia"/>'


def _style_xml(style: ParagraphStyle) -> str:
    sid = STYLE_IDS[style.name]
    out = [f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}">']
    out.append(f'<w:name w:val="{style.name}"/><w:basedOn w:val="Normal"/>')
    if style.name in _NEXT:
        out.append(f'<w:next w:val="{STYLE_IDS[_NEXT[style.name]]}"/>')
    out.append("<w:qFormat/><w:pPr>")
    if style.keep_with_next:
        out.append("<w:keepNext/>")
    if style.name == "报眉":
        # The rule under the running head, as printed papers have it.
        out.append(
            '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
        )
    before, after = round(style.space_before_pt * 20), round(style.space_after_pt * 20)
    if style.line_exact_pt is not None:
        line = f'w:line="{round(style.line_exact_pt * 20)}" w:lineRule="exact"'
    else:
        line = f'w:line="{round((style.line_multiple or 1) * 240)}" w:lineRule="auto"'
    out.append(f'<w:spacing w:before="{before}" w:after="{after}" {line}/>')
    chars = round(style.first_line_chars * 100)
    # firstLineChars is what Word uses; firstLine (the same width in twips) is the fallback
    # for programs that ignore character units.
    first = round(style.first_line_chars * style.size_pt * 20)
    out.append(f'<w:ind w:firstLineChars="{chars}" w:firstLine="{first}"/>')
    out.append(f'<w:jc w:val="{_JC[style.align]}"/></w:pPr><w:rPr>{_fonts(style)}')
    if style.bold:
        out.append("<w:b/><w:bCs/>")
    size = round(style.size_pt * 2)
    out.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{_LANG}</w:rPr></w:style>')
    return "".join(out)


def set_page(sect_pr: etree._Element, page: PageSetup) -> None:
    """Page size and margins on a w:sectPr (python-docx rounds through EMU; twips are exact)."""
    for child in list(sect_pr):
        if child.tag in (f"{W}pgSz", f"{W}pgMar", f"{W}cols", f"{W}docGrid"):
            sect_pr.remove(child)
    for name in ("rsidR", "rsidRPr", "rsidSect"):
        sect_pr.attrib.pop(f"{W}{name}", None)
    size = etree.SubElement(sect_pr, f"{W}pgSz")
    size.set(f"{W}w", str(twips(page.width_mm)))
    size.set(f"{W}h", str(twips(page.height_mm)))
    margins = etree.SubElement(sect_pr, f"{W}pgMar")
    for key, mm in (
        ("top", page.margin_top_mm),
        ("right", page.margin_right_mm),
        ("bottom", page.margin_bottom_mm),
        ("left", page.margin_left_mm),
        ("header", page.header_mm),
        ("footer", page.header_mm),
        ("gutter", 0),
    ):
        margins.set(f"{W}{key}", str(twips(mm)))


def set_columns(sect_pr: etree._Element, count: int, gap_mm: float) -> None:
    """Equal columns on a section (w:cols comes after w:pgMar in CT_SectPr's sequence)."""
    for child in sect_pr.findall(f"{W}cols"):
        sect_pr.remove(child)
    cols = etree.Element(f"{W}cols")
    cols.set(f"{W}num", str(count))
    cols.set(f"{W}space", str(twips(gap_mm)))
    sect_pr.find(f"{W}pgMar").addnext(cols)


def section_break(body_sect_pr: etree._Element, columns: int, gap_mm: float) -> etree._Element:
    """A continuous section break that ends a section of `columns` columns.

    It copies the document's last w:sectPr (page size, margins) and goes into the pPr of
    the section's last paragraph; Word and LibreOffice balance the columns before it.
    """
    sect_pr = copy.deepcopy(body_sect_pr)
    for child in sect_pr.findall(f"{W}type"):
        sect_pr.remove(child)
    kind = etree.Element(f"{W}type")
    kind.set(f"{W}val", "continuous")
    sect_pr.find(f"{W}pgSz").addprevious(kind)
    set_columns(sect_pr, columns, gap_mm)
    return sect_pr


def new_paragraph(style_id: str, text: str = "", quote_style: str = "") -> etree._Element:
    """<w:p> with a style and plain runs: all formatting comes from the styles. With a
    ``quote_style``, CJK quotation marks are runs of that character style."""
    p = etree.Element(f"{W}p")
    etree.SubElement(etree.SubElement(p, f"{W}pPr"), f"{W}pStyle").set(f"{W}val", style_id)
    text = clean_text(text)
    for piece, is_quote in _quote_pieces(text) if quote_style else [(text, False)]:
        r = etree.SubElement(p, f"{W}r")
        if is_quote:
            rpr = etree.SubElement(r, f"{W}rPr")
            etree.SubElement(rpr, f"{W}rStyle").set(f"{W}val", quote_style)
        t = etree.SubElement(r, f"{W}t")
        t.text = piece
        if " " in piece:
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return p


def _quote_pieces(text: str) -> list[tuple[str, bool]]:
    """The text cut around the quotation marks that follow a non-Chinese character
    (“4+4+1” closes after a digit): LibreOffice gives such a mark the script, and so the
    font, of the character before it. Marks after Chinese text already get the CJK font."""
    pieces: list[tuple[str, bool]] = []
    start = 0
    for i, char in enumerate(text):
        if char in CJK_QUOTES and (i == 0 or not _is_cjk(text[i - 1])):
            if start < i:
                pieces.append((text[start:i], False))
            pieces.append((char, True))
            start = i + 1
    if start < len(text):
        pieces.append((text[start:], False))
    return pieces


def _is_cjk(char: str) -> bool:
    return char in CJK_QUOTES or "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def clean_text(text: str) -> str:
    """One line of XML-safe text: line breaks become nothing, indents are the style's job."""
    text = text.replace("\r", "").replace("\n", "").replace("\t", " ")
    return _XML_ILLEGAL_RE.sub("", text).strip()
