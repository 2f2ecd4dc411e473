"""The demo outlets' feeds (RSS 2.0, Atom) and sitemaps (Google News, a sitemap index)."""

from __future__ import annotations

from email.utils import format_datetime

from site_html import e, ea, iso, served
from site_source import OUTLETS, SITE

# --------------------------------------------------------------------------- feeds and sitemaps


def rss(outlet: str, arts: list[dict]) -> str:
    o = OUTLETS[outlet]
    items = []
    for a in sorted(arts, key=lambda a: a["published"], reverse=True):
        if not a["in_feed"]:
            continue
        creators = "".join(f"\n  <dc:creator>{e(n)}</dc:creator>" for n in a["authors"])
        items.append(
            f"""<item>
  <title>{e(a["title"])}</title>
  <link>{served(a)}</link>
  <guid isPermaLink="false">{e(a["canonical"])}</guid>
  <pubDate>{format_datetime(a["published"])}</pubDate>{creators}
  <category>{e(a["section"])}</category>
  <description>{e(a["description"])}</description>
</item>"""
        )
    last = max(a["published"] for a in arts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- FICTION: part of claimtrack's demo corpus. Every outlet, company, person and quote is invented. -->
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{e(o["name"])}</title>
<link>{SITE}/</link>
<atom:link href="{SITE}/{outlet}/feed.xml" rel="self" type="application/rss+xml"/>
<description>{e(o["blurb"])} (Fictional outlet in claimtrack's demo corpus.)</description>
<language>en</language>
<lastBuildDate>{format_datetime(last)}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""


def atom(outlet: str, arts: list[dict]) -> str:
    o = OUTLETS[outlet]
    entries = []
    for a in sorted(arts, key=lambda a: a["published"], reverse=True):
        if not a["in_feed"]:
            continue
        authors = "".join(f"\n  <author><name>{e(n)}</name></author>" for n in a["authors"])
        entries.append(
            f"""<entry>
  <title>{e(a["title"])}</title>
  <link rel="alternate" type="text/html" href="{served(a)}"/>
  <id>tag:calderdispatch.example,2026:{a["slug"]}</id>
  <published>{iso(a["published"])}</published>
  <updated>{iso(a["modified"] or a["published"])}</updated>{authors}
  <category term="{ea(a["section"])}"/>
  <summary>{e(a["description"])}</summary>
</entry>"""
        )
    last = max((a["modified"] or a["published"]) for a in arts)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- FICTION: part of claimtrack's demo corpus. Every outlet, company, person and quote is invented. -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>{e(o["name"])}</title>
<subtitle>{e(o["blurb"])} (Fictional outlet in claimtrack's demo corpus.)</subtitle>
<id>tag:calderdispatch.example,2026:feed</id>
<link rel="self" type="application/atom+xml" href="{SITE}/{outlet}/feed.xml"/>
<link rel="alternate" type="text/html" href="{SITE}/"/>
<updated>{iso(last)}</updated>
{chr(10).join(entries)}
</feed>
"""


def news_sitemap(outlet: str, arts: list[dict]) -> str:
    o = OUTLETS[outlet]
    urls = []
    for a in sorted(arts, key=lambda a: a["published"], reverse=True):
        urls.append(
            f"""<url>
  <loc>{served(a)}</loc>
  <news:news>
    <news:publication>
      <news:name>{e(o["name"])}</news:name>
      <news:language>en</news:language>
    </news:publication>
    <news:publication_date>{iso(a["published"])}</news:publication_date>
    <news:title>{e(a["title"])}</news:title>
  </news:news>
</url>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- FICTION: part of claimtrack's demo corpus. -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{chr(10).join(urls)}
</urlset>
"""


def sitemap_index(outlet: str, arts: list[dict]) -> tuple[str, str]:
    last = max((a["modified"] or a["published"]) for a in arts)
    index = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- FICTION: part of claimtrack's demo corpus. -->
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap>
  <loc>{SITE}/{outlet}/sitemap-2026.xml</loc>
  <lastmod>{iso(last)}</lastmod>
</sitemap>
</sitemapindex>
"""
    urls = "\n".join(
        f"<url>\n  <loc>{served(a)}</loc>\n  <lastmod>{iso(a['modified'] or a['published'])}</lastmod>\n</url>"
        for a in sorted(arts, key=lambda a: a["published"], reverse=True)
    )
    plain = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- FICTION: part of claimtrack's demo corpus. -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""
    return index, plain
