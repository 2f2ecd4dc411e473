"""A party named in a list speaks with the list: its first-named member, never its last.

"Halvard, Tarrow Bros. Studios, and Moonrail Pictures accuse Vexa of building what they
call ...": the parser hangs the list on its first name and makes only the last name the verb's
subject, so the last name looks like the one party that acted, and it is the nearest. But the
text named the parties together; a statement of the group is the first-named member's (the
convention of the gold files and of ``groups.coordinated``).

- ``pronoun.they_list_member``: "they" after a list whose member acted last is the list, not
  that member alone (``groups.they_for`` otherwise prefers a single organisation that acted
  after the list began).
- ``plaintiff.accuser_first_listed``: the accuser the article's own wording names
  (``nlp.sides``), when it stands in such a list, is read from the list's first name; unless
  that first name is on the accused side (then the list is no side of its own).

Cost: the list of one mention (``groups.coordinated``), only where a rule asks.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.attribution.context import Context

THEY_RULE = "pronoun.they_list_member"
ACCUSER_RULE = "plaintiff.accuser_first_listed"


def member_of(ctx: Context, single: Span | None, members: list[Span]) -> bool:
    """``single`` is one of the list ``members`` (so it is no party apart from them)."""
    return single is not None and len(members) > 1 and ctx.on(THEY_RULE) \
        and any(m.start == single.start for m in members)


def first_listed(ctx: Context, ent: Span, accused: set[str]) -> Span | None:
    """The first name of the list ``ent`` stands in, when it is not ``ent`` and not accused."""
    from nlp.attribution.groups import coordinated

    if not ctx.on(ACCUSER_RULE):
        return None
    members = coordinated(ctx, ent)
    first = members[0]
    if first.start == ent.start or any(ctx.canonical(m) in accused for m in members):
        return None
    return first
