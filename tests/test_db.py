"""The database: schema, foreign keys, idempotent writes."""

from __future__ import annotations

from claimtrack.records import Article
from db import writer
from db.analysis import write_analysis
from db.finalize import finalize
from db.schema import FTS, TABLES, VIEWS
from db.seed import seed_entities
from nlp.gazetteer import Gazetteer
from nlp.pipeline import analyse
from tests.conftest import ARTICLE_1


def _write(settings, nlp):
    db = writer.open_db(settings.db)
    seed_entities(db, Gazetteer.load(settings.gazetteers).entities.values())
    art = Article(url="http://127.0.0.1/a", canonical_url="https://ledger.example/a",
                  text="\n".join(ARTICLE_1), title="T", outlet="Harbor Ledger",
                  published="2026-03-04", authors=["Jo Bright"])
    aid = writer.upsert_article(db, art)
    for a in analyse(nlp, [(art, aid)]):  # the analysis decides the entity ids; db stores them
        assert all(e.id for e in a.entities if e.label in ("PERSON", "ORG"))
        write_analysis(db, aid, a, published="2026-03-04")
    finalize(db)
    return db


def test_schema_has_every_table_view_fk_and_fts(settings):
    db = writer.open_db(settings.db)
    assert set(TABLES) <= set(db.table_names())
    assert set(VIEWS) <= set(db.view_names())
    for t in FTS:
        assert db.table(t).detect_fts()
    fks = {(fk.table, fk.column, fk.other_table) for fk in db.table("quotes").foreign_keys}
    assert ("quotes", "speaker_id", "entities") in fks
    assert {fk.other_table for fk in db.table("quote_appearances").foreign_keys} >= {"quotes", "articles"}


def test_writes_are_idempotent_and_linked(settings, nlp):
    db = _write(settings, nlp)
    counts = {t: db.table(t).count for t in TABLES}
    assert counts["quotes"] >= 2 and counts["mentions"] > 0
    _write(settings, nlp)
    assert {t: db.table(t).count for t in TABLES} == counts
    assert not list(db.execute("PRAGMA foreign_key_check"))
    rows = list(db.query("select speaker, quote from who_said_what"))
    assert any(r["speaker"] == "Mara Ellison" for r in rows)
    hits = list(db.query("select rowid from quotes_fts where quotes_fts match 'evidence'"))
    assert hits


def test_story_signatures_are_stored_once_and_follow_text_changes(settings):
    from db.stories import from_signature, minhash

    db = writer.open_db(settings.db)
    body = " ".join(f"word{i}" for i in range(60))
    art = Article(url="http://127.0.0.1/s", canonical_url="https://ledger.example/s", text=body)
    aid = writer.upsert_article(db, art)
    blob = db.table("story_signatures").get(aid)["minhash"]
    assert from_signature(blob).jaccard(minhash(body)) == 1.0
    art.text = body.replace("word5 ", "other ")
    writer.upsert_article(db, art)
    assert db.table("story_signatures").get(aid)["minhash"] != blob
    db.execute("delete from story_signatures")  # a database from before signatures were kept
    finalize(db)
    assert db.table("story_signatures").count == 1


def test_warm_cache_reads_the_file_and_skips_one_too_big(tmp_path):
    from db.publish import warm_cache

    path = tmp_path / "x.db"
    path.write_bytes(b"\0" * (3 << 20))
    assert warm_cache(path, chunk=1 << 20)[0] == 3 << 20
    assert warm_cache(path, max_fraction=1e-12)[0] == 0  # over the share of free memory: skipped
