"""Who speaks for a motion or a brief, and for "the filing" once a motion has been named.

A motion or a brief (kind ``filer`` in cues.yml) is filed by either side, so no party follows
from the noun alone, and the last name before it is often the other side's ("argued that X had
failed to ..."; "The motion says"). In court coverage the motion is introduced by the lawyers
who argue it, so with no owner in its own phrase it speaks for the party that spoke just before,
unless that was the judge or the court, who rule on motions and never file them. "The filing"
after a motion is that motion, not the plaintiff's complaint the noun stands for elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.coref import previous_speaker

FILER_RULE = "document.filer_previous_speaker"
FILING_RULE = "document.filing_of_motion"


def filing_is_motion(ctx: Context, tok: Token) -> bool:
    """"In a motion filed on Thursday ... According to the filing, ...": a definite "filing"
    after a motion or a brief, outside quotes, is that document (rule ``document.filing_of_motion``)."""
    if tok.lemma_.lower() != "filing" or not ctx.on(FILING_RULE) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False
    kinds = ctx.cues.document_speakers
    return any(kinds.get(t.lemma_.lower()) == "filer" and t.pos_ == "NOUN" and not ctx.in_quote[t.i]
               for t in ctx.doc[: tok.i])


def filer(ctx: Context, tok: Token, judge_name: str | None):
    """The party that spoke just before a motion with no owner, never the judge or a court
    (rule ``document.filer_previous_speaker``); None when there is none."""
    if not ctx.on(FILER_RULE):
        return None
    said = previous_speaker(ctx, tok)
    if said is None or said.name is None or said.label == "COURT" or said.name == judge_name:
        return None
    return said.name, said.label, (FILER_RULE,)
