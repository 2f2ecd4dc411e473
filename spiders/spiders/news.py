"""The ``news`` spider: feeds, sitemaps and URL lists from the sources file, to articles.

Discovery (feeds, sitemaps, sitemap indexes) and extraction are separate callbacks, so each
article records how it was found. Everything that fails is logged and the crawl goes on.

    scrapy crawl news -s CLAIMTRACK_SOURCES=sources.yml -s CLAIMTRACK_DB=data/claimtrack.db
"""

from __future__ import annotations

import logging
import re

import scrapy
from scrapy.http import Response
from scrapy.selector import Selector
from scrapy.utils.sitemap import Sitemap

from db.writer import fetch_id, record_fetch
from spiders.extract import ExtractionError, extract_article
from spiders.resume import done_urls
from spiders.sources import load_sources

log = logging.getLogger(__name__)

HTML_TYPES = (b"text/html", b"application/xhtml")


class NewsSpider(scrapy.Spider):
    name = "news"

    async def start(self):
        settings = self.crawler.settings
        sources = load_sources(settings.get("CLAIMTRACK_SOURCES"), settings.get("CLAIMTRACK_SITE", ""))
        self.done = done_urls(self._db)
        for src in sources:
            meta = {"source": src.name, "outlet": src.outlet}
            for url in src.feeds:
                yield scrapy.Request(url, self.parse_feed, errback=self.failed,
                                     meta={**meta, "via": "feed"})
            for url in src.sitemaps:
                yield scrapy.Request(url, self.parse_sitemap, errback=self.failed,
                                     meta={**meta, "via": "sitemap"})
            for url in src.urls:
                yield scrapy.Request(url, self.parse_article, errback=self.failed,
                                     meta={**meta, "via": "urllist"})

    def _follow(self, response: Response, url: str, via: str, lastmod: str | None = None):
        """A request for an article, or None when an earlier run already has it (and its
        sitemap entry, if any, says it has not changed since)."""
        absolute = response.urljoin(url)
        seen = self.done.get(absolute)
        if seen is not None and not (lastmod and lastmod > seen):
            self.crawler.stats.inc_value("claimtrack/already_have")
            return None
        return response.follow(absolute, self.parse_article, errback=self.failed,
                               meta={"source": response.meta.get("source"),
                                     "outlet": response.meta.get("outlet"), "via": via})

    def parse_feed(self, response: Response):
        """RSS 2.0, RSS 1.0 and Atom: every entry's link."""
        try:
            sel = Selector(text=response.text, type="xml")
        except (AttributeError, ValueError) as exc:
            self._note(response, f"not a feed: {exc}")
            return
        sel.remove_namespaces()
        links = sel.xpath("//item/link/text()").getall()
        links += sel.xpath("//entry/link[not(@rel) or @rel='alternate']/@href").getall()
        if not links:
            self._note(response, "feed has no entries")
        for link in links:
            req = self._follow(response, link.strip(), "feed")
            if req is not None:
                yield req

    def parse_sitemap(self, response: Response):
        """Sitemap indexes are followed; urlsets (news sitemaps included) list articles."""
        try:
            sm = Sitemap(response.body)
        except Exception as exc:  # lxml raises a family of errors on junk
            self._note(response, f"not a sitemap: {exc}")
            return
        for entry in sm:
            loc = entry.get("loc")
            if not loc:
                continue
            if sm.type == "sitemapindex":
                yield response.follow(loc, self.parse_sitemap, errback=self.failed,
                                      meta={**response.meta, "via": "sitemap"})
            else:
                req = self._follow(response, loc, "sitemap", entry.get("lastmod"))
                if req is not None:
                    yield req

    def parse_article(self, response: Response):
        ctype = response.headers.get("Content-Type", b"").lower()
        if ctype and not any(t in ctype for t in HTML_TYPES):
            self._note(response, f"not HTML ({ctype.decode('latin-1')})")
            return
        try:
            m = re.search(rb"charset=([\w-]+)", ctype)
            article = extract_article(response.body, response.url, response.meta.get("outlet"),
                                      charset=m.group(1).decode("ascii") if m else None)
        except ExtractionError as exc:
            self._note(response, f"not an article: {exc}")
            return
        except Exception as exc:  # malformed input must never stop the crawl
            log.exception("extraction failed for %s", response.url)
            self._note(response, f"extraction failed: {type(exc).__name__}: {exc}")
            return
        article.fetched_at = response.meta.get("claimtrack_fetched_at")
        article.archive = response.meta.get("claimtrack_archive")
        article.source = response.meta.get("source")
        article.discovered_via = response.meta.get("via")
        if response.meta.get("outlet") and not article.outlet:
            article.outlet = response.meta["outlet"]
        article.request_url = response.request.url
        article.fetch_id = response.request.meta.get("claimtrack_fetch_id")
        self._note(response, None, outcome="extracted")  # "stored" once the pipeline commits it
        yield article

    def _note(self, response: Response, error: str | None, outcome: str = "skipped"):
        if error:
            log.warning("%s: %s", response.url, error)
        request = response.request
        fid = request.meta.get("claimtrack_fetch_id") or fetch_id(request.url, "note", error or outcome)
        record_fetch(self._db, {
            "id": fid, "run_id": self._run_id, "url": request.url, "error": error,
            "outcome": outcome, "_new_attempt": False,
        })

    def failed(self, failure):
        """Errback: HTTP errors, timeouts, refused or ignored requests."""
        request = failure.request
        err = failure.value
        status = getattr(getattr(err, "response", None), "status", None)
        msg = f"{type(err).__name__}: {err}"[:500]
        log.warning("failed: %s: %s", request.url, msg)
        fid = request.meta.get("claimtrack_fetch_id") or fetch_id(request.url, "error", type(err).__name__)
        record_fetch(self._db, {"id": fid, "run_id": self._run_id, "url": request.url, "error": msg,
                                "status": status, "outcome": "error", "_new_attempt": False})

    @property
    def _db(self):
        return self.crawler.claimtrack_provenance.db

    @property
    def _run_id(self):
        return self.crawler.claimtrack_provenance.run_id
