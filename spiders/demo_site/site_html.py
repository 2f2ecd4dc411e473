"""Small HTML pieces the demo site's pages and feeds share: escaping, dates, JSON-LD, the common
<head>, related and most-read lists."""

from __future__ import annotations

import datetime as dt
import html
import json

from site_source import OUTLETS, SITE

# --------------------------------------------------------------------------- helpers

e = lambda s: html.escape(s, quote=False)  # noqa: E731
ea = lambda s: html.escape(s, quote=True)  # noqa: E731


def ascii_entities(s: str) -> str:
    """Calder Dispatch's CMS writes every non-ASCII character as a numeric reference."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)


def iso(d: dt.datetime) -> str:
    return d.isoformat()


def long_date(d: dt.datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def served(a: dict) -> str:
    return f"{SITE}/{a['outlet_slug']}/articles/{a['slug']}.html"


def jsonld(a: dict, ascii_only: bool = False) -> str:
    o = OUTLETS[a["outlet_slug"]]
    d = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["description"],
        "datePublished": iso(a["published"]),
        "author": [{"@type": "Person", "name": n} for n in a["authors"]],
        "publisher": {"@type": "Organization", "name": o["name"]},
        "mainEntityOfPage": a["canonical"],
        "articleSection": a["section"],
        "inLanguage": "en",
    }
    if a["modified"]:
        d["dateModified"] = iso(a["modified"])
    if a["agency"]:
        d["sourceOrganization"] = {"@type": "Organization", "name": a["agency"]}
    return json.dumps(d, ensure_ascii=ascii_only, indent=1).replace("</", "<\\/")


def head_common(a: dict, title_suffix: str, feed_type: str, ascii_only: bool = False) -> str:
    o = OUTLETS[a["outlet_slug"]]
    lines = [
        f"<title>{e(a['title'])}{title_suffix}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{ea(a["description"])}">',
        f'<meta name="author" content="{ea(", ".join(a["authors"]))}">',
        f'<link rel="canonical" href="{ea(a["canonical"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{ea(a["title"])}">',
        f'<meta property="og:site_name" content="{ea(o["name"])}">',
        f'<meta property="og:url" content="{ea(a["canonical"])}">',
        f'<meta property="og:description" content="{ea(a["description"])}">',
        f'<meta property="article:published_time" content="{iso(a["published"])}">',
    ]
    if a["modified"]:
        lines.append(f'<meta property="article:modified_time" content="{iso(a["modified"])}">')
    lines += [f'<meta property="article:author" content="{ea(n)}">' for n in a["authors"]]
    lines.append(f'<meta property="article:section" content="{ea(a["section"])}">')
    lines.append(f'<link rel="alternate" type="{feed_type}" title="{ea(o["name"])}" href="../feed.xml">')
    if ascii_only:
        lines = [ascii_entities(line) for line in lines]
    lines.append(f'<script type="application/ld+json">\n{jsonld(a, ascii_only)}\n</script>')
    return "\n".join(lines)


def related(a: dict, arts: list[dict], n: int = 3) -> list[dict]:
    same = [b for b in arts if b is not a and b["outlet_slug"] == a["outlet_slug"]]
    if a["disputes"]:
        rel = [b for b in same if set(b["disputes"]) & set(a["disputes"])]
    else:
        rel = [b for b in same if not b["on_topic"]]
    # earlier stories first (most recent first), later ones only to fill up
    rel.sort(key=lambda b: (b["published"] > a["published"], abs((b["published"] - a["published"]).total_seconds())))
    return (rel or same)[:n]


def most_read(a: dict, arts: list[dict], n: int = 5) -> list[dict]:
    same = [b for b in arts if b["outlet_slug"] == a["outlet_slug"] and b is not a]
    earlier = [b for b in same if b["published"] < a["published"]]
    same = earlier if len(earlier) >= 3 else same
    # a stable but arbitrary-looking order, as on a real site
    same.sort(key=lambda b: (len(b["slug"]) * 7 + b["published"].day) % 11)
    return same[:n]
