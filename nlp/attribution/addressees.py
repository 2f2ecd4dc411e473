"""'In a memo sent to the House Select Committee on Trade, the Ada Vell-led company claimed':
the body a document was sent to is no candidate for "the company".

``speakers.org_anaphor`` takes the organisation that acted last, and ``org.name_says_other_kind``
rejects it when its name says another kind of party (a committee is no company); the words were
then kept as written, though the company is plain from the text before ("facing accusations
from Orrin Labs"). A rejected name that stands, in the anaphor's own sentence and before it, as
the object of a preposition or of a verb (whom something was sent, told or shown) is an
addressee: it is left out and the organisation that acted last before it is looked for once
more, under the same kind check (rule ``org.addressee_skipped``). A rejected name that was a
subject, or stands in another sentence, still keeps the words as written ("the company said"
after "the Arts Alliance said").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context

RULE = "org.addressee_skipped"
ADDRESSEE_DEPS = ("pobj", "dobj", "dative", "iobj")


def addressee(ctx: Context, tok: Token, org: Span) -> bool:
    """``org`` is an object in ``tok``'s sentence, before it: a body addressed, not a speaker."""
    return ctx.on(RULE) and org.sent.start == tok.sent.start and org.end <= tok.i \
        and org.root.dep_ in ADDRESSEE_DEPS
