"""The demo site's source: its outlets and the hand-written articles of ``_source/`` with their
annotations, read into dicts, and each article's gold file. Everything here is FICTION."""

from __future__ import annotations

import datetime as dt
import re
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
