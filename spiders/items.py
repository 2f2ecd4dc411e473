"""What the spiders hand on besides the kernel's records, and the request keys provenance sets.

A spider writes nothing itself: it yields :class:`~claimtrack.records.Article`,
:class:`~claimtrack.records.Docket` and :class:`~claimtrack.records.DocketEntry` records to be
stored, and a :class:`PageNote` for a page that gives no article, so that the reason ends up
in the fetch log (``fetches``) that the provenance extension (spiders/provenance.py) keeps.

This module imports nothing of the project but the kernel, so a spider can use it without
reaching the database.
"""

from __future__ import annotations

from dataclasses import dataclass

# Keys of ``Request.meta`` that the provenance extension fills when a response arrives (or is
# replayed from the archive), and the spider reads to say where an article came from.
FETCH_ID = "claimtrack_fetch_id"  # the `fetches` row of this request's answer
ARCHIVE = "claimtrack_archive"  # its ArchiveLocation in the WARC archive
FETCHED_AT = "claimtrack_fetched_at"  # when it was received
REPLAYED = "claimtrack_replayed"  # True when read back from the archive, not fetched
RECLAIMED = "claimtrack_reclaimed"  # taken back from a killed member of the frontier
# The stats key of a crawl that failed as a whole (nothing could be fetched because of the
# configuration, or the disk is full): spiders/run.py turns it into the exit status.
FAILURE = "claimtrack/failure"
# Set by the spider on the requests that back off when they keep failing (article pages, not
# feeds or robots.txt): spiders/backoff.py
BACKOFF = "claimtrack_backoff"


@dataclass
class PageNote:
    """A fetched (or failed) page that gives no article, and why.

    The note goes to the same ``fetches`` row as the answer it is about (``fetch_id``, set by
    the provenance extension on the request). When a request never reached the downloader and
    so has no row, the row's id is made from ``error_type`` (an exception's class name, for a
    failed request) or from the reason, as it was before notes became items.
    """

    url: str  # the URL requested, as in `fetches.url`
    # "skipped" (not a feed, not an article, ...), "error" (the request failed), "refused" (a
    # URL or sources entry never requested), or None for a remark on a row whose outcome
    # stands (a canonical refused, a list capped, a body read in part): ``error`` says what
    outcome: str | None
    error: str | None = None
    fetch_id: str | None = None
    status: int | None = None  # the HTTP status of a failed request, when it had one
    error_type: str | None = None
