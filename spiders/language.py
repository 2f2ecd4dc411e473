"""A cheap guess at a page's language when it does not declare one.

Counts the most common function words of a few languages; enough to tell English from the
other languages this field's coverage comes in, which is all the pipeline needs to know (its
analysis is English-only, so other pages are kept and marked, not analysed).
"""

from __future__ import annotations

import re

STOPWORDS = {
    "en": "the of and to in that is for it was on with as by said at from he his its",
    "de": "der die und das ist nicht mit den von zu ein eine dem auch sich auf für",
    "fr": "le la les et des est un une du dans que qui pour pas sur au avec",
    "es": "el la los las de que y en un una por con para es se del al",
    "it": "il la di che e un una per non con del della sono gli le",
    "nl": "de het een en van is dat op te met voor niet zijn aan ook",
    "pt": "o a os as de que e em um uma para com não do da no na",
}
_SETS = {k: set(v.split()) for k, v in STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str | None:
    words = _WORD.findall(text[:5000].lower())
    if len(words) < 20:
        return None
    scores = {lang: sum(w in s for w in words) for lang, s in _SETS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 0.05 * len(words) else None
