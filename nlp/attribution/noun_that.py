"""A "that" clause after an allegation is the allegation's, not the cue's.

"Orrin has responded in court to allegations that it misused the work of authors": with no
clause hung on "responded", the loose reading (``loose_clauses``, "said in a statement that
...") takes the words after the first "that" as what Orrin said, and gives Orrin the very
accusation it answers. A "that" right after a noun that takes a clause of its own
(``content_nouns`` of ``nlp/data/clause_nouns.yml``: allegations, claims, reports, fears) opens
that noun's content: who holds it is not the cue's subject. Rule ``statement.that_of_noun``:
no loose clause is read from such a "that" (the allegation is left to the rules that read
noun cues, or unread: no party is better than the wrong one).

Cost: one token and a set look-up, only where the loose reading found a "that".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "statement.that_of_noun"


@lru_cache(maxsize=1)
def content_nouns() -> frozenset[str]:
    return word_lists("clause_nouns.yml")["content_nouns"]


def that_of_noun(ctx: Context, that: Token) -> bool:
    """The word before ``that`` is a noun whose own content the clause is."""
    if not ctx.on(RULE) or that.i == 0:
        return False
    before = ctx.doc[that.i - 1]
    return before.pos_ == "NOUN" and before.lower_ in content_nouns()
