"""Running a crawl from Python (the CLI and the tests use this).

The crawl runs in a child process (``python -m spiders.run news -s NAME=VALUE ...``, the same
as ``scrapy crawl news``): Twisted's reactor cannot be restarted inside one process, and a
child that dies takes nothing of the caller with it. Every article and fetch it committed
stays in the database.

``scrapy crawl`` exits 0 whatever became of the crawl. :func:`main` runs the same crawler and
exits 2 with one line on stderr when the crawl failed as a whole (nothing to fetch because of
the sources file, a full disk: the provenance extension's ``claimtrack/failure``), so a
scheduled crawl that did nothing does not pass for one that worked.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from claimtrack.config import REPO_ROOT, Settings

EXIT_FAILED = 2  # the crawl ran and failed as a whole (1: it could not start)


def crawl(settings: Settings, sources: Path, **kwargs) -> int:
    """Run a crawl to the end; returns the child's exit code."""
    cmd, env = crawl_command(settings, sources, **kwargs)
    return subprocess.call(cmd, cwd=REPO_ROOT, env=env)


def crawl_command(settings: Settings, sources: Path, site: str = "", jobdir: Path | None = None,
                  run_id: str | None = None, extra: dict[str, str] | None = None,
                  log_file: Path | None = None, relevance: Path | None = None,
                  spider: str = "news", redis_url: str | None = None, remote: bool = False
                  ) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of a crawl (for callers that manage the process).
    With ``redis_url`` (and a ``run_id`` every process of the crawl shares) the crawl is one
    member of a frontier shared through Redis (spiders/frontier.py); with ``remote`` too, it
    never opens the database and sends its rows through Redis to the writer
    (spiders/remote.py): only ``settings.archive`` is used, the shared archive folder."""
    opts = {
        "CLAIMTRACK_DB": "" if remote else str(Path(settings.db).resolve()),
        "CLAIMTRACK_REMOTE": "1" if remote else "0",
        "CLAIMTRACK_ARCHIVE": str(Path(settings.archive).resolve()),
        "CLAIMTRACK_SOURCES": str(Path(sources).resolve()),
        "CLAIMTRACK_SITE": site,
        "CLAIMTRACK_RELEVANCE": str(relevance.resolve()) if relevance else "",
        "CLAIMTRACK_RUN_ID": run_id or "",
        "CLAIMTRACK_REDIS_URL": redis_url or "",
        **(extra or {}),
    }
    if jobdir:
        opts["JOBDIR"] = str(Path(jobdir).resolve())
    if log_file:
        opts["LOG_FILE"] = str(Path(log_file).resolve())
    cmd = [sys.executable, "-m", "spiders.run", spider]
    for k, v in opts.items():
        cmd += ["-s", f"{k}={v}"]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "spiders.settings",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    return cmd, env


def main(argv: list[str] | None = None) -> int:
    """``scrapy crawl SPIDER -s NAME=VALUE ...`` with an exit status that tells a failed crawl."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from spiders.items import FAILURE

    parser = argparse.ArgumentParser(prog="python -m spiders.run")
    parser.add_argument("spider")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "spiders.settings")
    settings = get_project_settings()
    for pair in args.set:
        name, _, value = pair.partition("=")
        settings.set(name, value, priority="cmdline")
    if settings.get("CLAIMTRACK_REDIS_URL"):  # one of many processes on a shared frontier
        from spiders.frontier import configure

        configure(settings)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(args.spider)
    process.crawl(crawler)
    process.start()
    failure = crawler.stats.get_value(FAILURE) if crawler.stats else None
    if failure:
        print(f"crawl failed: {failure}", file=sys.stderr)
        return EXIT_FAILED
    return 1 if process.bootstrap_failed else 0


if __name__ == "__main__":
    sys.exit(main())
