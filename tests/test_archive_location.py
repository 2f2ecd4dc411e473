"""Each database keeps its own archive (issue 14, item 9): two databases crawled from one folder
never mix their WARCs, the crawl records where the archive lies, and every command given only
``--db`` (or an explicit ``--archive``) reads that one."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from claimtrack.cli import _settings, cli
from db.connection import archive_of, open_db, record_archive, recorded_archive
from spiders.archive import iter_archive
from spiders.demo_server import DemoSite


def _archived_fetches(db) -> int:
    c = sqlite3.connect(db)
    try:
        return c.execute("select count(*) from fetches where warc_file is not null").fetchone()[0]
    finally:
        c.close()


def test_two_databases_crawled_from_one_folder_keep_their_own_archives(site_root, tmp_path,
                                                                       monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMTRACK_ARCHIVE", raising=False)
    sources = tmp_path / "sources.yml"
    with DemoSite(site_root) as site:
        sources.write_text((site_root / "sources.yml").read_text(encoding="utf-8")
                           .replace("{{SITE}}", site.url), encoding="utf-8")
        for name in ("a", "b"):
            res = CliRunner().invoke(cli, ["crawl", "--db", f"data/{name}.db", "--sources",
                                           str(sources), "--no-relevance"])
            assert res.exit_code == 0, res.output
    data = tmp_path / "data"
    assert not (data / "archive").exists()  # the old shared default is not used
    for name in ("a", "b"):
        own = data / f"{name}-archive"
        assert recorded_archive(data / f"{name}.db") == own.resolve()
        records = list(iter_archive(own))
        # every record of the folder is one of this database's fetches, and nothing else's
        assert records and len(records) == _archived_fetches(data / f"{name}.db"), name
        assert _settings(str(data / f"{name}.db")).archive == own.resolve()


def test_an_explicit_archive_wins_and_a_crawl_may_not_split_one(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_ARCHIVE", raising=False)
    db_path = tmp_path / "a.db"
    db = open_db(db_path)
    record_archive(db, tmp_path / "kept")
    db.conn.close()
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "x.warc.gz").write_bytes(b"")
    assert _settings(str(db_path), archive=str(tmp_path / "other")).archive == tmp_path / "other"
    sources = tmp_path / "sources.yml"
    sources.write_text("sources:\n  - name: x\n    urls: ['http://127.0.0.1:9/x']\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["crawl", "--db", str(db_path), "--archive", str(tmp_path / "other"),
                                   "--sources", str(sources)])
    assert res.exit_code != 0 and "would split it" in res.output, res.output
    assert "Traceback" not in res.output and not (tmp_path / "other").exists()
    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "--archive" in help_text


def test_a_database_crawled_before_archives_were_recorded_keeps_the_shared_one(tmp_path):
    """An older database (no `settings` row) whose fetches name WARC files in the old shared
    data/archive still finds them there; a new one gets its own."""
    legacy = tmp_path / "archive"
    legacy.mkdir()
    (legacy / "claimtrack-1.warc.gz").write_bytes(b"")
    old = open_db(tmp_path / "old.db")
    old["fetches"].insert({"id": "f1", "url": "http://127.0.0.1:9/", "warc_file": "claimtrack-1.warc.gz"},
                          alter=True)
    old.conn.close()
    new = open_db(tmp_path / "new.db")
    new.conn.close()
    assert archive_of(tmp_path / "old.db", legacy=legacy) == legacy
    assert archive_of(tmp_path / "new.db", legacy=legacy) == tmp_path / "new-archive"
    assert archive_of(tmp_path / "none.db", legacy=legacy) == tmp_path / "none-archive"


@pytest.mark.parametrize("value", ["", "not a url", "ftp://x.example"])
def test_publish_needs_a_base_url(demo_db, tmp_path, monkeypatch, value):
    """A deployed bundle whose feed links pointed at localhost would look fine locally and be
    broken everywhere else: `publish` asks where the public will reach it."""
    monkeypatch.delenv("CLAIMTRACK_BASE_URL", raising=False)
    args = ["publish", "--db", str(demo_db.db), "--out", str(tmp_path / "b")]
    res = CliRunner().invoke(cli, args + (["--base-url", value] if value else []))
    assert res.exit_code != 0 and "--base-url" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "b").exists()


def test_publish_writes_the_base_url_and_the_database_own_archive(demo_db, tmp_path, monkeypatch):
    import json

    monkeypatch.delenv("CLAIMTRACK_BASE_URL", raising=False)
    res = CliRunner().invoke(cli, ["publish", "--db", str(demo_db.db), "--out", str(tmp_path / "b"),
                                   "--base-url", "https://claims.example"])
    assert res.exit_code == 0, res.output
    meta = json.loads((tmp_path / "b" / "metadata.json").read_text(encoding="utf-8"))
    assert meta["plugins"]["claimtrack"]["base_url"] == "https://claims.example"
    assert sorted(p.name for p in (tmp_path / "b" / "archive").iterdir()) == \
        sorted(p.name for p in demo_db.archive.iterdir())
