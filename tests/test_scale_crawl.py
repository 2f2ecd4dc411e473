"""Two crawler processes on one frontier in Redis (spiders/frontier.py, issue 15).

Both crawl the demo site at once: every page is fetched once between them, both do part of
the work, and the database equals a single-process crawl's (up to what differs between any
two crawls: run ids, fetch times, archive file names and offsets).
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import time
from collections import Counter

import pytest

from claimtrack.config import DEMO_SITE, REPO_ROOT, RELEVANCE, demo_settings
from spiders.demo_server import DemoSite
from spiders.run import crawl, crawl_command

FAST = {"DOWNLOAD_DELAY": "0"}
POLITE = 0.15  # seconds between two requests to the site, whichever process sends them
# Each member holds at most two requests of its own, the rest wait in Redis: an idle member
# looks there every 5 s (Scrapy's engine heartbeat), and the shared delay makes the crawl last
# longer than that, so both members fetch part of the site.
SHARED = {"DOWNLOAD_DELAY": str(POLITE), "CONCURRENT_REQUESTS": "2"}
# columns that differ between any two crawls of the same site
VOLATILE = {"run_id", "fetched_at", "warc_file", "warc_offset", "warc_length", "warc_record_id",
            "analysed_at", "first_fetched_at",
            # a page both a feed and a sitemap list was found by whichever answered first: a
            # race in any crawl, one process or two
            "discovered_via"}


def counting(site: DemoSite, times: list[float]) -> Counter:
    """Count the requests ``site`` answers, per path, and note when each arrived."""
    hits: Counter = Counter()
    handler = site.httpd.RequestHandlerClass.func  # the class DemoSite made for this server
    send_head = handler.send_head

    def counted(self):
        times.append(time.monotonic())
        hits[self.path.split("?", 1)[0]] += 1
        return send_head(self)

    handler.send_head = counted
    return hits


def rows(path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        cols = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] not in VOLATILE]
        return sorted(conn.execute(f"select {', '.join(cols)} from [{table}]").fetchall(), key=repr)
    finally:
        conn.close()


def responses(log_text: str) -> int:
    m = re.search(r"'downloader/response_count': (\d+)", log_text)
    return int(m.group(1)) if m else 0


@pytest.mark.timeout(240)
def test_two_crawlers_share_one_frontier(redis_url, tmp_path):
    times: list[float] = []
    with DemoSite() as site:
        hits = counting(site, times)
        one = demo_settings(db=tmp_path / "one.db")
        assert crawl(one, DEMO_SITE / "sources.yml", site=site.url, relevance=RELEVANCE,
                     extra=FAST, log_file=tmp_path / "one.log") == 0
        single_hits = Counter(hits)
        hits.clear()
        times.clear()
        two = demo_settings(db=tmp_path / "two.db")
        procs = []
        for i in range(2):
            cmd, env = crawl_command(two, DEMO_SITE / "sources.yml", site=site.url,
                                     relevance=RELEVANCE, extra=SHARED,
                                     run_id="frontier-test",
                                     redis_url=redis_url, log_file=tmp_path / f"two-{i}.log")
            procs.append(subprocess.Popen(cmd, cwd=REPO_ROOT, env=env))
        codes = [p.wait(timeout=180) for p in procs]
    logs = [(tmp_path / f"two-{i}.log").read_text() for i in range(2)]
    assert codes == [0, 0], [log[-2000:] for log in logs]
    # each page once between the two (robots.txt is read by each process for itself, unless the
    # second finds it already in the archive for this run and replays it)
    twice = {p: n for p, n in hits.items() if n > 1 and p != "/robots.txt"}
    assert twice == {}
    assert set(hits) == set(single_hits) and hits["/robots.txt"] <= 2
    assert all(responses(log) > 0 for log in logs), "both processes fetched part of the site"
    # politeness holds across the two: each request reserved its instant on the site's clock in
    # Redis, DOWNLOAD_DELAY after the previous one whoever sent it, so any 11 consecutive
    # requests span 10 delays, less what a process's own slot delay (at most 1.5 delays) shifts
    # the ends by. Two processes spacing only their own requests would span about 5.
    spans = [b - a for a, b in zip(times, times[10:])]
    assert min(spans) >= 7 * POLITE, sorted(spans)[:3]
    for table in ("articles", "outlets", "authors", "article_authors", "story_signatures"):
        assert rows(tmp_path / "two.db", table) == rows(tmp_path / "one.db", table), table
    # the fetch log too, but for robots.txt's attempts (one per process)
    a, b = rows(tmp_path / "one.db", "fetches"), rows(tmp_path / "two.db", "fetches")
    assert [r for r in a if "/robots.txt" not in r[1]] == [r for r in b if "/robots.txt" not in r[1]]
    assert len(a) == len(b)
