"""Opening the database, and the clock and checkpoint every writer shares."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from claimtrack.config import archive_beside
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


def open_readonly(path: str | Path) -> sqlite_utils.Database:
    """The database at ``path`` opened to read only: nothing is written, not even a -wal or
    -shm file, so a read-only file or folder can be read. A WAL left beside it is read when the
    folder allows SQLite its shared-memory file, and ignored otherwise."""
    import os
    import sqlite3

    path = Path(path).resolve()
    mode = "mode=ro" if os.access(path.parent, os.W_OK) else "immutable=1"
    return sqlite_utils.Database(sqlite3.connect(f"file:{path}?{mode}", uri=True))


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


def _read(path: Path, sql: str) -> list[tuple] | None:
    """Rows of one query on a database file, writing nothing (no -wal, no -shm: the folder may
    be read-only); None when there is no database there or the query fails (an older schema)."""
    if not path.is_file() or not path.stat().st_size:
        return None
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?immutable=1", uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def recorded_archive(path: str | Path) -> Path | None:
    """The archive a database has recorded, or None (no such file, an older database)."""
    path = Path(path)
    rows = _read(path, "select value from settings where key = 'archive'")
    if not rows:
        return None
    where = Path(rows[0][0])
    return where if where.is_absolute() else path.resolve().parent / where


def archive_of(path: str | Path, legacy: Path | None = None) -> Path:
    """Where the database at ``path`` keeps its archive: the one it recorded; else, for a
    database crawled before archives were recorded, the old shared default ``legacy`` when it
    holds a WARC file the database's fetches name; else its own, ``X-archive/`` beside it."""
    path = Path(path)
    recorded = recorded_archive(path)
    if recorded is not None:
        return recorded
    if legacy is not None and legacy.is_dir():
        names = _read(path, "select distinct warc_file from fetches where warc_file is not null "
                            "limit 50") or []
        if any((legacy / Path(n).name).is_file() for (n,) in names):
            return legacy
    return archive_beside(path)
