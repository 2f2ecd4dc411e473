"""A suit's party written as an organisation noun ("the start-up"), for the side votes.

Real coverage names a party once and then writes "the AI search startup" or "the company":
"The Ledger sent a letter to Vexa Labs' chief, accusing the AI search start-up of ...". The
side votes (nlp/side_votes.py) read the parties of
a suit's words by their entities; such a party was left out, so the article placed no one and
the party's own denials fell to "other". Here the entity lookup the votes use answers, for a
definite singular organisation noun (words in ``nlp/data/sides.yml``, ``party_anaphors``; not
"it", nor a plural: on the real sets both gave parties wrongly), with
the organisation named last before it in the same or the two sentences before, as "the
company" is read elsewhere (the last subject of its kind). Only the tokens the votes ask
about are resolved (a suit's subject or object): no pass over the document.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from spacy.tokens import Doc

ORG_LABELS = ("ORG",)


class PartyLookup(Mapping):
    """token index -> entity, like the plain map, plus an organisation noun's referent."""

    def __init__(self, doc: Doc, ent_of: dict, ents: list, nouns: frozenset[str]):
        self.doc, self.ent_of, self.nouns = doc, ent_of, nouns
        self.orgs = [e for e in ents if e.label_ in ORG_LABELS]
        self.ends = [e.end for e in self.orgs]
        self.memo: dict[int, object] = {}

    def _resolve(self, i: int):
        if i in self.memo:
            return self.memo[i]
        t, out = self.doc[i], None
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children) and \
            not any(c.dep_ == "poss" for c in t.children)
        if t.tag_ == "NN" and t.lemma_.lower() in self.nouns and definite:  # ("the companies": several)
            k = bisect_right(self.ends, i) - 1
            sent = t.sent
            floor = sent.start
            for _ in range(2):  # the same sentence or the two before
                if floor > 0:
                    floor = self.doc[floor - 1].sent.start
            if k >= 0 and self.orgs[k].start >= floor:
                out = self.orgs[k]
        self.memo[i] = out
        return out

    def __getitem__(self, i: int):
        e = self.ent_of.get(i)
        if e is None:
            e = self._resolve(i)
        if e is None:
            raise KeyError(i)
        return e

    def __contains__(self, i) -> bool:
        return i in self.ent_of or self._resolve(i) is not None

    def __iter__(self):
        return iter(self.ent_of)

    def __len__(self) -> int:
        return len(self.ent_of)
