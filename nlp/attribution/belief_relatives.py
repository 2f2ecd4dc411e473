"""A belief mentioned in passing is no statement: "a condition he believes is unmet", "tools
such as Quillpad, which she believed flattened literary styles", "three principles they believe
AI firms must follow", "a job for which he believed he was recording samples".

Rule ``statement.belief_in_passing``. A verb of holding an opinion (``beliefs.yml``) heading a
relative clause describes the noun the clause hangs on; the writer names someone's view of it in
passing, and nobody is reported as saying anything. Counted over the readable real sets
(session 18): five such relative clauses in five writers' sets (dev18, dev19, dev23, dev25,
dev32), none annotated; "believe" as a main clause's verb ("GEMA believes these titles were
copied") is annotated seven times of eight, and stays a statement. Other cues in relative
clauses ("images it says were made with Orrin's tool", "which they allege were clones") report
speech and stay too.

Cheap: only statements whose cue is a belief verb are looked at; the cue is found among the few
words before the statement.
"""

from __future__ import annotations

from nlp.attribution.context import Context
from nlp.attribution.record import Quote
from nlp.lexicon import word_lists

RULE = "statement.belief_in_passing"
CUE_WINDOW = 8  # words between the cue and the statement's first word ("believes that the ...")


def _cue_token(ctx: Context, q: Quote):
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    for t in reversed(ctx.doc[max(span.sent.start, span.start - CUE_WINDOW): span.start]):
        if t.lower_ == (q.cue or "").lower():
            return t
    return None


def without_beliefs_in_passing(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Without statements whose cue is a belief verb heading a relative clause (see the module)."""
    if not ctx.on(RULE):
        return quotes
    verbs = word_lists("beliefs.yml")["belief_verbs"]
    out = []
    for q in quotes:
        if (q.cue_lemma or "").lower() in verbs:
            cue = _cue_token(ctx, q)
            if cue is not None and cue.dep_ == "relcl":
                continue
        out.append(q)
    return out
