"""Datasette plugin: what a journalist needs to cite a quote, and links that work elsewhere.

- The quote page's "Cite this" block (``_cite.html``, fed ``ct_cite`` through
  ``extra_template_vars``): outlet, headline, authors, publication date, the source URL, the
  archived copy (absolute), when it was fetched and its WARC record, the quote's permanent
  page, and one citation line ready to paste.
- Canned queries' link columns (``'/-/quote/' || id``) carry absolute URLs in every format
  (HTML, CSV, JSON): the metadata is rewritten once at start-up by ``db/publish.py``
  (``absolute_query_links``); here an absolute link to one of our pages is still shown as a
  short link ("quote page") in HTML tables.

The citation cites the article the page shows (``?article=``), else the quote's first
appearance. Every value is scraped or derived from scraped text: the template escapes it, and
only http(s) URLs become links. Self-contained (Datasette, MarkupSafe, the standard library).
"""

from __future__ import annotations

from urllib.parse import quote as urlquote
from urllib.parse import urlsplit

from datasette import hookimpl
from markupsafe import Markup, escape

PAGE_KINDS = {"quote": "quote page", "entity": "entity page", "dispute": "dispute page",
              "archive": "archived copy"}

CITE_SQL = """
select a.id as article_id, a.title, a.url, a.canonical_url, a.published, a.fetched_at,
  a.warc_file, a.warc_record_id, o.name as outlet, qa.cue, qa.speaker_text,
  sp.name as speaker
from quote_appearances qa
join articles a on a.id = qa.article_id
left join outlets o on o.id = a.outlet_id
left join entities sp on sp.id = qa.speaker_id
where qa.quote_id = :quote
order by (a.id = :wanted) desc, (a.id = (select first_article_id from quotes where id = :quote)) desc,
  coalesce(a.published, '9999'), a.fetched_at, a.id
limit 1
"""


def base_url(datasette) -> str:
    cfg = datasette.plugin_config("claimtrack") or {}
    parts = urlsplit(cfg.get("base_url") or "http://localhost")
    return f"{parts.scheme or 'http'}://{parts.netloc or 'localhost'}"


def safe_url(url: str | None) -> str | None:
    if not url or urlsplit(url).scheme not in ("http", "https"):
        return None
    return url


def fetched_label(value: str | None) -> str | None:
    """"2026-12-05T14:51:01Z" -> "2026-12-05 14:51 UTC" (as stored when it is something else)."""
    if not value:
        return None
    v = str(value)
    if len(v) >= 16 and v[10] in "T " and (v.endswith("Z") or v.endswith("+00:00")):
        return f"{v[:10]} {v[11:16]} UTC"
    return v


def citation(c: dict) -> str:
    """One line to paste: who, the words, where and when published, where it can be checked."""
    who = c.get("speaker") or c.get("speaker_text") or "Unattributed"
    words = c["text"] if len(c["text"]) <= 300 else c["text"][:299].rstrip() + "…"
    parts = [f"{who}, quoted in “{c.get('title') or 'untitled article'}”"]
    if c.get("outlet"):
        parts.append(c["outlet"])
    parts.append(c.get("published") or "undated")
    line = ", ".join(parts) + f": “{words}”" + ("" if words[-1:] in ".!?…" else ".")
    if c.get("source"):
        line += f" {c['source']}."
    if c.get("archive"):
        line += f" Archived copy: {c['archive']}"
        line += f" (fetched {c['fetched']})." if c.get("fetched") else "."
    line += f" Via claimtrack: {c['permalink']}"
    return line


async def cite_context(datasette, quote_id: str, wanted: str | None) -> dict:
    db = datasette.get_database()
    quote = (await db.execute("select id, text from quotes where id = ?", [quote_id])).rows
    if not quote:
        return {}
    rows = (await db.execute(CITE_SQL, {"quote": quote_id, "wanted": wanted or ""})).rows
    base = base_url(datasette)
    c = {"quote_id": quote_id, "text": quote[0]["text"] or "",
         "permalink": f"{base}/-/quote/{urlquote(quote_id, safe='')}"}
    if rows:
        r = dict(rows[0])
        c.update(r)
        c["source"] = safe_url(r["canonical_url"]) or safe_url(r["url"])
        c["archive"] = f"{base}/-/archive/{urlquote(r['article_id'], safe='')}" if r["warc_file"] else None
        c["fetched"] = fetched_label(r["fetched_at"])
        authors = (await db.execute(
            "select au.name from article_authors aa join authors au on au.id = aa.author_id "
            "where aa.article_id = ? order by au.name", [r["article_id"]])).rows
        c["authors"] = [a["name"] for a in authors]
        c["permalink_here"] = f"{c['permalink']}?article={urlquote(r['article_id'], safe='')}"
    c["line"] = citation(c)
    return {"ct_cite": c}


SITE_KEYS = ("license", "license_url", "source", "source_url", "about", "about_url")


@hookimpl
def extra_template_vars(template, request, datasette):
    """``ct_site`` on every page (the footer's license, source and about: _footer.html);
    ``ct_cite`` on the quote page."""
    site = {k: datasette.metadata(k) for k in SITE_KEYS if datasette.metadata(k)}
    url_vars = (request.url_vars if request is not None else None) or {}
    if template == "quote.html" and url_vars.get("quote_id"):
        async def with_cite():
            return {"ct_site": site, **await cite_context(
                datasette, url_vars["quote_id"], request.args.get("article"))}
        return with_cite
    return {"ct_site": site}


@hookimpl
def render_cell(value, datasette):
    """An absolute link to one of our own pages reads as a short link, as a relative one did."""
    if not isinstance(value, str):
        return None
    base = base_url(datasette)
    if not value.startswith(base + "/-/"):
        return None
    kind = value[len(base) + 3:].split("/", 1)[0]
    if kind not in PAGE_KINDS:
        return None
    return Markup(f'<a href="{escape(value)}">{PAGE_KINDS[kind]}</a>')
