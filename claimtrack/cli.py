"""The ``claimtrack`` command line: crawl, analyse, publish, and the demo that does all three."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from claimtrack import __version__
from claimtrack.config import RELEVANCE, demo_settings
from claimtrack.cliutil import check_writable as _check_writable, crawl_articles_and_dockets, \
    run_process as _process, settings_for as _settings, summary as _summary
from claimtrack.explain import explanation, print_explanation as _print_explanation
from claimtrack.scale.commands import SCALE_COMMANDS

log = logging.getLogger("claimtrack")


class _Commands(click.Group):
    """The command group, turning what the disk refuses midway (read-only, full, gone) into one
    clear message and a non-zero exit instead of a traceback from deep in SQLite or the OS."""

    def invoke(self, ctx):
        import errno
        import sqlite3

        try:
            return super().invoke(ctx)
        except sqlite3.OperationalError as exc:
            if not any(w in str(exc) for w in ("readonly", "unable to open", "disk", "locked")):
                raise
            raise click.ClickException(f"the database could not be written or read: {exc}")
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.ENOSPC, errno.EDQUOT):
                raise
            raise click.ClickException(str(exc))


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimtrack")
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages.")
def cli(verbose: bool):
    """claimtrack: who accuses whom of taking what in the disputes over AI and IP.

    Crawl news coverage into a WARC archive, extract quotes, speakers and claims with spaCy,
    write one linked SQLite database and publish it with Datasette. Start with
    `claimtrack demo`, which does all of it on a built-in fictional news site.
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Database to build [default: data/demo.db].")
@click.option("--serve/--no-serve", default=True, help="Start Datasette when built.")
@click.option("--port", type=int, default=8001, show_default=True, help="Datasette's port.")
@click.option("--model", default=None, help="Installed spaCy pipeline to use.")
@click.option("--workers", type=int, default=1, show_default=True, help="Analysis processes.")
def demo(db, serve, port, model, workers):
    """Build the demo database from the fictional demo site, then serve it.

    Serves spiders/demo_site on 127.0.0.1 (a free port), crawls it with the real spiders
    (feeds and sitemaps over HTTP), archives every response to WARC, extracts and analyses
    the articles, writes the database and starts Datasette read-only. Everything in the
    demo world is invented.
    """
    from claimtrack.demo import crawl_demo
    from spiders.demo_server import DemoSite

    settings = demo_settings(db=Path(db) if db else None, model=model)
    _check_writable(settings.db, settings.archive)
    Path(settings.db).parent.mkdir(parents=True, exist_ok=True)
    with DemoSite() as site:
        click.echo(f"Demo site (fiction) served at {site.url}")
        rc = crawl_demo(settings, site.url, log_file=Path(settings.db).with_suffix(".crawl.log"))
    if rc != 0:
        raise click.ClickException(f"crawl failed (exit {rc}); see {Path(settings.db).with_suffix('.crawl.log')}")
    _process(settings, all_articles=False, workers=workers)
    _summary(settings)
    if serve:
        from db.publish import serve_db
        serve_db(settings, port=port)


@cli.command("crawl")
@click.option("--sources", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Sources file [default: sources.yml].")
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Database path. With --redis and no --db, this process is a remote crawler: "
                   "it never opens a database and sends its rows to `claimtrack writer`.")
@click.option("--archive", type=click.Path(file_okay=False), default=None,
              help="WARC archive folder [default: the one the database recorded, else "
                   "<name>-archive beside <name>.db]. A remote crawler needs it: the shared "
                   "archive storage, as this machine sees it.")
@click.option("--jobdir", type=click.Path(file_okay=False), default=None,
              help="Scrapy JOBDIR: a killed crawl resumes from here.")
@click.option("--relevance/--no-relevance", default=True, show_default=True,
              help="Keep only pages about AI and intellectual property.")
