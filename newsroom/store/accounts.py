"""Accounts of a shared newsroom: who logs in, with which role, and their passwords (argon2)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from newsroom.store import pg_security
from newsroom.store.models import Account, EditLock, LoginAttempt, utcnow
from newsroom.store.values import Identity
from newsroom.workflow import Role

LOCK_SECONDS = 120  # an edit lock lives this long unless the editor renews it
MIN_PASSWORD = 8
#: After this many wrong passwords for one name within the window, logins wait.
FAILURES_BEFORE_BACKOFF = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)


class LoginRefused(Exception):
    """Too many wrong passwords lately: the message says how long to wait."""


def check_username(username: str) -> str:
    """The user name as stored, or ValueError: 1–32 printable characters, no blanks."""
    name = username.strip()
    if not name:
        raise ValueError("用户名不能为空")
    if len(name) > pg_security.USERNAME_MAX_CHARS or (
        len(name.encode()) > pg_security.USERNAME_MAX_BYTES
    ):
        raise ValueError(f"用户名最长 {pg_security.USERNAME_MAX_CHARS} 个字符")
    if not name.isprintable() or any(c.isspace() for c in name):
        raise ValueError("用户名只能由可见字符组成，不含空白")
    return name


def check_display_name(display_name: str) -> str:
    """A display name as stored (shown in bylines, revisions and lists): one line."""
    name = display_name.strip()
    if len(name) > 100:
        raise ValueError("姓名最长 100 个字符")
    if not name.isprintable():
        raise ValueError("姓名只能由可见字符组成")
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"密码至少 {MIN_PASSWORD} 个字符")
    if not password.strip():
        raise ValueError("密码不能全是空白")


def _database_call(session: Session, sql: str, params: dict) -> object:
    """Call one of the newsroom's account functions; its refusal becomes ValueError,
    LookupError or PermissionError with the database's one line."""
    try:
        return pg_security.call(session, sql, params)
    except pg_security.Refused as refused:
        message = str(refused)
        if refused.state == pg_security.NOT_FOUND:
            raise LookupError(message) from None
        if refused.state.startswith("42"):
            raise PermissionError(message) from None
        raise ValueError(message) from None


def connected_as(session: Session) -> tuple[Identity | None, bool]:
    """On a PostgreSQL newsroom: the account whose login this connection is (the database
    enforces its role), and whether the login is the database's owner. (None, False)
    on SQLite."""
    if not pg_security.is_postgresql(session):
        return None, False
    row = session.execute(text("SELECT * FROM newsroom_whoami()")).one()
    if row.id is None:
        return None, bool(row.is_owner)
    return Identity(row.display_name, row.role, row.id, database_login=True), bool(row.is_owner)


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def has_accounts(session: Session) -> bool:
    """A newsroom with accounts asks everyone to log in; one without is a single desk."""
    return session.scalar(select(Account.id).limit(1)) is not None


def create_account(
    session: Session, username: str, password: str, role: str, display_name: str = ""
) -> Account:
    """A new account; on PostgreSQL also its login, made by the database's own function
    (only an administrator, or the owner, may)."""
    username = check_username(username)
    display_name = check_display_name(display_name)
    check_password(password)
    role = Role(role).value  # ValueError for an unknown role
    if pg_security.is_postgresql(session):
        account_id = _database_call(
            session,
            "SELECT newsroom_add_account(:u, :n, :r, :v)",
            {
                "u": username,
                "n": display_name.strip(),
                "r": role,
                "v": pg_security.scram_verifier(session, username, password),
            },
        )
        return session.get(Account, account_id)
    taken = select(Account.id).where(func.lower(Account.username) == username.lower())
    if session.scalar(taken) is not None:
        raise ValueError(f"用户名已存在：{username}")
    account = Account(
        username=username,
        display_name=display_name.strip() or username,
        role=role,
        password_hash=_hasher().hash(password),
        active=True,
    )
    session.add(account)
    session.flush()
    return account


