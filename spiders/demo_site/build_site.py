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

import json
import shutil

from site_feeds import atom, news_sitemap, rss, sitemap_index
from site_pages import PRIVATE, RENDER, index_page, robots
from site_source import HERE, OUTLETS, gold, load_articles


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
