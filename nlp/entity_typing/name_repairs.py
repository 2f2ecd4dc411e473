"""Repairs of a candidate name's span that the component traces by rule name.

``possessive_inside_name`` ("the Vellmar Intermediate People's Court" kept whole by
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
