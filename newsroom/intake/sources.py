"""Where mail comes from: an mbox file, a Maildir folder, or the submission mailbox over IMAP.

Each source lists its new messages as ``Pending`` (a key when it is known before the body
is fetched, and a way to fetch the body) and is told ``done`` only after the message's
drafts are committed: on IMAP the message is then flagged \\Seen (and moved, if asked), in
a Maildir moved to cur/ with the S flag. A failure before that leaves it for the next run.
"""

from __future__ import annotations

import imaplib
import mailbox
import os
import ssl
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newsroom.intake.mail import MAX_MESSAGE_BYTES, header_key

#: The environment variable that holds the mailbox's password (never stored in a file).
IMAP_PASSWORD_ENV = "NEWSROOM_IMAP_PASSWORD"


class IntakeError(Exception):
    """A mailbox or folder that cannot be read: one line naming it and the problem."""


@dataclass
class Pending:
    """A message not yet known to be processed: key (None until its body is read)."""

    token: object
    key: str | None
    load: Callable[[], bytes]
    size: int | None = None  # when the server says it: a message too large is not fetched


class MboxSource:
    """An mbox file, read as it is (nothing in it is changed): Message-IDs keep it once."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self.name = f"mbox:{self.path}"
        _regular(self.path, folder=False)
        try:
            self.box = mailbox.mbox(self.path, create=False)
            self.keys = list(self.box.keys())
        except (OSError, mailbox.Error) as exc:
            raise IntakeError(f"{self.path}: cannot read the mbox ({_reason(exc)})") from None

    def pending(self) -> Iterator[Pending]:
        for key in self.keys:
            raw = self.box.get_bytes(key)
            yield Pending(key, header_key(raw), lambda raw=raw: raw)

    def done(self, token) -> None:
        pass

    def close(self) -> None:
        self.box.close()


class MaildirSource:
    """A Maildir folder: a processed message moves to cur/ and is flagged seen (S)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self.name = f"maildir:{self.path}"
        _regular(self.path, folder=True)
        if not all(Path(self.path, sub).is_dir() for sub in ("new", "cur", "tmp")):
            raise IntakeError(f"{self.path}: not a Maildir (no new/, cur/ and tmp/ folders)")
        self.box = mailbox.Maildir(self.path, factory=None, create=False)

    def pending(self) -> Iterator[Pending]:
        try:
            keys = list(self.box.keys())
        except OSError as exc:
            raise IntakeError(f"{self.path}: cannot read the Maildir ({_reason(exc)})") from None
        for key in keys:
            message = self.box.get_message(key)
            if "S" in message.get_flags() and message.get_subdir() == "cur":
                continue  # read before (by us or by the office's mail program)
            raw = self.box.get_bytes(key)
            yield Pending(key, header_key(raw), lambda raw=raw: raw)

    def done(self, token) -> None:
        message = self.box.get_message(token)
        message.set_subdir("cur")
        message.add_flag("S")
        self.box[token] = message

    def close(self) -> None:
        self.box.close()


@dataclass(frozen=True)
class ImapAddress:
    """``imaps://user@host:993/INBOX?move=已处理``: where the submission mailbox is."""

    host: str
    port: int
    user: str
    folder: str
    starttls: bool
    move_to: str

    @property
    def name(self) -> str:
        return f"imap://{self.user}@{self.host}:{self.port}/{self.folder}"


