"""The newsroom's one door to its store: what every command and window piece goes through.

Design
------
``Newsroom`` (newsroom.py) is one open newsroom database and the person at it — an
``Identity``, or None on a single-user desk and for the database's owner. A command
opens one (``Newsroom.open(args.db)``) and logs in; the window's pieces ask
``Newsroom.of(desk)`` each time, because the desk can switch databases. Its parts group
the operations by what they touch, as Anki's collection does:

==================  ==========================================================
``articles``        listing what this person may see, text for proofreading,
                    a page's copy, review actions, the window's rows and search
``editing``         loading and saving an article, its history, locks
``tags``            an article's tags, the vocabulary (rename, aliases, merge)
``rules``           the newsroom's proofreading rules, whitelist and ignores
``knowledge``       the roster of officials, words to avoid, learned rules
``proofpasses``     the 三校 record of an article, 三校 before 签发
``pages``           editions, their plan and page layout, placing copy (上版),
                    pages for export, a page's 审校签字单
``people``          the people bylines name: details, merging, a people file
``report``          correspondents' figures, units' 考核, the pay sheet, rates,
                    quotas, shared bylines
``search``          the archive searched, replace across it and undo, reindex
``intake``          submissions by mail and folder, the inbox
``accounts``        a shared newsroom's accounts, for administrators
==================  ==========================================================

and the newsroom itself opens, logs in (``login_needed``, ``authenticate``) and imports.

- **Plain values out.** Operations return dataclasses (here, or ``store/values.py``),
  never ORM objects or a Session; each runs in one short unit of work
  (``Newsroom.reading`` / ``Newsroom.writing``), so nothing is left open between calls.
- **One family of errors.** Every failure leaves as a ``ServiceError`` whose text is one
  line (errors.py): ``NotFound``, ``Invalid``, ``Refused``, ``Conflict``, ``LoginFailed``,
  ``Unavailable``. The command line prints it with exit status 2; the window shows it.
- **Permissions come from workflow.py**, checked here for both window and command line;
  on PostgreSQL the database enforces them again (pg_security.py).
- **Light to import.** Nothing here loads SQLAlchemy until the first unit of work, so
  the window can paint its first rows before (see store/peek.py).
- **Layers.** Only ``newsroom/store`` and this package import SQLAlchemy;
  ``newsroom/commands`` and ``newsroom/ui`` reach the store only through here.
"""

from newsroom.service.errors import (
    Conflict,
    Invalid,
    LoginFailed,
    NotFound,
    Refused,
    ServiceError,
    Unavailable,
    describe_failure,
)
from newsroom.service.newsroom import Newsroom
from newsroom.store.location import (
    DatabaseError,
    describe_url,
    resolve_db_url,
    server_login,
    sqlite_path,
    with_password,
)
from newsroom.store.values import ArticleContent, ArticleRow, Identity

__all__ = [
    "ArticleContent",
    "ArticleRow",
    "Conflict",
    "DatabaseError",
    "Identity",
    "Invalid",
    "LoginFailed",
    "Newsroom",
    "NotFound",
    "Refused",
    "ServiceError",
    "Unavailable",
    "describe_failure",
    "describe_url",
    "resolve_db_url",
    "server_login",
    "sqlite_path",
    "with_password",
]
