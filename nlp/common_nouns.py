"""A common noun the model tagged as a name on its own ("Company denies the allegations",
"the Government has said", "the Broadcaster"): no name, the noun it is.

Headings and house styles capitalise the nouns reporting uses for a party already named ("the
company", "the office", "the broadcaster"). Tagged as an entity, such a word became a party of
its own, named "Company", and every "the company said" and "it said" after it went to that
party instead of the one the noun stands for: a statement in the mouth of nobody anyone could
look up (four writers' sets showed it). Dropped from the entities, the word is read as the
noun it is, by the anaphor rules of attribution, which find the named party or leave the
statement with its words.

Rule ``common_noun_not_a_name`` (nlp/data/name_links.yml); it reads only the entities.
A one-word span is left when the text gives a longer name ending with it ("the Office" after
"the Dessary Copyright Office"): the canonicaliser links that short form to its name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from nlp.lexicon import data_yaml

RULE = "common_noun_not_a_name"
LABELS = frozenset({"ORG", "OUTLET", "PERSON", "PRODUCT"})


@lru_cache(maxsize=1)
def party_nouns() -> frozenset[str]:
    """The nouns reporting uses for a party already named: attribution's organisation anaphors
    (nlp/data/cues.yml, one list for both) and the few name_links.yml adds."""
    extra = data_yaml("name_links.yml")["common_nouns_not_names"]
    return frozenset(str(w).lower() for w in (*data_yaml("cues.yml")["org_anaphors"], *extra))


def name_endings(ents: list) -> set[str]:
    """The last words of the entities of two words or more: a one-word form of such a name is
    its short form, not a common noun."""
    return {e[-1].lower_ for e in ents if e is not None and len(e) > 1}


def common_noun(e: Span, endings: set[str]) -> bool:
    """True for a one-word entity that is a capitalised party noun ("Company", "Broadcaster"),
    not the gazetteer's, not an acronym, and not the last word of a longer name of the text."""
    if len(e) != 1 or e.kb_id_ or e.label_ not in LABELS:
        return False
    t = e[0]
    return t.text[:1].isupper() and not t.text.isupper() and t.lower_ in party_nouns() \
        and t.lower_ not in endings
