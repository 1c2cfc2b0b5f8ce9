"""Read .docx drafts (and exported pages) safely: tracked changes accepted, images kept."""

from __future__ import annotations

import io
import os
import posixpath
import stat
import zipfile
import zlib

from lxml import etree

from newsroom.ingest.draft import DraftLine, item_from_lines, items_from_layout_lines
from newsroom.ingest.encoding import MAX_BYTES as MAX_TEXT_BYTES
from newsroom.ingest.model import IngestError, ParsedAttachment, ParsedItem

__all__ = ["MAX_FILE_BYTES", "MAX_RATIO", "MAX_UNCOMPRESSED", "read_docx"]

#: Largest .docx file read; drafts with photos are a few megabytes.
MAX_FILE_BYTES = 60 * 1024 * 1024
#: Most bytes all the zip members may unpack to, and the most one member may grow by
#: (past a megabyte): a zip bomb is refused before anything is unpacked.
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5000
_RATIO_FLOOR = 1024 * 1024
#: Most bytes one XML part may unpack to: the text limit of a .txt (MAX_TEXT_BYTES, which
#: also bounds the text a .docx gives) with room for Word's markup around it.
MAX_XML_BYTES = 3 * MAX_TEXT_BYTES
#: Only these compressions are unpacked: both stop at the byte budget while decompressing
#: (bzip2 and LZMA would unpack a whole member in one call, whatever its size).
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_CHUNK = 64 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
_V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# A macro-enabled document (.docm) or template: its text is read, its macros never are.
_WORD_MACRO_MAIN = "application/vnd.ms-word."
# Deleted text, moved-away text, properties, field codes, fallbacks that repeat the main
# content, and text boxes (their paragraphs are read as paragraphs of their own, if at all).
_SKIP = frozenset(
    f"{_W}{tag}" for tag in ("del", "moveFrom", "pPr", "rPr", "instrText", "delText", "txbxContent")
) | {_MC_FALLBACK}
_FALSE = frozenset({"0", "false", "off", "none"})
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
_DOCTYPE_MARKS = tuple(
    mark.encode(codec)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
#: How a UTF-32 XML part starts (with or without a byte-order mark): Word never writes one.
_UTF32_STARTS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"<\x00\x00\x00", b"\x00\x00\x00<")

# Paragraph style names (lower case, no spaces) and what they say.
_LAYOUT_ROLES = {
    "报眉": "runninghead",
    "引题": "kicker",
    "主题": "headline",
    "副题": "subheadline",
    "署名": "byline",
    "稿件正文": "body",
    "小标题": "body",
    "图片说明": "caption",
    "摄影署名": "credit",
}
_WORD_ROLES = {
    "title": "headline",
    "heading1": "headline",
    "标题": "headline",
    "标题1": "headline",
    "subtitle": "subheadline",
    "副标题": "subheadline",
    "heading2": "heading2",
    "标题2": "heading2",
}


def read_docx(path: str | os.PathLike[str]) -> list[ParsedItem]:
    """Read a .docx draft as one article, or a page with the layout styles as its articles.

    Headline, byline and body come from paragraph styles (ours, or Word's Title, Heading 1,
    Subtitle — 标题, 标题 1, 副标题) or else from the first short lines, as in parse_draft
    (a bold first line counts as the headline). Tracked changes are read as accepted;
    pictures become attachments. A document using any of the layout styles (an exported
    page) gives one item per article, photo items included.

    Raises IngestError ``"<path>: <problem>"`` for files that are not .docx, encrypted,
    corrupt, zip bombs, or XML with a DOCTYPE (entity expansion).
    """
    source = os.fspath(path)
    data = _read(source)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return _Package(zf, source).items()
    except IngestError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as exc:
        raise _fail(source, f"corrupt .docx ({_reason(exc)})") from None
    except etree.XMLSyntaxError as exc:
        raise _fail(source, f"corrupt .docx (bad XML: {_reason(exc)})") from None
    except (KeyError, ValueError, OSError) as exc:
        raise _fail(source, f"corrupt .docx ({_reason(exc)})") from None


