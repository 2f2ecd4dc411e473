"""Who moved in the case: the party that filed a motion, or asked the court to dismiss.

"Defendants A and B moved to dismiss a lawsuit filed by two developers ... “...,” the motion
to dismiss said": the motion is A's, the first named of those who moved. The look-back that
gave a motion with no owner to the party that spoke just before (``motions.filer``) gave it to
the outlet that reported the case, or to the plaintiffs, whose words the article set against
the motion. The text usually says who moved, with a verb of filing whose object is a motion or
a brief, or a verb of asking whose aim is a dismissal or a transfer ("asked the court to
dismiss", "sought dismissal"); that party is who filed the motion (``document.movant``).

Who moved is also never who sued: "A and B said in their filing that the plaintiffs failed to
state a claim" names the defence, not the plaintiff a later "the complaint reads" speaks for
(``plaintiff.movant_not_plaintiff``, in suit_parties.py). Read once per document, only at the
few tokens whose lemma is one of those verbs.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.lexicon import lemma_positions, word_lists

RULE, NOT_PLAINTIFF = "document.movant", "plaintiff.movant_not_plaintiff"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_lists("role_kinds.yml")


def movants(ctx: Context) -> list[Span]:
    """The parties named as moving in the case, the first such verb's, in the order named."""
    if "movants" not in ctx.standing:
        ctx.standing["movants"] = _read(ctx)
    return ctx.standing["movants"]


def _read(ctx: Context) -> list[Span]:
    from nlp.attribution.group_members import named_parties
    from nlp.attribution.suit_parties import controller_subject

    w = _words()
    verbs = frozenset(ctx.cues.filing_verbs) | w["motion_request_verbs"]
    for i in lemma_positions(ctx.doc, verbs):
        t = ctx.doc[i]
        # a headline's verb may be tagged a noun ("A, B ask court to dismiss"): its subject says
        if (t.pos_ != "VERB" and t.dep_ != "ROOT") or ctx.in_quote[i] or not _moves(ctx, t):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"] or controller_subject(ctx, t)
        for s in subj:
            # "defendants A and B moved": the role word may be parsed as the head of the names
            named = [s] + ([c for c in s.children if c.i in ctx.ent_of]
                           if s.lower_ in w["party_role_nouns"] else [])
            for n in named:
                members = [m for m in named_parties(ctx, n) if m.label_ in ORG_LABELS | {"PERSON"}]
                if members:
                    return members
    return []


def _moves(ctx: Context, verb: Token) -> bool:
    """"filed a motion", "moved to dismiss", "asked the court to dismiss", "sought dismissal"."""
    w, lemma = _words(), verb.lemma_.lower()
    kinds = ctx.cues.document_speakers
    if lemma in ctx.cues.filing_verbs:
        return any(c.dep_ == "dobj" and kinds.get(c.lemma_.lower()) == "filer" for c in verb.children)
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in w["motion_aim_verbs"]
               or c.dep_ == "dobj" and c.lemma_.lower() in w["motion_aim_nouns"] for c in verb.children)


def movant(ctx: Context, tok: Token):
    """(speaker, label, rules) of a motion or brief with no owner of its own: the first named of
    those who moved (rule ``document.movant``); None when the text names no one moving."""
    if not ctx.on(RULE):
        return None
    found = movants(ctx)
    if not found:
        return None
    return ctx.canonical(found[0]), found[0].label_, (RULE,)


def moved(ctx: Context, members: list[Span]) -> bool:
    """True when one of ``members`` is among who moved (rule ``plaintiff.movant_not_plaintiff``)."""
    if not members or not ctx.on(NOT_PLAINTIFF):
        return False
    names = {ctx.canonical(m) for m in movants(ctx)}
    return any(ctx.canonical(m) in names for m in members)
