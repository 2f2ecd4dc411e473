"""Words at the edge of a name's span that are not the name: a speech verb, a role title.

The model tags a run of capitalised words, and a sentence or a headline often capitalises the
word beside a name. Kept in the span, that word makes a party of its own, which then takes the
statements meant for the named one (the name is not found again under its own words):

* ``cue_verb_not_in_name``: "Said Varga: ..." opening a sentence (the inverted "said X"), or a
  lower-case "said" the model ran into the name: a verb of speech is never a name's word.
  A capitalised first word is read as the verb only where the inverted order shows: the
  span opens its sentence and a colon or a quote mark follows it, or the rest of the span is
  the surname of a person the text names in full ("Said" is a given name too).
* ``role_title_not_in_name``: "Brisca Wire CEO" tagged as a person right before the person
  ("... CEO Tomasz Velander"): the title is the person's, and the words before it name the
  person's organisation (an organisation, whatever the model said); and "CMO Brisca" or "CEO
  Tomasz Velander": a role's acronym opening a span (written in capitals, so no sentence start
  explains it) is a description before the name.

* ``person_name_in_two_pieces``: "Justice Perpetua Ines Vell Marrow" tagged as two people side
  by side ("Perpetua Ines", "Vell Marrow"): after a title, the words up to the next mark are
  one person's name; the pieces are joined, so a later "Arora" finds the full name.

Called by ``name_forms.tidy_ents`` on each entity (two tokens read, set lookups only); rules
named in nlp/data/name_links.yml, traced under component "canonical", with examples in
tests/test_name_links.py.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from nlp.lexicon import data_yaml, word_lists

CUE_RULE = "cue_verb_not_in_name"
JOIN_RULE = "person_name_in_two_pieces"
ROLE_RULE = "role_title_not_in_name"
QUOTE_OR_COLON = frozenset({":", "\"", "“", "‘", "'", "«"})
NAME_LABELS = frozenset({"PERSON", "ORG", "OUTLET", "PRODUCT"})  # not a title of a work: "Mama Said"


@lru_cache(maxsize=1)
def edge_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(speech verb forms, role titles, role acronyms) of nlp/data/name_links.yml."""
    d = data_yaml("name_links.yml")

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d[key])
    return low("cue_verb_forms"), low("role_titles"), low("role_acronyms")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of a title ("Vice", "Senior", "Former", "Judge"): never the organisation left
    when a role title is cut off ("Vice President" is a title, not "Vice" + "President")."""
    w = word_lists("entity_types.yml")
    return w["title_parts"] | w["titles"] | frozenset({"vice", "former", "deputy", "acting", "interim"})


def edge_trimmed(e: Span, ents: list, disabled: frozenset[str],
                 english: frozenset[str] = frozenset()) -> tuple[int, int, str, str] | None:
    """(start, end, label, rule) of the name without the word at its edge, or None. A title cut
    off leaves an organisation only where a name is left: not a title word ("Vice President"),
    nor one ordinary English word ("Defense Secretary", "Treasury Secretary": the department's
    field, which names no organisation the text can be matched with), unless an acronym ("FBI")
    or the text names the word alone elsewhere ("Beacon sued ..." then "Beacon CEO X")."""
    if len(e) < 2 or e.kb_id_ or e.label_ not in NAME_LABELS:
        return None
    verbs, titles, acronyms = edge_words()
    first, last, doc = e[0], e[-1], e.doc
    if ROLE_RULE not in disabled:
        if e.label_ == "PERSON" and last.lower_ in titles and e.end < len(doc) \
                and doc[e.end].ent_type_ == "PERSON" and doc[e.end].ent_iob_ == "B":
            k = e.end - 1
            while k > e.start and doc[k - 1].lower_ in titles:
                k -= 1  # "Chief Executive"
            left = doc[e.start:k]
            if k > e.start and all(t.text[:1].isupper() and t.lower_.rstrip(".") not in title_words() for t in left) \
                    and not (len(left) == 1 and not left[0].text.isupper() and left[0].lower_ in english
                             and not _named_alone(left[0], e, ents)):
                return e.start, k, "ORG", ROLE_RULE
        if first.text.isupper() and first.lower_ in acronyms and e[1].text[:1].isupper():
            return e.start + 1, e.end, e.label_, ROLE_RULE
        inner = _role_inside(e, titles, english)
        if inner is not None:  # "Brisca Wire Publisher Tomasz Velander" as one person
            return inner, e.end, "PERSON", ROLE_RULE
    if CUE_RULE in disabled:
        return None
    if last.lower_ in verbs and last.is_lower:
        return e.start, e.end - 1, e.label_, CUE_RULE  # "Velander said" run together
    if first.lower_ in verbs and all(t.text[:1].isupper() for t in e[1:]) \
            and (first.is_lower or _inverted(e, ents)):
        return e.start + 1, e.end, e.label_, CUE_RULE
    return None


def _named_alone(word, e: Span, ents: list) -> bool:
    """The text tags the word as a name of its own elsewhere ("Beacon sued ..." then "Beacon
    CEO Mara Ellison"): an English word that is also an organisation's name, which the title
    after it does not turn into a field ("Defense Secretary" names no "Defense")."""
    return any(x is not None and x is not e and len(x) == 1 and x[0].text == word.text for x in ents)


def _role_inside(e: Span, titles: frozenset[str], english: frozenset[str]) -> int | None:
    """"Brisca Wire Publisher Tomasz Velander" tagged as one name (a person or an organisation):
    an organisation's words, a
    role title, and two or more capitalised words a given name opens (a known one, or no
    English word). The start of the
    person's name, or None: the title is the person's role, the organisation is named apart."""
    if e.label_ not in ("PERSON", "ORG") or len(e) < 4:  # the model calls it either
        return None
    from nlp.lexicon import fold, person_given_names

    for j in range(1, len(e) - 2):
        if e[j].lower_ in titles:
            break
    else:
        return None
    k = j
    while k + 1 < len(e) - 2 and e[k + 1].lower_ in titles:
        k += 1  # "Chief Executive"
    rest = e[k + 1:]
    if all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in title_words() for t in (*e[:j], *rest)) \
            and (fold(rest[0].lower_) in person_given_names() or bool(english) and rest[0].lower_ not in english):
        return rest.start
    return None


def _inverted(e: Span, ents: list) -> bool:
    """"Said Varga: ..." is the verb before its speaker, not a given name: the span opens its
    sentence, and a colon or quote mark follows it or its last word is the surname of a person
    the text names in full."""
    doc, first = e.doc, e[0]
    if not (first.i == 0 or first.is_sent_start or doc[first.i - 1].is_space or doc[first.i - 1].is_quote):
        return False
    if e.end < len(doc) and doc[e.end].text in QUOTE_OR_COLON:
        return True
    surname = e[-1].text
    return any(x is not None and x is not e and len(x) >= 2 and x.label_ == "PERSON" and x[-1].text == surname
               for x in ents)


def joined_person(prev: Span | None, e: Span, disabled: frozenset[str]) -> Span | None:
    """Rule ``person_name_in_two_pieces``: ``prev`` and ``e`` as one person's name, when both are
    the model's people, only a space parts them, and a title opens the first ("Justice A B" +
    "C D"); None otherwise."""
    if prev is None or prev.end != e.start or prev.label_ != "PERSON" or e.label_ != "PERSON" \
            or prev.kb_id_ or e.kb_id_ or JOIN_RULE in disabled or prev.start == 0:
        return None
    doc = e.doc
    if doc[prev.end - 1].whitespace_ != " " or doc[prev.start - 1].lower_.rstrip(".") not in title_words():
        return None
    return Span(doc, prev.start, e.end, label="PERSON")


GIVEN_RULE = "given_name_split_off"
MODEL_ONLY = frozenset({"model_guess", "model_label"})


def given_name_split_off(prev: Span | None, e: Span, disabled: frozenset[str],
                         english: frozenset[str] = frozenset()) -> Span | None:
    """Rule ``given_name_split_off``: "stated Halimah DeLaine Prado" tagged "Halimah" (an
    organisation, a place: the model's guess from the spelling alone) and "DeLaine Prado" (a
    person) side by side: an unfamiliar given name the model cut off is the person's. ``prev``
    and ``e`` as one person, when only a space parts them, ``prev`` is one capitalised word
    that is no English word, the gazetteer does not know it, nothing in the text typed it (the
    typer's trace shows the model's guess alone) and no capitalised word runs on before it; ``e``
    is a person of two words or more. None otherwise."""
    if prev is None or GIVEN_RULE in disabled or not english or len(prev) != 1 or prev.end != e.start \
            or e.label_ != "PERSON" or len(e) < 2 or prev.kb_id_ or e.kb_id_ \
            or prev.label_ not in ("ORG", "GPE", "PERSON", "NORP", "LOC"):
        return None
    doc, t = e.doc, prev[0]
    if t.whitespace_ != " " or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper() \
            or t.lower_ in english or t.lower_.rstrip(".") in title_words():
        return None
    if t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha and not t.is_sent_start:
        return None  # "Orrin Halimah DeLaine ...": a longer run, not a given name alone
    rows = [r for r in doc._.rule_trace or [] if r["component"] == "entity_types"
            and r["start"] == prev.start_char and r["end"] == prev.end_char]
    if not rows or any(not set(r["rules"]) <= MODEL_ONLY for r in rows):
        return None
    return Span(doc, prev.start, e.end, label="PERSON")
