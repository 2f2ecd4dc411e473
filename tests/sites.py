"""Local test sites served on 127.0.0.1: generated news sites and a site of bad input.

``Site`` serves a dict of routes and counts hits per path, so tests can check what the
spiders fetched, how often. Everything here is fiction, generated for tests and benchmarks.
"""

from __future__ import annotations

import gzip
import json
import http.server
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

FICTION = ('<div class="fiction-notice">FICTION — generated test page; every outlet, company, '
           'person and quote on it is invented.</div>')

FIRST = ["Mara", "Tamsin", "Ines", "Joel", "Rhea", "Oskar", "Priya", "Dmitri", "Lena", "Hugo"]
LAST = ["Ellison", "Okafor", "Varga", "Brandt", "Castellanos", "Lindqvist", "Raman", "Sorel",
        "Marsh", "Ferreira"]
ORGS = ["Orrin Labs", "Tessaly", "Skyreach Cloud", "Quillfire", "Northwind Models", "Calder Gazette",
        "Ashgrove Press", "Pelagic Audio", "Pellucid Images", "Harbor Ledger"]
VERBS = ["said", "told reporters", "added", "argued", "wrote in a statement"]


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    body: bytes | Callable[[], bytes] = b""
    delay: float = 0.0
    stream: Callable | None = None  # writes the body itself (huge pages)


class Site:
    """``with Site(routes) as s: s.url`` — serves routes; ``s.hits`` counts requests per path."""

    def __init__(self, routes: dict[str, Route], delay: float = 0.0):
        self.routes = routes
        self.hits: Counter = Counter()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_GET(self):
                path = self.path.split("?", 1)[0]
                site.hits[path] += 1
                r = site.routes.get(path)
                if r is None:
                    r = Route(404, body=b"<html><body>not found</body></html>")
                if r.delay or delay:
                    time.sleep(r.delay or delay)
                try:
                    self.send_response(r.status)
                    for k, v in r.headers.items():
                        self.send_header(k, v)
                    if r.stream is not None:
                        r.stream(self)
                        return
                    body = r.body() if callable(r.body) else r.body
                    body = body.replace(b"{{SITE}}", site.url.encode())
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def furniture(rng: random.Random, kb: int) -> str:
    """Page weight real news sites carry around a story: menus, scripts, related links."""
    parts, size = [], 0
    while size < kb * 1024:
        links = "".join(f'<li><a href="/section/{rng.randint(1, 999)}">{rng.choice(ORGS)} '
                        f'{rng.choice(LAST)} section {k}</a></li>' for k in range(20))
        script = "var cfg=" + json.dumps({f"k{k}": rng.random() for k in range(40)}) + ";"
        chunk = f'<nav class="mega-menu"><ul>{links}</ul></nav><script>{script}</script>'
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


def article_html(i: int, rng: random.Random, padding_kb: int = 0) -> str:
    a, b = rng.sample(ORGS, 2)
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    paras = [
        f"CALDER CITY, March {1 + i % 28} — {a} accused {b} of copying its copyrighted material "
        f"to train an AI model without a licence, in a dispute numbered {i}.",
        f"“We will defend our work against anyone who takes it,” {who}, a lawyer for {a}, "
        f"{rng.choice(VERBS)}.",
        f"{b} said the claims were baseless and that its model was built on licensed data.",
        f"A spokesperson for {rng.choice(ORGS)} declined to comment.",
    ] + [f"Paragraph {k} of story {i} adds background on the licensing talks, the court "
         f"schedule and what each side has said before." for k in range(rng.randint(2, 6))]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story {i}: {a} v {b}</title>'
            f'<link rel="canonical" href="https://generated.example/story/{i}">'
            f'<meta property="og:site_name" content="Generated Ledger">'
            f'<meta property="article:published_time" content="2026-03-{1 + i % 28:02d}T08:00:00Z">'
            f'<meta name="author" content="{who}"></head><body>{FICTION}<nav>Home | Tech</nav>'
            f'{furniture(rng, padding_kb) if padding_kb else ""}'
            f'<article><h1>Story {i}: {a} v {b}</h1>{body}'
            f'<aside class="promo"><p>Sign up for our newsletter.</p></aside></article>'
            f'<aside><h3>Most Read</h3><ul><li>Another story</li></ul></aside></body></html>')


def news_site(n: int, seed: int = 7, delay: float = 0.0, padding_kb: int = 0) -> dict[str, Route]:
    """A feed and a sitemap listing n generated article pages."""
    rng = random.Random(seed)
    routes: dict[str, Route] = {"/robots.txt": Route(headers={"Content-Type": "text/plain"},
                                                     body=b"User-agent: *\nDisallow: /private/\n")}
    items, locs = [], []
    for i in range(n):
        path = f"/story/{i}.html"
        routes[path] = Route(body=article_html(i, rng, padding_kb).encode(), delay=delay)
        items.append(f"<item><title>Story {i}</title><link>{{{{SITE}}}}{path}</link></item>")
        locs.append(f"<url><loc>{{{{SITE}}}}{path}</loc></url>")
    routes["/feed.xml"] = Route(headers={"Content-Type": "application/rss+xml"},
                                body=('<?xml version="1.0"?><rss version="2.0"><channel><title>G</title>'
                                      + "".join(items) + "</channel></rss>").encode())
    routes["/sitemap.xml"] = Route(headers={"Content-Type": "application/xml"},
                                   body=('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                         + "".join(locs) + "</urlset>").encode())
    return routes


def sources_for(tmp_path, feeds=("/feed.xml",), sitemaps=("/sitemap.xml",), urls=()) -> "Path":
    def q(xs):
        return "[" + ", ".join(f"'{{{{SITE}}}}{x}'" for x in xs) + "]"
    p = tmp_path / "sources.yml"
    p.write_text(f"sources:\n  - name: generated\n    outlet: Generated Ledger\n"
                 f"    domains: [generated.example]\n"
                 f"    feeds: {q(feeds)}\n    sitemaps: {q(sitemaps)}\n    urls: {q(urls)}\n",
                 encoding="utf-8")
    return p


def gzip_bomb(size: int = 200 * 1024 * 1024) -> bytes:
    """A small gzip body that expands to ``size`` bytes of zeros."""
    import io

    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        chunk = b"\0" * (1024 * 1024)
        for _ in range(size // len(chunk)):
            gz.write(chunk)
    return buf.getvalue()
