"""``claimtrack rebuild``: a database from the WARC archive alone.

The archive keeps every response as it came, with how each page was found (source, discovery,
outlet, the redirects followed, the source's declared domains) in its record headers. Reading
it back through the crawl's own :func:`spiders.extract.article_from_response` and relevance
filter gives the articles the crawl stored, so a database can be rebuilt by a newer pipeline,
or after it was lost, without fetching anything again.

A rebuild that silently lost articles would be trusted as complete. So each damaged record
(corrupted bytes, a file cut short) is skipped, reading goes on at the next one, and when
anything was lost -- damaged records, articles the original database holds that the archive
no longer gives, or no archive at all -- :class:`ArchiveDamaged` says what, after the rest
was rebuilt, and the command exits non-zero.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Callable

from claimtrack.config import Settings
from claimtrack.records import Article
from db import writer
from spiders.archive import ArchivedResponse, Damage, iter_archive
from spiders.extract import ExtractionError, Origin, article_from_response
from spiders.relevance import RelevanceFilter

log = logging.getLogger(__name__)

# How many lost records or articles the message names; the count is always given in full.
SHOWN = 10


class ArchiveDamaged(Exception):
    """The archive could not be read in full; ``rebuilt`` articles were rebuilt from the rest
    (None when nothing could be read at all)."""

    def __init__(self, message: str, rebuilt: int | None = None,
                 damage: list[Damage] | None = None, missing: list[str] | None = None):
        super().__init__(message)
        self.rebuilt = rebuilt
        self.damage = damage or []
        self.missing = missing or []


def rebuild(settings: Settings, target: Path, progress: Callable[[int], None] | None = None,
            relevance_file: Path | None = None) -> int:
    """Rebuild the articles of a database from the WARC archive alone, then analyse them.

    The same extraction and relevance filter as the crawl run over the archived responses, so
    the rebuilt ``articles`` rows equal the crawled ones (fetch times included: they are the
    WARC records' dates). Returns the number of articles stored; raises
    :class:`ArchiveDamaged` (after rebuilding what could be read) when anything was lost."""
    from claimtrack.jobs import prepare_db, process  # the roof's jobs; imported late, as they import rebuild

    archive = Path(settings.archive)
    if not archive.is_dir() or not any(archive.glob("*.warc.gz")):
        raise ArchiveDamaged(f"no WARC archive at {archive}: nothing to rebuild from")
    relevance = RelevanceFilter.load(relevance_file) if relevance_file else None
    rebuilt = settings.with_(db_path=Path(target))
    db = prepare_db(rebuilt)
    writer.record_archive(db, archive)  # the rebuilt database shows its archived copies too
    damage: list[Damage] = []
    read: set[tuple[str, int]] = set()
    n = 0
    try:
        for rec in iter_archive(archive, damage=damage):
            read.add((rec.location.warc_file, rec.location.offset))
            article = article_in_record(rec)
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
    missing = _missing(settings.db, Path(target), read)
    if damage or missing:
        raise ArchiveDamaged(_report(archive, n, damage, missing), n, damage, missing)
    return n


def _missing(original: Path, target: Path, read: set[tuple[str, int]]) -> list[str]:
    """The URLs of the articles the original database stored whose archive record was not
    read (a deleted WARC file, a damaged record); [] when there is no original to compare."""
    original = Path(original)
    if not original.is_file() or original.resolve() == target.resolve():
        return []
    try:
        conn = sqlite3.connect(f"file:{original}?mode=ro", uri=True)
        try:
            rows = conn.execute("select url, warc_file, warc_offset from articles "
                                "where warc_file is not null order by url").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("rebuild: cannot compare with %s: %s", original, exc)
        return []
    return [url for url, f, off in rows if (Path(f).name, off) not in read]


def _report(archive: Path, n: int, damage: list[Damage], missing: list[str]) -> str:
    lines = [f"the archive at {archive} could not be read in full; {n} articles rebuilt from "
             f"the rest"]
    if damage:
        lines.append(f"{len(damage)} damaged stretch(es), "
                     f"{sum(d.length for d in damage)} bytes skipped:")
        lines += [f"  {d}" for d in damage[:SHOWN]]
    if missing:
        lines.append(f"{len(missing)} article(s) of the original database not in the "
                     f"readable archive:")
        lines += [f"  {u}" for u in missing[:SHOWN]]
    return "\n".join(lines)


def article_in_record(rec: ArchivedResponse) -> Article | None:
    """The article in one archived response, or None for what the crawl did not store: a
    response that is not a 200 HTML page, or a page that is not an article. Rebuild, the
    scale-out workers and `import-warc` read archived pages through it (claimtrack/scale/)."""
    ctype = next((v for k, v in rec.headers.items() if k.lower() == "content-type"), "")
    if rec.status != 200 or "html" not in ctype.lower():
        return None
    meta = rec.meta or {}
    origin = Origin(source=meta.get("source"), via=meta.get("via"), outlet=meta.get("outlet"),
                    fetched_at=rec.fetched_at, archive=rec.location,
                    request_url=meta.get("request-uri"),
                    redirects=tuple((meta.get("redirected-from") or "").split()),
                    domains=tuple((meta.get("domains") or "").split()))
    try:
        return article_from_response(rec, origin, ctype)
    except ExtractionError:
        return None
    except Exception as exc:  # one unreadable page must not stop the rebuild
        log.warning("rebuild: %s: %s", rec.url, exc)
        return None
