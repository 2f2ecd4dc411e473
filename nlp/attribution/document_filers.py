"""A document speaks for who filed it, when its own sentence says so.

"Orrin revoked the app's access and filed a lawsuit that claims the app broke its terms": the
lawsuit's words are Orrin's, the subject of the verb whose object the document is. The rules
that look for a document's author across the article (the plaintiffs the text names, the sides
of the dispute, the last name) read less than this sentence does, and in a story about a suit
the party sued is named as often as the one suing. So a document noun that is the direct
object of a verb of filing, sending or publishing (``document_filing_verbs`` of
``nlp/data/role_kinds.yml``) is read first for who that verb's subject stands for.

Rule ``document.filed_here``; and ``document.filed_before``: "X published an analysis
claiming ... The analysis alleged": a definite document noun whose first mention (same noun) was
such an object speaks for that verb's subject; so does one first met as where someone said
something ("X said in a court filing that ... The filing said": ``document.said_in``). Cost: one token's head and its subject, and the
earlier tokens of the same noun (``lemma_positions``), only at a document noun that speaks.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.document_owners import earlier_mentions
from nlp.lexicon import word_lists

RULE, BEFORE_RULE, SAID_IN = "document.filed_here", "document.filed_before", "document.said_in"
# the speaker rules that read a party from the subject's own words, not from the text before
NAMING_RULES = frozenset({"speaker.entity", "speaker.noun_named", "speaker.first_of_list"})


@lru_cache(maxsize=1)
def filing_verbs() -> frozenset[str]:
    return word_lists("role_kinds.yml")["document_filing_verbs"]


def _filer(verb: Token) -> Token | None:
    """The verb's own subject, or its head's for a coordinated verb ("X revoked the access and
    filed a lawsuit"); never one found by climbing further (a clause the filing leads into, "Y
    is under scrutiny as X has filed ...", has another subject) or after the verb."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def filed_here(ctx: Context, tok: Token) -> tuple[str, str, tuple[str, ...]] | None:
    """(speaker, label, rules) of the subject that filed, sent or published ``tok`` in its own
    sentence ("X filed a lawsuit that claims"), when that subject names the party itself (a
    name, "a group called X"); None otherwise (the other rules then decide: a subject such as
    "a group of former X users" names X only as what its members used)."""
    verb = tok.head
    if not ctx.on(RULE) or tok.dep_ != "dobj" or verb.lemma_.lower() not in filing_verbs() \
            or ctx.in_quote[tok.i]:
        return None
    who = _speaker_of_filer(ctx, verb)
    if who is None or who.name is None or not NAMING_RULES & set(who.rules):
        return None
    return who.name, who.label, (RULE, *who.rules)


def _speaker_of_filer(ctx: Context, verb: Token):
    """Who the subject of the verb that filed (or said in) a document stands for, or None. A
    subject that leads back to this same document finds no one (the verb is marked busy while
    its subject is read), so a document never speaks for itself."""
    from nlp.attribution.speakers import speaker_of

    subj = _filer(verb)
    if subj is None:
        return None
    busy = ctx.standing.setdefault("filing", set())
    if verb.i in busy:
        return None
    busy.add(verb.i)
    try:
        return speaker_of(ctx, subj, verb.idx)
    finally:
        busy.discard(verb.i)


def filed_before(ctx: Context, tok: Token) -> tuple[str, str, tuple[str, ...]] | None:
    """"HonestAGI published an analysis claiming ... The analysis alleged": for a definite
    document noun, who filed, sent or published its first mention with the same noun, when that
    mention was such an object (``filed_here``); None otherwise."""
    if not ctx.on(BEFORE_RULE) or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                          for c in tok.children):
        return None
    for t in earlier_mentions(ctx, tok):
        found = filed_here(ctx, t) or said_in(ctx, t)
        if found is None:
            return None  # the first mention names no filer: read no further
        return found[0], found[1], (BEFORE_RULE, *found[2])
    return None


def said_in(ctx: Context, tok: Token) -> tuple[str, str, tuple[str, ...]] | None:
    """"The publishers said in a court filing that ... The filing said": a document first met as
    where a party said something (the "in" of a report verb) is that party's, whoever the
    verb's subject stands for (``document.said_in``); the statement said in it was already
    given to that party, and the document's next words are the same party's. None otherwise."""
    prep = tok.head
    if not ctx.on(SAID_IN) or tok.dep_ != "pobj" or prep.lower_ != "in" or ctx.in_quote[tok.i]:
        return None
    verb = prep.head
    if verb.lemma_.lower() not in ctx.cues.report_verbs:
        return None
    who = _speaker_of_filer(ctx, verb)
    if who is None or who.name is None:
        return None
    return who.name, who.label, (SAID_IN, *who.rules)
