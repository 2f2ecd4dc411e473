"""Issue 13 part B: Atom feeds (RFC 4287), the "cite this" block, absolute export links, page
titles and footer, and a quote's old id redirecting after re-analysis."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import sqlite_utils

from claimtrack.ids import quote_id
from claimtrack.records import Analysis, Article, Claim, Quote
from db import writer
from db.analysis import write_analysis
from db.finalize import finalize
from db.redirects import moves
from nlp.gazetteer import Gazetteer
from nlp.identity import assign_ids
from tests.conftest import fetch_pages

A = "{http://www.w3.org/2005/Atom}"
BASE = "http://localhost:8001"  # the published Datasette's base URL when none is configured
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$")
HOSTILE = 'Evil <script>alert(1)</script> & "quotes" ]]> \x00\x07 end'



def check_atom(body: str) -> ET.Element:
    """RFC 4287's required elements, checked on the parsed document."""
    feed = ET.fromstring(body.encode("utf-8"))
    assert feed.tag == A + "feed"
    for name in ("id", "title", "updated"):
        assert (feed.findtext(A + name) or "").strip(), name
    assert RFC3339.match(feed.findtext(A + "updated"))
    assert feed.find(A + "id").text.startswith(("tag:", "http"))
    feed_author = feed.find(A + "author")
    self_links = [li for li in feed.findall(A + "link") if li.get("rel") == "self"]
    assert self_links and self_links[0].get("href").startswith(BASE + "/")
    entries = feed.findall(A + "entry")
    for e in entries:
        eid = e.findtext(A + "id")
        assert eid.startswith("tag:localhost,2026:claimtrack/claim/"), eid
        assert e.findtext(A + "title").strip()
        assert RFC3339.match(e.findtext(A + "updated"))
        assert feed_author is not None or e.find(A + "author") is not None
        alt = [li for li in e.findall(A + "link") if li.get("rel", "alternate") == "alternate"]
        assert alt and alt[0].get("href").startswith(BASE + "/-/quote/")
    assert len({e.findtext(A + "id") for e in entries}) == len(entries)
    return feed


def test_feeds_valid_per_rfc4287_and_dated_by_when_added(demo_db):
    import feedparser

    db = sqlite_utils.Database(demo_db.db)
    paths = ["/-/feeds/claims.atom", "/-/feeds/dispute/kestrow-v-corvane.atom",
             "/-/feeds/entity/corvane-labs.atom", "/-/feeds/entity/no-such-thing.atom",
             "/-/feeds/dispute/nope.atom", f"/{demo_db.db.stem}/new_claims.atom"]
    res = fetch_pages(demo_db, paths)
    for p in paths[:3]:
        status, body, headers = res[p]
        assert status == 200 and headers["content-type"].startswith("application/atom+xml")
        feed = check_atom(body)
        assert feed.findall(A + "entry"), p
        assert not feedparser.parse(body).bozo, p
    assert res[paths[3]][0] == 404 and res[paths[4]][0] == 404
    assert res[paths[5]][0] == 301 and res[paths[5]][2]["location"] == "/-/feeds/claims.atom"
    # "new" is when the tracker first fetched the article, not the publication date
    entry = ET.fromstring(res[paths[1]][1].encode()).find(A + "entry")
    claim = entry.findtext(A + "id").rsplit("/", 1)[1]
    row = next(db.query("select a.first_fetched_at, a.published, c.dispute_id from claims c "
                        "join articles a on a.id = c.article_id where c.id = ?", [claim]))
    assert entry.findtext(A + "updated") == row["first_fetched_at"]
    assert entry.findtext(A + "published") == row["published"] + "T00:00:00Z"
    assert row["dispute_id"] == "kestrow-v-corvane"
    # entries say who said it, how, and the stance
    summary = entry.findtext(A + "summary")
    assert "(" in summary and entry.find(A + "category").get("term") in summary


