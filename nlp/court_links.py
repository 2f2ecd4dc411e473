"""Courts named by their kind: "the court", "The Court", "the German court", "the HC", "the 42nd
Civil Chamber of the ... Court" (rules ``court_part``, ``court_short_name``, ``court_description``
of ``nlp/data/name_links.yml``; see nlp/name_links.py, which calls :func:`link_courts`).

Reporting on a ruling names the court once and then says "the court": each such mention is the
court the text names (the last before it, else the only one), never a court it does not name,
and only where the words cannot mean another court ("the lower court", "an appeals court").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.extensions import doc_text, set_canonical, trace
from nlp.name_links import ORGISH, TRACE, LinkWords, Named, _acronym_text, _link, _plain


def link_courts(doc: Doc, named: list[Named], w: LinkWords, on: list[str]) -> list[Span]:
    """Relink the court names of ``named``; return the court descriptions as new COURT spans."""
    courts = [n for n in named if n.label == "COURT" and not _bare_court(n.canonical, w)]
    if not courts:
        return []
    if "court_part" in on:
        _court_parts(doc, named, courts, w)
    if "court_short_name" in on:
        _court_short_names(doc, named, courts, w)
    return _court_descriptions(doc, named, courts, w, on)


def _bare_court(name: str, w: LinkWords) -> bool:
    """"Court", "the Court", "Chamber": a court named only by its kind."""
    words = [x.lower() for x in name.split() if x.lower() != "the"]
    return bool(words) and all(x in w.court_nouns or x in w.court_parts for x in words)


def _court_for(pos: int, courts: list[Named]) -> Named | None:
    """The court a description at ``pos`` stands for: the last named before it, else the only
    court the text names (an excerpt may start after the court's name)."""
    before = [c for c in courts if c.ent.start_char < pos]
    if before:
        return before[-1]
    return courts[0] if len({c.canonical for c in courts}) == 1 else None


def _court_parts(doc: Doc, named: list[Named], courts: list[Named], w: LinkWords) -> None:
    """"Civil Chamber" before "of the Vellmar Regional Court", or one span for both: the court."""
    court_at = {c.ent.start: c for c in courts}
    for n in named:
        e = n.ent
        if n.label not in ORGISH or n in courts and " of " not in n.canonical:
            continue
        words = n.canonical.split()
        part = next((i for i, x in enumerate(words[:-2]) if x.lower() in w.court_parts and words[i + 1] == "of"), None)
        if part is not None:  # "Civil Chamber of the Vellmar Regional Court" as one span
            rest = " ".join(words[part + 2:])
            rest = rest[4:] if rest.lower().startswith("the ") else rest
            if any(x.lower() in w.court_nouns for x in rest.split()):
                known = next((c.canonical for c in courts if c.canonical.lower() == rest.lower()), rest)
                _link(n, known, "COURT", "court_part")
            continue
        if e[-1].lower_ not in w.court_parts or e.end >= len(doc) or doc[e.end].lower_ != "of":
            continue
        c = court_at.get(e.end + 1 + (e.end + 1 < len(doc) and doc[e.end + 1].lower_ == "the"))
        if c is not None:
            _link(n, c.canonical, "COURT", "court_part")


def _court_short_names(doc: Doc, named: list[Named], courts: list[Named], w: LinkWords) -> None:
    for n in named:
        if n in courts or n.label not in ORGISH:
            continue
        acr = _acronym_text(n.ent)
        bare = _bare_court(n.canonical, w) and n.label == "COURT" or _bare_court(_plain(n.ent.text), w)
        c = _court_for(n.ent.start_char, courts) if bare or acr else None
        if c is None:
            continue
        if bare or acr and acr.endswith("C") and any(
                acr == "".join(x[0] for x in c.canonical.split()[-k:]).upper()
                for k in range(2, len(c.canonical.split()) + 1)):
            _link(n, c.canonical, "COURT", "court_short_name")  # "the Court", "the HC"


COURT_WORD = re.compile(r"\b(?:court|tribunal|chamber|senate|bench|division|panel)\b", re.IGNORECASE)


def _court_descriptions(doc: Doc, named: list[Named], courts: list[Named], w: LinkWords,
                        on: list[str]) -> list[Span]:
    """"the court said": the noun becomes a mention of the court the text names. Found from the
    text (a few matches), not by a pass over every token."""
    taken = {i for n in named for i in range(n.ent.start, n.ent.end)}
    out = []
    for m in COURT_WORD.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1 or span.start in taken:
            continue
        t = span[0]
        if t.dep_ == "compound" or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lower_ in w.court_parts and "court_part" in on:  # "the 4th Civil Chamber of the ... Court"
            c, rule = _court_of_part(t, courts), "court_part"
        elif t.lower_ in w.court_nouns and "court_description" in on and _main_subject(t) \
                and _describes_named_court(t, courts, w):
            c, rule = _court_for(t.idx, courts), "court_description"
        else:
            continue
        if c is None:
            continue
        s = Span(doc, t.i, t.i + 1, label="COURT")
        set_canonical(s, c.canonical)
        trace(doc, TRACE, s.start_char, s.end_char, "COURT", [rule])
        out.append(s)
    return out


SUBORDINATE = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def _main_subject(t) -> bool:
    """"The court said", "..., says the court": the subject of a main clause. Inside what
    someone else says ("X said the company was pleased the court had narrowed the case") a
    description is left as written: made a mention there it would be taken for whom "the
    company" or "the spokesperson" means."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = t.head
    while v.head.i != v.i:
        if v.dep_ in SUBORDINATE:
            return False
        v = v.head
    return True


def _court_of_part(t, courts: list[Named]) -> Named | None:
    """The named court a chamber or panel belongs to: "Chamber of the Vellmar Regional Court"."""
    for prep in t.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                c = next((c for c in courts if c.ent.start <= obj.i < c.ent.end), None)
                if c is not None:
                    return c
    return None


def _describes_named_court(t, courts: list[Named], w: LinkWords) -> bool:
    """"the court", "the German court", "the same court", "the district court" (when a district
    court is named); not "a court", "the lower court", "the court of appeal"."""
    dets = [c for c in t.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in ("the", "this"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False
    names = {x.lower() for c in courts for x in c.canonical.split()}
    for c in t.lefts:
        if c.i == dets[0].i or c.dep_ == "punct":
            continue
        word = c.lower_
        if c.ent_type_ in ("NORP", "GPE") or word in w.court_description_words or word in names:
            continue
        if c.dep_ in ("nummod",) and c.ent_type_ == "ORDINAL":
            continue
        return False
    return True
