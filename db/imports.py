"""How far `claimtrack import-warc` got in each WARC file (table ``warc_imports``).

A backfill reads files of a gigabyte or more; one interrupted half-way must resume where it
stopped, not from the start. The row of a file says the byte offset read up to (the start of
the next record), what was found so far, and whether the file was read to its end. The table
is made by the first import, so databases that never import have none.
"""

from __future__ import annotations

import sqlite_utils

from db.connection import now

TABLE = "warc_imports"
COLUMNS = {"warc_file": str, "size": int, "offset": int, "records": int, "articles": int,
           "stored": int, "dropped": int, "damaged": int, "done": int, "updated": str}


def ensure_table(db: sqlite_utils.Database) -> None:
    if not db.table(TABLE).exists():
        db.table(TABLE).create(COLUMNS, pk="warc_file", not_null=None)


def progress_of(db: sqlite_utils.Database, warc_file: str) -> dict:
    """The file's row, or a fresh one (nothing read yet)."""
    ensure_table(db)
    rows = list(db.query(f"select * from [{TABLE}] where warc_file = ?", [warc_file]))
    return rows[0] if rows else {"warc_file": warc_file, "size": 0, "offset": 0, "records": 0,
                                 "articles": 0, "stored": 0, "dropped": 0, "damaged": 0, "done": 0}


def save_progress(db: sqlite_utils.Database, row: dict) -> None:
    with db.atomic():
        db.table(TABLE).upsert({**row, "updated": now()}, pk="warc_file")
