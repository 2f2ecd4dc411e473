"""How far a sentence-final "..., according to X." reaches back (rule
``statement.according_to_clause``): when the words right before the source are a clause of their
own joined to the sentence, the source vouches for that clause, not for the whole sentence:

- a coordinated clause with its own subject, when the clause before it has a source of its own:
  "The Ledger closed its office, as the Harbor Post reported, and the paper will print from
  Breskow, according to two staff members" -> "the paper will print from Breskow" (without a
  source of their own, "P, and Q, according to X" are both X's, and in "Most say P, but Q,
  according to the poll" the poll reports what they say: the whole sentence stays);
- an absolute "with" phrase set off by a comma: "Sales rose, with most of the gain coming from
  Breskow, according to the filing" -> "most of the gain coming from Breskow".

Anything else (one clause, a source between subject and verb) keeps the whole sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD

FINITE = ("VBD", "VBZ", "VBP", "MD")


def _ends_before(tok: Token, according: Token) -> bool:
    """tok's phrase, leaving out the source itself, ends right before "according" (a comma
    between them at most)."""
    doc = tok.doc
    i = according.i - 1
    while i > tok.i and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    last = max((x.i for x in tok.subtree if x.i < according.i), default=-1)
    return i > tok.i and last >= i


def clause_before(ctx: Context, rest: Span, according: Token) -> Span | None:
    """The clause or phrase right before a sentence-final "according to X" in ``rest`` (the
    words before the source) when it stands apart from the rest of the sentence; else None."""
    if not ctx.on("statement.according_to_clause"):
        return None
    doc = ctx.doc
    for t in rest:
        if ctx.in_quote[t.i]:
            continue
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) \
                and any(c.dep_ == "cc" for c in t.head.children) and _ends_before(t, according) \
                and any(ctx.is_cue(x) and not ctx.in_quote[x.i] and x != t.head
                        for x in doc[rest.start: t.left_edge.i]):
            span = doc[t.left_edge.i: according.i]
        elif t.lower_ == "with" and t.dep_ == "prep" and t.i > rest.start \
                and doc[t.i - 1].text == "," and _ends_before(t, according):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is None or obj.i != t.i + 1 and obj.left_edge.i != t.i + 1:
                continue
            span = doc[t.i + 1: according.i]
        else:
            continue
        if len(WORD.findall(span.text)) >= 4 and span.start > rest.start:
            return span
    return None
