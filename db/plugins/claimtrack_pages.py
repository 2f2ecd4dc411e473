"""Datasette plugin: the quote page, the archived copy, and links from rows to them.

Scraped text is hostile. Templates rely on Jinja's autoescaping and never mark scraped text
safe; links are only made from http(s) URLs; the archived copy is served with a sandboxing
Content-Security-Policy, so a page's own scripts never run in our origin.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

ARCHIVE_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
               "form-action 'none'; frame-ancestors 'self'")


def safe_url(url: str | None) -> str | None:
    """Only plain web links are ever rendered as links."""
    if not url or urlparse(url).scheme not in ("http", "https"):
        return None
    return url


def _archive_dir(datasette) -> Path | None:
    """The archive, configured relative to the database's folder (so that no absolute path is
    in the public metadata, and a bundle or a moved database still finds its archive)."""
    cfg = datasette.plugin_config("claimtrack") or {}
    if not cfg.get("archive_dir"):
        return None
    db_path = _db(datasette).path
    return (Path(db_path).parent if db_path else Path(".")) / cfg["archive_dir"]


def _db(datasette):
    return datasette.get_database()


async def _moved_quote(db, quote_id: str):
    try:  # a database written before quote_redirects existed has none
        return (await db.execute("select new_id from quote_redirects where old_id = ?", [quote_id])).rows
    except Exception:  # noqa: BLE001 - no such table
        return []


async def quote_page(datasette, request):
    quote_id = request.url_vars["quote_id"]
    db = _db(datasette)
    rows = (await db.execute(
        "select q.*, e.name as speaker_name, o.name as org_name from quotes q "
        "left join entities e on e.id = q.speaker_id left join entities o on o.id = q.speaker_org_id "
        "where q.id = ?", [quote_id])).rows
    if not rows:  # re-analysis moved the quote's boundaries: its old id redirects (db/redirects.py)
        moved = await _moved_quote(db, quote_id)
        if moved:
            return Response.redirect(f"/-/quote/{moved[0][0]}" + (f"?{request.query_string}" if request.query_string else ""), status=301)
        return Response.html("Quote not found", status=404)
    quote = dict(rows[0])
    apps = [dict(r) for r in (await db.execute(
        "select qa.*, a.title, a.url, a.canonical_url, a.published, a.text, a.warc_file, "
        "ou.name as outlet, ou.id as outlet_id, sp.name as speaker_name "
        "from quote_appearances qa join articles a on a.id = qa.article_id "
        "left join outlets ou on ou.id = a.outlet_id left join entities sp on sp.id = qa.speaker_id "
        "where qa.quote_id = ? order by coalesce(a.published, '9999'), a.id", [quote_id])).rows]
    wanted = request.args.get("article")
    shown = next((a for a in apps if a["article_id"] == wanted), apps[0] if apps else None)
    context = None
    if shown:
        text = shown["text"] or ""
        s, e = shown["start"], shown["end"]
        context = {"before": text[max(0, s - 1500):s], "quote": text[s:e],
                   "after": text[e:e + 1500], "cut_before": s > 1500, "cut_after": e + 1500 < len(text)}
    for a in apps:
        a["safe_url"] = safe_url(a["canonical_url"]) or safe_url(a["url"])
    claims = [dict(r) for r in (await db.execute(
        "select c.stance, c.dispute_id, d.name as dispute, t.name as target, c.target_id "
        "from claims c left join disputes d on d.id = c.dispute_id "
        "left join entities t on t.id = c.target_id where c.quote_id = ?", [quote_id])).rows]
    return Response.html(await datasette.render_template(
        "quote.html",
        {"quote": quote, "appearances": apps, "shown": shown, "context": context,
         "claims": claims, "database": db.name},
        request=request,
    ))


async def archive_page(datasette, request):
    article_id = request.url_vars["article_id"]
    db = _db(datasette)
    rows = (await db.execute(
        "select warc_file, warc_offset, warc_length, warc_record_id from articles where id = ?",
        [article_id])).rows
    archive_dir = _archive_dir(datasette)
    if not rows or not rows[0]["warc_file"] or archive_dir is None:
        return Response.text("No archived copy for this article.", status=404)
    r = rows[0]
    try:
        url, fetched_at, ctype, body = read_warc_record(archive_dir / Path(r["warc_file"]).name,
                                                        r["warc_offset"])
    except (OSError, LookupError, ValueError):
        return Response.text("Archived copy unavailable.", status=404)
    return Response(body, status=200, content_type=ctype or "text/html",
                    headers={"Content-Security-Policy": ARCHIVE_CSP,
                             "X-Content-Type-Options": "nosniff",
                             "X-Claimtrack-Archived-From": url.encode("ascii", "replace").decode(),
                             "X-Claimtrack-Fetched-At": fetched_at or ""})


def read_warc_record(path: Path, offset: int, max_bytes: int = 20 * 1024 * 1024):
    """(url, fetched_at, content type, body) of the response record at ``offset``. Only warcio
    is needed, so a published bundle serves archived copies without the rest of claimtrack."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            headers = record.http_headers
            ctype = headers.get_header("Content-Type") if headers else None
            body = record.content_stream().read(max_bytes)
            return (record.rec_headers.get_header("WARC-Target-URI"),
                    record.rec_headers.get_header("WARC-Date"), ctype, body)
    raise LookupError(f"no WARC record at {path.name}:{offset}")


