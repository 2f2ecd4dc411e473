""""An association official said", "a ministry spokesperson said": the organisation of that kind
the text named, not the last organisation named.

``Context.org_in`` reads "a company spokesperson" as the last organisation named (the company
being whichever the text speaks of). For a noun that names a kind of organisation other than a
company (``membership`` and ``public_body`` of ``party_kinds.yml``: association, union, guild,
ministry, committee ...) the last name is often something else entirely ("revise the Copyright
Law ... an association official said"); the organisation whose own name has the noun ("Japan
Newspaper Publishers and Editors Association") is the one meant, as "the association said"
already reads (``org.named_like``). Rule ``org.compound_named_like``; with no such name, the
last organisation as before.
"""

from __future__ import annotations

from spacy.tokens import Span

RULE = "org.compound_named_like"
KINDS = ("membership", "public_body")


def named_of_kind(ctx, noun: str, pos: int) -> Span | None:
    """The last organisation before ``pos`` whose name has ``noun``, when the noun names a
    kind of organisation other than a company; else None."""
    from nlp.attribution.topic import _kinds

    if not ctx.on(RULE) or _kinds().get(noun) not in KINDS:
        return None
    found = ctx.named_like(noun, pos)
    if found is not None:
        ctx.standing.setdefault("org_kind_named", set()).add(found.start)
    return found