def test_pages_advertise_their_feeds(demo_db):
    q = next(sqlite_utils.Database(demo_db.db).query("select id from quotes limit 1"))["id"]
    res = fetch_pages(demo_db, ["/-/dispute/kestrow-v-corvane", "/-/entity/corvane-labs", f"/-/quote/{q}"])
    want = {"/-/dispute/kestrow-v-corvane": f"{BASE}/-/feeds/dispute/kestrow-v-corvane.atom",
            "/-/entity/corvane-labs": f"{BASE}/-/feeds/entity/corvane-labs.atom",
            f"/-/quote/{q}": f"{BASE}/-/feeds/claims.atom"}
    for path, href in want.items():
        status, body, _ = res[path]
        head = body.split("</head>")[0]
        assert status == 200
        assert f'<link rel="alternate" type="application/atom+xml" title="' in head
        assert f'href="{href}"' in head, path


def _hostile_db(settings) -> tuple[str, str]:
    db = writer.open_db(settings.db)
    text = f"Orrin Systems answered.\n“{HOSTILE} entirely,” said Jonah Velling."
    start, end = text.index("Evil"), text.index("entirely") + len("entirely")
    art = Article(url="http://127.0.0.1/hostile", canonical_url="javascript:alert(1)",
                  title=f"Title {HOSTILE}", text=text, outlet="Byteline", published="2026-10-30",
                  fetched_at="2026-11-01T10:00:00Z")
    aid = writer.upsert_article(db, art)
    analysis = Analysis(source=aid, article=art, quotes=[Quote(
        text=text[start:end], kind="direct", start=start, end=end, speaker="Jonah Velling",
        speaker_label="PERSON", cue="said")], claims=[Claim("Jonah Velling", None, "denial", 0)])
    assign_ids(analysis, Gazetteer.load(settings.gazetteers))
    write_analysis(db, aid, analysis, published="2026-10-30")
    finalize(db)
    db.close()
    return aid, quote_id(text[start:end])


def test_feed_escapes_hostile_text(settings):
    _, qid = _hostile_db(settings)
    status, body, _ = fetch_pages(settings, ["/-/feeds/claims.atom"])["/-/feeds/claims.atom"]
    assert status == 200
    assert "<script>" not in body and "\x00" not in body
    feed = check_atom(body)
    entry = feed.find(A + "entry")
    assert "<script>alert(1)</script>" in entry.findtext(A + "title")  # text, not markup
    assert "Evil <script>" not in entry.findtext(A + "content")  # HTML content escaped once more
    links = [li.get("href") for li in entry.findall(A + "link")]
    assert f"{BASE}/-/quote/{qid}" in links and not any("javascript" in h for h in links)
    assert entry.findtext(A + "updated") == "2026-11-01T10:00:00Z"


def test_cite_block_and_hostile_quote_page(settings):
    aid, qid = _hostile_db(settings)
    status, body, _ = fetch_pages(settings, [f"/-/quote/{qid}"])[f"/-/quote/{qid}"]
    assert status == 200
    cite = body[body.index('<section class="ct-cite" id="cite"'):]
    cite = cite[:cite.index("</section>")]
    assert "<script>alert" not in cite and "&lt;script&gt;" in cite
    assert "javascript:" not in cite  # a javascript: URL is never a link: the fetched URL is cited
    assert 'id="cite-source" href="http://127.0.0.1/hostile"' in cite
    assert "2026-11-01 10:00 UTC" in cite and 'id="cite-line"' in cite


def test_cite_block_on_the_demo(demo_db):
    db = sqlite_utils.Database(demo_db.db)
    q = next(db.query("select id, first_article_id from quotes where appearances >= 2 limit 1"))
    other = next(db.query("select article_id from quote_appearances where quote_id = ? and "
                          "article_id != ? limit 1", [q["id"], q["first_article_id"]]))["article_id"]
    arts = {r["id"]: r for r in db.query("select * from articles where id in (?, ?)",
                                         [q["first_article_id"], other])}
    paths = [f"/-/quote/{q['id']}", f"/-/quote/{q['id']}?article={other}"]
    res = fetch_pages(demo_db, paths)
    for path, aid in zip(paths, [q["first_article_id"], other]):
        status, body, _ = res[path]
        assert status == 200
        line = body[body.index('id="cite-line"'):].split("</textarea>")[0]
        a = arts[aid]
        assert a["canonical_url"] in line and f"{BASE}/-/archive/{aid}" in line
        assert f"{BASE}/-/quote/{q['id']}" in line and a["published"] in line
        assert f'href="{BASE}/-/archive/{aid}"' in body and 'id="cite-fetched"' in body