async def entity_page(datasette, request):
    entity_id = request.url_vars["entity_id"]
    db = _db(datasette)
    rows = (await db.execute("select * from entities where id = ?", [entity_id])).rows
    if not rows:
        return Response.html("Entity not found", status=404)
    entity = dict(rows[0])

    async def q(sql, params=None):
        return [dict(r) for r in (await db.execute(sql, params or [entity_id])).rows]

    aliases = [r["alias"] for r in await q(
        "select distinct alias from aliases where entity_id = ? order by alias limit 100")]
    counts = (await q(
        "select (select count(distinct article_id) from mentions where entity_id = :e) as articles,"
        " (select count(*) from quote_appearances where speaker_id = :e) as quotes_by,"
        " (select count(*) from claims where target_id = :e) as claims_about,"
        " (select count(*) from no_comments where entity_id = :e) as no_comments",
        {"e": entity_id}))[0]
    quotes = await q(
        "select q.id, q.text, q.kind, qa.published, qa.cue, o.name as outlet "
        "from quote_appearances qa join quotes q on q.id = qa.quote_id "
        "join articles a on a.id = qa.article_id left join outlets o on o.id = a.outlet_id "
        "where qa.speaker_id = ? order by qa.published desc limit 200")
    about = await q(
        "select c.stance, c.published, c.quote_id, q.text, e.name as claimant, c.claimant_id "
        "from claims c left join quotes q on q.id = c.quote_id "
        "left join entities e on e.id = c.claimant_id where c.target_id = ? "
        "order by c.published desc limit 200")
    disputes = await q(
        "select d.id, d.name, d.kind, d.status, p.role from dispute_parties p "
        "join disputes d on d.id = p.dispute_id where p.entity_id = ? order by d.filed")
    articles = await q(
        "select a.id, a.title, a.published, o.name as outlet, count(*) as mentions "
        "from mentions m join articles a on a.id = m.article_id "
        "left join outlets o on o.id = a.outlet_id where m.entity_id = ? "
        "group by a.id order by a.published desc limit 100")
    return Response.html(await datasette.render_template(
        "entity.html",
        {"entity": entity, "aliases": aliases, "counts": counts, "quotes": quotes,
         "about": about, "disputes": disputes, "articles": articles, "database": db.name},
        request=request))


# The dispute timeline and the stance chart are drawn by claimtrack_charts.py (_timeline.html).


async def dispute_page(datasette, request):
    dispute_id = request.url_vars["dispute_id"]
    db = _db(datasette)
    rows = (await db.execute("select * from disputes where id = ?", [dispute_id])).rows
    if not rows:
        return Response.html("Dispute not found", status=404)
    dispute = dict(rows[0])
    parties = [dict(r) for r in (await db.execute(
        "select e.id, e.name, e.type, p.role from dispute_parties p join entities e "
        "on e.id = p.entity_id where p.dispute_id = ? order by p.role, e.name", [dispute_id])).rows]
    claims = [dict(r) for r in (await db.execute(
        "select c.published, c.stance, c.quote_id, q.text, e.name as claimant, c.claimant_id, "
        "t.name as target, c.target_id, o.name as outlet from claims c "
        "left join quotes q on q.id = c.quote_id left join entities e on e.id = c.claimant_id "
        "left join entities t on t.id = c.target_id left join articles a on a.id = c.article_id "
        "left join outlets o on o.id = a.outlet_id where c.dispute_id = ? "
        "order by c.published, c.id", [dispute_id])).rows]
    events = [dict(r) for r in (await db.execute(
        "select date, entry_number, description, url from dispute_events where dispute_id = ? "
        "order by date, entry_number", [dispute_id])).rows]
    for e in events:
        e["safe_url"] = safe_url(e.get("url"))
    return Response.html(await datasette.render_template(
        "dispute.html",
        {"dispute": dispute, "parties": parties, "claims": claims, "events": events,
         "database": db.name},
        request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/quote/(?P<quote_id>[0-9a-f]{1,40})$", quote_page),
        (r"^/-/archive/(?P<article_id>[0-9a-f]{1,40})$", archive_page),
        (r"^/-/entity/(?P<entity_id>[^/]{1,200})$", entity_page),
        (r"^/-/dispute/(?P<dispute_id>[^/]{1,200})$", dispute_page),
    ]


PAGE_LINKS = {("quotes", "id"): "quote", ("entities", "id"): "entity",
              ("disputes", "id"): "dispute", ("articles", "warc_file"): None}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Link rows to the pages made for them: quotes, entities, disputes, archived copies."""
    if column == "quote_page" and isinstance(value, str) and value.startswith("/-/quote/"):
        return Markup(f'<a href="{escape(value)}">quote page</a>')
    if not value or table is None:
        return None
    if (table, column) in (("quotes", "id"), ("entities", "id"), ("disputes", "id")):
        kind = PAGE_LINKS[(table, column)]
        return Markup(f'<a href="/-/{kind}/{escape(value)}">{escape(value)}</a>')
    if table == "articles" and column == "warc_file":
        return Markup(f'<a href="/-/archive/{escape(row["id"])}">archived copy</a>')
    return None
