"""A cue verb in the passive with no agent is no one's act of speech: "the “late-stage
theory” should be rejected ..., Orrin Labs said", "the claims were dismissed". When a quoted
fragment is (inside) the subject of such a verb, the fragment is what the verb is about, and the
cue that reports it is the next one up ("said"): ``attribution.passive_cue_passed``. A passive
with its agent ("was rejected by the court") is still that agent's act.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "attribution.passive_cue_passed"


def passive_unspoken(ctx: Context, cue: Token, inside: Token) -> bool:
    """Whether ``cue`` is a passive with no agent whose subject holds ``inside``."""
    if not ctx.on(RULE):
        return False
    kids = list(cue.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.left_edge.i <= inside.i <= subj.right_edge.i


def passed_over(ctx: Context, inside: Token, cue: Token) -> bool:
    """Whether a passive cue with no agent stood between ``inside`` and ``cue`` (for the trace)."""
    for anc in inside.ancestors:
        if anc.i == cue.i:
            return False
        if ctx.is_cue(anc) and passive_unspoken(ctx, anc, inside):
            return True
    return False
