"""'Both studies also noted ...', 'the two reports found ...': a counted plural document speaks
for several authors, never for the one that spoke last.

"A study by Authoritas found P, while Pew Research Center reported Q. Both studies also noted
R": the rule that reads a document with no owner as the speaker just before
(``document.previous_speaker``) gave R to Pew alone, the second of the two. The text says the
two said it together. As for joint plaintiffs and joint statements, the first-named speaks: of
the last ``n`` different parties that spoke before ("both" = 2, "the two"/"three" = the
number), the one named first (rule ``document.counted_first_named``). Fewer parties than that
spoke in the sentences read: the words are kept as written, no party rather than one of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "document.counted_first_named"
_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4}


def count_of(tok: Token) -> int | None:
    """How many documents a plural document noun counts: "both studies", "the two reports"."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    for c in tok.children:
        if c.dep_ in ("det", "predet", "nummod", "preconj") and c.lower_ in _NUMBERS:
            return _NUMBERS[c.lower_]
    return None


def counted_documents(ctx: Context, tok: Token) -> tuple | None:
    """(speaker, label, rules) for a counted plural document: the first-named of the last
    parties that spoke, else kept as written; None when ``tok`` counts nothing."""
    n = count_of(tok)
    if n is None or not ctx.on(RULE):
        return None
    found = speakers_before(ctx, tok, n)
    if len(found) < n:
        return None, None, (RULE, "speaker.as_written")
    first = found[0]
    return first.name, first.label, (RULE,)


def speakers_before(ctx: Context, tok: Token, n: int) -> list:
    """The last ``n`` different named speakers of the cues in the sentences before ``tok``'s,
    in reading order (the cues ``coref.previous_speaker`` reads, sharing its memo)."""
    from nlp.attribution.coref import _sentence_index, words
    from nlp.attribution.speakers import speaker_of_subject

    memo = ctx.standing.setdefault("spoke", {})
    out: list = []
    i = _sentence_index(ctx, tok) - 1
    for s in ctx.sents[max(0, i - words().continuation_sentences + 1): i + 1][::-1]:
        for t in reversed(s):
            if not ctx.is_cue(t) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                    and t.dep_ not in ("conj", "advcl"):
                continue
            if t.i not in memo:
                memo[t.i] = None  # a cue that leads back to itself finds no one
                memo[t.i] = speaker_of_subject(ctx, t, t.idx)
            who = memo[t.i]
            if who is not None and who.name is not None and all(o.name != who.name for o in out):
                out.append(who)
                if len(out) == n:
                    return out[::-1]
    return out[::-1]
