"""A subject no rule reads, whose owner is a named party: "Brannock's plea warned that ...".

When no speaker rule knows what a subject noun stands for, the statement keeps the subject's
words and no party (``speakers.as_written``). Real coverage makes a party's act or product
speak in the party's stead: "the singer's plea argued", "the court's examination found", "the
union's campaign says". The rules that read an owner do so for nouns of known kinds (a
document: ``document.own_org``; a role: ``role.possessive_owner``); a noun of no list stayed
unowned although its own phrase names whose it is. Rule ``speaker.owner_of_subject``: such a
subject whose possessive owner is a named person, organisation, outlet or court speaks for that
owner. Only a singular noun: a plural after a name is most often other people around it ("X's
critics", "X's rivals", "X's supporters"), never X. Nor a noun of people ("X's rival", "X's
opponent"): ``coref.yml`` ``not_owner_nouns``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.record import Speaker
from nlp.lexicon import data_yaml

RULE = "speaker.owner_of_subject"


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    d = data_yaml("coref.yml")
    return frozenset(d["not_owner_nouns"]) | frozenset(d["person_nouns"]) | frozenset(d["anonymous_people"])


def owner_of_subject(ctx: Context, tok: Token) -> Speaker | None:
    """The named owner of an unread singular subject noun ("X's plea"), or None."""
    if not ctx.on(RULE) or tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in ctx.ent_of:
        return None
    lemma, cues = tok.lemma_.lower(), ctx.cues
    if lemma in _people() or lemma in cues.person_role_nouns or lemma in cues.role_nouns \
            or lemma in cues.group_nouns or tok.lower_ in cues.person_role_nouns:
        return None  # "X's campaign manager", "X's rival": another person or party
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    ent = ctx.ent_of.get(owner.i) if owner is not None else None
    if ent is None or ent.label_ not in SPEAKER_LABELS or ctx.in_quote[owner.i]:
        return None
    return Speaker(ctx.canonical(ent), ent.label_, ctx.phrase(tok), rules=(RULE,))
