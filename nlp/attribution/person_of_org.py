"""A cue's subject the parser found inside an organisation's name that only says where a named
person works: "Vexa's attorney Mara Ellison of Brightwell Harlow LLP said" (the parser made
"LLP" the subject and the person its modifier) and "Ines Varga, CEO of Calder Media, who
called ..." (the relative clause hung on the organisation). The person spoke, not the firm or
company named after "of"/"at"/"for" (rule ``subject.person_of_org``).

Kept apart from subjects.py, which only finds the subject token: this reads the words around
the organisation's name, not the parse, because the parse is what went wrong.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import ORG_LABELS, Context

RULE = "subject.person_of_org"
ROLE_WORDS = 6  # at most this many words of a role between the comma and the preposition


def person_of_org(ctx: Context, tok: Token) -> Token | None:
    """The person a subject token ``tok`` belongs to, when ``tok`` is in an organisation's name
    that follows "PERSON of" or "PERSON, <role> of" (the role a common noun phrase with no
    name in it); otherwise None."""
    if not ctx.on(RULE):
        return None
    doc = ctx.doc
    ent = ctx.ent_of.get(tok.i)
    if ent is None or ent.label_ not in ORG_LABELS:
        return None
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ctx.cues.articles:
        i -= 1
    if i < 1 or doc[i].lower_ not in ctx.cues.role_preps:
        return None
    person = _person_ending_at(ctx, i - 1)
    if person is not None:  # "Mara Ellison of Brightwell Harlow LLP"
        return person
    k = i - 1
    while k >= 0 and i - k <= ROLE_WORDS and k not in ctx.ent_of and not ctx.in_quote[k] \
            and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
        k -= 1
    if k == i - 1 or k < 1 or doc[k].text != ",":
        return None
    return _person_ending_at(ctx, k - 1)  # "Ines Varga, CEO of Calder Media"


def _person_ending_at(ctx: Context, j: int) -> Token | None:
    ent = ctx.ent_of.get(j) if j >= 0 else None
    if ent is None or ent.label_ != "PERSON" or ent.end != j + 1:
        return None
    return ent.root
