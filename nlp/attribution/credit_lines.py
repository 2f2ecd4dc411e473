"""``attribution.credit_line``: a quote set as its own paragraph, with its source on the line
under it: "“We will appeal.”\\nDr. Mara Ellison, Orrin Labs".

Web pages print pull quotes and block quotes this way: the quote alone in its paragraph, then
a credit line that is not a sentence, a name with at most an honorific before it and a
description after a comma ("Orrin Labs, in its reply to the motion"). No cue verb says who
spoke, so such a quote had no speaker at all. The credit line is the page's own attribution;
it is read only for a quote no other rule gave a speaker, and only when the line is a caption
(no finite verb: "Orrin Labs filed its reply" is the next sentence of the story, not a credit)
and the name opens it and is followed by nothing or a comma ("Orrin Labs' response", a
subheading, is no credit).
"""

from __future__ import annotations

from bisect import bisect_left

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment
from nlp.attribution.record import Speaker

HONORIFICS = {"dr.", "dr", "prof.", "professor", "sir", "dame", "mr.", "ms.", "mrs.", "mr", "ms", "mrs"}
DASHES = " \t—–-"
MAX_LINE = 120  # characters: a credit, not a paragraph
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def credit_line(ctx: Context, seg: Segment) -> Speaker | None:
    """The party a quote paragraph's credit line names, if the line under it is one."""
    if not ctx.on("attribution.credit_line"):
        return None
    text = ctx.text
    before = text[:seg.open].rstrip(" \t")
    if before and not before.endswith("\n"):
        return None  # the quote does not open its paragraph
    rest = text[seg.close:]
    gap = len(rest) - len(rest.lstrip(" \t\n"))
    if "\n" not in rest[:gap] or rest[:gap].count("\n") > 2:
        return None  # the quote does not end its paragraph, or the line is further away
    start = seg.close + gap
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > MAX_LINE:
        return None
    k = bisect_left(ctx.mention_pos, start)
    if k >= len(ctx.mentions) or ctx.mentions[k].start_char >= end:
        return None
    ent = ctx.mentions[k]
    prefix = text[start:ent.start_char].strip(DASHES).lower()
    if prefix and prefix not in HONORIFICS:
        return None  # the name does not open the line
    after = text[ent.end_char:end].strip()
    if after and not after.startswith(","):
        return None  # "Orrin Labs' response": a subheading
    doc = ctx.doc
    i = ent.start
    while i < len(doc) and doc[i].idx < end:
        if doc[i].tag_ in FINITE_TAGS:
            return None  # a sentence of the story, not a caption
        i += 1
    return Speaker(ctx.canonical(ent), ent.label_, text[start:end].strip(DASHES), rules=())
