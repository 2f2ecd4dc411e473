"""Follow a served site's internal links breadth-first from its home page, over 127.0.0.1.

Used by tests/test_links.py on the demo, and runnable by hand for the exhaustive crawl:

    python -m tests.linkcheck http://127.0.0.1:8001 --depth 3 --all

Every link of a fetched page is collected: ``<a href>``, ``<link href>``, ``<iframe src>``,
``<img src>`` and ``<script src>``. Internal links (the base URL's, relative or absolute) are
followed; external ones (the articles' sources, the license, Wikidata) never are.

**Bounded.** From the demo's home page, three clicks reach about 8,300 distinct URLs (all
fetched by ``--all``: seven minutes on a busy 2-core machine), almost all of them Datasette's
own permutations of a table page (each sort order, each facet value, each page of results, each
export format) and claimtrack pages opened at another article. So by default links are fetched
once per *shape*: the path, and the names (not the values) of the query parameters. A link to
one of claimtrack's pages (``/``, ``/-/quote/``, ``/-/entity/``, ``/-/dispute/``,
``/-/archive/``, ``/-/feeds/``, ``/-/entities``) keeps its whole path, since each names a row
that must exist: every quote, entity, dispute and archived copy linked is fetched, once (not
once per ``?article=``). A Datasette row page's id is folded too: ``/demo/articles/<id>`` is one
shape. The first link of a shape found breadth-first stands for the others.
"""

from __future__ import annotations

import argparse
import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

OUR_PAGES = ("/-/quote/", "/-/entity/", "/-/dispute/", "/-/archive/", "/-/feeds/", "/-/entities")
LINK_ATTRS = {"a": "href", "link": "href", "iframe": "src", "img": "src", "script": "src"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        want = LINK_ATTRS.get(tag)
        for name, value in attrs:
            if name == want and value:
                self.links.append(value)


def links_of(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.links


def shape(url: str) -> tuple:
    """What a link stands for: its path, with a Datasette row page's id folded, and the names
    of its query parameters. ``/demo/articles/ab12`` and ``/demo/articles/cd34`` are one shape;
    ``/demo/claims?stance=denial`` and ``?stance=ruling`` are one shape; ``/-/quote/ab12`` and
    ``/-/quote/cd34`` are two, ``/-/quote/ab12?article=1`` and ``?article=2`` one."""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    if len(segments) >= 4 and segments[1] and not ours(parts.path):  # /db/table/row
        segments[3] = re.sub(r"^.*?(\.json|\.csv)?$", r"*\1", segments[3])
    names = tuple(sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)}))
    return "/".join(segments), names


def ours(path: str) -> bool:
    return path == "/" or path.startswith(OUR_PAGES)


@dataclass
class Report:
    fetched: dict[str, int] = field(default_factory=dict)  # URL -> status
    depth_of: dict[str, int] = field(default_factory=dict)  # every internal URL seen -> depth
    sampled_out: int = 0  # Datasette links whose shape another link already stood for
    external: set[str] = field(default_factory=set)
    seconds: float = 0.0

    @property
    def bad(self) -> list[tuple[int, str]]:
        return sorted((s, u) for u, s in self.fetched.items() if s != 200)


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            ctype = r.headers.get("content-type", "")
            body = r.read().decode("utf-8", "replace") if "html" in ctype else ""
            return r.status, ctype, body
    except urllib.error.HTTPError as e:
        return e.code, "", ""


def crawl(base: str, depth: int = 3, every: bool = False, limit: int = 4000,
          workers: int = 4) -> Report:
    """Fetch ``base + "/"`` and every internal link to ``depth`` clicks (see the module's
    docstring for which links stand for others); at most ``limit`` fetches."""
    t0 = time.monotonic()
    report = Report()
    level, shapes = [base + "/"], set()
    report.depth_of[level[0]] = 0
    with ThreadPoolExecutor(workers) as pool:
        for d in range(depth + 1):
            assert len(report.fetched) + len(level) <= limit, "more links than the bound"
            found: list[str] = []
            for url, (status, _, body) in zip(level, pool.map(_get, level)):
                report.fetched[url] = status
                if d < depth and body:
                    found += [urldefrag(urljoin(url, h))[0] for h in links_of(body)]
            level = []
            for url in found:
                if not url.startswith(base + "/"):
                    if url.startswith(("http:", "https:")):
                        report.external.add(url)
                    continue
                if url in report.depth_of:
                    continue
                report.depth_of[url] = d + 1
                if not every:
                    key = shape(url[len(base):])
                    if key in shapes:
                        report.sampled_out += 1
                        continue
                    shapes.add(key)
                level.append(url)
    report.seconds = time.monotonic() - t0
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", help="the served site, e.g. http://127.0.0.1:8001")
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--all", action="store_true", help="fetch every URL, not one per shape")
    ap.add_argument("--limit", type=int, default=20000)
    args = ap.parse_args(argv)
    r = crawl(args.base.rstrip("/"), args.depth, every=args.all, limit=args.limit)
    print(f"{len(r.fetched)} fetched, {len(r.depth_of)} internal URLs seen, {r.sampled_out} "
          f"stood for by another of their shape, {len(r.external)} external links not followed, "
          f"{r.seconds:.1f} s")
    for status, url in r.bad:
        print(status, url)
    return 1 if r.bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
