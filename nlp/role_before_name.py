"""A role on its own that the model tagged as a person, right before the person it describes.

"said Defense Secretary Ada Vell", "to assist Brindle Mayor Ines Varga", "Sir Tobin Ashdown",
"Former Envoy to Tessaly Ambassador Mara Ellison": the model often tags the title (with the
place or department that qualifies it) as a person of its own, and the name after it as
another. Kept, the title is a "person" with no name: it is listed as a party, a later step
that joins two person spans side by side after a title glues it back onto the name ("Former
Tessaly Ambassador" + "Mara Ellison" as one person), and a statement may be given to it.

* ``role_alone_before_name``: a span tagged as a person (not the gazetteer's) of at most four
  words whose last word is a role title (name_links.yml ``person_role_heads``), followed on the
  same line, after one space, by the first word of a person's span, is that person's
  description, not a name: it is dropped. The title then stands before the name as in "Judge
  Ashdown", which the typer read already. Not when the words before the title name an
  organisation the rule ``role_title_not_in_name`` cuts off ("Brisca Wire CEO": that rule keeps
  the organisation), and not for a known given name and the title word alone ("Ines
  Justice", "Tobin Speaker": a surname that is also a title word), unless the given name is a
  place's name too ("Florence Mayor").

Called by ``name_forms.tidy_ents`` for each entity (its last word looked up in a set first, so
nearly every entity costs one lookup); traced under component "canonical"; example in
tests/test_name_links.py.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from nlp.lexicon import data_yaml

RULE = "role_alone_before_name"
MAX_WORDS = 4  # "U.S. House Speaker", "Arizona State Senator"


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """The role titles that end such a span (name_links.yml ``person_role_heads``)."""
    return frozenset(str(w).lower() for w in data_yaml("name_links.yml")["person_role_heads"])


def role_before_name(e: Span, disabled: frozenset[str]) -> bool:
    """True when ``e`` is a role tagged as a person right before a person's span (see the module)."""
    if e.label_ != "PERSON" or e.kb_id_ or len(e) > MAX_WORDS or RULE in disabled \
            or e[-1].lower_.rstrip(".") not in role_heads():
        return False
    doc = e.doc
    if e.end >= len(doc) or e[-1].whitespace_ != " " or doc[e.end].ent_iob_ != "B" \
            or doc[e.end].ent_type_ != "PERSON":
        return False
    if len(e) == 2 and _given_not_place(e[0]):
        return False  # "Ines Justice": a surname that is a title word too
    return True


def _given_not_place(t) -> bool:
    from nlp.entity_typing.words import given
    from nlp.lexicon import world_places

    return given(t) and t.lower_ not in world_places()
