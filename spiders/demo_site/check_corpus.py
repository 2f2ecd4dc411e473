#!/usr/bin/env python3
"""Consistency check for claimtrack's FICTIONAL demo corpus (standard library only).

    python3 spiders/demo_site/check_corpus.py        # exits non-zero on any problem

Checks that
  * every feed, sitemap and sitemap index parses as XML (after substituting {{SITE}}) and that
    sitemaps list every article of their outlet while feeds leave out exactly two;
  * every HTML page is balanced, carries the fiction notice outside the article, and has the
    required <head> metadata (title, description, canonical, OpenGraph, author, JSON-LD);
  * every article has a gold file whose quote texts occur in the article's body paragraphs
    (two-paragraph quotes: joined by one space, without the second paragraph's opening mark),
    whose speakers / orgs / targets / outlet are gazetteer names and whose disputes exist;
  * the gazetteer and the disputes file are well-formed and consistent.
"""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
GAZETTEER = REPO / "nlp" / "data" / "demo_gazetteer.jsonl"
DISPUTES = REPO / "db" / "data" / "demo_disputes.json"
SITE = "http://127.0.0.1:8000"

FICTION_NOTICE = (
    '<div class="fiction-notice" role="note">FICTION — this page is part of claimtrack\'s demo '
    "corpus. Every outlet, company, person and quote on it is invented.</div>"
)
OUTLETS = {  # slug -> (outlet name, class of the body container, feed kind, sitemap kind)
    "harbor-ledger": ("The Harbor Ledger", "ledger-story__body", "rss", "news"),
    "calder-dispatch": ("Calder Dispatch", "dsp-article-text", "atom", "news"),
    "byteline": ("Byteline", "bl-content", "rss", "index"),
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
OPEN_MARKS = "“\"«‘'"
KINDS = {"direct", "mixed", "indirect"}
STANCES = {"accusation", "denial", "lawsuit", "ruling", "admission", "other"}
NC_KINDS = {"declined", "unreachable", "no_response"}
TYPES = {"PERSON", "ORG", "PRODUCT", "COURT", "OUTLET", "GPE"}  # GPE: the fictional places
ROLES = {"plaintiff", "defendant", "accuser", "accused", "complainant", "respondent", "judge"}
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "atom": "http://www.w3.org/2005/Atom",
}

problems: list[str] = []


def problem(where: str, msg: str) -> None:
    problems.append(f"{where}: {msg}")


class Page(HTMLParser):
    """Balance check plus the bits of the page the gold file is compared with."""

    def __init__(self, body_class: str | None):
        super().__init__(convert_charrefs=True)
        self.body_class = body_class
        self.stack: list[tuple[str, set[str]]] = []
        self.errors: list[str] = []
        self.paras: list[str] = []
        self._p: list[str] | None = None
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, str] = {}
        self.lang = None
        self.h1: list[str] = []
        self._h1: list[str] | None = None
        self.title = ""
        self._in_title = False
        self.jsonld: list[str] = []
        self._script: list[str] | None = None
        self.notice_in_article = False
        self.notices = 0
        self.body_containers = 0

    def _inside(self, pred) -> bool:
        return any(pred(t, c) for t, c in self.stack)

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        classes = set(a.get("class", "").split())
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            key = a.get("name") or a.get("property")
            if key:
                self.meta.setdefault(key, []).append(a.get("content", ""))
        if tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href", "")
        if tag == "script" and a.get("type") == "application/ld+json":
            self._script = []
        if tag == "title":
            self._in_title = True
        if tag == "h1" and not self._inside(lambda t, c: "print-version" in c or "bl-amp-copy" in c):
            self._h1 = []
        if "fiction-notice" in classes:
            self.notices += 1
            if self._inside(lambda t, c: t == "article" or (self.body_class and self.body_class in c)):
                self.notice_in_article = True
        if self.body_class and self.body_class in classes:
            self.body_containers += 1
        if tag == "p" and self.body_class and self._inside(lambda t, c: self.body_class in c):
            if not self._inside(lambda t, c: t == "aside" or any("promo" in x for x in c)):
                self._p = []
        if tag not in VOID:
            self.stack.append((tag, classes))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unexpected </{tag}> (open: {[t for t, _ in self.stack[-3:]]})")
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()
        if tag == "p" and self._p is not None:
            self.paras.append(re.sub(r"\s+", " ", "".join(self._p)).strip())
            self._p = None
        if tag == "h1" and self._h1 is not None:
            self.h1.append("".join(self._h1).strip())
            self._h1 = None
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._script is not None:
            self.jsonld.append("".join(self._script))
            self._script = None

    def handle_data(self, data):
        if self._p is not None:
            self._p.append(data)
        if self._h1 is not None:
            self._h1.append(data)
        if self._in_title:
            self.title += data
        if self._script is not None:
            self._script.append(data)


