"""Two corrections to how a definite organisation noun ("the company", "the publisher") is
read (``speakers.org_anaphor``), both of which gave statements to another party.

- ``org.outlet_or_company``: "The Calder Gazette has become the latest news publisher to sign a
  deal with Orrin ... The publisher said: ..." A news publisher or broadcaster is tagged an outlet,
  and "the publisher" looked only among companies: it went back past the outlet to the company
  the outlet made its deal with. Nouns a news outlet is as often called as a company
  (``outlet_or_company_nouns`` of role_kinds.yml) go on with either.
- ``org.subject_over_name``: "Thornquist, CEO of The Calder Courier Company, said ... Tessaly, for
  its part, launched its assistant. The company claims ...". "The company" was read as the
  last organisation whose name has the word "Company", however far back and whatever it did.
  Every company may be called "the company"; a name that ends with the word is weak evidence.
  For ``generic_company_nouns`` the subject of the sentence just before, when it is one
  organisation that is not the named one, is what the noun goes on with (a distinctive noun,
  "the group" after "Halvard Music Group", still goes with the name).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

OUTLET_OR_COMPANY, SUBJECT_OVER_NAME = "org.outlet_or_company", "org.subject_over_name"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return word_lists("role_kinds.yml")


def labels_for(ctx: Context, lemma: str, labels: set[str]) -> tuple[set[str], tuple[str, ...]]:
    """The labels a definite noun may go on with, and the rule that widened them."""
    if lemma in _lists()["outlet_or_company_nouns"] and ctx.on(OUTLET_OR_COMPANY):
        return labels | {"ORG", "OUTLET"}, (OUTLET_OR_COMPANY,)
    return labels, ()


def subject_before(ctx: Context, tok: Token, lemma: str, named: Span) -> Span | None:
    """The one organisation that is the main subject of the sentence before ``tok``'s, when
    ``lemma`` is a generic company noun, ``tok`` opens its own sentence's subjects, and that
    organisation is not ``named`` (the one whose name has the noun)."""
    if lemma not in _lists()["generic_company_nouns"] or not ctx.on(SUBJECT_OVER_NAME):
        return None
    sent = tok.sent
    if sent.start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote[t.i]
                              for t in ctx.doc[sent.start: tok.i]):
        return None
    before = ctx.doc[sent.start - 1].sent
    if named.start >= before.start:
        return None  # the named organisation is in the sentence before: it stays
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ent = ctx.ent_of.get(subj.i) if subj is not None and not ctx.in_quote[subj.i] else None
    if ent is None or ent.label_ != "ORG" or ctx.canonical(ent) == ctx.canonical(named) \
            or any(c.dep_ == "conj" for c in subj.children):
        return None
    return ent
