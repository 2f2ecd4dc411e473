"""The scale-out commands, registered onto the ``claimtrack`` group by ``claimtrack/cli.py``:
``worker`` and ``writer`` (Celery on Redis) and ``import-warc`` (the backfill). Apart from the
core commands so that cli.py stays the embedded default's; none of them imports Celery or
Redis before it runs (the [redis] extra is optional)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimtrack.cliutil import (check_writable, crawl_articles_and_dockets, run_process,
                                 settings_for, summary)
from claimtrack.config import RELEVANCE, Settings, demo_settings


def _redis_extra():
    try:
        import celery  # noqa: F401
        import redis  # noqa: F401
    except ImportError:
        raise click.ClickException("this command needs the [redis] extra: "
                                   "pip install 'claimtrack[redis]'")


@click.command()
@click.option("--redis", "redis_url", required=True, metavar="URL", help="The Redis broker.")
@click.option("--archive", type=click.Path(file_okay=False), default=None,
              help="The archive folder, as this machine sees it [default: data/archive].")
@click.option("--concurrency", type=int, default=1, show_default=True,
              help="Worker processes (each loads the pipeline once).")
def worker(redis_url, archive, concurrency):
    """Analyse the articles the writer hands out (a Celery worker).

    Each task names an article and where its archived copy lies; the worker reads and
    extracts it from the archive, analyses it with the pipeline (loaded once per process) and
    puts the result back in Redis for the writer. Run one per core, on any machine that sees
    the archive. Stop with Ctrl-C (a task in progress is finished or handed back)."""
    _redis_extra()
    from claimtrack.scale.tasks import run_worker

    run_worker(redis_url, Path(archive) if archive else Settings().archive, concurrency)


@click.command()
@click.option("--redis", "redis_url", required=True, metavar="URL", help="The Redis broker.")
@click.option("--db", type=click.Path(dir_okay=False), default=None, help="Database path.")
@click.option("--once", is_flag=True,
              help="Stop once nothing is left to analyse, nor to store from remote crawlers.")
@click.option("--batch", type=int, default=200, show_default=True,
              help="Analyses written per transaction (at most).")
@click.option("--task-size", type=int, default=8, show_default=True,
              help="Articles per task: a worker analyses a task's articles in one batch, "
                   "which is faster than one by one (a short round gets smaller tasks, so "
                   "every worker has a share).")
@click.option("--model", default=None, help="spaCy pipeline the workers load.")
@click.option("--demo-gazetteer", is_flag=True, help="Workers also load the demo gazetteer.")
@click.option("--analyse/--no-analyse", default=True, show_default=True,
              help="Hand new articles to the workers. --no-analyse: only store what remote "
                   "crawlers send (analyse later with `claimtrack process`).")
@click.option("--archive", type=click.Path(file_okay=False), default=None,
              help="The shared archive folder remote crawlers write into, as this machine sees "
                   "it: recorded with the database, as a crawl records its own, so `serve` and "
                   "`rebuild` find their WARC files.")
def writer(redis_url, db, once, batch, task_size, model, demo_gazetteer, analyse, archive):
    """The one writer: store what remote crawlers send, hand new articles to the workers,
    write their analyses. Run it on the database's machine.

    Remote crawlers (`claimtrack crawl --redis URL --run-id NAME --archive DIR`, no --db)
    send their articles and fetch log here through Redis; it applies each crawler's rows in
    their order, once, and publishes what they must know of the database. Analysis works in
    rounds, each what one `claimtrack process` run does (the memory's second pass included),
    so the database equals process's, row for row. Keeps its state in Redis and the
    database: killed, it resumes where it was without losing or doubling anything."""
    _redis_extra()
    from claimtrack.scale.writer import Writer

    settings = demo_settings(db=Path(db) if db else None, model=model) if demo_gazetteer \
        else settings_for(db, model)
    profile = {"model": settings.model, "demo": demo_gazetteer}
    import redis

    try:
        w = Writer(settings, redis_url, profile, batch=batch, task_size=task_size,
                   say=lambda m: click.echo(m, err=True), analyse=analyse)
        if archive:
            from db.connection import record_archive

            with w.db.atomic():
                record_archive(w.db, archive)
        n = w.run(once=once)
    except redis.exceptions.ConnectionError as exc:
        raise click.ClickException(f"cannot reach Redis at {redis_url}: {exc}")
    click.echo(f"Wrote {n} analyses.")
    if once:
        summary(settings)


@click.command("import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--db", type=click.Path(dir_okay=False), default=None, help="Database path.")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Leave the analysis to the workers (a running `claimtrack writer` hands "
                   "the new articles out) instead of analysing here.")
@click.option("--relevance/--no-relevance", default=True, show_default=True,
              help="Keep only pages about AI and intellectual property, as the crawl does.")
@click.option("--archive", type=click.Path(file_okay=False), default=None,
              help="Archive folder the files are linked into [default: the database's].")
@click.option("--copy", is_flag=True, help="Copy the files into the archive (default: link).")
@click.option("--demo-gazetteer", is_flag=True, help="Analyse with the demo gazetteer too.")
def import_warc(files, db, redis_url, relevance, archive, copy, demo_gazetteer):
    """Backfill from WARC files (CC-NEWS's layout or our archive's).

    Extracts each response as the crawl does, keeps the relevant articles with their
    provenance (file and offset), then analyses them here (or on the workers, --redis).
    A file interrupted half-way resumes where it stopped; a file read before adds nothing;
    a damaged or truncated record is reported and skipped."""
    from claimtrack.scale.warcimport import import_warcs

    settings = demo_settings(db=Path(db) if db else None) if demo_gazetteer else settings_for(db)
    if archive:
        settings = settings.with_(archive_dir=Path(archive))
    with click.progressbar(length=0, label="Reading WARC records", file=sys.stderr,
                           show_pos=True, show_percent=False) as bar:
        report = import_warcs(settings, [Path(f) for f in files],
                              RELEVANCE if relevance else None, copy=copy, progress=bar.update)
    click.echo(f"{report.files} file(s), {report.records} records read: {report.stored} new "
               f"articles stored, {report.dropped} not about AI and IP"
               + (f", {len(report.skipped_files)} file(s) already imported" if report.skipped_files else ""))
    for d in report.damage:
        click.echo(f"damaged: {d}", err=True)
    for r in report.refused:
        click.echo(f"not imported: {r}", err=True)
    if redis_url:
        click.echo("Analysis left to the workers: `claimtrack writer --redis URL` hands them out.")
    else:
        n = run_process(settings, all_articles=False, workers=1)
        click.echo(f"Analysed {n} articles.")
    summary(settings)
    if report.refused and not report.files:
        sys.exit(1)


def remote_crawl(sources, archive, jobdir, relevance, redis_url, run_id) -> None:
    """`claimtrack crawl --redis URL` without --db: a crawler on any machine, which never opens
    a database and sends its rows through Redis to `claimtrack writer` (spiders/remote.py)."""
    if not run_id:
        raise click.ClickException("--redis needs --run-id: the name every process of this "
                                   "crawl gives")
    if not archive:
        raise click.ClickException(
            "--redis without --db makes a remote crawler, which needs --archive: the shared "
            "archive folder as this machine sees it (give --db to crawl on the database's "
            "machine instead)")
    _redis_extra()
    settings = Settings().with_(archive_dir=Path(archive))
    check_writable(settings.archive)
    src = Path(sources) if sources else settings.sources
    shared = {"redis_url": redis_url, "run_id": run_id, "remote": True}
    crawl_articles_and_dockets(settings, src, Path(jobdir) if jobdir else None,
                               RELEVANCE if relevance else None, **shared)
    click.echo(f"Crawl run {run_id}: this crawler's rows are stored by the writer.")


SCALE_COMMANDS = (worker, writer, import_warc)
