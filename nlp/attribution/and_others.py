"""A group named by its list: "Tessaly, Orrin Labs and other companies ... the companies".

"A, B and other companies" says that A and B are companies of the group the sentence speaks of;
a later "the companies" (or "representatives for the companies") stands for those it named,
A and B (``group.and_other``). The noun must be the group's own ("other companies" for "the
companies"): "A, B and other defendants" says nothing about "the publishers". A comma alone
makes no list elsewhere ("Unlike A, B ..."), but "and other Ns" closes one. "A, B and others"
names no noun (``group.and_others_bare``): two names or more, all of the group noun's kind. A list of names
given after it ("sued A, B, C and new defendant D") is the group's newer naming and wins.

Read only where the word "other" is (``lemma_positions``), nearest before the group first.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.attribution.context import Context
from nlp.lexicon import lemma_positions

RULE = "group.and_other"
BARE_RULE = "group.and_others_bare"
OTHER = frozenset({"other"})
LABELS = {"PERSON", "ORG", "OUTLET"}


def and_other_list(ctx: Context, lemma: str, pos: int, exclude: set[str]) -> list[Span] | None:
    """The names listed before the last "and other <lemma>s" that stands before ``pos``; None
    when there is none (or it names one of ``exclude``)."""
    if not ctx.on(RULE):
        return None
    doc = ctx.doc
    for i in reversed(lemma_positions(doc, OTHER)):
        other = doc[i]
        if other.idx >= pos or i < 2 or ctx.in_quote[i]:
            continue
        bare = other.lower_ == "others" and ctx.on(BARE_RULE)  # "Nikkei, Asahi and others"
        if not bare and (other.head.lemma_.lower() != lemma or other.head.i < i):
            continue  # "other companies", "other AI companies"; not "each other"
        if doc[i - 1].lower_ not in ("and", "or"):
            continue
        members = _listed_before(ctx, i - 1)
        if bare and (len(members) < 2 or not _of_kind(ctx, members, lemma)):
            continue
        if not members or {ctx.canonical(m) for m in members} & exclude or _listed_since(ctx, other.idx, pos):
            return None  # a fuller list named since ("A, B, C and D") is the group's (group.last_list)
        ctx.standing["and_others_bare"] = bare  # which of the two rules named the list
        return members
    return None


def _of_kind(ctx: Context, members: list[Span], lemma: str) -> bool:
    """"A, B and others" names no noun: the group's noun must fit every name (organisations for
    "the newspapers", people for "the authors")."""
    from nlp.attribution.groups import KIND_LABELS

    kind = ctx.cues.group_nouns.get(lemma)
    return kind is not None and all(m.label_ in KIND_LABELS[kind] for m in members)


def _listed_since(ctx: Context, start: int, pos: int) -> bool:
    from nlp.attribution.groups import all_groups

    return any(start < m[0].start_char < pos for m in all_groups(ctx))


def _listed_before(ctx: Context, conj: int) -> list[Span]:
    """The names right before the conjunction at ``conj``, separated by commas: "A, B and"."""
    doc, members = ctx.doc, []
    k = conj
    if k > 0 and doc[k - 1].text == ",":
        k -= 1
    while k > 0:
        ent = ctx.ent_of.get(k - 1)
        if ent is None or ent.label_ not in LABELS or ent.end != k:
            break
        members.insert(0, ent)
        k = ent.start
        if k > 0 and doc[k - 1].lower_ == "the":  # "the Harbor Ledger, the Calder Gazette and"
            k -= 1
        if k > 0 and doc[k - 1].text == ",":
            k -= 1
        else:
            break
    return members


