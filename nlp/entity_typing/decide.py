"""From the votes of a name's mentions to one label, and when there are none.

The vote arithmetic is the one place where the kinds are weighed against each other: AGENT ("a
person or an organisation") counts for ORG against a place or product, never against PERSON;
a name whose evidence is only AGENT is an organisation unless the model met it as a person's
full name. The decisions beside the votes (a country or polity, the words of a title, a
nationality, a court's name, the model's lone guess) are rules of the table's ``decisions``
section; ``decide`` returns which one it took, for the trace. A country or polity comes first:
"U.S. copyright law", "a US judge" make the name modify a noun as a company's name would, and
no number of such cues makes the United States a company.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from nlp.entity_typing.candidates import name_head, name_key
from nlp.entity_typing.rules import RuleTable
from nlp.entity_typing.words import given, place_kinds

# The least evidence in one article for its type of a name to be remembered.
LEARN_MIN = 1.0
# a capital after two lower-case letters inside one word: "VerityQAI", "LoomCrest"
CAMEL = re.compile(r"[a-z]{2}[A-Z]")
CAMEL_GAP = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "SanBernardino" -> "San Bernardino", a real place
KINDS = ("PERSON", "ORG", "GPE", "PRODUCT")


def _nationality_and_field(mentions: list[Span], rule) -> bool:
    """"Ysoldan AI companies", "Ysoldan AI intellectual property": every mention is a nationality
    and a field, modifying a noun (whatever the parser calls the link: compound or nmod)."""
    ends = tuple(rule.words)
    return all(len(m) == 2 and m[0].text.endswith(ends) and m[1].text in rule.exact
               and m.root.dep_ in ("compound", "nmod") and m.root.head.pos_ == "NOUN" for m in mentions)


def _nationality_adjective(mentions: list[Span], rule) -> bool:
    """"an Oskvaran lawmaker": every mention is one word modifying a noun, like a nationality."""
    ends = tuple(rule.words)
    return all(len(m) == 1 and m.text.endswith(ends) and m.root.dep_ in ("amod", "compound", "nmod")
               and m.root.head.pos_ == "NOUN" for m in mentions)


def _country_or_polity(mentions: list[Span], rule) -> bool:
    """"US", "the U.S.", "Britain": every mention is a place of one of the kinds ``words`` of
    ``nlp/data/world_places.tsv`` and opens with no given name ("Jordan", "Chad" may be people)."""
    kinds = place_kinds()
    return all(kinds.get(name_key(m), ("",))[0] in rule.words and not given(m[0]) for m in mentions)


def _real_place(mentions: list[Span], rule) -> bool:
    """"Sen. X of Texas", "newspapers in Milwaukee, the site of the debate": every mention is a
    real place of one of the kinds ``words`` (a US state, a city) and opens with no given name.
    The cues that outvoted the place ("of" after a person's title, an apposition's noun) are
    said of organisations and places alike; a real place is never a company or product."""
    kinds = place_kinds()
    return all(kinds.get(name_key(m), ("",))[0] in rule.words and not given(m[0]) for m in mentions)


def _camel_case(mentions: list[Span], rule) -> bool:
    """"VerityQAI", "LoomCrest": every mention is one word with a capital after two lower-case
    letters inside it, a company's or product's spelling; places are not written so (the
    prefixes of ``except`` aside: "McAllen", "DeKalb", "LaSalle")."""
    pre, kinds = tuple(rule.excluded), place_kinds()
    return all(len(m) == 1 and CAMEL.search(m.text) is not None and not m.text.lower().startswith(pre)
               and not (m.start > 0 and m.doc[m.start - 1].text == "#")  # "#SanBernardino": a hashtag
               and CAMEL_GAP.sub(" ", m.text).lower() not in kinds for m in mentions)


def _title_words(mentions: list[Span], rule) -> bool:
    """"Senior U.S. District Judge X", "Mumsnet Founder and CEO Y", "District Court Judge Z":
    every mention is made of the words of a title (``words``); one word alone (unless it is in
    ``except``: "the Court"), or several before a title of ``then`` or a name."""
    def title(m: Span) -> bool:
        if not all(t.lower_.rstrip(".") in rule.words for t in m):
            return False
        if len(m) == 1:
            return m[0].lower_ not in rule.excluded
        after = m.doc[m.end] if m.end < len(m.doc) else None
        return after is not None and (after.lower_.rstrip(".") in rule.then
                                      or after.text[:1].isupper() and after.is_alpha)
    return all(title(m) for m in mentions)


def _court(mentions: list[Span], rule) -> bool:
    """"Marlow County Superior Court", "the Ninth Circuit", "District Court for the Northern
    District of Calder": an organisation whose head word (``words``) makes it a court."""
    return all(name_head(m) in rule.words for m in mentions)


