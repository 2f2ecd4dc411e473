"""Each fictional outlet's article template (three CMSs, three markups), the site's index page,
its robots.txt and the staff page no polite crawler may fetch."""

from __future__ import annotations


from site_html import ascii_entities, e, head_common, iso, long_date, most_read, related
from site_source import FICTION_NOTICE, OUTLETS, SITE

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
