#!/usr/bin/env python3
"""Build claimtrack's FICTIONAL demo site from the hand-written text in ``_source/``.

Everything in the demo world is invented: outlets, companies, people, courts and quotes.
This script only lays out repetitive parts (each outlet's HTML template, feeds, sitemaps and
the ``*.gold.json`` files, whose annotations are written by hand in ``_source/*.txt``).
The generated static files are committed and are what the demo HTTP server serves; the
server substitutes ``{{SITE}}`` (scheme://host:port, no trailing slash) in .html/.xml/.txt.

Run from anywhere:  python3 spiders/demo_site/build_site.py
Standard library only.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "_source"
SITE = "{{SITE}}"

FICTION_NOTICE = (
    '<div class="fiction-notice" role="note">FICTION — this page is part of claimtrack\'s demo '
    "corpus. Every outlet, company, person and quote on it is invented.</div>"
)

OUTLETS = {
    "harbor-ledger": {
        "name": "The Harbor Ledger",
        "short": "Harbor Ledger",
        "domain": "harborledger.example",
        "feed": "rss",
        "sitemap": "news",
        "quotes": "curly",
        "blurb": "Port Calder’s daily newspaper since 1887.",
    },
    "calder-dispatch": {
        "name": "Calder Dispatch",
        "short": "Calder Dispatch",
        "domain": "www.calderdispatch.example",
        "feed": "atom",
        "sitemap": "news",
        "quotes": "curly",
        "blurb": "News for the whole of Calder since 1911.",
    },
    "byteline": {
        "name": "Byteline",
        "short": "Byteline",
        "domain": "byteline.example",
        "feed": "rss",
        "sitemap": "index",
        "quotes": "straight",
        "blurb": "Technology, AI and the people who regulate it.",
    },
}

MARK = re.compile(r"\[\[(\d+):(.*?)\]\]")
QUOTE_FIELDS = ["kind", "speaker", "speaker_text", "speaker_role", "speaker_org", "cue", "stance", "target"]


# --------------------------------------------------------------------------- parsing


def _none(v: str):
    v = v.strip()
    return None if v in ("-", "") else v


def parse_blocks(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    blocks = []
    for raw in re.split(r"^=== ", text, flags=re.M)[1:]:
        head, sep, body = raw.partition("\n---\n")
        lines = head.splitlines()
        b = {"key": lines[0].strip(), "quotes": {}, "nc": [], "meta": {}, "paras": []}
        for line in lines[1:]:
            if not line.strip():
                continue
            k, _, v = line.partition(": ")
            k = k.strip()
            if re.fullmatch(r"q\d+", k):
                parts = [p.strip() for p in v.split("|")]
                assert len(parts) == 8, (b["key"], line)
                b["quotes"][int(k[1:])] = dict(zip(QUOTE_FIELDS, [_none(p) for p in parts]))
            elif k == "nc":
                spk, kind = [p.strip() for p in v.split("|")]
                b["nc"].append({"speaker": spk, "kind": kind})
            else:
                b["meta"][k] = v.strip()
        if sep:
            b["paras"] = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
        blocks.append(b)
    return blocks


def load_articles() -> list[dict]:
    wires, arts = {}, []
    for path in sorted(SRC.glob("*.txt")):
        if path.name == "README.txt":
            continue
        for b in parse_blocks(path):
            (wires.__setitem__(b["key"], b) if b["key"].startswith("@") else arts.append(b))
    out = []
    for b in arts:
        m = b["meta"]
        outlet, slug = b["key"].split("/")
        if "body" in m:  # wire reprint: body, quotes and no-comments come from the wire story
            w = wires[m["body"]]
            b["paras"], b["quotes"], b["nc"] = w["paras"], w["quotes"], w["nc"]
            m.setdefault("disputes", w["meta"].get("disputes", ""))
        paras_marked = b["paras"]
        paras = [MARK.sub(lambda mo: mo.group(2), p) for p in paras_marked]
        pieces: dict[int, list[str]] = {}
        for p in paras_marked:
            for mo in MARK.finditer(p):
                pieces.setdefault(int(mo.group(1)), []).append(mo.group(2))
        assert set(pieces) == set(b["quotes"]), (b["key"], sorted(pieces), sorted(b["quotes"]))
        quotes = []
        for n in sorted(b["quotes"]):
            q = {"text": " ".join(pieces[n])}
            q.update(b["quotes"][n])
            quotes.append(q)
        pub = dt.datetime.fromisoformat(m["published"])
        mod = dt.datetime.fromisoformat(m["modified"]) if m.get("modified") else None
        a = {
            "outlet_slug": outlet,
            "slug": slug,
            "title": m["title"],
            "authors": [x.strip() for x in m["authors"].split(";")],
            "agency": m.get("agency"),
            "published": pub,
            "modified": mod,
            "section": m.get("section", "News"),
            "description": m["description"],
            "in_feed": m.get("feed", "yes") != "no",
            "on_topic": m.get("topic", "yes") != "no",
            "disputes": [x.strip() for x in re.split(r"[;,]", m.get("disputes", "")) if x.strip()],
            "notes": [x.strip() for x in re.split(r";(?![^()]*\))", m.get("notes", "")) if x.strip()],
            "print_twice": m.get("print_twice") == "yes",
            "paras": paras,
            "quotes": quotes,
            "no_comment": b["nc"],
        }
        style = OUTLETS[outlet]["quotes"]
        for p in paras + [a["title"], a["description"]]:
            if style == "curly":
                assert '"' not in p and "'" not in p, (a["slug"], "straight quote in curly outlet", p)
            else:
                assert not set("“”‘’") & set(p), (a["slug"], "curly quote in straight outlet", p)
        a["canonical"] = canonical_url(a)
        out.append(a)
    out.sort(key=lambda a: (a["outlet_slug"], a["published"]))
    return out


def canonical_url(a: dict) -> str:
    o, d = a["outlet_slug"], a["published"]
    if o == "harbor-ledger":
        sec = a["section"].lower().replace(" ", "-")
        return f"https://harborledger.example/{sec}/{d:%Y/%m/%d}/{a['slug']}/"
    if o == "calder-dispatch":
        sec = a["section"].lower().replace(" ", "-")
        return f"https://www.calderdispatch.example/news/{sec}/{a['slug']}-n{d:%Y%m%d}.html"
    return f"https://byteline.example/p/{a['slug']}/"


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


# --------------------------------------------------------------------------- templates


def render_ledger(a: dict, arts: list[dict]) -> str:
    byline = " and ".join(f'<a class="ledger-story__author" rel="author" href="#">{e(n)}</a>' for n in a["authors"])
    if a["agency"]:
        byline += f' <span class="ledger-story__agency">| {e(a["agency"])}</span>'
    updated = (
        f' <span class="ledger-story__updated">Updated <time datetime="{iso(a["modified"])}">'
        f'{long_date(a["modified"])}, {a["modified"]:%H:%M}</time></span>'
        if a["modified"]
        else ""
    )
    body = []
    for i, p in enumerate(a["paras"]):
        body.append(f"<p>{e(p)}</p>")
        if i == 2:
            body.append(
                '<aside class="ledger-promo newsletter-signup">\n<h2>The Morning Ledger</h2>\n'
                "<p>Sign up for our newsletter: the day’s top stories from Port Calder, in your inbox by 7 a.m.</p>\n"
                '<form action="#"><input type="email" name="email" placeholder="Your email address"> '
                '<button type="submit">Subscribe</button></form>\n</aside>'
            )
    rel = "\n".join(f'<li><a href="{b["slug"]}.html">{e(b["title"])}</a></li>' for b in related(a, arts))
    mr = "\n".join(f'<li><a href="{b["slug"]}.html">{e(b["title"])}</a></li>' for b in most_read(a, arts))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{head_common(a, " | The Harbor Ledger", "application/rss+xml")}
<style>body{{font-family:Georgia,serif;max-width:60rem;margin:auto}}.fiction-notice{{background:#fde68a;border:2px solid #92400e;padding:.6rem;font-weight:bold;text-align:center}}.ledger-promo{{background:#eef;padding:.5rem}}</style>
</head>
<body class="hl-site">
<div class="cookie-consent" id="cookie-banner"><p>We use cookies to personalise content and to analyse our traffic. By continuing to browse, you agree to our use of cookies.</p><button type="button">Accept all</button> <button type="button">Manage settings</button></div>
<header class="hl-masthead">
<a class="hl-logo" href="../../index.html">The Harbor Ledger</a>
<nav class="hl-nav" aria-label="Sections"><ul><li><a href="../../index.html">Home</a></li><li><a href="#">Port Calder</a></li><li><a href="#">Business</a></li><li><a href="#">Technology</a></li><li><a href="#">Courts</a></li><li><a href="#">Culture</a></li><li><a href="#">Opinion</a></li></ul></nav>
</header>
{FICTION_NOTICE}
<main class="hl-main">
<article class="ledger-story">
<header class="ledger-story__head">
<p class="ledger-story__kicker">{e(a["section"])}</p>
<h1 class="ledger-story__headline">{e(a["title"])}</h1>
<p class="ledger-story__byline">By {byline}</p>
<p class="ledger-story__dateline"><time datetime="{iso(a["published"])}">{long_date(a["published"])}</time>{updated}</p>
</header>
<div class="ledger-story__body">
{chr(10).join(body)}
</div>
<footer class="ledger-story__foot"><p class="ledger-story__corrections">Spotted an error? Write to corrections@harborledger.example.</p></footer>
<section class="ledger-related">
<h2>Related stories</h2>
<ul>
{rel}
</ul>
</section>
</article>
<aside class="ledger-mostread">
<h2>Most Read</h2>
<ol>
{mr}
</ol>
</aside>
</main>
<footer class="hl-footer"><p>© 2026 The Harbor Ledger. All rights reserved.</p><p><a href="#">About us</a> · <a href="#">Contact</a> · <a href="#">Privacy</a> · <a href="#">Cookie settings</a></p></footer>
</body>
</html>
"""


