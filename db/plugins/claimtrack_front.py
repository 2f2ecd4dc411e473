"""Datasette plugin: the front page, links from table cells to the claimtrack pages, search
snippets, month facets and the small stylesheet every page shares.

Each file in db/plugins is loaded on its own by Datasette (and shipped alone in a `publish`
bundle), so this one imports nothing from claimtrack. Scraped text is escaped here as in the
templates: only markup this module writes is marked safe.
"""

from __future__ import annotations

from urllib.parse import quote as urlquote

from datasette import hookimpl
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

# Columns that hold the id of something with a page of its own.
ENTITY_COLUMNS = {"speaker_id", "speaker_org_id", "claimant_id", "target_id", "entity_id",
                  "court_id"}
QUOTE_COLUMNS = {"quote_id", "answers_quote_id", "first_quote_id"}
DISPUTE_COLUMNS = {"dispute_id"}
# Tables whose own rows have a page: the label column links there.
OWN_PAGES = {"quotes": ("quote", "text"), "entities": ("entity", "name"),
             "disputes": ("dispute", "name")}
# Marks put around a search match by the SQL's snippet(); replaced by <mark> after escaping.
MATCH_OPEN, MATCH_CLOSE = "\x02", "\x03"

CSS = """
.ct-statement { margin: 0.3em 0; line-height: 1.45; }
.ct-verb { font-weight: bold; }
.ct-stance { display: inline-block; font-size: 0.8em; padding: 0 0.4em; border-radius: 3px;
  background: #eef; border: 1px solid #99c; white-space: nowrap; }
.ct-stance-accusation { background: #fde8e8; border-color: #d99; }
.ct-stance-denial { background: #e8f4fd; border-color: #8ac; }
.ct-stance-lawsuit { background: #fff3d6; border-color: #cb8; }
.ct-stance-ruling { background: #eee; border-color: #999; }
.ct-machine { font-size: 0.8em; color: #555; border-bottom: 1px dotted #555; cursor: help;
  white-space: nowrap; }
.ct-why { font-size: 0.9em; color: #333; margin: 0.3em 0 0.8em; }
.ct-why code { white-space: normal; overflow-wrap: anywhere; }
.ct-answer { border-left: 3px solid #8ac; padding-left: 0.6em; margin: 0.5em 0; }
.ct-first { background: #f6f6e8; padding: 0.4em 0.6em; border: 1px solid #dda; }
mark, .ct-context mark { background: #ffe066; padding: 0 2px; }
.ct-home section { margin-bottom: 1.2em; }
.ct-home ul { padding-left: 1.2em; }
.ct-search label { width: auto; display: block; font-weight: bold; }
.ct-search input[type=search] { width: 100%; max-width: 30em; box-sizing: border-box;
  font-size: 1em; padding: 0.3em; }
.ct-list li { margin: 0.35em 0; }
/* nothing may widen a page past a phone's screen */
section.content, .ct-page { overflow-wrap: anywhere; }
.ct-page table.rows-and-columns, .ct-home table.rows-and-columns { display: block;
  overflow-x: auto; max-width: 100%; }
.ct-page svg { max-width: 100%; height: auto; }
pre, code { white-space: pre-wrap; overflow-wrap: anywhere; }
dl.column-descriptions { max-height: 4.5em; overflow: auto; font-size: 0.85em; }
details.ct-columns dl.column-descriptions { max-height: none; }
"""

# Column descriptions folded into a <details> (the data then starts above the fold); without
# JavaScript the stylesheet keeps them to a short scrolling box.
FOLD_SCRIPT = """
document.querySelectorAll('dl.column-descriptions').forEach(function (dl) {
  var d = document.createElement('details'); d.className = 'ct-columns';
  var s = document.createElement('summary'); s.textContent = 'What the columns mean';
  d.appendChild(s); dl.parentNode.insertBefore(d, dl); d.appendChild(dl);
});
"""


def page_link(kind: str, value: str, label: str | None = None, article: str | None = None) -> Markup:
    href = f"/-/{kind}/{urlquote(str(value), safe='')}"
    if article and kind == "quote":
        href += f"?article={urlquote(str(article), safe='')}"
    return Markup(f'<a href="{escape(href)}">{escape(label if label is not None else value)}</a>')


