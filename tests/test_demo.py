"""The demo build end to end: crawled over HTTP, archived, analysed, linked (issue 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from claimtrack.records import ArchiveLocation
from claimtrack.evaluate import score_demo
from spiders.archive import read_record


def test_demo_database_shape(demo_db):
    db = sqlite_utils.Database(demo_db.db)
    assert db["articles"].count >= 30
    assert db.execute("select count(distinct outlet_id) from articles").fetchone()[0] >= 3
    # every article was reached over HTTP from a feed or a sitemap, and is in the archive
    assert db.execute("select count(*) from articles where discovered_via not in ('feed', 'sitemap')"
                      " or url not like 'http://127.0.0.1:%'").fetchone()[0] == 0
    for a in db.query("select * from articles"):
        rec = read_record(demo_db.archive, ArchiveLocation(a["warc_file"], a["warc_offset"],
                                                           a["warc_length"], a["warc_record_id"]))
        assert rec.status == 200 and rec.url == a["url"]
    quotes = db["quotes"].count
    with_speaker = db.execute("select count(*) from quotes where speaker_id is not null").fetchone()[0]
    assert quotes >= 40 and with_speaker / quotes >= 0.8
    # quotes -> entities -> articles, by declared foreign keys, with nothing dangling
    fks = {(fk.column, fk.other_table) for fk in db["quote_appearances"].foreign_keys}
    assert {("quote_id", "quotes"), ("article_id", "articles"), ("speaker_id", "entities")} <= fks
    assert not list(db.execute("PRAGMA foreign_key_check"))
    # the off-topic pages were fetched, judged and dropped, with the reason recorded
    dropped = list(db.query("select url, note from fetches where outcome = 'dropped'"))
    assert dropped and all(d["note"].startswith("dropped") for d in dropped)


def test_syndicated_story_and_repeated_quote(demo_db):
    db = sqlite_utils.Database(demo_db.db)
    stories = db.execute("select story_id, count(*) c from articles group by story_id having c > 1").fetchall()
    assert stories, "the wire story reprinted by two outlets shares one story id"
    repeated = db.execute("select count(*) from quotes where appearances >= 2").fetchone()[0]
    assert repeated >= 1


def test_demo_gold_scores_do_not_regress(demo_db):
    """The demo's hand-written gold set: floors well above a first version, below today's."""
    rows = score_demo().table()
    assert rows["direct"]["recall"] >= 0.9 and rows["direct"]["precision"] >= 0.9
    assert rows["all"]["recall"] >= 0.85 and rows["all"]["speaker_accuracy"] >= 0.8
    assert rows["no_comment"]["recall"] >= 0.85
    assert rows["duplicates"] == 0


def _counts(path) -> dict[str, int]:
    db = sqlite_utils.Database(path)
    return {t: db[t].count for t in db.table_names() if not t.endswith(("_fts", "_data", "_idx", "_docsize", "_config", "_content"))}


def test_second_demo_build_changes_nothing(demo_db):
    """Running the build again on the same database adds no row anywhere."""
    from claimtrack import jobs
    from claimtrack.demo import crawl_demo
    from spiders.demo_server import DemoSite

    before = _counts(demo_db.db)
    # DemoSite takes its fixed port when free, another otherwise; the URLs (so the fetch log's
    # rows) follow the port, so the second build asks the first one's (refused if taken since)
    url = (Path(demo_db.db).parent / "site-url.txt").read_text(encoding="utf-8")
    port = int(url.rsplit(":", 1)[1].strip("/"))
    with DemoSite(port=port) as site:
        assert crawl_demo(demo_db, site.url) == 0
    jobs.process(demo_db)
    assert _counts(demo_db.db) == before


def test_a_named_demo_port_is_taken_or_refused():
    """Given a port that is busy, DemoSite refuses instead of serving elsewhere (other URLs
    would make other rows, and a second build would add them)."""
    import socket

    from spiders.demo_server import DemoSite

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(OSError):
            DemoSite(port=busy.getsockname()[1])


def test_rebuild_from_archive_gives_the_same_rows(demo_db, tmp_path):
    """`claimtrack rebuild`: the articles (and their analysis) from the WARC archive alone."""
    from claimtrack import jobs
    from claimtrack.config import RELEVANCE

    out = tmp_path / "rebuilt.db"
    jobs.rebuild(demo_db, out, relevance_file=RELEVANCE)
    cols = ("id, url, canonical_url, outlet_id, title, published, updated, fetched_at, language, "
            "text, source, discovered_via, relevance, story_id, warc_file, warc_offset, warc_length, "
            "first_fetched_at")
    q = f"select {cols} from articles order by id"
    a = list(sqlite_utils.Database(demo_db.db).query(q))
    b = list(sqlite_utils.Database(out).query(q))
    assert a == b and len(a) >= 30
    for t in ("quotes", "quote_appearances", "claims", "no_comments", "mentions"):
        assert sqlite_utils.Database(out)[t].count == sqlite_utils.Database(demo_db.db)[t].count, t
