"""Telling a full disk from other write errors.

A full disk fails every later write the same way: a crawl that logged each would print a
traceback per response (1,183 of them in one probe) and keep fetching pages it cannot keep.
The provenance extension asks :func:`disk_full` of any error a write raises and stops the
crawl once, with one message. The archive raises ``OSError(ENOSPC)``; SQLite reports the same
condition as ``sqlite3.OperationalError`` "database or disk is full" (SQLITE_FULL), or as an
I/O error when the journal cannot grow.
"""

from __future__ import annotations

import errno
import sqlite3

# errno values that mean "no room": a full file system, an exhausted quota, a file too big.
NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

# SQLite's primary result codes for the same conditions (sqlite3.h).
SQLITE_NO_ROOM = frozenset({13})  # SQLITE_FULL
SQLITE_NO_ROOM_TEXT = ("database or disk is full",)


def disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or an error it was raised from) says there is no room to write."""
    seen = 0
    while exc is not None and seen < 5:  # a writer may wrap the OS error in its own
        if isinstance(exc, OSError) and exc.errno in NO_ROOM:
            return True
        if isinstance(exc, sqlite3.Error):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None and (code & 0xFF) in SQLITE_NO_ROOM:
                return True
            if any(t in str(exc).lower() for t in SQLITE_NO_ROOM_TEXT):
                return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False
