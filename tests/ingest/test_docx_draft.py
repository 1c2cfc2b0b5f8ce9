"""Correspondents' drafts in .docx (as Word writes them) and .txt, and files that are not."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from newsroom.ingest import docx_draft
from newsroom.ingest.docx_draft import read_docx
from newsroom.ingest.draft import looks_like_bulletin, parse_draft, read_draft
from newsroom.ingest.model import IngestError, ParsedByline
from tests.layout.helpers import SEED, png, seed_items

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = [
    "近日，河西区开展春季植树活动，区级机关干部和社区居民共同参与。",
    "活动现场，大家分工协作，挖坑、扶苗、培土、浇水，共植树200余株。",
]


def save(doc, tmp_path: Path, name: str = "draft.docx") -> Path:
    path = tmp_path / name
    doc.save(path)
    return path


def test_word_styles_title_subtitle(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("春风十里 绿意河西", style="Normal")
    doc.add_heading("河西区开展春季植树活动", level=0)  # Title
    doc.add_paragraph("共植树200余株", style="Subtitle")
    doc.add_paragraph("■ 通讯员 万彤")
    for text in BODY:
        doc.add_paragraph(text)
    [item] = read_docx(save(doc, tmp_path))
    assert item.kicker == "春风十里 绿意河西"
    assert item.headline == "河西区开展春季植树活动"
    assert item.subheadline == "共植树200余株"
    assert item.bylines == [ParsedByline("通讯员", "万彤")]
    assert item.paragraphs == BODY


def test_chinese_word_style_names(tmp_path: Path) -> None:
    doc = Document()
    for name in ("标题 1", "副标题"):
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    doc.add_paragraph("河西区开展春季植树活动", style="标题 1")
    doc.add_paragraph("共植树200余株", style="副标题")
    doc.add_paragraph("记者 孙悦 通讯员 高洁")
    for text in BODY:
        doc.add_paragraph(text)
    [item] = read_docx(save(doc, tmp_path))
    assert (item.headline, item.subheadline) == ("河西区开展春季植树活动", "共植树200余株")
    assert item.bylines == [ParsedByline("记者", "孙悦"), ParsedByline("通讯员", "高洁")]
    assert item.paragraphs == BODY


def test_heading_1_headline(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("河西区开展春季植树活动", level=1)
    doc.add_paragraph(BODY[0])
    [item] = read_docx(save(doc, tmp_path))
    assert item.headline == "河西区开展春季植树活动" and item.paragraphs == BODY[:1]


def test_unstyled_short_first_lines_and_byline(tmp_path: Path) -> None:
    doc = Document()
    for text in (
        "河西区推动全区养老服务高质量发展",
        "实施“4+4+1”工程 描绘幸福夕阳美景",
        "■通讯员 万彤",
    ):
        doc.add_paragraph(text)
    for text in BODY:
        doc.add_paragraph(text)
    [item] = read_docx(save(doc, tmp_path))
    assert item.headline == "河西区推动全区养老服务高质量发展"
    assert item.subheadline == "实施“4+4+1”工程 描绘幸福夕阳美景"
    assert item.bylines == [ParsedByline("通讯员", "万彤")]
    assert item.paragraphs == BODY


def test_bold_first_line_is_the_headline(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("河西区开展春季植树活动，共植树200余株").bold = True
    for text in BODY:
        doc.add_paragraph(text)
    [item] = read_docx(save(doc, tmp_path))
    assert item.headline == "河西区开展春季植树活动，共植树200余株"
    assert item.bylines == [] and item.paragraphs == BODY


def test_no_headline_when_the_first_line_is_prose(tmp_path: Path) -> None:
    doc = Document()
    for text in BODY:
        doc.add_paragraph(text)
    [item] = read_docx(save(doc, tmp_path))
    assert item.headline == "" and item.paragraphs == BODY


def _tracked(text_before: str, inserted: str, deleted: str, text_after: str) -> str:
    return (
        f'<w:p xmlns:w="{W_NS}"><w:r><w:t>{text_before}</w:t></w:r>'
        f'<w:ins w:id="1" w:author="编辑" w:date="2025-04-01T10:00:00Z">'
        f"<w:r><w:t>{inserted}</w:t></w:r></w:ins>"
        f'<w:del w:id="2" w:author="编辑" w:date="2025-04-01T10:00:00Z">'
        f"<w:r><w:delText>{deleted}</w:delText></w:r></w:del>"
        f"<w:r><w:t>{text_after}</w:t></w:r></w:p>"
    )


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("河西区开展春季植树活动")
    doc.add_paragraph("■ 通讯员 万彤")
    body = doc.element.body
    sect = body[-1]
    sect.addprevious(parse_xml(_tracked("近日，河西区", "隆重", "简单", "开展植树活动。")))
    # A whole paragraph deleted, its mark too: accepted, it is gone.
    mark = 'w:author="a" w:date="2025-04-01T10:00:00Z"'
    gone = f'<w:p xmlns:w="{W_NS}"><w:pPr><w:rPr><w:del w:id="3" {mark}/></w:rPr></w:pPr>'
    gone += f'<w:del w:id="4" {mark}><w:r><w:delText>删掉的段落。</w:delText></w:r></w:del></w:p>'
    sect.addprevious(parse_xml(gone))
    sect.addprevious(parse_xml(_tracked("共植树", "200余", "100", "株。")))
    [item] = read_docx(save(doc, tmp_path))
    assert item.headline == "河西区开展春季植树活动"
    assert item.paragraphs == ["近日，河西区隆重开展植树活动。", "共植树200余株。"]


def test_embedded_image_is_an_attachment(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("河西区开展春季植树活动")
    doc.add_paragraph("通讯员 万彤")
    doc.add_picture(io.BytesIO(png(8, 6)))
    doc.add_paragraph(BODY[0])
    [item] = read_docx(save(doc, tmp_path))
    assert item.paragraphs == BODY[:1]
    [att] = item.attachments
    assert att.content_type == "image/png" and att.data == png(8, 6)
    assert att.filename.endswith(".png")


def test_exported_page_reads_per_article(tmp_path: Path) -> None:
    from newsroom.layout import write_page
    from tests.layout.helpers import seed_page

    path = tmp_path / "page.docx"
    write_page(seed_page(), path)
    assert read_docx(path) == seed_items()
    assert read_draft(path) == seed_items()


# --- files that are not drafts ---------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _draft_members(tmp_path: Path) -> dict[str, bytes]:
    doc = Document()
    doc.add_paragraph("河西区开展春季植树活动")
    doc.add_paragraph(BODY[0])
    path = save(doc, tmp_path, "good.docx")
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(IngestError) as info:
        read_docx(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    for word in words:
        assert word in message
    return message


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.docx"
    path.write_bytes(bytes(range(256)) * 10)
    _refused(path, "not a .docx")


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    _refused(_zip(tmp_path / "x.docx", {"hello.txt": b"hi"}), "not a Word document")


def test_truncated_zip(tmp_path: Path) -> None:
    good = _zip(tmp_path / "full.docx", _draft_members(tmp_path)).read_bytes()
    data = good[: len(good) // 2]
    path = tmp_path / "t.docx"
    path.write_bytes(data)
    _refused(path, "corrupt")


def test_old_doc_and_encrypted_office_file(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path = tmp_path / "old.docx"
    path.write_bytes(ole)
    _refused(path, ".doc")
    path.write_bytes(ole + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100)
    _refused(path, "password")


def test_empty_missing_and_folder(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    _refused(path, "empty")
    _refused(tmp_path / "missing.docx", "no such file")
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    _refused(folder, "folder")


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    members = _draft_members(tmp_path)
    members["word/media/zeros.bin"] = b"\x00" * (4 * 1024 * 1024)
    _refused(_zip(tmp_path / "bomb.docx", members), "zip bomb")


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_draft, "MAX_UNCOMPRESSED", 2000)
    _refused(_zip(tmp_path / "big.docx", _draft_members(tmp_path)), "zip bomb")


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    members = _draft_members(tmp_path)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    members["word/document.xml"] = laughs.encode()
    _refused(_zip(tmp_path / "laughs.docx", members), "DOCTYPE")


def test_bad_xml(tmp_path: Path) -> None:
    members = _draft_members(tmp_path)
    members["word/document.xml"] = b"<w:document><w:body>"
    _refused(_zip(tmp_path / "badxml.docx", members), "corrupt")


def test_excel_workbook_named_docx(tmp_path: Path) -> None:
    members = {
        "[Content_Types].xml": (
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": b"<workbook/>",
    }
    _refused(_zip(tmp_path / "book.docx", members), "not a Word document")


# --- .txt drafts -------------------------------------------------------------------------


def test_parse_draft_headlines_byline_and_paragraphs() -> None:
    text = "倾听企业心声 共话营商环境\n河西区民营企业座谈会召开\n\n通讯员 岳志欣\n\n" + "\n".join(
        BODY
    )
    item = parse_draft(text)
    assert (item.kicker, item.headline) == ("倾听企业心声 共话营商环境", "河西区民营企业座谈会召开")
    assert item.bylines == [ParsedByline("通讯员", "岳志欣")]
    assert item.paragraphs == BODY


def test_parse_draft_hard_wrapped_blocks_and_indents() -> None:
    wrapped = "\n".join([BODY[0][:15], BODY[0][15:]])
    text = f"河西区开展春季植树活动\n■ 记者 孙悦\n\n{wrapped}\n\n　　{BODY[1]}\n"
    item = parse_draft(text)
    assert item.headline == "河西区开展春季植树活动"
    assert item.paragraphs == BODY


def test_parse_draft_without_headline() -> None:
    item = parse_draft("\n".join(BODY))
    assert item.headline == "" and item.paragraphs == BODY


def test_read_draft_dispatch(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "河西区开展春季植树活动\n■ 通讯员 万彤\n" + "\n".join(BODY), encoding="gb18030"
    )
    [item] = read_draft(draft)
    assert item.headline == "河西区开展春季植树活动" and item.paragraphs == BODY
    assert read_draft(SEED) == seed_items()
    assert looks_like_bulletin(SEED.read_text(encoding="utf-8"))
    assert not looks_like_bulletin(draft.read_text(encoding="gb18030"))
    old = tmp_path / "draft.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(IngestError, match=r"draft\.doc: .*\.docx"):
        read_draft(old)


def test_a_one_article_text_with_blank_lines_is_a_draft():
    from newsroom.ingest.draft import looks_like_bulletin

    assert not looks_like_bulletin("新的一版\n\n■ 记者 孙悦\n\n今天下雨了。\n")
    two = "甲稿\n\n■ 记者 孙悦\n\n正文一。\n\n乙稿\n\n■ 通讯员 高洁\n\n正文二。\n"
    assert looks_like_bulletin(two)


# --- hostile packages: sizes that lie, compressions that explode ---------------------------
def _raw_zip(path: Path, members: dict[str, tuple[int, bytes, int, int]]) -> Path:
    """A zip written by hand: name → (method, compressed bytes, declared size, crc), the
    declared sizes whatever the test wants them to claim."""
    import struct

    local, central = bytearray(), bytearray()
    for name, (method, data, size, crc) in members.items():
        raw = name.encode()
        offset = len(local)
        local += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 46, 0, method, 0, 0x21, crc, len(data), size, len(raw), 0
        ) + raw + data  # fmt: skip
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 46, 46, 0, method, 0, 0x21, crc, len(data), size,
            len(raw), 0, 0, 0, 0, 0, offset,
        ) + raw  # fmt: skip
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0
    )
    path.write_bytes(bytes(local + central + end))
    return path


def _bzip2_bomb(path: Path, unpacked: int) -> Path:
    """A .docx whose document.xml claims 900 bytes but unpacks (bzip2) to ``unpacked``."""
    import bz2

    members = {  # the least a Word document needs, beside its document.xml
        "[Content_Types].xml": (
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Override PartName="/word/document.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
    }
    packed = {
        name: (zipfile.ZIP_DEFLATED, _deflate(data), len(data), zipfile.crc32(data))
        for name, data in members.items()
    }
    compressor = bz2.BZ2Compressor(9)
    start = f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
    data = compressor.compress(start)
    chunk = b"\x00" * (64 << 20)
    for _ in range(unpacked // len(chunk)):
        data += compressor.compress(chunk)
    data += compressor.flush()
    packed["word/document.xml"] = (zipfile.ZIP_BZIP2, data, 900, 0)
    return _raw_zip(path, packed)


def _deflate(data: bytes) -> bytes:
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def test_only_stored_and_deflate_members_are_unpacked(tmp_path: Path) -> None:
    path = _bzip2_bomb(tmp_path / "bomb.docx", 1 << 20)
    assert path.stat().st_size < 4000
    _refused(path, "word/document.xml", "only stored and deflate", "zip bomb")


def test_a_member_is_read_through_a_byte_budget(tmp_path: Path, monkeypatch) -> None:
    """The sizes a zip declares are not believed: reading stops at the limit."""
    members = _draft_members(tmp_path)
    document = members["word/document.xml"]
    packed = {
        name: (zipfile.ZIP_DEFLATED, _deflate(data), len(data), zipfile.crc32(data))
        for name, data in members.items()
    }
    monkeypatch.setattr(docx_draft, "MAX_XML_BYTES", len(document) - 1)
    _refused(_raw_zip(tmp_path / "big.docx", packed), "word/document.xml", "zip bomb")
    monkeypatch.setattr(docx_draft, "MAX_XML_BYTES", 10 * len(document))
    monkeypatch.setattr(docx_draft, "MAX_UNCOMPRESSED", len(document) // 2)
    _refused(_raw_zip(tmp_path / "budget.docx", packed), "zip bomb")


def test_a_docx_has_the_text_limit_of_a_txt(tmp_path: Path, monkeypatch) -> None:
    from newsroom.ingest import encoding

    doc = Document()
    doc.add_paragraph("河西区开展春季植树活动")
    doc.add_paragraph("植树" * 600)
    path = save(doc, tmp_path)
    assert docx_draft.MAX_TEXT_BYTES == encoding.MAX_BYTES
    monkeypatch.setattr(docx_draft, "MAX_TEXT_BYTES", 3000)
    _refused(path, "text too large", "as for a .txt")


def test_a_zip_bomb_under_a_memory_limit_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """The issue's bomb: 1.7 KB whose document.xml claims 900 bytes and unpacks to 1.1 GB,
    imported by a process that may use 1.2 GB of memory."""
    import subprocess
    import sys

    path = _bzip2_bomb(tmp_path / "bomb.docx", 1100 << 20)
    assert path.stat().st_size < 10_000
    db = tmp_path / "newsroom.db"
    code = (
        "import resource, sys; limit = 1200 << 20; "
        "resource.setrlimit(resource.RLIMIT_AS, (limit, limit)); "
        "from newsroom.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    for args in (["import", str(path), "--db", str(db)], ["tags", str(path)]):
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and "zip bomb" in lines[0], lines
    assert not db.exists()


def test_a_macro_enabled_document_gives_its_text_not_its_macros(tmp_path: Path) -> None:
    members = _draft_members(tmp_path)
    types = members["[Content_Types].xml"].decode()
    members["[Content_Types].xml"] = types.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    ).encode()
    members["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macros that must never run"
    (item,) = read_draft(_zip(tmp_path / "draft.docm", members))
    assert item.headline == "河西区开展春季植树活动" and item.paragraphs == [BODY[0]]


def test_utf32_xml_is_refused_not_read_as_empty(tmp_path: Path) -> None:
    members = _draft_members(tmp_path)
    document = members["word/document.xml"].decode().replace('encoding="UTF-8"', "", 1)
    for codec in ("utf-32", "utf-32-le", "utf-32-be"):
        members["word/document.xml"] = document.encode(codec)
        _refused(_zip(tmp_path / f"{codec}.docx", members), "UTF-32")
    entity = f'<!DOCTYPE w:document [<!ENTITY a "x">]><w:document xmlns:w="{W_NS}"/>'
    members["word/document.xml"] = entity.encode("utf-32-le")
    _refused(_zip(tmp_path / "entity.docx", members), "DOCTYPE")
