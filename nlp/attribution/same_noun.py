"""An unresolved "the company" before does not empty a later "the company" of its party.

``org.last_subject_kind`` (last_subject.py) reads "the company said" as the last main subject
that is an organisation. When that subject is itself a description the speaker rules could not
name ("The company published a post after users noticed that Orrin Labs ...": the only name is
inside the subject's own clause and so excluded; a headline's bare "Company denies ..."), the
older rule returned NO party and so overruled the nearest-name reading with nothing. Counted
over the read real sets (session 18): the veto left no party on three statements in three
writers' sets (dev25, dev30, dev32), none of them a wrong party saved.

Rule ``org.same_noun_unresolved``: when the last subject of the anaphor's kind is the SAME noun
("company" ... "the company"), owned by no name, and resolves to no party, it is the same
unnamed chain and says nothing against the nearest-name reading: that reading is kept. A
different noun or a pronoun ("the agency" after "it") keeps the older behaviour (no party); a
subject that names a party still overrules as before; an owned subject ("the Calder Attorney's
Office", which the tagger may cut to "Calder Attorney") is left alone: its owner is not the
office. Cost: two lemma comparisons, only where the veto found no party.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker

RULE = "org.same_noun_unresolved"


def keeps_nearest(ctx: Context, subj: Token, noun: str | None, new: Speaker, found: Speaker) -> Speaker | None:
    """``found`` (the nearest-name reading, with this rule in its trace) when the veto's subject
    ``subj`` is the anaphor's own noun and named no party; None to let the veto stand."""
    if noun is None or new.name is not None or found.name is None or not ctx.on(RULE):
        return None
    if subj.lemma_.lower() != noun and subj.lower_ != noun:
        return None
    if any(c.dep_ == "poss" for c in subj.children):
        return None  # "the U.S. Attorney's Office ... the office": the owner's name is not the office's
    return found.but(RULE)
