"""A definite role noun the text used before with its party: "The three Percepta executives
said ... The executives have also asked the judge ...".

News introduces a role with its party once ("Percepta AI executives", "lawyers for Orrin", "an
Orrin spokesperson") and then drops the party ("the executives", "the lawyers", "the
spokesperson"). With no party in its own phrase, ``roles.role_for_org`` took the last
organisation named, which in dispute coverage is as often the other side ("deny Grommet's
request" right before "The executives"): the worst error. The same noun with a definite article
stands for the party it was introduced with (rule ``role.same_noun_before``): the nearest earlier
phrase with that noun and a name in it. When earlier phrases give the noun to two different
parties ("Orrin's lawyers ... Tessaly's lawyers ... the lawyers"), the noun says nothing and
the rule stays out (today's reading goes on).

Cost: a walk back over the tokens before the subject, only for a definite role noun with no
party in its phrase.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context

RULE = "role.same_noun_before"
DEFINITE = {"the", "these", "those"}


def _named_in(ctx: Context, t: Token) -> Span | None:
    """The party named inside the phrase of ``t`` (not one a possessive pronoun resolves to
    elsewhere)."""
    ent = ctx.org_in(t)
    if ent is None or not (t.left_edge.i <= ent.start and ent.end - 1 <= t.right_edge.i):
        return None
    return ent


def same_noun_before(ctx: Context, tok: Token, lemma: str) -> Span | None:
    """The party the nearest earlier phrase with the noun ``lemma`` names, when no earlier
    phrase with it names another; None otherwise."""
    if not ctx.on(RULE) or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        return None
    found, names = None, set()
    for t in reversed(ctx.doc[: tok.i]):
        if t.lemma_.lower() != lemma or ctx.in_quote[t.i] or t.pos_ != "NOUN":
            continue
        ent = _named_in(ctx, t)
        if ent is None:
            continue
        names.add(ctx.canonical(ent))
        found = found or ent
    return found if len(names) == 1 else None
