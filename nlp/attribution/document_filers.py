"""A document speaks for who filed it, when its own sentence says so.

"Orrin revoked the app's access and filed a lawsuit that claims the app broke its terms": the
lawsuit's words are Orrin's, the subject of the verb whose object the document is. The rules
that look for a document's author across the article (the plaintiffs the text names, the sides
of the dispute, the last name) read less than this sentence does, and in a story about a suit
the party sued is named as often as the one suing. So a document noun that is the direct
object of a verb of filing, sending or publishing (``document_filing_verbs`` of
``nlp/data/role_kinds.yml``) is read first for who that verb's subject stands for.

Rule ``document.filed_here``; cost: one token's head and its subject, only at a document noun
that speaks.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "document.filed_here"


@lru_cache(maxsize=1)
def filing_verbs() -> frozenset[str]:
    return word_lists("role_kinds.yml")["document_filing_verbs"]


def filed_here(ctx: Context, tok: Token) -> tuple[str, str, tuple[str, ...]] | None:
    """(speaker, label, rules) of the subject that filed, sent or published ``tok`` in its own
    sentence ("X filed a lawsuit that claims"); None when the sentence does not say, or its
    subject names no party (the other rules then decide)."""
    from nlp.attribution.speakers import speaker_of_subject

    verb = tok.head
    if not ctx.on(RULE) or tok.dep_ != "dobj" or verb.lemma_.lower() not in filing_verbs() \
            or ctx.in_quote[tok.i]:
        return None
    busy = ctx.standing.setdefault("filing", set())
    if verb.i in busy:
        return None
    busy.add(verb.i)  # a subject that leads back to this document finds no one
    try:
        who = speaker_of_subject(ctx, verb, verb.idx)
    finally:
        busy.discard(verb.i)
    if who is None or who.name is None:
        return None
    return who.name, who.label, (RULE, *who.rules)
