"""A real headless browser over the served demo database (Debian's chromium, Playwright).

Follows a journalist's path: search a quote, open it, see it highlighted in its article, follow
the links to its speaker, its dispute and its archived copy. And a hostile article, whose title,
body and quote carry <script> and onerror= payloads, renders them as text with no script run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from bench.browser import CHROMIUM, chromium, free_port, wait_until_up
from claimtrack.ids import quote_id
from claimtrack.records import Analysis, Article, Claim, Quote
from db import writer
from db.analysis import write_analysis
from db.finalize import finalize
from db.publish import datasette_args, prepare_for_serving
from nlp.gazetteer import Gazetteer
from nlp.identity import assign_ids

if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("chromium is not installed: `make test` installs it (apt-get install chromium)")
    pytest.skip("chromium not installed (make test installs it)", allow_module_level=True)

PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'


def add_hostile_article(settings) -> str:
    db = writer.open_db(settings.db)
    text = f"Orrin Systems answered a hostile page {PAYLOAD} today.\n“We reject {PAYLOAD} entirely,” said Jonah Velling."
    start = text.index("We reject")
    end = text.index("entirely") + len("entirely")
    art = Article(url="http://127.0.0.1/hostile", canonical_url="javascript:alert(1)",
                  title=f"Hostile {PAYLOAD} headline", text=text, outlet="Byteline",
                  published="2026-10-30")
    aid = writer.upsert_article(db, art)
    analysis = Analysis(source=aid, article=art, quotes=[Quote(
        text=text[start:end], kind="direct", start=start, end=end, speaker="Jonah Velling",
        speaker_label="PERSON", cue="said")], claims=[Claim("Jonah Velling", None, "denial", 0)])
    assign_ids(analysis, Gazetteer.load(settings.gazetteers))  # as the pipeline does
    write_analysis(db, aid, analysis, published="2026-10-30")
    finalize(db)
    db.close()
    return quote_id(text[start:end])


@pytest.fixture(scope="module")
def served(demo_db, tmp_path_factory):
    """The demo database (plus one hostile article) served by `datasette serve` as
    `claimtrack serve` runs it: read-only, immutable, with our metadata and plugin."""
    out = tmp_path_factory.mktemp("served")
    db_path = out / "demo.db"
    shutil.copy(demo_db.db, db_path)
    settings = demo_db.with_(db_path=db_path)
    hostile_quote = add_hostile_article(settings)
    prepare_for_serving(settings)
    port = free_port()
    exe = Path(sys.executable).with_name("datasette")
    proc = subprocess.Popen([str(exe), *datasette_args(settings, port=port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, proc)
    yield base, settings, hostile_quote
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page(served):
    with chromium() as browser:
        pg = browser.new_page()
        dialogs = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.dialogs = dialogs
        yield pg


def test_search_open_quote_and_follow_links(served, page):
    base, settings, _ = served
    db = sqlite_utils.Database(settings.db)
    q = next(db.query(
        "select q.id, q.text from quotes q join claims c on c.quote_id = q.id "
        "join quote_appearances qa on qa.quote_id = q.id join articles a on a.id = qa.article_id "
        "where q.speaker_id is not null and c.dispute_id is not null and q.kind = 'direct' "
        "and a.warc_file is not null and length(q.text) > 40 order by q.id limit 1"))
    word = max(q["text"].replace("’", " ").split(), key=len).strip(".,;:“”\"'")
    page.goto(f"{base}/{settings.db.stem}/search_quotes?q={word}")
    page.click(f'a[href$="/-/quote/{q["id"]}"]')  # canned queries' links are absolute
    mark = page.locator("#quote-in-context")
    assert mark.is_visible()
    assert mark.inner_text().strip() == q["text"].strip()
    assert mark.evaluate("e => e.tagName") == "MARK"
    quote_url = page.url
    page.click("#speaker-link")
    assert page.locator("#entity-name").is_visible()
    page.goto(quote_url)
    page.click("a.dispute-link")
    assert page.locator("#dispute-name").is_visible()
    page.goto(quote_url)
    page.click("#archive-link")
    assert "/-/archive/" in page.url and page.locator("#archive-banner").is_visible()
    copy = page.frame_locator("#archive-copy")
    assert "FICTION" in copy.locator("body").inner_text()
    assert copy.locator("mark#claimtrack-quote").count() == 1


def test_hostile_text_is_shown_not_run(served, page):
    base, settings, hostile_quote = served
    page.goto(f"{base}/-/quote/{hostile_quote}")
    assert "<script>window.__pwned=1</script>" in page.locator("#quote-text").inner_text()
    assert 'onerror="window.__pwned=1"' in page.locator(".ct-context").inner_text()
    page.goto(f"{base}/{settings.db.stem}/articles?_search=hostile")
    page.goto(f"{base}/{settings.db.stem}/who_said_what?speaker=Jonah+Velling")
    page.goto(f"{base}/-/search?q=hostile")
    for url in (f"{base}/-/quote/{hostile_quote}", f"{base}/{settings.db.stem}/articles?_search=hostile"):
        page.goto(url)
        page.wait_for_timeout(300)
        assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []
    # the javascript: canonical URL is never made a link
    page.goto(f"{base}/-/quote/{hostile_quote}")
    assert page.locator('a[href^="javascript:"]').count() == 0
