"""A quote with no attribution of its own, right after a reported or mixed statement in the
same paragraph: the same speaker (rule ``attribution.carried_from_statement``).

News writes a person's paraphrase and then their own words with nothing between: 'He claims
that the copies "may or may not" resemble the originals. "However, they are copies ..."'. The
quote finder carries a speaker only from the direct quote before (``quoted._carry``), because
reported statements are found after the quote marks are read; this pass runs once every
statement is known and carries from the statement that ends just before the quote, under the
guard made stricter: in the same paragraph (a quote opening the next paragraph may be anyone's;
a court's finding was once carried onto a quote whose broken marks hid its own speaker) and no
other person named in between.
"""

from __future__ import annotations

from bisect import bisect_right

from nlp.attribution.context import Context
from nlp.attribution.record import Quote

RULE = "attribution.carried_from_statement"


def carried_from_statements(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` in reading order; an unattributed direct quote takes the speaker of the
    statement just before it (the list is changed in place and returned)."""
    if not ctx.on(RULE):
        return quotes
    for before, q in zip(quotes, quotes[1:]):
        if q.kind != "direct" or q.cue is not None or (q.speaker is not None and q.speaker.name):
            continue
        if before.kind == "direct" or before.speaker is None or not before.speaker.name \
                or before.end > q.start or not _nothing_between(ctx, before, q):
            continue
        q.speaker = before.speaker
        q.rules.append(RULE)
        q.set_cue(before.cue, before.cue_lemma)
    return quotes


def _nothing_between(ctx: Context, before: Quote, q: Quote) -> bool:
    """The same paragraph and no other person named between the two statements."""
    if "\n" in ctx.text[before.end:q.start]:
        return False
    lo = bisect_right(ctx.mention_pos, before.end - 1)
    hi = bisect_right(ctx.mention_pos, q.start)
    return not any(e.end_char <= q.start and e.label_ == "PERSON"
                   and ctx.canonical(e) != before.speaker.name for e in ctx.mentions[lo:hi])
