"""Crawl + extract + archive throughput on a local site of generated article pages.

Serves N generated pages (fiction) from a threaded server on 127.0.0.1, crawls them with the
real `news` spider (feed and sitemap discovery, WARC archive, fetch log, extraction, storage)
and reports pages per second of wall time, Scrapy's start-up included.

    python -m bench.crawl [--pages 2000]
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import click
import sqlite_utils

from bench.machine import describe
from claimtrack.config import Settings
from spiders.run import crawl
from tests.sites import Site, news_site, sources_for


@click.command()
@click.option("--pages", default=2000, show_default=True)
@click.option("--page-kb", default=80, show_default=True,
              help="Menus and scripts around each story, as real news pages carry.")
@click.option("--json", "as_json", is_flag=True)
def main(pages: int, page_kb: int, as_json: bool):
    tmp = Path(tempfile.mkdtemp(prefix="claimtrack-bench-"))
    settings = Settings().with_(db_path=tmp / "bench.db", archive_dir=tmp / "archive")
    routes = news_site(pages, padding_kb=page_kb)
    with Site(routes) as site:
        t0 = time.perf_counter()
        rc = crawl(settings, sources_for(tmp), site=site.url, log_file=tmp / "crawl.log",
                   extra={"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False",
                          "CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
                          "LOG_LEVEL": "INFO"})
        elapsed = time.perf_counter() - t0
    db = sqlite_utils.Database(settings.db)
    stored = db["articles"].count
    archive_mb = sum(p.stat().st_size for p in (tmp / "archive").glob("*.warc.gz")) / 2**20
    result = {"pages": pages, "stored": stored, "seconds": round(elapsed, 2),
              "pages_per_second": round(stored / elapsed, 1), "archive_mb": round(archive_mb, 1),
              "exit_code": rc, "machine": describe()}
    if as_json:
        click.echo(json.dumps(result))
    else:
        click.echo(f"crawl+extract+archive: {stored}/{pages} pages of ~{page_kb} KB in {elapsed:.1f} s = "
                   f"{stored / elapsed:.1f} pages/s (target >= 50); archive {archive_mb:.1f} MB")
        click.echo(f"machine: {result['machine']}")


if __name__ == "__main__":
    main()