@click.option("--redis", "redis_url", default=None, metavar="URL",
              help="Join a crawl frontier shared through Redis: every process given the same "
                   "URL and --run-id fetches from one queue, each page once (README \"Running "
                   "on several machines\").")
@click.option("--run-id", default=None,
              help="With --redis: the crawl's name, the same for all its processes (a new one "
                   "for each new crawl; the same again to resume a killed one).")
def crawl_cmd(sources, db, archive, jobdir, relevance, redis_url, run_id):
    """Crawl the configured sources into the archive and the database.

    Each database keeps its own archive (recorded in it), so two databases crawled from one
    folder never share one.

    \b
    On several machines (README "Running on several machines"), every process of one crawl
    gives the same --redis URL and --run-id:
      crawl --redis URL --run-id NAME --db X          on the database's machine: writes X
      crawl --redis URL --run-id NAME --archive DIR   on any machine (no --db): a remote
          crawler; as with scrapy-redis, its items go to Redis, and `claimtrack writer
          --redis URL --db X` stores them in X, in each crawler's order, once."""
    import yaml

    from db.connection import recorded_archive
    from spiders.sources import load_sources

    if redis_url and not db:
        from claimtrack.scale.commands import remote_crawl

        return remote_crawl(sources, archive, jobdir, relevance, redis_url, run_id)
    settings = _settings(db, archive=archive)
    recorded = recorded_archive(settings.db)
    if (recorded is not None and recorded.resolve() != Path(settings.archive).resolve()
            and any(recorded.glob("*.warc.gz"))):  # one database, its WARCs in two folders
        raise click.ClickException(
            f"{settings.db} keeps its archive in {recorded}; crawling it into "
            f"{settings.archive} would split it (move the folder there first, or leave out "
            "--archive)")
    _check_writable(settings.db, settings.archive)
    src = Path(sources) if sources else settings.sources
    try:  # a bad sources file is reported here, in one line, not by a crawler traceback
        load_sources(src)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise click.ClickException(f"{src}: {exc}".replace("\n", " "))
    rel = RELEVANCE if relevance else None
    shared = {}
    if redis_url:
        if not run_id:
            raise click.ClickException("--redis needs --run-id: the name every process of "
                                       "this crawl gives")
        from db.connection import open_db

        open_db(settings.db).close()  # the schema made once, before the processes write
        shared = {"redis_url": redis_url, "run_id": run_id}
    crawl_articles_and_dockets(settings, src, Path(jobdir) if jobdir else None, rel, **shared)
    _summary(settings)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines (SPEC.md contract).")
@click.option("--model", default=None, help="Installed spaCy pipeline to use.")
@click.option("--demo-gazetteer", is_flag=True, help="Also load the fictional demo gazetteer.")
@click.option("--memory", "memory_file", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Names learned from other articles, as written by `claimtrack memory` "
                   "(JSON Lines of name and label); read as one more vote on unknown names.")
@click.option("--learn", is_flag=True,
              help="Read the inputs as one corpus: learn unknown names' types from all of them "
                   "first, then analyse each with what was learned (two passes).")
@click.option("--explain", is_flag=True,
              help="Show, for each entity and each quote's speaker, the named rules that "
                   "decided it (with --json: an extra \"explain\" key).")