def render_dispatch(a: dict, arts: list[dict]) -> str:
    x = ascii_entities
    author = " and ".join(a["authors"])
    if a["agency"]:
        author += f", {a['agency']}"
    d = a["published"]
    stamp = f"Published {d.day} {d:%B %Y}, {d:%H:%M}"
    if a["modified"]:
        m = a["modified"]
        stamp += f" · Last updated {m.day} {m:%B %Y}, {m:%H:%M}"
    paras = "\n".join(f"<p>{x(e(p))}</p>" for p in a["paras"])
    rel = "\n".join(f'<li><a href="{b["slug"]}.html">{x(e(b["title"]))}</a></li>' for b in related(a, arts))
    mr = "\n".join(
        f'<li><span class="dsp-rank">{i}</span> <a href="{b["slug"]}.html">{x(e(b["title"]))}</a></li>'
        for i, b in enumerate(most_read(a, arts), 1)
    )
    printed = ""
    if a["print_twice"]:
        printed = (
            '\n<div class="print-version" aria-hidden="true" style="display:none">\n'
            f'<p class="print-title">{x(e(a["title"]))}</p>\n<p class="print-byline">By {x(e(author))}</p>\n'
            + "\n".join(f"<p>{x(e(p))}</p>" for p in a["paras"])
            + "\n</div>"
        )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head_common(a, " – Calder Dispatch", "application/atom+xml", ascii_only=True)}
