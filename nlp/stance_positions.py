"""Where in a document the stance facts look, found once per document from its token arrays
(``nlp.lexicon``): a fact read for every statement need not make a Token of every word of
each statement to find the few it acts on."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

from nlp.lexicon import lemma_positions, lower_positions
from nlp.stance import Table

# document -> (its length, the table, the positions of its words that may be verbs of taking)
_TAKING_AT: "weakref.WeakKeyDictionary[Doc, tuple]" = weakref.WeakKeyDictionary()


def taking_positions(doc: Doc, table: Table) -> list[int]:
    """The tokens ``takers`` reads, in order, found once per document: those whose lemma is a
    verb of taking, and those written as a misread form (whose lemma the table corrects). Every
    other token ``takers`` passes over, and a statement holds some thirty: found from the lemma
    and lower-case arrays (``lexicon``), none of them is made a Token. Shared: never write."""
    got = _TAKING_AT.get(doc)
    if got is None or got[0] != len(doc) or got[1] is not table:
        at = set(lemma_positions(doc, table.taking_verbs))
        if table.misread_forms:
            at.update(lower_positions(doc, frozenset(table.misread_forms)))
        got = _TAKING_AT[doc] = (len(doc), table, sorted(at))
    return got[2]
