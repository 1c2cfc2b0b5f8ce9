"""A submission e-mail read into drafts: attachments through the draft importers, or the body.

Plain values only: bytes of a message in, a ``Submission`` (who sent it, what it said, the
parsed drafts or the reason there are none) out. Attachments are written to a private
temporary folder and read by ``newsroom.importer.load_copy``, so every rule for hostile
files (size limits, zip bombs, XML entities, old .doc) applies to mailed files as well.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import re
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from newsroom.ingest.draft import parse_draft
from newsroom.ingest.model import IngestError, ParsedAttachment, ParsedItem

#: Largest message read at all (a 60 MB .docx is 80 MB in base64).
MAX_MESSAGE_BYTES = 100 * 1024 * 1024
#: Largest photo kept, and most photos one message brings.
MAX_PHOTO_BYTES = 25 * 1024 * 1024
MAX_PHOTOS = 40
#: Most attachments one message may have before it is refused whole.
MAX_PARTS = 200
DRAFT_SUFFIXES = (".docx", ".docm", ".txt")
#: A mail text shorter than this beside an unreadable attachment is a covering note.
MIN_BODY_DRAFT = 100
#: Word formats the importer refuses with advice (save as .docx): a message with one fails.
REFUSED_SUFFIXES = (".doc", ".wps", ".rtf", ".odt", ".pages", ".dotx")
PHOTO_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp")
_SUBJECT_NOISE = re.compile(
    r"^\s*(?:(?:re|fw|fwd|回复|答复|转发)\s*[:：]\s*|【?投稿】?\s*[:：]?\s*)+", re.I
)
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


@dataclass
class Submission:
    """What one message (or one dropped file) brings: sender, subject, the drafts made of
    it, and attachment names. ``problem`` is set, and ``items`` empty, when nothing
    could be made of it; such a message is still recorded for the editor."""

    key: str
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    sent_at: dt.datetime | None = None
    attachments: list[str] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    problem: str = ""


def message_key(raw: bytes, message_id: str) -> str:
    """How a message is known once processed: its Message-ID, else a hash of its bytes."""
    message_id = " ".join(message_id.split())
    if message_id:
        return message_id[:480]
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def header_key(raw: bytes) -> str:
    """The key of a message without parsing its body (Message-ID from its headers)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    parsed = email.message_from_bytes(head + b"\n\n", policy=email.policy.default)
    try:
        message_id = str(parsed.get("Message-ID", "") or "")
    except (ValueError, TypeError, IndexError):
        message_id = ""
    return message_key(raw, message_id)


def read_message(raw: bytes, where: str = "mail", *, size: int | None = None) -> Submission:
    """The drafts one message brings; never raises for what the message contains.

    ``size``: the message's size where only its header was fetched (it was too large)."""
    key = header_key(raw)
    size = max(size or 0, len(raw))
    if size > MAX_MESSAGE_BYTES:
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0] + b"\r\n\r\n"
        sub = read_message(head, where)
        sub.items, sub.attachments = [], []
        sub.problem = f"{where}: message too large ({size:,} bytes; the limit is "
        sub.problem += f"{MAX_MESSAGE_BYTES // 2**20} MB)"
        return sub
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        sub = Submission(key)
        sub.sender_name, sub.sender = _sender(message)
        sub.subject = _header(message, "Subject")[:500]
        sub.sent_at = _date(message)
    except Exception as exc:  # the email package raises many kinds on broken headers
        return Submission(key, problem=f"{where}: unreadable message ({_reason(exc)})")
    label = f"{where} “{sub.subject or sub.sender or key}”"
    try:
        sub.items = _drafts(message, sub, label)
    except IngestError as exc:
        sub.items, sub.problem = [], str(exc)
    except Exception as exc:
        sub.items, sub.problem = [], f"{label}: unreadable message ({_reason(exc)})"
    return sub


def _drafts(message: EmailMessage, sub: Submission, label: str) -> list[ParsedItem]:
    files, photos, others = _sort_attachments(message, sub, label)
    items = _file_drafts(files, label) if files else [_body_draft(message, others, label)]
    subject = clean_subject(sub.subject)
    for item in items:
        if not item.headline and not item.kicker and subject and item.kind == "article":
            item.headline = subject
    if photos:
        items[0].attachments = [*items[0].attachments, *photos]
    return items


