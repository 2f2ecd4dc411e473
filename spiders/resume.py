"""Resuming and re-running crawls without fetching a page twice.

Two rules, both answered from the database and the WARC archive, so they hold after a crash
or a SIGKILL as well as after a clean stop:

* A page already stored (or judged: dropped as irrelevant, skipped as not an article) by any
  earlier run is not requested again, unless its sitemap says it changed since.
* Within one run (resumed with the same JOBDIR, which keeps the run id), a response already
  fetched is replayed from the archive instead of fetched again.

Scrapy's own dupefilter persistence (``requests.seen``) is replaced by an in-memory one: after a
kill it would remember requests whose responses never arrived, and those pages would be lost.

The provenance extension (spiders/provenance.py) reads the fetch log for both rules; this module
holds what needs no database: the run id, the dupefilter and turning an archived record back
into a response.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse

from claimtrack.records import ArchiveLocation
from spiders.archive import read_record

log = logging.getLogger(__name__)

class MemoryDupeFilter(RFPDupeFilter):
    """Filters duplicates within a process only; resumption is handled by the rules above."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls(path=None, debug=crawler.settings.getbool("DUPEFILTER_DEBUG"),
                   fingerprinter=crawler.request_fingerprinter)


def run_id_for(settings, stamp: str) -> str:
    """The run id: given, or kept in JOBDIR so a resumed crawl continues the same run."""
    given = settings.get("CLAIMTRACK_RUN_ID")
    if given:
        return given
    jobdir = settings.get("JOBDIR")
    if jobdir:
        path = Path(jobdir) / "claimtrack_run_id"
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        rid = f"{stamp}-{uuid.uuid4().hex[:6]}"
        path.write_text(rid, encoding="utf-8")
        return rid
    return f"{stamp}-{uuid.uuid4().hex[:6]}"


def response_from_archive(archive_dir: str, loc: ArchiveLocation, request) -> tuple[Response, str]:
    """The archived response as Scrapy would have received it, and when it was fetched."""
    rec = read_record(archive_dir, loc)
    headers = {k: v for k, v in rec.headers.items()
               if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")}
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "").lower()
    cls = HtmlResponse if "html" in ctype else XmlResponse if "xml" in ctype else \
        TextResponse if ctype.startswith("text/") else Response
    return cls(url=rec.url, status=rec.status, headers=headers, body=rec.body,
               request=request), rec.fetched_at
