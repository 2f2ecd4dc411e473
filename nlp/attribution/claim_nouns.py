"""A claim noun with its owner and its "that" clause: "the judge rejected the company's argument
that the claim was new", "the ruling addressed the publishers' argument that Orrin's display
of the lyrics was infringement" (issue 12, session 12: recall on real AI-IP coverage).

The owner's argument is stated in the text as surely as "the publishers argued that ..."
would state it: aiip-dev16 annotates it with the noun as cue, PolNeAR annotates noun
complements too. Rule ``statement.owned_claim_noun``: a noun of cues.yml ``owned_claim_nouns``
with a possessive owner ("the company's", "Orrin's", "their") and a complement clause opened
by "that" with a subject of its own (not a relative clause: "the argument that won the day");
the statement is the clause, the speaker the owner.

Without an owner ("the case centred on allegations that ...", "a claim that ...") the
speaker is the writer's guess or no one; the real sets disagree there (aiip-dev15 leaves
"over allegations that ..." out), so those are left alone. A claim noun a denying verb takes
("X rejected Y's claim that P") is ``denials.py``'s: the denial and the accusation together.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.denials import _content, _that_clause
from nlp.attribution.marks import WORD
from nlp.attribution.noun_owners import claim_nouns, controlled, copula_clause, noun_owner
from nlp.attribution.record import Quote
from nlp.attribution.speakers import as_written, speaker_or_written
from nlp.attribution.spurious import in_question
from nlp.lexicon import lemma_positions
from nlp.sides import sides_lexicon

RULE = "statement.owned_claim_noun"


def _denied(noun: Token) -> bool:
    """'rejected Y's claim that P': the pair denials.py reads (its nouns, its verbs)."""
    lex = sides_lexicon()
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.lemma_.lower() in lex.accusation_nouns and verb.lemma_.lower() in lex.deny_verbs


def _to_sentence_end(ctx: Context, noun: Token) -> tuple[int, int] | None:
    """"argument that because X did not link Y ..., it is a new claim", a long clause the parser
    broke: "that" right after the noun, a subordinating mark whose clause the parser hung later
    in the sentence, opens the complement; it runs to the sentence's end (or a semicolon)."""
    if noun.i + 2 >= noun.sent.end:
        return None
    that = ctx.doc[noun.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.i <= that.i:
        return None
    last = next((x.i - 1 for x in ctx.doc[that.i + 1: noun.sent.end] if x.text == ";"),
                noun.sent.end - 1)
    return _content_span(ctx, ctx.doc[that.i + 1: last + 1])


def _content_span(ctx: Context, span) -> tuple[int, int] | None:
    start, end = span.start_char, span.end_char
    while end > start and ctx.text[end - 1] in " .,;":
        end -= 1
    return (start, end) if len(WORD.findall(ctx.text[start:end])) >= 3 else None


def owned_claims(ctx: Context, cov) -> list[Quote]:
    """The statements "<owner>'s <claim noun> that P" not overlapping ``cov`` (a ``Covered``,
    which each one found is added to)."""
    if not ctx.on(RULE) or not ctx.cues.owned_claim_nouns:
        return []
    out: list[Quote] = []
    for i in lemma_positions(ctx.doc, claim_nouns(ctx)):
        noun = ctx.doc[i]
        if noun.pos_ != "NOUN" or ctx.in_quote[i] or _denied(noun):
            continue
        owned = noun_owner(ctx, noun)  # a possessive, an agent, a light verb's subject
        if owned is None or ctx.in_quote[owned[0].i]:
            continue
        owner, rule = owned
        clause = _that_clause(noun) or copula_clause(ctx, noun)
        if clause is not None:
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                continue  # "the argument that won the day": a relative clause
            bounds = _content(ctx, clause)
        else:
            bounds = _to_sentence_end(ctx, noun)
        if bounds is None or cov.overlaps(*bounds) or in_question(ctx, noun):
            continue
        start, end = bounds
        if any(ctx.in_quote[x.i] for x in ctx.doc.char_span(start, end, alignment_mode="expand")):
            continue  # words in marks: the quote pass's reading
        if rule != RULE and controlled(owner):  # "allowed the publisher to pursue claims"
            who = as_written(ctx, owner)
        else:
            who = speaker_or_written(ctx, owner, start)
        if who is None or owner.pos_ == "PRON" and who.name is None:
            continue  # "their argument" with no one for "their": no speaker worth a statement
        rules = [RULE] if rule == RULE else [RULE, rule]
        q = Quote(ctx.text[start:end], "indirect", start, end, speaker=who, rules=[*rules, *who.rules])
        q.set_cue(noun.text.lower(), noun.lemma_.lower())
        out.append(q)
        cov.add(start, end)
    return out
