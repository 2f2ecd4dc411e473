"""Opening the database, and the clock and checkpoint every writer shares."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from db.schema import ensure_schema


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class Database(sqlite_utils.Database):
    """sqlite-utils' database whose transactions take the write lock when they begin.

    Several processes may write one database at once (crawler processes on a shared frontier,
    the scale-out writer beside a crawl: README "Running on several machines"). A transaction
    begun with a plain BEGIN that reads first and writes later fails at once with "database
    is locked" when another process wrote meanwhile (SQLite cannot wait there without risking
    a deadlock); BEGIN IMMEDIATE waits for the lock (up to the connection's timeout) instead.
    One process alone sees no difference."""

    @contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


BUSY_TIMEOUT = 60.0  # seconds a write waits for another process's transaction to end


def open_db(path: str | Path) -> sqlite_utils.Database:
    """The database at ``path`` (created with its folder if missing), with the full schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT))
    ensure_schema(db)
    return db


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the write-ahead log into the database file. Datasette opens the published file
    immutable, which reads the main file only: anything still in the WAL would be invisible."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def record_archive(db: sqlite_utils.Database, archive: str | Path) -> None:
    """Write down, with the database, where its archive lies (relative to the database's
    folder when it is below it), so a command given only the database finds it."""
    folder = Path(db.conn.execute("PRAGMA database_list").fetchone()[2]).resolve().parent
    where = Path(archive).resolve()
    try:
        value = where.relative_to(folder).as_posix()
    except ValueError:
        value = where.as_posix()
    db["settings"].upsert({"key": "archive", "value": value}, pk="key")


def recorded_archive(path: str | Path) -> Path | None:
    """The archive a database has recorded, or None (no such file, an older database)."""
    path = Path(path)
    if not path.is_file() or not path.stat().st_size:
        return None
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?immutable=1", uri=True)  # writes nothing, no -wal
        try:
            row = conn.execute("select value from settings where key = 'archive'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    where = Path(row[0])
    return where if where.is_absolute() else path.resolve().parent / where
