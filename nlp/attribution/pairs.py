"""Who a pair or a quantified group stands for, when it stayed silent: "both declined", "Neither
company responded", "The two companies did not respond", "None of the companies responded".

"both" and "neither" refer to the two parties just named: the last coordination that holds a
name, in the sentence or the one before ("reps for both A and the B estate, and both
declined": ``nocomment.both``), else the two sides of the last act between two parties ("A
sued B on Monday. Neither company responded": ``nocomment.pair_of_parties``). "None of the
companies" is the companies (read by the group rules).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.estates import estate_of_name, estates_listed
from nlp.attribution.groups import KIND_LABELS, coordinated, group_kind

Who = tuple[str, str | None, tuple[str, ...]]
SUBJECTS = ("nsubj", "nsubjpass", "expl")
PAIR = ("both", "neither")  # "both declined", "Neither company responded"
QUANTIFIERS = ("none", "neither", "both", "all", "each", "one")  # "None of the companies"


def party(ctx: Context, ent: Span) -> tuple[str, str]:
    """The name and label of who a listed name stands for: an estate for "the Tenney estate"."""
    estate = estate_of_name(ctx, ent)
    return (estate, "ORG") if estate is not None else (ctx.canonical(ent), ent.label_)


def quantified(subj: Token) -> Token:
    """"None of the companies", "Neither of the labels": the group the quantifier picks from
    (its "of" object); the subject itself otherwise."""
    if subj.lower_ not in QUANTIFIERS:
        return subj
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ in ("NNS", "NNPS"):
                return obj
    return subj


def _is_pair(subj: Token) -> bool:
    return subj.lower_ in PAIR or any(
        c.dep_ in ("det", "predet", "nummod", "preconj") and c.lower_ in (*PAIR, "two") for c in subj.children)


def both(ctx: Context, subj: Token | None, sent: Span) -> list[Who]:
    """Each of the pair a "both"/"neither"/"the two" subject names (module docstring)."""
    if subj is None or subj.dep_ not in SUBJECTS or subj.i in ctx.ent_of or not ctx.on("nocomment.both"):
        return []
    rules: tuple[str, ...] = ()
    if not _is_pair(subj):  # "Neither Orrin nor ..." names its own pair
        subj = _pair_for_role(ctx, subj)
        if subj is None:
            return []
        rules = ("nocomment.both_for_role",)
    return [(n, label, (*rules, *r)) for n, label, r in _pair(ctx, subj, sent)]


def _pair_for_role(ctx: Context, subj: Token) -> Token | None:
    """"Representatives for both sides", "Lawyers for the two companies": the pair a role
    noun speaks for, read as the subject itself would be (``nocomment.both_for_role``)."""
    if subj.lemma_.lower() not in ctx.cues.role_nouns and subj.lower_ not in ctx.cues.spokes_nouns \
            or not ctx.on("nocomment.both_for_role"):
        return None
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in ctx.cues.role_preps:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.i not in ctx.ent_of and _is_pair(obj):
                return obj
    return None


def _pair(ctx: Context, subj: Token, sent: Span) -> list[Who]:
    lo = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    if subj.lemma_.lower() in ctx.cues.side_nouns and ctx.on("nocomment.both_sides"):
        sides = _pair_of_parties(ctx, subj, lo, listed=True)
        if sides:  # "A and B sued C. Both sides declined": A, B and C, not A and B
            return [(n, label, ("nocomment.both_sides", *r)) for n, label, r in sides]
    for e in reversed([e for e in ctx.mentions if lo <= e.start < subj.i]):
        if e.label_ in SPEAKER_LABELS and (e.root.dep_ == "conj" or e.root.conjuncts):
            return [(*party(ctx, m), ("nocomment.both",)) for m in coordinated(ctx, e)] \
                + [(name, label, ("nocomment.both", "speaker.estate")) for name, label in estates_listed(ctx, e)]
    return _pair_of_parties(ctx, subj, lo)


def _pair_of_parties(ctx: Context, subj: Token, lo: int, listed: bool = False) -> list[Who]:
    """"Halvard sued Quillon on Monday. Neither company responded": the subject and the object
    of the last verb before, in the sentence or the one before, whose subject and object are
    both names of parties (``nocomment.pair_of_parties``). ``listed``: each side with the names
    listed with it ("both sides" of "A and B sued C" are A, B and C)."""
    if not ctx.on("nocomment.pair_of_parties"):
        return []
    for v in reversed(ctx.doc[lo:subj.i]):
        if v.pos_ != "VERB":
            continue
        sides = [ctx.ent_of.get(c.i) for c in v.children if c.dep_ in ("nsubj", "dobj")]
        sides = [e for e in sides if e is not None and e.label_ in SPEAKER_LABELS]
        if len(sides) == 2 and ctx.canonical(sides[0]) != ctx.canonical(sides[1]):
            sides = sorted(sides, key=lambda e: e.start)
            if listed:
                sides = [m for e in sides for m in coordinated(ctx, e)]
            return [(*party(ctx, e), ("nocomment.pair_of_parties",)) for e in sides]
    return []


def group_as_sides(ctx: Context, tok: Token, sent: Span) -> list[Who]:
    """"Tessaly sued Orrin Labs on Monday. The companies (or lawyers for the companies) did not
    respond": a definite plural the
    group rules found no list for is the two sides of the last act between parties just before,
    when both are of the group's kind (``nocomment.group_as_sides``); else no one."""
    if group_kind(ctx, tok) is None:  # "Lawyers for the companies": the group the role speaks for
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ctx.cues.role_preps
                    for g in c.children if g.dep_ == "pobj"), tok)
    kind = group_kind(ctx, tok)
    if kind is None or any(c.lower_ == "other" for c in tok.children) or not ctx.on("nocomment.group_as_sides"):
        return []
    lo = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    sides = _pair_of_parties(ctx, tok, lo, listed=True)
    if not sides or any(label not in KIND_LABELS[kind] for _, label, _ in sides):
        return []
    return [(n, label, ("nocomment.group_as_sides", *r)) for n, label, r in sides]
