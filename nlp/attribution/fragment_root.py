"""The word a quoted fragment hangs on (rule ``fragment.word_root``).

spaCy's ``Span.root`` is the token nearest the sentence root, and a fragment that closes its
sentence ('... she said she was “skeptical” that they could “allege a cognizable injury.”')
holds the full stop, which the parser hangs on the sentence's main verb. The fragment then
seems to hang on the sentence's first cue ('McMahon said that ... but allowed ...'), and the
statement swallows the whole sentence. The fragment's head is its highest WORD: punctuation
says nothing about what reports it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context

RULE = "fragment.word_root"


def fragment_root(ctx: Context, frag: Span) -> Token:
    """The fragment's highest non-punctuation token (its ``root`` when the rule is off or it
    holds only punctuation)."""
    root = frag.root
    if not root.is_punct or not ctx.on(RULE):
        return root
    words = [t for t in frag if not t.is_punct and not t.is_space]
    if not words:
        return root
    return min(words, key=lambda t: (sum(1 for _ in t.ancestors), t.i))
