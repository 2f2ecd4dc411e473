"""Remote crawlers: crawler processes that never open the database (spiders/remote.py), their
rows stored by the one writer (claimtrack/scale/crawlrows.py), issue 15.

Two remote crawlers, each in a folder of its own that holds no database and given none, crawl
the demo site on one frontier while `claimtrack writer` stores their rows: every page is
fetched once and the database equals a single-process crawl's (the comparison
tests/test_scale_crawl.py makes). Then one of two remote crawlers is killed with SIGKILL
mid-crawl and restarted with the same run id: nothing is lost, nothing doubled.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack.config import DEMO_SITE, REPO_ROOT, RELEVANCE, demo_settings
from spiders.demo_server import DemoSite
from spiders.run import crawl, crawl_command
from tests.test_scale_crawl import FAST, SHARED, counting, responses, rows

# slower than SHARED, so that the crawler is killed early and its restart has work left
SLOW = {**SHARED, "DOWNLOAD_DELAY": "0.3"}
TABLES = ("articles", "outlets", "authors", "article_authors", "story_signatures")


def _env() -> dict:
    return {**os.environ, "CLAIMTRACK_WRITER_WAIT": "60",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}


def start_writer(url: str, db: Path, archive: Path, log: Path) -> subprocess.Popen:
    """`claimtrack writer --no-analyse` in the database's folder (no workers here)."""
    return subprocess.Popen([sys.executable, "-m", "claimtrack.cli", "writer", "--redis", url,
                             "--db", str(db), "--archive", str(archive), "--no-analyse"],
                            cwd=db.parent, env=_env(),
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT)


def start_crawler(url: str, site: str, archive: Path, home: Path, log: Path, run_id: str,
                  extra: dict) -> subprocess.Popen:
    """A remote crawler: its own working folder, the shared archive, no database."""
    home.mkdir(parents=True, exist_ok=True)
    settings = demo_settings(db=home / "unused.db").with_(archive_dir=archive)
    cmd, _ = crawl_command(settings, DEMO_SITE / "sources.yml", site=site, relevance=RELEVANCE,
                           extra=extra, run_id=run_id, redis_url=url, remote=True,
                           log_file=log)
    assert "CLAIMTRACK_DB=" in cmd  # given no database at all
    return subprocess.Popen(cmd, cwd=home, env=_env())


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


SITE = re.compile(r"http://127\.0\.0\.1:\d+")


def site_rows(db: Path, table: str) -> list:
    """The table's rows with the demo site's address as one placeholder: each run serves the
    site on port 8765 when it is free and on any free port otherwise (another process on the
    machine may hold 8765), and the rows must be the same whichever port it got."""
    return [tuple(SITE.sub("http://demo-site", v) if isinstance(v, str) else v for v in r)
            for r in rows(db, table)]


def same_as_single(one: Path, two: Path) -> None:
    for table in TABLES:
        assert site_rows(two, table) == site_rows(one, table), table
    a, b = site_rows(one, "fetches"), site_rows(two, "fetches")
    assert [r for r in a if "/robots.txt" not in r[1]] == [r for r in b if "/robots.txt" not in r[1]]
    assert len(a) == len(b)


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    """A one-process crawl of the demo site on the database's machine: the reference."""
    out = tmp_path_factory.mktemp("single")
    with DemoSite() as site:
        hits = counting(site, [])
        one = demo_settings(db=out / "one.db")
        assert crawl(one, DEMO_SITE / "sources.yml", site=site.url, relevance=RELEVANCE,
                     extra=FAST, log_file=out / "one.log") == 0
        return out / "one.db", Counter(hits)


@pytest.mark.timeout(240)
def test_two_remote_crawlers_and_the_writer(redis_url, single, tmp_path):
    one_db, single_hits = single
    dbhost = tmp_path / "dbhost"
    dbhost.mkdir()
    db, archive = dbhost / "two.db", tmp_path / "shared-archive"
    writer = start_writer(redis_url, db, archive, tmp_path / "writer.log")
    try:
        with DemoSite() as site:
            hits = counting(site, [])
            procs = [start_crawler(redis_url, site.url, archive, tmp_path / f"crawler-{i}",
                                   tmp_path / f"crawler-{i}.log", "remote-test", SHARED)
                     for i in range(2)]
            codes = [p.wait(timeout=180) for p in procs]
    finally:
        stop(writer)
    logs = [(tmp_path / f"crawler-{i}.log").read_text() for i in range(2)]
    assert codes == [0, 0], [log[-2000:] for log in logs]
    assert all(responses(log) > 0 for log in logs), "both crawlers fetched part of the site"
    assert all("the writer stored this crawler's" in log for log in logs)
    twice = {p: n for p, n in hits.items() if n > 1 and p != "/robots.txt"}
    assert twice == {} and set(hits) == set(single_hits)
    # the crawlers opened no database: none in their folders, and each wrote its own WARC file
    assert not [p for i in range(2) for p in (tmp_path / f"crawler-{i}").rglob("*.db*")]
    assert len(list(archive.glob("*.warc.gz"))) == 2
    same_as_single(one_db, db)
    import redis

    assert redis.Redis.from_url(redis_url).keys("claimtrack:crawl:*:inflight:*") == [], \
        "every request taken from the queue was done"
    # a re-applied row changes nothing: the writer keeps how far it applied each stream
    import sqlite3

    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from crawl_inbox").fetchone()[0] == 2
    # the database knows its archive, the one the crawlers wrote into
    from db.connection import archive_of

    assert Path(archive_of(db)).resolve() == archive.resolve()
    conn.close()