<link rel="stylesheet" href="#dispatch-css">
</head>
<body id="dsp" class="page-article">
<div id="dsp-top">
<div class="dsp-brand"><a href="../../index.html"><span class="dsp-brand-name">Calder Dispatch</span></a> <span class="dsp-tagline">News for the whole of Calder since 1911</span></div>
<ul class="dsp-menu"><li><a href="#">News</a></li><li><a href="#">Politics</a></li><li><a href="#">Business</a></li><li><a href="#">Technology</a></li><li><a href="#">Culture</a></li><li><a href="#">Food</a></li><li><a href="#">Sport</a></li></ul>
</div>
{FICTION_NOTICE}
<div id="dsp-wrap">
<div class="dsp-col-main">
<div class="dsp-article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="dsp-breadcrumb"><a href="#">News</a> &rsaquo; <a href="#">{x(e(a["section"]))}</a></div>
<h1 class="dsp-title" itemprop="headline">{x(e(a["title"]))}</h1>
<div class="dsp-meta"><span class="dsp-author" itemprop="author">By {x(e(author))}</span> <span class="dsp-sep">|</span> <span class="dsp-date" itemprop="datePublished" content="{iso(d)}">{x(stamp)}</span></div>
<div class="dsp-share">Share this article: <a href="#">Email</a> <a href="#">Copy link</a></div>
<div class="dsp-article-text" itemprop="articleBody">
{paras}
</div>
<div class="dsp-promo">
<p class="dsp-promo-title">The Morning Memo</p>
<p>Sign up for our newsletter and get the Dispatch Morning Memo every weekday. It&#8217;s free.</p>
<a class="dsp-btn" href="#">Sign up</a>
</div>
<div class="dsp-related">
<h3>Related stories</h3>
<ul>
{rel}
</ul>
</div>{printed}
</div>
</div>
<div class="dsp-col-side">
<div class="dsp-mostread">
<h3>Most Read</h3>
<ol>
{mr}
</ol>
</div>
<div class="dsp-ad">Advertisement</div>
</div>
</div>
<div id="dsp-foot"><p>Calder Dispatch &middot; <a href="#">Terms</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact the newsroom</a></p><p>&copy; 2026 Calder Dispatch</p></div>
<div id="gdpr-notice" class="cookie-notice"><p>This site uses cookies to improve your experience. Read our cookie policy to find out more.</p><a href="#" class="cookie-ok">OK</a></div>
</body>
</html>
"""


def render_byteline(a: dict, arts: list[dict]) -> str:
    d = a["published"]
    authors = ", ".join(f'<a class="bl-author" href="#">{e(n)}</a>' for n in a["authors"])
    stamp = f"{d:%b} {d.day}, {d.year} {d:%I:%M %p}".replace(" 0", " ")
    body = []
    for i, p in enumerate(a["paras"]):
        body.append(f"<p>{e(p)}</p>")
        if i == 3:
            body.append(
                '<div class="bl-inline-promo"><strong>Byteline Daily</strong> Sign up for our newsletter: '
                'the AI policy news that matters, every weekday morning. <a href="#">Subscribe</a></div>'
            )
    rel = "\n".join(f'<li><a href="{b["slug"]}.html">{e(b["title"])}</a></li>' for b in related(a, arts))
    mr = "\n".join(f'<li><a href="{b["slug"]}.html">{e(b["title"])}</a></li>' for b in most_read(a, arts))
    amp = ""
    if a["print_twice"]:
        amp = (
            '\n<section class="bl-amp-copy" hidden data-amp-fallback="true">\n'
            f'<p class="bl-amp-title">{e(a["title"])}</p>\n'
            + "\n".join(f"<p>{e(p)}</p>" for p in a["paras"])
            + "\n</section>"
        )
    return f"""<!DOCTYPE html>