def decide(votes: dict, mentions: list[Span], rules: RuleTable) -> tuple[str | None, str | None]:
    """(label, name of the decision rule that gave it, if one did). The label is one of
    PERSON, ORG, GPE, PRODUCT, COURT, "DROP" (no name at all), or None (the votes say nothing)."""
    d = rules.decisions
    if _country_or_polity(mentions, d["country_or_polity"]):
        return "GPE", "country_or_polity"
    if _title_words(mentions, d["title_words"]):
        return "DROP", "title_words"
    if _nationality_and_field(mentions, d["nationality_and_field"]):
        return "DROP", "nationality_and_field"
    if _nationality_adjective(mentions, d["nationality_adjective"]):
        return "DROP", "nationality_adjective"
    if all(len(m) == 1 and m[0].lower_ in d["nationality_or_language"].words for m in mentions):
        return "NORP", "nationality_or_language"  # "a French-language voice", "in Spanish"
    if not votes:
        if all(m.label_ == "PERSON" and len(m) == 1 and not given(m[0]) for m in mentions):
            return "DROP", "lone_person_guess"
        if any(m.label_ in ("GPE", "LOC") for m in mentions) and _camel_case(mentions, d["camel_case_not_place"]):
            return "ORG", "camel_case_not_place"  # the model's guess of a place, from spelling
        return None, None
    label = weigh(votes, mentions)
    if label == "ORG" and _court(mentions, d["court_name"]):
        return "COURT", "court_name"
    if label in ("ORG", "PRODUCT") and _real_place(mentions, d["real_place_not_org"]):
        return "GPE", "real_place_not_org"
    if label in ("GPE", "LOC") and _camel_case(mentions, d["camel_case_not_place"]):
        return "ORG", "camel_case_not_place"
    return label, None


def weigh(votes: dict, mentions: list[Span]) -> str | None:
    person, org, agent = votes.get("PERSON", 0), votes.get("ORG", 0), votes.get("AGENT", 0)
    place, product = votes.get("GPE", 0), votes.get("PRODUCT", 0)
    best = max(person, org, place, product)
    if best == 0:
        # only "a person or an organisation": not a place or product, whatever the model said
        # a person is introduced by full name; a lone one-word "person" that gets sued or
        # has lawyers is an organisation the model did not know
        if any(m.label_ == "PERSON" and len(m) >= 2 for m in mentions):
            return "PERSON"
        return "ORG"
    if person == best and person > org:
        return "PERSON"
    if org == best or (org + agent > place and org + agent > product and org > 0):
        return "ORG"
    if place == best and place > agent:
        return "GPE"
    if product == best and product > agent:
        return "PRODUCT"
    return "ORG" if agent else None


def clear(votes: dict, label: str) -> bool:
    """Evidence worth remembering: at least one cue, twice any rival kind's. ("a person
    or an organisation" votes back an ORG or a PERSON.)"""
    mine = votes.get(label, 0) + (votes.get("AGENT", 0) if label in ("ORG", "PERSON") else 0)
    rivals = [v for k, v in votes.items() if k not in (label, "AGENT")]
    return mine >= LEARN_MIN and mine >= 2 * max(rivals, default=0)


def model_guess(mentions: list[Span], retypable: frozenset) -> tuple[str | None, str]:
    """No evidence decided: the model's one label for the name holds for every mention
    (``model_guess``), unless it is a one-word "person" never seen with a given name; else
    each mention the model labelled keeps its own label (``model_label``)."""
    guesses = [m.label_ for m in mentions if m.label_ in retypable]
    if guesses and len(set(guesses)) == 1:
        label = guesses[0]
        if not (label == "PERSON" and all(len(m) == 1 for m in mentions)
                and not any(given(m[0]) for m in mentions)):
            return label, "model_guess"
    return None, "model_label"
