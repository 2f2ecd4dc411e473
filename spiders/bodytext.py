"""Main article body text from an HTML page.

trafilatura finds the article container well but, left to its defaults, lets through what news
pages wrap around the story: the headline, reader comments, newsletter and "most read" boxes,
"related stories" link lists and sharing prompts. Those cost precision, and in claimtrack every
stray sentence can become a false claim or a false attribution. So this module

1. parses the page once and removes containers whose class/id words say they are furniture
   (comments, newsletter, related, share, most-read, ...), but never one that holds most of the
   page's paragraph text, so a site that names its article "post-comments-wrapper" still works;
2. runs trafilatura's fast path on the pruned tree with comments off;
3. falls back to trafilatura's full cascade (slower: it cross-checks with other algorithms) only
   when the fast result looks like a menu or is nearly empty;
4. cleans the lines: drops the headline and subtitle, one-line prompts ("Sign up for...",
   "Follow us on...", "Read more:") and a second copy of a body printed twice.

Only generic signals are used (class words, text patterns, page structure): no rule names a site.
"""

from __future__ import annotations

import re
import unicodedata

import trafilatura

# Pages beyond this are cut before parsing: the article comes early in any real page once scripts
# are gone, and parsing tens of megabytes would stall the crawl.
MAX_HTML_CHARS = 3_000_000

# Below this many characters the fast extraction is suspected of having missed the article.
MIN_BODY_CHARS = 250

_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)

# Class/id words that mark page furniture. Matched as whole words inside class/id values split on
# - _ and spaces (so "comment" matches "post-comments" but not "commentary").
_FURNITURE_WORDS = (
    "comment", "comments", "commentlist", "disqus",
    "related", "relatedposts", "recommended", "recommendations", "recirc", "outbrain", "taboola",
    "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "paywall",
    "share", "sharing", "sharebar", "social", "sociallinks",
    "mostread", "mostpopular", "trending",
    "promo", "promotion", "sponsored", "advert", "advertisement", "ads", "adslot",
    "breadcrumb", "breadcrumbs", "tagcloud", "taglist",
    "sidebar", "footer", "nav", "navigation", "menu",
    "cookie", "consent", "gdpr", "modal", "popup", "toolbar", "print",
)
_FURNITURE = frozenset(_FURNITURE_WORDS)
_WORDS = re.compile(r"\w+")
_SPLIT_CLASS = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Lines that are prompts or page chrome in any article. Anchored and short on purpose.
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:"
    r"(?:sign up|subscribe|register)\b.{0,80}(?:newsletter|updates|inbox|email)|"
    r"(?:get|join) (?:our|the) .{0,40}newsletter|"
    r"thanks? (?:you )?for (?:signing up|subscribing|reading)|"
    r"(?:read|see|watch) (?:more|also|next)\s*:|"
    r"(?:also read|read also|related|more on this|more from|you may also like|you might also like|"
    r"recommended|most (?:read|popular|viewed)|trending now|don'?t miss|more stories)\b.{0,80}$|"
    r"share (?:this|on|via)\b.{0,60}$|like this (?:story|article|post)\b.{0,60}$|"
    r"follow us\b.{0,60}$|"
    r"follow .{0,60}\bon (?:twitter|facebook|instagram|linkedin|youtube)\b|"
    r"subscribe to\b.{0,100}$|if you (?:enjoyed|liked) this\b|"
    r"also on [\w-]+\.[a-z]{2,}\b|"
    r"(?:leggi anche|leia tamb[eé]m|lea tambi[eé]n|lire aussi|lesen sie auch|mehr zum thema)\b.{0,100}$|"
    r"(?:comments?|tags?)\s*:?$|"
    r"advertisement$|sponsored$|"
    r"(?:we|this (?:site|website)) uses? cookies|"
    r"\d+ comments?$|comments? (?:are )?closed|leave a (?:comment|reply)|"
    r"(?:posted|published|updated) (?:on|at)? ?\d"
    r")",
    re.IGNORECASE,
)


