"""Crawl provenance: one Scrapy extension keeps the record of what a crawl fetched and why.

A journalist must be able to ask of any stored article where, when and how it was fetched, and
of any page that is not in the database why it is not. That record is the ``fetches`` table
(one row per observation of a URL, with the run id, status, error, outcome and note) and the
WARC archive (every response as it came). :class:`CrawlProvenance` owns all of it for one run:

* the run id (given, kept in JOBDIR for a resumed crawl, or made at start);
* the archive it appends to, and the replay of responses this run already received;
* the fetch log: every ``fetches`` row of a crawl is written by :meth:`CrawlProvenance._log`
  and nowhere else;
* the crawl's record (:class:`DatabaseStore`, the one database connection of the crawl,
  opened when the spider opens and closed when it closes; or, for a crawler on another machine
  than the database, spiders/remote.py's ``RemoteStore``, which sends the same rows through
  Redis to the writer); the item pipelines store articles and dockets through it.

The downloader middleware (spiders/middlewares.py) hands it each response and download error,
the item pipelines (spiders/pipelines.py) each article's outcome and each page note the spider
yields. They find it with :func:`provenance_of`, Scrapy's own lookup of a running extension;
like Scrapy's built-in extensions it is built once per crawl from the crawler and holds its
state between the ``spider_opened`` and ``spider_closed`` signals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro

from claimtrack.records import ArchiveLocation, Article, Docket, DocketEntry
from db.writer import (archive_of, fetch_id, known_response, open_db, record_archive, record_fetch,
                       upsert_article, upsert_docket, upsert_docket_entry)
from spiders.archive import WarcArchive
from spiders.backoff import Backoff, failing_urls
from spiders.diskfull import disk_full
from spiders.items import (ARCHIVE, BACKOFF, FAILURE, FETCH_ID, FETCHED_AT, RECLAIMED, REPLAYED,
                           PageNote)
from spiders.resume import response_from_archive, run_id_for

log = logging.getLogger(__name__)

# A page some run stored or judged is not requested again (spiders/resume.py explains why).
DONE_OUTCOMES = ("stored", "dropped", "skipped", "unchanged")


def utcnow() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def provenance_of(crawler) -> "CrawlProvenance":
    """The running provenance extension of ``crawler``.

    A crawl without it would fetch and store with no record of either, so its absence is an
    error rather than a reason to carry on quietly."""
    ext = crawler.get_extension(CrawlProvenance)
    if ext is None:
        raise RuntimeError("spiders.provenance.CrawlProvenance is not in EXTENSIONS; "
                           "the crawl would keep no record of what it fetched")
    return ext


class UsesProvenance:
    """A downloader middleware or item pipeline that reports to the crawl's provenance
    extension (Scrapy builds each through ``from_crawler``)."""

    def __init__(self, provenance: "CrawlProvenance"):
        self.provenance = provenance

    @classmethod
    def from_crawler(cls, crawler):
        return cls(provenance_of(crawler))


class CrawlProvenance:
    """The run id, the archive, the fetch log and the database connection of one crawl."""

    def __init__(self, settings, stats, crawler=None):
        self.settings = settings
        self.stats = stats
        self.crawler = crawler
        self.stopped: str | None = None  # why the crawl is stopping (disk full), once it is
        self.backoff: Backoff | None = None
        self._remarks: dict[str, list[str]] = {}  # fetch id -> remarks merged into its note
        self.store = None  # DatabaseStore, or spiders.remote.RemoteStore
        self.run_id: str | None = None
        self.archive: WarcArchive | None = None
        self.archive_dir = ""
        self._replay: dict[str, tuple[ArchiveLocation, str]] = {}
        self._done: dict[str, str] = {}
        self.logged: set[str] = set()  # ids of the `fetches` rows this crawl wrote

    @property
    def db(self):
        """The crawl's database connection: None for a remote crawler, or once closed."""
        return getattr(self.store, "db", None)

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler.settings, crawler.stats, crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    # ------------------------------------------------------------ the run's lifetime

    def spider_opened(self, spider=None):
        """Open the record (the database, or Redis for a remote crawler) and the archive, and
        read what earlier runs left.

        The readings happen before this run fetches anything: which pages earlier runs
        already stored or judged (not requested again), which URLs are backing off, and which
        responses this same run received before it was killed (replayed from the archive, not
        fetched again)."""
        s = self.settings
        self.run_id = run_id_for(s, utcnow())
        try:
            self.archive_dir, self.store = open_store(s, self.run_id)
            self.archive = WarcArchive(self.archive_dir)
            self._replay, self._done, failing = self.store.readings(Backoff.statuses_in(s))
        except Exception as exc:  # no record can be kept: crawling on would lose its provenance
            self._close()
            why = f"provenance: cannot open the record or the archive: {exc}"
            self.fail(why, stop=False)  # the crawl exits non-zero (spiders/run.py)
            raise CloseSpider(why) from exc
        self.backoff = Backoff(failing, s)
        if self._replay:
            log.info("resuming run %s: %d responses replayed from the archive",
                     self.run_id, len(self._replay))

    def spider_closed(self, spider=None, reason=None):
        self.stats.set_value("claimtrack/fetch_rows", len(self.logged))
        self._close()

    def _close(self) -> None:
        if self.archive is not None:
            try:
                self.archive.close()
            except OSError as exc:  # the last flush can meet a full disk too
                log.warning("could not close the archive cleanly: %s", exc)
        if self.store is not None:
            self.store.close()
            self.store = None

    def fail(self, reason: str, stop: bool = True) -> None:
        """Mark the crawl as failed, with one message (spiders/run.py exits non-zero), and
        stop it at once when ``stop`` (nothing more can be kept); a crawl with nothing to do
        (``stop`` False) ends by itself once its notes are written."""
        if self.stopped or self.stats.get_value(FAILURE):
            return
        self.stats.set_value(FAILURE, reason)
        log.error("crawl failed: %s", reason)
        if not stop:
            return
        self.stopped = reason
        if self.crawler is not None and self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="claimtrack_failure"))

    def write(self, what: str, fn, *args, **kwargs):
        """Run one write to the archive or the database; a full disk stops the crawl once,
        with one message, instead of failing every later write with a traceback of its own.
        Returns None, writing nothing, once the crawl is stopping. A remote crawler that
        loses Redis (a ``ConnectionError``) stops the same way: nothing it does is kept."""
        if self.stopped:
            return None
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if isinstance(exc, ConnectionError):
                self.fail(f"lost the record while writing the {what} ({exc})")
                return None
            if not disk_full(exc):
                raise
            self.fail(f"disk full while writing the {what} ({exc})")
            return None

    # ------------------------------------------------------------ what earlier runs left

    def already_have(self, url: str, lastmod: str | None = None) -> bool:
        """An earlier run stored or judged ``url``, and its sitemap ``lastmod`` (if any) does
        not say it changed since."""
        seen = self._done.get(url)
        return seen is not None and not (lastmod and lastmod > seen)

    def backing_off(self, url: str) -> str | None:
        """Why ``url`` is not requested in this run (it keeps failing), or None."""
        return self.backoff.waiting(url, utcnow()) if self.backoff else None

    def replay(self, request):
        """The response this run already received for ``request``, read back from the
        archive, or None to fetch it."""
        known = self._replay.pop(request.url, None)
        if known is None and request.meta.get(RECLAIMED):
            # a killed member's request: it may have received the answer after this
            # process read the run's responses at its start
            known = self.store.replayable_one(request.url)
        if known is None:
            return None
        loc, fid = known
        request.meta[FETCH_ID] = fid
        try:
            response, fetched_at = response_from_archive(self.archive_dir,
                                                         loc, request)
        except (OSError, LookupError, ValueError) as exc:
            log.warning("replay failed for %s (%s); fetching again", request.url, exc)
            return None
        request.meta.update({REPLAYED: True, ARCHIVE: loc, FETCHED_AT: fetched_at})
        return response

    # ------------------------------------------------------------ the fetch log

    def response_received(self, request, response) -> None:
        """Archive a response (unless the same answer is archived already) and log it.

        The same status and body seen again is the same observation: its row is updated and
        the archive keeps the first copy, so re-runs add neither rows nor records."""
        if self.stopped:
            return
        fetched_at = utcnow()
        fid = fetch_id(request.url, str(response.status), hashlib.sha1(response.body).hexdigest())
        known = self.write("record", self.store.known_response, fid)
        if self.stopped:
            return
        if known is not None:
            loc = ArchiveLocation(known["warc_file"], known["warc_offset"], known["warc_length"], "")
        else:
            loc = self.write("archive", self._archive, request, response, fetched_at)
            if loc is None:
                return
        self.write("record", self.store.received, fid, request.url, response.status, loc, fetched_at)
        request.meta.update({FETCH_ID: fid, ARCHIVE: loc, FETCHED_AT: fetched_at})
        if request.meta.get(BACKOFF) and self.backoff and self.backoff.applies(response.status):
            self._remember(fid, self.backoff.failed(request.url, fetched_at))  # logged below
        self._log({
            "id": fid, "run_id": self.run_id, "url": request.url, "final_url": response.url,
            "status": response.status, "fetched_at": fetched_at, "bytes": len(response.body),
            "content_type": response.headers.get("Content-Type", b"").decode("latin-1"),
            "error": None, "outcome": "fetched" if response.status < 300 else
            ("redirect" if response.status < 400 else "http_error"),
            "warc_file": loc.warc_file, "warc_offset": loc.offset, "warc_length": loc.length,
        })

    def _archive(self, request, response, fetched_at: str) -> ArchiveLocation:
        """Append one response to the archive, with how its page was found."""
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, vs in response.headers.items() for v in vs]
        meta = {"source": request.meta.get("source"), "via": request.meta.get("via"),
                "outlet": request.meta.get("outlet")}
        if request.meta.get("redirect_urls"):  # a rebuild needs the chain to judge canonicals
            meta["redirected-from"] = " ".join(request.meta["redirect_urls"])
        if request.meta.get("domains"):
            meta["domains"] = " ".join(request.meta["domains"])
        return self.archive.write_response(response.url, response.status, "", headers,
                                           response.body, fetched_at, request_url=request.url,
                                           meta=meta)

    def download_failed(self, request, exception) -> None:
        """Log a request that got no response (timeout, refused, robots.txt, too large)."""
        fid = fetch_id(request.url, "error", type(exception).__name__)
        request.meta[FETCH_ID] = fid
        self._log({"id": fid, "run_id": self.run_id, "url": request.url, "fetched_at": utcnow(),
                   "error": f"{type(exception).__name__}: {exception}"[:500], "outcome": "error"})

    def page_noted(self, note: PageNote) -> None:
        """A page the spider read but could not use, a request that failed, a URL it refused,
        or a remark on a row whose outcome stands (``outcome`` None), and why."""
        if note.outcome is None:
            self.remark(note.fetch_id or fetch_id(note.url, "note", note.error or ""),
                        note.url, note.error or "")
            return
        key = ("error", note.error_type) if note.error_type else ("note", note.error or note.outcome)
        row = {"id": note.fetch_id or fetch_id(note.url, *key), "run_id": self.run_id,
               "url": note.url, "error": note.error, "outcome": note.outcome}
        if note.status is not None:
            row["status"] = note.status
        self._log(row, new_attempt=False)

    def article_reached(self, article, outcome: str, **columns) -> None:
        """How far an article got: ``extracted``, then ``kept`` or ``dropped`` by the relevance
        filter, then ``stored``; ``columns`` (``note``, ``error``) go to its row as given."""
        url = article.request_url or article.url
        self._log({"id": article.fetch_id or fetch_id(url, "note", outcome),
                   "run_id": self.run_id, "url": url, "outcome": outcome, **columns},
                  new_attempt=False)

    def remark(self, fid: str, url: str, text: str) -> None:
        """Add ``text`` to the note of row ``fid`` (a canonical refused, a list capped, a body
        read in part). Remarks stay with the row: a later note on it (kept, stored) keeps them."""
        if text:
            self._remember(fid, text)
            self._log({"id": fid, "run_id": self.run_id, "url": url}, new_attempt=False)

    def _remember(self, fid: str, text: str) -> None:
        remarks = self._remarks.setdefault(fid, [])
        if text not in remarks:
            remarks.append(text)

    def _log(self, row: dict, new_attempt: bool = True) -> None:
        """The one place a crawl writes to ``fetches``. ``new_attempt`` False marks a later
        note on the same request (its outcome, why it was dropped), not another attempt."""
        remarks = self._remarks.get(row["id"])
        if remarks:
            row = {**row, "note": "; ".join(filter(None, [row.get("note"), *remarks]))}
        self.write("fetch log", self.store.fetch, {**row, "_new_attempt": new_attempt})
        if not self.stopped:
            self.logged.add(row["id"])


