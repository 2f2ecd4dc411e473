"""Every internal link from the home page, to three clicks, answers 200 (issue 13).

The demo is served by ``claimtrack serve --db`` (conftest's ``served_demo``) and crawled over
127.0.0.1 by tests/linkcheck.py, which says which links stand for others (every quote, entity,
dispute and archived copy linked, once each; one Datasette link per shape) and bounds the count. External links are never followed.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.linkcheck import crawl, shape
from tests.sites import Route, Site

LIMIT = 3000  # fetches; the demo needs about 1,100


def test_every_internal_link_to_depth_3_answers_200(served_demo):
    base, _ = served_demo
    report = crawl(base, depth=3, limit=LIMIT)
    assert report.bad == []
    assert max(report.depth_of[u] for u in report.fetched) == 3
    assert len(report.fetched) > 500  # the crawl went somewhere
    kinds = {"/".join(urlsplit(u).path.split("/")[:3]) for u in report.fetched}
    for page in ("/-/quote", "/-/entity", "/-/dispute", "/-/archive", "/-/feeds", "/-/entities"):
        assert page in kinds, page
    seen = list(report.depth_of)
    # a foreign key's label must not end up in a link (it once did: ?article={'value': ...})
    assert not [u for u in seen if "%7B%27" in u or "{'" in u]
    # links meant for this server use its base URL, never a default one
    assert not [u for u in report.external if u.startswith("http://localhost:8001")]


def test_the_crawler_finds_a_broken_link_and_stays_home():
    page = '<a href="/a">a</a> <a href="https://example.org/x">out</a> <img src="/i.png">'
    routes = {"/": Route(body=page.encode()),
              "/a": Route(body=b'<a href="/missing">gone</a> <a href="/b?x=1">1</a> <a href="/b?x=2">2</a>'),
              "/b": Route(body=b"b"),
              "/i.png": Route(headers={"Content-Type": "image/png"}, body=b"png")}
    with Site(routes) as site:
        report = crawl(site.url, depth=3)
        assert report.bad == [(404, site.url + "/missing")]
        assert report.external == {"https://example.org/x"}
        assert site.hits["/b"] == 1  # /b?x=2 has the shape of /b?x=1: one stands for both
        assert crawl(site.url, depth=3, every=True).fetched.keys() >= {site.url + "/b?x=2"}
    assert shape("/demo/articles/ab12") == shape("/demo/articles/cd34")
    assert shape("/demo/claims?stance=denial") == shape("/demo/claims?stance=ruling")
    assert shape("/demo/claims?stance=denial") != shape("/demo/claims?_sort=id")
    assert shape("/-/quote/ab12?article=1") == shape("/-/quote/ab12?article=2")
    assert shape("/-/quote/ab12") != shape("/-/quote/cd34")
