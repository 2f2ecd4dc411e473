"""Downloader middlewares: hand every response and download error to the provenance extension,
and a robots.txt middleware that holds for requests waiting on the same file.

Placed next to the downloader (priority 950), :class:`ArchiveAndLogMiddleware` sees each raw
response, redirects and error statuses included, and each download exception (timeouts, refused
connections, robots.txt refusals), once per attempt. What to archive and log is decided by
:class:`spiders.provenance.CrawlProvenance`; this class only connects it to the downloader.
"""

from __future__ import annotations

import logging

from urllib.parse import urljoin

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as _ScrapyRobots
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh
from twisted.internet.defer import Deferred

from spiders.items import FETCH_ID, REPLAYED
from spiders.provenance import UsesProvenance
from spiders.urlpolicy import refusal, shown

log = logging.getLogger(__name__)


class UrlGuardMiddleware(UsesProvenance):
    """The last word on what is fetched: only http(s), whoever made the request.

    The spider checks every URL it produces (spiders/urlpolicy.py) and notes the ones it
    refuses; this middleware, first in line (priority 50, before robots.txt), refuses anything
    that still arrives, from any spider or extension, before any handler sees it. It also
    notes a redirect or meta refresh to a refused scheme, which Scrapy leaves unfollowed
    without saying so, and stops every request once the crawl is stopping (disk full)."""

    def process_request(self, request, spider=None):
        why = refusal(request.url)
        if why:
            raise IgnoreRequest(f"refused {shown(request.url)}: {why}")
        if self.provenance.stopped:
            raise IgnoreRequest(f"crawl stopping: {self.provenance.stopped}")
        return None

    def process_response(self, request, response, spider=None):
        target = None
        if 300 <= response.status < 400 and response.headers.get("Location"):
            target = urljoin(request.url, response.headers["Location"].decode("latin-1"))
        elif isinstance(response, HtmlResponse) and b"refresh" in response.body[:8192].lower():
            target = get_meta_refresh(response)[1]
        why = refusal(target) if target else None
        if why and request.meta.get(FETCH_ID):
            self.provenance.remark(request.meta[FETCH_ID], request.url,
                                   f"redirect to {shown(target)} not followed: {why}")
        return response


class ArchiveAndLogMiddleware(UsesProvenance):
    def process_request(self, request, spider=None):
        """A response this run already received is read back from the archive, not fetched."""
        return self.provenance.replay(request)

    def process_response(self, request, response, spider=None):
        if not request.meta.get(REPLAYED):  # a replayed answer is archived and logged already
            self.provenance.response_received(request, response)
        return response

    def process_exception(self, request, exception, spider=None):
        self.provenance.download_failed(request, exception)
        log.warning("fetch failed: %s: %s", request.url, exception)
        return None


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
