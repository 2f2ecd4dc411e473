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