<html lang="en" data-theme="dark">
<head>
<meta charset="utf-8">
{head_common(a, " - Byteline", "application/rss+xml")}
</head>
<body>
<div class="consent-bar" role="dialog"><span>Byteline uses cookies and similar tech to measure readership.</span> <a href="#">Accept</a> <a href="#">Reject</a></div>
<header class="bl-header"><a class="bl-wordmark" href="../../index.html">byteline</a>
<nav class="bl-nav"><a href="#">AI</a> <a href="#">Policy</a> <a href="#">Chips</a> <a href="#">Reviews</a> <a href="#">Newsletters</a></nav></header>
{FICTION_NOTICE}
<main id="content" class="bl-layout">
<article class="bl-post">
<p class="bl-eyebrow">{e(a["section"])}</p>
<h1 class="bl-post-title">{e(a["title"])}</h1>
<p class="bl-dek">{e(a["description"])}</p>
<div class="bl-byline">{authors} <span aria-hidden="true">&middot;</span> <time datetime="{iso(d)}">{stamp}</time></div>
<section class="bl-content">
{chr(10).join(body)}
</section>
<div class="bl-tags">Filed under: <a href="#">{e(a["section"])}</a></div>
<aside class="bl-related">
<h2>Related stories</h2>
<ul>
{rel}
</ul>
</aside>
</article>{amp}
<aside class="bl-trending">
<h3>Most Read</h3>
<ol>
{mr}
</ol>
</aside>
</main>
<footer class="bl-footer"><p>Byteline &copy; 2026. <a href="#">Ethics policy</a> &middot; <a href="#">Advertise</a> &middot; <a href="#">RSS</a></p></footer>
</body>
</html>
"""


RENDER = {"harbor-ledger": render_ledger, "calder-dispatch": render_dispatch, "byteline": render_byteline}


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


# --------------------------------------------------------------------------- gold


def gold(a: dict) -> dict:
    return {
        "page": f"{a['outlet_slug']}/articles/{a['slug']}.html",
        "canonical_url": a["canonical"],
        "outlet": OUTLETS[a["outlet_slug"]]["name"],
        "title": a["title"],
        "authors": a["authors"],
        "published": a["published"].date().isoformat(),
        "on_topic": a["on_topic"],
        "disputes": a["disputes"],
        "notes": a["notes"],
        "quotes": a["quotes"],
        "no_comment": a["no_comment"],
    }


# --------------------------------------------------------------------------- site-level pages


def index_page(arts: list[dict]) -> str:
    rows = []
    for slug, o in OUTLETS.items():
        n = sum(1 for a in arts if a["outlet_slug"] == slug)
        feed = "Atom feed" if o["feed"] == "atom" else "RSS feed"
        sm = "sitemap index" if o["sitemap"] == "index" else "Google News sitemap"
        rows.append(
            f'<li><strong>{e(o["name"])}</strong> ({e(o["domain"])}) — {e(o["blurb"])} {n} articles. '
            f'<a href="{slug}/feed.xml">{feed}</a> · <a href="{slug}/sitemap.xml">{sm}</a></li>'
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>claimtrack demo corpus (fiction)</title>
<meta name="description" content="A fictional news world for testing claimtrack: three invented outlets covering invented disputes over AI and intellectual property.">
<link rel="alternate" type="application/rss+xml" title="The Harbor Ledger" href="{SITE}/harbor-ledger/feed.xml">
<link rel="alternate" type="application/atom+xml" title="Calder Dispatch" href="{SITE}/calder-dispatch/feed.xml">
<link rel="alternate" type="application/rss+xml" title="Byteline" href="{SITE}/byteline/feed.xml">
</head>
<body>
{FICTION_NOTICE}
<h1>claimtrack demo corpus</h1>
<p>This site is a made-up news world used to demonstrate and test claimtrack. It is set in the fictional country of Calder. The outlets below, and the Meridian Wire news agency whose stories two of them reprint, do not exist.</p>
<h2>Outlets</h2>
<ul>
{chr(10).join(rows)}
</ul>
<p>Crawlers should start from the feeds and sitemaps above, or from <a href="robots.txt">robots.txt</a>. The <a href="private/do-not-crawl.html">staff area</a> is disallowed for robots.</p>
</body>
</html>
"""


