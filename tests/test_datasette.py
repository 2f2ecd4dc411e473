"""The published database, queried through Datasette's own test client."""

from __future__ import annotations

import asyncio
import html
import os
import json

import pytest

from tests.conftest import fetch_pages



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
    res = fetch_pages(demo_db, paths)
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
    aid = art["article_id"]
    paths = [f"/-/quote/{q['id']}", f"/-/archive/{aid}?quote={q['id']}",
             f"/-/archive/{aid}/copy?quote={q['id']}", "/-/quote/ffffffffffffffff",
             "/-/archive/ffffffffffffffff", "/-/archive/ffffffffffffffff/copy"]
    res = fetch_pages(demo_db, paths)
    status, body, _ = res[paths[0]]
    assert status == 200
    assert 'id="quote-in-context"' in body and html.escape(q["text"], quote=False)[:40] in body
    assert 'id="archive-link"' in body and 'id="speaker-link"' in body
    # the archived copy: our banner (URL, fetch time, WARC record, a way back) around a frame
    status, body, _ = res[paths[1]]
    row = next(db.query("select url, warc_record_id, warc_file from articles where id = ?", [aid]))
    assert status == 200 and 'id="archive-banner"' in body
    assert html.escape(row["warc_record_id"]) in body and os.path.basename(row["warc_file"]) in body
    assert f'href="/-/quote/{q["id"]}?article={aid}"' in body and 'sandbox=""' in body
    assert 'id="archive-fetched"' in body and 'id="archive-url"' in body
    # ... the copy itself, sandboxed, with the quote marked
    status, body, headers = res[paths[2]]
    assert status == 200 and "FICTION" in body and 'id="claimtrack-quote"' in body
    assert "sandbox" in headers["content-security-policy"]
    for p in paths[4:]:  # no copy: a short message that names no path
        assert res[p][0] == 404 and "/" not in res[p][1]
    assert res["/-/quote/ffffffffffffffff"][0] == 404


