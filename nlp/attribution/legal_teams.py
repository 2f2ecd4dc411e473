"""Whose words "the Ledger's legal team" says: the client's, as "the Ledger's lawyers" are.

Court coverage names a party's counsel by a collective with a legal modifier ("the authors'
legal team", "Ellison's legal team", "the defence team for Orrin Labs") as often as by "lawyers".
The role rules (roles.py) know "lawyers", "counsel", "attorneys"; "team" is no role noun, so
such a subject found no one and the statement kept its words, with no party, in three writers'
sets, whose READMEs agree that an unnamed lawyer of X speaks for X (a NAMED lawyer stays the
speaker: that is a name, read before any role). Rule ``speaker.legal_team``: a team noun with
a legal modifier (nlp/data/role_kinds.yml ``legal_team_nouns``, ``legal_team_modifiers``), owned ("X's") or for someone ("for
X"), is read as "X's counsel" by the role rules; never a bare "the legal team", whose owner the
phrase does not give. Cost: a word-set test on the subject token only.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "speaker.legal_team"
_OWNER_PREPS = frozenset({"for", "representing", "of"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    d = word_lists("role_kinds.yml")
    return d["legal_team_nouns"], d["legal_team_modifiers"]


def _owner(c: Token) -> bool:
    """A child that says whose the team is: "X's" (a possessive, or a name the parser hung on
    as a modifier before its apostrophe, "the Ledger’s legal team"), "for X", "representing X"."""
    if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
        return True
    nxt = c.nbor(1) if c.i + 1 < len(c.doc) else None
    return c.dep_ == "nmod" and nxt is not None and nxt.text in ("'", "’", "'s", "’s")


class _AsCounsel:
    """The subject's word forms (speakers.Words) with the team read as "counsel"."""

    def __init__(self, w):
        self._w, self.lemma, self.lower = w, "counsel", "counsel"

    def __getattr__(self, name):
        return getattr(self._w, name)


def legal_team(ctx: Context, tok: Token, pos: int, w):
    """"The Ledger's legal team said", "the legal team for the authors argued": the client."""
    nouns, modifiers = _words()
    if w.lemma not in nouns or not any(c.dep_ in ("amod", "compound") and c.lower_ in modifiers
                                       for c in tok.children) or not ctx.on(RULE):
        return None
    if not any(_owner(c) for c in tok.children):
        return None  # "the legal team said": whose, the phrase does not say
    from nlp.attribution.roles import role_for_org

    return role_for_org(ctx, tok, pos, _AsCounsel(w))  # the chain adds this rule's name
