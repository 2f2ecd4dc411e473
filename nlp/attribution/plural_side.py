"""A definite plural speaks for the one side of the dispute that is a group of its kind.

"Orrin Studios, Calder Pictures and Skyreach Films sued Tessaly ... characters including Captain
Wren from Harbour Nights, Pip from The Lanterns ... 'X,' the companies state in their complaint."
``group.last_list`` took the last list of names before "the companies" (the characters, the
outlets of "according to Kitewire, the Ledger and Plumbline reports", the backers of "Tessaly, which
is backed by Mara Dunne and Calder Bank"): whatever list the text named last, however it named it.
Lists in passing are common in real coverage and the rules that skip them one shape at a time
(``group_lists.py``) never see the next shape. What the whole article says is steadier: the
dispute has two sides (who sued, who was sued: ``suit_parties.py``), and "the studios", "the
companies", "the publishers" are the side that is a group of that kind. So when exactly one
side is a list of two or more names, most of the noun's kind (organisations for "the
companies", persons for "the authors"), that side is the group; when both sides are such
lists, or neither, the last list decides as before. Rule ``group.plural_side``; it is read
after the rules that read the group's own phrase or a list introduced with its noun, and
before ``group.last_list``. Cost: the two sides, read once per document and kept.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.group_members import KIND_LABELS

RULE = "group.plural_side"


def _fits(ctx: Context, members: list[Span], labels: set[str], exclude: set[str]) -> bool:
    return len(members) >= 2 and 2 * sum(m.label_ in labels for m in members) > len(members) \
        and not {ctx.canonical(m) for m in members} & exclude


def plural_side(ctx: Context, tok: Token, kind: str, exclude: set[str]) -> list[Span] | None:
    """The members of the one side of the article's dispute that is a list of ``kind``, when
    exactly one is; else None. Sides named only after ``tok`` are not read (the plural refers
    back)."""
    if not ctx.on(RULE):
        return None
    from nlp.attribution.suit_parties import defendants, plaintiffs

    labels = KIND_LABELS[kind]
    found = plaintiffs(ctx)
    sides = [found[0] if found else [], defendants(ctx)]
    fit = [s for s in sides if _fits(ctx, s, labels, exclude) and s[0].start_char < tok.idx]
    return fit[0] if len(fit) == 1 else None
