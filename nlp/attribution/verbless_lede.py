"""A lede the parser read with no main verb: its real subject is the noun it made the root.

"An investigative reporter best known for exposing fraud at blood-testing startup Orrin is
suing Tessaly": the parser, taking "startup" for a verb, makes "reporter" the root of the
sentence and "Orrin is suing Tessaly" a relative clause of it, with Orrin its subject. A
relative clause with no relative word ("who", "that", "which") whose head noun is the root of
its sentence is such a misreading: a sentence has a main verb, and here it is that clause's
verb. Its true subject is the root noun's phrase, in whose modifier the name stands (the
company the reporter exposed, not who sues). Rule ``plaintiff.verbless_lede``: the name is no
filer, and the filer is looked for further on (the next "X filed the lawsuit" names it).

Cost: a few heads and children of a filing verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "plaintiff.verbless_lede"
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def in_rootless_modifier(ctx: Context, subj: Token) -> bool:
    """``subj`` is the subject of a relative clause with no relative word hung on a noun that
    is its sentence's root, and a word of that noun's own phrase stands right before it."""
    verb, doc = subj.head, subj.doc
    if not ctx.on(RULE) or verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or subj.left_edge.i == 0:
        return False
    if any(c.lower_ in RELATIVE_WORDS for c in verb.subtree if c.i < subj.i):
        return False
    before = doc[subj.left_edge.i - 1]
    return not before.is_punct and before.i > noun.i and before.is_ancestor(noun) is False \
        and noun.is_ancestor(before)


TITLES_RULE = "plaintiff.titles_of_one_name"


def titles_of_one_name(ctx: Context, subj: Token) -> list:
    """"Calder Courier reporter and Salt Harbour author Rafe Lindgren filed the lawsuit": two
    titles before one name, parsed as the bare noun "reporter" coordinated with the name. A
    singular count noun with no determiner or owner is never a party of its own (it would be "a
    reporter", "the reporter"), so the subject is the one person named: [that name], or []."""
    if not ctx.on(TITLES_RULE) or subj.tag_ != "NN" or subj.i in ctx.ent_of \
            or any(c.dep_ in ("det", "poss") for c in subj.children):
        return []
    for c in subj.children:
        ent = ctx.ent_of.get(c.i)
        if c.dep_ == "conj" and ent is not None and ent.label_ == "PERSON" and c.i == ent.root.i \
                and any(t.lower_ == "and" for t in subj.doc[subj.i + 1: ent.start]):
            return [ent]
    return []
