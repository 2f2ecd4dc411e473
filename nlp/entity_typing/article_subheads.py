"""A subhead of "The" and one or two words: "The Allegations", "The Broader Problem".

``title_case_tokens`` (candidates.py) reads a line without a closing full stop as a headline
when at least two of its ordinary English words after the first are capitalised. A subhead of
an article and one capitalised word misses that by one word; its capital and its "the" then
made an organisation of it ("Allegations"), which the next paragraph's "The company claims"
took as its speaker.

* ``subhead_article_line``: a line of its own, with no closing mark, that is "the" and one or
  two words, every one an ordinary English word written with a capital, is a subhead; its tokens
  are headline tokens, and the names there are decided as on any headline.

Cost: one pass over the text's newlines; tokens only for lines of two or three words.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from nlp.extensions import doc_text
from nlp.lexicon import is_english_title_word, token_array

ARTICLES = frozenset({"the"})
MAX_WORDS = 3  # the article and at most two words


def article_subheads(doc: Doc, english: frozenset[str], headline: set[int]) -> list[Span]:
    """The subhead lines of ``doc`` (see the module) not read as headlines already."""
    if not english:
        return []
    text = doc_text(doc)
    idx = token_array(doc, "IDX").tolist()
    out, a = [], 0
    for b in [m.start() for m in re.finditer("\n", text)] + [len(text)]:
        line, start = text[a:b], a
        a = b + 1
        words = line.split()
        if not 2 <= len(words) <= MAX_WORDS or words[0].lower() not in ARTICLES:
            continue
        i, j = bisect_left(idx, start), bisect_left(idx, b)
        body = [x for x in doc[i:j] if not x.is_space]
        if len(body) != len(words) or body[0].i in headline:
            continue  # a closing mark or a split word: no subhead of plain words
        rest = body[1:]
        if all(x.is_alpha and x.text[:1].isupper() and is_english_title_word(x, english) for x in rest):
            out.append(Span(doc, body[0].i, body[-1].i + 1))
    return out
