"""A quote that opens in lower case right after its cue and runs to the sentence's end (issue
12, session 20: recall on real AI-IP coverage).

"The suit alleges “a pattern of copying has run through the firm from its first day.”",
"..., adding “our letters are finally being read”.", "Vexa was quoted stating “that the Ledger
had printed the figures first.”", "citing that “no archive can be valued in advance.”": the
words in marks are the speaker's own, a whole clause, though they open in lower case (the
writer's sentence carries on into them), so ``statement.direct_sentence`` (which asks for a
capital) and the mixed pass (which asks for the reported clause to start outside the marks)
both leave them. Counted over the seven readable sets of session 20: six such quotes, all
annotated as direct quotes (aiip-dev35 twice, dev3132b once, dev33b three times), none left
out.

Rule ``statement.cue_then_quote``, read only when no other reading made a statement of the
quote: a quote of six words or more, with a finite verb of its own, whose opening mark follows
a cue verb (or the cue verb and "that") with nothing between, and whose closing mark ends the
sentence; the speaker is found as for any direct quote.
"""

from __future__ import annotations

import re

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD, Segment

RULE = "statement.cue_then_quote"
MIN_WORDS = 6
SENTENCE_END = re.compile(r"[”\"’']?\s*[.!?]")  # '...”.' (a quote ending in "." is checked apart)


def cue_then_quote(ctx: Context, seg: Segment) -> bool:
    """The quote ``seg`` opens right after its cue and closes the sentence (see the module)."""
    from nlp.attribution.edges import FINITE  # (edges.py imports quoted.py, which imports this)
    if not ctx.on(RULE) or len(WORD.findall(ctx.text[seg.start:seg.end])) < MIN_WORDS \
            or not ctx.text[seg.start:seg.start + 1].islower():
        return False
    span = ctx.doc.char_span(seg.start, seg.end, alignment_mode="expand")
    mark = ctx.doc.char_span(seg.open, seg.open + 1, alignment_mode="expand")
    if span is None or mark is None or mark.start == 0 \
            or not any(t.tag_ in FINITE or t.pos_ == "AUX" for t in span):
        return False
    prev = ctx.doc[mark.start - 1]
    if prev.lower_ == "that" and prev.i > 0:
        prev = ctx.doc[prev.i - 1]
    if prev.pos_ != "VERB" or not ctx.is_cue(prev) or "\n" in ctx.text[prev.idx:seg.open]:
        return False
    tail = ctx.text[seg.end:min(len(ctx.text), seg.close + 3)]
    return bool(SENTENCE_END.match(tail)) or ctx.text[seg.end - 1:seg.end] in ".!?"
