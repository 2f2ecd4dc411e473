"""The suit's sides as the whole article tells them, when the first filing names no one.

``suit_parties.plaintiffs`` takes the first "X sued", "filed by X", "plaintiff X"; its
``defendants`` the object of a suing verb or "a lawsuit against X". Real coverage often opens on
an unnamed filer ("A coalition of eight daily newspapers have sued X", "the lawsuit filed
against X by a group of music publishers") and names the parties later in other ways. Then
"the publishers", "the defendants", "the complaint" stayed as written although the article
says who they are. This module reads those other ways, over the whole article:

* ``plaintiff.side_from``: "a lawsuit from A and B to proceed", "a complaint by A": a suit
  document's own "from"/"by"; and "a request from A, B and C to stop X", a request's maker,
  only when the defendants are known and it is none of them.
* ``plaintiff.side_apposition``: "The publishers — A, B, C — are ...": the dashed list after a
  definite plural of a party noun, when the defendants are known and it names none of them.
* ``defendants.side_title``: "defendants A and B moved to dismiss": names the title precedes.
* ``defendants.side_filed_against``: "The lawsuit, filed against X": "against" on a filing verb
  (the existing reader reads it on a case noun only); "two entities of the X group" is X.

A side is resolved only when exactly one distinct list of names is found for it and that list
shares no name with the other side; two lists, or an overlap, leave it unresolved
as a wrong party is the worst error. Words are data
(``nlp/data/article_sides.yml``). Cost: nothing where the existing readers name the parties
(this is asked only when they found no one); else one look-up of a few word sets' positions.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.attribution.group_members import coordinated, named_parties
from nlp.lexicon import lower_positions, word_lists

FROM, APPOS = "plaintiff.side_from", "plaintiff.side_apposition"
TITLE, AGAINST = "defendants.side_title", "defendants.side_filed_against"
PARTIES = ORG_LABELS | {"PERSON"}


class Words(NamedTuple):
    suit_nouns: frozenset[str]
    request_nouns: frozenset[str]
    from_preps: frozenset[str]
    against_verbs: frozenset[str]
    apposition_marks: frozenset[str]
    part_nouns: frozenset[str]


@lru_cache(maxsize=1)
def words() -> Words:
    return Words(**word_lists("article_sides.yml"))


def _parties(ctx: Context, tok: Token | None) -> list[Span]:
    if tok is None:
        return []
    found = [m for m in named_parties(ctx, tok) if m.label_ in PARTIES]
    if not found and tok.lemma_.lower() in words().part_nouns:  # "two entities of the X group"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                found = [m for m in named_parties(ctx, obj) if m.label_ in PARTIES] or [
                    ctx.ent_of[c.i] for c in obj.children
                    if c.dep_ == "compound" and c.i in ctx.ent_of and ctx.ent_of[c.i].label_ in PARTIES][:1]
    return found


def _names(ctx: Context, members) -> frozenset[str]:
    return frozenset(ctx.canonical(m) for m in members)


def _read(ctx: Context) -> dict[str, list]:
    """Every candidate list of the article, by shape (read once per document)."""
    if "article_sides" in ctx.standing:
        return ctx.standing["article_sides"]
    w, doc = words(), ctx.doc
    out: dict[str, list] = {FROM: [], "request": [], APPOS: [], TITLE: [], AGAINST: []}
    for i in lower_positions(doc, w.from_preps) if ctx.on(FROM) else ():
        prep = doc[i]
        noun = prep.head.lemma_.lower()
        if ctx.in_quote[i] or prep.head.pos_ != "NOUN":
            continue
        members = _parties(ctx, next((c for c in prep.children if c.dep_ == "pobj"), None))
        if members and noun in w.suit_nouns:
            out[FROM].append(members)
        elif members and noun in w.request_nouns and prep.lower_ == "from":
            out["request"].append(members)
    if ctx.on(APPOS):
        from nlp.attribution.groups import group_kind

        for i in lower_positions(doc, w.apposition_marks):
            if i == 0 or ctx.in_quote[i] or group_kind(ctx, doc[i - 1]) is None:
                continue
            ent = ctx.ent_of.get(i + 1)
            if ent is None and i + 2 < len(doc) and doc[i + 1].lower_ == "the":
                ent = ctx.ent_of.get(i + 2)  # "— the Ledger, A and B —"
            if ent is not None and ent.label_ in PARTIES:
                members = coordinated(ctx, ent)
                if len(members) >= 2:
                    out[APPOS].append((doc[i - 1].lemma_.lower(), members))
    for i in lower_positions(doc, frozenset(ctx.cues.defendant_nouns)) if ctx.on(TITLE) else ():
        ent = ctx.ent_of.get(i + 1)
        if ent is not None and ent.start == i + 1 and ent.label_ in PARTIES and not ctx.in_quote[i]:
            out[TITLE].append(coordinated(ctx, ent))
    for i in lower_positions(doc, frozenset({"against"})) if ctx.on(AGAINST) else ():
        head = doc[i].head
        if ctx.in_quote[i] or head.pos_ != "VERB" or head.lemma_.lower() not in w.against_verbs:
            continue
        members = _parties(ctx, next((c for c in doc[i].children if c.dep_ == "pobj"), None))
        if members:
            out[AGAINST].append(members)
    ctx.standing["article_sides"] = out
    return out


def _one(ctx: Context, found: list[tuple[list[Span], str]], other: frozenset[str]) -> tuple[list[Span], str] | None:
    """The one distinct list (by its names) of ``found`` that names no one of ``other``."""
    distinct: dict[frozenset[str], tuple[list[Span], str]] = {}
    for members, rule in found:
        distinct.setdefault(_names(ctx, members), (members, rule))
    if len(distinct) != 1:
        return None  # two lists for one side: either may be it
    (names, (members, rule)), = distinct.items()
    return None if names & other else (members, rule)


def side_defendants(ctx: Context) -> list[Span]:
    """Who was sued, from a title or "filed against", when the defendant reader found no one
    (``defendants.side_title``, ``defendants.side_filed_against``); [] unless exactly one list."""
    cands = _read(ctx)
    found = [(m, TITLE) for m in cands[TITLE]] + [(m, AGAINST) for m in cands[AGAINST]]
    if not found:
        return []
    plaintiffs = ctx.standing.get("plaintiff") or ()
    other = _names(ctx, plaintiffs[0]) if plaintiffs else frozenset()
    other |= frozenset().union(*(_names(ctx, m) for m in cands[FROM])) if cands[FROM] else frozenset()
    one = _one(ctx, found, other)
    if one is None:
        return []
    ctx.standing["defendants_side_rule"] = one[1]
    return one[0]


def side_plaintiffs(ctx: Context, sued: list[Span]):
    """Who sued, read from the article's other ways of naming them (module docstring), when the
    plaintiff reader found no named filer; None unless exactly one list. ``sued``: the
    defendants known (the defendant reader's, or ``side_defendants``)."""
    cands = _read(ctx)
    against = _names(ctx, sued)
    found = [(m, FROM) for m in cands[FROM]]
    if against:
        found += [(m, FROM) for m in cands["request"] if not _names(ctx, m) & against]
        filer_nouns = ctx.standing.get("unnamed_filers", frozenset())
        # "three novelists suing X ... the three novelists — A, B": the filer's own noun is
        # group.named_later's (group_named.py); another party noun is read here
        found += [(m, APPOS) for noun, m in cands[APPOS]
                  if noun not in filer_nouns and not _names(ctx, m) & against]
    if not found:
        return None
    one = _one(ctx, found, against)
    if one is None:
        return None
    # the nouns of the unnamed filer ("a group of music publishers") describe the side named
    unnamed = ctx.standing.get("unnamed_filers", frozenset())
    if unnamed:
        ctx.standing["unnamed_filer_nouns"] = unnamed
    return one[0], one[1], unnamed
