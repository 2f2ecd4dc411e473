"""The published database, queried through Datasette's own test client."""

from __future__ import annotations

import asyncio
import html
import os
import json

import pytest

from db.publish import make_datasette


def fetch_all(settings, paths: list[str]) -> dict[str, tuple[int, str, dict]]:
    async def go():
        ds = make_datasette(settings)
        out = {}
        for p in paths:
            r = await ds.client.get(p)
            out[p] = (r.status_code, r.text, dict(r.headers))
        return out
    return asyncio.run(go())


def test_demo_in_datasette(demo_db):
    name = demo_db.db.stem
    quote_sql = ("select q.id, q.text, e.name as speaker from quotes q join entities e "
                 "on e.id = q.speaker_id order by q.appearances desc, q.id limit 5")
    paths = [
        f"/{name}/quotes.json?_shape=array&_size=5",
        f"/{name}.json?sql=" + quote_sql.replace(" ", "+") + "&_shape=array",
        f"/{name}/who_said_what",
        f"/{name}/articles",
        "/-/metadata.json",
    ]
    res = fetch_all(demo_db, paths)
    for p in paths:
        assert res[p][0] == 200, (p, res[p][1][:500])
    rows = json.loads(res[paths[1]][1])
    assert len(rows) == 5 and all(r["speaker"] for r in rows)
    # the HTML page lists the same rows, escaped
    page = res[f"/{name}/who_said_what"][1]
    assert html.escape(rows[0]["speaker"]) in page or rows[0]["speaker"] in page
    meta = json.loads(res["/-/metadata.json"][1])
    tables = meta["databases"][name]["tables"]
    for t in ("articles", "quotes", "entities", "quote_appearances", "fetches"):
        assert tables[t]["description"] and tables[t]["columns"]


def test_quote_page_and_archive(demo_db):
    import sqlite_utils

    db = sqlite_utils.Database(demo_db.db)
    q = next(db.query("select id, text from quotes where speaker_id is not null "
                      "and first_article_id is not null limit 1"))
    art = next(db.query("select article_id from quote_appearances where quote_id = ?", [q["id"]]))
    res = fetch_all(demo_db, [f"/-/quote/{q['id']}", f"/-/archive/{art['article_id']}",
                              "/-/quote/ffffffffffffffff"])
    status, body, _ = res[f"/-/quote/{q['id']}"]
    assert status == 200
    assert 'id="quote-in-context"' in body and html.escape(q["text"], quote=False)[:40] in body
    assert 'id="archive-link"' in body and 'id="speaker-link"' in body
    status, body, headers = res[f"/-/archive/{art['article_id']}"]
    assert status == 200 and "FICTION" in body
    assert "sandbox" in headers["content-security-policy"]
    assert res["/-/quote/ffffffffffffffff"][0] == 404


CANNED = {  # query -> parameters that must return rows on the demo database
    "who_said_what_about": {"entity": "Corvane"},
    "quotes_by_speaker": {"speaker": "Ashdown"},
    "quote_trail": {"quote": "substitution"},
    "dispute_claims_timeline": {"dispute": "Kestrow"},
    "who_declined_to_comment": {},
    "outlets_that_ran_a_story": {"headline": "Kestrow"},
    "claims_by_stance_over_time": {},
    "search_quotes": {"q": "licence"},
}


def test_every_canned_query_returns_rows(demo_db):
    from urllib.parse import urlencode

    name = demo_db.db.stem
    paths = {q: f"/{name}/{q}.json?_shape=objects&" + urlencode(p) for q, p in CANNED.items()}
    res = fetch_all(demo_db, list(paths.values()))
    for q, p in paths.items():
        status, body, _ = res[p]
        assert status == 200, (q, body[:300])
        data = json.loads(body)
        assert data["rows"], f"{q} returned no rows: {p}"
        assert data["query_ms"] < 200, (q, data["query_ms"])


def test_atom_feed_of_new_claims_is_valid(demo_db):
    """The feed of new claims (db/plugins/claimtrack_feeds.py; tests/test_feeds_cite.py checks
    RFC 4287 element by element); the old canned-query feed's URL redirects to it."""
    import feedparser

    name = demo_db.db.stem
    res = fetch_all(demo_db, ["/-/feeds/claims.atom", f"/{name}/new_claims.atom"])
    status, body, headers = res["/-/feeds/claims.atom"]
    assert status == 200
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries and all("/-/quote/" in e.link for e in feed.entries)
    assert res[f"/{name}/new_claims.atom"][0] == 301


def test_entity_and_dispute_pages_and_robots(demo_db):
    import sqlite_utils

    db = sqlite_utils.Database(demo_db.db)
    speaker = next(db.query("select speaker_id from quotes where speaker_id is not null "
                            "group by speaker_id order by count(*) desc limit 1"))["speaker_id"]
    dispute = next(db.query("select dispute_id from claims where dispute_id is not null limit 1"))["dispute_id"]
    res = fetch_all(demo_db, [f"/-/entity/{speaker}", f"/-/dispute/{dispute}", "/robots.txt",
                              "/-/search?q=licence", f"/{demo_db.db.stem}.db"])
    status, body, _ = res[f"/-/entity/{speaker}"]
    assert status == 200 and 'id="entity-name"' in body and "/-/quote/" in body
    status, body, _ = res[f"/-/dispute/{dispute}"]
    assert status == 200 and '<svg id="timeline"' in body and 'class="party"' in body
    assert res["/robots.txt"][1].splitlines() == ["User-agent: *", "Allow: /$", "Disallow: /"]
    assert res["/-/search?q=licence"][0] == 200
    assert res[f"/{demo_db.db.stem}.db"][0] == 200  # the database is downloadable


def test_publish_bundle_serves_on_its_own(demo_db, tmp_path):
    """`claimtrack publish`: the bundle's own files serve the quote and archive pages."""
    import sqlite_utils
    from datasette.app import Datasette

    from db.publish import build_bundle

    out = build_bundle(demo_db, tmp_path / "bundle")
    for f in ("demo.db", "metadata.json", "requirements.txt", "run.sh", "templates/quote.html",
              "plugins/claimtrack_pages.py"):
        assert (out / f).exists(), f
    meta = json.loads((out / "metadata.json").read_text())
    assert meta["plugins"]["claimtrack"]["archive_dir"] == "archive"
    qa = next(sqlite_utils.Database(out / "demo.db").query(
        "select quote_id, article_id from quote_appearances limit 1"))
    cwd = os.getcwd()
    os.chdir(out)  # run.sh serves from the bundle's directory
    try:
        async def go():
            ds = Datasette(immutables=["demo.db"], metadata=meta, template_dir="templates",
                           plugins_dir="plugins")
            a = await ds.client.get(f"/-/quote/{qa['quote_id']}")
            b = await ds.client.get(f"/-/archive/{qa['article_id']}")
            return a.status_code, b.status_code, b.text
        sa, sb, body = asyncio.run(go())
    finally:
        os.chdir(cwd)
    assert sa == 200 and sb == 200 and "FICTION" in body
