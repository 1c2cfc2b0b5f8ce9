"""The one family of errors the newsroom's service raises, and the one line each becomes.

Every failure a person must be told about — a missing article, a refused action, a
conflict, a login that failed, a database that cannot be reached or refused a write —
leaves the service as a ``ServiceError`` whose text is that one line. The command line
prints it (exit status 2); the window shows it in a dialog. The subclasses also derive
from the built-in exception a caller may already catch (``LookupError``,
``ValueError``, ``PermissionError``), so code written against the store keeps working.
"""

from __future__ import annotations

from newsroom.store.location import DatabaseError


class ServiceError(Exception):
    """Something to tell the person in one line; never a bug."""


class NotFound(ServiceError, LookupError):
    """No such article, tag, account or edition — or one this person may not see."""


class Invalid(ServiceError, ValueError):
    """Input the newsroom does not take: an empty tag name, a weak password, a duplicate."""


class Refused(ServiceError, PermissionError):
    """The workflow or the person's role does not allow this (rules in workflow.py)."""


class Conflict(ServiceError):
    """Someone saved the article since it was read: saving now would lose their work."""


class LoginFailed(ServiceError):
    """Wrong name or password, a disabled account, or too many tries: wait."""

    def __init__(self, message: str, *, must_wait: bool = False) -> None:
        super().__init__(message)
        #: Too many wrong passwords for this name: it must wait before the next try.
        self.must_wait = must_wait


class Unavailable(ServiceError, DatabaseError):
    """The database cannot be opened, reached or written (also a ``DatabaseError``)."""

    def __init__(self, message: str, *, wants_password: bool = False) -> None:
        super().__init__(message)
        #: A server login that needs a password nobody gave: the caller may ask for one.
        self.wants_password = wants_password


def first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def describe_failure(exc: BaseException) -> str | None:
    """One line for an error nobody expected (a database that refused, a disk that is
    full, a number too large), or None for a real bug that should show.

    SQLAlchemy's errors are known by their module, so this loads nothing. A ServiceError
    is already the line to show."""
    if isinstance(exc, ServiceError):
        return first_line(exc)
    module = type(exc).__module__ or ""
    if module.startswith("sqlalchemy"):
        from newsroom.store.pg_security import refusal

        found = refusal(exc)
        if found is not None:
            state, message = found
            if state.startswith("42"):
                return f"the database refused: {message}"
            return f"database error: {message}"
        reason = first_line(getattr(exc, "orig", None) or exc)
        if "readonly database" in reason or "database is locked" in reason:
            return f"cannot write the database ({reason}): another desk busy, or read-only?"
        return f"database error: {reason}"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return f"{where}{exc.strerror or exc}"
    if isinstance(exc, OverflowError):
        return f"number too large ({exc})"
    return None


def as_service_error(exc: BaseException) -> ServiceError | None:
    """The service's error for an exception the store or the workflow raised, or None
    for one that is not the person's to hear about (a bug)."""
    from newsroom.store.accounts import LoginRefused
    from newsroom.store.editing import ConflictError
    from newsroom.workflow import WorkflowError

    if isinstance(exc, ServiceError):
        return exc
    if isinstance(exc, DatabaseError):
        return Unavailable(str(exc))
    if isinstance(exc, LoginRefused):
        return LoginFailed(str(exc), must_wait=True)
    for kind, error in (
        (WorkflowError, Refused),
        (ConflictError, Conflict),
        (LookupError, NotFound),
        (PermissionError, Refused),
        (ValueError, Invalid),
    ):
        if isinstance(exc, kind):
            return error(str(exc))
    if (type(exc).__module__ or "").startswith("sqlalchemy"):
        return Unavailable(describe_failure(exc) or first_line(exc))
    return None
