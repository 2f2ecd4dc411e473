"""A hostile site (fiction, on 127.0.0.1) crawled, processed and served: nothing local is
fetched, nothing is overwritten, every good page is stored and every bad one is a ``fetches`` row
with its reason, and every stored page is analysed and served (issue 14).

One crawl and one `process` of the site are shared by the module (the page of 50,000 quote marks
costs most of it: analysis reads its first 200,000 characters, as for any page; its time
against a normal page is in `make bench`, bench/marks.py); the tests read what they left, and the
last ones crawl and process again to show a re-run changes no row and a dead link is not asked
for again until its back-off has passed.
"""

from __future__ import annotations

import base64
import gzip
import io
import random
import sqlite3
import zlib

import pytest

from claimtrack import jobs
from claimtrack.ids import stable_id
from spiders.run import crawl
from tests.conftest import ARTICLE_1, ARTICLE_2, page
from tests.sites import Route, Site, article_html

CAP = 20  # CLAIMTRACK_MAX_URLS_PER_LIST for the test: the 100,000-URL feed is read this far
FAST = {"DOWNLOAD_DELAY": "0", "DOWNLOAD_TIMEOUT": "30", "RETRY_TIMES": "0",  # 30: the 8 MB feed on a busy machine
        "AUTOTHROTTLE_ENABLED": "False", "CLAIMTRACK_MAX_URLS_PER_LIST": str(CAP)}
CANARY = "CANARY-7f3a local file contents"
HTML = {"Content-Type": "text/html; charset=utf-8"}
VICTIM = "https://victim.example/story-1"
LONG = ("Background on the licensing talks, the court schedule and what each side has said "
        "before fills this paragraph so that the page is long enough. ") * 20


def _nul_page() -> str:
    """A good article with a NUL byte well after its first 2 KB."""
    return page("Gazette sues Tessaly, with a stray byte", ARTICLE_2 + [LONG, "Tail\x00 line."],
                "{{SITE}}/hostile/nul.html", outlet="Hostile Herald")


def _jsonld_page() -> str:
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    return page("Orrin and Tessaly, deep metadata", ARTICLE_1, "{{SITE}}/hostile/jsonld.html",
                outlet="Hostile Herald").replace("</head>", deep + "</head>")


def _nested_page() -> str:
    html = page("Orrin and Tessaly, deeply nested", ARTICLE_1, "{{SITE}}/hostile/nested.html",
                outlet="Hostile Herald")
    return html.replace("<article>", "<article>" + "<div>" * 10_000) \
               .replace("</article>", "</div>" * 10_000 + "</article>")


MARKS = 50_000


def _marks_page() -> str:
    """50,000 quote marks, 200 a paragraph, mostly packed tight (``"no""no"...``, as a broken
    page has them): attribution meets every mark, the statistical model only a few thousand
    tokens, so the test costs seconds. Pages of marks in sentences, all read or cut at 200,000
    characters, are timed against normal pages in `make bench` (bench/marks.py)."""
    paras = [f'Part {i}. Orrin said "no" and "yes" again. Orrin said ' + '"no"' * 98 + "."
             for i in range(MARKS // 200)]  # numbered: repeated paragraphs would be dropped
    return page("A page of quote marks", paras, "{{SITE}}/hostile/marks.html", outlet="Hostile Herald")


def _feed(links: list[str]) -> bytes:
    items = "".join(f"<item><title>x</title><link>{link}</link></item>" for link in links)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>{items}'
            f"</channel></rss>").encode()


def hostile_routes(secret) -> dict[str, Route]:
    rng = random.Random(14)
    data_url = "data:text/html;base64," + base64.b64encode(
        page("Planted by a data URL", ARTICLE_1, VICTIM).encode()).decode()
    bad_links = ["javascript:alert(document.cookie)", "mailto:desk@victim.example",
                 "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", f"file://{secret}",
                 "file:///etc/passwd", data_url, "http://[not-a-host/x"]
    good = ["/hostile/hijack.html", "/hostile/nul.html", "/hostile/jsonld.html",
            "/hostile/nested.html", "/hostile/plain.html", "/hostile/marks.html", "/hostile/redirect-file",
            "/hostile/refresh-file", "/hostile/missing.html"]
    sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f"<url><loc>file://{secret}</loc></url>"
               "<url><loc>{{SITE}}/hostile/from-gz.html</loc></url></urlset>")
    routes = {
        "/robots.txt": Route(headers={"Content-Type": "text/plain"}, body=b"User-agent: *\n"),
        "/victim/story-1.html": Route(headers=HTML, body=page(
            "Victim Times: Orrin accuses Tessaly", ARTICLE_1, VICTIM, outlet="Victim Times").encode()),
        "/hostile/feed.xml": Route(headers={"Content-Type": "application/rss+xml"},
                                   body=_feed(bad_links + ["{{SITE}}" + g for g in good])),
        "/hostile/sitemap.xml.gz": Route(headers={"Content-Type": "application/x-gzip"},
                                         body=sitemap.encode()),  # gzipped once served
        "/hostile/hijack.html": Route(headers=HTML, body=page(
            "HIJACKED headline", ARTICLE_2, VICTIM, outlet="Victim Times").encode()),
        "/hostile/nul.html": Route(headers=HTML, body=_nul_page().encode()),
        "/hostile/jsonld.html": Route(headers=HTML, body=_jsonld_page().encode()),
        "/hostile/nested.html": Route(headers=HTML, body=_nested_page().encode()),
        "/hostile/plain.html": Route(headers=HTML, body=article_html(1, rng).encode()),
        "/hostile/marks.html": Route(headers=HTML, body=_marks_page().encode()),
        "/hostile/from-gz.html": Route(headers=HTML, body=article_html(2, rng).encode()),
        "/hostile/redirect-file": Route(302, headers={"Location": f"file://{secret}"}),
        "/hostile/refresh-file": Route(headers=HTML, body=(
            f'<html><head><meta http-equiv="refresh" content="0; url=file://{secret}"></head>'
            f"<body><p>moved</p></body></html>").encode()),
        "/big/feed.xml": Route(headers={"Content-Type": "application/rss+xml"},
                               body=_feed([f"{{{{SITE}}}}/big/story/{i}.html" for i in range(100_000)])),
    }
    for i in range(CAP):
        routes[f"/big/story/{i}.html"] = Route(headers=HTML, body=article_html(100 + i, rng).encode())
    return routes


