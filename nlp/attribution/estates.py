"""A dead person's estate is a party of its own: "Shakur's estate", "the Tenney estate", "the
estate of Anselm Gruber" speak, sue and decline to comment, and are not the person.

The estate is named "Estate of <the person's canonical name>" ("Estate of Tupac Shakur" for
"the Tupac estate", once the text has named Tupac Shakur), labelled ORG: one name for every form
the text uses, so its statements and no-comments are one party's (``speaker.estate``). It is the
estate's own legal name (court captions, its letters: "the Estate of Tupac Shakur"), the form
the model tags as an organisation when the text capitalises it ("the Estate of Anselm Gruber
sued"); named "<X> estate" instead, "Gruber's estate said" and "the Estate of Anselm Gruber
sued" in one article were two parties.
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
            return estate_name(person)
    return None


def estate_name(person: str) -> str:
    """The one canonical name of a person's estate (module docstring)."""
    return f"Estate of {person}"


def _person(ctx: Context, tok: Token) -> str | None:
    ent = ctx.ent_of.get(tok.i)
    if ent is not None:
        return ctx.canonical(ent) if ent.label_ == "PERSON" else None
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    word = tok.text.rstrip("'’s") if tok.text.endswith(("'s", "’s")) else tok.text
    for e in ctx.mentions:  # the person's full name, whichever word of it the text uses here
        name = _named_person(ctx, e)
        if name is not None and word in (name.split()[0], name.split()[-1]):
            return name
    return None


def _named_person(ctx: Context, e: Span) -> str | None:
    """The person a mention names: a person's, or the one of an estate the model tagged whole
    ("the Estate of Anselm Gruber" names Anselm Gruber, so "Gruber's estate" later is it)."""
    name = ctx.canonical(e)
    if e.label_ == "PERSON":
        return name
    prefix = estate_name("")
    if e.label_ == "ORG" and name.startswith(prefix) and len(name) > len(prefix):
        return name[len(prefix):]
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
