"""Provenance: archive every response to WARC and log every request's outcome in ``fetches``.

Placed next to the downloader (priority 950), the middleware sees each raw response, redirects
and error statuses included, and each download exception (timeouts, refused connections,
robots.txt refusals), once per attempt.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from scrapy import signals

import hashlib

from claimtrack.records import ArchiveLocation
from db.writer import fetch_id, known_response, open_db, record_fetch
from spiders.archive import WarcArchive
from spiders.resume import replayable, response_from_archive, run_id_for

log = logging.getLogger(__name__)


def utcnow() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


class ArchiveAndLogMiddleware:
    def __init__(self, crawler):
        s = crawler.settings
        self.db = open_db(s.get("CLAIMTRACK_DB"))
        self.archive = WarcArchive(s.get("CLAIMTRACK_ARCHIVE"))
        self.run_id = run_id_for(s, utcnow())
        self.archive_dir = s.get("CLAIMTRACK_ARCHIVE")
        self.replay = replayable(self.db, self.run_id)
        if self.replay:
            log.info("resuming run %s: %d responses replayed from the archive",
                     self.run_id, len(self.replay))
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        # The spider's callbacks log outcomes (skipped, stored) through the same handle.
        crawler.claimtrack_provenance = self

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        request.meta.setdefault("claimtrack_t0", time.monotonic())
        known = self.replay.pop(request.url, None)
        if known is not None:  # fetched earlier in this same run: read it back, don't fetch
            loc, fid = known
            request.meta["claimtrack_fetch_id"] = fid
            try:
                response, fetched_at = response_from_archive(self.archive_dir, loc, request)
            except (OSError, LookupError, ValueError) as exc:
                log.warning("replay failed for %s (%s); fetching again", request.url, exc)
                return None
            request.meta["claimtrack_replayed"] = True
            request.meta["claimtrack_archive"] = loc
            request.meta["claimtrack_fetched_at"] = fetched_at
            return response
        return None

    def process_response(self, request, response, spider=None):
        if request.meta.get("claimtrack_replayed"):
            return response
        fetched_at = utcnow()
        fid = fetch_id(request.url, str(response.status), hashlib.sha1(response.body).hexdigest())
        request.meta["claimtrack_fetch_id"] = fid
        known = known_response(self.db, fid)
        if known is not None:  # the same answer as before: already in the archive, keep that
            loc = ArchiveLocation(known["warc_file"], known["warc_offset"], known["warc_length"], "")
        else:
            headers = [(k.decode("latin-1"), v.decode("latin-1"))
                       for k, vs in response.headers.items() for v in vs]
            loc = self.archive.write_response(
                response.url, response.status, "", headers, response.body, fetched_at,
                request_url=request.url,
                meta={"source": request.meta.get("source"), "via": request.meta.get("via"),
                      "outlet": request.meta.get("outlet")})
        request.meta["claimtrack_archive"] = loc
        request.meta["claimtrack_fetched_at"] = fetched_at
        record_fetch(self.db, {
            "id": fid, "run_id": self.run_id, "url": request.url, "final_url": response.url,
            "status": response.status, "fetched_at": fetched_at, "bytes": len(response.body),
            "content_type": response.headers.get("Content-Type", b"").decode("latin-1"),
            "error": None, "outcome": "fetched" if response.status < 300 else
            ("redirect" if response.status < 400 else "http_error"),
            "warc_file": loc.warc_file, "warc_offset": loc.offset, "warc_length": loc.length,
        })
        return response

    def process_exception(self, request, exception, spider=None):
        error = f"{type(exception).__name__}: {exception}"[:500]
        fid = fetch_id(request.url, "error", type(exception).__name__)
        request.meta["claimtrack_fetch_id"] = fid
        record_fetch(self.db, {"id": fid, "run_id": self.run_id, "url": request.url,
                               "fetched_at": utcnow(), "error": error, "outcome": "error"})
        log.warning("fetch failed: %s: %s", request.url, exception)
        return None

    def spider_closed(self, spider, reason=None):
        self.archive.close()


from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as _ScrapyRobots  # noqa: E402
from scrapy.utils.httpobj import urlparse_cached  # noqa: E402
from twisted.internet.defer import Deferred  # noqa: E402


class RobotsTxtMiddleware(_ScrapyRobots):
    """Scrapy's robots.txt middleware, made safe for requests that wait on the same robots.txt.

    Measured here with Scrapy 2.19: when several requests to one host wait for its robots.txt,
    only the first receives the parser; the others receive None and are let through, so a
    disallowed URL queued at start-up was fetched. Once the file is parsed the parser is in
    ``_parsers``, so a waiter that got None reads it from there.
    """

    async def robot_parser(self, request):
        rp = await super().robot_parser(request)
        if rp is None:
            cached = self._parsers.get(urlparse_cached(request).netloc)
            if cached is not None and not isinstance(cached, Deferred):
                return cached
        return rp
