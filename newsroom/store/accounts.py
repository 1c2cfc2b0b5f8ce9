"""Accounts of a shared newsroom: who logs in, with which role, and their passwords (argon2)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsroom.store.models import Account, EditLock, utcnow
from newsroom.store.values import Identity
from newsroom.workflow import Role

LOCK_SECONDS = 120  # an edit lock lives this long unless the editor renews it


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def has_accounts(session: Session) -> bool:
    """A newsroom with accounts asks everyone to log in; one without is a single desk."""
    return session.scalar(select(Account.id).limit(1)) is not None


def create_account(
    session: Session, username: str, password: str, role: str, display_name: str = ""
) -> Account:
    username = username.strip()
    if not username:
        raise ValueError("用户名不能为空")
    if len(password) < 6:
        raise ValueError("密码至少 6 个字符")
    role = Role(role).value  # ValueError for an unknown role
    if session.scalar(select(Account.id).where(Account.username == username)) is not None:
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


def authenticate(session: Session, username: str, password: str) -> Identity | None:
    """The identity for a right password of an active account, else None."""
    from argon2.exceptions import InvalidHashError, VerificationError

    account = session.scalar(select(Account).where(Account.username == username.strip()))
    if account is None or not account.active:
        _hasher().hash(password)  # the same work either way: no timing hint that it exists
        return None
    try:
        _hasher().verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return Identity(account.display_name, account.role, account.id)


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
    if display_name is not None:
        account.display_name = display_name.strip() or account.username
    if role is not None:
        account.role = Role(role).value
    if active is not None:
        account.active = active
    if password is not None:
        if len(password) < 6:
            raise ValueError("密码至少 6 个字符")
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