SOURCES = """sources:
  - name: victim
    outlet: Victim Times
    domains: [victim.example]
    urls: ["{{SITE}}/victim/story-1.html"]
  - name: hostile
    feeds: ["{{SITE}}/hostile/feed.xml", "{{SITE}}/big/feed.xml"]
    sitemaps: ["{{SITE}}/hostile/sitemap.xml.gz"]
    urls: ["file:///etc/passwd", "{{SITE}}/hostile/refresh-file"]
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The site, its sources file and the settings of one crawl and one `process` of it (kept
    for the module)."""
    from claimtrack.config import Settings

    tmp = tmp_path_factory.mktemp("hostile")
    secret = tmp / "secret.txt"
    secret.write_text(CANARY, encoding="utf-8")
    sources = tmp / "sources.yml"
    sources.write_text(SOURCES, encoding="utf-8")
    settings = Settings().with_(db_path=tmp / "h.db", archive_dir=tmp / "archive")
    routes = hostile_routes(secret)
    with Site(routes) as site:
        # a gzipped sitemap's {{SITE}} cannot be filled in as it is served: filled in here
        routes["/hostile/sitemap.xml.gz"].body = gzip.compress(
            routes["/hostile/sitemap.xml.gz"].body.replace(b"{{SITE}}", site.url.encode()))
        rc = crawl(settings, sources, site=site.url, extra=FAST, log_file=tmp / "crawl1.log")
        assert rc == 0, (tmp / "crawl1.log").read_text()[-3000:]
        jobs.process(settings)
        yield {"settings": settings, "sources": sources, "site": site, "tmp": tmp}


