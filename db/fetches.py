"""The fetch log (``fetches``): one row per observation of a URL, written by the crawl.

Ids come from :func:`claimtrack.ids.fetch_id`: the same answer seen again updates its row.
"""

from __future__ import annotations

import sqlite_utils

from claimtrack.ids import fetch_id

__all__ = ["fetch_id", "record_fetch", "known_response", "fetched_urls"]


def record_fetch(db: sqlite_utils.Database, row: dict) -> None:
    """Insert or update one observation (``row["id"]`` from :func:`fetch_id`).

    ``_new_attempt`` False marks a later note on the same request (its outcome, the reason a
    page was dropped) rather than another attempt."""
    new_attempt = row.pop("_new_attempt", True)
    prev = db.execute("select attempts, status from fetches where id = ?", [row["id"]]).fetchone()
    if prev:
        row["attempts"] = (prev[0] or 1) + (1 if new_attempt else 0)
        if row.get("status") is None and prev[1] is not None:
            row["status"] = prev[1]
    else:
        row["attempts"] = 1
    db.table("fetches").upsert(row, pk="id", alter=True)


def known_response(db: sqlite_utils.Database, fid: str) -> dict | None:
    """The archive place of an observation already recorded (an unchanged page)."""
    r = db.execute("select warc_file, warc_offset, warc_length from fetches where id = ? "
                   "and warc_file is not null", [fid]).fetchone()
    return {"warc_file": r[0], "warc_offset": r[1], "warc_length": r[2]} if r else None


def fetched_urls(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("select url from fetches where outcome = 'stored'")}
