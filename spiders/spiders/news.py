"""The ``news`` spider: feeds, sitemaps and URL lists from the sources file, to articles.

Discovery (feeds, sitemaps, sitemap indexes) and extraction are separate callbacks, so each
article records how it was found. Everything that fails is logged and the crawl goes on: a bad
entry in the sources file, a URL that is not http(s), a feed of 100,000 links (read up to
``CLAIMTRACK_MAX_URLS_PER_LIST``) each cost a note, never the rest of the crawl.

The spider writes nothing: it yields articles, and a :class:`~spiders.items.PageNote` for
every page that gives none (not a feed, not HTML, not an article, a failed request), which the
pipelines hand to the provenance extension's fetch log. What an earlier run already has, it
asks the extension.

    scrapy crawl news -s CLAIMTRACK_SOURCES=sources.yml -s CLAIMTRACK_DB=data/claimtrack.db
"""

from __future__ import annotations

import logging

import scrapy
import yaml
from scrapy.http import Response
from scrapy.selector import Selector
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from spiders.extract import ExtractionError, Origin, article_from_response
from spiders.items import ARCHIVE, BACKOFF, FETCH_ID, FETCHED_AT, PageNote
from spiders.provenance import provenance_of
from spiders.sources import load_sources
from spiders.urlpolicy import refusal, shown

log = logging.getLogger(__name__)

HTML_TYPES = (b"text/html", b"application/xhtml")
GZIP_MAGIC = b"\x1f\x8b"
# What a request carries on from the source that led to it.
INHERITED = ("source", "outlet", "domains")


