"""A nationality written before a person's name is no part of the name.

"American singer-songwriter Tift Merritt", an "American Ada Vell-style song": the model often
tags "American Ada Vell" as one person, and the canonicaliser, which keeps the fullest form of
a name, then gives every later "Vell" to "American Ada Vell", a party of its own that no other
mention (and no reader) calls the person by. A nationality or language word
(``nationality_words`` of ``nlp/data/entity_types.yml``, the same list that keeps "French" from
being a company) is never a person's given name, so the name is the words after it.

Rule ``nationality_before_name`` (``nlp/data/name_links.yml``), traced under component
"canonical"; only for a span the model called a person, with at least two capitalised words
left (a given name and a surname), so a one-word remainder is never made a person's name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from nlp.extensions import trace
from nlp.lexicon import word_lists

RULE = "nationality_before_name"


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    return frozenset(word_lists("entity_types.yml")["nationality_words"])


def nationality_trimmed(ent: Span, disabled: frozenset[str] = frozenset()) -> str | None:
    """The person's name without the nationality word opening the span, or None."""
    if RULE in disabled or ent.label_ != "PERSON" or len(ent) < 3:
        return None
    first, rest = ent[0], ent[1:]
    if first.lower_ not in nationalities() or not all(t.text[:1].isupper() or t.is_punct for t in rest) \
            or not rest[0].text[:1].isupper():
        return None
    trace(ent.doc, "canonical", ent.start_char, ent.end_char, "PERSON", [RULE])
    return rest.text