def test_exports_titles_and_footer(demo_db):
    name = demo_db.db.stem
    paths = [f"/{name}/search_quotes.csv?q=licence", f"/{name}/search_quotes.json?q=licence&_shape=array",
             f"/{name}/search_quotes?q=licence", f"/{name}/quotes_by_speaker?speaker=Ashdown",
             "/-/entity/corvane-labs", "/-/entity/kestrow-media-group", "/-/dispute/kestrow-v-corvane"]
    res = fetch_pages(demo_db, paths)
    rows = list(csv.DictReader(io.StringIO(res[paths[0]][1])))
    assert rows and all(r["quote_page"].startswith(f"{BASE}/-/quote/") for r in rows)
    assert all(r["quote_page"].startswith(f"{BASE}/-/quote/") for r in json.loads(res[paths[1]][1]))
    html = res[paths[2]][1]
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.startswith("Search statements") and "select" not in title.lower()
    assert f'<a href="{BASE}/-/quote/' in html and ">quote page</a>" in html
    titles = [re.search(r"<title>(.*?)</title>", res[p][1], re.S).group(1) for p in paths[4:6]]
    assert titles[0] != titles[1]
    for p in paths[2:]:
        footer = res[p][1].split('<footer class="ft">')[1].split("</footer>")[0]
        assert f'class="ct-source-link" href="{BASE}/{name}/fetches"' in footer, p
        assert "https://github.com/\"" not in footer


def test_source_url_is_configurable(demo_db):
    from db.publish import metadata_for

    meta = metadata_for(demo_db.with_(source_url="https://example.org/claimtrack"), "https://ct.example")
    assert meta["source_url"] == "https://example.org/claimtrack"
    sql = meta["databases"][demo_db.db.stem]["queries"]["search_quotes"]["sql"]
    assert "'https://ct.example/-/quote/'" in sql and "'/-/quote/'" not in sql


# ---------------------------------------------------------------- quote ids that move

def test_moves_pair_an_old_quote_with_the_one_it_became():
    before = [("old", 10, 60), ("kept", 100, 140), ("gone", 200, 220)]
    after = [("new", 12, 66), ("kept", 100, 140), ("elsewhere", 300, 340)]
    assert moves(before, after) == {"old": "new"}
    assert moves(after, after) == {}


def test_reanalysis_that_moves_a_quote_redirects_its_old_id(settings):
    db = writer.open_db(settings.db)
    text = "Intro line.\n“We never touched their API, not once,” said Jonah Velling. More."
    art = Article(url="http://127.0.0.1/moved", canonical_url="https://ledger.example/moved",
                  title="Moved", text=text, outlet="Byteline", published="2026-10-30",
                  fetched_at="2026-11-01T10:00:00Z")
    aid = writer.upsert_article(db, art)
    s = text.index("We never")

    def analyse(end_word: str) -> Analysis:
        e = text.index(end_word) + len(end_word)
        a = Analysis(source=aid, article=art, quotes=[Quote(
            text=text[s:e], kind="direct", start=s, end=e, speaker="Jonah Velling",
            speaker_label="PERSON", cue="said")], claims=[Claim("Jonah Velling", None, "denial", 0)])
        assign_ids(a, Gazetteer.load(settings.gazetteers))
        return a

    write_analysis(db, aid, analyse("API"), published="2026-10-30")
    finalize(db)
    old = quote_id(text[s:text.index("API") + 3])
    write_analysis(db, aid, analyse("once"), published="2026-10-30")
    write_analysis(db, aid, analyse("once"), published="2026-10-30")  # a re-run moves nothing
    finalize(db)
    new = quote_id(text[s:text.index("once") + 4])
    assert db["quotes"].count == 1 and list(db.query("select * from quote_redirects")) == [
        {"old_id": old, "new_id": new, "article_id": aid}]
    db.close()
    res = fetch_pages(settings, [f"/-/quote/{old}?article={aid}", f"/-/quote/{new}", "/-/quote/0123456789abcdef"])
    status, _, headers = res[f"/-/quote/{old}?article={aid}"]
    assert status == 301 and headers["location"] == f"/-/quote/{new}?article={aid}"
    assert res[f"/-/quote/{new}"][0] == 200 and res["/-/quote/0123456789abcdef"][0] == 404