PRIVATE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Staff only: embargoed draft</title>
<meta name="robots" content="noindex, nofollow">
</head>
<body>
{FICTION_NOTICE}
<article class="draft">
<h1>EMBARGOED DRAFT: Corvane Labs to settle with Kestrow, sources say</h1>
<p>This page is disallowed by robots.txt. A polite crawler must never fetch it. Marker: CLAIMTRACK-DO-NOT-CRAWL-7f3a.</p>
<p>“This quote must never appear in the database,” said a person who does not exist.</p>
</article>
</body>
</html>
"""


def robots() -> str:
    lines = ["User-agent: *", "Disallow: /private/", ""]
    lines += [f"Sitemap: {SITE}/{slug}/sitemap.xml" for slug in OUTLETS]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def main() -> None:
    arts = load_articles()
    for slug, o in OUTLETS.items():
        mine = [a for a in arts if a["outlet_slug"] == slug]
        out = HERE / slug
        if out.exists():
            shutil.rmtree(out)
        (out / "articles").mkdir(parents=True)
        for a in mine:
            (out / "articles" / f"{a['slug']}.html").write_text(RENDER[slug](a, arts), encoding="utf-8")
            (out / "articles" / f"{a['slug']}.gold.json").write_text(
                json.dumps(gold(a), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        (out / "feed.xml").write_text((atom if o["feed"] == "atom" else rss)(slug, mine), encoding="utf-8")
        if o["sitemap"] == "index":
            idx, plain = sitemap_index(slug, mine)
            (out / "sitemap.xml").write_text(idx, encoding="utf-8")
            (out / "sitemap-2026.xml").write_text(plain, encoding="utf-8")
        else:
            (out / "sitemap.xml").write_text(news_sitemap(slug, mine), encoding="utf-8")
    (HERE / "index.html").write_text(index_page(arts), encoding="utf-8")
    (HERE / "robots.txt").write_text(robots(), encoding="utf-8")
    (HERE / "private").mkdir(exist_ok=True)
    (HERE / "private" / "do-not-crawl.html").write_text(PRIVATE, encoding="utf-8")
    print(f"built {len(arts)} articles")


if __name__ == "__main__":
    main()
