"""Item pipelines: log what became of each page, decide whether an article is kept, store it.

Every row they write goes through the crawl's record, owned by the provenance extension
(spiders/provenance.py): its one database connection, or Redis for a remote crawler; every
``fetches`` row through the extension itself. Each article is committed on its own as it arrives, so a crawl killed half-way keeps
every article it had stored; the upsert on a stable id means the re-run adds nothing twice.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy.exceptions import DropItem

from claimtrack.records import Article, Docket, DocketEntry
from spiders.items import PageNote
from spiders.provenance import UsesProvenance, provenance_of
from spiders.relevance import RelevanceFilter

log = logging.getLogger(__name__)


class NoteRecorded(DropItem):
    """A page note has reached the fetch log and needs no further pipeline.

    Scrapy stops an item's way through the pipelines only by this exception; it is logged at
    DEBUG (a note is not a lost item) and counted apart in the stats
    (``item_dropped_reasons_count/NoteRecorded``)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.log_level = "DEBUG"


class ProvenancePipeline(UsesProvenance):
    """First in line: page notes go to the fetch log, and each article is logged as extracted
    (it becomes ``stored`` once :class:`StoreArticlePipeline` commits it)."""

    def process_item(self, item, spider=None):
        if isinstance(item, PageNote):
            self.provenance.page_noted(item)
            raise NoteRecorded(f"{item.outcome}: {item.url}")
        if isinstance(item, Article):
            self.provenance.article_reached(item, "extracted", error=None)
        return item


class RelevancePipeline:
    """Keeps pages about AI and intellectual property and records why (SPEC: Sources)."""

    def __init__(self, provenance, relevance_file: str | None):
        self.provenance = provenance
        self.filter = RelevanceFilter.load(Path(relevance_file)) if relevance_file else None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(provenance_of(crawler), crawler.settings.get("CLAIMTRACK_RELEVANCE"))

    def process_item(self, item, spider=None):
        if not isinstance(item, Article) or self.filter is None:
            return item
        keep, why = self.filter.judge(item)
        item.relevance = why
        self.provenance.article_reached(item, "kept" if keep else "dropped", note=why)
        if not keep:
            raise DropItem(f"not relevant ({why}): {item.url}")
        return item


class StoreArticlePipeline(UsesProvenance):
    """Stores articles, dockets and docket entries through the crawl's record (the database,
    or Redis for a remote crawler: spiders/remote.py)."""

    stored = 0  # articles this pipeline stored (per instance once the first is counted)

    def process_item(self, item, spider=None):
        if not isinstance(item, (Article, Docket, DocketEntry)):
            return item
        # a full disk (or a lost Redis) stops the crawl once, not per item
        self.provenance.write("database", self.provenance.store.item, item)
        if isinstance(item, Article):
            if self.provenance.stopped:
                raise NoteRecorded(f"not stored, the crawl is stopping: {item.url}")
            self.stored += 1
            # Only now is the page done: a crawl killed before this line fetches it again
            # (or replays it from the archive, within the same run).
            self.provenance.article_reached(item, "stored", note=item.relevance)
        return item

    def close_spider(self, spider=None):
        log.info("stored %d articles", self.stored)
