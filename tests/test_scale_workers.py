"""Analysis workers on Celery and one writer (claimtrack/scale/, issue 15).

The session's demo crawl (tests/conftest.py ``demo_db``) is reused: as it was before
`claimtrack process` analysed it and as process left it. Copies of the first are analysed by
two workers and the writer. Their databases must be equal row for row (but for
``analysed_at``, the clock), also after a worker and then the writer were killed with SIGKILL
half-way and restarted.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimtrack.config import REPO_ROOT

pytestmark = pytest.mark.timeout(300)

SKIP = {"analysed_at", "updated"}  # when a row was written: the clock, not content
VISIBILITY = "4"  # seconds before a task a dead worker held goes to another (default 600)


def table_rows(path: Path) -> dict[str, list]:
    """Every row of every table but the clock columns, full-text indexes by what they hold (as
    tests/test_server_hardening.py's ``_all_rows`` compares re-runs of `process`)."""
    c = sqlite3.connect(path)
    master = c.execute("select name, sql from sqlite_master where type = 'table' "
                       "and name not like 'sqlite_%'").fetchall()
    virtual = [n for n, sql in master if "VIRTUAL TABLE" in (sql or "").upper()]
    out = {}
    for t in sorted(n for n, _ in master if not any(n.startswith(v + "_") for v in virtual)):
        cols = [r[1] for r in c.execute(f"pragma table_info([{t}])") if r[1] not in SKIP]
        what = "rowid, *" if t in virtual else ", ".join(f"[{x}]" for x in cols)
        out[t] = sorted(map(repr, c.execute(f"select {what} from [{t}]")))
    c.close()
    return out


def differences(a: Path, b: Path) -> dict:
    ra, rb = table_rows(a), table_rows(b)
    assert ra.keys() == rb.keys()
    return {t: (len(ra[t]), len(rb[t]), sorted(set(ra[t]) ^ set(rb[t]))[:2])
            for t in ra if ra[t] != rb[t]}


@pytest.fixture(scope="module")
def crawled(demo_db, tmp_path_factory):
    """The session's demo crawl (tests/conftest.py) as it was before `claimtrack process`
    analysed it, and as process left it: reused, not crawled and analysed once more."""
    out = Path(demo_db.db).parent
    return {"db": out / "snapshot-crawled.db", "archive": demo_db.archive,
            "process": out / "snapshot-processed.db", "dir": tmp_path_factory.mktemp("scale")}


def _env() -> dict:
    return {**os.environ, "CLAIMTRACK_VISIBILITY_TIMEOUT": VISIBILITY,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}


def cli(*args, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "claimtrack.cli", *args], cwd=REPO_ROOT,
                            env=_env(), stdout=open(log, "ab"), stderr=subprocess.STDOUT)


def start_worker(url: str, archive: Path, log: Path) -> subprocess.Popen:
    return cli("worker", "--redis", url, "--archive", str(archive), log=log)


def writer(url: str, db: Path, log: Path, *extra) -> subprocess.Popen:
    return cli("writer", "--redis", url, "--db", str(db), "--demo-gazetteer", "--once", *extra, log=log)


@pytest.fixture(scope="module")
def workers(redis_server, crawled):
    redis_server.flush()
    logs = crawled["dir"]
    procs = [start_worker(redis_server.url, crawled["archive"], logs / f"worker-{i}.log") for i in range(2)]
    yield procs
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(20)
        except subprocess.TimeoutExpired:
            p.kill()


def test_two_workers_and_a_writer_equal_process(redis_server, crawled, workers, tmp_path):
    db = tmp_path / "scaled.db"
    shutil.copy(crawled["db"], db)
    w = writer(redis_server.url, db, tmp_path / "writer.log")
    assert w.wait(240) == 0, (tmp_path / "writer.log").read_text()[-3000:]
    text = (tmp_path / "writer.log").read_text()
    assert "analyses written" in text
    assert differences(crawled["process"], db) == {}
    logs = [(crawled["dir"] / f"worker-{i}.log").read_text() for i in range(2)]
    assert all("succeeded" in log for log in logs), "both workers analysed articles"
    assert all(log.count("loading the pipeline") == 1 for log in logs), "loaded once per process"


def test_killed_worker_and_writer_lose_and_double_nothing(redis_server, crawled, workers, tmp_path):
    import redis

    server = redis.Redis.from_url(redis_server.url)
    db = tmp_path / "killed.db"
    shutil.copy(crawled["db"], db)
    total = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
    w = writer(redis_server.url, db, tmp_path / "writer-1.log", "--batch", "3")
    # a worker killed mid-task: it holds a task it has not acknowledged
    victim = workers[0]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        keys = server.keys("claimtrack:results:*")
        if keys and server.hlen(keys[0]) >= 3 and server.hlen("unacked"):
            break
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(10)
    assert server.hlen("unacked") >= 1, "the killed worker held a task"
    workers[0] = start_worker(redis_server.url, crawled["archive"], crawled["dir"] / "worker-2.log")
    # the writer killed half-way through its batches
    analysed = 0
    while time.monotonic() < deadline + 120 and w.poll() is None:
        conn = sqlite3.connect(db, timeout=30)
        analysed = conn.execute("select count(*) from articles where analysed_at is not null").fetchone()[0]
        conn.close()
        if 0 < analysed < total:
            break
        time.sleep(0.01)
    w.send_signal(signal.SIGKILL)
    w.wait(10)
    assert 0 < analysed < total, "the writer was killed before or after writing, not during"
    again = writer(redis_server.url, db, tmp_path / "writer-2.log")
    assert again.wait(240) == 0, (tmp_path / "writer-2.log").read_text()[-3000:]
    assert "resuming round" in (tmp_path / "writer-2.log").read_text()
    assert differences(crawled["process"], db) == {}
    assert not server.keys("claimtrack:results:*") and not server.exists("claimtrack:writer:round")
