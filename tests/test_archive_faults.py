"""A damaged archive: each record is its own gzip member, so a damaged one costs only itself.
``rebuild`` skips it, reads on, says what was lost and exits non-zero (issue 14, item 8)."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys

import pytest

from claimtrack.config import REPO_ROOT
from claimtrack.rebuild import ArchiveDamaged, _missing
from db.writer import open_db, upsert_article
from spiders.archive import WarcArchive, iter_archive
from spiders.extract import Origin, article_from_response
from tests.sites import article_html

N = 12
HEADERS = [("Content-Type", "text/html; charset=utf-8")]


@pytest.fixture
def archive(tmp_path):
    """An archive of N article pages written as the crawl writes them, and the database the
    crawl would have stored them in (for the rebuild to compare with)."""
    rng = random.Random(8)
    arch = WarcArchive(tmp_path / "archive")
    db = open_db(tmp_path / "orig.db")
    for i in range(N):
        url = f"http://127.0.0.1:9/story/{i}.html"
        body = article_html(i, rng).encode()
        loc = arch.write_response(url, 200, "OK", HEADERS, body, "2026-03-01T00:00:00Z",
                                  meta={"source": "generated", "via": "feed",
                                        "domains": "generated.example"})
        resp = type("R", (), {"url": url, "body": body})()
        upsert_article(db, article_from_response(
            resp, Origin(source="generated", archive=loc, domains=("generated.example",)),
            "text/html; charset=utf-8"))
    arch.close()
    db.close()
    return tmp_path / "archive", arch.path, tmp_path / "orig.db"


def _urls(directory, damage=None):
    return [r.url.rsplit("/", 1)[-1] for r in iter_archive(directory, damage=damage)]


def test_corrupted_bytes_cost_only_their_record(archive):
    directory, warc, _ = archive
    data = bytearray(warc.read_bytes())
    at = len(data) // 2
    data[at:at + 64] = bytes(random.Random(1).randrange(256) for _ in range(64))
    warc.write_bytes(bytes(data))
    damage = []
    read = _urls(directory, damage)
    assert len(read) == N - 1 and len(damage) == 1
    assert damage[0].offset <= at < damage[0].offset + damage[0].length
    assert "corrupted" in damage[0].reason
    assert damage[0].url is None or damage[0].url.endswith(".html")
    assert read == [f"{i}.html" for i in range(N) if f"{i}.html" in read]  # order kept


def test_a_truncated_file_keeps_every_whole_record(archive):
    directory, warc, _ = archive
    data = warc.read_bytes()
    warc.write_bytes(data[:int(len(data) * 0.6)])
    damage = []
    read = _urls(directory, damage)
    assert 0 < len(read) < N and len(damage) == 1
    assert "truncated" in damage[0].reason and damage[0].url  # the cut record is named
    assert read == [f"{i}.html" for i in range(len(read))]


def test_damage_and_missing_articles_are_reported(archive, tmp_path):
    directory, warc, orig = archive
    data = bytearray(warc.read_bytes())
    data[len(data) // 3:len(data) // 3 + 64] = b"\0" * 64
    warc.write_bytes(bytes(data))
    damage = []
    read = {(r.location.warc_file, r.location.offset) for r in iter_archive(directory, damage=damage)}
    lost = _missing(orig, tmp_path / "new.db", read)
    assert len(lost) == 1 and lost[0].startswith("http://127.0.0.1:9/story/")
    assert damage[0].url == lost[0] or damage[0].url is None


def _rebuild(tmp_path, directory, orig) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack.cli", "rebuild", "--db", str(orig), "--archive",
         str(directory), "--out", str(tmp_path / "rebuilt.db"), "--no-relevance"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO_ROOT)})


@pytest.mark.parametrize("damage", ["truncated", "corrupted"])
def test_rebuild_of_a_damaged_archive_exits_non_zero_and_names_the_loss(archive, tmp_path, damage):
    directory, warc, orig = archive
    data = bytearray(warc.read_bytes())
    if damage == "truncated":
        data = data[:len(data) - 200]  # the last record cut short
    else:  # 64 random bytes inside the last record
        at = len(data) - 600
        data[at:at + 64] = bytes(random.Random(3).randrange(256) for _ in range(64))
    warc.write_bytes(bytes(data))
    proc = _rebuild(tmp_path, directory, orig)
    assert proc.returncode != 0
    assert "could not be read in full; 11 articles rebuilt" in proc.stderr, proc.stderr[-2000:]
    assert damage in proc.stderr and "story/11.html" in proc.stderr
    assert "Traceback" not in proc.stderr
    import sqlite3
    assert sqlite3.connect(tmp_path / "rebuilt.db").execute(
        "select count(*) from articles").fetchone()[0] == N - 1
    from db.connection import recorded_archive  # the rebuilt database shows its archived copies
    assert recorded_archive(tmp_path / "rebuilt.db") == directory.resolve()


def test_rebuild_without_an_archive_exits_non_zero(tmp_path, settings):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = _rebuild(tmp_path, empty, tmp_path / "none.db")
    assert proc.returncode != 0 and "no WARC archive at" in proc.stderr
    assert "Traceback" not in proc.stderr
    from claimtrack import jobs
    with pytest.raises(ArchiveDamaged):
        jobs.rebuild(settings.with_(archive_dir=tmp_path / "missing"), tmp_path / "x.db")