def _rows(settings, sql: str, args=()) -> list[dict]:
    conn = sqlite3.connect(settings.db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


def _archived_bytes(archive) -> bytes:
    """Every archive file unpacked, member after member."""
    out = io.BytesIO()
    for path in sorted(archive.glob("*.warc.gz")):
        data = path.read_bytes()
        while data:
            d = zlib.decompressobj(31)
            out.write(d.decompress(data))
            data = d.unused_data
    return out.getvalue()


def test_no_local_file_or_data_url_is_fetched(hostile):
    s = hostile["settings"]
    assert CANARY.encode() not in _archived_bytes(s.archive)
    assert b"root:x:0:0" not in _archived_bytes(s.archive)
    for r in _rows(s, "select * from fetches where url not like 'http%'"):
        assert r["status"] is None and r["warc_file"] is None, r
        assert r["outcome"] in ("refused", "error") and r["error"], r
    texts = " ".join(r["text"] for r in _rows(s, "select text from articles"))
    assert CANARY not in texts and "Planted by a data URL" not in texts
    assert all(r["url"].startswith("http://127.0.0.1") for r in _rows(s, "select url from articles"))


def test_every_bad_link_is_a_fetches_row_with_its_reason(hostile):
    every = _rows(hostile["settings"], "select * from fetches")
    rows = {r["url"]: r for r in every}
    reasons = {
        "javascript:alert(document.cookie)": "scheme 'javascript:'",
        "mailto:desk@victim.example": "scheme 'mailto:'",
        "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66": "scheme 'urn:'",
        "file:///etc/passwd": "scheme 'file:'",
    }
    for url, why in reasons.items():
        assert url in rows and why in rows[url]["error"], (url, rows.get(url))
    secret_rows = [r for u, r in rows.items() if u.startswith("file://") and "secret" in u]
    assert secret_rows and all("scheme 'file:'" in r["error"] for r in secret_rows)
    data_rows = [r for u, r in rows.items() if u.startswith("data:")]
    assert data_rows and "characters)" in data_rows[0]["url"]  # a data URL is noted shortened
    assert any("malformed" in (r["error"] or "") for r in rows.values())
    # a sources entry that is not http(s) is a configuration note, and the rest was crawled
    assert any("sources.yml: hostile urls[0]" in (r["error"] or "") for r in every)
    site = hostile["site"].url
    redirect = rows[f"{site}/hostile/redirect-file"]
    assert "not followed" in redirect["note"] and "file:" in redirect["note"]
    assert "not followed" in rows[f"{site}/hostile/refresh-file"]["note"]


def test_every_good_page_is_stored_and_no_article_overwritten(hostile):
    s = hostile["settings"]
    site = hostile["site"].url
    arts = {r["url"]: r for r in _rows(s, "select * from articles")}
    for path in ("victim/story-1.html", "hostile/hijack.html", "hostile/nul.html",
                 "hostile/jsonld.html", "hostile/nested.html", "hostile/plain.html",
                 "hostile/from-gz.html", "hostile/marks.html"):
        assert f"{site}/{path}" in arts, path
    assert arts[f"{site}/hostile/marks.html"]["text"].count('"') == MARKS  # stored whole
    victim = _rows(s, "select * from articles where id = ?", [stable_id(VICTIM)])
    assert len(victim) == 1 and victim[0]["title"] == "Victim Times: Orrin accuses Tessaly"
    hijack = arts[f"{site}/hostile/hijack.html"]
    assert hijack["canonical_url"] is None and hijack["id"] == stable_id(hijack["url"])
    notes = {r["url"]: r["note"] or "" for r in _rows(s, "select url, note from fetches")}
    assert "canonical URL https://victim.example/story-1 refused" in notes[hijack["url"]]
    assert notes[hijack["url"]].startswith("canonical")  # stored: the refusal stays on its row
    # small faults cost a note, not the article
    assert "Tail line." in arts[f"{site}/hostile/nul.html"]["text"]
    assert "NUL byte" in notes[f"{site}/hostile/nul.html"]
    assert "Tamsin Okafor" in arts[f"{site}/hostile/jsonld.html"]["text"]
    assert "JSON-LD nested deeper" in notes[f"{site}/hostile/jsonld.html"]
    assert "Tamsin Okafor" in arts[f"{site}/hostile/nested.html"]["text"]
    assert "flattened" in notes[f"{site}/hostile/nested.html"]


def test_a_huge_feed_is_read_up_to_the_cap_and_noted(hostile):
    s, site = hostile["settings"], hostile["site"]
    big = [p for p in site.hits if p.startswith("/big/story/")]
    assert len(big) == CAP
    assert len(_rows(s, "select id from articles where url like '%/big/story/%'")) == CAP
    feed = _rows(s, "select note from fetches where url = ?", [f"{site.url}/big/feed.xml"])[0]
    assert f"lists 100000 URLs: only the first {CAP} read" in feed["note"]


def test_every_stored_page_is_analysed(hostile):
    s = hostile["settings"]
    arts = _rows(s, "select id, url, analysed_at, analysis_error from articles")
    assert arts and all(a["analysed_at"] and a["analysis_error"] is None for a in arts), \
        [a for a in arts if not a["analysed_at"] or a["analysis_error"]]
    marks = next(a for a in arts if a["url"].endswith("/hostile/marks.html"))
    quotes = _rows(s, "select count(*) n from quote_appearances where article_id = ?", [marks["id"]])
    # attribution read at most its 1,000 quoted stretches (the rest is known as quoted)
    assert 0 < quotes[0]["n"] <= 1000
    victim = _rows(s, "select count(*) n from quote_appearances where article_id = ?",
                   [stable_id(VICTIM)])
    assert victim[0]["n"] >= 2  # the victim's own quotes, analysed from its own text


TRACE_MARKERS = ("Traceback", 'File "', "site-packages", "/tmp/", "/work/", "/root/", "/home/")


def test_the_hostile_site_is_served_without_leaks(hostile):
    """Every stored page's row and archived copy, the fetch log with its refused URLs, the page
    of marks' quotes: served, with the security headers, no local file, no path, no traceback."""
    import asyncio

    from db.publish import make_datasette

    s = hostile["settings"]
    name = s.db.stem
    arts = _rows(s, "select id, url from articles")
    marks = next(a["id"] for a in arts if a["url"].endswith("/hostile/marks.html"))
    quote = _rows(s, "select quote_id from quote_appearances where article_id = ? limit 1", [marks])
    paths = ["/", f"/{name}", f"/{name}/articles", f"/{name}/fetches?_size=max",
             f"/{name}/fetches.json?_size=max&_shape=array",
             f"/{name}/quote_appearances?article_id={marks}", f"/-/quote/{quote[0]['quote_id']}"]
    paths += [f"/{name}/articles/{a['id']}" for a in arts]
    paths += [f"/-/archive/{a['id']}" for a in arts]  # the banner page
    paths += [f"/-/archive/{a['id']}/copy" for a in arts]  # the archived copy itself

    async def fetch_all():
        ds = make_datasette(s)
        return {p: await ds.client.get(p) for p in paths}

    for p, r in asyncio.run(fetch_all()).items():
        assert r.status_code == 200, (p, r.status_code, r.text[:300])
        assert CANARY not in r.text and "root:x:0:0" not in r.text, p
        # (the fetch log lists the refused file:// URLs the feed named, its secret's path too:
        # what the feed said, not a path of the server's)
        leaks = [m for m in TRACE_MARKERS if m in r.text.replace(str(hostile["tmp"] / "secret.txt"), "")]
        assert not leaks, (p, leaks, r.text[:300])
        assert r.headers.get("x-content-type-options") == "nosniff", p
        assert "frame-ancestors" in r.headers.get("content-security-policy", "") \
            or r.headers.get("content-security-policy", "").startswith("sandbox"), p
        if p.startswith("/-/archive/") and p.endswith("/copy"):  # the page as it came, sandboxed: none of its scripts run
            assert r.headers["content-security-policy"].startswith("sandbox"), p


# Columns of the fetch log that record that a run happened -- which run, when, how often a feed
# was read -- rather than what was found: the only ones a re-run may change (an article's own
# fetched_at may not: a stored page is not fetched again).
RUN_COLUMNS = {"fetches": {"run_id", "fetched_at", "attempts"}}


def _tables(settings) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(settings.db)
    try:
        names = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like '%_fts%' "
            "and name not like 'sqlite_%'")]
        out = {}
        for name in names:
            cur = conn.execute(f"select * from [{name}]")
            cols = [c[0] for c in cur.description]
            masked = RUN_COLUMNS.get(name, set())
            out[name] = sorted(tuple("*" if c in masked else v for c, v in zip(cols, row))
                               for row in cur)
        return out
    finally:
        conn.close()