def authenticate(
    session: Session, username: str, password: str, now: dt.datetime | None = None
) -> Identity | None:
    """The identity for a right password of an active account, else None.

    Every attempt is recorded (login_attempt) and committed with the session's
    transaction; after FAILURES_BEFORE_BACKOFF wrong ones within FAILURE_WINDOW, the name
    must wait (LoginRefused) twice as long for each further one, up to the window.
    """
    from argon2.exceptions import InvalidHashError, VerificationError

    now = now or utcnow()
    name = " ".join(username.split())[:100]
    wait = _backoff(session, name, now)
    if wait:
        raise LoginRefused(f"{name}：密码错误次数过多，请 {wait} 秒后再试")
    account = session.scalar(
        select(Account)
        .where(func.lower(Account.username) == username.strip().lower())
        .order_by((Account.username == username.strip()).desc(), Account.id)
        .limit(1)
    )
    identity = None
    if account is None or not account.active:
        _hasher().hash(password)  # the same work either way: no timing hint that it exists
    else:
        try:
            _hasher().verify(account.password_hash, password)
            identity = Identity(account.display_name, account.role, account.id)
        except (VerificationError, InvalidHashError):
            pass
    session.add(LoginAttempt(username=name, succeeded=identity is not None, created_at=now))
    session.commit()
    return identity


def _backoff(session: Session, username: str, now: dt.datetime) -> int:
    """Seconds this name must still wait before the next try (0: it may try now)."""
    since = now - FAILURE_WINDOW
    recent = session.execute(
        select(LoginAttempt.succeeded, LoginAttempt.created_at)
        .where(LoginAttempt.username == username, LoginAttempt.created_at > since)
        .order_by(LoginAttempt.id.desc())
        .limit(50)
    ).all()
    failures = []
    for succeeded, at in recent:
        if succeeded:
            break
        failures.append(at)
    if len(failures) < FAILURES_BEFORE_BACKOFF:
        return 0
    delay = min(2 ** (len(failures) - FAILURES_BEFORE_BACKOFF + 1) * 15, 15 * 60)
    left = failures[0] + dt.timedelta(seconds=delay) - now
    return max(0, int(left.total_seconds() + 0.999))


def login_failures(session: Session, since: dt.datetime | None = None) -> list[LoginAttempt]:
    """Failed logins, newest first: the audit an administrator reads."""
    query = select(LoginAttempt).where(LoginAttempt.succeeded.is_(False))
    if since is not None:
        query = query.where(LoginAttempt.created_at >= since)
    return list(session.scalars(query.order_by(LoginAttempt.id.desc())))


def account_id(session: Session, username: str) -> int | None:
    """The id of the account of that user name, in any case; None if there is none."""
    return session.scalar(
        select(Account.id).where(func.lower(Account.username) == username.strip().lower())
    )


def list_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.role, Account.username)))


def update_account(
    session: Session,
    account_id: int,
    *,
    display_name: str | None = None,
    role: str | None = None,
    active: bool | None = None,
    password: str | None = None,
) -> None:
    account = session.get(Account, account_id)
    if account is None:
        raise LookupError(f"没有这个账号：{account_id}")
    if role is not None:
        role = Role(role).value
    if display_name is not None:
        display_name = check_display_name(display_name)
    if password is not None:
        check_password(password)
    if pg_security.is_postgresql(session):
        verifier = None
        if password is not None:
            verifier = pg_security.scram_verifier(session, account.username, password)
        _database_call(
            session,
            "SELECT newsroom_change_account(:u, :r, :a, :v, :n)",
            {"u": account.username, "r": role, "a": active, "v": verifier, "n": display_name},
        )
        session.refresh(account)
        return
    if display_name is not None:
        account.display_name = display_name.strip() or account.username
    if role is not None:
        account.role = Role(role).value
    if active is not None:
        account.active = active
    if password is not None:
        account.password_hash = _hasher().hash(password)
    session.flush()


# --- soft edit locks -------------------------------------------------------------------
def take_lock(
    session: Session, article_id: int, holder: str, key: str, now: dt.datetime | None = None
) -> str | None:
    """Hold the article for editing, or renew the hold.

    Returns the name of someone else holding it now (and leaves their lock), else None.
    """
    now = now or utcnow()
    lock = session.get(EditLock, article_id)
    if lock is not None and lock.session_key != key and lock.expires_at > now:
        return lock.holder
    if lock is None:
        lock = EditLock(article_id=article_id)
        session.add(lock)
    lock.holder, lock.session_key = holder, key
    lock.expires_at = now + dt.timedelta(seconds=LOCK_SECONDS)
    session.flush()
    return None


def release_lock(session: Session, article_id: int, key: str) -> None:
    session.execute(
        delete(EditLock).where(EditLock.article_id == article_id, EditLock.session_key == key)
    )


def live_locks(session: Session, now: dt.datetime | None = None) -> dict[int, str]:
    """article id → who is editing it now (expired locks do not count)."""
    now = now or utcnow()
    query = select(EditLock.article_id, EditLock.holder).where(EditLock.expires_at > now)
    return {article_id: holder for article_id, holder in session.execute(query)}