def analyze(inputs, as_json, model, demo_gazetteer, memory_file, learn, explain):
    """Analyse saved HTML pages or text files and print what was found.

    Each FILE_OR_URL is a saved .html page (extracted as the spiders do) or a plain text
    file. A URL is read from the archive only; claimtrack never fetches here.
    """
    from claimtrack.records import Analysis, Article
    from nlp.memory import load_memory
    from nlp.pipeline import analyse, analyse_twice, build_pipeline, set_memory
    from spiders.extract import ExtractionError, extract_article

    settings = demo_settings(model=model) if demo_gazetteer else _settings(None, model)
    items, failed = [], []
    for inp in inputs:
        p = Path(inp)
        try:
            raw = p.read_bytes()
            if p.suffix.lower() in (".html", ".htm") or raw.lstrip()[:1] == b"<":
                article = extract_article(raw, p.resolve().as_uri())
            else:
                article = Article(url=p.resolve().as_uri(), text=raw.decode("utf-8", errors="replace"))
            items.append((article, inp))
        except (OSError, ExtractionError) as exc:
            failed.append(Analysis(source=inp, article=Article(url=inp, text=""),
                                   error=f"{type(exc).__name__}: {exc}"))
    nlp = build_pipeline(settings)
    if memory_file:
        try:
            set_memory(nlp, load_memory(memory_file))
        except (ValueError, KeyError) as exc:
            raise click.ClickException(f"{memory_file}: not a memory file ({exc})")
    for a in [*failed, *(analyse_twice if learn else analyse)(nlp, items)]:
        if as_json:
            out = a.to_json_dict()
            if explain:
                out["explain"] = explanation(a)
            click.echo(json.dumps(out, ensure_ascii=False))
        else:
            _print_human(a)
            if explain:
                _print_explanation(explanation(a))
    if failed and not items:
        sys.exit(1)


def _print_human(a):
    click.secho(f"== {a.source}: {a.article.title or '(no title)'}", bold=True)
    if a.error:
        click.secho(f"   error: {a.error}", fg="red")
    for q in a.quotes:
        who = q.speaker or "?"
        click.echo(f"  [{q.kind}] {who}{' (' + q.speaker_role + ')' if q.speaker_role else ''}"
                   f" {q.cue or ''}: {q.text}")
    for n in a.no_comment:
        click.echo(f"  [no comment: {n.kind}] {n.speaker}")
    for c in a.claims:
        click.echo(f"  claim: {c.claimant} -{c.stance}-> {c.target or '-'}")


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), default=None, help="Database path.")
@click.option("--all", "all_articles", is_flag=True, help="Analyse every article again.")
@click.option("--workers", type=int, default=1, show_default=True, help="Analysis processes.")
@click.option("--model", default=None, help="Installed spaCy pipeline to use.")
@click.option("--demo-gazetteer", is_flag=True,
              help="Also load the fictional demo gazetteer (for a database built by `demo`).")
def process(db, all_articles, workers, model, demo_gazetteer):
    """Analyse every archived article not yet analysed, in batches."""
    settings = demo_settings(db=Path(db) if db else None, model=model) if demo_gazetteer \
        else _settings(db, model)
    _check_writable(settings.db)
    n = _process(settings, all_articles, workers)
    click.echo(f"Analysed {n} articles.")
    _summary(settings)


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False, exists=True), default=None, help="Database path.")
@click.option("-o", "--out", type=click.Path(dir_okay=False), default=None,
              help="Write here instead of standard output.")
def memory(db, out):
    """Print the names the database has learned, as JSON Lines for `analyze --memory`.

    A name joins when most of the articles whose own wording typed it ("Gimlet, a
    start-up in ...") agree on its type; `process` uses the same memory by itself."""
    from db.analysis import typed_names
    from db.connection import open_readonly
    from nlp.memory import learn, save_memory

    settings = _settings(db)
    if not settings.db.exists():
        raise click.ClickException(f"no database at {settings.db}")
    learned = learn(typed_names(open_readonly(settings.db)))  # reads only: a read-only file is fine
    if out:
        save_memory(learned, out)
        click.echo(f"{len(learned)} names written to {out}", err=True)
    else:
        for name, label in sorted(learned.items()):
            click.echo(json.dumps({"name": name, "label": label}, ensure_ascii=False))


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), default=None, help="Database path.")
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--warm/--no-warm", default=True, show_default=True,
              help="Read the database file once before serving, so the first queries do not "
                   "wait on the disk (skipped when it is over half the free memory).")
@click.option("--base-url", default=None,
              help="Where the public reaches the server (scheme://host[:port]); absolute links "
                   "are built from it, never from the Host header [default: CLAIMTRACK_BASE_URL, "
                   "else http://HOST:PORT].")
