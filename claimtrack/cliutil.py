"""What the command modules share: settings for ``--db``, the read-only check, the analysis run
with its progress bar and the closing summary. Kept apart from ``claimtrack/cli.py`` so the
scale-out commands (``claimtrack/scale/commands.py``) use the same helpers without importing
the command group they are registered onto."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimtrack.config import Settings


def check_database(path: Path) -> None:
    """A file that is there but is no SQLite database gets one clear message, not a traceback
    from deep in sqlite3 (an empty file is a new database)."""
    if path.is_file() and path.stat().st_size:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise click.ClickException(f"{path}: not a SQLite database")


def settings_for(db: str | None, model: str | None = None, archive: str | None = None) -> Settings:
    """Settings for a command given ``--db``, with the database's own archive: the one given
    (``--archive``, ``CLAIMTRACK_ARCHIVE``), else the one the database recorded when it was
    crawled (``settings`` table), else ``X-archive/`` beside ``X.db`` (the shared ``data/archive``
    only for a database crawled into it before archives were recorded). So `serve --db
    data/demo.db`, `rebuild --db A` from another folder and two databases crawled from one
    folder each find their own archive, and never write into another's."""
    from db.connection import archive_of

    settings = Settings().with_(db_path=Path(db) if db else None, model=model,
                                archive_dir=Path(archive) if archive else None)
    check_database(Path(settings.db))
    if settings.archive_dir is None:
        settings = settings.with_(archive_dir=archive_of(settings.db, legacy=settings.data_dir / "archive"))
    return settings


def check_writable(*paths: Path) -> None:
    """A command about to write into a read-only database, folder or archive says so in one
    line before it starts (SQLite would say "unable to open database file" from deep inside).
    A database needs its folder writable too: SQLite writes its journal there."""
    import os

    for path in map(Path, paths):
        there = path if path.exists() else next(p for p in path.parents if p.exists())
        folder = there if there.is_dir() else there.parent
        if not (os.access(there, os.W_OK) and os.access(folder, os.W_OK)):
            raise click.ClickException(
                f"{path} is read-only (the file or its folder): this command writes to it. "
                "`claimtrack serve` reads a read-only database; to write, copy it somewhere "
                "writable and give that --db")


def run_process(settings: Settings, all_articles: bool, workers: int):
    from claimtrack import jobs
    from db.articles import count_to_analyse
    from db.connection import open_db

    db = open_db(settings.db)
    total = count_to_analyse(db, all_articles)
    db.close()
    with click.progressbar(length=total, label="Analysing articles", file=sys.stderr) as bar:
        n = jobs.process(settings, all_articles=all_articles, workers=workers, progress=bar.update)
    return n


def summary(settings: Settings):
    from db.connection import open_db

    db = open_db(settings.db)
    counts = {t: db.table(t).count for t in ("articles", "outlets", "entities", "quotes",
                                             "quote_appearances", "claims", "no_comments",
                                             "disputes", "fetches")}
    click.echo("Built " + str(settings.db) + ": " + ", ".join(f"{v} {k}" for k, v in counts.items()))


def crawl_articles_and_dockets(settings: Settings, src: Path, jobdir: Path | None = None,
                               relevance=None, **shared) -> None:
    """The articles crawl, then the dockets crawl when the sources file lists dockets: what
    `crawl` runs, beside the database or as a remote crawler (``shared``: the Redis frontier).
    A failed crawl is one clear error."""
    import yaml

    from spiders.run import crawl

    rc = crawl(settings, src, jobdir=jobdir, relevance=relevance, **shared)
    if rc != 0:
        raise click.ClickException(f"crawl exited with {rc}")
    if (yaml.safe_load(Path(src).read_text(encoding="utf-8")) or {}).get("dockets"):
        rc = crawl(settings, src, spider="dockets", **shared)
        if rc != 0:
            raise click.ClickException(f"docket crawl exited with {rc}")
