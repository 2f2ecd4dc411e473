"""A plural that refers to one name of a list stands for the whole list: its first-named speaks.

Several statements by a list of parties are given to the list's first-named party (the
project's convention and the gold files'). The parser, though, often hangs a list on its LAST
name: "The voice actors, Tamsin Okafor and Mara Ellison, alleged" parses with "Mara Ellison" as
the apposition and "Tamsin Okafor" as a modifier inside it; "lawyers for the Harbor Ledger and
the Calder Gazette" makes the Gazette the object of "for". A rule that takes the one name the
parse offers then gives the list's statement to its second member. When the words that refer
to the name are plural ("the voice actors", "the plaintiffs' counsel"), they refer to the list,
and the list's first name is the speaker (``coordinated`` reads the list from the words).

Rules: ``speaker.role_list_first`` (a plural role noun with a list in apposition) and
``org.counsel_client_list`` (a plural owner of a lawyer noun whose client was a list).
Cost: one list read from the words around one name, only when such a rule has a name in hand.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context

ROLE_RULE, COUNSEL_RULE = "speaker.role_list_first", "org.counsel_client_list"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def first_of_list(ctx: Context, ent: Span, plural: Token, rule: str) -> Span | None:
    """The first-named of the list ``ent`` belongs to, when the word ``plural`` that referred to
    it is a plural noun and ``ent`` is not that first; else None."""
    if plural.tag_ not in PLURAL_TAGS or not ctx.on(rule):
        return None
    from nlp.attribution.group_members import coordinated

    members = coordinated(ctx, ent)
    first = members[0]
    if len(members) < 2 or first.start == ent.start or first.label_ != ent.label_:
        return None
    return first
