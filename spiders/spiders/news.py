"""The ``news`` spider: feeds, sitemaps and URL lists from the sources file, to articles.

Discovery (feeds, sitemaps, sitemap indexes) and extraction are separate callbacks, so each
article records how it was found. Everything that fails is logged and the crawl goes on.

The spider writes nothing: it yields articles, and a :class:`~spiders.items.PageNote` for
every page that gives none (not a feed, not HTML, not an article, a failed request), which the
pipelines hand to the provenance extension's fetch log. What an earlier run already has, it
asks the extension.

    scrapy crawl news -s CLAIMTRACK_SOURCES=sources.yml -s CLAIMTRACK_DB=data/claimtrack.db
"""

from __future__ import annotations

import logging

import scrapy
from scrapy.http import Response
from scrapy.selector import Selector
from scrapy.utils.sitemap import Sitemap

from spiders.extract import ExtractionError, Origin, article_from_response
from spiders.items import ARCHIVE, FETCH_ID, FETCHED_AT, PageNote
from spiders.provenance import provenance_of
from spiders.sources import load_sources

log = logging.getLogger(__name__)

HTML_TYPES = (b"text/html", b"application/xhtml")


class NewsSpider(scrapy.Spider):
    name = "news"

    async def start(self):
        settings = self.crawler.settings
        sources = load_sources(settings.get("CLAIMTRACK_SOURCES"), settings.get("CLAIMTRACK_SITE", ""))
        self.provenance = provenance_of(self.crawler)
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
        if self.provenance.already_have(absolute, lastmod):
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
            yield self._note(response, f"not a feed: {exc}")
            return
        sel.remove_namespaces()
        links = sel.xpath("//item/link/text()").getall()
        links += sel.xpath("//entry/link[not(@rel) or @rel='alternate']/@href").getall()
        if not links:
            yield self._note(response, "feed has no entries")
        for link in links:
            req = self._follow(response, link.strip(), "feed")
            if req is not None:
                yield req

    def parse_sitemap(self, response: Response):
        """Sitemap indexes are followed; urlsets (news sitemaps included) list articles."""
        try:
            sm = Sitemap(response.body)
        except Exception as exc:  # lxml raises a family of errors on junk
            yield self._note(response, f"not a sitemap: {exc}")
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
            yield self._note(response, f"not HTML ({ctype.decode('latin-1')})")
            return
        meta = response.meta
        origin = Origin(source=meta.get("source"), via=meta.get("via"), outlet=meta.get("outlet"),
                        fetched_at=meta.get(FETCHED_AT), archive=meta.get(ARCHIVE),
                        request_url=response.request.url,
                        fetch_id=response.request.meta.get(FETCH_ID))
        try:
            article = article_from_response(response, origin, ctype.decode("latin-1"))
        except ExtractionError as exc:
            yield self._note(response, f"not an article: {exc}")
            return
        except Exception as exc:  # malformed input must never stop the crawl
            log.exception("extraction failed for %s", response.url)
            yield self._note(response, f"extraction failed: {type(exc).__name__}: {exc}")
            return
        yield article  # logged "extracted", then "stored", by the pipelines

    def _note(self, response: Response, error: str) -> PageNote:
        log.warning("%s: %s", response.url, error)
        request = response.request
        return PageNote(url=request.url, outcome="skipped", error=error,
                        fetch_id=request.meta.get(FETCH_ID))

    def failed(self, failure):
        """Errback: HTTP errors, timeouts, refused or ignored requests."""
        request = failure.request
        err = failure.value
        status = getattr(getattr(err, "response", None), "status", None)
        msg = f"{type(err).__name__}: {err}"[:500]
        log.warning("failed: %s: %s", request.url, msg)
        yield PageNote(url=request.url, outcome="error", error=msg, status=status,
                       fetch_id=request.meta.get(FETCH_ID), error_type=type(err).__name__)
