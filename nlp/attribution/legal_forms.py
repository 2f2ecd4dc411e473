"""``party.legal_form_head``: "Brisca Inc. and The Calder Courier Co. jointly filed a lawsuit".

The entity model (or the gazetteer) often tags only the name before a legal form ("Brisca",
"Calder Courier") while the parser makes the legal form ("Inc.", "Co.") the head of the phrase.
The filer's token is then a word outside every entity and the article's plaintiffs (and, for
"a lawsuit against Vexa Labs, Inc.", its defendants) go unfound: "the plaintiffs argue" and
"the suit asserts" keep only their words. A legal form right after a party's name, which that
name hangs on, stands for that name. Nothing else is read: a legal form after no tagged name
names nobody.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "party.legal_form_head"
PARTY_LABELS = {"PERSON", "ORG", "OUTLET"}


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    return word_lists("abbreviations.yml")["legal_forms"]


def named_by_legal_form(ctx: Context, tok: Token, comma: bool = False) -> Span | None:
    """The party whose name ``tok``, a legal form outside any entity, ends ("Nikkei Inc."), or
    None. With ``comma``, also the name before a comma ("Nikkei, Inc."), which the parser hangs
    on the legal form in any way."""
    if tok.i in ctx.ent_of or tok.i == 0 or tok.lower_.rstrip(".") not in legal_forms() \
            or not ctx.on(RULE):
        return None
    at = tok.i - 1 if comma and tok.doc[tok.i - 1].text == "," else tok.i
    ent = ctx.ent_of.get(at - 1)
    if ent is None or ent.end != at or ent.label_ not in PARTY_LABELS or ent.root.head.i != tok.i \
            or ent.root.dep_ not in (("compound", "nmod", "appos", "npadvmod") if at < tok.i else ("compound",)):
        return None
    ctx.standing.setdefault("legal_form_named", set()).add(ent.start)  # for the trace
    return ent


SPEAKER_RULE = "speaker.legal_form_of_name"


def legal_form_speaker(ctx: Context, tok: Token, pos: int, w):
    """Rule ``speaker.legal_form_of_name``: "Nikkei, Inc., the publisher of ..., said": the
    parser made the legal form the subject; it is no party of its own but the name before it
    (so not a person called "Inc.")."""
    from nlp.attribution.record import Speaker

    if not ctx.on(SPEAKER_RULE):
        return None
    ent = named_by_legal_form(ctx, tok, comma=True)
    if ent is None:
        return None
    return Speaker(ctx.canonical(ent), ent.label_, ctx.doc[ent.start: tok.i + 1].text,
                   ctx.apposition(tok))


def traced(ctx: Context, ent: Span) -> tuple[str, ...]:
    """(RULE,) when ``ent`` was found as the name a legal form ends."""
    return (RULE,) if ent.start in ctx.standing.get("legal_form_named", ()) else ()