def test_remote_crawl_needs_its_archive_and_run_id(tmp_path):
    from claimtrack.cli import cli

    r = CliRunner().invoke(cli, ["crawl", "--redis", "redis://127.0.0.1:1/0", "--run-id", "x"])
    assert r.exit_code != 0 and "needs --archive" in r.output
    r = CliRunner().invoke(cli, ["crawl", "--redis", "redis://127.0.0.1:1/0",
                                 "--archive", str(tmp_path)])
    assert r.exit_code != 0 and "--run-id" in r.output


@pytest.mark.timeout(300)
def test_killed_remote_crawler_loses_and_doubles_nothing(redis_url, single, tmp_path):
    """kill -9 of a remote crawler while it holds requests, then a restart with the same run
    id: the requests it held go back to the queue, what it had received is replayed from the
    archive, and the database equals the single-process crawl's."""
    import redis

    one_db, _ = single
    server = redis.Redis.from_url(redis_url)
    dbhost = tmp_path / "dbhost"
    dbhost.mkdir()
    db, archive = dbhost / "killed.db", tmp_path / "shared-archive"
    run = "remote-kill"
    writer = start_writer(redis_url, db, archive, tmp_path / "writer.log")
    try:
        with DemoSite() as site:
            def crawler(name: str) -> subprocess.Popen:
                return start_crawler(redis_url, site.url, archive, tmp_path / name,
                                     tmp_path / f"{name}.log", run, SLOW)

            victim, other = crawler("victim"), crawler("other")
            held = f"claimtrack:crawl:{run}:news:inflight:*-{victim.pid}-*"
            done = f"claimtrack:remote:run:{run}:done"
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and victim.poll() is None:
                keys = server.keys(held)
                if keys and server.hlen(keys[0]) and server.hlen(done) >= 3:
                    break
                time.sleep(0.05)
            victim.send_signal(signal.SIGKILL)
            victim.wait(10)
            assert keys and server.hlen(keys[0]), "the crawler was killed holding requests"
            restarted = crawler("restarted")
            codes = [p.wait(timeout=200) for p in (other, restarted)]
    finally:
        stop(writer)
    logs = {n: (tmp_path / f"{n}.log").read_text() for n in ("victim", "other", "restarted")}
    assert codes == [0, 0], [log[-2000:] for log in logs.values()]
    assert "requests it held are back in the queue" in logs["other"] + logs["restarted"]
    same_as_single(one_db, db)
    assert server.keys(f"claimtrack:crawl:{run}:*:inflight:*") == []
    # the killed crawler's rows were kept (its stream applied), and the restarted one worked
    import sqlite3

    conn = sqlite3.connect(db)
    streams = [s for (s,) in conn.execute("select stream from crawl_inbox")]
    conn.close()
    assert any(f"-{victim.pid}-" in s for s in streams), streams
    assert responses(logs["restarted"]) + responses(logs["other"]) > 0


def test_rows_a_killed_writer_applied_are_applied_once(redis_url, tmp_path, monkeypatch):
    """A writer killed after its commit and before it deleted the rows from Redis: restarted,
    it applies none of them again (a fetch row applied twice would count two attempts)."""
    import redis

    from claimtrack.records import ArchiveLocation, Article
    from claimtrack.scale import crawlrows
    from db.connection import open_db
    from spiders.remote import OUTS, encode, stream_key

    server = redis.Redis.from_url(redis_url)
    stream = stream_key("test-member")
    rows = [{"id": "f1", "run_id": "r", "url": "http://x.test/a", "status": 200,
             "fetched_at": "2026-01-01T00:00:00Z", "outcome": "fetched", "warc_file": "a.warc.gz",
             "warc_offset": 0, "warc_length": 10, "_new_attempt": True},
            Article(url="http://x.test/a", text="Some text.", title="A", authors=["Jo Writer"],
                    outlet="X", fetch_id="f1", archive=ArchiveLocation("a.warc.gz", 0, 10, "r1")),
            {"id": "f1", "run_id": "r", "url": "http://x.test/a", "outcome": "stored",
             "_new_attempt": False}]
    for row in rows:
        kind, text = encode(row)
        server.xadd(stream, {"k": kind, "v": text})
    server.sadd(OUTS, stream)
    db = open_db(tmp_path / "w.db")
    with monkeypatch.context() as m:  # killed between the commit and the deletion
        m.setattr(redis.client.Pipeline, "xtrim", lambda self, *a, **k: self)
        assert crawlrows.apply_crawls(db, server) == 3
    assert server.xlen(stream) == 3
    before = list(db.query("select * from fetches")), list(db.query("select * from articles"))
    assert before[0][0]["attempts"] == 1 and before[0][0]["outcome"] == "stored"
    assert crawlrows.apply_crawls(db, server) == 0 and server.xlen(stream) == 0
    assert (list(db.query("select * from fetches")), list(db.query("select * from articles"))) == before
    assert server.hget("claimtrack:remote:known", "f1") is not None


def test_crawl_rows_travel_as_plain_json():
    """What a remote crawler sends: JSON of the four kinds of rows, rebuilt as they were;
    anything else is refused."""
    from claimtrack.records import ArchiveLocation, Article, Docket, DocketEntry
    from spiders.remote import decode, encode

    rows = [{"id": "f1", "url": "http://x.test/", "status": None, "_new_attempt": False},
            Article(url="http://x.test/a", text="Text \u2019quoted\u2019.", authors=["A B"],
                    archive=ArchiveLocation("f.warc.gz", 12, 34, "<urn:uuid:1>")),
            Docket(courtlistener_id=7, case_name="A v. B", filed="2025-01-02"),
            DocketEntry(courtlistener_id=8, docket_id=7, date="2025-02-03", entry_number=1,
                        description="Complaint")]
    for row in rows:
        kind, text = encode(row)
        assert decode(kind, text) == row and '"__' not in text
    with pytest.raises(ValueError):
        decode("pickle", "{}")
