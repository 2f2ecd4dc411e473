"""A reported clause must begin at a word's beginning (rule ``statement.not_inside_word``).

The parser sometimes splits a hyphenated verb and hangs its pieces on the cue ("announced
plans to co-develop a platform": "-" read as a clause of "announced", "develop" as another).
The "clause" then starts inside a word ("-develop a platform ..."): no reported clause starts
there, the cue's object is a noun phrase ("plans"), and nothing was stated.
"""

from __future__ import annotations

from nlp.attribution.context import Context

RULE = "statement.not_inside_word"


def inside_word(ctx: Context, start: int) -> bool:
    """True when text[start:] opens inside a word: a hyphen or a letter glued to the letter
    before it ("co|-develop", "co-|develop")."""
    if not ctx.on(RULE) or start <= 0 or start >= len(ctx.text):
        return False
    before, first = ctx.text[start - 1], ctx.text[start]
    if first in "-‐‑" and before.isalnum():
        return True
    return first.isalnum() and before in "-‐‑" and start >= 2 and ctx.text[start - 2].isalnum()
