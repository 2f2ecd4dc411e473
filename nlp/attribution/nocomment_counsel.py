"""An unnamed lawyer's no-comment is the client's: "Corvane's lawyers at Carrow & Finch LLP did
not respond", "The publishers' attorney declined to comment".

The outlet asked the party; its lawyers answered (or did not) for it, and what the reader needs
is that the party gave no comment. The readers of the subject took the firm the lawyers work at
("at Carrow & Finch") and left the client out, or found no party for a group's lawyer ("the
publishers' attorney"). When the subject is an advocate noun (``advocate_nouns`` of
role_kinds.yml) with an owner ("Corvane's", "the publishers'"), the no-comment goes to the owner:
the named party, or each member of the group a definite plural stands for
(``nocomment.counsel_client``). "His lawyers" is left to the speaker rules (which read the
pronoun already), and so is "lawyers for X" (named_in_subject reads the "for").

A NAMED lawyer ("Simon Achterberg, Kestrow's lawyer, did not respond") is left alone: the
writers disagree (one keeps the person, one gives the client), and the person is what the text
says. So is a spokesperson.

Cost: a look at the subject's children, once per no-comment phrase.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.groups import coordinated, group_for, group_kind
from nlp.attribution.pairs import party
from nlp.lexicon import word_lists

RULE = "nocomment.counsel_client"
_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


@lru_cache(maxsize=1)
def _advocates() -> frozenset[str]:
    return word_lists("role_kinds.yml")["advocate_nouns"]  # lawyers, counsel, attorney ...


def counsel_client(ctx: Context, subj: Token, pos: int) -> list[tuple] | None:
    """Each party whose advocate the subject is, as (name, label, rules); None when the subject
    is no owned advocate noun (the other readers then go on)."""
    if not ctx.on(RULE):
        return None
    noun = _advocate_noun(ctx, subj)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    if owner is None or owner.lower_ in _PRONOUNS:
        return None
    ent = ctx.ent_of.get(owner.i)
    if ent is not None:
        if ent.label_ not in ("ORG", "PERSON"):
            return None
        return [(*party(ctx, e), (RULE,)) for e in coordinated(ctx, ent)]
    if group_kind(ctx, owner) is None:
        return None
    found = group_for(ctx, owner, pos, set())
    if not found:
        return None
    return [(ctx.canonical(m), m.label_, (RULE, "nocomment.group", *found[1:])) for m in found[0]]


def _advocate_noun(ctx: Context, subj: Token) -> Token | None:
    """The subject when it is an unnamed advocate noun ("Corvane's lawyers"); None otherwise."""
    return subj if subj.i not in ctx.ent_of and subj.lower_ in _advocates() else None
