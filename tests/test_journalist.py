"""Issue 13's acceptance: ten journalist tasks on the demo, each walked in a real browser from
the home page in at most three clicks, each checked against the database itself.

The server is ``claimtrack serve --db <folder>/demo.db`` run from another folder (conftest's
``served_demo``); the browser is Debian's chromium driven by Playwright (bench/browser.py), one
for the module. A ``Walk`` starts at ``/`` and counts every click (a link, a button, a click
into the SQL editor); ``walk.done()`` asserts at most three. Typing is not a click.
"""

from __future__ import annotations

import csv
import io
import os
import re
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
import sqlite_utils

from bench.browser import CHROMIUM, chromium
from db.statements import sentence

if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("chromium is not installed: `make test` installs it (apt-get install chromium)")
    pytest.skip("chromium not installed (make test installs it)", allow_module_level=True)

MAX_CLICKS = 3
A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$")
DISPUTE = "Kestrow Media Group v. Corvane Labs"  # the demo's dispute with a docket
COMPANY = "Orrin Systems"  # the company the issue found misread ("denied" shown as its words)


class Walk:
    """One task: starts at the home page, counts clicks, ends within MAX_CLICKS."""

    def __init__(self, page, base: str):
        self.page, self.base, self.clicks = page, base, 0
        page.goto(base + "/")

    def click(self, target):
        """Click a link or button and wait for the page it leads to; the response is returned."""
        loc = self.page.locator(target) if isinstance(target, str) else target
        with self.page.expect_navigation() as nav:
            loc.click()
        self.clicks += 1
        return nav.value

    def click_into(self, target) -> None:
        """A click that opens no page (focusing the SQL editor): counted all the same."""
        (self.page.locator(target) if isinstance(target, str) else target).click()
        self.clicks += 1

    def back(self) -> None:
        self.page.go_back()
        self.clicks -= 1

    def done(self) -> None:
        assert 1 <= self.clicks <= MAX_CLICKS, f"{self.clicks} clicks from the home page"


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def page(browser):
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    yield pg
    pg.close()


@pytest.fixture(scope="module")
def site(served_demo):
    base, db_path = served_demo
    return base, sqlite_utils.Database(db_path)


def rows(db, sql, params=()):
    return [tuple(r.values()) for r in db.query(sql, list(params))]


def test_task1_every_statement_about_a_company_in_context_with_its_cue(page, site):
    base, db = site
    walk = Walk(page, base)
    quoted = page.locator("#most-quoted a.home-entity", has_text=COMPANY)
    if quoted.count():  # among the most quoted on the front page: one click
        walk.click(quoted)
    else:  # else through the list of everyone: two
        walk.click("#all-entities")
        walk.click(page.locator("a.entity-link", has_text=COMPANY).first)
    assert page.locator("#entity-name").inner_text() == COMPANY
    want = rows(db, "select qa.quote_id, qa.article_id, qa.verb, qa.cue, q.text from quote_appearances qa "
                    "join quotes q on q.id = qa.quote_id join claims c on c.quote_id = qa.quote_id "
                    "and c.article_id = qa.article_id join entities t on t.id = c.target_id "
                    "where t.name = ?", [COMPANY])
    listed = page.locator("#statements-about-list li.statement-about").evaluate_all(
        """lis => lis.map(li => ({
            parts: ['.ct-speaker', '.ct-verb', '.ct-content', '.ct-machine'].map(
                p => li.querySelectorAll(p).length),
            verb: li.querySelector('.ct-verb').innerText.trim(),
            href: li.querySelector('.ct-content').getAttribute('href')}))""")
    assert len(listed) == len(want) > 5
    by_key = {w[:2]: w for w in want}
    for n, item in enumerate(listed):
        assert item["parts"] == [1, 1, 1, 1], item
        quote, article = re.fullmatch(r"/-/quote/([0-9a-f]+)\?article=([0-9a-f]+)", item["href"]).groups()
        _, _, verb, cue, text = by_key.pop((quote, article))
        assert item["verb"] == verb and verb, item
        if n == 0:  # the walk: home, the company, its statement in context
            walk.click(page.locator(f'#statements-about-list a.ct-content[href="{item["href"]}"]'))
            walk.done()
        else:  # every other statement opened at its link the same way
            page.goto(base + item["href"])
        seen = page.evaluate("""() => ({
            mark: document.querySelector('mark#quote-in-context').innerText,
            verb: document.querySelector('#statement-verb').innerText.trim(),
            page: document.querySelector('section.content').innerText})""")
        assert seen["mark"] == text and seen["verb"] == verb, item
        assert f"cue: {cue}" in seen["page"], item
    assert not by_key  # every statement about the company was listed