class NewsSpider(scrapy.Spider):
    name = "news"

    async def start(self):
        """A request per configured feed, sitemap and URL; a note per entry that is none.

        A run with nothing to fetch because of its configuration is a failed run (the
        provenance extension's failure, turned into the exit status by spiders/run.py)."""
        settings = self.crawler.settings
        self.provenance = provenance_of(self.crawler)
        self.max_urls = settings.getint("CLAIMTRACK_MAX_URLS_PER_LIST", 5000)
        problems = []
        try:
            sources = load_sources(settings.get("CLAIMTRACK_SOURCES"),
                                   settings.get("CLAIMTRACK_SITE", ""), problems)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            self.provenance.fail(f"configuration: {exc}".replace("\n", " "), stop=False)
            return
        for problem in problems:
            log.error("sources: %s", problem)
            yield PageNote(url=problem.value, outcome="refused",
                           error=f"{problem.where}: {problem.reason}")
        configured = sum(len(s.feeds) + len(s.sitemaps) + len(s.urls) for s in sources)
        for src in sources:
            meta = {"source": src.name, "outlet": src.outlet, "domains": src.domains}
            lists = ((src.feeds, self.parse_feed, "feed"), (src.sitemaps, self.parse_sitemap, "sitemap"),
                     (src.urls, self.parse_article, "urllist"))
            for urls, callback, via in lists:
                for url in urls:
                    if via == "urllist" and (self.provenance.already_have(url) or self._waits(url)):
                        continue  # stored by an earlier run, or a dead link that waits
                    yield scrapy.Request(url, callback, errback=self.failed,
                                         meta={**meta, "via": via, BACKOFF: via == "urllist"})
        if configured == 0:
            why = "; ".join(str(p) for p in problems[:5]) or "the sources file lists nothing to fetch"
            self.provenance.fail(f"configuration: nothing to fetch ({why})", stop=False)

    def _waits(self, url: str) -> bool:
        """True when ``url`` keeps failing and waits before it is asked for again
        (spiders/backoff.py)."""
        why = self.provenance.backing_off(url)
        if why:
            self.crawler.stats.inc_value("claimtrack/backing_off")
            log.info("not requested: %s: %s", url, why)
        return why is not None

    def _link(self, response: Response, raw: str, callback, via: str, lastmod: str | None = None):
        """A request for a URL a feed or sitemap lists, a note when it may not be fetched, or
        None when an earlier run already has the page (and its sitemap entry, if any, says it
        has not changed since) or it keeps failing."""
        try:
            url = response.urljoin(raw.strip())
        except ValueError as exc:
            url, why = raw, f"malformed URL ({exc})"
        else:
            why = refusal(url)
        if why:
            self.crawler.stats.inc_value("claimtrack/refused_urls")
            return PageNote(url=shown(url), outcome="refused",
                            error=f"{why} (listed in {shown(response.url)})")
        article = callback == self.parse_article
        if article and self.provenance.already_have(url, lastmod):
            self.crawler.stats.inc_value("claimtrack/already_have")
            return None
        if article and self._waits(url):
            return None
        meta = {k: response.meta.get(k) for k in INHERITED}
        return scrapy.Request(url, callback, errback=self.failed,
                              meta={**meta, "via": via, BACKOFF: article})

    def _capped(self, response: Response, items: list, kind: str) -> tuple[list, PageNote | None]:
        """The first ``max_urls`` of a list's entries, and a remark for the list's row when
        some were left out."""
        if len(items) <= self.max_urls:
            return items, None
        self.crawler.stats.inc_value("claimtrack/capped_lists")
        log.warning("%s: %d URLs listed, only the first %d read", response.url, len(items), self.max_urls)
        note = PageNote(url=response.request.url, outcome=None,
                        fetch_id=response.request.meta.get(FETCH_ID),
                        error=f"{kind} lists {len(items)} URLs: only the first {self.max_urls} "
                              f"read (CLAIMTRACK_MAX_URLS_PER_LIST)")
        return items[:self.max_urls], note

    def parse_feed(self, response: Response):
        """RSS 2.0, RSS 1.0 and Atom: every entry's link (each distinct one once)."""
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
        links, capped = self._capped(response, list(dict.fromkeys(links)), "feed")
        if capped:
            yield capped
        for link in links:
            out = self._link(response, link, self.parse_article, "feed")
            if out is not None:
                yield out

    def parse_sitemap(self, response: Response):
        """Sitemap indexes are followed; urlsets (news sitemaps included) list articles.
        A gzipped sitemap (.xml.gz) is unpacked, up to CLAIMTRACK_MAX_SITEMAP_BYTES."""
        body = response.body
        try:
            if body[:2] == GZIP_MAGIC:
                body = gunzip(body, max_size=self.settings.getint("CLAIMTRACK_MAX_SITEMAP_BYTES"))
            sm = Sitemap(body)
            entries = [e for e in sm if e.get("loc")]
        except Exception as exc:  # lxml and gzip raise a family of errors on junk
            yield self._note(response, f"not a sitemap: {type(exc).__name__}: {exc}")
            return
        index = sm.type == "sitemapindex"
        entries, capped = self._capped(response, entries, "sitemap index" if index else "sitemap")
        if capped:
            yield capped
        for entry in entries:
            if index:
                out = self._link(response, entry["loc"], self.parse_sitemap, "sitemap")
            else:
                out = self._link(response, entry["loc"], self.parse_article, "sitemap",
                                 entry.get("lastmod"))
            if out is not None:
                yield out

    def parse_article(self, response: Response):
        ctype = response.headers.get("Content-Type", b"").lower()
        if ctype and not any(t in ctype for t in HTML_TYPES):
            yield self._note(response, f"not HTML ({ctype.decode('latin-1')})")
            return
        meta = response.meta
        fid = response.request.meta.get(FETCH_ID)
        origin = Origin(source=meta.get("source"), via=meta.get("via"), outlet=meta.get("outlet"),
                        fetched_at=meta.get(FETCHED_AT), archive=meta.get(ARCHIVE),
                        request_url=response.request.url, fetch_id=fid,
                        redirects=tuple(meta.get("redirect_urls") or ()),
                        domains=tuple(meta.get("domains") or ()))
        notes: list[str] = []
        try:
            article = article_from_response(response, origin, ctype.decode("latin-1"), notes)
        except ExtractionError as exc:
            yield self._note(response, f"not an article: {exc}")
            return
        except Exception as exc:  # malformed input must never stop the crawl
            log.exception("extraction failed for %s", response.url)
            yield self._note(response, f"extraction failed: {type(exc).__name__}: {exc}")
            return
        for text in notes:  # a canonical refused, a body read in part: on the page's row
            log.warning("%s: %s", response.url, text)
            yield PageNote(url=response.request.url, outcome=None, error=text, fetch_id=fid)
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
