"""How one name is written in several ways in one text: marks glued to it, "&" for "and", a
generational suffix ("Jr.").

The canonicaliser (nlp/entities.py) joins a later form of a name to a fuller one met before it
by their words. Three ways of writing a name broke that join, and each made a party of its own
that then took statements meant for the named one:

* ``marks_trimmed``: a list bullet or another mark the model took into a name ("• Orrin Labs")
  is not part of it; the name is trimmed to its words, so "• Orrin Labs" and "Orrin Labs" meet.
* ``ampersand_as_and``: "Writers & Editors Guild" and "Writers and Editors Guild" are one name
  (pages and press releases spell the same association both ways); the gazetteer's names and
  aliases are looked up with either spelling too.
* ``party_possessive_not_a_name``: "the Plaintiffs’ Works" of a filing is a defined term, not
  a name; kept as an entity, it took the plaintiffs' and the complaint's statements.
* ``generational_suffix``: "Dorian Vell Jr." keeps its full stop (it is part of the name, not
  the end of a sentence), and "Vell" later is the same person: the surname is the word before
  the suffix.

Rules are named in nlp/data/name_links.yml (with the words they read) and traced under
component "canonical"; their examples are in tests/test_name_links.py. Everything here reads
only the entities (a few dozen per article), never every token.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from nlp.common_nouns import RULE as COMMON_RULE, common_noun, name_endings
from nlp.extensions import doc_ents, doc_text, trace
from nlp.lexicon import data_yaml
from nlp.name_edges import edge_trimmed, given_name_split_off, joined_person
from nlp.name_pairs import split_pairs
from nlp.role_before_name import RULE as ROLE_ALONE, role_before_name

TRACE = "canonical"
AND = re.compile(r"(?<=\S) (?:&|and) (?=\S)")


@lru_cache(maxsize=1)
def generational_suffixes() -> frozenset[str]:
    return frozenset(str(w).lower() for w in data_yaml("name_links.yml")["generational_suffixes"])


@lru_cache(maxsize=1)
def peer_titles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in data_yaml("name_links.yml")["peer_titles"])


def peer_title_kept(ent: Span, clean: str, disabled: frozenset[str] = frozenset()) -> str | None:
    """Rule ``peer_title_kept``: "Lord Ashcombe", "Baroness Thimble": a peer is named by the
    title and one word, and the title is the name's, not an honorific to strip as "Mr" is
    ("Ashcombe" alone may be anyone). The name as written, or None."""
    words = clean.split()
    if "peer_title_kept" in disabled or len(words) != 2 or words[0].lower().rstrip(".") not in peer_titles() \
            or not words[1][:1].isupper():
        return None
    trace(ent.doc, "canonical", ent.start_char, ent.end_char, "PERSON", ["peer_title_kept"])
    return clean


# ------------------------------------------------------------------ marks

def _is_mark(t) -> bool:
    """A bullet, dash or other mark, not a bracket or quote mark (those may belong to a name:
    "Kunlun Tech (Beijing)"), and not a word."""
    return (t.is_punct or t.pos_ == "SYM" or not any(c.isalnum() for c in t.text)) \
        and not t.is_bracket and not t.is_quote and not t.is_space


def tidy_ents(doc: Doc, disabled: frozenset[str] = frozenset(), english: frozenset[str] = frozenset()) -> None:
    """Rules ``marks_trimmed``, ``party_possessive_not_a_name``, ``common_noun_not_a_name``,
    ``role_alone_before_name`` (nlp/role_before_name.py) and ``law_title`` in one read of the entities: a span that begins or ends with a mark is cut to
    its words, a party's defined term and a lone capitalised party noun are dropped, a law's
    title is a law; ``doc.ents`` is written only when one of them fired
    (rarely)."""
    trim, drop = "marks_trimmed" not in disabled, "party_possessive_not_a_name" not in disabled
    law = "law_title" not in disabled
    ents, changed = list(doc_ents(doc)), False
    endings = name_endings(ents) if COMMON_RULE not in disabled else None
    for k, e in enumerate(ents):
        if drop and _party_possessive(e):
            trace(doc, TRACE, e.start_char, e.end_char, "DROP", ["party_possessive_not_a_name"])
            ents[k], changed = None, True
            continue
        if endings is not None and common_noun(e, endings):  # "Company denies ..." (nlp/common_nouns.py)
            trace(doc, TRACE, e.start_char, e.end_char, "DROP", [COMMON_RULE])
            ents[k], changed = None, True
            continue
        if law and _law_title(e):
            ents[k], changed = Span(doc, e.start, e.end, label="LAW"), True
            trace(doc, TRACE, e.start_char, e.end_char, "LAW", ["law_title"])
            continue
        if role_before_name(e, disabled) and not _organisation_cut(e, ents, disabled, english):
            trace(doc, TRACE, e.start_char, e.end_char, "DROP", [ROLE_ALONE])  # "Defense Secretary" + "Ada Vell"
            ents[k], changed = None, True  # (so never joined back on below)
            continue
        joined = joined_person(ents[k - 1] if k else None, e, disabled)  # "Justice A B" + "C D"
        if joined is not None:
            ents[k - 1], ents[k], changed = None, joined, True
            trace(doc, TRACE, joined.start_char, joined.end_char, "PERSON", ["person_name_in_two_pieces"])
            continue
        joined = given_name_split_off(ents[k - 1] if k else None, e, disabled, english)  # "Halimah" + "DeLaine Prado"
        if joined is not None:
            ents[k - 1], ents[k], changed = None, joined, True
            trace(doc, TRACE, joined.start_char, joined.end_char, "PERSON", ["given_name_split_off"])
            continue
        edged = edge_trimmed(e, ents, disabled, english)  # "Said Giles:", "Koda CEO" (nlp/name_edges.py)
        if edged is not None:
            ents[k], changed = Span(doc, edged[0], edged[1], label=edged[2], kb_id=e.kb_id_), True
            trace(doc, TRACE, ents[k].start_char, ents[k].end_char, edged[2], [edged[3]])
            e = ents[k]
        a, b = e.start, e.end
        while trim and a < b and _is_mark(doc[a]):
            a += 1
        while trim and b > a and _is_mark(doc[b - 1]):
            b -= 1
        if (a, b) == (e.start, e.end) or a == b:
            continue
        ents[k], changed = Span(doc, a, b, label=e.label_, kb_id=e.kb_id_), True
        trace(doc, TRACE, ents[k].start_char, ents[k].end_char, e.label_, ["marks_trimmed"])
    changed = split_pairs(doc, ents, disabled) or changed  # "Velander and Brisca Wire" (nlp/name_pairs.py)
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _organisation_cut(e: Span, ents: list, disabled: frozenset[str], english: frozenset[str]) -> bool:
    """"Brisca Wire CEO" before a person: ``role_title_not_in_name`` keeps the organisation."""
    edged = edge_trimmed(e, ents, disabled, english)
    return edged is not None and edged[2] == "ORG"


@lru_cache(maxsize=1)
def party_roles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in data_yaml("name_links.yml")["party_roles"])


@lru_cache(maxsize=1)
def law_heads() -> frozenset[str]:
    return frozenset(str(w) for w in data_yaml("name_links.yml")["law_heads"])


def _law_title(e: Span) -> bool:
    """ "the Nordmark AI Act", "the Vellmar Data Directive": a capitalised head word of a law's
    title ends the span, so the span is a law's title, whatever the model called it; a place it
    opens with stays a place inside a law, never part of an organisation (rule ``law_title``)."""
    return len(e) >= 2 and not e.kb_id_ and e.label_ in LAW_FROM and e[-1].text in law_heads()


LAW_FROM = ("ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC")


def _party_possessive(e: Span) -> bool:
    """ "Plaintiffs’ Works", "the Defendant's Products": a party's role and a possessive open
    the span (a filing's defined term, capitalised by the filing, not a name)."""
    return len(e) >= 3 and not e.kb_id_ and e.label_ in ("ORG", "PERSON", "PRODUCT", "OUTLET") \
        and e[0].lower_ in party_roles() and e[1].lower_ in ("'", "’", "'s", "’s")


# ------------------------------------------------------------------ "&" and "and"

def and_key(key: str) -> str:
    """A name's key with "&" read as "and": "writers & editors guild" -> "writers and editors guild"."""
    return AND.sub(" and ", key) if (" &" in key or " and " in key) else key


def other_spelling_known(gazetteer, ent: Span, disabled: frozenset[str] = frozenset()):
    """Rule ``ampersand_as_and``: the gazetteer's entry for the name spelled with "and" for "&"
    or the other way round, or None (the canonicaliser looked the name up as written first)."""
    # the words cut from the text joined once: ``Span.text`` makes a Token per word
    alt = None if "ampersand_as_and" in disabled else other_spelling(doc_text(ent.doc)[ent.start_char:ent.end_char])
    g = gazetteer.lookup(alt) if alt else None
    if g is not None:
        trace(ent.doc, TRACE, ent.start_char, ent.end_char, g.label, ["ampersand_as_and"])
    return g


def other_spelling(text: str) -> str | None:
    """The same name with "&" and "and" swapped, for a gazetteer lookup; None without either."""
    if " & " in text:
        return text.replace(" & ", " and ")
    if " and " in text:
        return text.replace(" and ", " & ")
    return None


# ------------------------------------------------------------------ "Stichting X"

@lru_cache(maxsize=1)
def legal_forms_first() -> frozenset[str]:
    """The legal forms that open a name in other languages (the entity typer's rule
    ``legal_form_first`` in nlp/data/entity_rules.yml: one list for both)."""
    row = next(r for r in data_yaml("entity_rules.yml")["mentions"] if r["name"] == "legal_form_first")
    return frozenset(str(w).lower() for w in row["words"])


def without_legal_form(key: str, disabled: frozenset[str] = frozenset()) -> str | None:
    """Rule ``legal_form_first_short_form``: "stichting brisca" -> "brisca" (a Dutch foundation
    written "Stichting Brisca" once and "Brisca" after, as "Brisca Inc" and "Brisca" are one);
    None when the key opens with no such form or the rule is off."""
    first, _, rest = key.partition(" ")
    if rest and first in legal_forms_first() and "legal_form_first_short_form" not in disabled:
        return rest
    return None


# ------------------------------------------------------------------ "Jr."

def suffix_kept(ent: Span, clean: str, disabled: frozenset[str] = frozenset()) -> str:
    """Rule ``generational_suffix`` (its first half): "Dorian Vell Jr." keeps its full stop,
    which the canonicaliser strips from the end of a name ("Brindle Inc." -> "Brindle Inc")."""
    if "generational_suffix" in disabled or len(ent) < 3 or not ent.text.endswith("."):
        return clean
    if ent[-1].lower_.rstrip(".") in generational_suffixes() and not clean.endswith("."):
        return clean + "."
    return clean


def name_words(key: str, disabled: frozenset[str] = frozenset()) -> list[str]:
    """The words of a person's name key a surname is read from: "dorian vell jr." ->
    ["dorian", "vell"] (rule ``generational_suffix``, its second half)."""
    words = key.split()
    if "generational_suffix" not in disabled and len(words) >= 3 \
            and words[-1].rstrip(".") in generational_suffixes():
        return words[:-1]
    return words