def dispute_id(db) -> str:
    return rows(db, "select id from disputes where name = ?", [DISPUTE])[0][0]


def test_task2_who_declined_to_comment_in_a_dispute_and_when(page, site):
    base, db = site
    walk = Walk(page, base)
    walk.click(page.locator("#disputes a.home-dispute", has_text=DISPUTE))
    walk.done()
    want = rows(db, "select n.published, e.name from no_comments n join entities e on e.id = n.entity_id "
                    "where n.dispute_id = ? order by n.published, e.name", [dispute_id(db)])
    items = page.locator("#dispute-no-comments li.no-comment")
    got = [(items.nth(i).locator("time").inner_text(), items.nth(i).locator("a").first.inner_text())
           for i in range(items.count())]
    assert got == want and len(want) > 3


def test_task3_a_disputes_timeline_with_its_docket_entries(page, site):
    base, db = site
    walk = Walk(page, base)
    walk.click(page.locator("#disputes a.home-dispute", has_text=DISPUTE))
    events = rows(db, "select date, entry_number, description from dispute_events "
                      "where dispute_id = ? order by date, entry_number", [dispute_id(db)])
    assert len(events) == 8  # the demo's fictional docket
    dots = page.locator('svg#timeline g.ct-dot[data-lane="docket"]')
    per_day = Counter(e[0] for e in events)
    assert {dots.nth(i).get_attribute("data-date"): int(dots.nth(i).get_attribute("data-count"))
            for i in range(dots.count())} == per_day
    assert page.locator("svg#timeline g.ct-dot:not([data-lane=docket])").count() > 5  # the claims too
    walk.click_into("#timeline-table-box summary")  # the same figures as a table
    walk.done()
    table = page.locator("table#timeline-table tr.ct-row-docket")
    texts = [table.nth(i).inner_text() for i in range(table.count())]
    assert len(texts) == len(per_day)
    for date, number, description in events:
        assert any(t.startswith(date) and f"docket entry {number}: {description}" in t for t in texts)


def test_task4_where_a_quote_first_appeared_and_who_repeated_it(page, site):
    base, db = site
    walk = Walk(page, base)
    walk.click("#explore a[href$='/quote_trail']")
    walk.click(page.locator("td.col-quote_page a").first)
    walk.done()
    quote = re.search(r"/-/quote/([0-9a-f]+)", page.url).group(1)
    # the one definition, straight from the stored times: earliest appeared_at, ties included
    times = rows(db, "select o.name, a.appeared_at, a.id from quote_appearances qa join articles a "
                     "on a.id = qa.article_id left join outlets o on o.id = a.outlet_id "
                     "where qa.quote_id = ? order by a.appeared_at, a.id", [quote])
    assert len(times) > 1  # the trail lists quotes that appeared more than once
    earliest = times[0][1]
    firsts = [t for t in times if t[1] == earliest]
    links = page.locator("#first-appearance a.first-article")
    assert sorted(links.nth(i).inner_text() for i in range(links.count())) == sorted(t[0] for t in firsts)
    assert page.locator("#first-tie").count() == (1 if len(firsts) > 1 else 0)
    trs = page.locator("#appearances tr.appearance")
    marks = {trs.nth(i).get_attribute("data-article"): trs.nth(i).get_attribute("data-first")
             for i in range(trs.count())}
    assert marks == {t[2]: ("later" if t[1] != earliest else "first" if len(firsts) == 1
                            else "tied for first") for t in times}
    repeated = [trs.nth(i).inner_text() for i in range(trs.count())
                if trs.nth(i).get_attribute("data-first") == "later"]
    assert sorted(r.split("\t")[1] for r in repeated) == sorted(t[0] for t in times if t[1] != earliest)
    assert rows(db, "select first_article_id from quotes where id = ?", [quote])[0][0] in {t[2] for t in firsts}


def test_task5_a_pasted_phrase_with_punctuation_found_and_highlighted(page, site):
    base, db = site
    qid, text = rows(db, "select id, text from quotes where text like '%’%' and text like '%-%' "
                         "and text like '%, %' order by id limit 1")[0]
    words = text[:text.index(", ") + 20].rsplit(" ", 1)[0]
    pasted = f"“{words}.”:"  # quotation marks, hyphen, apostrophe, comma, full stop, colon
    assert all(c in pasted for c in "“’-,.:")
    walk = Walk(page, base)
    page.fill("#home-q", pasted)
    response = walk.click("#home-search button[type=submit]")
    walk.done()
    assert response.status == 200 and "/search_quotes" in page.url
    row = page.locator("tr", has=page.locator(f'td.col-quote_page a[href$="/-/quote/{qid}"]'))
    assert row.count() == 1
    mark = row.locator("td.col-statement mark")
    assert re.sub(r"\W+", " ", " ".join(mark.all_inner_texts())).strip() == re.sub(r"\W+", " ", words).strip()


