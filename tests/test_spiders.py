"""The spiders against a live local site: discovery, extraction, archive and provenance."""

from __future__ import annotations

import sqlite_utils

from claimtrack.records import ArchiveLocation
from spiders.archive import iter_archive, read_record
from spiders.demo_server import DemoSite
from spiders.extract import dedupe_paragraphs, extract_article
from spiders.run import crawl
from tests.conftest import ARTICLE_1, page


def test_crawl_feed_sitemap_archive_and_fetches(site_root, settings):
    with DemoSite(site_root) as site:
        rc = crawl(settings, site_root / "sources.yml", site=site.url, extra={"DOWNLOAD_DELAY": "0"})
    assert rc == 0
    db = sqlite_utils.Database(settings.db)
    arts = {r["canonical_url"]: r for r in db["articles"].rows}
    assert set(arts) == {"https://ledger.example/orrin-tessaly", "https://ledger.example/gazette-sues"}
    a = arts["https://ledger.example/orrin-tessaly"]
    assert a["title"] == "Orrin accuses Tessaly of distillation"
    assert a["published"] == "2026-03-04"
    assert a["outlet_id"] == "harbor-ledger"
    assert a["discovered_via"] in ("feed", "sitemap")
    assert "Most Read" not in a["text"] and "newsletter" not in a["text"]
    assert "Tamsin Okafor" in a["text"]
    # the archived record is the page as served, readable from its stored location
    rec = read_record(settings.archive, ArchiveLocation(a["warc_file"], a["warc_offset"],
                                                        a["warc_length"], a["warc_record_id"]))
    assert rec.status == 200 and b"Orrin accuses Tessaly" in rec.body
    # provenance: the 404 and the robots-disallowed page are logged with their errors
    fetches = {r["url"].split("/", 3)[-1]: r for r in db["fetches"].rows}
    assert fetches["news/missing.html"]["status"] == 404
    assert fetches["news/missing.html"]["error"]
    assert "robots" in (fetches["private/secret.html"]["error"] or "").lower()
    assert fetches["private/secret.html"]["status"] is None  # never requested
    assert fetches["news/orrin-tessaly.html"]["outcome"] == "stored"
    # every response is in the archive, robots.txt and the 404 included
    urls = {r.url.split("/", 3)[-1] for r in iter_archive(settings.archive)}
    assert {"robots.txt", "feed.xml", "sitemap.xml", "news/missing.html"} <= urls


def test_recrawl_adds_no_rows(site_root, settings):
    with DemoSite(site_root) as site:
        crawl(settings, site_root / "sources.yml", site=site.url, extra={"DOWNLOAD_DELAY": "0"})
        db = sqlite_utils.Database(settings.db)
        before = db["articles"].count
        crawl(settings, site_root / "sources.yml", site=site.url, extra={"DOWNLOAD_DELAY": "0"})
    assert db["articles"].count == before == 2


def test_extract_drops_boilerplate_and_second_copy():
    twice = page("Orrin accuses Tessaly", ARTICLE_1, "https://ledger.example/x",
                 extra='<div class="print-version">' + "".join(f"<p>{p}</p>" for p in ARTICLE_1) + "</div>")
    art = extract_article(twice.encode(), "http://127.0.0.1/x")
    assert art.text.count("We never touched their API") == 1
    assert "Sign up for our newsletter" not in art.text
    assert art.canonical_url == "https://ledger.example/x"
    assert art.authors == ["Jo Bright"]


def test_dedupe_paragraphs_keeps_short_repeats():
    text = "Yes.\nA long paragraph that is printed twice on the page.\nYes.\nA long paragraph that is printed twice on the page."
    assert dedupe_paragraphs(text) == "Yes.\nA long paragraph that is printed twice on the page.\nYes."
