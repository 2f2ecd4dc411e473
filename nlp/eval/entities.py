"""Scoring entity mentions against gold: one-to-one pairs by overlap, label group and name.

Mention-level, for PERSON and for the ORG group (ORG/OUTLET/COURT), separately and together.
Gold and predicted mentions are paired one to one (best overlap first). A pair counts for
"label" P/R when the spans overlap and the label groups agree, and for "canonical" P/R when,
in addition, the canonical names are equal (case-insensitive, whitespace-normalised).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from nlp.eval.quotes import one_to_one

GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "OUTLET": "ORG", "COURT": "ORG"}
GROUP_NAMES = ("PERSON", "ORG", "PERSON+ORG")
MISLABELS = {"GPE", "LOC", "PERSON", "NORP"}


_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s?$")


def norm(name: str | None) -> str:
    return _SPACE.sub(" ", (name or "").strip()).casefold()


def bare_canonical(text: str) -> str:
    """The bare model has no canonicaliser: the span text without a leading "the" or "'s"."""
    text = _SPACE.sub(" ", text.strip())
    text = _LEADING_THE.sub("", text)
    if text.endswith(("'s", "’s", "'", "’")):
        text = _POSSESSIVE.sub("", text)
    return text.strip()


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _pair(gold: list[dict], pred: list[dict], need_canonical: bool) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping same-group mentions, largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov <= 0 or GROUPS.get(g["label"]) != GROUPS.get(p["label"]):
                continue
            if need_canonical and norm(g["canonical"]) != norm(p["canonical"]):
                continue
            cands.append((ov, -abs(g["start"] - p["start"]), gi, pi))
    return one_to_one(cands)


@dataclass
class EntityScore:
    """Mention-level counts by group; ``add`` takes one paragraph's gold and predicted mentions."""

    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)
    hit_label: Counter = field(default_factory=Counter)
    hit_canon: Counter = field(default_factory=Counter)
    mislabelled: int = 0
    gaz_org_gold: int = 0
    misses: list = field(default_factory=list)  # (id, gold text, label, canonical, what the system gave)
    wrong_canonical: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    mislabels: list = field(default_factory=list)

    def add(self, name: str, gold: list[dict], pred: list[dict], text: str = "",
            gaz_orgs: set[str] = frozenset()) -> None:
        g_in = [g for g in gold if g["label"] in GROUPS]
        p_in = [p for p in pred if p["label"] in GROUPS]
        for g in g_in:
            self.gold[GROUPS[g["label"]]] += 1
        for p in p_in:
            self.pred[GROUPS[p["label"]]] += 1
        label_pairs = _pair(g_in, p_in, need_canonical=False)
        canon_pairs = _pair(g_in, p_in, need_canonical=True)
        for gi, _ in label_pairs:
            self.hit_label[GROUPS[g_in[gi]["label"]]] += 1
        for gi, _ in canon_pairs:
            self.hit_canon[GROUPS[g_in[gi]["label"]]] += 1
        canon_g = {gi for gi, _ in canon_pairs}
        canon_p = {pi for _, pi in canon_pairs}
        label_of = dict(label_pairs)
        for gi, g in enumerate(g_in):
            if gi in canon_g:
                continue
            if gi in label_of:
                p = p_in[label_of[gi]]
                self.wrong_canonical.append((name, g["text"], g["label"], g["canonical"],
                                             p["text"], p["canonical"]))
            else:
                other = [f"{p['text']}/{p['label']}" for p in pred if _overlap(g, p) > 0]
                self.misses.append((name, g["text"], g["label"], g["canonical"],
                                    ", ".join(other) or "nothing"))
        for pi, p in enumerate(p_in):
            if pi not in canon_p and not any(_overlap(g, p) > 0 for g in g_in):
                self.extras.append((name, p["text"], p["label"], p["canonical"],
                                    _context(text, p)))
        for g in gold:
            if norm(g["canonical"]) not in gaz_orgs:
                continue
            self.gaz_org_gold += 1
            bad = [p for p in pred if _overlap(g, p) > 0 and p["label"] in MISLABELS]
            if bad:
                self.mislabelled += 1
                self.mislabels.append((name, g["text"], g["canonical"],
                                       ", ".join(f"{p['text']}/{p['label']}" for p in bad)))

    def table(self) -> dict:
        def ratio(a, b):
            return round(a / b, 3) if b else None

        rows = {}
        for grp in GROUP_NAMES:
            keys = ("PERSON", "ORG") if grp == "PERSON+ORG" else (grp,)
            g = sum(self.gold[k] for k in keys)
            p = sum(self.pred[k] for k in keys)
            hl = sum(self.hit_label[k] for k in keys)
            hc = sum(self.hit_canon[k] for k in keys)
            rows[grp] = {"gold": g, "predicted": p,
                         "precision": ratio(hc, p), "recall": ratio(hc, g),
                         "label_precision": ratio(hl, p), "label_recall": ratio(hl, g)}
        rows["gazetteer_companies_mislabelled"] = self.mislabelled
        rows["gazetteer_company_mentions"] = self.gaz_org_gold
        return rows


def _context(text: str, m: dict, width: int = 30) -> str:
    if not text:
        return ""
    return text[max(0, m["start"] - width):m["end"] + width].replace("\n", " ")


def bare_entities(doc) -> list[dict]:
    """The bare model's entities in the contract's shape (canonical: :func:`bare_canonical`)."""
    return [{"text": e.text, "label": e.label_, "canonical": bare_canonical(e.text),
             "start": e.start_char, "end": e.end_char} for e in doc.ents]
