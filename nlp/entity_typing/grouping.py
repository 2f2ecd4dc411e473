"""Which mentions are one name: the same text, a surname after a full name, a short form.

Grouping is evidence too: a surname mentioned again after a full name is how people are
written about, a first word after a firm's full name how organisations are. Those votes are the
``names`` rules of the table (``surname_of_full_name``, ``short_form_of_org``).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from nlp.entity_typing.candidates import name_key, surname_key
from nlp.entity_typing.rules import RuleTable
from nlp.entity_typing.words import TypeWords, given, place_kinds
from nlp.extensions import span_text
from nlp.lexicon import token_array
from nlp.name_forms import generational_suffixes

# A country's or polity's name is not an organisation's short form for opening its name: "Japan"
# after "Japan Newspaper Publishers" is the country, "EU" after "EU Data Board" the union.
COUNTRY_KINDS = ("country", "polity", "us_state", "abbreviation")

Votes = dict[str, list]  # name key -> [(rule, label, weight)]


def group(cands: list[Span], w: TypeWords, rules: RuleTable, bonus: Votes) -> dict[str, list[Span]]:
    """Mentions of one name: the same text, a surname after a full name ("Brantley" after
    "Cassius Brantley"), or an organisation's first word ("Corvid" after "Corvid Sound")."""
    surname, short = rules.names["surname_of_full_name"], rules.names["short_form_of_org"]
    groups: dict[str, list[Span]] = defaultdict(list)
    for c in sorted(cands, key=lambda s: s.start):
        groups[name_key(c)].append(c)
    for key in [k for k, v in groups.items() if len(v[0]) >= 2]:
        if key not in groups:
            continue
        span = groups[key][0]
        if span[-1].lower_.rstrip(".") in w.org_suffixes:
            if place_kinds().get(key, ("",))[0] in COUNTRY_KINDS:
                continue  # "European Union" then "the European body": a polity has no short form
            # "Larkspur" or "Larkspur Data" after "Larkspur Data Inc"
            words = span_text(span).split()
            for n in range(len(words) - 1, 0, -1):
                first = " ".join(words[:n]).lower()
                if place_kinds().get(first, ("",))[0] in COUNTRY_KINDS:
                    continue  # "Japan" after "Japan Newspaper Publishers": the country
                if first in groups and first != key and groups[first][0].start > span.start:
                    bonus[key].append((short, short.label, short.weight))
                    groups[key].extend(groups.pop(first))
            continue
        # "Studio Ghibli" then "Ghibli": a name opening with an organisation's word is no person's
        vote = short if span[0].lower_ in w.org_nouns or span[0].lower_ in w.org_suffixes else surname
        for last in _surnames(span):
            if vote is surname and last in place_kinds() and not given(span[0]):
                continue  # "Manhattan" after "Midtown Manhattan": the place again, not a surname
            if last in groups and last != key:
                bonus[key].append((vote, vote.label, vote.weight))  # people are re-mentioned by surname
                groups[key].extend(groups.pop(last))
    return groups


def _surnames(span: Span) -> list[str]:
    """How a full name is mentioned again: all but its first word ("Pemberton-Ayre", "Jane
    Ellison"), or, after a given name, its last word alone ("Ellison" of "Mara Jane Ellison")."""
    keys = [surname_key(span)]
    words = span_text(span).split()
    if len(words) >= 3 and given(span[0]):
        keys.append(name_key(span[len(span) - 1:]))
    if len(span) >= 3 and span[-1].lower_.rstrip(".") in generational_suffixes():
        keys.append(name_key(span[len(span) - 2: len(span) - 1]))  # "Vell" of "Dorian Vell Jr."
    return keys


def add_bare_surnames(doc: Doc, groups: dict, ents: list[Span]) -> None:
    """"Vidal denies it.": a surname the tagger did not even call a proper noun, after
    "Xiomara Vidal", joins her group."""
    surnames = {}
    for key, mentions in groups.items():
        full = mentions[0]
        if len(full.text.split()) >= 2 and given(full[0]):
            surnames.setdefault(_surnames(full)[-1], key)
    if not surnames:
        return
    taken = {i for e in ents for i in range(e.start, e.end)}
    taken |= {i for ms in groups.values() for m in ms for i in range(m.start, m.end)}
    strings = doc.vocab.strings  # lower-case forms by string id: a Token only where one matches
    by_id = {strings[k]: key for k, key in surnames.items()}
    for i, h in enumerate(token_array(doc, "LOWER").tolist()):
        key = by_id.get(h)
        if key and i not in taken and doc[i].text[:1].isupper() and doc[i].is_alpha:
            groups[key].append(Span(doc, i, i + 1, label=""))


def place_and_person_votes(groups: dict, dateline: list[Span], fixed: list[Span], rules: RuleTable,
                           bonus: Votes, credits: list[Span] = ()) -> None:
    """Votes from outside the candidates: a name also in a dateline is a place
    (``dateline_name``), a name also in a photo credit or byline a person (``credit_name``), a
    surname of a person the gazetteer knows a person (``gazetteer_surname``)."""
    place, person = rules.names["dateline_name"], rules.names["gazetteer_surname"]
    for d in dateline:  # "SOLLIÈRES, Marisande -" then "in Sollières"
        if name_key(d) in groups:
            bonus[name_key(d)].append((place, place.label, place.weight))
    credited = rules.names["credit_name"]
    for c in credits:  # "By Ottoline Drumm" then "Drumm, who covers the courts"
        for key in {name_key(c), surname_key(c)} & set(groups):
            bonus[key].append((credited, credited.label, credited.weight))
    for f in fixed:  # "Quirke" after the gazetteer's "Tomasz Quirke"
        if f.label_ == "PERSON" and len(f) >= 2:
            last = surname_key(f)
            if last in groups:
                bonus[last].append((person, person.label, person.weight))
