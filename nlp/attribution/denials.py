"""The accusation inside a denial, and the chain between the two statements.

"Halcyra denied accusations by Brackwater that it copied the photographs" holds two statements
with the same content: Brackwater's accusation and Halcyra's denial of it. The passes before
this one find at most the denial (the cue verb's clause); this pass adds the accusation, with
the accusation noun as its cue, and records which statement answers which: the denial's
``answers`` is the accusation's index among the document's statements, so the publishing side
can show the two together. When no pass found the denial ("rejected claims from X that ..."
with the clause hung on the noun), it is added too.

The words are data (``nlp/data/sides.yml``: ``deny_verbs``, ``accusation_nouns``,
``accuser_preps``). The nouns are found with one regex over the text, so the pass costs nothing
on an article that has none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD
from nlp.attribution.record import Quote
from nlp.attribution.speakers import speaker_of, speaker_of_subject
from nlp.sides import sides_lexicon

ACCUSATION = "statement.accusation_in_denial"
DENIAL = "statement.denial_of_accusation"


@lru_cache(maxsize=1)
def _nouns() -> re.Pattern:
    lex = sides_lexicon()
    alts = "|".join(sorted(lex.accusation_nouns, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")s?\b", re.IGNORECASE)


def denials(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the accusation of each "X denied accusations by Y that P" added, every
    denial linked to the accusation it answers, in reading order."""
    if not ctx.on(ACCUSATION) and not ctx.on(DENIAL):
        return quotes
    out, links = list(quotes), []
    for m in _nouns().finditer(ctx.text):
        span = ctx.doc.char_span(m.start(), m.end())
        found = _denial_of(ctx, span[-1]) if span is not None else None
        if found is None:
            continue
        verb, noun, accuser, (start, end) = found
        denial = next((q for q in out if q.start < end and start < q.end
                       and q.cue_lemma == verb.lemma_.lower()), None)
        if denial is None and ctx.on(DENIAL):
            denial = _statement(ctx, start, end, speaker_of_subject(ctx, verb, start), verb, DENIAL)
            if denial is not None:
                out.append(denial)
        who = speaker_of(ctx, accuser, start) if accuser is not None and ctx.on(ACCUSATION) else None
        if who is None or denial is None or (denial.speaker and denial.speaker.name == who.name):
            continue
        accusation = _statement(ctx, start, end, who, noun, ACCUSATION)
        out.append(accusation)
        links.append((denial, accusation))
    if not links and len(out) == len(quotes):
        return quotes
    out.sort(key=lambda q: q.start)
    index = {id(q): i for i, q in enumerate(out)}
    for denial, accusation in links:
        denial.answers = index[id(accusation)]
        denial.rules.append("chain.answers")
    return out


def _statement(ctx: Context, start: int, end: int, who, cue: Token, rule: str) -> Quote | None:
    if who is None:
        return None
    q = Quote(ctx.text[start:end], "indirect", start, end, speaker=who, rules=[rule, *who.rules])
    q.set_cue(cue.text.lower(), cue.lemma_.lower())
    return q


def _denial_of(ctx: Context, noun: Token) -> tuple[Token, Token, Token | None, tuple[int, int]] | None:
    """(denying verb, accusation noun, the accuser's token, the content's offsets) when the noun
    is what a denying verb denies and a "that"-clause says what the accusation is."""
    lex = sides_lexicon()
    if noun.lemma_.lower() not in lex.accusation_nouns or ctx.in_quote[noun.i]:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":  # "pushed back against claims ..."
        verb = verb.head
    if noun.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.lemma_.lower() not in lex.deny_verbs:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not deny the accusations": nothing was denied
    clause = _that_clause(noun) or _that_clause(verb)
    if clause is None:
        return None
    bounds = _content(ctx, clause)
    return (verb, noun, _accuser(noun), bounds) if bounds else None


def _accuser(noun: Token) -> Token | None:
    """"accusations by Y", "claims from Y", "Y's allegations", "accusations made by Y"."""
    preps = sides_lexicon().accuser_preps
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in preps:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ == "acl":  # "accusations made by Y"
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def _that_clause(head: Token) -> Token | None:
    """The head of a clause "that ..." hung on ``head`` (the noun, or the verb when the parser
    attached it there)."""
    for c in head.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None


def _content(ctx: Context, clause: Token) -> tuple[int, int] | None:
    """The clause's offsets, from after "that" to its end, without closing punctuation."""
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head == clause)]
    if not toks:
        return None
    span: Span = ctx.doc[toks[0].i: toks[-1].i + 1]
    start, end = span.start_char, span.end_char
    while end > start and ctx.text[end - 1] in " .,;":
        end -= 1
    return (start, end) if len(WORD.findall(ctx.text[start:end])) >= 3 else None
