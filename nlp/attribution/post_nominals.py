"""A subject whose head word is an honour after a person's name: "Mara Ellison CBE said".

The parser makes the last word of "Mara Ellison CBE" the head of the phrase, so the subject
token is "CBE", which the entity typer cut off the person's name (rule
``post_nominal_not_in_name``, nlp/entity_typing/name_tails.py: honours are no part of a name,
and kept in it the later "Ellison" linked to no one). The honour stands for the person it
follows: rule ``speaker.post_nominal_after_name``. The honours are the typer rule's words
(nlp/data/entity_rules.yml), one list for both steps. Cost: a set lookup on the subject token.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker
from nlp.lexicon import data_yaml

RULE = "speaker.post_nominal_after_name"
TYPER_RULE = "post_nominal_not_in_name"


@lru_cache(maxsize=1)
def honours() -> frozenset[str]:
    """The typer rule's honours, lower case ("cbe", "kc", "phd")."""
    rows = data_yaml("entity_rules.yml")["decisions"]
    row = next(r for r in rows if r["name"] == TYPER_RULE)
    return frozenset(str(w).lower() for w in row["words"])


def post_nominal_after_name(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """The person whose name ends right before ``tok`` (or before a comma before it), when
    ``tok`` is a capitalised honour in no entity; None otherwise."""
    if tok.ent_type_ or not tok.text[:1].isupper() or tok.lower_.rstrip(".") not in honours() or tok.i == 0:
        return None
    k = tok.i - 1
    if ctx.doc[k].text == "," and k > 0:
        k -= 1
    ent = ctx.ent_of.get(k)
    if ent is None or ent.label_ != "PERSON" or ent.end != k + 1:
        return None
    return Speaker(ctx.canonical(ent), "PERSON", ent.text)
