"""A given name no list holds, right before a one-word name the model tagged: "Tarvik Vantor".

The small model often tags only the surname of a person it does not know ("Vantor", and as a
place or an organisation), and ``candidates.widen`` takes a word before it into the name only
when that word is a listed given name (or the name ends in a firm's suffix). The person's full
name is then lost, and the surname alone is typed by the verbs around it, often as an
organisation. Rule ``unlisted_given_name`` (``nlp/data/entity_rules.yml``): a word right before a
one-word name, that the parser calls a proper noun in compound with it, written with one capital
and then lower-case letters, that is no English word (``nlp.lexicon.english_words``), no title,
office, person's or organisation's noun and no place, is that name's first word. Then the
surname's later mentions join the full name (``grouping``: ``surname_of_full_name``). Counted on
the six readable AI-IP sets and PolNeAR dev 150: 4 names widened, all right (one of them only in
part: a middle name taken for the given one); the 33 words the filter keeps out are titles ("President",
"Judge"), English words ("News", "Working") and run-together page text.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.words import TypeWords, given, place_kinds


def _unlisted_given(t, w: TypeWords, english: frozenset[str]) -> bool:
    low = t.lower_
    return (t.is_alpha and len(t.text) >= 3 and t.text[0].isupper() and t.text[1:].islower()
            and t.pos_ == "PROPN" and not given(t) and low not in english
            and not any(low in s for s in (w.titles, w.person_nouns, w.office_nouns, w.org_nouns,
                                           w.not_names, w.org_suffixes))
            and low not in place_kinds())


def unlisted_given_names(cands: list, ent_at: dict, w: TypeWords, english: frozenset[str],
                         rule) -> tuple[list, list[Span]]:
    """(the candidates with each one-word name widened over its unlisted given name, the
    widened spans, to trace)."""
    if rule is None or not english:
        return cands, []
    out, widened = [], []
    for c in cands:
        if c is not None and len(c) == 1 and c.start > 0 and not c.kb_id_:
            t = c.doc[c.start - 1]
            if c.start - 1 not in ent_at and t.dep_ == "compound" and t.head.i == c.start \
                    and _unlisted_given(t, w, english):
                c = Span(c.doc, c.start - 1, c.end, label=c.label_)
                widened.append(c)
        out.append(c)
    return out, widened
