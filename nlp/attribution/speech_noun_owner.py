""""The company's demands were clear. “...”": a sentence before a quote whose subject is a
noun of speech with an owner introduces the owner's words.

``attribution.sentence_before`` gives an unattributed quote to the subject of the sentence
just before it ("Okafor was unequivocal. “We never ...”"). News as often writes the intro
with the party's demands, message, response or position as the subject: "Its message was
blunt.", "The company's demands were clear." The subject then is no party and the quote was
left with none, though the sentence says whose words follow. Rule
``attribution.before_speech_noun_owner``: a subject in ``cues.yml`` ``speech_nouns`` with a
possessor ("the company's", "Orrin Labs'", "her") stands for that possessor, which the speaker
rules resolve as any subject (an anaphor the rules cannot tie to a party names no one).
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "attribution.before_speech_noun_owner"


def speech_noun_owner(ctx: Context, subj: Token) -> Token | None:
    """The possessor of ``subj`` when it is a noun of speech ("demands", "message"), else None."""
    if not ctx.on(RULE) or subj.pos_ != "NOUN" or subj.lemma_.lower() not in ctx.cues.speech_nouns:
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and not ctx.in_quote[c.i]), None)
