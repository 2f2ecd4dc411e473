"""From a fetched HTML page to an :class:`~claimtrack.records.Article`.

Metadata comes first from what the publisher declares (JSON-LD NewsArticle, OpenGraph,
``<link rel=canonical>``, ``<html lang>``), because that is what the outlet stands behind;
trafilatura fills the gaps and extracts the body. The body is then cleaned of what
extractors commonly let through on news sites: a body printed twice (print/AMP copies),
promo lines and notices.
"""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html
from trafilatura.metadata import extract_metadata

from claimtrack.records import Article
from spiders.bodytext import extract_body
from spiders.language import guess_language

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


def _jsonld_article(tree) -> dict[str, Any]:
    for node in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(node)
        except ValueError:
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


def extract_article(html: bytes | str, url: str, outlet: str | None = None,
                    charset: str | None = None) -> Article:
    """Extract one article; raises :class:`ExtractionError` for pages with no readable body."""
    if isinstance(html, bytes):
        if b"\x00" in html[:2048]:
            raise ExtractionError("binary content served as HTML")
        html_text = decode_html(html, charset)
    else:
        html_text = html
    if not html_text.strip():
        raise ExtractionError("empty page")
    try:
        tree = lxml.html.fromstring(html_text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc

    ld = _jsonld_article(tree)
    body = dedupe_paragraphs(extract_body(html_text, url))
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
    return Article(
        url=url,
        text=body,
        title=(title or "").strip() or None,
        authors=authors,
        published=_date(ld.get("datePublished") or _meta(tree, "article:published_time")
                        or getattr(doc, "date", None)),
        updated=_date(ld.get("dateModified") or _meta(tree, "article:modified_time")),
        outlet=site or outlet,
        language=(lang or "").split("-")[0].lower() or guess_language(body),
        canonical_url=canonical,
    )