def monthly(db, where: str, params) -> dict:
    stances = {"accusation", "denial", "lawsuit", "ruling", "admission"}
    out = Counter()
    for month, stance, n in rows(db, "select substr(published, 1, 7), stance, count(*) from claims "
                                     f"where published is not null and {where} group by 1, 2", params):
        out[(month, stance if stance in stances else "other")] += n
    return dict(out)


def chart_counts(page) -> dict:
    segs = page.locator("svg#stance-chart rect.ct-segment")
    out = Counter()
    for i in range(segs.count()):
        seg = segs.nth(i)
        month = seg.locator("xpath=..").get_attribute("data-month")
        out[(month, seg.get_attribute("data-stance"))] += int(seg.get_attribute("data-count"))
    return {k: v for k, v in out.items() if v}


def test_task6_the_stance_over_time_chart(page, site):
    base, db = site
    walk = Walk(page, base)
    assert chart_counts(page) == monthly(db, "1", [])  # overall, on the home page
    walk.click(page.locator("#disputes a.home-dispute", has_text=DISPUTE))
    walk.done()
    assert page.locator("svg#stance-chart").is_visible()
    assert chart_counts(page) == monthly(db, "dispute_id = ?", [dispute_id(db)])
    assert page.locator("svg#stance-chart title").first.text_content().startswith("Stance over time")


def check_rfc4287(body: bytes, base: str) -> list[ET.Element]:
    """RFC 4287's required elements (4.1.1, 4.1.2): the feed's id, title, updated and author
    (or one in every entry); each entry's id, title, updated and, having no content with
    src, an alternate link; ids are IRIs; dates RFC 3339; ids unique."""
    feed = ET.fromstring(body)
    assert feed.tag == A + "feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(A + name)) == 1 and feed.findtext(A + name).strip(), name
    assert RFC3339.match(feed.findtext(A + "updated"))
    assert re.match(r"^(tag|https?):", feed.findtext(A + "id"))
    entries = feed.findall(A + "entry")
    has_author = bool(feed.findall(f"{A}author/{A}name"))
    for e in entries:
        for name in ("id", "title", "updated"):
            assert len(e.findall(A + name)) == 1 and e.findtext(A + name).strip(), name
        assert re.match(r"^(tag|https?):", e.findtext(A + "id"))
        assert RFC3339.match(e.findtext(A + "updated"))
        assert has_author or e.findall(f"{A}author/{A}name")
        alternates = [li for li in e.findall(A + "link") if li.get("rel", "alternate") == "alternate"]
        assert len(alternates) == 1 and alternates[0].get("href").startswith(base + "/-/quote/")
        content = e.find(A + "content")
        assert content is None or content.get("src") is None
    assert len({e.findtext(A + "id") for e in entries}) == len(entries)
    selfs = [li.get("href") for li in feed.findall(A + "link") if li.get("rel") == "self"]
    assert len(selfs) == 1 and selfs[0].startswith(base + "/")
    return entries


def test_task7_a_disputes_atom_feed_valid_per_rfc4287(page, site):
    import feedparser

    base, db = site
    walk = Walk(page, base)
    assert page.locator('head link[rel=alternate][type="application/atom+xml"]').count() >= 1
    walk.click(page.locator("#disputes a.home-dispute", has_text=DISPUTE))
    did = dispute_id(db)
    advertised = page.locator('head link[rel=alternate][type="application/atom+xml"]').first.get_attribute("href")
    assert advertised == f"{base}/-/feeds/dispute/{did}.atom"
    response = walk.click(page.locator("a.ct-feed-link").first)
    walk.done()
    assert response.status == 200 and response.headers["content-type"].startswith("application/atom+xml")
    body = response.body()
    entries = check_rfc4287(body, base)
    assert not feedparser.parse(body).bozo
    want = rows(db, "select c.id, coalesce(e.name, qa.speaker_text, 'Someone'), qa.verb, qa.joiner, "
                    "q.text, qa.kind from claims c join quotes q on q.id = c.quote_id "
                    "left join entities e on e.id = c.claimant_id "
                    "left join quote_appearances qa on qa.id = (select id from quote_appearances "
                    "where quote_id = c.quote_id and article_id = c.article_id order by start limit 1) "
                    "where c.dispute_id = ?", [did])
    assert len(entries) == min(len(want), 100) > 10
    said = {f"claim/{w[0]}": sentence(w[1], w[2], w[3], w[4], w[5]) for w in want}
    for e in entries:  # each entry reads as db/statements.py writes the statement
        key = e.findtext(A + "id").split(":claimtrack/", 1)[1]
        assert e.findtext(A + "summary").startswith(said[key]), key
    first = entries[0].find(A + "link").get("href")
    assert urllib.request.urlopen(first, timeout=10).status == 200


