"""A sentence that says a party did NOT comment introduces no quote.

"A representative for Tessaly did not immediately return an email seeking comment. The backlash
prompted users such as Mara Ellison to write: “...”": the quote has no cue of its own, and
``attribution.sentence_before`` took the subject of the sentence before (the silent
representative, so Tessaly), then ``attribution.carried_from_previous`` the speaker of the quote
before that. A party the text has just said stayed silent is the one party the next quote cannot
be from; the quotes before the silence are another block. Over the read real sets a quote right
after a no-comment sentence came from someone else in every case (dev24, dev29, dev32, devr).

Rule ``attribution.before_silent_not_speaking``: when the sentence before a quote with no cue
holds a no-comment phrase (``no_comment`` in cues.yml, the phrases nocomments.py reads), neither
that sentence's subject nor the speaker of the quote before speaks it: the quote keeps no party
(a statement with no party is better than one in the mouth of the party that said nothing).
Cost: the no-comment patterns run over one sentence, only for a quote no cue attributes.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.attribution.context import Context

RULE = "attribution.before_silent_not_speaking"


def silent(ctx: Context, sent: Span) -> bool:
    """Whether ``sent`` (outside quote marks) says someone did not comment."""
    if not ctx.on(RULE) or any(ctx.in_quote[t.i] for t in sent):
        return False
    text = sent.text
    return any(p.search(text) for _, p in ctx.cues.no_comment)