def extract_body(html: str, url: str | None = None) -> str:
    """Main article body text: paragraphs separated by '\\n'. '' if none found.

    Never raises: the crawler feeds it whatever servers send (empty bodies, binaries served as
    text/html, truncated markup), and a page we cannot read must cost one article, not the crawl.
    """
    try:
        return _extract(html, url)
    except Exception:  # noqa: BLE001 - a bad page must never stop the crawl
        return ""


def _extract(html, url: str | None) -> str:
    html = _as_text(html)
    if not html:
        return ""
    tree = _parse(html)
    if tree is None:
        return ""
    titles = _title_keys(tree)
    header = _headline_text(tree)
    _prune_furniture(tree)
    text = trafilatura.extract(tree, url=url, include_comments=False, fast=True) or ""
    menu = _looks_like_menu(text)
    if menu or len(text) < MIN_BODY_CHARS:
        # the fast path grabbed a navigation dump or next to nothing: pay for trafilatura's full
        # cascade (it cross-checks with readability and jusText) on a fresh tree; this only
        # happens on odd pages, so the crawl keeps the fast path's speed
        tree = _parse(html)
        if tree is not None:
            _prune_furniture(tree)
            retry = trafilatura.extract(tree, url=url, include_comments=False) or ""
            if retry and not _looks_like_menu(retry) and (menu or len(retry) > len(text)):
                text = retry
    return _clean_lines(text, titles, header)


def _looks_like_menu(text: str) -> bool:
    """True when the extraction is mostly one-to-four-word lines: a menu, not prose."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 30:
        return False
    short = sum(1 for x in lines if len(_WORDS.findall(x)) < 5)
    return short > 0.75 * len(lines)


def _as_text(html) -> str:
    """A str worth parsing, or '' for empty or binary input (a NUL early on means not HTML)."""
    if html is None:
        return ""
    if isinstance(html, (bytes, bytearray)):
        html = bytes(html).decode("utf-8", errors="replace")
    if not isinstance(html, str):
        return ""
    head = html[:4096]
    if "\x00" in head or (head and sum(ch < " " and ch not in "\t\r\n\f" for ch in head) > 40):
        return ""
    if len(html) > MAX_HTML_CHARS:
        # inline scripts and styles are most of the bulk of oversized pages: drop them before
        # cutting, so the cut falls after the article rather than inside the head
        html = _SCRIPT_OR_STYLE.sub("", html)[:MAX_HTML_CHARS]
    return html if html.strip() else ""


def _parse(html: str):
    """Tree of the page as trafilatura itself would parse it, or None when there is no document.

    trafilatura's loader (comments and processing instructions removed, encoding repairs) gives
    measurably better extractions than a plain lxml parse, so the same loader is used here.
    A bare fragment ("<p>...</p>") is refused by it and is retried wrapped in a page.
    """
    tree = trafilatura.load_html(html)
    if tree is None or len(tree) < 1:
        tree = trafilatura.load_html(f"<html><body><div>{html}</div></body></html>")
    if tree is None or not isinstance(tree.tag, str):
        return None
    return tree


def _norm(text: str) -> str:
    """Comparison key of a line: lower-case words only, so punctuation and quotes don't matter."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"\w+", text))


def _title_keys(tree) -> set[str]:
    """Normalised forms of the headline as the page declares it (og:title, <title>, first h1).

    The benchmark's bodies, like what a reader would call "the article", exclude the headline;
    trafilatura often keeps it as the first line.
    """
    keys = set()
    cands = tree.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content')
    cands += tree.xpath("//title/text()")[:1]
    cands += [h.text_content() for h in tree.xpath("//h1")[:2]]
    for cand in cands:
        k = _norm(cand)
        if k:
            keys.add(k)
            # "<headline> | Site name" and "<headline> - Site name"
            for sep in (" | ", " - ", " – ", " — ", " :: "):
                if sep in cand:
                    part = _norm(cand.rsplit(sep, 1)[0])
                    if len(part) > 15:
                        keys.add(part)
    return keys


def _class_words(el) -> set[str]:
    """Lower-case words of an element's class and id ("post-comments" -> {"post", "comments"})."""
    raw = (el.get("class") or "") + " " + (el.get("id") or "")
    if not raw.strip():
        return set()
    raw = _CAMEL.sub(" ", raw)
    return {w for w in _SPLIT_CLASS.split(raw.lower()) if w}