def _sort_attachments(message: EmailMessage, sub: Submission, label: str):
    """The message's attachments as (draft files, photos, names of anything else)."""
    files: list[tuple[str, bytes]] = []
    photos: list[ParsedAttachment] = []
    others: list[str] = []
    parts = list(message.iter_attachments()) if message.is_multipart() else []
    if len(parts) > MAX_PARTS:
        raise IngestError(f"{label}: refused: {len(parts)} attachments")
    for number, part in enumerate(parts, start=1):
        name = safe_filename(part.get_filename() or "", number, part.get_content_type())
        sub.attachments.append(name)
        suffix = Path(name).suffix.lower()
        if suffix in DRAFT_SUFFIXES or suffix in REFUSED_SUFFIXES:
            files.append((name, _payload(part, label, name)))
        elif part.get_content_type() in PHOTO_TYPES:
            data = _payload(part, label, name)
            if len(data) > MAX_PHOTO_BYTES:
                raise IngestError(f"{label}: {name}: photo too large ({len(data):,} bytes)")
            if len(photos) < MAX_PHOTOS:
                photos.append(ParsedAttachment(name, part.get_content_type(), data))
        else:
            others.append(name)
    return files, photos, others


def _file_drafts(files: list[tuple[str, bytes]], label: str) -> list[ParsedItem]:
    """Attached .docx/.txt drafts read by the draft importers (every hostile-file rule)."""
    from newsroom.importer import load_copy

    items: list[ParsedItem] = []
    with tempfile.TemporaryDirectory(prefix="newsroom-mail-") as folder:
        for number, (name, data) in enumerate(files):
            path = Path(folder) / str(number) / name
            path.parent.mkdir()
            path.write_bytes(data)
            try:
                items += load_copy(path).items
            except IngestError as exc:
                raise IngestError(str(exc).replace(str(path), f"{label}: {name}")) from None
    return items


def _body_draft(message: EmailMessage, others: list[str], label: str) -> ParsedItem:
    """A draft written in the mail itself."""
    text = body_text(message)
    if others and len(text.strip()) < MIN_BODY_DRAFT:
        # "稿件见附件" with a .pdf or .wps: the draft is in a file we cannot read.
        raise IngestError(
            f"{label}: {'、'.join(others)}: not a .docx or .txt draft; ask for it as .docx"
        )
    if not text.strip():
        raise IngestError(f"{label}: no draft attached and no text in the message")
    item = parse_draft(text)
    if not (item.headline or item.paragraphs):
        raise IngestError(f"{label}: no draft attached and no text in the message")
    return item


def _payload(part: EmailMessage, label: str, name: str) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        raise IngestError(
            f"{label}: {name}: cannot decode the attachment ({_reason(exc)})"
        ) from None
    if not isinstance(data, bytes):
        raise IngestError(f"{label}: {name}: cannot decode the attachment")
    return data


def body_text(message: EmailMessage) -> str:
    """The message's own text: its plain part, else its HTML part as text; the signature
    (after a ``-- `` line) and quoted lines are left out."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if not isinstance(content, str):
        return ""
    if part.get_content_type() == "text/html":
        content = html_to_text(content)
    lines = []
    for line in content.replace("\r\n", "\n").split("\n"):
        if line.rstrip() in ("--", "-- "):
            break
        if line.lstrip().startswith(">"):
            continue
        lines.append(line)
    return "\n".join(lines).strip()


class _TextOfHtml(HTMLParser):
    BLOCKS = frozenset(
        "p div br li tr h1 h2 h3 h4 h5 h6 blockquote section article table title".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("script", "style", "head"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in ("script", "style", "head"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.out.append("\n")

    def handle_data(self, data) -> None:
        if not self.hidden:
            self.out.append(data.replace("\xa0", " "))


def html_to_text(html: str) -> str:
    """HTML mail as paragraphs of text: one line per block, scripts and styles dropped."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.out).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def clean_subject(subject: str) -> str:
    """The subject as a headline: without Re:/Fwd:/【投稿】 and surrounding space."""
    return _SUBJECT_NOISE.sub("", subject).strip()[:200]


def safe_filename(name: str, number: int, content_type: str) -> str:
    """An attachment's name fit for a folder: no path, no control characters, not empty."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip(" .")[:120]
    if not name:
        ext = {"text/plain": ".txt", "image/jpeg": ".jpg", "image/png": ".png"}.get(
            content_type, ""
        )
        name = f"附件{number}{ext}"
    return name


def _sender(message: EmailMessage) -> tuple[str, str]:
    name, address = email.utils.parseaddr(_header(message, "From"))
    return " ".join(name.split())[:200], address.strip().lower()[:300]


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name, "")
    except (ValueError, TypeError, IndexError):
        return ""
    return " ".join(str(value or "").split())


def _date(message: EmailMessage) -> dt.datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(_header(message, "Date"))
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
