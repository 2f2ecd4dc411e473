"""One statement written to two span conventions, for the scorer (``nlp/eval/quotes.py``).

'Perplexity dismissed the claims as a “publicity stunt”': the pipeline, as the issue asks ("the
whole reported clause"), gives one mixed statement, "the claims as a “publicity stunt”"; some
annotators write the words in the marks as a direct quote, "publicity stunt". The word-overlap
match cannot pair a two-word quote with a six-word clause, so the same statement was counted
once missed and once extra. Here a gold direct quote left unmatched pairs with an unmatched
predicted mixed statement when its words are exactly one of that statement's quoted fragments
(punctuation at the edges aside). Off with ``--exact-names`` (every fold off).

'The guild accused Vexa of copying its archive': writers split on whether the accused belongs
to the statement (six of the sixteen real-set writers counted in session 18 write "Vexa of
copying its archive", ten "copying its archive", the pipeline's form). A gold statement that is
a predicted one with "<the accused> of " or "for " before it, at the same offsets otherwise,
pairs with it (``accused_before``).

'“A,” she said. “B.”': one statement in the pipeline's convention, two in older gold files; the
gold pair is joined before matching (``resumed_as_one``).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
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


ACCUSED_PREFIX = re.compile(r"^(?:\S+\s+){1,8}?(?:of|for)\s+(?:allegedly\s+)?$")
CHARGE_WORD = re.compile(r"\b(?:accus|charg|sue|sued|suing|blam|critici)", re.IGNORECASE)  # the cue, not the accused


def accused_before(gold: list[dict], pred: list[dict], matched: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extra (gold index, predicted index) pairs: an unmatched gold statement whose text is an
    unmatched predicted statement's with the accused and "of"/"for" before it (same end, the
    prefix at most eight words); one to one."""
    used_g = {g for g, _ in matched}
    used_p = {p for _, p in matched}
    out = []
    for gi, g in enumerate(gold):
        if gi in used_g or "start" not in g:
            continue
        for pi, p in enumerate(pred):
            if pi in used_p or "start" not in p or not g["start"] < p["start"] < g["end"] \
                    or abs(g["end"] - p["end"]) > 1:
                continue
            prefix = g["text"][: p["start"] - g["start"]]
            if ACCUSED_PREFIX.match(prefix) and not CHARGE_WORD.search(prefix):
                out.append((gi, pi))
                used_p.add(pi)
                break
    return out


# An attribution between two parts of one quote is at most this long (as in nlp/attribution).
RESUMED_GAP_WORDS = 25


def resumed_as_one(quotes: list[dict], text: str) -> list[dict]:
    """Gold quotes in the statement convention the pipeline follows: a direct quote resumed
    right after its attribution in the same paragraph ("“A,” she said. “B.”") is one
    statement from A's opening to B's close. Our gold sets were written when such a quote was
    two (the second with no cue of its own); the scorer joins them, so both conventions give
    the same counts. Quotes without offsets (the demo's gold files) are found in ``text``."""
    located, pos = [], 0
    for q in quotes:
        q = dict(q)
        if "start" not in q and text:
            at = text.find(q["text"], pos)
            at = at if at != -1 else text.find(q["text"])
            if at != -1:
                q["start"], q["end"] = at, at + len(q["text"])
                pos = q["end"]
        located.append(q)
    out: list[dict] = []
    for q in located:
        prev = out[-1] if out else None
        if prev is not None and _resumes(prev, q, text):
            out[-1] = dict(prev, end=q["end"], text=text[prev["start"]:q["end"]])
            continue
        out.append(q)
    return out


def _resumes(prev: dict, q: dict, text: str) -> bool:
    if prev["kind"] != "direct" or q["kind"] != "direct" or not prev.get("cue") \
            or q.get("cue") not in (None, prev["cue"]) or q.get("speaker") != prev.get("speaker") \
            or "start" not in prev or "start" not in q or q["start"] < prev["end"]:
        return False
    gap = text[prev["end"]:q["start"]]
    gap_words = _WORD.findall(gap.lower())
    return "\n" not in gap and 0 < len(gap_words) <= RESUMED_GAP_WORDS \
        and prev["cue"].lower() in gap_words
