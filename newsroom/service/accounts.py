"""The accounts part of the service: a shared newsroom's accounts, for its administrators."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsroom import workflow
from newsroom.lazy import lazy
from newsroom.service.errors import NotFound, Refused

if TYPE_CHECKING:
    from newsroom.service.newsroom import Newsroom

store_accounts = lazy("newsroom.store.accounts")


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class LoginFailure:
    """A wrong password or unknown name: the audit an administrator reads."""

    at: dt.datetime  # UTC
    username: str


class Accounts:
    """Adding and changing accounts: administrators only (workflow.can_manage_accounts),
    and, while a newsroom has no accounts yet, whoever opened it (identity None). On
    PostgreSQL every change goes through the database's own functions, which check again."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def require_admin(self) -> None:
        identity = self._newsroom.identity
        if identity is not None and not workflow.can_manage_accounts(identity.role):
            raise Refused(f"{identity.name}: only an administrator may manage accounts")

    def list(self) -> list[AccountRow]:
        """Every account, by role and name."""
        self.require_admin()
        with self._newsroom.reading() as session:
            return [
                AccountRow(a.id, a.username, a.display_name, a.role, a.active)
                for a in store_accounts.list_accounts(session)
            ]

    def failures(self) -> list[LoginFailure]:
        """Failed logins, newest first."""
        self.require_admin()
        with self._newsroom.reading() as session:
            return [
                LoginFailure(a.created_at, a.username)
                for a in store_accounts.login_failures(session)
            ]

    def add(self, username: str, password: str, role: str, display_name: str = "") -> int:
        """A new account (on PostgreSQL also its login); its id. Invalid for a taken name,
        a weak password or an unknown role."""
        self.require_admin()
        with self._newsroom.writing() as session:
            return store_accounts.create_account(session, username, password, role, display_name).id

    def find(self, username: str) -> int:
        """The id of the account of that user name (any case); NotFound."""
        self.require_admin()
        with self._newsroom.reading() as session:
            account_id = store_accounts.account_id(session, username)
        if account_id is None:
            raise NotFound("no such account")
        return account_id

    def change(
        self,
        account_id: int,
        *,
        display_name: str | None = None,
        role: str | None = None,
        active: bool | None = None,
        password: str | None = None,
    ) -> None:
        """Change what is given: name, role, active or password."""
        self.require_admin()
        with self._newsroom.writing() as session:
            store_accounts.update_account(
                session,
                account_id,
                display_name=display_name,
                role=role,
                active=active,
                password=password,
            )