def _read(source: str) -> bytes:
    try:
        info = os.stat(source)
        if stat.S_ISDIR(info.st_mode):
            raise _fail(source, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise _fail(source, "not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise _fail(source, f"file too large ({info.st_size:,} bytes)")
        with open(source, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(source, "no such file") from None
    except OSError as exc:
        raise _fail(source, f"cannot read the file ({_reason(exc)})") from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(source, "file too large")
    if not data:
        raise _fail(source, "empty file")
    if data.startswith(_OLE_MAGIC):
        # Office keeps a password-protected .docx inside an OLE compound file, as old .doc.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _fail(source, "the document is password-protected; save it without a password")
        raise _fail(source, "an old Word .doc file, not .docx; save it as .docx")
    if not data.startswith(b"PK"):
        raise _fail(source, "not a .docx file (not a zip package)")
    return data


class _Package:
    """The parts of one .docx that a draft needs, each checked before it is read."""

    def __init__(self, zf: zipfile.ZipFile, source: str) -> None:
        self.zf, self.source = zf, source
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _fail(source, f"refused: {len(infos)} files in the package (a zip bomb?)")
        total = 0
        for info in infos:
            if info.compress_type not in _METHODS:
                raise _fail(
                    source,
                    f"refused: {info.filename} is compressed with method {info.compress_type}; "
                    "only stored and deflate are read (a zip bomb?)",
                )
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
                raise _fail(source, f"refused: {info.filename} unpacks {ratio:.0f}× (a zip bomb?)")
        if total > MAX_UNCOMPRESSED:
            raise _fail(source, f"refused: unpacks to {total:,} bytes (a zip bomb?)")
        self.names = {info.filename for info in infos}
        # What may still be unpacked, counted as it is decompressed: the sizes the zip
        # declares are not believed.
        self.budget = MAX_UNCOMPRESSED

    def read(self, name: str, limit: int) -> bytes:
        """A member's bytes, decompressed a chunk at a time; refused at ``limit`` bytes or
        when the package's whole budget is spent."""
        out = bytearray()
        with self.zf.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > limit or len(out) > self.budget:
                    raise _fail(
                        self.source,
                        f"refused: {name} unpacks to more than {min(limit, self.budget):,} "
                        "bytes (a zip bomb?)",
                    )
        self.budget -= len(out)
        return bytes(out)

    def xml(self, name: str) -> etree._Element:
        data = self.read(name, MAX_XML_BYTES)
        if any(mark in data for mark in _DOCTYPE_MARKS):
            raise _fail(self.source, f"refused: {name} declares a DOCTYPE or entities")
        if data.startswith(_UTF32_STARTS):
            raise _fail(self.source, f"refused: {name} is UTF-32 XML, which Word never writes")
        return etree.fromstring(data, _PARSER)

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """rId → (relationship type's last word, target part name) of one part."""
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, "_rels", f"{base}.rels")
        if name not in self.names:
            return {}
        out = {}
        for rel in self.xml(name).iter(f"{_PKG_R}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            out[rel.get("Id", "")] = (kind, posixpath.normpath(path))
        return out

    def items(self) -> list[ParsedItem]:
        main = next((t for k, t in self.rels("").values() if k == "officeDocument"), "")
        if not main or main not in self.names:
            raise _fail(self.source, "not a Word document (no word/document.xml)")
        types = self._content_types()
        kind = types.get(main, "")
        if kind and not kind.startswith((_WORD_MAIN, _WORD_MACRO_MAIN)):
            raise _fail(self.source, f"not a Word document ({kind.rsplit('.', 1)[-1]})")
        root = self.xml(main)
        body = root.find(f"{_W}body")
        if body is None:
            raise _fail(self.source, "not a Word document (no document body)")
        rels = self.rels(main)
        styles = next((t for k, t in rels.values() if k == "styles" and t in self.names), None)
        names, bold_styles = self._styles(styles)
        reader = _Reader(self, rels, types, names, bold_styles)
        lines = reader.lines(body)
        size = sum(len(line.text.encode("utf-8")) for line in lines)
        if size > MAX_TEXT_BYTES:
            raise _fail(
                self.source,
                f"text too large ({size:,} bytes; the limit is {MAX_TEXT_BYTES // 2**20} MB, "
                "as for a .txt)",
            )
        if reader.layout:
            items = items_from_layout_lines(lines)
        elif any(line.text or line.attachments for line in lines):
            items = [item_from_lines(lines)]
        else:
            items = []
        if not items:
            raise _fail(self.source, "no text found in the document")
        return items

    def _content_types(self) -> dict[str, str]:
        if "[Content_Types].xml" not in self.names:
            return {}
        root = self.xml("[Content_Types].xml")
        defaults = {
            d.get("Extension", "").lower(): d.get("ContentType", "")
            for d in root.iter(f"{_CT}Default")
        }
        types = {
            name: defaults[name.rsplit(".", 1)[-1].lower()]
            for name in self.names
            if "." in name and name.rsplit(".", 1)[-1].lower() in defaults
        }
        for o in root.iter(f"{_CT}Override"):
            types[o.get("PartName", "").lstrip("/")] = o.get("ContentType", "")
        return types

    def _styles(self, part: str | None) -> tuple[dict[str, str], set[str]]:
        """styleId → normalised name, and the ids of bold paragraph styles."""
        names: dict[str, str] = {}
        bold: set[str] = set()
        if part is None:
            return names, bold
        for style in self.xml(part).iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId", "")
            name = style.find(f"{_W}name")
            names[sid] = "".join((name.get(f"{_W}val", "") if name is not None else sid).split())
            b = style.find(f"{_W}rPr/{_W}b")
            if b is not None and b.get(f"{_W}val", "1").lower() not in _FALSE:
                bold.add(sid)
        return names, bold


class _Reader:
    """Turns body paragraphs into DraftLines, accepting tracked changes."""

    def __init__(
        self,
        pkg: _Package,
        rels: dict[str, tuple[str, str]],
        types: dict[str, str],
        style_names: dict[str, str],
        bold_styles: set[str],
    ) -> None:
        self.pkg, self.rels, self.types = pkg, rels, types
        self.style_names, self.bold_styles = style_names, bold_styles
        self.seen: set[str] = set()
        self.layout = False  # whether any paragraph has one of the layout styles

    def lines(self, body: etree._Element) -> list[DraftLine]:
        out: list[DraftLine] = []
        carry = ""  # text of a paragraph whose mark was deleted: it joins the next one
        for p in body.iter(f"{_W}p"):
            if any(a.tag in (f"{_W}p", f"{_W}del", _MC_FALLBACK) for a in p.iterancestors()):
                continue
            parts: list[str] = []
            pics: list[tuple[str, str]] = []
            self._walk(p, parts, pics)
            text = carry + "".join(parts)
            if p.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None:
                carry = text
                continue
            carry = ""
            role = self._role(p)
            bold = self._all_bold(p)
            attachments = [a for a in (self._image(rid, name) for rid, name in pics) if a]
            pieces = [piece.strip() for piece in text.split("\n")]
            pieces = [piece for piece in pieces if piece] or [""]
            for k, piece in enumerate(pieces):
                out.append(DraftLine(piece, role, bold, k == 0))
            out[-len(pieces)].attachments = attachments
        return out

    def _walk(self, el: etree._Element, parts: list[str], pics: list[tuple[str, str]]) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}tab":
                parts.append(" ")
            elif tag == f"{_PIC}pic":
                c_nv = child.find(f"{_PIC}nvPicPr/{_PIC}cNvPr")
                blip = next(child.iter(_A_BLIP), None)
                if blip is not None:
                    name = c_nv.get("name", "") if c_nv is not None else ""
                    pics.append((blip.get(f"{_R}embed", ""), name))
                continue
            elif tag == _V_IMAGEDATA:
                pics.append((child.get(f"{_R}id", ""), ""))
            self._walk(child, parts, pics)

    def _role(self, p: etree._Element) -> str:
        style = p.find(f"{_W}pPr/{_W}pStyle")
        sid = style.get(f"{_W}val", "") if style is not None else ""
        name = self.style_names.get(sid, sid)
        if name in _LAYOUT_ROLES:
            self.layout = True
            return _LAYOUT_ROLES[name]
        return _WORD_ROLES.get(name.lower(), "")

    def _all_bold(self, p: etree._Element) -> bool:
        """Whether every run with text is bold (run formatting or the paragraph style)."""
        style = p.find(f"{_W}pPr/{_W}pStyle")
        style_bold = style is not None and style.get(f"{_W}val", "") in self.bold_styles
        found = False
        for r in p.iter(f"{_W}r"):
            if any(a.tag in (f"{_W}del", f"{_W}moveFrom") for a in r.iterancestors()):
                continue
            if not "".join(t.text or "" for t in r.iter(f"{_W}t")).strip():
                continue
            b = r.find(f"{_W}rPr/{_W}b")
            run_bold = style_bold if b is None else b.get(f"{_W}val", "1").lower() not in _FALSE
            if not run_bold:
                return False
            found = True
        return found

    def _image(self, rid: str, name: str) -> ParsedAttachment | None:
        kind, part = self.rels.get(rid, ("", ""))
        if kind != "image" or part not in self.pkg.names or part in self.seen:
            return None
        content_type = self.types.get(part, "")
        if content_type and not content_type.startswith("image/"):
            return None
        self.seen.add(part)
        filename = posixpath.basename(part)
        if "." in name and name.rsplit(".", 1)[-1].lower() in _IMAGE_EXTENSIONS:
            filename = posixpath.basename(name.replace("\\", "/"))
        content_type = content_type or "image/" + part.rsplit(".", 1)[-1].lower()
        return ParsedAttachment(filename, content_type, self.pkg.read(part, MAX_UNCOMPRESSED))


_IMAGE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "emf", "wmf"})


def _fail(source: str, problem: str) -> IngestError:
    name = source.encode("utf-8", "backslashreplace").decode("utf-8")
    return IngestError(f"{name.replace(chr(10), ' ')}: {problem}")


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return " ".join(str(reason).split())[:200]