def highlighted(text: str) -> Markup:
    """A snippet with the match marked: the text escaped first, then the marks made <mark>."""
    return Markup(str(escape(text)).replace(MATCH_OPEN, "<mark>").replace(MATCH_CLOSE, "</mark>"))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Ids and foreign keys link to the claimtrack pages; search snippets show their match."""
    if isinstance(value, str) and MATCH_OPEN in value:
        return highlighted(value)
    if column == "quote_page" and isinstance(value, str) and value.startswith("/-/quote/"):
        return Markup(f'<a href="{escape(value)}">quote page</a>')
    label = None
    if isinstance(value, dict):  # an expanded foreign key: {"value": id, "label": name}
        value, label = value.get("value"), value.get("label")
    if value in (None, "") or isinstance(value, (bytes, float)):
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    article = row["article_id"] if "article_id" in keys else None
    if isinstance(article, dict):  # the row's article_id is an expanded foreign key too
        article = article.get("value")
    if column in ENTITY_COLUMNS:
        return page_link("entity", value, label)
    if column in QUOTE_COLUMNS:
        return page_link("quote", value, label, article if column == "quote_id" else None)
    if column in DISPUTE_COLUMNS:
        return page_link("dispute", value, label)
    if table in OWN_PAGES and column == OWN_PAGES[table][1] and "id" in keys:
        return page_link(OWN_PAGES[table][0], row["id"], str(value))
    if table == "articles" and column == "warc_file" and "id" in keys:
        return Markup(f'<a href="/-/archive/{escape(row["id"])}">archived copy</a>')
    return None


class MonthFacet(Facet):
    """Dates faceted by month (``facets: [{month: published}]``): a year of coverage is 12
    values, not 300 days. A value filters with ``column__startswith=YYYY-MM``."""

    type = "month"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        args = dict(self.get_querystring_pairs())
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            sql = (f"select substr({escape_sqlite(column)}, 1, 7) as value, count(*) as count "
                   f"from ({self.sql}) where {escape_sqlite(column)} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
                   f"group by value order by value desc limit {size + 1}")
            try:
                rows = (await self.ds.execute(
                    self.database, sql, self.params, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
            except Exception:  # a facet that times out must not take the page with it
                timed_out.append(column)
                continue
            key = f"{column}__startswith"
            values = []
            for r in rows[:size]:
                selected = args.get(key) == r["value"]
                path = (path_with_removed_args(self.request, {key: r["value"]}) if selected
                        else path_with_added_args(self.request, {key: r["value"]}))
                values.append({"value": r["value"], "label": r["value"], "count": r["count"],
                               "toggle_url": self.ds.absolute_url(self.request, path),
                               "selected": selected})
            results.append({"name": column, "type": self.type, "results": values,
                            "hideable": source_and_config["source"] != "metadata",
                            "toggle_url": path_with_removed_args(self.request, {"_facet_month": column}),
                            "truncated": len(rows) > size})
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [MonthFacet]


async def stylesheet(request):
    return Response(CSS, content_type="text/css; charset=utf-8",
                    headers={"Cache-Control": "max-age=3600"})


@hookimpl
def extra_css_urls():
    return ["/-/claimtrack.css"]


@hookimpl
def extra_body_script(template):
    if template in ("table.html", "query.html", "database.html"):
        return FOLD_SCRIPT
    return None


async def _front_page(datasette) -> dict:
    """What the front page lists: latest statements, disputes, most-quoted speakers, the
    latest month's no-comments. Each links to a claimtrack page."""
    db = datasette.get_database()

    async def rows(sql):
        return [dict(r) for r in (await db.execute(sql)).rows]

    return {"front": {
        "database": db.name,
        "statements": await rows(FRONT_SQL["statements"]),
        "disputes": await rows(FRONT_SQL["disputes"]),
        "speakers": await rows(FRONT_SQL["speakers"]),
        "no_comments": await rows(FRONT_SQL["no_comments"]),
        "counts": (await rows(FRONT_SQL["counts"]))[0],
    }}


FRONT_SQL = {
    "statements": """
        select qa.quote_id, qa.article_id, qa.kind, qa.verb, qa.joiner, q.text, qa.speaker_id,
          coalesce(e.name, qa.speaker_text) as speaker, c.stance, qa.published,
          o.name as outlet, qa.speaker_rules, c.stance_rules
        from quote_appearances qa join quotes q on q.id = qa.quote_id
        join articles a on a.id = qa.article_id left join outlets o on o.id = a.outlet_id
        left join entities e on e.id = qa.speaker_id
        left join claims c on c.quote_id = qa.quote_id and c.article_id = qa.article_id
        where qa.published is not null
        order by qa.published desc, qa.article_id, qa.start limit 10""",
    "disputes": """
        select d.id, d.name, d.kind, d.status, count(c.id) as claims, max(c.published) as latest
        from disputes d left join claims c on c.dispute_id = d.id
        group by d.id order by latest is null, latest desc, d.name""",
    "speakers": """
        select e.id, e.name, e.type, count(*) as statements
        from quote_appearances qa join entities e on e.id = qa.speaker_id
        group by e.id order by statements desc, e.name limit 12""",
    "no_comments": """
        select n.entity_id, e.name, n.kind, n.published, n.dispute_id, d.name as dispute,
          n.article_id
        from no_comments n join entities e on e.id = n.entity_id
        left join disputes d on d.id = n.dispute_id
        where substr(n.published, 1, 7) = (select substr(max(published), 1, 7) from no_comments)
        order by n.published desc, e.name""",
    "counts": """
        select (select count(*) from quote_appearances) as statements,
          (select count(*) from entities) as entities, (select count(*) from disputes) as disputes,
          (select count(*) from articles) as articles,
          (select substr(max(published), 1, 7) from no_comments) as no_comment_month""",
}


@hookimpl
def extra_template_vars(template, datasette):
    if template != "index.html":
        return None

    async def inner():
        try:
            return await _front_page(datasette)
        except Exception:  # a database without our tables gets Datasette's own index
            return {"front": None}
    return inner


async def entities_page(datasette, request):
    """Every person, company, court and outlet with something said by, about or of it: the
    front page's way to each entity page in two clicks."""
    db = datasette.get_database()
    rows = [dict(r) for r in (await db.execute(ENTITIES_SQL)).rows]
    return Response.html(await datasette.render_template(
        "entities.html", {"entities": rows, "database": db.name}, request=request))


ENTITIES_SQL = """
select e.id, e.name, e.type, e.description,
  (select count(*) from quote_appearances where speaker_id = e.id) as statements,
  (select count(*) from claims where target_id = e.id) as about,
  (select count(*) from no_comments where entity_id = e.id) as no_comments,
  (select count(*) from dispute_parties where entity_id = e.id) as disputes
from entities e
where e.id in (select speaker_id from quote_appearances union select target_id from claims
  union select entity_id from no_comments union select entity_id from dispute_parties)
order by e.type, e.name
"""


@hookimpl
def register_routes():
    return [(r"^/-/claimtrack\.css$", stylesheet), (r"^/-/entities$", entities_page)]
