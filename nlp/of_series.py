"""Rule ``body_name_series`` (nlp/data/name_links.yml): "Ministry of Culture, Sports and Tourism" is one name.

A public body named for several fields ("Ministry of Culture, Sports and Tourism", "Department
for Digital, Culture, Media and Sport") has commas in its name; the model stops at the first
comma and tags the next word as an organisation of its own ("Sports"), so a statement "an
official explained" after it goes to "Sports". A name "<body word> of/for X" followed by
", Y" ... "and Z", where every one of Y ... Z is a capitalised ordinary English word (no name of
its own: "Department of Justice, Google and Meta" stays three), runs on to Z.
Body words: ``public_body`` of ``nlp/data/party_kinds.yml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.extensions import trace
from nlp.lexicon import is_english_title_word, word_lists

RULE = "body_name_series"
LINKS = ("of", "for")


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return frozenset(word_lists("party_kinds.yml")["public_body"])


def _field(doc: Doc, i: int, english: frozenset[str], gazetteer) -> bool:
    t = doc[i]
    return t.is_alpha and t.text[:1].isupper() and is_english_title_word(t, english) and gazetteer.lookup(t.text) is None


def series_end(doc: Doc, ent: Span, english: frozenset[str], gazetteer) -> int | None:
    """The end of the whole name when ``ent`` is a body's name cut at a comma of its series."""
    if ent.label_ != "ORG" or len(ent) < 3 or not english:
        return None
    words = [t.lower_ for t in ent]
    link = next((k for k, x in enumerate(words) if x in LINKS and k), None)
    if link is None or words[link - 1] not in _body_words() or link != len(ent) - 2:
        return None
    j = ent.end
    while j + 1 < len(doc) and doc[j].text == "," and _field(doc, j + 1, english, gazetteer):
        j += 2
        if j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and _field(doc, j + 1, english, gazetteer):
            end = j + 2
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start \
                    and nxt.pos_ not in ("VERB", "AUX"):  # "... and Tourism Distributes" (a headline)
                return None  # the series runs into another name
            return end
    return None


def join_series(doc: Doc, english: frozenset[str], gazetteer, disabled: frozenset[str] = frozenset()) -> list:
    """Rewrite ``doc.ents`` with every cut body name whole; the spans rewritten."""
    if RULE in disabled:
        return []
    ents, changed = list(doc.ents), []
    for ent in ents:
        end = series_end(doc, ent, english, gazetteer)
        if end is not None:
            changed.append((ent.start, end))
    if changed:
        whole = [Span(doc, a, b, label="ORG") for a, b in changed]
        rest = [e for e in ents if not any(a <= e.start < b for a, b in changed)]
        doc.ents = filter_spans(whole + rest)
        for e in whole:
            trace(doc, "canonical", e.start_char, e.end_char, "ORG", [RULE])
    return changed
