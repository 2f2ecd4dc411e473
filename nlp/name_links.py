"""Names of one article that stand for another name of the same article: acronyms, given
names, courts by their kind.

The canonicaliser (nlp/entities.py) names each entity from the gazetteer or from a fuller form
met earlier with the same words. Reporting also names a party in forms that share no words with
its name, or come before it: "the Korea ... Association" then "the KBA", "Elton" in a headline
above "Elton John", "the court" after "the Hamburg Regional Court". Left alone, each such form
becomes an entity of its own (or no entity), and a statement it speaks is given to a name nobody
would look up. The rules here (``nlp/data/name_links.yml``, each traced under component
"canonical") link such a mention to a name the same text gives, and only when that name is the
only one it can be: a link made on a guess would merge two parties, which is worse than leaving
them apart.

The court rules are in nlp/court_links.py. Descriptions of a court ("the court") become entity mentions (``doc.ents``) so attribution
finds them as it finds names; they are not names, so the entity list of the analysis
(``doc._.ct_entities``) leaves them out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from nlp.extensions import doc_text, trace
from nlp.lexicon import data_yaml

ORGISH = frozenset({"ORG", "OUTLET", "COURT"})
ACRONYM = re.compile(r"^[A-Z](?:[A-Z&]|\.(?=[A-Z]))+\.?$")
TRACE = "canonical"
GLUED_ACRONYM = re.compile(r"^(.+?\S)\s*\(([A-Z](?:[A-Z&.])+)\)?$")


@dataclass(frozen=True)
class LinkWords:
    rules: tuple[str, ...]
    function_words: frozenset[str]
    court_nouns: frozenset[str]
    court_parts: frozenset[str]
    court_description_words: frozenset[str]
    given_name_labels: frozenset[str]
    role_titles: frozenset[str]
    lead_role_words: frozenset[str]
    opening_words: frozenset[str]


@lru_cache(maxsize=1)
def link_words() -> LinkWords:
    d = data_yaml("name_links.yml")

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d[key])
    return LinkWords(tuple(r["name"] for r in d["rules"]), low("function_words"), low("court_nouns"),
                     low("court_parts"), low("court_description_words"),
                     frozenset(str(w) for w in d["given_name_labels"]), low("role_titles"),
                     low("lead_role_words"), low("opening_function_words"))


@dataclass
class Named:
    """One entity of the document with the canonical name and label decided for it."""
    ent: Span
    canonical: str
    label: str
    linked: bool = False  # a rule here relinked it: its label is written back to doc.ents


def link_names(doc: Doc, named: list[Named], disabled: frozenset[str] = frozenset(),
               is_place=lambda s: False, english: frozenset[str] = frozenset()) -> list[Span]:
    """Relink the entities of ``named`` in place (canonical and label); return the court
    descriptions found, as new COURT spans with their canonical set, not yet in ``doc.ents``."""
    w = link_words()
    on = [r for r in w.rules if r not in disabled]
    if {"acronym_defined", "acronym_of_name", "mixed_case_acronym"} & set(on):
        _acronyms(doc, named, w, on, is_place)
    if "tail_of_name" in on:
        _tails(named)
    if "head_of_name" in on:
        _heads(named)
    # imported here: these modules import this module's helpers
    from nlp.court_links import link_courts
    from nlp.person_links import given_names, given_names_before, roles_as_names, surnames_before_full_name

    if "role_as_name" in on:
        roles_as_names(doc, named, w)
    if "given_name_before_surname" in on:
        given_names_before(doc, named, w, english)
    if "given_name_of_full_name" in on:
        given_names(doc, named, w)
    if "surname_before_full_name" in on:
        surnames_before_full_name(doc, named)

    if "alias_in_apposition" in on or "alias_shares_surname" in on:
        from nlp.alias_links import link_aliases
        link_aliases(doc, named, "alias_in_apposition" in on, "alias_shares_surname" in on)
    described = link_courts(doc, named, w, on)
    if "the_in_name" in on:
        _the_in_names(doc, named)
    return described


def _link(n: Named, canonical: str, label: str, rule: str) -> None:
    n.canonical, n.label, n.linked = canonical, label, True
    trace(n.ent.doc, TRACE, n.ent.start_char, n.ent.end_char, label, [rule])


# ------------------------------------------------------------------ acronyms

BRACKETED = re.compile(r"\(([A-Z][A-Z&]{2,7})\)")
MAX_NAME_TOKENS = 14


def join_spelled_out(doc: Doc, disabled: frozenset[str] = frozenset()) -> None:
    """Rule ``acronym_spelled_out``, before names are canonicalised: "the Department for
    Culture, Media and Sport (DCMS)" is one name when the capitalised words before the brackets
    spell the acronym, however the model cut it ("Department", "Culture", "Media", "Sport")."""
    if "acronym_spelled_out" in disabled:
        return
    w = link_words()
    text = doc_text(doc)
    for m in BRACKETED.finditer(text):
        paren = doc.char_span(m.start(), m.start() + 1)
        if paren is None:
            continue
        p = paren.start
        start = _spelled_from(doc, p, m.group(1), w)
        if start is None:
            continue
        pieces = [e for e in doc.ents if e.start < p and e.end > start]
        if not pieces or any(e.start < start or e.end > p for e in pieces) \
                or len(pieces) == 1 and (pieces[0].start, pieces[0].end) == (start, p):
            continue  # no name there, a name crossing the edges, or one already
        label = "COURT" if doc[p - 1].lower_ in w.court_nouns else "ORG"
        new = Span(doc, start, p, label=label)
        doc.ents = sorted([e for e in doc.ents if e.end <= start or e.start >= p] + [new], key=lambda e: e.start)
        trace(doc, TRACE, new.start_char, new.end_char, label, ["acronym_spelled_out"])


def _spelled_from(doc: Doc, p: int, acr: str, w: LinkWords) -> int | None:
    """The first token of the words before ``p`` whose initials spell ``acr``: capitalised
    words, small words and the commas and "and" of a list, nothing else."""
    letters = ""
    for i in range(p - 1, max(-1, p - MAX_NAME_TOKENS), -1):
        t = doc[i]
        if t.text[:1].isupper() and t.is_alpha:
            letters = t.text[0] + letters
            if letters == acr:
                return i
            if not acr.endswith(letters):
                return None
        elif not (t.lower_ in w.function_words or t.text == ","):
            return None
    return None

def _initials(name: str, w: LinkWords) -> set[str]:
    """"Korea Broadcasters Association" -> KBA; "Association of Talmore Writers" -> ATW and
    AOTW (some acronyms keep the small words)."""
    words = [x for x in re.split(r"[\s\-–]+", name) if x]
    if len(words) < 2:
        return set()
    big = "".join(x[0] for x in words if x.lower() not in w.function_words and x[0].isalpha())
    every = "".join(x[0] for x in words if x[0].isalpha())
    return {big.upper(), every.upper()}


def _acronym_text(ent: Span) -> str | None:
    return _acronym_of(ent.text)


@lru_cache(maxsize=1 << 14)
def _acronym_of(text: str) -> str | None:
    """Cached: a pure function of the string; every entity is asked once per link rule."""
    text = _OPENING_THE.sub("", text.strip())
    text = _END_POSSESSIVE.sub("", text)
    return text.replace(".", "") if ACRONYM.match(text) and len(text.replace(".", "")) >= 2 else None


_OPENING_THE = re.compile(r"^(?:the|The)\s+")
_END_POSSESSIVE = re.compile(r"['’]s?$")


def _acronyms(doc: Doc, named: list[Named], w: LinkWords, on: list[str], is_place) -> None:
    defined: dict[str, str] = {}  # "TWG" -> "Talmore Writers Guild"
    label_of: dict[str, str] = {}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for n in named:
        if n.label == "PERSON" and "acronym_defined" in on and _spells_bracketed(n, w):
            _link(n, n.canonical, "ORG", "acronym_defined")  # "Reti Televisive Italiane (RTI)"
        if n.label not in ORGISH or len(n.ent) < 2:
            continue
        glued = GLUED_ACRONYM.match(n.canonical)
        if glued and "acronym_defined" in on:  # the model's span "Dessary Forum (FTD": name, then acronym
            _link(n, glued.group(1), n.label, "acronym_defined")
            defined.setdefault(glued.group(2).replace(".", ""), n.canonical)
        label_of[n.canonical] = n.label
        e = n.ent
        p = _after_legal_form(doc, e.end)  # "Perplexity AI, Inc. (PAI)": the form left outside
        if p + 2 < len(doc) and doc[p].text == "(" and doc[p + 2].text == ")":
            if ACRONYM.match(doc[p + 1].text):  # whatever its letters: "... personali (GPDP)"
                defined.setdefault(doc[p + 1].text.replace(".", ""), n.canonical)
        for form in _initials(n.canonical, w) | _initials(_plain(e.text), w):
            by_initials[form].add(n.canonical)
    for n in named:
        if n.ent.kb_id_ or n.label not in ORGISH | {"PERSON", "PRODUCT", "GPE"}:
            continue  # the gazetteer knows what it is
        acr = _acronym_text(n.ent)
        target, rule = None, None
        if acr is None:
            if "mixed_case_acronym" in on:
                target, rule = _mixed_case_target(n, named, w), "mixed_case_acronym"
        elif is_place(acr):
            continue  # "US", "UK", "EU" are places
        elif acr in defined and "acronym_defined" in on:
            target, rule = defined[acr], "acronym_defined"
        elif len(acr) >= 3 and len(by_initials.get(acr, ())) == 1 and "acronym_of_name" in on:
            target, rule = next(iter(by_initials[acr])), "acronym_of_name"
        if target is not None and target != n.canonical:
            _link(n, target, label_of.get(target, "ORG"), rule)


def _spells_bracketed(n: Named, w: LinkWords) -> bool:
    """A name of two words or more the model took for a person, followed by a bracketed
    acronym of its initials: "Reti Televisive Italiane (RTI)". Reporting gives organisations
    acronyms in brackets, not people."""
    e, doc = n.ent, n.ent.doc
    if len(e) < 2 or e.end + 2 >= len(doc) or doc[e.end].text != "(" or doc[e.end + 2].text != ")":
        return False
    acr = doc[e.end + 1].text.replace(".", "")
    return bool(ACRONYM.match(doc[e.end + 1].text)) and acr in _initials(n.canonical, w)


MIXED_CASE = re.compile(r"^[A-Z][a-z]*(?:[A-Z][a-z]*){2,}$")


def _mixed_case_target(n: Named, named: list[Named], w: LinkWords) -> str | None:
    """Rule ``mixed_case_acronym``: "CanLII" is "Canadian Legal Information Institute" when each
    capitalised piece of it ("Can", "L", "I", "I") begins the name's words in turn (small words
    left out), and only one organisation of the text is spelled so. Three pieces at least, two
    of them single capitals: "DeepMind" or "McKinsey" are names, not acronyms."""
    text = _plain(n.ent.text)
    if not MIXED_CASE.match(text) or text.isupper():
        return None
    pieces = re.findall(r"[A-Z][a-z]*", text)
    if sum(len(p) == 1 for p in pieces) < 2:
        return None
    found = set()
    for m in named:
        if m is n or m.label not in ORGISH:
            continue
        words = [x for x in re.split(r"[\s\-–]+", m.canonical) if x and x.lower() not in w.function_words]
        if len(words) == len(pieces) and all(x.lower().startswith(p.lower()) for x, p in zip(words, pieces)):
            found.add(m.canonical)
    return next(iter(found)) if len(found) == 1 else None


LEGAL_FORMS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "plc", "gmbh", "co", "co.",
                         "limited", "corporation", "incorporated", "ag", "sa", "s.a."})


def _after_legal_form(doc: Doc, i: int) -> int:
    """The token after a legal form that follows a name the model (or the gazetteer) ended
    before it: ", Inc." or " Ltd" at ``i``; ``i`` itself when there is none."""
    j = i + (i < len(doc) and doc[i].text == ",")
    while j < len(doc) and doc[j].lower_ in LEGAL_FORMS:
        j += 1
    j += j < len(doc) and doc[j].text == "." and doc[j - 1].lower_ in LEGAL_FORMS
    return j if j > i + (i < len(doc) and doc[i].text == ",") else i


@lru_cache(maxsize=1 << 14)
def _plain(text: str) -> str:
    """Cached: a pure function of the string, asked of the same names again and again."""
    return _OPENING_THE.sub("", _END_POSSESSIVE.sub("", text.strip()))


# ------------------------------------------------------------------ "The" of a name

def _the_in_names(doc: Doc, named: list[Named]) -> None:
    """Rule ``the_in_name``: "a protest by The Sankei Shimbun": a capital "The" inside a
    sentence, after a lower-case word or a comma, is part of the organisation's name (as in
    "The New York Times"), and so of every mention of it. At a sentence's start, or after a
    capitalised word (a headline in title case), the capital says nothing and the name is
    left without it."""
    with_the = set()
    for n in named:
        e = n.ent
        if e.kb_id_ or n.label not in ("ORG", "OUTLET") or n.canonical.startswith("The ") or e.start < 2:
            continue
        the, before = (e[0], doc[e.start - 1]) if e[0].text == "The" else (doc[e.start - 1], doc[e.start - 2])
        if the.text == "The" and not the.is_sent_start and not before.is_space and not before.is_quote \
                and (before.text in (",", ";", "(") or before.text.islower()):
            with_the.add(n.canonical)
    for n in named:
        if n.canonical in with_the and n.label in ("ORG", "OUTLET"):
            _link(n, "The " + n.canonical, n.label, "the_in_name")


# ------------------------------------------------------------------ shorter forms

def _heads(named: list[Named]) -> None:
    """"Grommet" in a headline before "Grommet Technologies" in the body: an organisation's
    first words met before its full name (a short form met after it is linked as it is read,
    nlp/entities.py) go by the one longer name of the text they open, when the longer name adds
    only words of a company's name ("Technologies", "Labs", "Inc") and the gazetteer knows
    neither."""
    from nlp.entities import CORP_LEGAL, WORDS

    suffixes = WORDS["org_suffixes"] | CORP_LEGAL
    first = {}
    for n in named:
        first.setdefault(n.canonical, n.ent.start)
    longer_of: dict[str, set[str]] = {}
    for o in first:
        words = o.split()
        for k in range(1, len(words)):
            if all(w.lower().strip(".,") in suffixes for w in words[k:]):
                longer_of.setdefault(" ".join(words[:k]), set()).add(o)
    for n in named:
        targets = longer_of.get(n.canonical, set())
        if n.ent.kb_id_ or n.label not in ORGISH or len(targets) != 1:
            continue
        target = next(iter(targets))
        full = next(m for m in named if m.canonical == target)
        if full.ent.kb_id_ or full.label not in ORGISH or first[n.canonical] > first[target]:
            continue
        _link(n, target, full.label, "head_of_name")


def _tails(named: list[Named]) -> None:
    """"Media Europe" -> "News Media Europe": two words or more that end exactly one longer
    organisation name of the text."""
    names = {n.canonical for n in named if n.label in ORGISH}
    for n in named:
        words = n.canonical.split()
        if n.ent.kb_id_ or n.label not in ORGISH or len(words) < 2:
            continue
        # after a name's word, not a small one: "Regional Court" is no tail of "Chamber of the
        # Regional Court"
        longer = {o for o in names if len(o.split()) > len(words) and o.split()[-len(words):] == words
                  and o.split()[-len(words) - 1][:1].isupper() and o.split()[-len(words) - 1].lower() != "the"}
        if len(longer) == 1:
            target = next(iter(longer))
            _link(n, target, next(m.label for m in named if m.canonical == target), "tail_of_name")
