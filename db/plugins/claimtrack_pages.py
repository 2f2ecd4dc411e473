"""Datasette plugin: the quote, entity and dispute pages and the archived copy (the links
from table cells to them are in claimtrack_front.py).

Scraped text is hostile. Templates rely on Jinja's autoescaping and never mark scraped text
safe; links are only made from http(s) URLs; the archived copy is served with a sandboxing
Content-Security-Policy, so a page's own scripts never run in our origin.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from datasette import hookimpl
from datasette.utils.asgi import Response

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


# One statement per appearance, as every page shows it (speaker + verb + content, stance,
# rules); the first-appearance columns come from db/firsts.py's one definition.
APPEARANCES_SQL = """
select qa.id, qa.quote_id, qa.article_id, qa.start, qa."end", qa.kind, qa.cue, qa.verb,
  qa.joiner, q.text, qa.speaker_id, coalesce(sp.name, qa.speaker_text) as speaker,
  qa.speaker_text, qa.speaker_role, org.name as speaker_org, qa.speaker_rules,
  qa.answers_quote_id, qa.answers_how, c.stance, c.stance_rules, c.target_id,
  t.name as target, c.dispute_id, d.name as dispute,
  a.title, a.url, a.canonical_url, a.published, a.appeared_at, a.warc_file, a.story_origin,
  a.is_copy, a.credit, ou.name as outlet, fa.first
