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
    cfg = datasette.plugin_config("claimtrack") or {}
    return Path(cfg["archive_dir"]) if cfg.get("archive_dir") else None


def _db(datasette):
    return datasette.get_database()


async def quote_page(datasette, request):
    quote_id = request.url_vars["quote_id"]
    db = _db(datasette)
    rows = (await db.execute(
        "select q.*, e.name as speaker_name, o.name as org_name from quotes q "
        "left join entities e on e.id = q.speaker_id left join entities o on o.id = q.speaker_org_id "
        "where q.id = ?", [quote_id])).rows
    if not rows:
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
    from claimtrack.records import ArchiveLocation
    from spiders.archive import read_record

    r = rows[0]
    try:
        rec = read_record(archive_dir, ArchiveLocation(r["warc_file"], r["warc_offset"],
                                                       r["warc_length"], r["warc_record_id"]))
    except (OSError, LookupError) as exc:
        return Response.text(f"Archived copy unavailable: {exc}", status=404)
    ctype = next((v for k, v in rec.headers.items() if k.lower() == "content-type"), "text/html")
    return Response(rec.body, status=200, content_type=ctype,
                    headers={"Content-Security-Policy": ARCHIVE_CSP,
                             "X-Content-Type-Options": "nosniff",
                             "X-Claimtrack-Archived-From": escape(rec.url),
                             "X-Claimtrack-Fetched-At": rec.fetched_at or ""})


@hookimpl
def register_routes():
    return [
        (r"^/-/quote/(?P<quote_id>[0-9a-f]{1,40})$", quote_page),
        (r"^/-/archive/(?P<article_id>[0-9a-f]{1,40})$", archive_page),
    ]


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Link quote ids to the quote page, and articles to their archived copy."""
    if table in ("quotes",) and column == "id" and value:
        return Markup(f'<a href="/-/quote/{escape(value)}">{escape(value)}</a>')
    if table in ("quote_appearances", "claims") and column == "quote_id" and value:
        v = value.get("value") if isinstance(value, dict) else value
        return Markup(f'<a href="/-/quote/{escape(v)}">quote {escape(v)}</a>')
    if table == "articles" and column == "warc_file" and value:
        return None
    return None
