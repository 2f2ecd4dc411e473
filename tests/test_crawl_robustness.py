"""Bad input never stops a crawl, and a killed crawl resumes without fetching a page twice."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import sqlite_utils

from claimtrack.config import REPO_ROOT
from spiders.run import crawl, crawl_command
from tests.sites import Route, Site, article_html, gzip_bomb, news_site, sources_for

import random

FAST = {"DOWNLOAD_DELAY": "0", "DOWNLOAD_TIMEOUT": "2", "RETRY_TIMES": "1",
        "AUTOTHROTTLE_ENABLED": "False"}


def _huge(handler):
    """A 50 MB page, streamed: the crawler must refuse it, not read it."""
    chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
    handler.send_header("Content-Length", str(50 * len(chunk)))
    handler.end_headers()
    try:
        for _ in range(50):
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass


def bad_routes() -> dict[str, Route]:
    rng = random.Random(3)
    good = news_site(3)
    html = {"Content-Type": "text/html; charset=utf-8"}
    latin = article_html(90, rng).replace("Story 90", "Story 90 café").encode("cp1252")
    routes = {
        **good,
        "/bad/500": Route(500, body=b"server error"),
        "/bad/timeout": Route(body=b"<html>late</html>", delay=5),
        "/bad/loop": Route(302, headers={"Location": "/bad/loop2"}),
        "/bad/loop2": Route(302, headers={"Location": "/bad/loop"}),
        "/bad/wrong-charset": Route(headers=html, body=latin),  # says utf-8, is cp1252
        "/bad/no-charset": Route(headers={"Content-Type": "text/html"},
                                 body=article_html(91, rng).replace('<meta charset="utf-8">', "")
                                 .replace("Story 91", "Story 91 café").encode("cp1252")),
        "/bad/binary": Route(headers=html, body=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
        "/bad/huge": Route(headers=html, stream=_huge),
        "/bad/empty": Route(headers=html, body=b""),
        "/private/secret": Route(headers=html, body=article_html(92, rng).encode()),
        "/bad/malformed": Route(headers=html, body=article_html(93, rng).replace("</p>", "").replace(
            "<article>", "<article><div><table><tr><td>").encode()),
        "/bad/gzip-bomb": Route(headers={**html, "Content-Encoding": "gzip"}, body=gzip_bomb()),
    }
    return routes


BAD = ["/bad/404", "/bad/500", "/bad/timeout", "/bad/loop", "/bad/wrong-charset", "/bad/no-charset",
       "/bad/binary", "/bad/huge", "/bad/empty", "/private/secret", "/bad/malformed", "/bad/gzip-bomb"]


def test_bad_input_is_logged_and_good_pages_stored(tmp_path, settings):
    src = sources_for(tmp_path, urls=BAD)
    log = tmp_path / "crawl.log"
    with Site(bad_routes()) as site:
        rc = crawl(settings, src, site=site.url, extra={**FAST, "DOWNLOAD_MAXSIZE": str(20 * 2**20)},
                   log_file=log)
    assert rc == 0
    text = log.read_text()
    assert "Traceback" not in text, text[-3000:]
    db = sqlite_utils.Database(settings.db)
    rows = {r["url"].split("/", 3)[-1]: r for r in db["fetches"].rows}
    for path in BAD:
        key = path.lstrip("/")
        assert key in rows, f"no fetches row for {path}"
    for path in ("/bad/404", "/bad/500", "/bad/timeout", "/bad/huge", "/bad/binary", "/bad/empty",
                 "/private/secret", "/bad/gzip-bomb"):
        r = rows[path.lstrip("/")]
        assert r["error"], f"{path} has no error: {r}"
    assert rows["bad/loop"]["error"] or rows["bad/loop"]["outcome"] != "stored"
    urls = {r["url"].split("/", 3)[-1] for r in db["articles"].rows}
    # every good page of the crawl is stored, the mis-declared encodings included
    assert {"story/0.html", "story/1.html", "story/2.html", "bad/wrong-charset", "bad/no-charset"} <= urls
    for path in ("no-charset", "wrong-charset"):
        row = next(db.query("select title from articles where url like ?", [f"%{path}"]))
        assert "café" in row["title"], row
    # one row per URL per run
    assert db.execute("select count(*) from fetches").fetchone()[0] == \
        db.execute("select count(distinct url) from fetches").fetchone()[0]
    assert db.execute("select count(*) from fetches where url like '%/story/%' and outcome != 'stored'"
                      ).fetchone()[0] == 0


def test_killed_crawl_resumes_without_refetching(tmp_path, settings):
    n = 120
    routes = news_site(n, delay=0.03)
    src = sources_for(tmp_path)
    jobdir = tmp_path / "job"
    with Site(routes) as site:
        cmd, env = crawl_command(settings, src, site=site.url, jobdir=jobdir,
                                 extra={**FAST, "CONCURRENT_REQUESTS": "2"},
                                 log_file=tmp_path / "run1.log")
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, start_new_session=True)
        deadline = time.time() + 60
        stored = 0
        while time.time() < deadline:
            time.sleep(0.2)
            if settings.db.exists():
                try:
                    stored = sqlite_utils.Database(settings.db).execute(
                        "select count(*) from articles").fetchone()[0]
                except Exception:
                    continue
                if stored >= 30:
                    break
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert 30 <= stored < n, "the crawl was not killed half-way"
        hits_at_kill = dict(site.hits)
        received = {r[0].split("/", 3)[-1] for r in sqlite_utils.Database(settings.db).execute(
            "select url from fetches where status = 200")}
        rc = crawl(settings, src, site=site.url, jobdir=jobdir, extra=FAST,
                   log_file=tmp_path / "run2.log")
        assert rc == 0
        hits = dict(site.hits)
    db = sqlite_utils.Database(settings.db)
    assert db["articles"].count == n
    assert db.execute("select count(distinct canonical_url) from articles").fetchone()[0] == n
    # A page whose response was received before the kill is never requested again. Requests in
    # flight at the moment of the kill (at most the concurrency) had no answer yet: they are
    # the only pages requested twice.
    refetched = [p for p in received if p.startswith("story/") and hits["/" + p] > hits_at_kill["/" + p]]
    assert refetched == []
    twice = [p for p, c in hits.items() if p.startswith("/story/") and c > 1]
    assert len(twice) <= 2
    assert db.execute("select count(*) from fetches").fetchone()[0] == \
        db.execute("select count(distinct url) from fetches").fetchone()[0]
    assert db.execute("select count(*) from fetches where url like '%/story/%' and outcome != 'stored'"
                      ).fetchone()[0] == 0