CANNED = {  # query -> parameters that must return rows on the demo database
    "who_said_what_about": {"entity": "Corvane"},
    "quotes_by_speaker": {"speaker": "Ashdown"},
    "quote_trail": {"q": "substitution"},
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
    res = fetch_pages(demo_db, list(paths.values()))
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
    res = fetch_pages(demo_db, ["/-/feeds/claims.atom", f"/{name}/new_claims.atom"])
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
    res = fetch_pages(demo_db, [f"/-/entity/{speaker}", f"/-/dispute/{dispute}", "/robots.txt",
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
            b = await ds.client.get(f"/-/archive/{qa['article_id']}/copy")
            return a.status_code, b.status_code, b.text
        sa, sb, body = asyncio.run(go())
    finally:
        os.chdir(cwd)
    assert sa == 200 and sb == 200 and "FICTION" in body


# ---------------------------------------------------------------- the journalist's path (issue 13)

def test_a_denied_accusation_reads_as_a_denial_linked_to_the_accusation(demo_db):
    import sqlite_utils

    db = sqlite_utils.Database(demo_db.db)
    pair = next(db.query(
        "select qa.quote_id, qa.article_id, qa.verb, qa.answers_quote_id, e.name as speaker "
        "from quote_appearances qa join entities e on e.id = qa.speaker_id "
        "join claims c on c.quote_id = qa.quote_id and c.article_id = qa.article_id "
        "where qa.answers_how = 'text' and c.stance = 'denial' limit 1"))
    denial, accusation = f"/-/quote/{pair['quote_id']}", f"/-/quote/{pair['answers_quote_id']}"
    res = fetch_pages(demo_db, [denial, accusation])
    body = res[denial][1]
    lead = body[body.index('id="statement"'):body.index("</p>", body.index('id="statement"'))]
    # the speaker, then the verb the article used, then the words: never the words alone
    assert lead.index(html.escape(pair["speaker"])) < lead.index(f">{pair['verb']}</strong>") \
        < lead.index('id="quote-text"')
    assert pair["verb"] == "denied"
    assert 'class="ct-stance ct-stance-denial"' in body and 'id="machine-read"' in body
    assert 'id="answers"' in body and f'href="{accusation}' in body
    assert 'id="answered-by"' in res[accusation][1] and f'href="{denial}' in res[accusation][1]


def test_pages_show_statements_with_their_verb(demo_db):
    import sqlite_utils

    db = sqlite_utils.Database(demo_db.db)
    entity = next(db.query("select speaker_id from quote_appearances group by speaker_id "
                           "order by count(*) desc limit 1"))["speaker_id"]
    dispute = next(db.query("select id from disputes where id in (select dispute_id from "
                            "no_comments) limit 1"))["id"]
    name = demo_db.db.stem
    paths = ["/", f"/-/entity/{entity}", f"/-/dispute/{dispute}",
             f"/{name}/who_said_what.csv?_size=max", f"/{name}/who_said_what_about?entity=Orrin"]
    res = fetch_pages(demo_db, paths)
    assert all(res[p][0] == 200 for p in paths), [(p, res[p][0]) for p in paths]
    n = db.execute("select count(*) from quote_appearances where speaker_id = ?", [entity]).fetchone()[0]
    assert res[paths[1]][1].count('class="statement-by"') == n
    assert res[paths[1]][1].count('class="ct-verb"') >= n
    dispute_page = res[paths[2]][1]
    silent = db.execute("select count(*) from no_comments where dispute_id = ?", [dispute]).fetchone()[0]
    assert silent and dispute_page.count('class="no-comment"') == silent
    csv_text = res[paths[3]][1]
    assert csv_text.splitlines()[0].startswith("statement,stance,reading")
    assert "machine-read" in res[paths[4]][1] and "statement" in res[paths[4]][1]


def test_first_appearance_on_the_page_agrees_with_sql(demo_db):
    import sqlite_utils

    db = sqlite_utils.Database(demo_db.db)
    trails = {r["quote_id"]: r for r in db.query(
        "select quote_id, group_concat(article_id) as firsts from (select quote_id, article_id "
        "from first_appearances where first != 'later' order by article_id) group by quote_id "
        "having quote_id in (select id from quotes where appearances > 1)")}
    assert trails
    res = fetch_pages(demo_db, [f"/-/quote/{q}" for q in trails])
    for q, row in trails.items():
        body = res[f"/-/quote/{q}"][1]
        block = body[body.index('id="first-appearance"'):body.index("</dd>", body.index('id="first-appearance"'))]
        linked = sorted(a.split('article=')[1].split('"')[0] for a in block.split('class="first-article" ')[1:])
        assert linked == row["firsts"].split(","), q
        assert ('id="first-tie"' in block) == ("," in row["firsts"])
    # a syndicated copy names its origin
    wire = next(db.query("select qa.quote_id from quote_appearances qa join articles a on "
                         "a.id = qa.article_id where a.story_origin is not null and a.is_copy limit 1"))
    page = fetch_pages(demo_db, [f"/-/quote/{wire['quote_id']}"])[f"/-/quote/{wire['quote_id']}"][1]
    assert 'class="story-origin">Meridian Wire<' in page


@pytest.mark.parametrize("pasted", [
    "we read what anyone can read", "‘We read what anyone can read’", "anyone can read.",
    "We licensed what we could license, and we read", "read: what", 'read "what" anyone',
    "can't", "start-up", "", "   ", "AND OR NOT *", "\"", "NEAR(", "-", "'", ".", ",", ":",
])
def test_search_takes_any_pasted_text(demo_db, pasted):
    from urllib.parse import urlencode

    name = demo_db.db.stem
    paths = [f"/{name}/{q}?" + urlencode({"q": pasted}) for q in ("search_quotes", "quote_trail")]
    paths += [f"/{name}/{q}.json?_shape=objects&" + urlencode({"q": pasted})
              for q in ("search_quotes", "quote_trail")]
    res = fetch_pages(demo_db, paths)
    for p in paths:
        assert res[p][0] == 200, (p, res[p][1][:300])
    rows = json.loads(res[paths[2]][1])["rows"]
    if not pasted.strip():  # an empty box: the latest statements, and the repeated quotes
        assert rows and json.loads(res[paths[3]][1])["rows"]
    if "read" in pasted and "what" in pasted and '"' not in pasted:
        assert rows, pasted
        assert "<mark>" in res[paths[0]][1]


def test_search_snippets_are_escaped(demo_db):
    from db.plugins.claimtrack_front import highlighted

    out = str(highlighted("<script>x</script> \x02match\x03 &"))
    assert out == "&lt;script&gt;x&lt;/script&gt; <mark>match</mark> &amp;"


def test_home_reaches_every_page_in_two_clicks(demo_db):
    """Every dispute, every entity with something said by, about or of it, and every quote
    that has a speaker or a dispute: linked from the home page, or from a page it links to."""
    import re
    import sqlite_utils

    db = sqlite_utils.Database(demo_db.db)
    home = fetch_pages(demo_db, ["/"])["/"][1]
    assert 'id="home-search"' in home and 'href="/-/entities"' in home
    first = sorted(set(re.findall(r'href="(/-/(?:entity|dispute|entities)[^"?]*)', home)))
    pages = fetch_pages(demo_db, first)
    seen = set(first)
    for status, body, _ in pages.values():
        assert status == 200
        seen |= set(re.findall(r'href="(/-/(?:entity|dispute|quote)/[^"?]*)', body))
    disputes = {f"/-/dispute/{r['id']}" for r in db.query("select id from disputes")}
    assert disputes <= seen
    entities = {f"/-/entity/{r['e']}" for r in db.query(
        "select speaker_id as e from quote_appearances where speaker_id is not null "
        "union select target_id from claims where target_id is not null "
        "union select entity_id from no_comments where entity_id is not null")}
    assert entities <= seen, sorted(entities - seen)[:5]
    # quotes are one click further from their speaker's or their dispute's page
    second = sorted(p for p in seen if p.startswith(("/-/entity/", "/-/dispute/")) and p not in pages)
    for status, body, _ in fetch_pages(demo_db, second).values():
        seen |= set(re.findall(r'href="(/-/quote/[0-9a-f]+)', body))
    quotes = {f"/-/quote/{r['id']}" for r in db.query(
        "select quote_id as id from quote_appearances where speaker_id is not null "
        "union select quote_id from claims where dispute_id is not null")}
    assert quotes <= seen, sorted(quotes - seen)[:5]


def test_tables_link_to_claimtrack_pages_with_month_facets(demo_db):
    name = demo_db.db.stem
    paths = [f"/{name}/quotes", f"/{name}/claims", f"/{name}/entities", f"/{name}/no_comments"]
    res = fetch_pages(demo_db, paths)
    assert 'class="ct-page-link" href="/-/quote/' in res[paths[0]][1]
    claims = res[paths[1]][1]
    assert 'href="/-/entity/' in claims and 'href="/-/dispute/' in claims
    assert "published__startswith=2026-" in claims  # months, not days
    assert 'id="facet-target_id"' in claims and 'id="facet-published"' in claims
    assert 'id="facet-in_gazetteer"' not in res[paths[2]][1]  # no internal flag as a facet
    assert "Suggested facets" not in claims
    assert 'href="/-/dispute/' in res[paths[3]][1]


def test_front_and_database_pages_put_the_useful_first(demo_db):
    """The front page offers the all-claims feed and the overall stance chart; the database
    page opens with the views that read as statements, before Datasette's alphabetical list
    (aliases, article_authors, ...); a foreign key's label never ends up in a link."""
    name = demo_db.db.stem
    paths = ["/", f"/{name}", f"/{name}/quote_appearances", "/-/metadata.json"]
    res = fetch_pages(demo_db, paths)
    home = res["/"][1]
    assert '<link rel="alternate" type="application/atom+xml"' in home
    assert 'class="ct-feed-link" href="http://localhost:8001/-/feeds/claims.atom"' in home
    assert 'id="stance-chart"' in home and "(all claims)" in home
    page = res[f"/{name}"][1]
    start = page.index('id="start-here"')
    assert start < page.index(f'href="/{name}/aliases"') and start < page.index('id="sql-editor"')
    first = page.index('class="start-here"', start)
    assert page.index(f'href="/{name}/who_said_what"', start) < page.index(f'href="/{name}/quotes"', first)
    assert "%7B" not in res[paths[2]][1] and "?article=" in res[paths[2]][1]
    tables = json.loads(res["/-/metadata.json"][1])["databases"][name]["tables"]
    assert tables["warc_imports"]["description"] and tables["warc_imports"]["columns"]["offset"]


def test_a_speaker_no_rule_tied_to_a_party_reads_as_written(demo_db):
    """A statement whose source the rules kept as the article's words ("Legal scholars") and
    tied to no entity must not look like a named party: the quote page says so, lists mark it,
    and a statement with an entity carries no such mark."""
    import sqlite_utils

    db = sqlite_utils.Database(demo_db.db)
    loose = next(db.query("select quote_id, speaker_text from quote_appearances "
                          "where speaker_id is null and speaker_text is not null limit 1"))
    tied = next(db.query("select quote_id from quote_appearances where speaker_id is not null limit 1"))
    paths = [f"/-/quote/{loose['quote_id']}", f"/-/quote/{tied['quote_id']}"]
    res = fetch_pages(demo_db, paths)
    body = res[paths[0]][1]
    assert res[paths[0]][0] == 200 and 'id="speaker-unlinked"' in body and 'id="speaker-link"' not in body
    assert html.escape(loose["speaker_text"], quote=False) in body
    assert 'id="speaker-unlinked"' not in res[paths[1]][1] and 'id="speaker-link"' in res[paths[1]][1]
