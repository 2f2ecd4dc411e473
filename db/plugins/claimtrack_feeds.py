"""Datasette plugin: Atom feeds (RFC 4287) of the claims the tracker added, and their links.

Routes (each ``application/atom+xml``, newest first, at most ``LIMIT`` entries):

- ``/-/feeds/claims.atom``            every claim
- ``/-/feeds/entity/<id>.atom``       claims made by or about one entity
- ``/-/feeds/dispute/<id>.atom``      claims of one dispute
- ``/<db>/new_claims.atom``           the old canned-query feed: a permanent redirect

"New" is when the tracker added a claim, not when its article was published: an entry's
``updated`` is the first time the tracker fetched the article the claim was read from
(``articles.first_fetched_at``, kept across re-fetches and rebuilt from the WARC archive, so
the same database always gives the same feed); ``published`` is the article's publication
date. Every link is absolute, built from the configured base URL (the ``claimtrack`` plugin
setting ``base_url``; never the request's Host header). Entry ids are ``tag:`` URIs (RFC 4151)
of the base URL's host and the claim's stable id; the feed's author is the tracker itself,
since the entry text (speaker, cue, words, stance) is the tracker's reading of an article.

Scraped text is hostile: the XML is written by ElementTree (which escapes ``<``, ``&`` and
quotes), the HTML content is escaped before it is put in, and characters XML 1.0 forbids
(NUL, other C0 controls, lone surrogates) are dropped. Self-contained (Datasette, MarkupSafe
and the standard library), so a ``claimtrack publish`` bundle serves the same feeds.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import quote as urlquote
from urllib.parse import urlsplit

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import escape

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"
LIMIT = 100
TAG_YEAR = "2026"  # the tag: URI's date: the year claimtrack began minting these ids
EPOCH = "1970-01-01T00:00:00Z"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_DNS_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$")

# One query for every feed; ``{where}`` narrows it. ``added`` is when the tracker first
# fetched the claim's article (older databases: its last fetch). The statement's verb and
# joiner are the ones stored with the claim's appearance (its first in the article), the
# columns the pages and the views build their sentence from.
CLAIMS_SQL = """
select c.id, c.stance, c.published, c.quote_id, c.dispute_id,
  {added} as added,
  q.text, coalesce(qa.kind, q.kind) as kind, ce.name as claimant, c.claimant_id,
  te.name as target, c.target_id, qa.speaker_text, {verb} as verb, {joiner} as joiner,
  d.name as dispute, o.name as outlet, a.title as article, a.canonical_url, a.url
from claims c
left join articles a on a.id = c.article_id
left join quotes q on q.id = c.quote_id
left join quote_appearances qa on qa.id = (select qa2.id from quote_appearances qa2
  where qa2.quote_id = c.quote_id and qa2.article_id = c.article_id order by qa2.start limit 1)
left join entities ce on ce.id = c.claimant_id
left join entities te on te.id = c.target_id
left join disputes d on d.id = c.dispute_id
left join outlets o on o.id = a.outlet_id
where c.quote_id is not null {where}
order by added desc, c.published desc, c.id
limit {limit}
"""


# ---------------------------------------------------------------- small helpers

def base_url(datasette) -> str:
    """scheme://host[:port] of the configured base URL (the guard plugin's setting)."""
    cfg = datasette.plugin_config("claimtrack") or {}
    parts = urlsplit(cfg.get("base_url") or "http://localhost")
    return f"{parts.scheme or 'http'}://{parts.netloc or 'localhost'}"


def absolute(datasette, path: str) -> str:
    return base_url(datasette) + path


def tag_uri(datasette, specific: str) -> str:
    """A ``tag:`` URI for a feed or an entry; the absolute URL when the host is no DNS name."""
    host = urlsplit(base_url(datasette)).hostname or "localhost"
    if not _DNS_NAME.match(host):
        return absolute(datasette, "/-/id/" + specific)
    return f"tag:{host},{TAG_YEAR}:claimtrack/{specific}"


def xml_text(value) -> str:
    """Text XML 1.0 can carry: forbidden characters dropped (ElementTree escapes the rest)."""
    return _NOT_XML.sub("", "" if value is None else str(value))


