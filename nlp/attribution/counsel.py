"""Whose lawyers "the company's lawyers" are: the client the text named for its lawyers before.

Court coverage names a party through its lawyers ("questioned lawyers for Corvane Labs",
"Priya Halloran, Corvane's lead counsel") and then says "the company's lawyers argued ...".
Read as any "the company", the noun went back to the last organisation that acted, often the
other side ("a lawsuit brought by Kestrow"), and put the defence's argument in the plaintiff's
mouth. A lawyer noun owned by an organisation anaphor goes on with the last organisation the
text named as a lawyer's client (rule ``org.counsel_client``); with none, the usual reading.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.lexicon import word_lists

RULE = "org.counsel_client"
_CLIENT_PREPS = frozenset({"for", "representing"})


@lru_cache(maxsize=1)
def _counsel() -> frozenset[str]:
    return word_lists("role_kinds.yml")["advocate_nouns"]  # lawyers, counsel, solicitors ...


def counsel_client(ctx: Context, tok: Token) -> Span | None:
    """For "the company's lawyers" (``tok`` the lawyer noun, owned by an organisation anaphor),
    the last organisation named before as a lawyer's client; else None."""
    counsel = _counsel()
    if tok.lower_ not in counsel or not ctx.on(RULE) or not any(
            c.dep_ == "poss" and c.lemma_.lower() in ctx.cues.org_anaphors for c in tok.children):
        return None
    i = bisect_right(ctx.mention_pos, tok.idx) - 1
    while i >= 0:
        e = ctx.mentions[i]
        i -= 1
        if e.label_ not in ORG_LABELS or ctx.in_quote[e.root.i]:
            continue
        root, head = e.root, e.root.head
        if root.dep_ == "poss" and (head.lower_ in counsel or head.head.lower_ in counsel and head.dep_ == "compound"):
            return e  # "Corvane's lawyers", "Corvane's lead counsel"
        if root.dep_ in ("pobj", "dobj") and head.lower_ in _CLIENT_PREPS | {"represent"} \
                and (head.head.lower_ in counsel or head.lower_ == "representing"):
            return e  # "lawyers for Corvane", "counsel representing Corvane"
    return None
