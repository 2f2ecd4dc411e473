"""A parenthetical attribution whose subject is a longer noun phrase (issue 12, PolNeAR
speech recall).

"The plan, the former head of Orrin Labs added, is not the way to win", "The cause of the
anger, dock workers and their leaders say, is the pay", "..., said the chief of staff of the
port, ...". ``edges.parenthetical`` finds the speaker's phrase between the commas by walking
over determiners, adjectives and nouns, so a phrase with a preposition or a conjunction ("head
of Orrin Labs", "workers and their leaders") stopped the walk and the whole statement was lost.
Here the walk may also cross prepositions and conjunctions, and the parse names the phrase's
head (the parser often hangs such a phrase on the noun before the comma, so the cue's own
subject is no guide). Only noun-phrase words are accepted (no verb: "which the head of Orrin
said was dead" is a relative clause, not an aside), and no comma (an apposition is the short
walk's business).
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "statement.parenthetical_long_subject"

# the words a speaker's noun phrase may hold: those of the short walk, prepositions and
# conjunctions ("head of Orrin Labs", "workers and their leaders")
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "PRON", "ADP", "CCONJ"})
_MAX_WORDS = 10


def long_subject(ctx: Context, toks: list[Token], k: int) -> tuple[list[Token], int, int, Token] | None:
    """For the cue ``toks[k]`` set off by commas, (the speaker's phrase, the index in ``toks``
    after the comma closing the aside, the index of the comma opening it, the phrase's head),
    or None. The phrase fills the gap to the comma with noun-phrase words; it opens on no
    preposition or conjunction ("in a letter on Monday X said" is no aside's subject), and has
    one head, a noun or pronoun: the one word of it whose head in the parse lies outside it
    (after the cue, the cue's parsed subject: a phrase there is more often its object)."""
    if not ctx.on(RULE):
        return None
    cue = toks[k]
    if k + 1 < len(toks) and toks[k + 1].text == ",":  # "..., <phrase> said, ..."
        j = k - 1
        while j >= 0 and toks[j].pos_ in _PHRASE_POS and k - j <= _MAX_WORDS:
            j -= 1
        phrase, after, left = toks[j + 1:k], k + 2, j
        if left < 1 or toks[left].text != ",":
            return None
    elif toks[k - 1].text == ",":  # "..., said <phrase>, ..."
        j = k + 1
        while j < len(toks) and toks[j].pos_ in _PHRASE_POS and j - k <= _MAX_WORDS:
            j += 1
        if j >= len(toks) or toks[j].text != ",":
            return None
        phrase, after, left = toks[k + 1:j], j + 1, k - 1
    else:
        return None
    if not phrase or phrase[0].pos_ in ("ADP", "CCONJ") or phrase[-1].pos_ in ("ADP", "CCONJ"):
        return None
    inside = {t.i for t in phrase}
    heads = [t for t in phrase if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if after > k + 2 and (heads[0].head.i != cue.i or heads[0].dep_ not in ("nsubj", "nsubjpass")):
        return None  # "X, in releasing it, noted testimony by Y, ...": after the cue, its object
    return phrase, after, left, heads[0]
