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
    rows = list(db.query("select speaker, statement, words from who_said_what"))
    assert any(r["speaker"] == "Mara Ellison" for r in rows)
    # a statement reads speaker, verb, words: never the words alone under a name
    assert all(r["statement"].startswith(r["speaker"] + " ") and r["words"] in r["statement"]
               for r in rows if r["speaker"])
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


# ---------------------------------------------------------------- first appearance (issue 13)

WIRE = ("PORT CALDER, Aug 6 (Meridian Wire) — A judge refused on Thursday to throw out the core "
        "of the publisher's copyright lawsuit against the AI developer, allowing the publisher to "
        "pursue claims that the developer copied its articles to train its models.\n"
        "The judge dismissed two of the five claims but said the central claim was plausibly "
        "alleged and should be tested at trial, in a ruling that lawyers said would be watched.")


def _copies(settings, order, times):
    """Two outlets' copies of one wire story, stored (fetched) in ``order``, one quote each."""
    from claimtrack.records import Analysis, Quote

    db = writer.open_db(settings.db)
    start = WIRE.index("the central claim")
    end = WIRE.index(" and should")
    for n, i in enumerate(order):
        outlet, url = [("Harbor Ledger", "https://ledger.example/w"),
                       ("Calder Dispatch", "https://dispatch.example/w")][i]
        art = Article(url=url, canonical_url=url, text=WIRE, title=f"Ruling {outlet}",
                      outlet=outlet, published="2026-08-06", published_at=times[i],
                      fetched_at=f"2026-12-05T10:00:0{n}Z")
        aid = writer.upsert_article(db, art)
        write_analysis(db, aid, Analysis(source=aid, article=art, quotes=[Quote(
            text=WIRE[start:end], kind="indirect", start=start, end=end, cue="said")]),
            published="2026-08-06")
    finalize(db)
    return db


def _firsts(db):
    return (list(db.query("select id, story_id, story_origin, is_copy, credit from articles order by id")),
            list(db.query("select first_article_id, first_seen, first_tied from quotes")))


def test_first_appearance_does_not_follow_fetch_order(tmp_path, settings):
    """Story id, story origin and a quote's first appearance are the same whichever copy the
    crawl fetched first; the earlier publication minute wins; a wire credit names the origin."""
    times = ("2026-08-06T16:40Z", "2026-08-06T16:05Z")
    one = _firsts(_copies(settings.with_(db_path=tmp_path / "a.db"), (0, 1), times))
    two = _firsts(_copies(settings.with_(db_path=tmp_path / "b.db"), (1, 0), times))
    assert one == two
    articles, (quote,) = one
    dispatch = next(a for a in articles if a["id"] == quote["first_article_id"])
    assert quote["first_seen"] == "2026-08-06T16:05Z" and quote["first_tied"] == 0
    assert {a["story_id"] for a in articles} == {dispatch["id"]}
    assert all(a["story_origin"] == "Meridian Wire" and a["is_copy"] == 1 for a in articles)


def test_same_minute_is_a_tie_said_in_sql(tmp_path, settings):
    db = _copies(settings.with_(db_path=tmp_path / "t.db"), (1, 0), ("2026-08-06T16:05Z",) * 2)
    (quote,) = db.query("select first_tied from quotes")
    assert quote["first_tied"] == 1
    marks = sorted(r["first"] for r in db.query("select first from first_appearances"))
    assert marks == ["first", "tied for first"]


def test_statement_verbs_and_joiners():
    from db.statements import joiner, sentence, verb

    assert verb("denied") == "denied" and verb("according to") == "said"
    assert verb("accusations") == "alleged" and verb(None) == "said" and verb("saying") == "said"
    assert joiner("direct", "We will appeal") == ": "
    assert joiner("indirect", "the model was copied") == " that "
    assert joiner("indirect", "whether it would appeal") == " "
    assert sentence("Orrin Systems", "denied", " that ", "it copied Ember", "indirect") == \
        "Orrin Systems denied that it copied Ember"
