"""The storage functions the crawl calls, under the name it has always imported them by.

Storage is split by concern: db/connection.py (opening, checkpoint), db/articles.py
(articles, outlets, authors, dockets, and reading articles back), db/fetches.py (the fetch
log), db/seed.py (known entities and disputes), db/analysis.py (one article's analysis) and
db/finalize.py (what depends on more than one article). The spiders' item pipelines and
provenance extension import these names from here; new code imports the module it needs.
"""

from __future__ import annotations

from db.articles import upsert_article, upsert_docket, upsert_docket_entry
from db.connection import archive_of, checkpoint, now, open_db, record_archive
from db.fetches import fetch_id, fetched_urls, known_response, record_fetch

__all__ = ["archive_of", "open_db", "now", "checkpoint", "record_archive", "upsert_article", "upsert_docket",
           "upsert_docket_entry", "fetch_id", "record_fetch", "known_response", "fetched_urls"]
