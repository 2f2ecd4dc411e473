"""Who the text says issued a document: "X issued a statement ... The statement said" speaks
for X, whoever was named last before "The statement".

Documents with no owner of their own ("The statement said", "the letter adds") were given to
the last person or organisation named before them (``document.last_named``): in real reporting
that is often a party that merely joined, received or was mentioned near the document
("Joining the publishers was the Talmore Illustrators Association. The statement said ..."), and
a statement given to another party is the worst error a reader can meet. The text usually says
who put the document out, with a verb of issuing, signing or releasing whose subject (or
agent, "by X") is the owner: rule ``document.issued_by`` reads that, the first such mention of
the same document noun deciding, before any guess by position.

Rule ``document.author_not_court`` (in standing.py's fallback): when the last name before such
a document is a court, the document is kept as the text's words, no party: a court speaks by its
rulings and orders (their own rules), and a party's "statement of claim" filed in it is not the
court's.

It reads only the earlier tokens that have the document's lemma (``lemma_positions``), never
every token of the article. The verbs are in nlp/data/document_owners.yml.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.lexicon import data_yaml, lemma_positions

RELATIVE = frozenset({"that", "which", "who"})
Found = tuple[str | None, str | None, tuple[str, ...]]


@lru_cache(maxsize=1)
def issuing_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in data_yaml("document_owners.yml")["issuing_verbs"])


def earlier_mentions(ctx: Context, tok: Token):
    """The same document noun met before ``tok``, outside quotes, in reading order ("the
    statement" after "a statement issued by X"): where the passes that name a document's owner
    look for its first mention."""
    for i in lemma_positions(ctx.doc, frozenset({tok.lemma_.lower()})):
        if i >= tok.i:
            break
        t = ctx.doc[i]
        if t.pos_ == "NOUN" and not ctx.in_quote[i]:
            yield t


def issued_by(ctx: Context, tok: Token) -> Found | None:
    """Rule ``document.issued_by``: the owner an earlier mention of the same document names
    with a verb of issuing ("X issued a statement", "the letter signed by X", "X and Y were
    among the groups that signed the letter": X, the first named)."""
    if not ctx.on("document.issued_by") or not any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in tok.children):
        return None
    for t in earlier_mentions(ctx, tok):
        ent = _issuer(ctx, t)
        if ent is not None:
            return ctx.canonical(ent), ent.label_, ("document.issued_by",)
    return None


def _issuer(ctx: Context, t: Token) -> Span | None:
    """The entity a verb of issuing names as the document ``t``'s owner, or None."""
    verbs = issuing_verbs()
    v, who = t.head, None
    if t.dep_ == "dobj" and v.lemma_.lower() in verbs:  # "X issued a statement"
        who = next((c for c in v.children if c.dep_ == "nsubj"), None)
    elif t.dep_ == "nsubjpass" and v.lemma_.lower() in verbs:  # "a statement was issued by X"
        who = _agent(v)
    else:  # "the statement signed by X", "a letter sent to Y by X"
        acl = next((c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in verbs), None)
        who = _agent(acl) if acl is not None else None
    if who is not None and who.lower_ in RELATIVE and v.dep_ == "relcl":
        who = v.head  # "the companies that signed the statement"
        if who.i not in ctx.ent_of and who.dep_ == "pobj" and who.head.lower_ in ("among", "of") \
                and who.head.head.pos_ in ("VERB", "AUX"):
            # "X, Y and Z were among the companies that signed the statement"
            who = next((c for c in who.head.head.children if c.dep_ == "nsubj"), None)
    ent = ctx.ent_of.get(who.i) if who is not None else None
    if ent is None or (ent.label_ not in ORG_LABELS and ent.label_ != "PERSON") or ent.label_ == "COURT":
        return None
    return ent


def _agent(v: Token) -> Token | None:
    by = next((c for c in v.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