class DatabaseStore:
    """The crawl's record in the database it runs beside: what it reads when it starts, the
    archived-answer check, and the rows it writes (spiders/remote.py: the same through Redis)."""

    def __init__(self, db, run_id: str):
        self.db, self.run_id = db, run_id

    def readings(self, statuses: tuple[int, ...]):
        """(responses this run received, pages some run stored or judged, failing URLs)."""
        return (replayable(self.db, self.run_id), done_urls(self.db),
                failing_urls(self.db, statuses))

    def known_response(self, fid: str) -> dict | None:
        return known_response(self.db, fid)

    def replayable_one(self, url: str):
        return replayable(self.db, self.run_id, url).get(url)

    def received(self, *args) -> None:
        """A response archived: its fetch-log row, written next, is all the database needs."""

    def fetch(self, row: dict) -> None:
        record_fetch(self.db, row)

    def item(self, item) -> None:
        store = {Article: upsert_article, Docket: upsert_docket, DocketEntry: upsert_docket_entry}
        store[type(item)](self.db, item)

    def close(self) -> None:
        self.db.close()


def open_store(settings, run_id: str):
    """(archive folder, record) of a crawl: the database's (``CLAIMTRACK_DB``), or, for a
    remote crawler (``CLAIMTRACK_REMOTE``), Redis and the archive folder given."""
    if settings.getbool("CLAIMTRACK_REMOTE"):
        from spiders.remote import RemoteStore  # needs the [redis] extra

        archive = settings.get("CLAIMTRACK_ARCHIVE")
        if not archive or not settings.get("CLAIMTRACK_REDIS_URL"):
            raise ValueError("a remote crawler needs CLAIMTRACK_REDIS_URL and CLAIMTRACK_ARCHIVE")
        return archive, RemoteStore(settings, run_id)
    # `scrapy crawl` given only a database: the database's own archive
    archive = settings.get("CLAIMTRACK_ARCHIVE") or str(archive_of(settings.get("CLAIMTRACK_DB")))
    db = open_db(settings.get("CLAIMTRACK_DB"))
    try:
        record_archive(db, archive)  # the archive follows the db
    except Exception:
        db.close()
        raise
    return archive, DatabaseStore(db, run_id)


def done_urls(db) -> dict[str, str]:
    """URL -> when it was last fetched, for pages some run already stored or judged."""
    q = ("select url, max(fetched_at) from fetches where outcome in "
         f"({', '.join('?' * len(DONE_OUTCOMES))}) group by url")
    return {u: t or "" for u, t in db.execute(q, DONE_OUTCOMES).fetchall()}


def replayable(db, run_id: str, url: str | None = None) -> dict[str, tuple[ArchiveLocation, str]]:
    """Responses this run already received (2xx), by request URL: archive place and fetch id
    (of one URL only, when given)."""
    rows = db.execute(
        "select url, warc_file, warc_offset, warc_length, id from fetches where run_id = ? "
        "and status between 200 and 299 and warc_file is not null"
        + (" and url = ?" if url else ""), [run_id] + ([url] if url else [])).fetchall()
    return {u: (ArchiveLocation(f, o, n, ""), fid) for u, f, o, n, fid in rows}
