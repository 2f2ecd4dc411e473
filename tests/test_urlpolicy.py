"""What may be fetched, and which canonical URL a page may claim (spiders/urlpolicy.py)."""

from __future__ import annotations

import pytest

from spiders.extract import Origin, article_from_response, extract_article
from spiders.urlpolicy import canonical_refusal, refusal, registrable_domain
from tests.conftest import ARTICLE_1, page

FETCHABLE = ["http://example.com/a", "https://news.bbc.co.uk/x?y=1", "http://127.0.0.1:8765/feed.xml",
             "HTTPS://Example.COM/", "http://[::1]:80/x"]
REFUSED = {
    "file:///etc/passwd": "scheme 'file:'",
    "data:text/html,<p>hi</p>": "scheme 'data:'",
    "javascript:alert(1)": "scheme 'javascript:'",
    "mailto:a@b.example": "scheme 'mailto:'",
    "urn:uuid:1234": "scheme 'urn:'",
    "ftp://example.com/x": "scheme 'ftp:'",
    "htps://example.com/x": "scheme 'htps:'",
    "http//example.com/x": "no scheme",
    "/relative/path": "no scheme",
    "http:///nohost": "no host",
    "http://exa mple.com/": "malformed host",
    "http://[::1/x": "malformed URL",
    "http://example.com:port/": "malformed URL",
    "": "empty URL",
}


@pytest.mark.parametrize("url", FETCHABLE)
def test_http_urls_may_be_fetched(url):
    assert refusal(url) is None


@pytest.mark.parametrize("url,why", REFUSED.items())
def test_everything_else_is_refused_with_a_reason(url, why):
    assert why in (refusal(url) or ""), refusal(url)


def test_non_strings_are_refused():
    assert "not a URL" in refusal(42) and "not a URL" in refusal(None)


@pytest.mark.parametrize("host,domain", [
    ("www.news.bbc.co.uk", "bbc.co.uk"), ("example.com", "example.com"),
    ("WWW.Example.COM.", "example.com"), ("www.calderdispatch.example", "calderdispatch.example"),
    ("alice.github.io", "alice.github.io"), ("127.0.0.1", "127.0.0.1"), ("localhost", "localhost"),
])
def test_registrable_domain_uses_the_bundled_public_suffix_list(host, domain):
    assert registrable_domain(host) == domain


def test_canonical_on_the_fetched_site_or_a_declared_domain_is_accepted():
    fetched = ["https://www.bbc.co.uk/news/1"]
    assert canonical_refusal("https://bbc.co.uk/news/1", fetched) is None
    assert canonical_refusal("https://m.bbc.co.uk/news/1", fetched) is None
    assert "refused" in canonical_refusal("https://co.uk/x", fetched)
    assert "refused" in canonical_refusal("https://alice.github.io/x", ["https://bob.github.io/x"])
    # served from 127.0.0.1, declared as the outlet's domain by the sources file
    assert canonical_refusal("https://harborledger.example/a", ["http://127.0.0.1:8765/a"],
                             ["harborledger.example"]) is None
    assert "refused" in canonical_refusal("https://victim.example/a", ["http://127.0.0.1:8765/a"],
                                          ["harborledger.example"])
    assert "refused" in canonical_refusal("file:///etc/passwd", ["http://a.example/x"])


def _response(url, html):
    return type("R", (), {"url": url, "body": html.encode()})()


def test_a_canonical_reached_through_a_followed_redirect_is_accepted():
    html = page("Orrin accuses Tessaly", ARTICLE_1, "https://ledger.example/orrin")
    notes = []
    art = article_from_response(_response("https://cdn.mirror.example/orrin", html),
                                Origin(redirects=("https://ledger.example/r/orrin",)), notes=notes)
    assert art.canonical_url == "https://ledger.example/orrin" and notes == []
    art = article_from_response(_response("https://cdn.mirror.example/orrin", html), Origin(),
                                notes=notes)
    assert art.canonical_url is None and art.id != extract_article(html, "x").id
    assert "ledger.example is not the site the page was fetched from" in notes[0]


def test_a_relative_canonical_is_read_on_the_page_site():
    html = page("Orrin accuses Tessaly", ARTICLE_1, "/news/orrin")
    art = article_from_response(_response("https://ledger.example/x?utm=1", html), Origin())
    assert art.canonical_url == "https://ledger.example/news/orrin"
