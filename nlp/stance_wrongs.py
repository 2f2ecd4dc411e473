"""Fact ``wrong_denied``: a word of wrongdoing the statement itself negates.

"Vexa is not ignoring the protocol", "we never scraped", "the practice is not illegal":
the words of a charge are there, but the statement says the wrong was not done. Read from the
words just before each wrongdoing phrase (a negation among the ``negation_window`` words before
it, not "not only" / "not just", which add to the charge: "such practices not only contravene
copyright laws but also ..."). The parse's own negation (``nlp.stance_facts.negated``) sees only
the statement's main verb, and a quote of several sentences has one main verb among many.
"""

from __future__ import annotations

import re

from nlp.stance import Table

WINDOW = 3  # words before the wrongdoing phrase


from functools import lru_cache


@lru_cache(maxsize=4)
def _negation(negations: tuple[str, ...], adding: tuple[str, ...]) -> re.Pattern:
    words = "|".join(re.escape(w) for w in negations)
    adds = "|".join(re.escape(w) for w in adding)
    return re.compile(r"(?:^|\s)(?:" + words + r")(?=\s|$)(?!\s+(?:" + adds + r")\b)")


def wrong_denied(text: str, table: Table) -> bool:
    """Whether a wrongdoing phrase of the statement has a negation among the words before it."""
    if not table.negation:
        return False
    neg = _negation(table.negation["words"], table.negation["adding"])
    low = text.lower().replace("\u2019", "'").replace("n't", " n't")
    for m in table.words["wrongdoing"].finditer(low):
        before = " ".join(low[max(0, m.start() - 60):m.start()].split()[-WINDOW:])
        if neg.search(before):
            return True
    return False
