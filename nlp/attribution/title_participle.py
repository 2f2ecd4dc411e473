"""A title the parser reads as a verb: "Presiding Judge Perpetua Marrow ... rejected the
defence, stating that ...", "Acting Director Ines Varga said ...".

The small model takes the title's first word for a participle opening the sentence
("Presiding" an adverbial clause, the name its object), so the main verb is left without a
subject and the climb from the cue finds no one. The participle is one of a few title words
(``parse_misreads.yml`` ``title_participles``), it opens the sentence, and its object is a
person's name: that person is the subject. Rule ``subject.title_participle_misread``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import data_yaml

RULE = "subject.title_participle_misread"


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(data_yaml("parse_misreads.yml")["title_participles"])


def title_subject(ctx: Context, head: Token) -> Token | None:
    """The person a sentence-opening title participle under ``head`` (a verb with no subject)
    takes as its object, or None."""
    if not ctx.on(RULE) or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    for c in head.children:
        if c.dep_ == "advcl" and c.i < head.i and c.lower_ in _titles() and c.i == c.sent.start:
            for o in c.children:
                ent = ctx.ent_of.get(o.i)
                if o.dep_ == "dobj" and ent is not None and ent.label_ == "PERSON":
                    return o
    return None
