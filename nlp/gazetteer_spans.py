"""Two repairs of the gazetteer ruler's spans (nlp/entities.py), each a named rule traced
under component "gazetteer": a known one-word name written in two words ("Tech Crunch"), and a
known product's name that is a person's given name ("Kimi Onoda"). Kept apart so the ruler's
module stays readable; both are plain functions of the span and the gazetteer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.extensions import doc_ents, trace
from nlp.gazetteer import Gazetteer, normalise
from nlp.lexicon import fold, given_name_genders, is_english


def spaced_forms(gazetteer: Gazetteer) -> dict:
    """One-word names (six letters at least) by their letters, for ``spaced_name``."""
    return {normalise(f): e for e in gazetteer.entities.values()
            for f in gazetteer.surface_forms(e) if " " not in f.strip() and len(f) >= 6}


def spaced_name(ent: Span, spaced: dict):
    """Rule ``gazetteer_spaced_name``: "reported Tech Crunch", "Deep Mind": a name the model
    tagged as two or three capitalised words that, run together, are one word the
    gazetteer knows (six letters at least) is that entity written apart."""
    if not 2 <= len(ent) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in ent):
        return None
    return spaced.get(normalise("".join(t.text for t in ent)))


def word_of_persons_name(doc: Doc, span: Span, gazetteer: Gazetteer, english: frozenset[str]) -> bool:
    """Rule ``gazetteer_word_in_persons_name``: "minister Kimi Onoda": a one-word name of a
    product or organisation the gazetteer knows that is also a given name ("Kimi",
    "Claude"), which the model reads as the first word of a person's name whose other words
    are no English words ("Onoda"), is that person's given name. A product's name goes
    with English words or capitals ("Claude Code", "Qwen AI", "Suno Inc"), not a surname.
    Not the gazetteer's people, whose full names it knows."""
    if len(span) != 1 or span.label_ == "PERSON":
        return False
    t = span[0]
    if t.ent_iob_ != "B" or t.ent_type_ != "PERSON" or not given_name(t) or not english:
        return False
    person = next((e for e in doc_ents(doc) if e.start == t.i), None)
    if person is None or not 2 <= len(person) <= 3 or any(
            not (x.text[:1].isupper() and x.is_alpha) or x.text.isupper() or is_english(x, english)
            or gazetteer.lookup(x.text) is not None for x in person[1:]):
        return False
    trace(doc, "gazetteer", person.start_char, person.end_char, "PERSON", ["gazetteer_word_in_persons_name"])
    return True


def given_name(t) -> bool:
    """A given name of any of the lists (``nlp/data/given_names*``, the census list too: the
    word's other signals are already strong), accents aside."""
    genders = given_name_genders()
    return fold(t.lower_) in genders["male"] or fold(t.lower_) in genders["female"]


def inside_longer_firm(doc: Doc, span: Span, suffixes: frozenset[str]) -> Span | None:
    """Rule ``gazetteer_inside_longer_name``: "Orrin Harbor Solutions did not respond": a name
    the gazetteer knows, followed by two or three more capitalised words that end in a firm's
    last word (``org_suffixes``), opens another firm's name; the longer name is that firm, with
    no link to the known one. One word more ("Meta AI", "Apple Music") is too often the known
    entity's own product or unit, and stays the known name."""
    j = span.end
    while j < len(doc) and j - span.end < 4 and doc[j].text[:1].isupper() and doc[j].is_alpha \
            and not doc[j].is_sent_start:
        j += 1
    if not 2 <= j - span.end <= 3 or doc[j - 1].lower_ not in suffixes:
        return None
    longer = Span(doc, span.start, j, label="ORG")
    trace(doc, "gazetteer", longer.start_char, longer.end_char, "ORG", ["gazetteer_inside_longer_name"])
    return longer


