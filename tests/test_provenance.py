"""Crawl provenance: one extension writes the whole fetch log, on the one connection it owns.

The crawl runs in a child process (Twisted's reactor cannot restart), here a small script that
runs Scrapy in-process so it can ask the running extension what it wrote and check that every
SQLite connection opened during the crawl was closed by its end.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from claimtrack.config import REPO_ROOT
from scrapy.http import HtmlResponse

from spiders.archive import ArchivedResponse
from spiders.extract import Origin, article_from_response
from spiders.run import crawl_command
from tests.conftest import ARTICLE_1, page
from tests.sites import Route, Site, news_site, sources_for

PROBE = r"""
import json, sys
import sqlite_utils.db

opened = []  # every SQLite connection opened in this process, with its database
_connect = sqlite_utils.db.sqlite3.connect


def connect(database, *args, **kwargs):
    conn = _connect(database, *args, **kwargs)
    opened.append((str(database), conn))
    return conn


sqlite_utils.db.sqlite3.connect = connect

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from spiders.provenance import CrawlProvenance

settings = get_project_settings()
settings.setdict(json.loads(sys.argv[1]), priority="cmdline")
process = CrawlerProcess(settings)
crawler = process.create_crawler("news")
process.crawl(crawler)
process.start()
prov = crawler.get_extension(CrawlProvenance)


def is_open(conn):
    try:
        conn.execute("select 1")
        return True
    except Exception:
        return False


print(json.dumps({"logged": sorted(prov.logged), "run_id": prov.run_id, "db": prov.db is not None,
                  "connections": [[path, is_open(c)] for path, c in opened]}))
"""


def _probe_crawl(settings, sources, site_url: str) -> dict:
    cmd, env = crawl_command(settings, sources, site=site_url,
                             extra={"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False",
                                    "LOG_LEVEL": "WARNING"})
    opts = dict(cmd[i + 1].split("=", 1) for i, arg in enumerate(cmd) if arg == "-s")
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps(opts)], cwd=REPO_ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_every_fetch_row_is_written_by_the_extension_on_its_one_connection(tmp_path, settings):
    routes = {
        **news_site(2),
        "/empty-feed.xml": Route(headers={"Content-Type": "application/rss+xml"},
                                 body=b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>'),
        "/notes/plain.txt": Route(headers={"Content-Type": "text/plain"}, body=b"just text"),
        "/bad/empty": Route(body=b""),
    }
    src = sources_for(tmp_path, feeds=("/feed.xml", "/empty-feed.xml"),
                      urls=("/notes/plain.txt", "/bad/empty", "/bad/404"))
    with Site(routes) as site:
        report = _probe_crawl(settings, src, site.url)

    db = sqlite_utils.Database(settings.db)
    rows = {r["id"]: r for r in db["fetches"].rows}
    # every row of the table was written by the extension, and nothing else wrote one
    assert set(report["logged"]) == set(rows) and len(rows) >= 8
    assert {r["run_id"] for r in rows.values()} == {report["run_id"]}
    by_path = {r["url"].split("/", 3)[-1]: r for r in rows.values()}
    # the spider's page notes reached the log through the pipelines
    assert by_path["empty-feed.xml"]["error"] == "feed has no entries"
    assert by_path["notes/plain.txt"]["outcome"] == "skipped"
    assert by_path["notes/plain.txt"]["error"].startswith("not HTML")
    assert by_path["bad/empty"]["error"] == "not an article: empty page"
    assert by_path["bad/404"]["outcome"] == "error" and by_path["bad/404"]["status"] == 404
    assert by_path["story/0.html"]["outcome"] == "stored"
    # one connection, to the crawl's database, closed when the spider closed
    assert report["db"] is False
    assert report["connections"] == [[str(Path(settings.db).resolve()), False]]
    db.close()


def test_article_from_response_is_the_same_for_the_crawl_and_rebuild():
    """The spider reads a Scrapy response, rebuild an archived one: the same article."""
    html = page("Orrin accuses Tessaly", ARTICLE_1, "https://ledger.example/x").encode("utf-8")
    url = "http://127.0.0.1/news/x.html"
    origin = Origin(source="ledger", via="feed", outlet="Harbor Ledger", fetched_at="2026-03-04T10:00:00Z")
    ctype = "text/html; charset=UTF-8"
    crawled = article_from_response(
        HtmlResponse(url=url, body=html, headers={"Content-Type": ctype}), origin, ctype)
    archived = article_from_response(
        ArchivedResponse(url=url, status=200, headers={"Content-Type": ctype}, body=html,
                         fetched_at=origin.fetched_at, location=None), origin, ctype)
    assert crawled == archived
    assert crawled.source == "ledger" and crawled.discovered_via == "feed"
    assert crawled.fetched_at == "2026-03-04T10:00:00Z"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_pipelines_middlewares_and_provenance_reach_the_database():
    """The spiders' share of the import rule, and the fetch log's single writer."""
    may_import_db = {"spiders/pipelines.py", "spiders/middlewares.py", "spiders/provenance.py"}
    for path in sorted((REPO_ROOT / "spiders").rglob("*.py")):
        rel = path.relative_to(REPO_ROOT).as_posix()
        names = _imports(path)
        if rel not in may_import_db:
            assert not {n for n in names if n == "db" or n.startswith("db.")}, f"{rel} imports db"
        assert not {n for n in names if n == "nlp" or n.startswith("nlp.")}, f"{rel} imports nlp"
        if rel != "spiders/provenance.py":
            assert "record_fetch" not in path.read_text(encoding="utf-8"), \
                f"{rel} writes fetches rows itself"
