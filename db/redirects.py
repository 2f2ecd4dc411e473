"""A quote's page keeps working after re-analysis moves the quote's boundaries.

A quote's id is made from its normalised words (claimtrack/ids.py ``quote_id``), so the same
words in two outlets are one quote: that is what "where did this quote first appear?" rests
on, and it must stay. Its price: when a newer pipeline reads a statement a few words longer or
shorter, the words, and so the id and the page's URL (``/-/quote/<id>``), change. Rather than
weaken the id, re-analysis writes down where each vanished quote went: an old appearance in
an article that overlaps a new one in the same article (by at least half of the shorter) is
the same statement re-read, and ``quote_redirects`` maps the old id to the new one. The quote
page answers an unknown id found there with a permanent redirect.

Deterministic and re-run-safe: a re-run with the same result moves nothing, and a chain
(A re-read as B, later as C) is folded so every old id points at the current one. A quote id
that comes back loses its redirect. ``claimtrack rebuild`` starts a fresh database, which has
no history to redirect from.
"""

from __future__ import annotations

import sqlite_utils

Span = tuple[str, int, int]  # (quote id, start, end)
MIN_OVERLAP = 0.5


def appearances(db: sqlite_utils.Database, article_id: str) -> list[Span]:
    """The article's quote appearances as stored, read before its analysis is replaced."""
    return [tuple(r) for r in db.execute(
        'select quote_id, start, "end" from quote_appearances where article_id = ? '
        "and quote_id is not null and start is not null and \"end\" is not null", [article_id])]


def _overlap(a: Span, b: Span) -> float:
    shared = min(a[2], b[2]) - max(a[1], b[1])
    shorter = min(a[2] - a[1], b[2] - b[1])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def moves(before: list[Span], after: list[Span]) -> dict[str, str]:
    """{old quote id: new quote id} for each quote of ``before`` that is gone from ``after``
    and overlaps one of its appearances enough (the best overlap; ties by position)."""
    gone_to: dict[str, str] = {}
    live = {q for q, _, _ in after}
    for old in sorted(before, key=lambda s: (s[1], s[2], s[0])):
        if old[0] in live or old[0] in gone_to:
            continue
        best = max(((round(_overlap(old, new), 6), -new[1], new[0]) for new in after), default=None)
        if best and best[0] >= MIN_OVERLAP:
            gone_to[old[0]] = best[2]
    return gone_to


def record_moves(db: sqlite_utils.Database, article_id: str, before: list[Span],
                 after: list[Span]) -> None:
    """Write the moves of one article's re-analysis (inside the caller's transaction)."""
    live = sorted({q for q, _, _ in after})
    if live:
        marks = ", ".join("?" * len(live))
        db.execute(f"delete from quote_redirects where old_id in ({marks})", live)
    for old, new in moves(before, after).items():
        db.execute("update quote_redirects set new_id = ? where new_id = ?", [new, old])
        db.table("quote_redirects").upsert(
            {"old_id": old, "new_id": new, "article_id": article_id}, pk="old_id")
