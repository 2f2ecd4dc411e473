"""A headline the page prints again at the start of the first body line: "Orrin Sues Vexa Over
Song Lyrics\nOrrin Sues Vexa Over Song Lyrics – Tessaly Music filed a lawsuit ...".

Copied and syndicated pages often run the headline into the lede (a teaser, a rewritten page's
summary). ``title_case_tokens`` reads a line as a headline only when it ends without a full
stop, so the repeated words, which end in the lede's sentence, were read as body text: their
Title Case capitals then made names ("Orrin Sues Vexa", "Vexa-backed AI Company Over Song
Lyrics") that took the statements of the lede. The words are the headline's wherever they are
printed: where a line opens with the whole text of a headline line of the same page, those
tokens are headline tokens too (rule ``headline_repeated``, a row of the decisions of
``nlp/data/entity_rules.yml``; the names there are then decided as on the headline, the
``headline`` decision).

Cost: one ``str.startswith`` per line and headline line (a page has few headline lines).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from nlp.extensions import doc_text
from nlp.lexicon import token_array

NEWLINE = re.compile("\n")
MIN_WORDS = 3  # a subhead of two words ("Company responds") may open a sentence by chance


def repeated_headlines(doc: Doc, headline: set[int]) -> list[Span]:
    """The spans of lines that open with the whole text of a headline line (``headline``: its
    tokens), other than the headline lines themselves."""
    if not headline:
        return []
    text = doc_text(doc)  # joined once per document (doc.text joins every token anew)
    heads, out, a = [], [], 0
    lines = []
    for b in [m.start() for m in NEWLINE.finditer(text)] + [len(text)]:
        lines.append((a, b))
        a = b + 1
    idx = token_array(doc, "IDX").tolist()
    for a, b in lines:
        i = bisect_left(idx, a)
        line = text[a:b].strip()
        if i < len(doc) and i in headline and len(line.split()) >= MIN_WORDS:
            heads.append(line)
    if not heads:
        return out
    for a, b in lines:
        i = bisect_left(idx, a)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc) or i in headline:
            continue
        start = doc[i].idx
        line = text[start:b]
        for h in heads:
            if len(line) > len(h) and line.startswith(h) and not line[len(h)].isalnum():
                span = doc.char_span(start, start + len(h), alignment_mode="contract")
                if span is not None and len(span):
                    out.append(span)
                break
    return out
