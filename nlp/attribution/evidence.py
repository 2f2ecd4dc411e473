"""Inference, not speech: "A closer look suggested that ...", "This evidence suggests that ...".

Verbs of inference (cues.yml ``inference_verbs``: suggest, indicate, show) report a party when
a party or its document is their subject ("The lawsuit indicates that", "Sources suggest
that", "A new report suggests that": real gold statements). With evidence itself as the
subject (cues.yml ``evidence_nouns``: evidence, a look, a sign, a pattern ...) the clause is
the writer's own reasoning, and no one said it; the real sets leave it out (issue 12,
aiip-dev8: two such extras). Rule ``cue.evidence_subject``; the subject's head decides, so "a
look by the Ledger" (an outlet named in the phrase) still counts as the outlet's report.
"""

from __future__ import annotations

from spacy.tokens import Token


def evidence_subject(ctx, t: Token) -> bool:
    """Whether cue ``t`` is an inference verb whose subject is evidence, not a party."""
    if t.lemma_.lower() not in ctx.cues.inference_verbs or not ctx.on("cue.evidence_subject"):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in ctx.cues.evidence_nouns:
        return False
    return not any(x.i in ctx.ent_of for x in subj.subtree)