@click.option("--archive", type=click.Path(file_okay=False), default=None,
              help="WARC archive folder for the archived copies [default: the one the database "
                   "recorded, else <name>-archive beside <name>.db].")
def serve(db, port, host, warm, base_url, archive):
    """Publish the database with Datasette, read-only, with metadata and templates."""
    from db.publish import serve_db

    settings = _settings(db, archive=archive).with_(base_url=base_url)
    if not Path(settings.db).exists():
        raise click.ClickException(f"no database at {settings.db}: run `claimtrack crawl` or `claimtrack demo` first")
    serve_db(settings, port=port, host=host, warm=warm)


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False, exists=True), default=None, help="Database path.")
@click.option("--out", type=click.Path(file_okay=False), required=True,
              help="Directory to write the deployable bundle to.")
@click.option("--base-url", default=None,
              help="Where the public will reach the bundle (scheme://host[:port]); the feed's "
                   "absolute links are built from it. Required [default: CLAIMTRACK_BASE_URL].")
@click.option("--archive/--no-archive", default=True, show_default=True,
              help="Include the WARC archive (for the archived-copy pages).")
@click.option("--archive-dir", type=click.Path(file_okay=False, exists=True), default=None,
              help="The archive to include [default: the database's own].")
def publish(db, out, base_url, archive, archive_dir):
    """Write a deployable bundle: database, metadata, templates, plugin, archive, run script.

    Serve it anywhere with `pip install -r requirements.txt && ./run.sh`; for a container
    or a cloud host, `datasette publish` / `datasette package` accept the same files.
    """
    from urllib.parse import urlsplit

    from db.publish import build_bundle

    settings = _settings(db, archive=archive_dir).with_(base_url=base_url)
    if not Path(settings.db).exists():
        raise click.ClickException(f"no database at {settings.db}")
    if urlsplit(settings.base_url).scheme not in ("http", "https") or not urlsplit(settings.base_url).netloc:
        raise click.ClickException(  # else the deployed feed would link to localhost
            "give --base-url (or CLAIMTRACK_BASE_URL): where the public will reach the bundle, "
            "e.g. https://claims.example.org (got " + repr(settings.base_url or "nothing") + ")")
    path = build_bundle(settings, Path(out), with_archive=archive)
    click.echo(f"Bundle written to {path}: run `pip install -r requirements.txt && ./run.sh` there")


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Database whose archive to rebuild from.")
@click.option("--archive", type=click.Path(file_okay=False, exists=True), default=None,
              help="Archive directory [default: the database's].")
@click.option("--out", type=click.Path(dir_okay=False), required=True,
              help="Where to write the rebuilt database.")
@click.option("--demo", "is_demo", is_flag=True, help="Use the demo's gazetteer and disputes.")
@click.option("--relevance/--no-relevance", default=True, show_default=True,
              help="Apply the relevance filter, as the crawl did.")
def rebuild(db, archive, out, is_demo, relevance):
    """Rebuild a database from the WARC archive alone."""
    from claimtrack import jobs

    settings = demo_settings(db=Path(db) if db else None) if is_demo else _settings(db, archive=archive)
    if archive:
        settings = settings.with_(archive_dir=Path(archive))
    _check_writable(Path(out))
    try:  # what could be read is rebuilt; what was lost is said, and the exit is non-zero
        n = jobs.rebuild(settings, Path(out), relevance_file=RELEVANCE if relevance else None)
    except jobs.ArchiveDamaged as exc:
        raise click.ClickException(str(exc))
    click.echo(f"Rebuilt {n} articles from {settings.archive} into {out}")
    _summary(settings.with_(db_path=Path(out)))

for _command in SCALE_COMMANDS:  # worker, writer, import-warc (claimtrack/scale/commands.py)
    cli.add_command(_command)

if __name__ == "__main__":
    cli()
