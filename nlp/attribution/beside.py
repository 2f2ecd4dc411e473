"""A verb right beside a direct quote's marks is its cue, whatever the verb.

"“You can stop there, that was perfect,” beamed director Mara Ellison." "The founder further
elaborated, “It would help if ...”". Only verbs of ``cues.yml`` are cues, and a quote whose
sentence holds none is given to whoever spoke before (the sentence or the quote before): the
wrong party, when the text names its own speaker with a verb the list lacks ("beams",
"applauds", "elaborated", "elucidates"). English puts a verb right after a quote that ends with
a comma ("“...,” VERB X"; the parser may tag it a participle, "beamed director X") or right
before a comma or colon that opens one ("X VERB, “...”") only to attribute it, so that
position, not the word, makes it the cue (rule ``attribution.verb_beside_quote``). Read only when the quote's sentences hold no listed cue;
the verb needs a subject the subject rules find (``subjects.py``), else nothing is decided.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment
from nlp.attribution.subjects import subject_of

RULE = "attribution.verb_beside_quote"
FINITE = ("VBD", "VBZ", "VBP")
ENDS = (",", "!", "?")


def _verb(ctx: Context, t: Token | None, tags: tuple[str, ...] = FINITE) -> bool:
    return t is not None and t.pos_ == "VERB" and t.tag_ in tags and not ctx.in_quote[t.i] \
        and subject_of(ctx, t) is not None


def verb_beside_quote(ctx: Context, seg: Segment, sents: list[Span]) -> list[Token]:
    """The verb right after "...,”" or right before ", “...", as the quote's cue."""
    if not ctx.on(RULE) or not sents:
        return []
    doc = ctx.doc
    first, last = sents[0].start, min(sents[-1].end + 2, len(doc))
    after = next((t for t in doc[first:last] if t.idx >= seg.close and not t.is_space), None)
    if ctx.text[seg.start:seg.close - 1].rstrip()[-1:] in ENDS and _verb(ctx, after, (*FINITE, "VBN")):  # mark excluded
        return [after]
    before = [t for t in doc[first:last] if t.idx < seg.open and not t.is_space]
    if len(before) >= 2 and before[-1].text in (",", ":") and _verb(ctx, before[-2]) \
            and not any(c.dep_ in ("dobj", "ccomp") for c in before[-2].children):
        return [before[-2]]
    return []
