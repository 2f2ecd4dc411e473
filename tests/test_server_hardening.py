"""What the public server refuses and what it always sends (issue 14, server side), and
`process` run twice leaving every row as it was.

Everything talks to 127.0.0.1 only. The served process is `claimtrack serve` itself (run as a
subprocess) where the process matters (memory, a read-only database); the rest goes through
Datasette's in-process client.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from db.publish import make_datasette

TRACE_MARKERS = ("Traceback", 'File "', "site-packages", "/tmp/", "/work/", "/root/", "/home/")


def _fetch(settings, paths, headers=None):
    async def go():
        ds = make_datasette(settings)
        out = {}
        for p in paths:
            r = await ds.client.get(p, headers=headers or {})
            out[p] = (r.status_code, r.text, {k.lower(): v for k, v in r.headers.items()})
        return out
    return asyncio.run(go())


def _ids(settings) -> dict:
    c = sqlite3.connect(settings.db)
    one = lambda sql: c.execute(sql).fetchone()[0]
    ids = {"quote": one("select id from quotes where first_article_id is not null limit 1"),
           "entity": one("select speaker_id from quotes where speaker_id is not null limit 1"),
           "article": one("select id from articles where warc_file is not null limit 1")}
    c.close()
    return ids


def _no_leak(body: str) -> bool:
    return not any(m in body for m in TRACE_MARKERS)


def test_unrouted_urls_are_404_without_traceback_or_path(demo_db, capfd):
    name = demo_db.db.stem
    paths = ["/a/b/c/d/e", "/-/entity/a/b", "/-/quote/a/b", f"/{name}/nosuch",
             f"/{name}/quotes/a/b/c", "/-/archive/ffffffffffffffff", "/-/databases.json",
             f"/{name}/quotes/nosuchrow", "/a/b/c/d/e.json"]
    res = _fetch(demo_db, paths)
    for p in paths:
        status, body, _ = res[p]
        assert status == 404, (p, status, body[:300])
        assert _no_leak(body), (p, body[:500])
    # and nothing heavy in the log: no rich traceback, no locals
    err = capfd.readouterr().err
    assert "Traceback" not in err and "locals" not in err.lower(), err[:2000]


def test_no_absolute_path_in_metadata_or_sql(demo_db):
    name = demo_db.db.stem
    paths = ["/-/metadata.json", f"/{name}.json?sql=select+*+from+pragma_database_list",
             f"/{name}.json?sql=select+file+from+pragma_database_list()", "/-/plugins.json",
             f"/{name}.json?sql=select+*+from+nosuch"]
    res = _fetch(demo_db, paths)
    for p in paths:
        assert _no_leak(res[p][1]), (p, res[p][1][:500])
        assert str(demo_db.db.parent) not in res[p][1]


def test_security_headers_on_every_page_type(demo_db):
    name = demo_db.db.stem
    ids = _ids(demo_db)
    pages = ["/", f"/{name}", f"/{name}/articles", f"/{name}/quotes/{ids['quote']}",
             f"/-/quote/{ids['quote']}", f"/-/entity/{ids['entity']}", "/-/feeds/claims.atom",
             f"/{name}/quotes.json", f"/-/archive/{ids['article']}",
             f"/-/archive/{ids['article']}/copy", "/a/b/c/d/e",
             f"/{name}.json?sql=select+*+from+nosuch"]
    res = _fetch(demo_db, pages)
    for p in pages:
        status, _, h = res[p]
        assert status in (200, 400, 404), (p, status)
        assert h.get("x-content-type-options") == "nosniff", p
        assert "frame-ancestors" in h.get("content-security-policy", ""), p
        assert h.get("x-frame-options") == "SAMEORIGIN", p
    # the archived copy (framed in our page with its banner) keeps its sandboxing policy
    assert res[f"/-/archive/{ids['article']}"][0] == 200
    archive = res[f"/-/archive/{ids['article']}/copy"]
    assert archive[0] == 200 and archive[2]["content-security-policy"].startswith("sandbox")


def test_feed_links_come_from_the_base_url_not_the_host_header(demo_db):
    name = demo_db.db.stem
    settings = demo_db.with_(base_url="https://claims.example")
    path = "/-/feeds/claims.atom"
    status, body, _ = _fetch(settings, [path], headers={"host": "evil.example"})[path]
    assert status == 200
    assert "evil.example" not in body and name
    assert re.search(r'<link rel="self" type="application/atom\+xml" href="https://claims\.example/-/feeds/claims\.atom"', body)
    assert re.search(r'<link rel="alternate" type="text/html" href="https://claims\.example/-/quote/', body)


def test_printf_past_the_length_limit_is_a_400(demo_db):
    name = demo_db.db.stem
    big = f"/{name}.json?sql=select+printf('%25.*c',500000000,'x')"
    literal = f"/{name}.json?sql=select+printf('%25500000000c','x')"
    zero = f"/{name}.json?sql=select+zeroblob(500000000)"
    ok = f"/{name}.json?sql=select+format('%25s-%25d-%25.2f','a',3,2.5)+as+v&_shape=array"
    res = _fetch(demo_db, [big, literal, zero, ok])
    for p in (big, literal, zero):
        status, body, _ = res[p]
        assert status == 400 and "too big" in body, (p, status, body[:300])
    assert res[ok][0] == 200 and '"a-3-2.50"' in res[ok][1]


# ------------------------------------------------------------------ served as `claimtrack serve`

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


class Served:
    """`claimtrack serve` in a subprocess (it exec's Datasette, so the pid is the server's)."""

    def __init__(self, db: Path, tmp: Path):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (tmp / f"serve-{self.port}.log").open("w")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from claimtrack.cli import cli; cli()", "serve",
             "--db", str(db), "--port", str(self.port), "--no-warm"],
            stdout=self.log, stderr=subprocess.STDOUT, env=env, cwd=tmp)
        for _ in range(200):
            if self.proc.poll() is not None:
                break
            try:
                urllib.request.urlopen(self.base + "/-/versions.json", timeout=1)
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise AssertionError(f"server did not start: {(tmp / f'serve-{self.port}.log').read_text()[-2000:]}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.log.close()


def test_printf_request_refused_and_memory_stays_bounded(demo_db, tmp_path):
    server = Served(demo_db.db, tmp_path)
    try:
        name = demo_db.db.stem
        status, body = _get(server.base + f"/{name}.json?sql=select+printf('%25.*c',500000000,'x')")
        assert status == 400 and "too big" in body
        # the largest values allowed, as many rows as the time limit lets through
        many = ("with+recursive+r(i)+as+(select+1+union+all+select+i%2B1+from+r+where+i<1000)"
                "+select+printf('%25.*c',30000000,'x')+from+r")
        status, _ = _get(server.base + f"/{name}.json?sql={many}", timeout=60)
        assert status in (200, 400)
        rss = _rss_mb(server.proc.pid)
        assert rss < 500, f"server at {rss:.0f} MB"
        assert _get(server.base + "/")[0] == 200  # and still serving
    finally:
        server.stop()


def test_read_only_database_is_served(demo_db, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    db = ro / "demo.db"
    shutil.copy(demo_db.db, db)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    db.chmod(0o444)
    ro.chmod(0o555)
    try:
        server = Served(db, tmp_path)
        try:
            ids = _ids(demo_db)
            for p in ("/", f"/demo/articles", f"/-/quote/{ids['quote']}"):
                status, body = _get(server.base + p)
                assert status == 200, (p, body[:300])
        finally:
            server.stop()
        assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
        assert not (ro / "demo.db-wal").exists() and not (ro / "demo.db-shm").exists()
    finally:
        ro.chmod(0o755)


# ------------------------------------------------------------------ process twice

def _all_rows(path: Path) -> dict[str, list]:
    """Every row of every table, full-text indexes compared by what they hold (their shadow
    tables' b-tree layout changes with any merge and is not content)."""
    c = sqlite3.connect(path)
    master = c.execute("select name, sql from sqlite_master where type = 'table' "
                       "and name not like 'sqlite_%'").fetchall()
    virtual = [n for n, sql in master if "VIRTUAL TABLE" in (sql or "").upper()]
    tables = sorted(n for n, _ in master
                    if not any(n.startswith(v + "_") for v in virtual))
    rows = {t: sorted(map(repr, c.execute(f"select rowid, * from [{t}]" if t in virtual
                                          else f"select * from [{t}]"))) for t in tables}
    c.close()
    return rows


def test_process_twice_leaves_every_row_as_it_was(demo_db, tmp_path):
    """Re-running `process` with nothing new: every table identical, row for row, column for
    column (it once flipped the origin of the aliases both the gazetteer and the text had)."""
    from claimtrack import jobs

    db = tmp_path / "demo.db"
    shutil.copy(demo_db.db, db)
    settings = demo_db.with_(db_path=db)
    before = _all_rows(db)
    jobs.process(settings)
    after = _all_rows(db)
    assert after.keys() == before.keys()
    changed = {t: (len(before[t]), len(after[t]),
                   sorted(set(before[t]) ^ set(after[t]))[:3])
               for t in before if before[t] != after[t]}
    assert changed == {}
