"""Repairs of a candidate name's span that the component traces by rule name.

``legal_name_with_place`` ("Ferrowind Data Technology (Shenzhen) Co., Ltd." cut at the
bracket by the model), ``possessive_inside_name`` ("the Vellmar Intermediate People's Court" kept whole by
``candidates.split_of``) and ``number_words_in_name`` ("Six One" + "Lantern"): each returns the
spans it touched so the component can trace them (``doc._.rule_trace``, decision "SPAN").
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.candidates import POSSESSIVE, name_key
from nlp.entity_typing.words import TypeWords, place_kinds


def possessive_names(cands: list[Span], w: TypeWords) -> list[Span]:
    """The names ``split_of`` kept whole over a possessive of ``name_possessives`` (rule
    ``possessive_inside_name``: "the Vellmar Intermediate People's Court"), for the trace."""
    return [c for c in cands if any(t.lower_ in POSSESSIVE and c.doc[t.i - 1].lower_ in w.name_possessives
                                    for t in c[1:-1])]


def number_words_before(cands: list[Span], ent_at: dict[int, Span]) -> tuple[list[Span], list[Span]]:
    """Rule ``number_words_in_name``: "organised by Six One Lantern", which the model cuts
    into a number ("Six One") and a name: capitalised number words right before a name, not
    opening their sentence (where "Two Tessaly engineers" is a count), are the name's first
    words. (candidates, the names so widened)"""
    out, widened = [], []
    for c in cands:
        e = ent_at.get(c.start - 1) if c is not None and c.start > 0 else None
        if e is not None and e.label_ == "CARDINAL" and e.end == c.start and not e[0].is_sent_start \
                and all(t.is_alpha and t.text[:1].isupper() for t in e) and c[0].text[:1].isupper() \
                and name_key(c) not in place_kinds():  # "One Wisconsin Now": the place is a word of a longer name
            c = Span(c.doc, e.start, c.end, label=c.label_)
            widened.append(c)
        out.append(c)
    return out, widened


# the most words a bracketed place may have: "(Hong Kong)", "(New South Wales)"
MAX_PLACE_WORDS = 3


def _bracketed_place_end(doc, i: int) -> int | None:
    """The index after ")" where ``doc[i]`` opens "(" + a real place + ")", else None."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    kinds = place_kinds()
    for k in range(1, MAX_PLACE_WORDS + 1):
        j = i + 1 + k
        if j < len(doc) and doc[j].text == ")" and name_key(doc[i + 1:j]) in kinds:
            return j + 1
    return None


def legal_name_with_place(cands: list[Span], rule) -> tuple[list[Span], list[Span]]:
    """Rule ``legal_name_with_place``: "Ferrowind Data Technology (Shenzhen) Co., Ltd.", which
    the model cuts into a firm, a place and nothing (or stops at "Co."): the bracketed real
    place and the legal forms (``words``) after it are the registered name's last words, and so
    is a legal form after a comma after one ("Co., Ltd."). Only a legal form right after the
    bracket counts, so "Ferrowind (Shenzhen) said" keeps its place. (candidates, the names so
    widened)"""
    out, widened = [], []
    for c in cands:
        doc = c.doc
        form = _bracketed_place_end(doc, c.end)
        if form is None and c[-1].lower_.rstrip(".") in rule.words:
            form = c.end - 1  # the model stopped at the first form: "... Co." + ", Ltd."
        while form is not None and form < len(doc) and doc[form].lower_.rstrip(".") in rule.words:
            form += 1  # "Co." "," "Ltd.": every legal form, the commas between them
            if form + 1 < len(doc) and doc[form].text == "," and doc[form + 1].lower_.rstrip(".") in rule.words:
                form += 1
        if form is not None and form > c.end and doc[form - 1].text != ",":
            c = Span(doc, c.start, form, label=c.label_)
            widened.append(c)
        out.append(c)
    if widened:  # "Ltd." alone, cut off by the comma: inside the registered name now
        out = [c for c in out if c in widened or not any(w.start <= c.start and c.end <= w.end for w in widened)]
    return out, widened
