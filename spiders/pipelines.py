"""Item pipelines: decide whether an extracted article is kept, then store it.

Each article is committed on its own as it arrives, so a crawl killed half-way keeps every
article it had stored; the upsert on a stable id means the re-run adds nothing twice.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy.exceptions import DropItem

from claimtrack.records import Article, Docket, DocketEntry
from db.writer import fetch_id, open_db, record_fetch, upsert_article, upsert_docket, upsert_docket_entry
from spiders.relevance import RelevanceFilter

log = logging.getLogger(__name__)


class RelevancePipeline:
    """Keeps pages about AI and intellectual property and records why (SPEC: Sources)."""

    def __init__(self, crawler):
        path = crawler.settings.get("CLAIMTRACK_RELEVANCE")
        self.filter = RelevanceFilter.load(Path(path)) if path else None
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        if not isinstance(item, Article) or self.filter is None:
            return item
        keep, why = self.filter.judge(item)
        item.relevance = why
        prov = getattr(self.crawler, "claimtrack_provenance", None)
        if prov is not None:
            url = item.request_url or item.url
            fid = item.fetch_id or fetch_id(url, "note", why)
            record_fetch(prov.db, {"id": fid, "run_id": prov.run_id, "url": url,
                                   "outcome": "kept" if keep else "dropped", "note": why,
                                   "_new_attempt": False})
        if not keep:
            raise DropItem(f"not relevant ({why}): {item.url}")
        return item



class StoreArticlePipeline:
    def __init__(self, crawler):
        self.db = open_db(crawler.settings.get("CLAIMTRACK_DB"))
        self.crawler = crawler
        self.stored = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        if isinstance(item, Article):
            upsert_article(self.db, item)
            self.stored += 1
            # Only now is the page done: a crawl killed before this line fetches it again
            # (or replays it from the archive, within the same run).
            url = item.request_url or item.url
            record_fetch(self.db, {"id": item.fetch_id or fetch_id(url, "note", "stored"),
                                   "run_id": self.crawler.claimtrack_provenance.run_id, "url": url,
                                   "outcome": "stored",
                                   "note": item.relevance, "_new_attempt": False})
        elif isinstance(item, Docket):
            upsert_docket(self.db, item)
        elif isinstance(item, DocketEntry):
            upsert_docket_entry(self.db, item)
        return item

    def close_spider(self, spider=None):
        log.info("stored %d articles", self.stored)
