"""Where a mixed statement ends when its quoted words do not close with its first sentence, or
when a second clause of its cue follows the closing mark: two rules read by
``quoted.py`` (``_mixed_end``), issue 12 session 12.

- ``mixed.quote_runs_on``: 'Brooks said the tone "was because the candidates decided ... to
  hurt themselves. And I think there's some evidence for that."': the quoted words open inside
  the reported clause and go on past the end of its sentence. The marks say where the words
  stop, so the statement runs to the closing mark, not to the first full stop inside it (which
  kept a third of what was said and read the rest as nobody's).
- ``mixed.that_conjunct``: 'said that their father "could be unyielding," and that Freddy had
  struggled': the second "that" clause of the same cue, after the closing mark, is said too
  (as ``statement.that_conjunct`` for a clause without marks).

Each looks only at the words of the quote's own sentences: no walk over the document.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD, Segment

RUNS_ON = "mixed.quote_runs_on"
THAT_CONJUNCT = "mixed.that_conjunct"
OPENING = frozenset("“\"")
CLOSING = frozenset("”\"")


def runs_on_end(ctx: Context, sent: Span, seg: Segment) -> int | None:
    """The offset just past the closing mark when the quoted words open inside the statement's
    first sentence and go on, in the same paragraph, past its end ("... themselves. And I
    think ...”"), else None (``RUNS_ON``). Only double marks: a single one may be an
    apostrophe ("in ‘08 ... that’s"), and a mark left open to the paragraph's end is no guide."""
    if not ctx.on(RUNS_ON) or seg.close <= sent.end_char or seg.close > len(ctx.text):
        return None
    text = ctx.text
    if not (text[seg.open] in OPENING or text.startswith("''", seg.open)) \
            or not (text[seg.close - 1] in CLOSING or text.startswith("''", seg.close - 2)) \
            or "\n" in text[seg.open:seg.close]:
        return None
    if not WORD.search(text, seg.start, sent.end_char) or not WORD.search(text, sent.end_char, seg.close):
        return None  # (a mark that only closes after the full stop: '... was "false."')
    return seg.close


def second_that_clause(ctx: Context, cue: Token, comp: Token | None, end: int) -> int | None:
    """The end of a second "that" clause of the cue right after the mixed clause's end ('...
    "could be unyielding," and that Freddy had struggled'), else None (``THAT_CONJUNCT``)."""
    if comp is None or not ctx.on(THAT_CONJUNCT):
        return None
    doc = ctx.doc
    last = ctx.doc.char_span(comp.left_edge.idx, end, alignment_mode="contract")
    if last is None or len(last) == 0:
        return None
    right = last[-1]
    while right.i + 1 < len(doc) and doc[right.i + 1].is_quote and doc[right.i + 1].idx < end + 2:
        right = doc[right.i + 1]  # (the closing mark: "and that" comes after it)
    from nlp.attribution.clause_ends import that_conjunct  # (clause_ends -> edges -> quoted)
    more = that_conjunct(ctx, cue, comp.left_edge, right)
    return None if more is None else more.idx + len(more)