def test_task8_a_sql_query_from_the_sql_editor(page, site):
    base, db = site
    sql = "select stance, count(*) as n from claims group by stance order by stance"
    walk = Walk(page, base)
    walk.click(page.locator("#explore a", has_text="SQL"))
    walk.click_into(".CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(sql)
    walk.click("input[type=submit][value='Run SQL']")
    walk.done()
    table = page.locator("table.rows-and-columns tbody tr")
    got = [tuple(table.nth(i).locator("td").all_inner_texts()) for i in range(table.count())]
    assert got == [(s or "", str(n)) for s, n in rows(db, sql)]


def test_task9_csv_export_with_absolute_links(page, site):
    base, db = site
    walk = Walk(page, base)
    walk.click("#explore a[href$='/search_quotes']")
    response = walk.click(page.locator("p.export-links a", has_text="CSV"))
    walk.done()
    assert response.status == 200
    table = list(csv.DictReader(io.StringIO(response.text())))
    assert len(table) > 5 and "quote_page" in table[0]
    links = [r["quote_page"] for r in table]
    assert all(re.fullmatch(re.escape(base) + r"/-/quote/[0-9a-f]+(\?article=[0-9a-f]+)?", li) for li in links)
    for link in links[:3]:  # they work outside the browser that downloaded them
        assert urllib.request.urlopen(link, timeout=10).status == 200


def test_task10_the_archived_copy_with_its_banner(page, site):
    base, db = site
    assert rows(db, "select value from settings where key = 'archive'") == [("demo-archive",)]
    walk = Walk(page, base)
    walk.click("#latest-statements li.home-statement a.ct-content >> nth=0")
    quote, article = re.search(r"/-/quote/([0-9a-f]+)\?article=([0-9a-f]+)", page.url).groups()
    walk.click("#archive-link")
    walk.done()
    url, fetched, record, warc = rows(db, "select url, fetched_at, warc_record_id, warc_file "
                                          "from articles where id = ?", [article])[0]
    assert page.locator("#archive-banner").is_visible()
    assert page.locator("#archive-url").inner_text().strip() == url
    assert fetched[:10] in page.locator("#archive-fetched").inner_text()
    record_text = page.locator("#archive-record").inner_text()
    assert record in record_text and os.path.basename(warc) in record_text
    assert page.locator("#archive-back").get_attribute("href") == f"/-/quote/{quote}?article={article}"
    copy = page.frame_locator("iframe#archive-copy")
    assert "FICTION" in copy.locator("body").inner_text()
    text = rows(db, "select text from quotes where id = ?", [quote])[0][0]
    assert copy.locator("mark#claimtrack-quote").inner_text().split() == text.split()


def test_no_horizontal_scroll_at_390px(browser, site):
    base, db = site
    quote, article = rows(db, "select quote_id, article_id from quote_appearances order by id limit 1")[0]
    entity = rows(db, "select id from entities where name = ?", [COMPANY])[0][0]
    pages = {"/": "#home-search", f"/-/quote/{quote}": "#quote-in-context",
             f"/-/entity/{entity}": "#entity-name", f"/-/dispute/{dispute_id(db)}": "svg#timeline",
             "/-/entities": "h1", f"/-/archive/{article}?quote={quote}": "#archive-banner"}
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        for path, landmark in pages.items():
            phone.goto(base + path)
            assert phone.locator(landmark).first.is_visible(), path
            width = phone.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 390, (path, width)
    finally:
        phone.close()


def test_screenshot_script_writes_small_pngs(page, served_demo, tmp_path):
    """bench/screenshots.py (make screenshots): its pages exist, its PNGs are small."""
    from PIL import Image

    from bench.screenshots import page_paths, shoot

    base, db_path = served_demo
    paths = dict(page_paths(db_path))
    assert set(paths) == {"front", "quote", "dispute"}
    out = tmp_path / "dispute.png"
    size = shoot(page, base + paths["dispute"], out)
    with Image.open(out) as im:
        assert im.format == "PNG" and im.mode == "P" and im.size == (1280, 900)
    assert size == out.stat().st_size < 150_000
    assert page.locator("svg#timeline").is_visible()
