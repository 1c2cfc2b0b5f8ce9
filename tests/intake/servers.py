"""Real mail servers on 127.0.0.1 for the intake tests: Dovecot (IMAP over TLS) and aiosmtpd.

Dovecot runs unprivileged from a temporary folder: its own config, a self-signed
certificate made by openssl (trusted through SSL_CERT_FILE, as an office would install
its server's certificate), one passwd-file user and a Maildir. Run as root (CI), it drops
to the ``dovecot`` system user with setpriv. Without the dovecot binary the IMAP tests are
skipped, except in CI, where they fail.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

DOVECOT = "/usr/sbin/dovecot"
PASSWORD = "s3cret-mail"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {process.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@dataclass
class Dovecot:
    port: int
    user: str
    maildir: Path
    owner: tuple[int, int]
    cert: Path

    @property
    def url(self) -> str:
        return f"imaps://{self.user}@127.0.0.1:{self.port}/INBOX"

    def deliver(self, raw: bytes, name: str) -> None:
        """Put a message into the user's INBOX as a mail server delivers it (new/)."""
        path = self.maildir / "new" / f"{time.time_ns()}.{name}.test"
        path.write_bytes(raw)
        os.chown(path, *self.owner)


def _config(tmp: Path, port: int, user: str, group: str, uid: int, gid: int) -> str:
    return f"""
base_dir = {tmp}/run
state_dir = {tmp}/state
log_path = {tmp}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{tmp}/cert.pem
ssl_key = <{tmp}/key.pem
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
auth_mechanisms = plain
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {tmp}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {tmp}/users
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  chroot =
}}
"""


@pytest.fixture
def dovecot(monkeypatch):
    if not Path(DOVECOT).exists():
        reason = "dovecot is not installed (Debian: dovecot-imapd)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    # Not under pytest's folder, which only root may enter when the tests run as root.
    tmp = Path(tempfile.mkdtemp(prefix="newsroom-dovecot-"))
    root = os.geteuid() == 0
    account = pwd.getpwnam("dovecot") if root else pwd.getpwuid(os.geteuid())
    uid, gid = account.pw_uid, account.pw_gid
    user, group = account.pw_name, grp.getgrgid(gid).gr_name
    port = free_port()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", f"{tmp}/key.pem", "-out", f"{tmp}/cert.pem", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    home = tmp / "home" / "tougao"
    for sub in ("new", "cur", "tmp"):
        (home / "Maildir" / sub).mkdir(parents=True)
    (tmp / "users").write_text(f"tougao:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{home}::\n")
    (tmp / "dovecot.conf").write_text(_config(tmp, port, user, group, uid, gid))
    if root:
        os.chmod(tmp, 0o755)
        for folder, dirs, files in os.walk(tmp):
            for name in [folder, *(os.path.join(folder, f) for f in [*dirs, *files])]:
                os.chown(name, uid, gid)
    command = [DOVECOT, "-F", "-c", str(tmp / "dovecot.conf")]
    if root:
        command = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", *command]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process)
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp / "cert.pem"))
        monkeypatch.setenv("NEWSROOM_IMAP_PASSWORD", PASSWORD)
        yield Dovecot(port, "tougao", home / "Maildir", (uid, gid), tmp / "cert.pem")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(tmp, ignore_errors=True)


class DroppingProxy:
    """A TCP relay to a server that cuts both connections after the server has sent
    ``limit`` bytes: a mail server that drops in the middle of a fetch."""

    def __init__(self, port: int, limit: int) -> None:
        self.target, self.limit = port, limit
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sent = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            client, _ = self.listener.accept()
        except OSError:
            return
        server = socket.create_connection(("127.0.0.1", self.target))

        def upstream() -> None:
            try:
                while data := client.recv(65536):
                    server.sendall(data)
            except OSError:
                pass

        threading.Thread(target=upstream, daemon=True).start()
        try:
            while data := server.recv(4096):
                room = self.limit - self.sent
                client.sendall(data[: max(room, 0)])
                self.sent += min(len(data), max(room, 0))
                if self.sent >= self.limit:
                    break
        except OSError:
            pass
        for s in (client, server):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def smtp_server():
    """aiosmtpd on 127.0.0.1: the messages it received."""
    from aiosmtpd.controller import Controller

    class Keep:
        def __init__(self) -> None:
            self.messages: list[bytes] = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope.original_content or envelope.content)
            return "250 OK"

    handler = Keep()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, handler.messages
    finally:
        controller.stop()
