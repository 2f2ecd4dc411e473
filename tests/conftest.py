"""Shared fixtures: a small local news site, settings in a temp dir, one loaded pipeline.

Every network test talks to a server this suite starts on 127.0.0.1; nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from claimtrack.config import NLP_DATA, RELEVANCE, Settings, demo_settings

TESTS = Path(__file__).parent
FIXTURE_GAZ = TESTS / "data" / "test_gazetteer.jsonl"


def page(title: str, paragraphs: list[str], canonical: str, published: str = "2026-03-04",
         author: str = "Jo Bright", outlet: str = "Harbor Ledger", extra: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{canonical}"><meta property="og:site_name" content="{outlet}">
<meta name="author" content="{author}"><meta property="article:published_time" content="{published}T09:00:00Z">
</head><body><div class="fiction-notice">FICTION — test page, everything on it is invented.</div>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="byline">By {author}</p>{body}
<aside class="promo"><p>Sign up for our newsletter to get the day's top stories.</p></aside>
{extra}</article>
<aside><h3>Most Read</h3><ul><li><a href="/x">Local ferry timetable changes again this winter season</a></li></ul></aside>
<footer>© {outlet}. All rights reserved.</footer></body></html>"""


ARTICLE_1 = [
    "CALDER CITY, March 4 — Orrin Labs accused its rival Tessaly of distilling its flagship model "
    "through its API, harvesting millions of answers to train a cheaper copy.",
    "“We have clear evidence that Tessaly used our outputs to build its model,” said Mara Ellison, "
    "Orrin's chief executive.",
    "Tamsin Okafor, Tessaly's general counsel, was unequivocal. “We never touched their API.”",
    "A spokesperson for Skyreach Cloud declined to comment.",
]
ARTICLE_2 = [
    "CALDER CITY, March 9 — The Calder Gazette sued Tessaly in the Calder District Court, saying the "
    "company copied thousands of its articles to train its chatbot without a licence.",
    "“This is theft on an industrial scale,” said Ines Varga, the Gazette's publisher.",
    "Tessaly did not immediately respond to a request for comment.",
]


@pytest.fixture(scope="session")
def site_root(tmp_path_factory) -> Path:
    """A tiny news site: a feed, a sitemap, two articles, and a link that 404s."""
    root = tmp_path_factory.mktemp("site")
    (root / "news").mkdir()
    (root / "news" / "orrin-tessaly.html").write_text(
        page("Orrin accuses Tessaly of distillation", ARTICLE_1, "https://ledger.example/orrin-tessaly"),
        encoding="utf-8")
    (root / "news" / "gazette-sues.html").write_text(
        page("Gazette sues Tessaly", ARTICLE_2, "https://ledger.example/gazette-sues",
             published="2026-03-09"), encoding="utf-8")
    (root / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>'
        '<item><title>a</title><link>{{SITE}}/news/orrin-tessaly.html</link></item>'
        '<item><title>gone</title><link>{{SITE}}/news/missing.html</link></item>'
        '</channel></rss>', encoding="utf-8")
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        '<url><loc>{{SITE}}/news/gazette-sues.html</loc></url>'
        '<url><loc>{{SITE}}/news/orrin-tessaly.html</loc></url></urlset>', encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    (root / "sources.yml").write_text(
        "sources:\n  - name: ledger\n    outlet: Harbor Ledger\n    domains: [ledger.example]\n"
        "    feeds: ['{{SITE}}/feed.xml']\n    sitemaps: ['{{SITE}}/sitemap.xml']\n"
        "    urls: ['{{SITE}}/private/secret.html']\n", encoding="utf-8")
    return root


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings().with_(db_path=tmp_path / "t.db", archive_dir=tmp_path / "archive",
                            gazetteers=(NLP_DATA / "gazetteer.jsonl", FIXTURE_GAZ))


@pytest.fixture(scope="session")
def nlp():
    from nlp.pipeline import build_pipeline

    s = Settings().with_(gazetteers=(NLP_DATA / "gazetteer.jsonl", FIXTURE_GAZ))
    return build_pipeline(s)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The demo built once for the session, exactly as `claimtrack demo --no-serve` builds it."""
    from claimtrack import jobs
    from claimtrack.demo import crawl_demo
    from spiders.demo_server import DemoSite

    out = tmp_path_factory.mktemp("demo")
    s = demo_settings(db=out / "demo.db")
    with DemoSite() as site:
        rc = crawl_demo(s, site.url, log_file=out / "crawl.log")
        # a second build must ask the same URLs (same port): kept beside the database
        (out / "site-url.txt").write_text(site.url, encoding="utf-8")
    assert rc == 0, (out / "crawl.log").read_text()[-3000:]
    snapshot(s.db, out / "snapshot-crawled.db")  # the scale-out tests start from these two
    jobs.process(s)
    snapshot(s.db, out / "snapshot-processed.db")
    return s


def snapshot(src: Path, dst: Path) -> Path:
    """A copy of database ``src`` as it is now (SQLite's backup: what is still in its WAL
    too). ``demo_db`` keeps one from before and one from after `process`, since later tests
    may crawl into it again."""
    import sqlite3

    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        b.close()
        a.close()
    return dst


@pytest.fixture(scope="session")
def served_demo(demo_db, tmp_path_factory):
    """The demo as a journalist gets it: ``claimtrack serve --db <folder>/demo.db`` run from
    another working directory, with the database and the archive the demo wrote beside it and
    no CLAIMTRACK_* variable set, so the archive is found from the database alone (its
    ``settings`` table), never from the working directory. Yields (base URL, database path)."""
    from bench.browser import claimtrack_serve

    root = tmp_path_factory.mktemp("served-demo")
    data = root / "data"
    data.mkdir()
    shutil.copy(demo_db.db, data / "demo.db")
    shutil.copytree(demo_db.archive, data / "demo-archive")
    elsewhere = root / "elsewhere"  # the working directory: no data/ and no archive in it
    elsewhere.mkdir()
    with claimtrack_serve(data / "demo.db", cwd=elsewhere) as base:
        yield base, data / "demo.db"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """A redis-server on a free 127.0.0.1 port for the session (tests/redisd.py); the
    scale-out tests skip, saying why, only when the binary is absent (`make test` installs
    it)."""
    from tests.redisd import RedisServer

    if RedisServer.binary() is None:
        pytest.skip("redis-server is not installed (`make redis` installs Debian's)")
    pytest.importorskip("redis", reason="the [redis] extra is not installed")
    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.fixture
def redis_url(redis_server) -> str:
    """The session's Redis, emptied for each test."""
    redis_server.flush()
    return redis_server.url


def fetch_pages(settings: Settings, paths: list[str]) -> dict[str, tuple[int, str, dict]]:
    """Each path's (status, body, headers) from the published Datasette, in process (no
    server): the pages as a reader's browser gets them, for the tests that read many."""
    from db.publish import make_datasette

    async def go():
        ds = make_datasette(settings)
        out = {}
        for p in paths:
            r = await ds.client.get(p)
            out[p] = (r.status_code, r.text, dict(r.headers))
        return out
    return asyncio.run(go())

