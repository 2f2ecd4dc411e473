"""A sources file with mistakes: each bad entry is a logged error and a ``fetches`` note, the
rest is crawled; a run that can fetch nothing because of its configuration exits non-zero
with the reason (issue 14, item 7)."""

from __future__ import annotations

import sqlite3
import subprocess

from claimtrack.config import REPO_ROOT
from spiders.run import EXIT_FAILED, crawl_command
from spiders.sources import load_sources
from tests.sites import Site, news_site

FAST = {"DOWNLOAD_DELAY": "0", "DOWNLOAD_TIMEOUT": "3", "RETRY_TIMES": "0",
        "AUTOTHROTTLE_ENABLED": "False"}

MISTAKES = """sources:
  - name: typos
    urls: ["htps://{{SITE}}/story/0.html", "http//127.0.0.1/story/1.html", "{{SITE}}/story/0.html"]
  - name: string-feeds
    feeds: "{{SITE}}/feed.xml"
  - name: odd-entries
    feeds: [42, null, {url: x}, "{{SITE}}/feed.xml"]
  - name: search-without-url
    search_feeds: [{queries: [distillation]}]
  - 17
"""


def _run(settings, sources, site, log):
    cmd, env = crawl_command(settings, sources, site=site, extra=FAST, log_file=log)
    return subprocess.run(cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_load_sources_keeps_the_good_entries_and_lists_the_bad(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text(MISTAKES, encoding="utf-8")
    problems = []
    sources = load_sources(path, "http://127.0.0.1:9", problems)
    assert [s.name for s in sources] == ["typos", "string-feeds", "odd-entries", "search-without-url"]
    assert sources[0].urls == ["http://127.0.0.1:9/story/0.html"]
    assert sources[2].feeds == ["http://127.0.0.1:9/feed.xml"]
    text = "\n".join(str(p) for p in problems)
    for expected in ("typos urls[0]: scheme 'htps:'", "typos urls[1]: no scheme",
                     "string-feeds feeds: must be a list", "odd-entries feeds[0]: not a URL",
                     "odd-entries feeds[1]: not a URL", "odd-entries feeds[2]: not a URL",
                     "search-without-url search_feeds[0]: a search feed needs a 'url'",
                     "source #5: a source needs a 'name'"):
        assert expected in text, (expected, text)


def test_bad_entries_are_noted_and_the_rest_is_crawled(tmp_path, settings):
    sources = tmp_path / "sources.yml"
    sources.write_text(MISTAKES, encoding="utf-8")
    with Site(news_site(3)) as site:
        proc = _run(settings, sources, site.url, tmp_path / "crawl.log")
    assert proc.returncode == 0, proc.stderr[-2000:]
    log = (tmp_path / "crawl.log").read_text()
    assert log.count("ERROR: sources:") == 8 and "Traceback" not in log
    conn = sqlite3.connect(settings.db)
    refused = conn.execute("select url, error from fetches where outcome = 'refused'").fetchall()
    assert len(refused) == 8
    assert any(u == "htps://{{SITE}}/story/0.html" and "scheme 'htps:'" in e for u, e in refused)
    stored = {u.rsplit("/", 2)[-1] for (u,) in conn.execute("select url from articles")}
    assert stored == {"0.html", "1.html", "2.html"}  # the typo's neighbour and the feed's pages


def test_a_run_with_nothing_to_fetch_fails_with_the_reason(tmp_path, settings):
    sources = tmp_path / "sources.yml"
    sources.write_text('sources:\n  - name: only-bad\n    feeds: "https://x.example/feed"\n'
                       '    urls: ["file:///etc/passwd"]\n', encoding="utf-8")
    proc = _run(settings, sources, "", tmp_path / "crawl.log")
    assert proc.returncode == EXIT_FAILED
    assert "crawl failed: configuration: nothing to fetch" in proc.stderr
    assert "feeds: must be a list" in proc.stderr
    conn = sqlite3.connect(settings.db)
    assert conn.execute("select count(*) from fetches where outcome = 'refused'").fetchone()[0] == 2
    missing = tmp_path / "nowhere.yml"
    proc = _run(settings, missing, "", tmp_path / "crawl2.log")
    assert proc.returncode == EXIT_FAILED and "sources file not found" in proc.stderr
