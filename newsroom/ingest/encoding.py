"""Decoding copy files: UTF-8/16/32 and GB18030, refusing anything that is not plausible text."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from newsroom.ingest.model import IngestError

__all__ = ["MAX_BYTES", "decode_bytes", "read_text_file"]

#: Largest file accepted; a page of copy is a few kilobytes, so anything bigger is a mistake.
MAX_BYTES = 20 * 1024 * 1024

# Tab, LF, FF, CR and SUB (Ctrl-Z, which old DOS editors append) occur in real text files.
_HARMLESS_CONTROLS = b"\t\n\x0c\r\x1a"
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _HARMLESS_CONTROLS) + b"\x7f"
_CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
_OTHER_NON_ASCII_RE = re.compile(
    "[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+"
)

# Share of ideographs outside GB2312 (and of other characters outside GBK) that a real
# GB18030 text may have: rare characters in names exist, but mis-decoded Latin-1, Big5
# or random bytes land mostly outside GB2312.
_MAX_RARE_SHARE = 0.03

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def _one_line(source: str) -> str:
    """The file name as printable single-line text (names may hold newlines or bad bytes)."""
    text = source.encode("utf-8", "backslashreplace").decode("utf-8")
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _fail(source: str, problem: str) -> IngestError:
    return IngestError(f"{_one_line(source)}: {problem}")


def _too_large(source: str, size: int) -> IngestError:
    return _fail(source, f"file too large ({size:,} bytes; the limit is {MAX_BYTES // 2**20} MB)")


def _gb_plausible(text: str) -> bool:
    """Whether text decoded as GB18030 looks like real Chinese copy rather than mojibake."""
    if _PRIVATE_USE_RE.search(text):
        return False
    ideographs = "".join(_CJK_RE.findall(text))
    others = "".join(_OTHER_NON_ASCII_RE.findall(text))
    total = len(ideographs) + len(others)
    if total == 0:
        return True
    rare = ideographs.encode("gb2312", "replace").count(b"?")
    rare += others.encode("gbk", "replace").count(b"?")
    return rare <= total * _MAX_RARE_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """BOM-less UTF-16 text, if one byte order gives plausible copy."""
    if len(data) % 2:
        return None
    found = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # A NUL character, or any control character, means binary data or the wrong order.
        if not _CONTROL_CHARS_RE.search(text) and _gb_plausible(text):
            found.append(text)
    return found[0] if len(found) == 1 else None


def _decode(data: bytes, source: str) -> str:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise _fail(source, f"not valid {name} text despite its byte-order mark") from None
    if b"\x00" in data:
        # NUL bytes: UTF-16 without a byte-order mark (ASCII characters such as line
        # breaks and digits have a zero byte), or binary data.
        text = _utf16_without_bom(data)
        if text is None:
            raise _fail(source, "not a text file (binary data)")
        return text
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(data) // 200):
        raise _fail(source, "not a text file (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is None or not _gb_plausible(text):
        raise _fail(source, "cannot decode the text (it is not UTF-8, UTF-16 or GB18030/GBK)")
    return text


def decode_bytes(data: bytes, source: str) -> str:
    """Decode copy read from `source`, normalising line ends to "\\n" and dropping a BOM.

    Tries, in order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), BOM-less
    UTF-16 (told by its NUL bytes), strict UTF-8, then GB18030 (which covers GBK and
    GB2312) if the result is plausible Chinese. Raises IngestError with a one-line
    message ``"<source>: <problem>"`` for empty, whitespace-only, binary, oversized
    or undecodable data. Nothing else in the text is changed.
    """
    if len(data) > MAX_BYTES:
        raise _too_large(source, len(data))
    if not data:
        raise _fail(source, "empty file")
    text = _decode(data, source)
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text:
        raise _fail(source, "empty file")
    if not text.strip():
        raise _fail(source, "file holds only whitespace, no text")
    controls = len(_CONTROL_CHARS_RE.findall(text))
    if controls > max(2, len(text) // 200):
        raise _fail(source, "not a text file (binary data)")
    return text


def read_text_file(path: str | Path) -> str:
    """Read and decode a copy file (see decode_bytes); IngestError names the file on failure."""
    source = os.fspath(path)
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise _fail(source, "no such file") from None
    except NotADirectoryError:
        raise _fail(source, "no such file (a folder in its path is a file)") from None
    except PermissionError:
        raise _fail(source, "cannot read the file (permission denied)") from None
    except (OSError, ValueError) as exc:
        raise _fail(source, f"cannot read the file ({_reason(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise _fail(source, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        # Reading a pipe or a device could block or never end.
        raise _fail(source, "not a regular file")
    if info.st_size > MAX_BYTES:
        raise _too_large(source, info.st_size)
    try:
        with open(source, "rb") as handle:
            # One byte more than the limit tells a file that grew since stat().
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise _fail(source, "cannot read the file (permission denied)") from None
    except IsADirectoryError:
        raise _fail(source, "is a folder, not a file") from None
    except OSError as exc:
        raise _fail(source, f"cannot read the file ({_reason(exc)})") from None
    return decode_bytes(data, source)


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return " ".join(str(reason).split()).lower()
