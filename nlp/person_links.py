"""Names of one article that stand for a person: a role or title written into a name, and a
given name written apart from its surname.

Part of the name links of nlp/name_links.py (rules in ``nlp/data/name_links.yml``, traced
under component "canonical"), kept here because people's names go wrong in their own ways:
the model takes a title or a description into the name it stands before ("Calder News
President", "Plaintiffs Rafe Lindgren"), calls a role a name ("Orrin's former Global Affairs
President ... said"), or tags a given name and a surname apart ("Anselm" and "Thornquist", "Ada"
in a headline above "Ada Brill"). Each rule links only when the name it links to is the only
one it can be.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from nlp.extensions import doc_text, trace
from nlp.lexicon import fold, person_given_names, word_lists
from nlp.name_links import ORGISH, TRACE, LinkWords, Named, _link, _plain, link_words

TITLES = word_lists("entity_types.yml")["titles"]


def role_title_trimmed(ent: Span, disabled: frozenset[str] = frozenset()) -> str | None:
    """"Kyodo News President" before "Toshimitsu Sawai": the organisation's name without the
    title, or None. Asked by the canonicaliser before it names the organisation, so a later
    "Kyodo News" is not taken for a short form of the titled name."""
    doc = ent.doc
    if "role_title_before_name" in disabled or len(ent) < 2 or ent[-1].lower_ not in link_words().role_titles \
            or ent.end >= len(doc) or doc[ent.end].ent_type_ != "PERSON":
        return None
    k = len(ent) - 1
    while k > 0 and ent[k - 1].lower_ in link_words().role_titles:
        k -= 1  # "Chief Executive"
    if k == 0:
        return None
    trace(doc, TRACE, ent.start_char, ent.end_char, ent.label_, ["role_title_before_name"])
    return _plain(ent[:k].text)


def role_word_trimmed(ent: Span, disabled: frozenset[str] = frozenset()) -> str | None:
    """Rule ``role_word_before_name``: "Plaintiffs Mac Pierce, ...", "Advocates Ankit Lohia
    argued", "nonprofit Common Crawl": a description the model took into the name it stands
    before. The word is one of ``lead_role_words``, lower-case, or capitalised only because
    it opens the sentence; the name is what follows it. Not when the text writes the whole
    span capitalised elsewhere in mid-sentence (then the word belongs to the name: "Artists
    Rights Guild"). Rule ``function_word_before_name``: the same for a conjunction or "both"
    opening the sentence ("Both Ellison and Sage say", ``opening_function_words``)."""
    if len(ent) < 2:
        return None
    low = ent[0].lower_
    if low in link_words().lead_role_words and "role_word_before_name" not in disabled:
        return _lead_word_trimmed(ent, "role_word_before_name")
    if low in link_words().opening_words and "function_word_before_name" not in disabled:
        return _lead_word_trimmed(ent, "function_word_before_name")
    return None


def _lead_word_trimmed(ent: Span, rule: str) -> str | None:
    """The span without its first word, when that word is lower-case or capitalised only by the
    sentence's start, and the words after it are capitalised (a name)."""
    first, doc = ent[0], ent.doc
    if not all(t.text[:1].isupper() for t in ent[1:]):
        return None
    opens = first.i == 0 or first.is_sent_start or doc[first.i - 1].is_space or doc[first.i - 1].is_quote
    if first.text[:1].isupper() and not opens:
        return None
    text = doc_text(doc)
    at = text.find(ent.text)
    while at != -1:
        tok = doc.char_span(at, at + len(first.text))
        if tok is not None and tok.start != first.i and not (tok[0].is_sent_start or tok.start == 0):
            return None  # written so in mid-sentence: a name of its own
        at = text.find(ent.text, at + 1)
    trace(doc, TRACE, ent.start_char, ent.end_char, ent.label_, [rule])
    return _plain(ent[1:].text)


def roles_as_names(doc: Doc, named: list[Named], w: LinkWords) -> None:
    """"Orrin's former Global Affairs President ... said": the person named last in the
    sentence or the one before, when the role is a subject and no name follows it."""
    for i, n in enumerate(named):
        e = n.ent
        if n.linked or e.kb_id_ or n.label not in ("ORG", "PRODUCT") or e[-1].lower_ not in w.role_titles \
                or e.root.dep_ not in ("nsubj", "nsubjpass") \
                or e.end < len(doc) and doc[e.end].ent_type_ == "PERSON":
            continue
        sent = e.sent
        prev = doc[sent.start - 1].sent if sent.start > 0 else sent
        person = next((m for m in reversed(named[:i]) if m.label == "PERSON" and m.ent.start >= prev.start), None)
        if person is not None:
            _link(n, person.canonical, "PERSON", "role_as_name")


# ------------------------------------------------------------------ given names

def _given_name_before(t, w: LinkWords, english: frozenset[str], known_only: bool) -> bool:
    """A word that reads as a given name left out of the name after it: capitalised, a proper
    noun to the tagger, not a title or a description, and a known given name or (before a
    name the model calls a person) no English word ("Tarvik"), untagged or tagged alone."""
    if not (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.pos_ == "PROPN"):
        return False
    low = t.lower_
    if low in w.role_titles or low in w.lead_role_words or low in w.function_words or low in TITLES:
        return False
    alone = t.ent_iob_ == "O" or t.ent_iob_ == "B" and t.ent_type_ == "PERSON" \
        and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")  # not "January" (a date)
    return alone and (fold(low) in person_given_names()
                      or not known_only and bool(english) and low not in english)


def given_names_before(doc: Doc, named: list[Named], w: LinkWords, english: frozenset[str]) -> None:
    """Rule ``given_name_before_surname``: "Tarvik Vantor is one of the few ... Vantor said",
    where the model tagged "Vantor" alone (or "Orlan" and "Tessik" apart): a one-word
    person's name right after a word that reads as a given name is that full name, and so is
    every mention of it, when only one such given name is written before it. Not the
    gazetteer's names, nor a name a link already decided."""
    words: dict[str, set[str]] = defaultdict(set)
    given_ent: dict[str, list[Named]] = defaultdict(list)
    by_start = {n.ent.start: n for n in named}
    for n in named:
        e = n.ent
        if len(e) != 1 or e.kb_id_ or n.linked or n.label not in ("PERSON", "ORG") or " " in n.canonical \
                or e.start == 0 or doc[e.start - 1].whitespace_ != " ":
            continue
        t = doc[e.start - 1]
        if _given_name_before(t, w, english, known_only=n.label != "PERSON"):
            words[n.canonical].add(t.text)
            if t.i in by_start:
                given_ent[n.canonical].append(by_start[t.i])
    for surname, givens in words.items():
        if len(givens) != 1:
            continue
        full = f"{next(iter(givens))} {surname}"
        for n in named:
            if n.canonical == surname and not n.linked or n in given_ent[surname]:
                _link(n, full, "PERSON", "given_name_before_surname")


def given_names(doc: Doc, named: list[Named], w: LinkWords) -> None:
    """"Elton" -> "Elton John" wherever in the text the full name is (a headline often comes
    first); not when two full names, or a full name and an organisation, start with it."""
    people: dict[str, set[str]] = defaultdict(set)
    org_first: set[str] = set()
    for n in named:
        words = n.canonical.split()
        if len(words) < 2 or len(n.ent) < 2:
            continue
        if n.label == "PERSON":
            people[words[0].lower()].add(n.canonical)
        elif n.label in ORGISH | {"PRODUCT"}:
            org_first.add(words[0].lower())
    if not people:
        return
    for n in named:
        if len(n.ent) != 1 or n.ent.kb_id_ or n.label not in w.given_name_labels:
            continue
        word = _plain(n.ent.text).lower()
        full = people.get(word, ())
        if len(full) == 1 and word not in org_first:
            target = next(iter(full))
            if target != n.canonical:
                _link(n, target, "PERSON", "given_name_of_full_name")


# ------------------------------------------------------------------ a surname before its full name

def surnames_before_full_name(doc: Doc, named: list[Named]) -> None:
    """Rule ``surname_before_full_name``: "..., notes Marchbank. ... according to Ottoline
    Marchbank": a headline, a lede or a rewritten page names a person by surname before the full
    name. The canonicaliser joins a surname only to a full name met before it, so the surname was
    a party of its own that took the person's statements. Linked when exactly one full name of the
    text ends with it, no organisation's name has it as a word ("Pollock Cohen LLP" before "Steve
    Cohen": "Cohen" may be the firm), and it is not the end of a longer capitalised run."""
    from nlp.gazetteer import normalise
    from nlp.name_forms import name_words

    full: dict[str, set[str]] = defaultdict(set)
    org_words: set[str] = set()
    for n in named:
        words = n.canonical.split()
        if n.label == "PERSON" and len(words) >= 2:
            full[name_words(normalise(n.canonical))[-1]].add(n.canonical)
        elif n.label in ORGISH | {"PRODUCT"}:
            org_words.update(normalise(n.canonical).split())
    for n in named:
        e = n.ent
        if n.label != "PERSON" or len(e) != 1 or e.kb_id_ or n.linked or " " in n.canonical:
            continue
        key = normalise(n.canonical)
        names = full.get(key, set())
        if len(names) != 1 or key in org_words:
            continue
        before = doc[e.start - 1] if e.start > 0 else None
        if before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start:
            continue  # "Pollock Cohen": the last word of a name the model cut
        _link(n, next(iter(names)), "PERSON", "surname_before_full_name")
