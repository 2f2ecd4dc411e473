"""From a fetched HTML page to an :class:`~claimtrack.records.Article`.

Metadata comes first from what the publisher declares (JSON-LD NewsArticle, OpenGraph,
``<link rel=canonical>``, ``<html lang>``), because that is what the outlet stands behind;
trafilatura fills the gaps and extracts the body. The body is then cleaned of what
extractors commonly let through on news sites: a body printed twice (print/AMP copies),
promo lines and notices.

:func:`article_from_response` is the one way from a fetched response to a stored article: the
crawl (spiders/spiders/news.py) and ``claimtrack rebuild`` (claimtrack/rebuild.py) both read
pages through it, so an article rebuilt from the archive equals the one the crawl stored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from trafilatura.metadata import extract_metadata

from claimtrack.records import Article, ArchiveLocation
from spiders.bodytext import extract_body
from spiders.language import guess_language
from spiders.urlpolicy import canonical_refusal

# Paragraphs that are page furniture, never journalism. Kept short and generic on purpose:
# site-specific rules would overfit.
BOILERPLATE = re.compile(
    r"^(?:FICTION\b.*demo corpus|sign up for|subscribe to|most read|related stories|"
    r"read more:|advertisement$|we use cookies|this site uses cookies|share this article|"
    r"follow us on)",
    re.IGNORECASE,
)


class ExtractionError(ValueError):
    """A page that is not an article we can read; the crawl logs it and goes on."""


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


# JSON-LD deeper than this is not read: real article markup is a few levels deep, and a page
# nested thousands deep would otherwise raise RecursionError in the JSON decoder.
MAX_JSONLD_DEPTH = 64
_JSON_STRING = re.compile(r'"(?:\\.|[^"\\])*"')
_JSON_OPEN_CLOSE = re.compile(r"[\[\]{}]")


def _json_depth(text: str) -> int:
    """How deep brackets nest in ``text`` (strings skipped), without parsing it."""
    depth = deepest = 0
    for m in _JSON_OPEN_CLOSE.finditer(_JSON_STRING.sub("", text)):
        depth += 1 if m.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _jsonld_article(tree, notes: list[str] | None = None) -> dict[str, Any]:
    for node in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if node.count("[") + node.count("{") > MAX_JSONLD_DEPTH and \
                _json_depth(node) > MAX_JSONLD_DEPTH:
            if notes is not None:
                notes.append(f"JSON-LD nested deeper than {MAX_JSONLD_DEPTH} levels not read")
            continue
        try:
            data = json.loads(node)
        except (ValueError, RecursionError):
            continue
        stack = _as_list(data)
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(_as_list(item.get("@graph")))
            types = {str(t) for t in _as_list(item.get("@type"))}
            if types & {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                        "AnalysisNewsArticle"}:
                return item
    return {}


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name"):
            vals = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if vals and vals[0].strip():
                return vals[0].strip()
    return None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
    return "-".join(m.groups()) if m else None


_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?",
                   re.ASCII)


def _datetime(value: str | None) -> str | None:
    """A publication time to the minute, in UTC (``YYYY-MM-DDTHH:MMZ``) when the page gives a
    zone, as written otherwise (``YYYY-MM-DDTHH:MM``); None when it gives only a date. First
    appearance is decided on it (db/firsts.py): two outlets publishing the same day are a tie
    only if their pages give no time."""
    import datetime as dt

    m = _TIME.search(value or "")
    if not m:
        return None
    day, hh, mm, zone = m.groups()
    try:
        t = dt.datetime.fromisoformat(f"{day}T{hh}:{mm}")
        if not zone:
            return t.strftime("%Y-%m-%dT%H:%M")
        sign = -1 if zone.startswith("-") else 1
        digits = zone.strip("+-").replace(":", "") if zone != "Z" else "0000"
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return (t - sign * offset).strftime("%Y-%m-%dT%H:%MZ")
    except ValueError:
        return None


def _names(value: Any) -> list[str]:
    out = []
    for a in _as_list(value):
        name = a.get("name") if isinstance(a, dict) else a
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def dedupe_paragraphs(text: str) -> str:
    """Drop boilerplate lines and any paragraph already printed earlier on the page."""
    seen: set[str] = set()
    kept = []
    for para in text.split("\n"):
        p = para.strip()
        if not p or BOILERPLATE.search(p):
            continue
        key = re.sub(r"\W+", " ", p.lower()).strip()
        if len(key) > 30 and key in seen:
            continue
        seen.add(key)
        kept.append(p)
    return "\n".join(kept)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode a page whose declared encoding may be wrong or missing: the declared charset
    (header, then <meta>) if the bytes really are in it, else UTF-8, else Windows-1252, which
    is what pages with no or a false declaration are usually in."""
    candidates = [declared]
    m = _META_CHARSET.search(body[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1252"]
    for enc in candidates:
        if not enc:
            continue
        try:
            return body.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()
    return norm(a) == norm(b)


def _page_text(html: bytes | str, charset: str | None, notes: list[str]) -> str:
    """The page as text. A NUL in the first 2 KB means a binary file served as HTML; one
    further on is a stray byte, removed (lxml refuses a whole page for a single NUL)."""
    if isinstance(html, bytes):
        if b"\x00" in html[:2048]:
            raise ExtractionError("binary content served as HTML")
        html = decode_html(html, charset)
    if "\x00" in html:
        notes.append(f"{html.count(chr(0))} NUL byte(s) removed")
        html = html.replace("\x00", "")
    if not html.strip():
        raise ExtractionError("empty page")
    return html


def extract_article(html: bytes | str, url: str, outlet: str | None = None,
                    charset: str | None = None, notes: list[str] | None = None) -> Article:
    """Extract one article; raises :class:`ExtractionError` for pages with no readable body.

    Small faults cost a note in ``notes``, not the article: a stray NUL byte past the first
    2 KB, JSON-LD nested too deep to read, a page nested deeper than the HTML parser goes."""
    notes = notes if notes is not None else []
    html_text = _page_text(html, charset, notes)
    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.fromstring(html_text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc

    ld = _jsonld_article(tree, notes)
    body = dedupe_paragraphs(extract_body(html_text, url))
    if len(body) < 80 and _too_deep(parser):
        body = dedupe_paragraphs(extract_body(flatten_html(html_text), url))
        notes.append("page nested deeper than the HTML parser reads: body read from a "
                     "flattened copy, possibly in part")
    if len(body) < 80:
        raise ExtractionError("no article body found")
    doc = None
    if not (ld.get("headline") and ld.get("datePublished") and ld.get("author")):
        try:  # the publisher declared too little: let trafilatura read the page's metadata
            doc = extract_metadata(html_text, default_url=url)
        except Exception:  # metadata is a bonus; a page it chokes on still has its body
            doc = None

    title = ld.get("headline") or _meta(tree, "og:title") or getattr(doc, "title", None)
    if title:  # the headline printed above the body is not part of the body
        first, _, rest = body.partition("\n")
        if _same(first, title):
            body = rest
    canonical = (tree.xpath('//link[@rel="canonical"]/@href') or [None])[0] \
        or _meta(tree, "og:url") or ld.get("url") or getattr(doc, "url", None)
    authors = _names(ld.get("author")) or [
        a.strip() for a in re.split(r";|,| and ", _meta(tree, "author", "article:author") or "")
        if a.strip()] or [a.strip() for a in (getattr(doc, "author", None) or "").split(";") if a.strip()]
    publisher = ld.get("publisher")
    site = (publisher.get("name") if isinstance(publisher, dict) else None) \
        or _meta(tree, "og:site_name") or getattr(doc, "sitename", None)
    lang = (tree.xpath("/html/@lang") or [None])[0] or getattr(doc, "language", None)
    declared = (ld.get("datePublished") or _meta(tree, "article:published_time")
                or getattr(doc, "date", None))
    return Article(
        url=url,
        text=body,
        title=(title or "").strip() or None,
        authors=authors,
        published=_date(declared),
        published_at=_datetime(declared),
        updated=_date(ld.get("dateModified") or _meta(tree, "article:modified_time")),
        outlet=site or outlet,
        language=(lang or "").split("-")[0].lower() or guess_language(body),
        canonical_url=canonical,
    )


def _too_deep(parser) -> bool:
    """The parser stopped at its nesting limit (libxml2: 256 levels) and dropped the rest."""
    return any("Excessive depth" in e.message for e in parser.error_log)


# When a page nests deeper than the parser goes (10,000 <div>s), every tag but these is
# dropped and the page read again: paragraphs and headings keep the text, the head keeps
# the metadata. Inline and container tags add nothing to the text once gone.
FLAT_KEEP = ("html", "head", "body", "title", "meta", "link", "script", "style", "p", "br",
             "h1", "h2", "h3", "h4", "h5", "h6")
_FLAT_DROP = re.compile(r"</?(?!(?:%s)\b)[a-zA-Z][^>]*>" % "|".join(FLAT_KEEP))


def flatten_html(html: str) -> str:
    return _FLAT_DROP.sub(" ", html)


@dataclass
class Origin:
    """Where a page came from: what the crawl knew about it besides its bytes.

    The crawl reads it from the request (sources file, discovery, provenance extension); a
    rebuild reads the same facts back from the WARC record's headers.
    """

    source: str | None = None  # the configured source that led to the page
    via: str | None = None  # feed | sitemap | urllist
    outlet: str | None = None  # the outlet the sources file names, if the page names none
    fetched_at: str | None = None
    archive: ArchiveLocation | None = None
    request_url: str | None = None  # before redirects, as in `fetches`
    fetch_id: str | None = None  # the `fetches` row of the answer
    redirects: tuple[str, ...] = ()  # the URLs redirected from, on the way to this page
    domains: tuple[str, ...] = ()  # the domains the sources file declares for the source


_CHARSET = re.compile(r"charset=([\w-]+)", re.IGNORECASE | re.ASCII)


def article_from_response(response, origin: Origin, content_type: str = "",
                          notes: list[str] | None = None) -> Article:
    """The article in a fetched page (anything with ``url`` and ``body``: a Scrapy response,
    an archived one), with where it came from; raises :class:`ExtractionError` for a page
    that is not one. What was refused or read in part is appended to ``notes``.

    The charset the server declared in ``content_type`` is tried first, since a page's own
    declaration is often missing or wrong (see :func:`decode_html`). The canonical URL the
    page declares becomes the article's id only when it is on the site the page was fetched
    from (spiders/urlpolicy.py): otherwise any page could overwrite any outlet's article."""
    notes = notes if notes is not None else []
    m = _CHARSET.search(content_type or "")
    article = extract_article(response.body, response.url, origin.outlet,
                              charset=m.group(1) if m else None, notes=notes)
    canonical = article.canonical_url
    if canonical and not urlsplit(canonical).scheme:  # relative: on the page's own site
        canonical = urljoin(response.url, canonical)
    why = canonical_refusal(canonical, [*origin.redirects, origin.request_url, response.url],
                            origin.domains)
    if why:
        notes.append(why)
        canonical = None
    article.canonical_url = canonical
    article.fetched_at = origin.fetched_at
    article.archive = origin.archive
    article.source = origin.source
    article.discovered_via = origin.via
    article.request_url = origin.request_url
    article.fetch_id = origin.fetch_id
    return article
