"""One statement written to two span conventions, for the scorer (``nlp/eval/quotes.py``).

'Perplexity dismissed the claims as a “publicity stunt”': the pipeline, as the issue asks ("the
whole reported clause"), gives one mixed statement, "the claims as a “publicity stunt”"; some
annotators write the words in the marks as a direct quote, "publicity stunt". The word-overlap
match cannot pair a two-word quote with a six-word clause, so the same statement was counted
once missed and once extra. Here a gold direct quote left unmatched pairs with an unmatched
predicted mixed statement when its words are exactly one of that statement's quoted fragments
(punctuation at the edges aside). Off with ``--exact-names`` (every fold off).
"""

from __future__ import annotations

import re

FRAGMENT = re.compile(r"[“\"‘']([^”\"’']+)[”\"’']")
EDGES = " ,.;:!?"


def fragments_in_mixed(gold: list[dict], pred: list[dict], matched: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extra (gold index, predicted index) pairs: a gold direct quote that is exactly a quoted
    fragment of a predicted mixed statement, both unmatched; one to one, in reading order."""
    used_g = {g for g, _ in matched}
    used_p = {p for _, p in matched}
    out = []
    for gi, g in enumerate(gold):
        if gi in used_g or g.get("kind") != "direct":
            continue
        words = g["text"].strip(EDGES)
        for pi, p in enumerate(pred):
            if pi in used_p or p.get("kind") != "mixed":
                continue
            if any(m.group(1).strip(EDGES) == words for m in FRAGMENT.finditer(p["text"])):
                out.append((gi, pi))
                used_p.add(pi)
                break
    return out
