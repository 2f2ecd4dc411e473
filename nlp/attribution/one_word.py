"""A one-word quote that is someone's whole remark (issue 12, session 18; rule
``statement.one_word_remark``): "“Shameless,” the author wrote of the offer.", "“Never!” Mara
Ellison said." A quoted single capitalised word reads as a title ("Paper", "Lanterns") and one
word is too short for a standalone quote, so such a remark was dropped whole. How it is written
tells it apart: the quote opens its sentence, its own punctuation (a comma, "!" or "?") stands
inside the closing mark, and the words right after the mark are the attribution: a speech verb
within the next few words, before any other punctuation. A title in a list ('songs such as
“Yesterday,” “Help,” and ...') has no cue after it; a title before its verb ('“Yesterday”
topped the charts') has no punctuation inside its marks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.attribution.marks import WORD

if TYPE_CHECKING:
    from nlp.attribution.context import Context
    from nlp.attribution.marks import Segment

RULE = "statement.one_word_remark"
CUE_WITHIN = 4  # tokens after the closing mark: "the author wrote", "Mara Ellison told the Ledger"


def one_word_remark(ctx: "Context", seg: "Segment") -> bool:
    text = ctx.text
    inside = text[seg.start:seg.close].rstrip("\"”’'").rstrip()  # the content and its punctuation
    if inside[-1:] not in (",", "!", "?") or len(WORD.findall(inside)) != 1 or not ctx.on(RULE):
        return False
    line_start = text.rfind("\n", 0, seg.open) + 1
    before = text[line_start:seg.open].rstrip()
    if before and before[-1] not in ".!?\"”":
        return False  # inside a sentence: a title or a word in a list
    after = ctx.doc.char_span(seg.close, min(len(text), seg.close + 60), alignment_mode="expand")
    if after is None:
        return False
    for t in after[:CUE_WITHIN]:
        if ctx.in_quote[t.i] or t.is_punct:
            return False
        if ctx.is_cue(t):
            return True
    return False
