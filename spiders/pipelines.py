"""Item pipelines: decide whether an extracted article is kept, then store it.

Each article is committed on its own as it arrives, so a crawl killed half-way keeps every
article it had stored; the upsert on a stable id means the re-run adds nothing twice.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy.exceptions import DropItem

from claimtrack.records import Article, Docket, DocketEntry
from db.writer import open_db, record_fetch, upsert_article, upsert_docket, upsert_docket_entry
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
            record_fetch(prov.db, {"run_id": prov.run_id, "url": _request_url(item),
                                   "outcome": "stored" if keep else "dropped", "note": why,
                                   "_new_attempt": False})
        if not keep:
            raise DropItem(f"not relevant ({why}): {item.url}")
        return item


def _request_url(item: Article) -> str:
    return getattr(item, "_request_url", None) or item.url


class StoreArticlePipeline:
    def __init__(self, crawler):
        self.db = open_db(crawler.settings.get("CLAIMTRACK_DB"))
        self.run_id = crawler.settings.get("CLAIMTRACK_RUN_ID")
        self.stored = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        if isinstance(item, Article):
            upsert_article(self.db, item)
            self.stored += 1
        elif isinstance(item, Docket):
            upsert_docket(self.db, item)
        elif isinstance(item, DocketEntry):
            upsert_docket_entry(self.db, item)
        return item

    def close_spider(self, spider=None):
        log.info("stored %d articles", self.stored)