def short_form_continues(doc: Doc, span: Span, gazetteer: Gazetteer, suffixes: frozenset[str],
                         legal: frozenset[str], headline) -> Span | None:
    """Rule ``gazetteer_short_form_continues``: "Brantwood Sound Publishing, Corvane and Tessaly
    sued": a known company's two-word short form ("Brantwood Sound" of Brantwood Sound Group)
    followed by one more capitalised firm's last word (``org_suffixes``) that the company's own
    longer names do not continue with ("Group") is a sister company's name, not the known one:
    the writer named another party, and the list around it must not shift. Not a legal form
    ("Brantwood Sound Inc" is the same company), not a word the gazetteer gives an entity of its
    own, not on a headline line (``headline``: "Brantwood Sound Records Deal"), and not after a
    one-word known name ("Meta AI", "Apple Music": products and units of the known one).
    ``headline``: a function giving the headline lines' tokens, read only when all else holds."""
    j = span.end
    if len(span) < 2 or not span.kb_id_ or j >= len(doc) or span.label_ not in ("ORG", "OUTLET"):
        return None
    nxt = doc[j]
    if not (nxt.text[:1].isupper() and nxt.is_alpha) or nxt.is_sent_start or nxt.lower_ not in suffixes \
            or nxt.lower_ in legal or gazetteer.lookup(nxt.text) is not None:
        return None
    if j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
        return None  # a longer run: ``inside_longer_firm`` reads it
    e = gazetteer.entities[span.kb_id_]
    short = normalise(span.text)
    own = [normalise(f) for f in gazetteer.surface_forms(e)]
    if short == normalise(e.name) or not any(f.startswith(short + " ") for f in own) \
            or normalise(f"{span.text} {nxt.text}") in own or j in headline():
        return None  # the name itself, or a short form of no longer name: "News Corp"
    longer = Span(doc, span.start, j + 1, label="ORG")
    trace(doc, "gazetteer", longer.start_char, longer.end_char, "ORG", ["gazetteer_short_form_continues"])
    return longer


def shared_outlet_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The last words two or more of the gazetteer's outlets end in ("Times": The New York
    Times, Financial Times, Los Angeles Times), for ``unmet_outlet``."""
    seen: dict[str, int] = {}
    for e in gazetteer.entities.values():
        if e.label == "OUTLET":
            word = e.name.split()[-1].lower()
            seen[word] = seen.get(word, 0) + 1
    return frozenset(w for w, n in seen.items() if n > 1)


def unmet_outlet(e, span: Span, seen: dict, shared: frozenset[str]) -> bool:
    """Rule ``gazetteer_outlet_common_short_form``: "the Times", "the Post": a short form in a
    word that several papers end in (``shared_outlet_words``: the gazetteer alone knows three
    Times) is one paper in New York and another in London, so it names the gazetteer's outlet
    only after that outlet's full name was met in the text (``seen``: entity id -> first token).
    A short form only one paper ends in ("the Journal", "the Clarion", "Ars") is not affected."""
    if e.label != "OUTLET" or seen.get(e.id, len(span.doc)) < span.start:
        return False
    word = span[-1].lower_
    return word in shared and any(a.lower() == f"the {word}" for a in e.context_aliases)


def bare_suffix_name(ent: Span, suffixes: frozenset[str], articles: frozenset[str]) -> Span | None:
    """Rule ``suffix_takes_word_before``: "Like Company, a publisher in Budapest, sued ...": a
    name the model found that is only a firm's last word ("Company", "Group", "Studios") names
    no one by itself; the capitalised word before it, which the parser read as a preposition or
    an adjective ("Like", "Over"), is the first word of the name (nlp/entity_typing, traced there)."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ not in suffixes or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if not (before.text[:1].isupper() and before.is_alpha) or before.lower_ in articles:
        return None
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


def other_places(doc: Doc, matches) -> set[str]:
    """Rule ``gazetteer_short_form_other_place``: the gazetteer entities whose short form the
    text qualifies with a place ("UK Supreme Court", "Britain's Supreme Court") that is not part of
    one of the entity's own names (those match in full: "U.S. Supreme Court"). The text is then
    about another country's court or body of that name, and its bare "the Supreme Court" is
    that one too: such a short form names the gazetteer's entity only after its full name.
    ``matches`` are the context matcher's (id, start, end); ``place_full_name`` knows a place's
    word ("UK"), ``nationalities`` a people's ("Norwegian")."""
    from nlp.entity_typing.words import place_full_name  # it imports the entities module
    from nlp.nationality_names import nationalities
    out = set()
    for eid, start, end in matches:
        i = start - 1
        if i >= 0 and doc[i].lower_ in ("'s", "\u2019s"):
            i -= 1  # "Britain's Supreme Court"
        if i >= 0 and (doc[i].ent_type_ in ("GPE", "NORP") or place_full_name(doc[i].text)
                       or doc[i].lower_ in nationalities()):
            out.add(eid)
    return out


def other_place_here(doc: Doc, start: int, end: int, first: int | None) -> bool:
    """The short form at ``start:end`` is not the entity (``other_places``) unless its full name
    was met before it; traced when it is not."""
    if first is not None and first < start:
        return False
    trace(doc, "gazetteer", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "",
          ["gazetteer_short_form_other_place"])
    return True
