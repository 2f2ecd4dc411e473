"""An unnamed lawyer's no-comment is the client's: "Corvane's lawyers at Carrow & Finch LLP did
not respond", "The publishers' attorney declined to comment".

The outlet asked the party; its lawyers answered (or did not) for it, and what the reader needs
is that the party gave no comment. The readers of the subject took the firm the lawyers work at
("at Carrow & Finch") and left the client out, or found no party for a group's lawyer ("the
publishers' attorney"). When the subject is an advocate noun (``advocate_nouns`` of
role_kinds.yml) with an owner ("Corvane's", "the publishers'"), the no-comment goes to the owner:
the named party, or each member of the group a definite plural stands for
(``nocomment.counsel_client``). "His lawyers" is left to the speaker rules (which read the
pronoun already), and so is "lawyers for X" (named_in_subject reads the "for").

A NAMED lawyer ("Simon Achterberg, Kestrow's lawyer, did not respond") is left alone: the
writers disagree (one keeps the person, one gives the client), and the person is what the text
says. So is a spokesperson.

A role noun "for" a list holding an owned advocate noun ("Spokespeople for Orrin Labs and
Tessaly's lawyers at Carrow & Finch", whichever way the parser hangs the "and") names each name
of the list and each advocate's owner, not the firm the lawyers work at
(``nocomment.counsel_in_role``).

Cost: a look at the subject's children, once per no-comment phrase.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.groups import coordinated, group_for, group_kind
from nlp.attribution.pairs import party
from nlp.lexicon import word_lists

RULE = "nocomment.counsel_client"
IN_ROLE = "nocomment.counsel_in_role"
_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


@lru_cache(maxsize=1)
def _advocates() -> frozenset[str]:
    return word_lists("role_kinds.yml")["advocate_nouns"]  # lawyers, counsel, attorney ...


def counsel_client(ctx: Context, subj: Token, pos: int) -> list[tuple] | None:
    """Each party whose advocate the subject is, as (name, label, rules); None when the subject
    is no owned advocate noun (the other readers then go on)."""
    if not ctx.on(RULE):
        return None
    noun = _advocate_noun(ctx, subj)
    if noun is None:
        return _role_for_counsel(ctx, subj, pos) if ctx.on(IN_ROLE) else None
    return _owners(ctx, noun, pos, (RULE,))


def _owners(ctx: Context, noun: Token, pos: int, rules: tuple[str, ...]) -> list[tuple] | None:
    """Each party the advocate noun's possessive names (or the group it stands for)."""
    owner = _owner(noun)
    if owner is None and ctx.on(IN_ROLE):
        owner, rules = _stray_genitive(ctx, noun), (*rules, IN_ROLE)
    if owner is None or owner.lower_ in _PRONOUNS:
        return None
    ent = ctx.ent_of.get(owner.i)
    if ent is not None:
        if ent.label_ not in ("ORG", "PERSON"):
            return None
        return [(*party(ctx, e), rules) for e in coordinated(ctx, ent)]
    if group_kind(ctx, owner) is None:
        return None
    found = group_for(ctx, owner, pos, set())
    if not found:
        return None
    return [(ctx.canonical(m), m.label_, (*rules, "nocomment.group", *found[1:])) for m in found[0]]


def _role_for_counsel(ctx: Context, subj: Token, pos: int) -> list[tuple] | None:
    """"Spokespeople for Orrin Labs and Tessaly's lawyers at Carrow & Finch": each name the
    role's "for" lists and each owner of an advocate noun in the list; None when the list holds
    no owned advocate noun (the other readers then go on)."""
    if subj.i in ctx.ent_of or not (subj.lower_ in ctx.cues.spokes_nouns or subj.lemma_.lower() in ctx.cues.role_nouns):
        return None
    objs = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
    objs = [x for o in objs for x in (o, *o.conjuncts)]
    if not any(_advocate_noun(ctx, o) is not None and _owner(o) is not None for o in objs) and not any(
            _advocate_noun(ctx, c) is not None and _owner(c) is None and _stray_genitive(ctx, c) is not None
            for c in subj.conjuncts):  # "[Spokespeople for A and B's] and [lawyers at C]"
        return None
    out: list[tuple] = []
    for o in objs:
        ent = ctx.ent_of.get(o.i)
        if _advocate_noun(ctx, o) is not None:
            found = _owners(ctx, o, pos, (RULE, IN_ROLE)) or []
        elif ent is not None and ent.root.i == o.i and ent.label_ in ("ORG", "PERSON"):
            found = [(*party(ctx, e), ("nocomment.named_in_subject", IN_ROLE)) for e in coordinated(ctx, ent)]
        else:
            found = []
        out += [w for w in found if all(w[0] != x[0] for x in out)]
    return out or None


def _stray_genitive(ctx: Context, noun: Token) -> Token | None:
    """"Spokespeople for Orrin and Tessaly's lawyers" parsed as "[Spokespeople for Orrin and
    Tessaly's] and [lawyers]": the lawyer noun is a conjunct of the role and the name with the
    "'s" hangs in the role's "for" list with no noun of its own; that name owns the lawyers."""
    role = noun.head if noun.dep_ == "conj" else None
    if role is None or role.i > noun.i:
        return None
    for c in role.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                for x in (g, *g.conjuncts) if g.dep_ == "pobj" else ():
                    if x.i in ctx.ent_of and any(k.dep_ == "case" and k.lower_ in _GENITIVE for k in x.children):
                        return x
    return None


def _owner(noun: Token) -> Token | None:
    """The noun's possessive: its "poss", or a list the parser hung as a modifier whose last
    name carries the "'s" ("Orrin and Tessaly's lawyers": "Orrin" nmod, "Tessaly" its conjunct)."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("nmod", "compound") and any(
                g.dep_ == "case" and g.lower_ in _GENITIVE for x in (c, *c.conjuncts) for g in x.children):
            return c
    return None


_GENITIVE = ("'s", "’s", "'", "’")


def _advocate_noun(ctx: Context, subj: Token) -> Token | None:
    """The subject when it is an unnamed advocate noun ("Corvane's lawyers"); None otherwise."""
    return subj if subj.i not in ctx.ent_of and subj.lower_ in _advocates() else None
