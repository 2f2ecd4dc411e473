"""Whether the words after a headline's second cue name who speaks (rule
``headline.cue_first_needs_name``, issue 12 session 17).

``headline.cue_first`` reads "Robot has rights, says Velmar court" as <what>, <cue> <who>. The
same shape holds a headline whose two predicates share the headline's subject: "Orrin sues
Vexa over archive, alleges unfair copying", "Voice actors suing Orrin, say their voices were
cloned": the cue opens the second predicate and what follows it is what is alleged, not a
speaker (real headlines of five writers of the AI-IP sets have this shape; the first reading
gave the words before the comma as the statement and "unfair copying" as its speaker). A
speaker is a noun phrase, so the words after the cue are one only when they hold no verb and,
in a headline written in sentence case, start with a capital (a name, "The Ledger").

Cost: read only for a first line that the cue-first pattern matched (one per document at most).
"""

from __future__ import annotations

import re

from nlp.attribution.context import Context

RULE = "headline.cue_first_needs_name"


def names_speaker(ctx: Context, m: re.Match) -> bool:
    """True when the cue-first match's ``who`` can be a speaker (or the rule is off)."""
    if not ctx.on(RULE):
        return True
    start, end = m.span("who")
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False  # "..., Say Their Voices Were Cloned": a clause, what they say
    return ctx.text[start:start + 1].isupper() or ctx.text[start:start + 1].isdigit()
