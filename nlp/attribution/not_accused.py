"""Never the accused: who an article accuses, and the speakers a description may not be.

"the group said" after "Publishers threatened action against Orrin" is not Orrin; an unowned
report is not the accused party's because the accused was named last. ``accused`` reads the
parties sued and the accused side the article's wording names, once per document; the speaker
rule ``speaker.collective_not_accused`` (coref.py) and ``standing.py`` ask here.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.attribution.context import ORG_LABELS, Context


def accused(ctx: Context) -> frozenset[str]:
    """Who the article accuses: the parties sued ("sued A and B") and the accused side the
    article's own wording names (``nlp.sides``). Read once per document."""
    if "accused" not in ctx.standing:
        from nlp.attribution.suit_parties import defendants
        from nlp.sides import infer_dispute

        names = {ctx.canonical(e) for e in defendants(ctx)}
        d = infer_dispute(ctx.doc) or {}
        names |= {p["entity"] for p in d.get("parties", []) if p["role"] == "accused"}
        ctx.standing["accused"] = frozenset(names)
    return ctx.standing["accused"]


def list_not_accused(ctx: Context, pos: int, exclude: set[str]) -> list[Span] | None:
    """"the companies - including Tolvane, Quellmont and Harlow - claim ... Orrin ... the
    group said": the last list of parties named before, none of them accused nor named in the
    group's own clause, is the group (its first-named member speaks, as for ``group_for``)."""
    from nlp.attribution.groups import all_groups

    if not ctx.on("group.list_not_accused"):
        return None
    bad = accused(ctx) | set(exclude)
    for members in reversed(all_groups(ctx)):
        if members[0].start_char < pos and not any(ctx.canonical(m) in bad for m in members) \
                and any(m.label_ in ORG_LABELS for m in members):
            return members
    return None


def document_not_accused(ctx: Context, name: str) -> bool:
    """A report or a statement whose owner is unknown is not the accused party's because the
    accused was named last ("a document seen by X says the alliance accused Orrin")."""
    return name in accused(ctx) and ctx.on("document.not_the_accused")
