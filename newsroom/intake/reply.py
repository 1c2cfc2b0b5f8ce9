"""Answers to correspondents: 已收到 and 退回修改 templates, sent by SMTP or copied by hand.

``reply_text`` gives the words (the window copies them to the clipboard where no SMTP
server is set); ``build_reply`` makes the mail, an answer in the sender's thread;
``send`` hands it to the newsroom's SMTP server over TLS (``smtps://`` or STARTTLS on
``smtp://``; plain SMTP only to a server on this machine, such as a local relay).
"""

from __future__ import annotations

import ipaddress
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from urllib.parse import unquote, urlsplit

from newsroom.intake.sources import IntakeError

#: The environment variable that holds the SMTP password (never stored in a file).
SMTP_PASSWORD_ENV = "NEWSROOM_SMTP_PASSWORD"
RECEIVED = "received"
RETURNED = "returned"
KINDS = (RECEIVED, RETURNED)


def reply_text(kind: str, subject: str, paper: str, note: str = "") -> tuple[str, str]:
    """(subject, text) of an answer: 已收到, or 退回修改 with the editor's reasons."""
    title = subject.strip() or "您的来稿"
    if kind == RECEIVED:
        text = f"您好！\n\n来稿《{title}》已收到，编辑部将尽快审阅。\n\n{paper}编辑部"
        return f"已收到：{title}", text
    if kind == RETURNED:
        if not note.strip():
            raise ValueError("退回修改须写明修改意见")
        text = (
            f"您好！\n\n来稿《{title}》需要修改后再投：\n\n{note.strip()}\n\n"
            f"修改后请回复本邮件重新投稿。\n\n{paper}编辑部"
        )
        return f"退回修改：{title}", text
    raise ValueError(f"unknown reply: {kind}")


def build_reply(
    *, to: str, subject: str, text: str, sender: str, in_reply_to: str = ""
) -> EmailMessage:
    """The answer as a mail in the sender's thread (In-Reply-To their Message-ID)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip("> ") or None)
    if in_reply_to.startswith("<"):
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(text)
    return message


@dataclass(frozen=True)
class SmtpAddress:
    host: str
    port: int
    user: str
    tls: str  # "ssl", "starttls" or "" (only to this machine)


def parse_smtp_url(url: str) -> SmtpAddress:
    """``smtps://USER@HOST[:465]`` or ``smtp://[USER@]HOST[:587]`` (STARTTLS; plain only on
    127.0.0.1 / localhost). A password in the URL is refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise IntakeError(f"{url}: not an SMTP address ({exc})") from None
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise IntakeError(f"{url}: not an SMTP address (smtps://USER@HOST)")
    if parts.password is not None:
        raise IntakeError(
            f"{parts.scheme}://{parts.hostname}: leave the password out of the address; "
            f"set {SMTP_PASSWORD_ENV} or let it be asked for"
        )
    if parts.scheme == "smtps":
        tls = "ssl"
    else:
        tls = "" if _loopback(parts.hostname) else "starttls"
    return SmtpAddress(
        parts.hostname, port or (465 if tls == "ssl" else 587), unquote(parts.username or ""), tls
    )


def send(address: SmtpAddress, password: str | None, message: EmailMessage) -> None:
    """Hand the mail to the server; IntakeError with one line when it fails."""
    context = ssl.create_default_context()
    try:
        if address.tls == "ssl":
            server = smtplib.SMTP_SSL(address.host, address.port, context=context, timeout=30)
        else:
            server = smtplib.SMTP(address.host, address.port, timeout=30)
        with server:
            if address.tls == "starttls":
                server.starttls(context=context)
            if address.user:
                server.login(address.user, password or "")
            server.send_message(message)
    except (smtplib.SMTPException, OSError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise IntakeError(f"smtp://{address.host}:{address.port}: {reason[:200]}") from None


def sender_address(name: str, address: str) -> str:
    return formataddr((name, address)) if name else address


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