def _prune_furniture(tree) -> None:
    """Remove furniture containers named by their class/id words, in place.

    A container is spared when it holds a large share of the page's paragraph text: that is the
    article itself, whatever its class says (themes love names like "entry-content social-ready").
    """
    body = tree.find("body")
    if body is None:
        body = tree
    ptotal = sum(len(t) for t in body.xpath(".//p//text()")) or 1
    total = len(body.text_content()) - sum(len(s.text or "") for s in body.iter("script", "style"))
    total = max(total, 1)
    doomed: list = []
    doomed_set: set = set()
    for el in body.iter("div", "section", "aside", "ul", "ol", "form", "span", "p", "nav",
                        "footer", "header", "figure", "li", "table"):
        if not (_class_words(el) & _FURNITURE):
            continue
        if doomed and _inside_any(el, doomed_set):
            continue  # already goes with an enclosing container
        ptext = sum(len(t) for t in el.xpath(".//p//text()"))
        if ptext > 0.3 * ptotal:
            continue
        if len(el.text_content()) > 0.3 * total:
            continue
        doomed.append(el)
        doomed_set.add(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        # keep the tail text: it belongs to the parent
        tail = el.tail
        prev = el.getprevious()
        if tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)


_HEADER_WORDS = frozenset(("header", "head", "headline", "headlines", "heading", "hero", "title"))


def _inside_any(el, elements: set) -> bool:
    """True when one of el's ancestors is in elements."""
    for anc in el.iterancestors():
        if anc in elements:
            return True
    return False


def _headline_text(tree) -> str:
    """Normalised text of the headline block: the short container around the first h1s.

    A reader's "article body" starts after the headline and its subtitle (standfirst, dek), but
    extractors keep the subtitle because it sits inside the article element. The container is
    taken only when it is a <header> or named like one and is short. Its text is used to drop
    leading lines rather than to cut the tree: removing nodes can change which container
    trafilatura picks as the article.
    """
    parts = []
    for h1 in tree.xpath("//body//h1")[:2]:
        el, depth = h1.getparent(), 0
        while el is not None and depth < 3 and el.tag != "body":
            if el.tag == "header" or (_class_words(el) & _HEADER_WORDS):
                text = el.text_content()
                if len(text) < 800:
                    parts.append(_norm(text))
                break
            el, depth = el.getparent(), depth + 1
    return " | ".join(parts)


def _clean_lines(text: str, titles: set[str], header: str = "") -> str:
    """Drop headline, subtitle and boilerplate prompts, then any block of paragraphs printed twice."""
    lines: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        key = _norm(line)
        if not key:
            continue
        # the headline zone: nothing kept yet but a few short labels ("Review", a date)
        leading = len(lines) < 3 and all(len(_WORDS.findall(x)) < 6 for x in lines)
        if leading and (key in titles or (len(key) > 15 and key in header)):
            continue
        if len(line) < 200 and _BOILERPLATE_LINE.search(line):
            continue
        lines.append(line)
    return "\n".join(_drop_repeated_runs(lines))


def _drop_repeated_runs(lines: list[str]) -> list[str]:
    """Remove second copies of runs of paragraphs (print/AMP copies, "body printed twice").

    Paragraphs that merely come back are kept: interviews repeat questions, recipes and meal
    plans repeat whole steps, and a reader sees them twice too. A run is dropped only when it is
    as long as half of everything before it, the signature of a page that prints its body twice.
    """
    keys = [_norm(x) for x in lines]
    first: dict[str, int] = {}
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = first.get(keys[i])
        if j is not None and j < i:
            k = 0
            while i + k < len(lines) and j + k < i and keys[i + k] == keys[j + k]:
                k += 1
            size = sum(len(keys[i + t]) for t in range(k))
            before = sum(len(keys[t]) for t in range(i))
            if size >= 200 and size >= 0.5 * before:
                i += k
                continue
        first.setdefault(keys[i], i)
        out.append(lines[i])
        i += 1
    return out
