"""The passive subject of a verb of telling is who HEARD, never who spoke (issue 12, session
13; rule ``attribution.hearer_not_speaker``): "Ellison was told his voice would be used only for
a “research project,” while Sage was told ..., the lawsuit stated". Giving that statement to
Ellison puts the lawsuit's words in the mouth of the person they were said to, the worst error a
journalist can get. The speaker of such a cue is its agent ("was told by Orrin's recruiter"), or
the cue that reports the whole clause ("..., the lawsuit stated"), whose statement is then that
whole clause, hearer included; with neither, no one is named as having said it (``heard_only``
in notsaid.py says nothing then). Verbs in ``parse_misreads.yml`` ``hearer_verbs``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "attribution.hearer_not_speaker"
REPORTED_RULE = "attribution.hearer_clause_reported"


@lru_cache(maxsize=1)
def hearer_verbs() -> frozenset[str]:
    return word_lists("parse_misreads.yml")["hearer_verbs"]


def hearer_passive(ctx: Context, verb: Token) -> bool:
    """``verb`` is a verb of telling in the passive ("was told", "were assured"): its subject
    is the hearer."""
    return ctx.on(RULE) and verb.lemma_.lower() in hearer_verbs() \
        and any(c.dep_ == "auxpass" for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """The teller of a passive "was told by X": the agent's object."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def reporting_cue(ctx: Context, verb: Token) -> tuple[Token, Token] | None:
    """The cue that reports the clause of the hearer passive ``verb`` (", the lawsuit stated",
    "the lawsuit says X was told ..."), and the child of that cue holding ``verb`` (the
    reported clause). Climbs through clauses joined to it ("while Sage was told ...")."""
    t = verb
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in ("ccomp", "advcl", "conj", "parataxis"):
            return None
        up = t.head
        if ctx.is_cue(up) and not hearer_passive(ctx, up) \
                and up.lemma_.lower() in ctx.cues.report_verbs:
            return up, t
        t = up
    return None


def hearer_clause(ctx: Context, cue: Token) -> tuple[Token, Token] | bool | None:
    """For a quoted fragment whose cue is ``cue``: None when the cue is no hearer passive with
    no agent (nothing to change); else the cue that reports the clause and the clause (rule
    ``attribution.hearer_clause_reported``: the statement is the whole clause, hearer
    included, and its speaker that cue's subject), or False when no cue reports it."""
    if not hearer_passive(ctx, cue) or agent_of(cue) is not None:
        return None
    found = reporting_cue(ctx, cue) if ctx.on(REPORTED_RULE) else None
    return found if found is not None else False