def rfc3339(value: str | None) -> str | None:
    """A stored date or time as an RFC 3339 date-time in UTC (dates at midnight)."""
    if not value:
        return None
    v = str(value).strip().replace(" ", "T")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v + "T00:00:00Z"
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?", v)
    if not m:
        return None
    stamp = m.group(1) if len(m.group(1)) > 16 else m.group(1) + ":00"
    zone = m.group(3) or "Z"
    if zone in ("+00:00", "+0000", "-00:00"):
        zone = "Z"
    elif zone != "Z" and ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return stamp + zone


def safe_url(url: str | None) -> str | None:
    if not url or urlsplit(url).scheme not in ("http", "https"):
        return None
    return url


def statement(row: dict) -> str:
    """The claim as speaker + verb + words, "Orrin Systems denied that ...": the sentence
    db/statements.py's ``sentence()`` builds and the views' ``statement`` column holds
    (db/schema.py ``statement_sql``), from the same stored verb and joiner, so a feed entry
    reads as the pages do. Mirrored here rather than imported because the plugin must run in a
    ``claimtrack publish`` bundle, where no claimtrack package is installed;
    tests/test_journalist.py checks every entry of the demo's feeds against ``sentence()``."""
    words = row.get("text") or ""
    body = f"\u201c{words}\u201d" if row.get("kind") == "direct" else words
    who = row.get("claimant") or row.get("speaker_text") or "Someone"
    return f"{who} {row.get('verb') or 'said'}{row.get('joiner') or ' '}{body}"


# ---------------------------------------------------------------- the feed