def parse_page(path: Path, body_class: str | None) -> tuple[Page, str]:
    raw = path.read_text(encoding="utf-8")
    p = Page(body_class)
    p.feed(raw)
    p.close()
    rel = str(path.relative_to(HERE))
    for err in p.errors:
        problem(rel, err)
    if [t for t, _ in p.stack]:
        problem(rel, f"unclosed tags {[t for t, _ in p.stack]}")
    if FICTION_NOTICE not in raw:
        problem(rel, "fiction notice missing or altered")
    if p.notice_in_article:
        problem(rel, "fiction notice is inside the article")
    return p, raw


def load_xml(path: Path):
    text = path.read_text(encoding="utf-8").replace("{{SITE}}", SITE)
    try:
        return ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        problem(str(path.relative_to(HERE)), f"XML parse error: {exc}")
        return None


def local_path(url: str) -> str | None:
    return url[len(SITE) + 1 :] if url.startswith(SITE + "/") else None


def check_docket(disputes: dict) -> None:
    """The stand-in for CourtListener's API (courtlistener/): JSON marked as fiction, every
    docket a known dispute's (by its courtlistener_id), entries dated in 2026, numbered upwards,
    and the pages chained by ``next``."""
    api = HERE / "courtlistener" / "api" / "rest" / "v4"
    known = {d.get("courtlistener_id"): d for d in disputes.values() if d.get("courtlistener_id")}
    pages = {}
    for path in sorted(api.rglob("*.json")):
        where = str(path.relative_to(HERE))
        try:
            pages[path] = data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            problem(where, str(exc))
            continue
        if not str(data.get("_notice", "")).startswith("FICTION"):
            problem(where, "no fiction notice")
    search = pages.get(api / "search" / "index.json", {})
    for r in search.get("results", []):
        d = known.get(r.get("docket_id"))
        if d is None or d.get("docket") != r.get("docketNumber") or d.get("filed") != r.get("dateFiled"):
            problem("courtlistener search", f"docket {r.get('docket_id')} matches no known dispute")
    entries, page = [], api / "docket-entries" / "index.json"
    while page in pages:
        entries += pages[page].get("results", [])
        nxt = pages[page].get("next")
        page = api / "docket-entries" / nxt.rsplit("/", 1)[1] if nxt else None
    numbers = [e.get("entry_number") for e in entries]
    if not entries or numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        problem("courtlistener entries", f"entries missing or out of order: {numbers}")
    for e in entries:
        if not re.fullmatch(r"2026-\d\d-\d\d", e.get("date_filed") or "") or not e.get("id"):
            problem("courtlistener entries", f"bad entry {e}")


