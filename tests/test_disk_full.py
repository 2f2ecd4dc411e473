"""A full disk stops the crawl with one message and a non-zero exit, not a traceback per
response (issue 14, item 10). The disk is a 2 MB tmpfs the test mounts; without root (or
where mounting is not allowed) the test is skipped and says why."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess

import pytest

from claimtrack.config import REPO_ROOT
from spiders.diskfull import disk_full
from spiders.run import EXIT_FAILED, crawl_command
from tests.sites import Route, Site, article_html, sources_for

FAST = {"DOWNLOAD_DELAY": "0", "DOWNLOAD_TIMEOUT": "3", "RETRY_TIMES": "0",
        "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "4"}


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_disk_full_errors_are_recognised():
    import errno
    assert disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not disk_full(ValueError("no"))


def test_a_full_disk_stops_the_crawl_with_one_message(tmp_path, settings, small_disk):
    rng = random.Random(10)
    routes = {"/robots.txt": Route(headers={"Content-Type": "text/plain"}, body=b"User-agent: *\n")}
    links = []
    for i in range(60):  # 60 pages of ~150 KB: three times the disk
        routes[f"/story/{i}.html"] = Route(body=article_html(i, rng, padding_kb=150).encode())
        links.append(f"<item><link>{{{{SITE}}}}/story/{i}.html</link></item>")
    routes["/feed.xml"] = Route(headers={"Content-Type": "application/rss+xml"}, body=(
        '<?xml version="1.0"?><rss version="2.0"><channel>' + "".join(links) + "</channel></rss>").encode())
    s = settings.with_(db_path=small_disk / "t.db", archive_dir=small_disk / "archive")
    src = sources_for(tmp_path, sitemaps=())
    log = tmp_path / "crawl.log"
    with Site(routes) as site:
        cmd, env = crawl_command(s, src, site=site.url, extra=FAST, log_file=log)
        proc = subprocess.run(cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                              timeout=120)
        hits = sum(c for p, c in site.hits.items() if p.startswith("/story/"))
    text = log.read_text()
    assert proc.returncode == EXIT_FAILED, proc.stderr[-2000:]
    assert "crawl failed: disk full while writing the" in proc.stderr
    assert text.count("crawl failed: disk full") == 1
    assert "Traceback" not in text and "Traceback" not in proc.stderr
    assert hits < 40, "the crawl went on fetching after the disk was full"
