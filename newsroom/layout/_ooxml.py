"""The WordprocessingML that python-docx has no API for: styles with East Asian fonts, columns."""

from __future__ import annotations

import copy
import re
from xml.sax.saxutils import quoteattr

from lxml import etree

from newsroom.layout.stylesheet import STYLE_IDS, PageSetup, ParagraphStyle, StyleSheet

__all__ = [
    "W",
    "clean_text",
    "new_paragraph",
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
    parts.append("</w:styles>")
    return "".join(parts).encode("utf-8")


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
    out.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>')
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


def new_paragraph(style_id: str, text: str = "") -> etree._Element:
    """<w:p> with a style and one plain run: all formatting comes from the style."""
    p = etree.Element(f"{W}p")
    etree.SubElement(etree.SubElement(p, f"{W}pPr"), f"{W}pStyle").set(f"{W}val", style_id)
    text = clean_text(text)
    if text:
        t = etree.SubElement(etree.SubElement(p, f"{W}r"), f"{W}t")
        t.text = text
        if " " in text:
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return p


def clean_text(text: str) -> str:
    """One line of XML-safe text: line breaks become nothing, indents are the style's job."""
    text = text.replace("\r", "").replace("\n", "").replace("\t", " ")
    return _XML_ILLEGAL_RE.sub("", text).strip()
