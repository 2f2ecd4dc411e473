"""``claimtrack rebuild``: a database from the WARC archive alone.

The archive keeps every response as it came, with how each page was found (source, discovery,
outlet) in its record headers. Reading it back through the crawl's own
:func:`spiders.extract.article_from_response` and relevance filter gives the articles the crawl
stored, so a database can be rebuilt by a newer pipeline, or after it was lost, without
fetching anything again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from claimtrack.config import Settings
from claimtrack.records import Article
from db import writer
from spiders.archive import ArchivedResponse, iter_archive
from spiders.extract import ExtractionError, Origin, article_from_response
from spiders.relevance import RelevanceFilter

log = logging.getLogger(__name__)


def rebuild(settings: Settings, target: Path, progress: Callable[[int], None] | None = None,
            relevance_file: Path | None = None) -> int:
    """Rebuild the articles of a database from the WARC archive alone, then analyse them.

    The same extraction and relevance filter as the crawl run over the archived responses, so
    the rebuilt ``articles`` rows equal the crawled ones (fetch times included: they are the
    WARC records' dates). Returns the number of articles stored."""
    from claimtrack.jobs import prepare_db, process  # the roof's jobs; imported late, as they import rebuild

    relevance = RelevanceFilter.load(relevance_file) if relevance_file else None
    rebuilt = settings.with_(db_path=Path(target))
    db, _ = prepare_db(rebuilt)
    n = 0
    try:
        for rec in iter_archive(settings.archive):
            article = _article(rec)
            if article is None:
                continue
            if relevance is not None:
                keep, why = relevance.judge(article)
                if not keep:
                    continue
                article.relevance = why
            writer.upsert_article(db, article)
            n += 1
            if progress:
                progress(1)
    finally:
        db.close()
    process(rebuilt)
    return n


def _article(rec: ArchivedResponse) -> Article | None:
    """The article in one archived response, or None for what the crawl did not store: a
    response that is not a 200 HTML page, or a page that is not an article."""
    ctype = next((v for k, v in rec.headers.items() if k.lower() == "content-type"), "")
    if rec.status != 200 or "html" not in ctype.lower():
        return None
    meta = rec.meta or {}
    origin = Origin(source=meta.get("source"), via=meta.get("via"), outlet=meta.get("outlet"),
                    fetched_at=rec.fetched_at, archive=rec.location)
    try:
        return article_from_response(rec, origin, ctype)
    except ExtractionError:
        return None
    except Exception as exc:  # one unreadable page must not stop the rebuild
        log.warning("rebuild: %s: %s", rec.url, exc)
        return None
