"""Word from the database when any desk changes the newsroom (PostgreSQL LISTEN/NOTIFY).

Migration 0012's triggers send ``NOTIFY newsroom`` once per statement that changes articles
or their tags. A desk holds one connection that LISTENs, watches its socket (the window does
this with a QSocketNotifier, so nothing blocks) and, when the socket has data, drains the
notifications and reloads. Polling stays as the fallback, and is all SQLite has.
"""

from __future__ import annotations

from sqlalchemy import Engine

CHANNEL = "newsroom"


class Listener:
    """A connection LISTENing on the newsroom's channel; ``fileno()`` for a socket watcher."""

    def __init__(self, engine: Engine) -> None:
        self._raw = engine.raw_connection()  # one of the pool's, kept for the desk's life
        try:
            self._conn = self._raw.driver_connection
            self._conn.autocommit = True
            self._conn.execute(f"LISTEN {CHANNEL}")
        except Exception:
            self._raw.invalidate()
            raise

    def fileno(self) -> int:
        return self._conn.fileno()

    def drain(self) -> int:
        """How many notifications arrived since the last call (0: none); never blocks."""
        pgconn = self._conn.pgconn
        pgconn.consume_input()
        count = 0
        while pgconn.notifies() is not None:
            count += 1
        return count

    def close(self) -> None:
        try:
            self._conn.execute(f"UNLISTEN {CHANNEL}")
        except Exception:
            pass
        self._raw.invalidate()  # not back into the pool still listening


def listen(engine: Engine) -> Listener | None:
    """A listener on a PostgreSQL newsroom, else None (SQLite; or the server refuses)."""
    if engine.dialect.name != "postgresql":
        return None
    try:
        return Listener(engine)
    except Exception:
        return None


def notify(connection) -> None:
    """Tell the other desks (the triggers do this; for tests and tools)."""
    from sqlalchemy import text

    connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
