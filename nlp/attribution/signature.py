"""A quote signed after a dash: "“...” — Mara Ellison, Quill co-founder" (issue 12, session 10).

Pull quotes, quotes set apart in a list and social posts quoted in full are signed the way a
letter is: the closing mark, a dash, and the speaker's name, on the same line. The quote's own
sentence then holds no cue, and the look-backs that come next (the sentence before's subject,
the quote before's speaker) handed such quotes to whoever was named before (the worst error: a
statement in the wrong mouth). The signature is the text saying who spoke, so it comes first
(rule ``attribution.dash_signature``). Only the characters right after the closing mark are
read, and the entity there is found in the context's sorted mention positions.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment
from nlp.attribution.record import Speaker

# the closing mark, then spaces, a dash (em, en, or a spaced hyphen) and spaces: the name follows
DASH = re.compile(r"[ \t]*(?:—|–|--| - )[ \t]*")
LABELS = ("PERSON", "ORG", "OUTLET")


def dash_signature(ctx: Context, seg: Segment) -> Speaker | None:
    """The named person or organisation that signs the quote after a dash, on its line."""
    if not ctx.on("attribution.dash_signature"):
        return None
    m = DASH.match(ctx.text, seg.close, min(len(ctx.text), seg.close + 8))
    if m is None:
        return None
    i = bisect_left(ctx.mention_pos, m.end())
    if i >= len(ctx.mentions) or ctx.mention_pos[i] != m.end():
        return None
    ent = ctx.mentions[i]
    if ent.label_ not in LABELS or ctx.in_quote[ent.root.i]:
        return None
    role = _role_after(ctx, ent.end_char)
    return Speaker(ctx.canonical(ent), ent.label_, ent.text, role)


def _role_after(ctx: Context, end: int) -> str | None:
    """"— Mara Ellison, Quill co-founder": the words after the comma, to the line's end."""
    line_end = ctx.text.find("\n", end)
    rest = ctx.text[end: line_end if line_end != -1 else min(len(ctx.text), end + 80)]
    if not rest.startswith(", "):
        return None
    role = rest[2:].strip().rstrip(".")
    return role if 0 < len(role) <= 60 else None