def parse_imap_url(url: str) -> ImapAddress:
    """The mailbox of an ``imaps://`` (TLS) or ``imap://`` (STARTTLS) URL; IntakeError for
    another scheme, a missing user or host, or a password in the URL (``ps`` and shell
    history would show it: it comes from $NEWSROOM_IMAP_PASSWORD or is asked for)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise IntakeError(f"{url}: not a mailbox address ({exc})") from None
    if parts.scheme not in ("imaps", "imap"):
        raise IntakeError(f"{url}: not a mailbox address (imaps://USER@HOST/INBOX)")
    if parts.password is not None:
        raise IntakeError(
            f"{parts.scheme}://{parts.username}@{parts.hostname}: leave the password out of the "
            f"address; set {IMAP_PASSWORD_ENV} or let it be asked for"
        )
    if not parts.username or not parts.hostname:
        raise IntakeError(f"{url}: the address needs a user and a host (imaps://USER@HOST)")
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    starttls = parts.scheme == "imap"
    return ImapAddress(
        host=parts.hostname,
        port=port or (143 if starttls else 993),
        user=unquote(parts.username),
        folder=unquote(parts.path.lstrip("/")) or "INBOX",
        starttls=starttls,
        move_to=unquote(query.get("move", "")),
    )


class ImapSource:
    """The submission mailbox over TLS: unseen messages, fetched without marking them."""

    def __init__(self, address: ImapAddress, password: str, *, timeout: float = 30) -> None:
        self.address = address
        self.name = address.name
        context = ssl.create_default_context()
        try:
            if address.starttls:
                self.conn = imaplib.IMAP4(address.host, address.port, timeout=timeout)
                self.conn.starttls(ssl_context=context)
            else:
                self.conn = imaplib.IMAP4_SSL(
                    address.host, address.port, ssl_context=context, timeout=timeout
                )
            self.conn.login(address.user, password)
            self._ok(self.conn.select(_quoted(address.folder)), "select the folder")
        except (imaplib.IMAP4.error, OSError) as exc:
            self._drop()
            raise IntakeError(f"{self.name}: {_reason(exc)}") from None

    def pending(self) -> Iterator[Pending]:
        try:
            data = self._ok(self.conn.uid("SEARCH", None, "UNSEEN"), "search")
            uids = data[0].split() if data and data[0] else []
        except (imaplib.IMAP4.error, OSError) as exc:
            raise IntakeError(f"{self.name}: {_reason(exc)}") from None
        for uid in uids:
            size = _size(self._call("FETCH", uid, "(RFC822.SIZE)"))
            if size is not None and size > MAX_MESSAGE_BYTES:
                yield Pending(uid, self._key(uid), lambda uid=uid: self._head(uid), size)
            else:
                yield Pending(uid, self._key(uid), lambda uid=uid: self._fetch(uid), size)

    def _key(self, uid: bytes) -> str | None:
        data = self._call("FETCH", uid, "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
        head = _literal(data)
        if b"message-id" not in head.lower():
            return None  # keyed by a hash of the whole message, once it is fetched
        return header_key(head.strip() + b"\r\n\r\n")

    def _fetch(self, uid: bytes) -> bytes:
        return _literal(self._call("FETCH", uid, "(BODY.PEEK[])"))

    def _head(self, uid: bytes) -> bytes:
        return _literal(self._call("FETCH", uid, "(BODY.PEEK[HEADER])"))

    def done(self, token) -> None:
        self._call("STORE", token, "+FLAGS", "(\\Seen)")
        if self.address.move_to:
            self._call("MOVE", token, _quoted(self.address.move_to))

    def _call(self, command: str, *args):
        try:
            return self._ok(self.conn.uid(command, *args), command.lower())
        except (imaplib.IMAP4.error, OSError) as exc:
            raise IntakeError(f"{self.name}: {_reason(exc)}") from None

    def _ok(self, answer, what: str):
        status, data = answer
        if status != "OK":
            detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
            raise IntakeError(f"{self.name}: the server refused to {what} ({detail[:200]})")
        return data

    def _drop(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            try:
                conn.shutdown()
            except (OSError, imaplib.IMAP4.error):
                pass

    def close(self) -> None:
        try:
            self.conn.logout()
        except (imaplib.IMAP4.error, OSError):
            self._drop()


def open_source(kind: str, where: str, password: str | None = None):
    """The source for ``--mbox``, ``--maildir`` or ``--imap``."""
    if kind == "mbox":
        return MboxSource(where)
    if kind == "maildir":
        return MaildirSource(where)
    if kind == "imap":
        return ImapSource(parse_imap_url(where), password or "")
    raise ValueError(kind)


def _literal(data) -> bytes:
    for entry in data or []:
        if isinstance(entry, tuple) and len(entry) >= 2 and isinstance(entry[1], bytes):
            return entry[1]
    return b""


def _size(data) -> int | None:
    import re

    for entry in data or []:
        text = entry if isinstance(entry, bytes) else b""
        match = re.search(rb"RFC822\.SIZE (\d+)", text)
        if match:
            return int(match.group(1))
    return None


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _regular(path: str, *, folder: bool) -> None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise IntakeError(f"{path}: no such {'folder' if folder else 'file'}") from None
    except OSError as exc:
        raise IntakeError(f"{path}: {_reason(exc)}") from None
    if folder and not stat.S_ISDIR(info.st_mode):
        raise IntakeError(f"{path}: not a folder")
    if not folder and not stat.S_ISREG(info.st_mode):
        raise IntakeError(f"{path}: not a regular file")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip().splitlines()
    text = text[0] if text else type(exc).__name__
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return f"{text[:200]}" if text != "socket error: EOF" else "the server closed the connection"