from quote_appearances qa join quotes q on q.id = qa.quote_id
join articles a on a.id = qa.article_id
left join outlets ou on ou.id = a.outlet_id
left join entities sp on sp.id = qa.speaker_id
left join entities org on org.id = qa.speaker_org_id
left join claims c on c.quote_id = qa.quote_id and c.article_id = qa.article_id
left join entities t on t.id = c.target_id
left join disputes d on d.id = c.dispute_id
left join first_appearances fa on fa.quote_id = qa.quote_id and fa.article_id = qa.article_id
where {where}
order by a.appeared_at is null, a.appeared_at, a.id, qa.start
"""


async def statements(db, where: str, params) -> list[dict]:
    return [dict(r) for r in (await db.execute(APPEARANCES_SQL.format(where=where), params)).rows]


async def _moved_quote(db, quote_id: str):
    try:  # a database written before quote_redirects existed has none
        return (await db.execute("select new_id from quote_redirects where old_id = ?", [quote_id])).rows
    except Exception:  # noqa: BLE001 - no such table
        return []


async def quote_page(datasette, request):
    quote_id = request.url_vars["quote_id"]
    db = _db(datasette)
    rows = (await db.execute("select * from quotes where id = ?", [quote_id])).rows
    if not rows:  # re-analysis moved the quote's boundaries: its old id redirects (db/redirects.py)
        moved = await _moved_quote(db, quote_id)
        if moved:
            return Response.redirect(f"/-/quote/{moved[0][0]}" + (f"?{request.query_string}" if request.query_string else ""), status=301)
        return Response.html("Quote not found", status=404)
    quote = dict(rows[0])
    apps = await statements(db, "qa.quote_id = ?", [quote_id])
    wanted = request.args.get("article")
    shown = next((a for a in apps if a["article_id"] == wanted), apps[0] if apps else None)
    context = None
    if shown:
        text = (await db.execute("select text from articles where id = ?",
                                 [shown["article_id"]])).rows[0][0] or ""
        s, e = shown["start"], shown["end"]
        context = {"before": text[max(0, s - 1500):s], "quote": text[s:e],
                   "after": text[e:e + 1500], "cut_before": s > 1500, "cut_after": e + 1500 < len(text)}
    for a in apps:
        a["safe_url"] = safe_url(a["canonical_url"]) or safe_url(a["url"])
    answers = {}
    if shown and shown["answers_quote_id"]:
        found = await statements(db, "qa.quote_id = ?", [shown["answers_quote_id"]])
        answers = found[0] if found else {}
    answered_by = await statements(
        db, "qa.id in (select qa2.id from quote_appearances qa2 where qa2.answers_quote_id = ?)",
        [quote_id])
    first = [a for a in apps if a["first"] in ("first", "tied for first")]
    return Response.html(await datasette.render_template(
        "quote.html",
        {"quote": quote, "appearances": apps, "shown": shown, "context": context,
         "answers": answers, "answered_by": answered_by, "first": first, "database": db.name},
        request=request,
    ))


async def _archived(datasette, request):
    """(article row, (url, fetched_at, content type, body)) or an error Response. Errors name
    no path: the archive's place is the server's business."""
    article_id = request.url_vars["article_id"]
    db = _db(datasette)
    rows = (await db.execute(
        "select a.id, a.title, a.url, a.canonical_url, a.fetched_at, a.published, a.warc_file, "
        "a.warc_offset, a.warc_record_id, o.name as outlet from articles a "
        "left join outlets o on o.id = a.outlet_id where a.id = ?", [article_id])).rows
    archive_dir = _archive_dir(datasette)
    if not rows or not rows[0]["warc_file"] or archive_dir is None:
        return None, Response.text("No archived copy for this article.", status=404)
    r = dict(rows[0])
    try:
        return r, read_warc_record(archive_dir / Path(r["warc_file"]).name, r["warc_offset"])
    except (OSError, LookupError, ValueError):
        return None, Response.text("Archived copy unavailable.", status=404)


async def _quote_for(datasette, request, article_id: str) -> dict | None:
    """The quote named by ?quote= that appears in this article (else none is marked)."""
    qid = request.args.get("quote") or ""
    if not qid or len(qid) > 40 or any(c not in "0123456789abcdef" for c in qid):
        return None
    rows = (await _db(datasette).execute(
        "select q.id, q.text from quotes q join quote_appearances qa on qa.quote_id = q.id "
        "where q.id = ? and qa.article_id = ? limit 1", [qid, article_id])).rows
    return dict(rows[0]) if rows else None


async def archive_page(datasette, request):
    """The archived copy inside a page of ours: a banner with where and when it was captured
    and its WARC record, a way back, and the copy itself in a sandboxed frame."""
    row, got = await _archived(datasette, request)
    if row is None:
        return got
    url, fetched_at, ctype, _ = got
    quote = await _quote_for(datasette, request, row["id"])
    copy = f"/-/archive/{row['id']}/copy" + (f"?quote={quote['id']}#claimtrack-quote" if quote else "")
    return Response.html(await datasette.render_template(
        "archive.html",
        {"article": row, "captured_url": url, "safe_captured_url": safe_url(url),
         "warc_date": fetched_at, "warc_name": Path(row["warc_file"]).name, "quote": quote,
         "copy_url": copy, "content_type": ctype, "database": _db(datasette).name},
        request=request))


async def archive_copy(datasette, request):
    """The archived response as it was captured, served with a sandboxing policy (its scripts
    never run in our origin); with ?quote=, the quote is marked in it."""
    row, got = await _archived(datasette, request)
    if row is None:
        return got
    url, fetched_at, ctype, body = got
    quote = await _quote_for(datasette, request, row["id"])
    if quote and "html" in (ctype or "text/html").lower():
        marked = mark_quote(body, quote["text"])
        if marked is not None:
            body, ctype = marked, "text/html; charset=utf-8"
    return Response(body, status=200, content_type=ctype or "text/html",
                    headers={"Content-Security-Policy": ARCHIVE_CSP,
                             "X-Content-Type-Options": "nosniff",
                             "X-Claimtrack-Archived-From": (url or "").encode("ascii", "replace").decode(),
                             "X-Claimtrack-Fetched-At": fetched_at or ""})


def mark_quote(body: bytes, quote: str) -> bytes | None:
    """The page with the quote's first occurrence wrapped in <mark id="claimtrack-quote">, or
    None if it is not found (or lxml is not installed). The mark is an element made by lxml,
    so no scraped text is ever parsed as markup; whole quotes are looked for first, then their
    opening words (a quote that runs across a link or an emphasis is marked up to there)."""
    import re

    try:
        import lxml.html
        from lxml import etree
    except ImportError:
        return None
    words = quote.split()
    if not words:
        return None
    try:
        doc = lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return None
    for n in (len(words), min(len(words), 8), min(len(words), 4)):
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words[:n]))
        for el in doc.iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title"):
                continue
            for attr in ("text", "tail"):
                t = getattr(el, attr)
                m = pattern.search(t) if t else None
                if m is None or (attr == "tail" and el.getparent() is None):
                    continue
                mark = etree.Element("mark", id="claimtrack-quote")
                if n < len(words):  # only the opening words matched: mark to the node's end
                    mark.text = t[m.start():]
                else:
                    mark.text, mark.tail = m.group(0), t[m.end():]
                setattr(el, attr, t[:m.start()])
                if attr == "text":
                    el.insert(0, mark)
                else:
                    parent = el.getparent()
                    parent.insert(parent.index(el) + 1, mark)
                return lxml.html.tostring(doc, encoding="utf-8", doctype="<!DOCTYPE html>")
    return None


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
    by = await statements(db, "qa.speaker_id = ?", [entity_id])
    about = await statements(db, "c.target_id = ?", [entity_id])
    by.reverse()  # newest first
    about.reverse()
    silent = await q(
        "select n.kind, n.published, n.sentence, n.article_id, n.dispute_id, d.name as dispute, "
        "a.title, o.name as outlet from no_comments n join articles a on a.id = n.article_id "
        "left join outlets o on o.id = a.outlet_id left join disputes d on d.id = n.dispute_id "
        "where n.entity_id = ? order by n.published desc, n.article_id")
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
        {"entity": entity, "aliases": aliases, "counts": counts, "quotes": by[:200],
         "about": about[:200], "no_comments": silent, "disputes": disputes,
         "articles": articles, "database": db.name},
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
    said = await statements(db, "c.dispute_id = ?", [dispute_id])
    silent = [dict(r) for r in (await db.execute(
        "select n.entity_id, e.name, n.kind, n.published, n.sentence, n.article_id, "
        "o.name as outlet from no_comments n join articles a on a.id = n.article_id "
        "left join entities e on e.id = n.entity_id left join outlets o on o.id = a.outlet_id "
        "where n.dispute_id = ? order by n.published, e.name", [dispute_id])).rows]
    events = [dict(r) for r in (await db.execute(
        "select date, entry_number, description, url from dispute_events where dispute_id = ? "
        "order by date, entry_number", [dispute_id])).rows]
    for e in events:
        e["safe_url"] = safe_url(e.get("url"))
    return Response.html(await datasette.render_template(
        "dispute.html",
        {"dispute": dispute, "parties": parties, "claims": claims, "events": events,
         "statements": said, "no_comments": silent, "database": db.name},
        request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/quote/(?P<quote_id>[0-9a-f]{1,40})$", quote_page),
        (r"^/-/archive/(?P<article_id>[0-9a-f]{1,40})$", archive_page),
        (r"^/-/archive/(?P<article_id>[0-9a-f]{1,40})/copy$", archive_copy),
        (r"^/-/entity/(?P<entity_id>[^/]{1,200})$", entity_page),
        (r"^/-/dispute/(?P<dispute_id>[^/]{1,200})$", dispute_page),
    ]
