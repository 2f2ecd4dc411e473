"""Repairs of a candidate name's span that the component traces by rule name.

``legal_name_with_place`` ("Ferrowind Data Technology (Shenzhen) Co., Ltd." cut at the
bracket by the model), ``possessive_inside_name`` ("the Vellmar Intermediate People's Court" kept whole by
``candidates.split_of``), ``number_words_in_name`` ("Six One" + "Lantern") and
``apostrophe_in_name`` ("Stewart" + "O’Nan"): each returns the
spans it touched so the component can trace them (``doc._.rule_trace``, decision "SPAN").
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.candidates import POSSESSIVE, name_key
from nlp.entity_typing.words import TypeWords, apostrophe_name, given, place_kinds


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


def apostrophe_surnames(cands: list[Span], ent_at: dict[int, Span]) -> tuple[list[Span], list[Span]]:
    """Rule ``apostrophe_in_name``: "authors including Stewart O’Nan", which the model ends at
    "Stewart" (the curly apostrophe is a mark it rarely saw inside a word): a surname with an
    apostrophe inside (``apostrophe_name``) right after a name is its last word, and a given
    name right before such a surname the model tagged alone is its first. Not over a known
    name of the gazetteer's, nor across a line or sentence break. (candidates, the names so
    widened.) ``is_name_token`` reads the same shape, so ``candidates.widen`` and the runs of
    unlabelled names take such a surname in too (``apostrophe_widened`` traces the first)."""
    out, widened = [], []
    for c in cands:
        doc = c.doc if c is not None else None
        if c is None:
            out.append(c)
            continue
        start, end = c.start, c.end

        def loose(i: int) -> bool:  # outside any entity, or a one-word guess of the model's
            e = ent_at.get(i)
            return e is None or len(e) == 1 and not e.kb_id_
        if end < len(doc) and apostrophe_name(doc[end]) and c[-1].text[:1].isupper() and c[-1].is_alpha \
                and doc[end - 1].whitespace_ == " " and not doc[end].is_sent_start and loose(end):
            end += 1
        if len(c) == 1 and apostrophe_name(c[0]) and start > 0 and given(doc[start - 1]) \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].whitespace_ == " " \
                and not c[0].is_sent_start and loose(start - 1):
            start -= 1
        if (start, end) != (c.start, c.end):
            c = Span(doc, start, end, label=c.label_ or "PERSON")
            widened.append(c)
        out.append(c)
    return out, widened


def apostrophe_widened(model: list[Span], cands: list, done: list[Span]) -> list[Span]:
    """The names ``candidates.widen`` took an apostrophe surname into ("Gareth" + "D’Ossery"
    over a compound: ``is_name_token`` reads the surname's shape), for the trace of rule
    ``apostrophe_in_name``; ``model`` and ``cands`` are the spans before and after, in order."""
    out = []
    for e, c in zip(model, cands):
        if c is not None and c not in done and (c.start, c.end) != (e.start, e.end) and any(
                apostrophe_name(t) and not e.start <= t.i < e.end for t in c):
            out.append(c)
    return out
