"""Words in marks that the sentence uses as a noun: a work listed with its author, a show or an
example named inside a phrase (issue 12, session 12: extras on real AI-IP coverage).

"the lyrics of nine songs, including “Nachtzug” by Ada Brill, “Über den Hafen” by
Rafe Lindgren and ...", "prompts like "Admiral Quell walking around the Star Fortress"", "former
star of Vexa’s “Good Evening, Calder with Anselm Thornquist”": nobody is quoted saying these.
Titles in Title Case are skipped already (``marks.title_skipped``), but a foreign title ("den",
"dass") or a long one in sentence case is not, and a capitalised stretch of six words reads as
a sentence of its own (``statement.direct_sentence``).

Rules:
- ``marks.work_credit``: a quote followed at once by "by" and a capitalised name, itself
  opening a list item (after "including", "such as", "like", a comma, "and", "(" or the
  sentence's start) and not ending on a participle ('was “blindsided” by Orrin' is a passive's
  agent): a work and its author.
- ``statement.quote_as_noun``: a capitalised quote in mid-sentence right after a possessive
  ("Vexa’s"), a preposition ("like", "of", "with", "including", "as") or an article ("a “...”
  short"): a phrase of the sentence,
  not a sentence quoted; it is not read as a direct quote (the sentence around it may still be
  a statement).
"""

from __future__ import annotations

import re

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment

WORK_CREDIT = "marks.work_credit"
QUOTE_AS_NOUN = "statement.quote_as_noun"

CREDIT_AFTER = re.compile(r"[ \t]+by[ \t]+(?!the\b)[A-Z]")
LIST_BEFORE = re.compile(r"(?:\b(?:including|such as|like|and|or)|[,(]|^)\s*$", re.IGNORECASE)
PARTICIPLE_END = re.compile(r"\b[a-z]+(?:ed|en)\W*$")
POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’])[ \t]*$")  # "Vexa’s “...”" (the tagger may miss the "’s")
NOUN_LEADS = {"like", "of", "with", "including", "about", "for", "as"}
# session 18: an article before the opening mark makes the quote a name inside a noun phrase
# ('a “Ten Storms in a Minute” short'); "as" names what a thing was taken for
# ('identified the answers as “I am Orrin, made by Vexa.”')
ARTICLES = {"a", "an", "the"}


def work_credit(ctx: Context, seg: Segment) -> bool:
    """'including “Über den Hafen” by Rafe Lindgren': the name of a work with its author."""
    if not ctx.on(WORK_CREDIT) or not CREDIT_AFTER.match(ctx.text, seg.close):
        return False
    line_start = ctx.text.rfind("\n", 0, seg.open) + 1
    before = ctx.text[max(line_start, seg.open - 30):seg.open]
    return bool(LIST_BEFORE.search(before)) and not PARTICIPLE_END.search(ctx.text[seg.start:seg.end])


def quote_as_noun(ctx: Context, seg: Segment) -> bool:
    """'prompts like "Admiral Quell walking ..."', 'Vexa’s “Good Evening, Calder ...”': a quote
    the token before its opening mark makes a phrase of the sentence."""
    if not ctx.on(QUOTE_AS_NOUN):
        return False
    span = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = ctx.doc[span.start - 1]
    if span.start == span.sent.start and (prev.is_space or prev.text in (".", "!", "?", ":")):
        return False  # a quote opening its own sentence (the parser may also split at a title)
    possessive = POSSESSIVE_BEFORE.search(ctx.text, max(0, seg.open - 6), seg.open) is not None
    return possessive or prev.lower_ in NOUN_LEADS and prev.pos_ in ("ADP", "SCONJ") \
        or prev.lower_ in ARTICLES and prev.pos_ == "DET"  # 'a “Lord of ... seconds” short' 