def _sub(parent, name: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{name}", {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def entry_html(row: dict, say: str) -> str:
    """The entry's content as (escaped) HTML: the statement, its stance, where it was read."""
    bits = [f"<p>{escape(say)}</p>", f"<p>Stance: <strong>{escape(row['stance'] or 'other')}</strong>"]
    if row.get("target"):
        bits.append(f"; about {escape(row['target'])}")
    if row.get("dispute"):
        bits.append(f"; dispute: {escape(row['dispute'])}")
    bits.append("</p>")
    where = ", ".join(str(escape(x)) for x in (row.get("outlet"), row.get("article"), row.get("published")) if x)
    if where:
        bits.append(f"<p>In {where}.</p>")
    bits.append("<p><em>Speaker and stance were read by machine: check the article.</em></p>")
    return "".join(bits)


def build_feed(datasette, rows: list[dict], title: str, feed_path: str, page_path: str,
               key: str, subtitle: str) -> bytes:
    """An Atom document with RFC 4287's required elements: feed id, title, updated, author;
    entry id, title, updated, an alternate link (and here a summary, content and category)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", tag_uri(datasette, f"feed/{key}"))
    _sub(feed, "title", title, type="text")
    _sub(feed, "subtitle", subtitle, type="text")
    updated = max((rfc3339(r["added"]) or EPOCH for r in rows), default=EPOCH)
    _sub(feed, "updated", updated)
    author = _sub(feed, "author")
    _sub(author, "name", "claimtrack")
    _sub(author, "uri", base_url(datasette) + "/")
    _sub(feed, "link", rel="self", type=ATOM_TYPE, href=absolute(datasette, feed_path))
    _sub(feed, "link", rel="alternate", type="text/html", href=absolute(datasette, page_path))
    _sub(feed, "generator", "claimtrack")
    for r in rows:
        say = statement(r)
        entry = _sub(feed, "entry")
        _sub(entry, "id", tag_uri(datasette, f"claim/{urlquote(r['id'], safe='')}"))
        short = say if len(say) <= 140 else say[:139].rstrip() + "…"
        _sub(entry, "title", f"{short} [{r['stance'] or 'other'}]", type="text")
        _sub(entry, "updated", rfc3339(r["added"]) or EPOCH)
        if rfc3339(r.get("published")):
            _sub(entry, "published", rfc3339(r["published"]))
        _sub(entry, "link", rel="alternate", type="text/html",
             href=absolute(datasette, f"/-/quote/{urlquote(r['quote_id'], safe='')}"))
        source = safe_url(r.get("canonical_url")) or safe_url(r.get("url"))
        if source:
            _sub(entry, "link", rel="related", type="text/html", href=source)
        if r.get("dispute_id"):
            _sub(entry, "link", rel="related", type="text/html",
                 href=absolute(datasette, f"/-/dispute/{urlquote(r['dispute_id'], safe='')}"))
        _sub(entry, "category", term=r["stance"] or "other", label=r["stance"] or "other")
        _sub(entry, "summary", f"{say} ({r['stance'] or 'other'})", type="text")
        _sub(entry, "content", entry_html(r, say), type="html")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8",
                                                                    xml_declaration=False)


async def _rows(datasette, where: str = "", params: list | None = None) -> list[dict]:
    db = datasette.get_database()
    first = "first_fetched_at" in await db.table_columns("articles")  # older databases lack it
    added = "coalesce(a.first_fetched_at, a.fetched_at)" if first else "a.fetched_at"
    verbs = "verb" in await db.table_columns("quote_appearances")  # ... and these
    sql = CLAIMS_SQL.format(where=where, limit=LIMIT, added=added,
                            verb="qa.verb" if verbs else "qa.cue",
                            joiner="qa.joiner" if verbs else "null")
    return [dict(r) for r in (await db.execute(sql, params or [])).rows]


def _atom(body: bytes) -> Response:
    return Response(body, status=200, content_type=f"{ATOM_TYPE}; charset=utf-8")


async def claims_feed(datasette, request):
    rows = await _rows(datasette)
    return _atom(build_feed(datasette, rows, "claimtrack: new claims", "/-/feeds/claims.atom", "/",
                           "claims", "Claims the tracker added, newest first."))


async def _one(datasette, table: str, key: str) -> dict | None:
    rows = (await datasette.get_database().execute(
        f"select id, name from {table} where id = ?", [key])).rows
    return dict(rows[0]) if rows else None


async def entity_feed(datasette, request):
    eid = request.url_vars["entity_id"]
    entity = await _one(datasette, "entities", eid)
    if entity is None:
        return Response.text("No such entity.", status=404)
    rows = await _rows(datasette, "and (c.claimant_id = ? or c.target_id = ?)", [eid, eid])
    path = urlquote(eid, safe="")
    return _atom(build_feed(datasette, rows, f"claimtrack: claims by or about {entity['name']}",
                            f"/-/feeds/entity/{path}.atom", f"/-/entity/{path}", f"entity/{path}",
                            f"Claims made by or about {entity['name']}, newest first."))


async def dispute_feed(datasette, request):
    did = request.url_vars["dispute_id"]
    dispute = await _one(datasette, "disputes", did)
    if dispute is None:
        return Response.text("No such dispute.", status=404)
    rows = await _rows(datasette, "and c.dispute_id = ?", [did])
    path = urlquote(did, safe="")
    return _atom(build_feed(datasette, rows, f"claimtrack: {dispute['name']}",
                            f"/-/feeds/dispute/{path}.atom", f"/-/dispute/{path}", f"dispute/{path}",
                            f"Claims in the dispute {dispute['name']}, newest first."))


async def old_feed(datasette, request):
    return Response.redirect("/-/feeds/claims.atom", status=301)


@hookimpl
def register_routes():
    return [
        (r"^/-/feeds/claims\.atom$", claims_feed),
        (r"^/-/feeds/entity/(?P<entity_id>[^/]{1,200})\.atom$", entity_feed),
        (r"^/-/feeds/dispute/(?P<dispute_id>[^/]{1,200})\.atom$", dispute_feed),
        (r"^/[^/]{1,200}/new_claims\.atom$", old_feed),
    ]


# ---------------------------------------------------------------- pages advertise their feeds

def feeds_for(datasette, template: str, url_vars: dict) -> list[dict]:
    """The feeds a page offers: its own (entity, dispute) first, then every claim."""
    out = []
    if template == "entity.html" and url_vars.get("entity_id"):
        out.append({"title": "Claims by or about this entity (Atom)",
                    "href": absolute(datasette, f"/-/feeds/entity/{urlquote(url_vars['entity_id'], safe='')}.atom")})
    if template == "dispute.html" and url_vars.get("dispute_id"):
        out.append({"title": "Claims in this dispute (Atom)",
                    "href": absolute(datasette, f"/-/feeds/dispute/{urlquote(url_vars['dispute_id'], safe='')}.atom")})
    out.append({"title": "All new claims (Atom)", "href": absolute(datasette, "/-/feeds/claims.atom")})
    return out


@hookimpl
def extra_template_vars(template, request, datasette):
    """``ct_feeds`` for every page: rendered in <head> by ``_feed_head.html`` and as visible
    links by ``_feeds.html``."""
    url_vars = (request.url_vars if request is not None else None) or {}
    return {"ct_feeds": feeds_for(datasette, template, url_vars)}