def main() -> int:
    # ---------------------------------------------------------------- gazetteer
    names: dict[str, dict] = {}
    ids = set()
    for i, line in enumerate(GAZETTEER.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            ent = json.loads(line)
        except json.JSONDecodeError as exc:
            problem(f"gazetteer:{i}", str(exc))
            continue
        for k in ("id", "name", "type", "kind", "aliases", "description", "wikidata"):
            if k not in ent:
                problem(f"gazetteer:{i}", f"missing {k}")
        if ent.get("type") not in TYPES:
            problem(f"gazetteer:{i}", f"bad type {ent.get('type')}")
        if ent.get("id") in ids or ent.get("name") in names:
            problem(f"gazetteer:{i}", f"duplicate {ent.get('id')}")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ent.get("id", "")):
            problem(f"gazetteer:{i}", f"id not kebab-case: {ent.get('id')}")
        ids.add(ent.get("id"))
        names[ent.get("name")] = ent
    alias_owner: dict[str, str] = {}
    for ent in names.values():
        for al in [ent["name"], *ent.get("aliases", []), *ent.get("context_aliases", [])]:
            if al in alias_owner and alias_owner[al] != ent["name"]:
                problem("gazetteer", f"alias {al!r} used by {alias_owner[al]} and {ent['name']}")
            alias_owner[al] = ent["name"]

    # ---------------------------------------------------------------- disputes
    disputes = {}
    for d in json.loads(DISPUTES.read_text(encoding="utf-8")):
        where = f"disputes:{d.get('id')}"
        if d.get("id") in disputes:
            problem(where, "duplicate id")
        disputes[d.get("id")] = d
        if d.get("kind") not in {"lawsuit", "accusation", "complaint", "investigation"}:
            problem(where, f"bad kind {d.get('kind')}")
        if d.get("court") is not None and names.get(d["court"], {}).get("type") != "COURT":
            problem(where, f"court {d['court']!r} is not a COURT in the gazetteer")
        for f in ("filed",):
            if d.get(f) and not re.fullmatch(r"\d{4}-\d\d-\d\d", d[f]):
                problem(where, f"bad date {d[f]}")
        for party in d.get("parties", []):
            if party.get("entity") not in names:
                problem(where, f"party {party.get('entity')!r} not in gazetteer")
            if party.get("role") not in ROLES:
                problem(where, f"bad role {party.get('role')}")

    # ---------------------------------------------------------------- site-level files
    for name in ("index.html", "private/do-not-crawl.html"):
        parse_page(HERE / name, None)
    robots = (HERE / "robots.txt").read_text(encoding="utf-8")
    if "User-agent: *" not in robots or "Disallow: /private/" not in robots:
        problem("robots.txt", "missing User-agent/Disallow lines")
    for slug in OUTLETS:
        if f"Sitemap: {{{{SITE}}}}/{slug}/sitemap.xml" not in robots:
            problem("robots.txt", f"no Sitemap line for {slug}")

    # ---------------------------------------------------------------- outlets
    counts = Counter()
    golds: dict[str, dict] = {}
    bodies: dict[str, list[str]] = {}
    for slug, (outlet_name, body_class, feed_kind, sm_kind) in OUTLETS.items():
        folder = HERE / slug
        pages = sorted(p.relative_to(HERE).as_posix() for p in (folder / "articles").glob("*.html"))
        # feed
        feed_links = []
        root = load_xml(folder / "feed.xml")
        if root is not None:
            if feed_kind == "atom":
                if root.tag != f"{{{NS['atom']}}}feed":
                    problem(f"{slug}/feed.xml", "not an Atom feed")
                for entry in root.findall("atom:entry", NS):
                    for req in ("title", "id", "published", "updated", "author"):
                        if entry.find(f"atom:{req}", NS) is None:
                            problem(f"{slug}/feed.xml", f"entry without {req}")
                    link = entry.find("atom:link", NS)
                    feed_links.append(link.get("href") if link is not None else "")
            else:
                if root.tag != "rss" or root.get("version") != "2.0":
                    problem(f"{slug}/feed.xml", "not RSS 2.0")
                for item in root.iter("item"):
                    for req in ("title", "link", "guid", "pubDate"):
                        if item.find(req) is None:
                            problem(f"{slug}/feed.xml", f"item without {req}")
                    feed_links.append(item.findtext("link", ""))
        feed_pages = [local_path(u) for u in feed_links]
        # sitemap
        sm_links = []
        root = load_xml(folder / "sitemap.xml")
        if root is not None:
            if sm_kind == "index":
                if root.tag != f"{{{NS['sm']}}}sitemapindex":
                    problem(f"{slug}/sitemap.xml", "not a sitemap index")
                for loc in root.findall("sm:sitemap/sm:loc", NS):
                    child = local_path(loc.text.strip())
                    sub = load_xml(HERE / child) if child and (HERE / child).exists() else None
                    if sub is None:
                        problem(f"{slug}/sitemap.xml", f"child sitemap {loc.text} missing or broken")
                        continue
                    for url in sub.findall("sm:url", NS):
                        if url.find("sm:lastmod", NS) is None:
                            problem(child, "url without lastmod")
                        sm_links.append(url.findtext("sm:loc", "", NS).strip())
            else:
                for url in root.findall("sm:url", NS):
                    news = url.find("news:news", NS)
                    if news is None or news.find("news:publication/news:name", NS) is None or \
                            news.find("news:publication/news:language", NS) is None or \
                            news.find("news:publication_date", NS) is None or news.find("news:title", NS) is None:
                        problem(f"{slug}/sitemap.xml", "url without complete news:news block")
                    sm_links.append(url.findtext("sm:loc", "", NS).strip())
        sm_pages = [local_path(u) for u in sm_links]
        if sorted(sm_pages) != pages:
            problem(f"{slug}/sitemap.xml", f"sitemap does not list exactly the outlet's articles: "
                    f"missing {sorted(set(pages) - set(sm_pages))}, extra {sorted(set(sm_pages) - set(pages))}")
        if set(feed_pages) - set(pages):
            problem(f"{slug}/feed.xml", f"links to unknown pages {sorted(set(feed_pages) - set(pages))}")
        if len(set(pages) - set(feed_pages)) != 2:
            problem(f"{slug}/feed.xml", f"should leave out exactly 2 articles, leaves out "
                    f"{sorted(set(pages) - set(feed_pages))}")

        # articles
        for page in pages:
            path = HERE / page
            p, raw = parse_page(path, body_class)
            counts["pages"] += 1
            if p.lang != "en":
                problem(page, "html lang is not en")
            if p.body_containers != 1:
                problem(page, f"{p.body_containers} body containers .{body_class}")
            for key in ("description", "author", "og:title", "og:site_name", "og:url", "og:type",
                        "article:published_time", "article:author"):
                if not p.meta.get(key):
                    problem(page, f"missing meta {key}")
            if p.meta.get("og:type") != ["article"]:
                problem(page, "og:type is not article")
            canon = p.links.get("canonical", "")
            if not re.match(r"https://[a-z.]+\.example/", canon):
                problem(page, f"canonical {canon!r} is not on an .example domain")
            if p.meta.get("og:url") != [canon]:
                problem(page, "og:url differs from canonical")
            ld = None
            try:
                ld = json.loads(p.jsonld[0]) if p.jsonld else None
            except json.JSONDecodeError as exc:
                problem(page, f"JSON-LD does not parse: {exc}")
            if not ld or ld.get("@type") != "NewsArticle":
                problem(page, "no NewsArticle JSON-LD")
                ld = {}
            for key in ("headline", "datePublished", "author", "publisher"):
                if key not in ld:
                    problem(page, f"JSON-LD without {key}")
            paras = p.paras
            bodies[page] = paras
            if len(paras) < 5 or len(paras) > 12:
                problem(page, f"{len(paras)} body paragraphs (want 5-12)")
            text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
            for block in ("Sign up for our newsletter", "Most Read", "Related stories", "cookie"):
                if block not in text:
                    problem(page, f"boilerplate block {block!r} missing")

            # gold
            gpath = path.with_suffix(".gold.json")
            if not gpath.exists():
                problem(page, "no gold file")
                continue
            g = json.loads(gpath.read_text(encoding="utf-8"))
            golds[page] = g
            if g.get("page") != page:
                problem(page, f"gold page is {g.get('page')!r}")
            if g.get("canonical_url") != canon:
                problem(page, "gold canonical_url differs from the page")
            if g.get("outlet") != outlet_name or names.get(outlet_name, {}).get("type") != "OUTLET":
                problem(page, f"gold outlet {g.get('outlet')!r}")
            if p.h1[:1] != [g.get("title")] or ld.get("headline") != g.get("title"):
                problem(page, f"gold title differs from h1 {p.h1[:1]} / JSON-LD")
            if [a["name"] for a in ld.get("author", [])] != g.get("authors"):
                problem(page, "gold authors differ from JSON-LD")
            for a in g.get("authors", []):
                if a not in names:
                    problem(page, f"author {a!r} not in gazetteer")
            if str(ld.get("datePublished", ""))[:10] != g.get("published"):
                problem(page, "gold published differs from JSON-LD")
            if not ("2026-01-05" <= g.get("published", "") <= "2026-10-30"):
                problem(page, "published outside 2026-01-05..2026-10-30")
            for d in g.get("disputes", []):
                if d not in disputes:
                    problem(page, f"unknown dispute {d!r}")
            if g.get("on_topic") and not g.get("disputes"):
                problem(page, "on-topic article without disputes")
            counts["on_topic" if g.get("on_topic") else "off_topic"] += 1

            joined = "\n".join(paras)
            joined_alt = " ".join(x[1:] if x[:1] in OPEN_MARKS else x for x in paras)
            for q in g.get("quotes", []):
                t = q.get("text", "")
                where = f"{page} quote {t[:40]!r}"
                if not t or (t not in joined and t not in joined_alt):
                    problem(where, "text not found in body paragraphs")
                if t in joined_alt and t not in joined:
                    counts["multi_paragraph"] += 1
                if q.get("kind") not in KINDS:
                    problem(where, f"bad kind {q.get('kind')}")
                if q.get("stance") not in STANCES:
                    problem(where, f"bad stance {q.get('stance')}")
                if q.get("speaker") not in names:
                    problem(where, f"speaker {q.get('speaker')!r} not in gazetteer")
                for k in ("speaker_org", "target"):
                    if q.get(k) is not None and q[k] not in names:
                        problem(where, f"{k} {q[k]!r} not in gazetteer")
                st = q.get("speaker_text")
                if not st or (st not in joined and st.lower() not in joined.lower()):
                    problem(where, f"speaker_text {st!r} not in body")
                counts[q.get("kind")] += 1
            for nc in g.get("no_comment", []):
                if nc.get("speaker") not in names:
                    problem(page, f"no_comment speaker {nc.get('speaker')!r} not in gazetteer")
                if nc.get("kind") not in NC_KINDS:
                    problem(page, f"bad no_comment kind {nc.get('kind')}")
                counts["no_comment"] += 1
            if any(n.startswith("body-printed-twice") for n in g.get("notes", [])):
                for q in g.get("quotes", []):
                    if text.count(q["text"]) < 2:
                        problem(page, f"body-printed-twice page shows {q['text'][:30]!r} once")

    # ---------------------------------------------------------------- cross-article notes
    for page, g in golds.items():
        for note in g.get("notes", []):
            m = re.match(r"wire-reprint of (\S+)", note)
            if m:
                other = f"{m.group(1).split('/')[0]}/articles/{m.group(1).split('/')[1]}.html"
                if bodies.get(other) != bodies.get(page):
                    problem(page, f"wire reprint body differs from {other}")
                if golds.get(other, {}).get("canonical_url") == g.get("canonical_url"):
                    problem(page, "wire reprints share a canonical URL")
                counts["wire_reprint_pages"] += 1
            m = re.match(r"follow-up repeating .* of (\S+) word for word", note)
            if m:
                other = f"{m.group(1).split('/')[0]}/articles/{m.group(1).split('/')[1]}.html"
                mine = {q["text"] for q in g["quotes"]}
                if not mine & {q["text"] for q in golds.get(other, {}).get("quotes", [])}:
                    problem(page, f"follow-up shares no quote with {other}")

    check_docket(disputes)

    if counts["on_topic"] < 30 or counts["off_topic"] < 2:
        problem("corpus", f"{counts['on_topic']} on-topic / {counts['off_topic']} off-topic articles")
    for kind, need in (("direct", 60), ("indirect", 25), ("mixed", 10), ("no_comment", 10)):
        if counts[kind] < need:
            problem("corpus", f"only {counts[kind]} {kind} (want {need})")

    print(f"pages {counts['pages']} (on-topic {counts['on_topic']}, off-topic {counts['off_topic']}); "
          f"quotes: direct {counts['direct']}, indirect {counts['indirect']}, mixed {counts['mixed']} "
          f"(multi-paragraph {counts['multi_paragraph']}); no-comments {counts['no_comment']}; "
          f"disputes {len(disputes)}; gazetteer entities {len(names)}")
    for msg in problems:
        print("PROBLEM", msg)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
