"""``claimtrack import-warc FILE...``: backfill from WARC files (Common Crawl's CC-NEWS, a
newsroom's own archive, or ours).

Each response record is read as ``claimtrack rebuild`` reads our archive
(``rebuild.article_in_record``: the crawl's extraction) and judged by the crawl's relevance
filter; the relevant articles are stored with their provenance (the WARC file and the record's
offset and length, as for a crawled page), so the archived-copy page and the workers read them
from the file. The file is linked into the archive folder (``--copy`` copies it) because the
archive is what every reader resolves a ``warc_file`` against.

Progress is kept per file (db/imports.py): a file interrupted half-way resumes at the record
after the last one read; a damaged or truncated record is reported and skipped; a file read
to its end is not read again, and an article already stored is not stored twice.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from claimtrack.config import Settings
from claimtrack.rebuild import article_in_record
from db import articles as stored_articles
from db.connection import record_archive, recorded_archive
from db.imports import progress_of, save_progress
from spiders.archive import Damage, scan_warc_file
from spiders.relevance import RelevanceFilter

log = logging.getLogger(__name__)

SAVE_EVERY = 200  # records between two progress rows (and at every stored article)


@dataclass
class ImportReport:
    files: int = 0
    records: int = 0
    stored: int = 0  # new articles
    dropped: int = 0  # not about AI and IP
    skipped_files: list[str] = field(default_factory=list)  # read to the end before
    damage: list[Damage] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # files that could not be imported


def import_warcs(settings: Settings, files: list[Path], relevance_file: Path | None,
                 copy: bool = False, progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import every file; returns what was read, stored, dropped and damaged."""
    from claimtrack.jobs import prepare_db

    db = prepare_db(settings)
    relevance = RelevanceFilter.load(relevance_file) if relevance_file else None
    archive = Path(settings.archive)
    archive.mkdir(parents=True, exist_ok=True)
    if recorded_archive(settings.db) is None:
        record_archive(db, archive)  # later commands given --db find the files here
    report = ImportReport()
    try:
        for f in files:
            try:
                placed = place_in_archive(Path(f), archive, copy)
            except (OSError, ValueError) as exc:
                log.error("import-warc: %s: %s", f, exc)
                report.refused.append(f"{f}: {exc}")
                continue
            report.files += 1
            import_file(db, placed, relevance, report, progress)
    finally:
        db.close()
    return report


def place_in_archive(path: Path, archive: Path, copy: bool) -> Path:
    """The file as the archive holds it: itself when it is there already, else a link (or a
    copy) under its own name. A different file of the same name is refused."""
    if not path.is_file():
        raise ValueError("no such file")
    if not path.name.endswith(".warc.gz"):
        raise ValueError("not a .warc.gz file (records gzipped one by one, as CC-NEWS ships them)")
    target = archive / path.name
    if target.exists():
        if os.path.samefile(target, path) or _same_content(target, path):
            return target
        raise ValueError(f"the archive already holds another file named {path.name}")
    if copy:
        shutil.copyfile(path, target)
    else:
        target.symlink_to(path.resolve())
    return target


def _same_content(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes()[:1 << 20] == b.read_bytes()[:1 << 20]


def import_file(db, path: Path, relevance: RelevanceFilter | None, report: ImportReport,
                progress: Callable[[int], None] | None) -> None:
    """One file, from where the last run stopped."""
    row = progress_of(db, path.name)
    size = path.stat().st_size
    if row["done"] and row["size"] == size:
        report.skipped_files.append(path.name)
        return
    damage: list[Damage] = []
    since_save = 0
    for rec in scan_warc_file(path, start=row["offset"], damage=damage):
        row["records"] += 1
        report.records += 1
        stored = _store(db, rec, relevance, row, report)
        row["offset"] = rec.location.offset + rec.location.length
        since_save += 1
        if stored or since_save >= SAVE_EVERY:
            save_progress(db, {**row, "size": size})
            since_save = 0
        if progress:
            progress(1)
    for d in damage:
        log.warning("import-warc: %s", d)
    report.damage += damage
    row["damaged"] = len(damage)
    # a record cut off at the end (a file still being written or copied) is read again next
    # time, from its start; anything else was read to the end
    cut = [d for d in damage if d.offset + d.length >= size and d.reason.startswith("truncated")]
    row.update(size=size, offset=cut[-1].offset if cut else size, done=0 if cut else 1)
    save_progress(db, row)


def _store(db, rec, relevance: RelevanceFilter | None, row: dict, report: ImportReport) -> bool:
    """Store the article in one record when it is one and is relevant; True when it is new."""
    article = article_in_record(rec)
    if article is None:
        return False
    row["articles"] += 1
    if relevance is not None:
        keep, why = relevance.judge(article)
        if not keep:
            row["dropped"] += 1
            report.dropped += 1
            return False
        article.relevance = why
    known = db.execute("select text from articles where id = ?", [article.id]).fetchone()
    if known is not None and known[0] == article.text:
        return False  # stored by an earlier run (or another file): nothing new
    stored_articles.upsert_article(db, article)
    row["stored"] += 1
    report.stored += 1
    return True
