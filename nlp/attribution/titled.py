"""Rule ``speaker.title_then_name``: a title the model tagged as a name, with the person's name
in apposition after it.

"Vellmar Poet Laureate and Arts Council member, Varga, said ...": the model tags the title
("Vellmar Poet Laureate") as an organisation, and the subject of "said" is that title; the
person is the name the title is in apposition with. An organisation and a person are never
one referent, so when a person's name stands in apposition to the subject, or to a conjunct of
it, and the word it is in apposition to is a noun for a person ("member", "laureate", "chair"),
the subject phrase is a title and the name is the speaker; the title is kept as the role.
A name in apposition to an organisation itself ("Orrin Labs, Mara Ellison said") is not read:
the word it hangs on must describe a person.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker
from nlp.lexicon import word_lists

if TYPE_CHECKING:
    from nlp.attribution.speakers import Words


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return word_lists("entity_types.yml")["person_nouns"]


def title_then_name(ctx: Context, tok: Token, pos: int, w: Words):
    """The person named in apposition to a title the model tagged as a name (module docstring)."""
    ent = ctx.ent_of.get(tok.i)
    if ent is None or ent.label_ == "PERSON":
        return None
    nouns = _person_nouns() | ctx.cues.person_role_nouns
    for head in (tok, *(c for c in tok.children if c.dep_ == "conj")):
        if head.lower_ not in nouns and head.lemma_.lower() not in nouns:
            continue
        for child in head.children:
            named = ctx.ent_of.get(child.i) if child.dep_ == "appos" else None
            if named is not None and named.label_ == "PERSON" and named.root.i == child.i:
                role = ctx.doc[tok.left_edge.i: head.i + 1].text
                return Speaker(ctx.canonical(named), "PERSON", named.text, role)
    return None
