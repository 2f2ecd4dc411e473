"""Opening the database, and the clock and checkpoint every writer shares."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils

from db.schema import ensure_schema


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def open_db(path: str | Path) -> sqlite_utils.Database:
    """The database at ``path`` (created with its folder if missing), with the full schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
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
