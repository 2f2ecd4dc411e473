"""A dead person's estate is a party of its own: "Shakur's estate", "the Tenney estate", "the
estate of Anselm Gruber" speak, sue and decline to comment, and are not the person.

The estate is named "<the person's canonical name> estate" ("Tupac Shakur estate" for "the
Tupac estate", once the text has named Tupac Shakur), labelled ORG: one name for every form
the text uses, so its statements and no-comments are one party's (``speaker.estate``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker

ESTATE_NOUNS = ("estate",)


def estate_party(ctx: Context, noun: Token) -> str | None:
    """The estate's name when ``noun`` is an estate of a person: its possessor or compound
    ("Shakur's estate", "the Shakur estate") or the object of its "of" ("the estate of Anselm
    Gruber"). The person may be a name the model left untagged that the text gives in full
    elsewhere ("the Tupac estate" after "Tupac Shakur")."""
    if noun.lemma_.lower() not in ESTATE_NOUNS or noun.i in ctx.ent_of:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        elif c.dep_ not in ("poss", "compound"):
            continue
        person = _person(ctx, c)
        if person is not None:
            return f"{person} estate"
    return None


def _person(ctx: Context, tok: Token) -> str | None:
    ent = ctx.ent_of.get(tok.i)
    if ent is not None:
        return ctx.canonical(ent) if ent.label_ == "PERSON" else None
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    word = tok.text.rstrip("'’s") if tok.text.endswith(("'s", "’s")) else tok.text
    for e in ctx.mentions:  # the person's full name, whichever word of it the text uses here
        if e.label_ == "PERSON" and word in (ctx.canonical(e).split()[0], ctx.canonical(e).split()[-1]):
            return ctx.canonical(e)
    return None


def estate_of_name(ctx: Context, ent: Span) -> str | None:
    """The estate's name when a person's name stands before an estate noun ("Shakur" of
    "Shakur's estate"), else None."""
    root = ent.root
    if ent.label_ != "PERSON" or root.dep_ not in ("poss", "compound") or not ctx.on("speaker.estate"):
        return None
    return estate_party(ctx, root.head)


def estates_listed(ctx: Context, ent: Span) -> list[tuple[str, str]]:
    """"reps for both Drake and the Tupac estate": the estates listed with ``ent`` that the
    name list (``groups.coordinated``) cannot see, the estate noun being no name."""
    if not ctx.on("speaker.estate"):
        return []
    found = [estate_party(ctx, c) for c in ent.root.conjuncts]
    return [(name, "ORG") for name in found if name is not None]


def estate(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """Speaker rule ``speaker.estate``: "Shakur's estate said", "the estate of Anselm Gruber
    sued": the estate, a party of its own, not the person."""
    name = estate_party(ctx, tok)
    return None if name is None else Speaker(name, "ORG", ctx.phrase(tok))