def test_a_rerun_changes_no_row_and_backs_off_the_dead_link(hostile):
    s, site, tmp = hostile["settings"], hostile["site"], hostile["tmp"]
    missing = _rows(s, "select * from fetches where url = ?", [f"{site.url}/hostile/missing.html"])
    assert missing[0]["status"] == 404 and "failed 1 time(s)" in missing[0]["note"]
    before = _tables(s)
    hits = dict(site.hits)
    rc = crawl(s, hostile["sources"], site=site.url, extra=FAST, log_file=tmp / "crawl2.log")
    assert rc == 0
    jobs.process(s)  # nothing new: nothing analysed again, no row changed
    after = _tables(s)
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table
    assert site.hits["/hostile/missing.html"] == hits["/hostile/missing.html"] == 1
    assert site.hits["/victim/story-1.html"] == 1  # stored pages are not asked for again
    # once its back-off has passed, the dead link is tried again, and waits longer next time
    rc = crawl(s, hostile["sources"], site=site.url, log_file=tmp / "crawl3.log",
               extra={**FAST, "CLAIMTRACK_BACKOFF_HOURS": "0"})
    assert rc == 0 and site.hits["/hostile/missing.html"] == 2
    missing = _rows(s, "select * from fetches where url = ?", [f"{site.url}/hostile/missing.html"])
    assert len(missing) == 1 and missing[0]["attempts"] == 2
    assert "failed 2 time(s)" in missing[0]["note"]
